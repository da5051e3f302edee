### Procedure "titre-de-sejour" (content/titre-de-sejour.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### The questions never ask the visitor's status: what they want to do, and dates on a card.

titre-de-sejour = Carte de séjour et préfecture

titre-de-sejour--goal = Que voulez-vous faire ?
    .detail = Vous pouvez aussi parler à une personne.
titre-de-sejour--goal--renew = Renouveler ma carte de séjour
titre-de-sejour--goal--first-request = Faire une première demande
titre-de-sejour--goal--waiting = J'ai fait une demande, j'attends la réponse
titre-de-sejour--goal--ukraine = Protection temporaire, pour les personnes venues d'Ukraine
titre-de-sejour--goal--site-blocked = Le site internet ne marche pas pour moi
titre-de-sejour--goal--prefer-person = Je préfère parler à une personne

titre-de-sejour--renew-when = Quand finit votre carte de séjour ?
    .detail = La date est écrite sur la carte.
titre-de-sejour--renew-when--in-more-than-4-months = Dans plus de 4 mois
titre-de-sejour--renew-when--in-2-to-4-months = Dans 2 à 4 mois
titre-de-sejour--renew-when--in-less-than-2-months = Dans moins de 2 mois, ou elle est finie
titre-de-sejour--renew-when--prefer-person = Je préfère parler à une personne

titre-de-sejour--anef-account = Avez-vous un compte sur le site Étrangers en France ?
    .detail = C'est le site de l'État pour les cartes de séjour.
titre-de-sejour--anef-account--can-log-in = Oui, et j'arrive à me connecter
titre-de-sejour--anef-account--lost-password = Oui, mais je n'arrive plus à me connecter
titre-de-sejour--anef-account--has-email = Non, mais j'ai une adresse e-mail
titre-de-sejour--anef-account--no-email = Non, et je n'ai pas d'adresse e-mail
titre-de-sejour--anef-account--prefer-person = Je préfère parler à une personne

titre-de-sejour--waiting-paper = Avez-vous un papier qui montre votre demande ?
    .detail = Par exemple une attestation de prolongation ou un récépissé.
titre-de-sejour--waiting-paper--has-paper = Oui, j'ai ce papier
titre-de-sejour--waiting-paper--no-paper = Non, ou il finit bientôt
titre-de-sejour--waiting-paper--prefer-person = Je préfère parler à une personne

titre-de-sejour--aps-kind = Pour l'APS (autorisation provisoire de séjour), que voulez-vous faire ?
    .detail = L'APS est le papier de la protection temporaire.
titre-de-sejour--aps-kind--first = Demander l'APS pour la première fois
titre-de-sejour--aps-kind--renew = Renouveler mon APS (autorisation provisoire de séjour)
titre-de-sejour--aps-kind--prefer-person = Je préfère parler à une personne

titre-de-sejour--first-request = Une personne cherche avec vous comment faire la demande.
    .detail = Souvent, la demande se fait sur internet. Les démarches sont gratuites.
titre-de-sejour--renew-later = C'est encore un peu tôt pour demander.
    .detail = Faites la demande entre 4 mois et 2 mois avant la fin de votre carte. Une personne note la date avec vous.
titre-de-sejour--renew-online = Vous pouvez renouveler votre carte sur internet.
    .detail = Une personne vous aide. Gardez bien les papiers que le site vous donne.
titre-de-sejour--renew-online-help = Une personne vous aide à ouvrir votre compte.
    .detail = Ensuite, elle vous aide à faire la demande sur internet.
titre-de-sejour--renew-late = Faites la demande aujourd'hui, même si c'est tard.
    .detail = Une personne vous aide tout de suite. Elle peut aussi vous dire où trouver un conseil gratuit.
titre-de-sejour--waiting-with-paper = Une personne regarde votre papier avec vous.
    .detail = Elle vérifie la date de fin. Elle regarde où en est votre demande.
titre-de-sejour--attestation-missing = Une personne vous aide à demander une attestation de prolongation.
    .detail = Ce papier montre que votre demande continue. La préfecture le donne quand l'étude de la demande dure.
titre-de-sejour--site-problem = Une personne vous aide, même si le site ne marche pas.
    .detail = La préfecture a un accueil pour les personnes qui ne peuvent pas utiliser le site.
titre-de-sejour--aps-first = Une personne vous aide à demander l'APS.
    .detail = L'APS (autorisation provisoire de séjour) vous permet de rester en France. Elle permet aussi de travailler.
titre-de-sejour--aps-renew = Une personne vous aide à renouveler votre APS (autorisation provisoire de séjour).
    .detail = Faites-le avant la date de fin. Chaque préfecture a ses règles.
