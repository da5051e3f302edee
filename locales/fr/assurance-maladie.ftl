### Procedure "assurance-maladie" (content/assurance-maladie.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

assurance-maladie = L'Assurance maladie et la carte Vitale

assurance-maladie--goal = Pour l'Assurance maladie, que voulez-vous faire ?
    .detail = L'Assurance maladie rembourse vos frais de santé. L'attestation de droits prouve que vous l'avez.
assurance-maladie--goal--get-covered = Avoir l'Assurance maladie pour la première fois
assurance-maladie--goal--vitale = Avoir ma carte Vitale
assurance-maladie--goal--attestation = Avoir une attestation de droits

assurance-maladie--residence-paper = Avez-vous un titre de séjour ?
    .detail = Votre réponse sert seulement à trouver la bonne aide. Vous pouvez aussi en parler à une personne.
assurance-maladie--residence-paper--french-or-european = Je suis Français, ou d'un pays d'Europe
assurance-maladie--residence-paper--has-permit = Oui, j'ai un titre de séjour ou un récépissé
assurance-maladie--residence-paper--not-now = Non, pas pour le moment
assurance-maladie--residence-paper--prefer-person = Je préfère en parler à une personne

assurance-maladie--work = Travaillez-vous en France ?
assurance-maladie--work--works = Oui, je travaille
assurance-maladie--work--no-work = Non, je ne travaille pas

assurance-maladie--since-3-months = Vivez-vous en France depuis plus de 3 mois ?
assurance-maladie--since-3-months--yes = Oui, plus de 3 mois
assurance-maladie--since-3-months--no = Non, moins de 3 mois

assurance-maladie--ame-3-months = Êtes-vous en France depuis plus de 3 mois ?
    .detail = Depuis plus de 3 mois sans partir.
assurance-maladie--ame-3-months--yes = Oui, plus de 3 mois
assurance-maladie--ame-3-months--no = Non, moins de 3 mois

assurance-maladie--has-number = Avez-vous un numéro de sécurité sociale ?
    .detail = Il est sur les courriers de l'Assurance maladie.
assurance-maladie--has-number--yes-number = Oui, j'ai mon numéro
assurance-maladie--has-number--temporary = Oui, mais c'est un numéro provisoire
assurance-maladie--has-number--no-number = Non, je n'ai pas de numéro

assurance-maladie--ameli-account = Avez-vous un compte sur le site Ameli ?
assurance-maladie--ameli-account--can-log-in = Oui, et j'arrive à me connecter
assurance-maladie--ameli-account--lost-password = Oui, mais je n'arrive plus à me connecter
assurance-maladie--ameli-account--no-account = Non, je n'ai pas de compte

assurance-maladie--cover-worker = Une personne vous aide à avoir votre numéro de sécurité sociale.
    .detail = Apportez vos papiers de travail. L'Assurance maladie décide.
assurance-maladie--cover-resident = Une personne vous aide à demander l'Assurance maladie.
    .detail = C'est la protection universelle maladie (PUMa). L'Assurance maladie décide.
assurance-maladie--cover-soon = Une personne regarde votre situation avec vous.
    .detail = Souvent, il faut vivre en France depuis plus de 3 mois. Il y a des exceptions.
assurance-maladie--ame-apply = Une personne vous aide à demander l'aide médicale de l'État (AME).
    .detail = L'AME prend en charge vos soins. Vous aurez une carte AME, pas une carte Vitale.
assurance-maladie--ame-not-yet = Une personne regarde avec vous comment vous soigner.
    .detail = L'AME demande plus de 3 mois en France. Les enfants l'ont sans attendre.
assurance-maladie--order-vitale = Une personne vous aide à demander votre carte Vitale.
    .detail = En attendant, une attestation de droits prouve que vous avez l'Assurance maladie.
assurance-maladie--provisional-number = Une personne vous explique votre numéro provisoire.
    .detail = Avec ce numéro, vos soins sont remboursés. La carte Vitale viendra plus tard.
assurance-maladie--download-attestation = Une personne vous aide à imprimer votre attestation de droits.
assurance-maladie--attestation-reset = Une personne vous aide à retrouver votre compte Ameli.
    .detail = Ensuite, elle vous aide à imprimer votre attestation de droits.
assurance-maladie--attestation-no-account = Une personne vous aide à avoir votre attestation de droits.
    .detail = Avec un compte Ameli, ou à une borne de l'Assurance maladie.
