### Procedure "aides-logement" (content/aides-logement.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

aides-logement = L'aide au logement (APL)

aides-logement--situation = Quelle est votre situation ?
aides-logement--situation--renting = Je paie un loyer
aides-logement--situation--loan = Je rembourse un prêt pour mon logement
aides-logement--situation--hosted-free = Je suis hébergé, sans payer de loyer
aides-logement--situation--no-home = Je n'ai pas de logement

aides-logement--since = Depuis quand habitez-vous ce logement ?
    .detail = Faites la demande dès votre arrivée dans le logement.
aides-logement--since--just-arrived = Je viens d'arriver, ou j'arrive bientôt
aides-logement--since--longer = Depuis plus longtemps

aides-logement--lease = Le bail est-il à votre nom ?
    .detail = Le bail est le contrat de location.
aides-logement--lease--my-name = Oui, il est à mon nom
aides-logement--lease--other-name = Non, il est au nom d'une autre personne
aides-logement--lease--no-lease = Je n'ai pas de bail

aides-logement--landlord = Qui vous loue le logement ?
aides-logement--landlord--social-housing = C'est un logement social
aides-logement--landlord--private = Un propriétaire ou une agence
aides-logement--landlord--family = Une personne de ma famille

aides-logement--caf-account = Avez-vous un compte sur le site de la Caf ?
    .detail = L'aide au logement se demande sur internet. Une personne peut vous aider.
aides-logement--caf-account--can-log-in = Oui, et j'arrive à me connecter
aides-logement--caf-account--lost-password = Oui, mais je n'arrive plus à me connecter
aides-logement--caf-account--has-email = Non, mais j'ai une adresse e-mail
aides-logement--caf-account--no-email = Non, et je n'ai pas d'adresse e-mail

aides-logement--apply-online = Vous pouvez peut-être avoir une aide au logement.
    .detail = Votre propriétaire devra remplir un papier. C'est la Caf qui décide.
aides-logement--reset-then-apply = Une personne vous aide à retrouver votre compte Caf.
    .detail = Ensuite, elle vous aide à demander l'aide au logement. C'est la Caf qui décide.
aides-logement--create-account = Une personne vous aide à créer votre compte Caf.
    .detail = Ensuite, elle vous aide à demander l'aide au logement. C'est la Caf qui décide.
aides-logement--check-housing = Une personne regarde votre situation avec vous.
    .detail = Pour l'aide au logement, le bail et le propriétaire comptent. Apportez votre bail, si vous en avez un.
aides-logement--loan = Une personne regarde votre prêt avec vous.
    .detail = Pour un prêt récent, il n'y a plus d'aide au logement. Apportez votre contrat de prêt.
aides-logement--hosted = Une personne regarde avec vous les aides possibles.
    .detail = L'aide au logement est pour les personnes qui paient leur logement.
aides-logement--no-home = Une personne regarde votre situation avec vous.
    .detail = Elle peut vous aider à avoir une adresse pour votre courrier.
