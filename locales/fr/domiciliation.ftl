### Procedure "domiciliation" (content/domiciliation.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

domiciliation = Une adresse pour recevoir mon courrier (domiciliation)

domiciliation--goal = Que voulez-vous faire ?
    .detail = Une domiciliation est une adresse pour recevoir votre courrier.
domiciliation--goal--apply = Avoir une adresse pour mon courrier
domiciliation--goal--renew = Renouveler ma domiciliation
domiciliation--goal--refused = On m'a refusé une domiciliation
domiciliation--goal--asylum = Je demande l'asile en France

domiciliation--link = Dans cette commune, qu'est-ce qui est vrai pour vous ?
    .detail = Pour avoir une adresse ici, il faut un lien avec la commune.
domiciliation--link--live-here = Je vis ou je dors ici
domiciliation--link--work-here = Je travaille ici
domiciliation--link--family-here = J'ai de la famille ici
domiciliation--link--child-at-school = Mon enfant va à l'école ici
domiciliation--link--social-worker = Un travailleur social me suit ici
domiciliation--link--no-link = Aucun lien

domiciliation--identity = Avez-vous une pièce d'identité ou un titre de séjour ?
    .detail = Sans titre de séjour, vous pouvez quand même avoir une adresse pour certaines démarches.
domiciliation--identity--yes = Oui
domiciliation--identity--no = Non

domiciliation--apply = Vous pouvez peut-être avoir une domiciliation.
    .detail = Une personne vous aide à faire la demande. La réponse arrive dans les 2 mois.
domiciliation--renew = Une personne vous aide à renouveler votre domiciliation.
    .detail = Elle dure 1 an. Venez chercher votre courrier au moins tous les 3 mois.
domiciliation--refused = Une personne regarde votre situation avec vous.
    .detail = Apportez la lettre de refus, si vous l'avez.
domiciliation--asylum = Une personne vous dit où demander votre adresse.
    .detail = C'est la SPADA (accueil des demandeurs d'asile) ou votre centre d'hébergement.
domiciliation--no-link = Une personne regarde votre situation avec vous.
    .detail = Elle cherche avec vous où demander une adresse.
