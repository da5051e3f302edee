### Procedure "carte-identite" (content/carte-identite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

carte-identite = Carte d'identité ou passeport

carte-identite--nationality = Êtes-vous de nationalité française ?
    .detail = Nous vous posons la question pour vous envoyer au bon endroit.
carte-identite--nationality--yes = Oui
carte-identite--nationality--no = Non

carte-identite--foreign-goal = Que cherchez-vous ?
carte-identite--foreign-goal--lost-passport = Mon passeport est perdu ou volé
carte-identite--foreign-goal--lost-residence-permit = Mon titre de séjour est perdu ou volé
carte-identite--foreign-goal--french-papers = Une carte d'identité ou un passeport français

carte-identite--goal = Que voulez-vous faire ?
carte-identite--goal--first-id-card = Ma première carte d'identité
carte-identite--goal--renew-id-card = Refaire ma carte d'identité
carte-identite--goal--passport = Un passeport
carte-identite--goal--lost-or-stolen = Ma carte ou mon passeport est perdu ou volé

carte-identite--lost-or-stolen = Vos papiers sont volés ? Allez d'abord à la police.
    .detail = La police vous donne une déclaration de vol. Pour des papiers perdus, vous faites une déclaration de perte.

carte-identite--photo = Avez-vous une photo d'identité de moins de 6 mois ?
carte-identite--photo--yes = Oui
carte-identite--photo--no = Non

carte-identite--pre-application = Avez-vous fait la pré-demande sur internet ?
    .detail = Ce n'est pas obligatoire. Vous pouvez aussi remplir un papier à la mairie.
carte-identite--pre-application--done = Oui, j'ai le numéro
carte-identite--pre-application--not-done = Non

carte-identite--address = Avez-vous un papier avec votre adresse ?
    .detail = Le papier doit avoir moins de 1 an.
carte-identite--address--own-name = Oui, à mon nom
carte-identite--address--hosted = Je suis hébergé chez une personne
carte-identite--address--domiciliation = J'ai une domiciliation
carte-identite--address--no-address = Non, je n'ai pas d'adresse

carte-identite--book-appointment = Il faut un rendez-vous dans une mairie qui fait ces papiers.
    .detail = Vous donnez vos empreintes sur place. Une personne vous aide à trouver un rendez-vous.
carte-identite--book-appointment-hosted = Il faut un rendez-vous dans une mairie qui fait ces papiers.
    .detail = La personne qui vous héberge doit vous donner des papiers. Voici la liste.
carte-identite--address-first = Vous avez d'abord besoin d'une adresse pour votre courrier.
    .detail = Une personne vous aide à demander une domiciliation. Ensuite, vous pourrez prendre rendez-vous.

carte-identite--consulate = Pour un nouveau passeport, allez au consulat de votre pays.
    .detail = Le consulat est le bureau de votre pays en France. Une personne vous aide à le trouver.
carte-identite--residence-permit-lost = Pour un titre de séjour perdu ou volé, il faut prévenir la préfecture.
    .detail = La démarche se fait souvent sur internet. Une personne vous aide à la faire.
carte-identite--french-papers-only = La carte d'identité et le passeport français sont pour les personnes françaises.
    .detail = Une personne cherche avec vous le papier qui vous convient.
