### Procedure "retraite" (content/retraite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

retraite = La retraite

retraite--goal = Que voulez-vous faire ?
retraite--goal--ask-pension = Demander ma retraite
retraite--goal--check-career = Vérifier mes années de travail
retraite--goal--low-pension = J'ai une petite retraite, ou peu d'argent
retraite--goal--already-asked = J'ai fait la demande, j'attends

retraite--when = Quand voulez-vous partir à la retraite ?
    .detail = La retraite commence toujours le premier jour d'un mois.
retraite--when--in-more-than-6-months = Dans plus de 6 mois
retraite--when--in-4-to-6-months = Dans 4 à 6 mois
retraite--when--in-less-than-4-months = Dans moins de 4 mois

retraite--account = Avez-vous un compte retraite sur internet ?
    .detail = Par exemple sur le site Info Retraite.
retraite--account--can-log-in = Oui, et j'arrive à me connecter
retraite--account--lost-password = Oui, mais je n'arrive plus à me connecter
retraite--account--has-email = Non, mais j'ai une adresse e-mail
retraite--account--no-email = Non, et je n'ai pas d'adresse e-mail

retraite--career = Avez-vous votre relevé de carrière ?
    .detail = C'est la liste de vos années de travail pour la retraite.
retraite--career--missing-work = Oui, mais il manque des années de travail
retraite--career--complete = Oui, il est juste
retraite--career--no-statement = Non, je ne l'ai pas

retraite--aspa-age = Avez-vous 65 ans ou plus ?
retraite--aspa-age--yes = Oui
retraite--aspa-age--no = Non

retraite--aspa-pension = Recevez-vous déjà une retraite ?
retraite--aspa-pension--yes = Oui
retraite--aspa-pension--no = Non

retraite--prepare = Vous pouvez préparer votre retraite dès maintenant.
    .detail = Une personne regarde votre relevé de carrière avec vous. Faites la demande 4 à 6 mois avant le départ.
retraite--apply-online = Vous pouvez demander votre retraite sur internet.
    .detail = Une seule demande suffit pour toutes vos caisses de retraite. Une personne vous aide.
retraite--apply-with-help = Une personne vous aide à ouvrir votre compte retraite.
    .detail = Ensuite, elle vous aide à faire la demande sur internet.
retraite--retirement-appointment = Une personne vous aide à faire votre demande de retraite.
    .detail = Sans adresse e-mail, elle peut prendre un rendez-vous avec votre caisse de retraite.
retraite--fix-career = Une personne vous aide à corriger votre relevé de carrière.
    .detail = Apportez les papiers de ces années : fiches de paie, contrats, certificats de travail.
retraite--get-statement = Une personne vous aide à obtenir votre relevé de carrière.
    .detail = Il montre vos années de travail. Il sert à vérifier votre retraite.
retraite--aspa-apply = Vous pouvez peut-être recevoir l'Aspa.
    .detail = L'Aspa est une aide pour les retraités qui ont peu d'argent. Une personne vous aide à la demander.
retraite--aspa-with-request = Une personne vous aide à demander votre retraite et l'Aspa.
    .detail = L'Aspa est une aide pour les retraités qui ont peu d'argent. Vous pouvez la demander en même temps.
retraite--aspa-younger = Une personne regarde votre situation avec vous.
    .detail = L'Aspa commence en général à 65 ans. Parfois plus tôt, par exemple avec un handicap.
retraite--follow-up = Une personne regarde votre demande de retraite avec vous.
    .detail = Elle cherche où en est votre dossier.
