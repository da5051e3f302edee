### Procedure "rsa" (content/rsa.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

rsa = Le RSA (revenu de solidarité active)

rsa--age = Quel âge avez-vous ?
rsa--age--aged-25-or-more = 25 ans ou plus
rsa--age--under-25 = Moins de 25 ans

rsa--young = Êtes-vous dans une de ces situations ?
    .detail = Avant 25 ans, le RSA est possible dans certains cas.
rsa--young--child = J'ai un enfant, ou j'attends un bébé
rsa--young--worked-2-years = J'ai travaillé 2 ans à temps plein, sur les 3 dernières années
rsa--young--none = Aucune de ces situations

rsa--papers = Quel papier avez-vous pour vivre en France ?
    .detail = Choisissez la réponse la plus proche de votre situation.
rsa--papers--french-or-european = Je suis Français, Européen ou Suisse
rsa--papers--permit-5-years = Un titre de séjour depuis 5 ans ou plus
rsa--papers--refugee = J'ai demandé l'asile, ou j'ai une protection
rsa--papers--permit-recent = Un titre de séjour depuis moins de 5 ans
rsa--papers--no-permit = Pas de titre de séjour

rsa--protection = Quelle est votre situation ?
    .detail = Regardez le papier que la préfecture vous a donné.
rsa--protection--refugee-or-subsidiary = J'ai le statut de réfugié, ou la protection subsidiaire
rsa--protection--temporary-protection = J'ai la protection temporaire (Ukraine, par exemple)
rsa--protection--asylum-seeker = J'ai demandé l'asile, et j'attends la réponse

rsa--address = Avez-vous une adresse pour recevoir votre courrier ?
rsa--address--home = Oui, chez moi
rsa--address--hosted = Oui, chez une personne qui m'héberge
rsa--address--domiciliation = Oui, une domiciliation
rsa--address--no-address = Non

rsa--caf-account = Avez-vous un compte sur le site de la Caf ?
    .detail = Le RSA se demande sur internet. Une personne peut vous aider.
rsa--caf-account--can-log-in = Oui, et j'arrive à me connecter
rsa--caf-account--lost-password = Oui, mais je n'arrive plus à me connecter
rsa--caf-account--has-email = Non, mais j'ai une adresse e-mail
rsa--caf-account--no-email = Non, et je n'ai pas d'adresse e-mail

rsa--apply-online = Vous pouvez peut-être avoir le RSA.
    .detail = Une personne vous aide à faire la demande sur internet. C'est la Caf qui décide.
rsa--reset-then-apply = Une personne vous aide à retrouver votre compte Caf.
    .detail = Ensuite, elle vous aide à demander le RSA. C'est la Caf qui décide.
rsa--create-account = Une personne vous aide à créer votre compte Caf.
    .detail = Ensuite, elle vous aide à demander le RSA. C'est la Caf qui décide.
rsa--address-first = Vous avez d'abord besoin d'une adresse pour votre courrier.
    .detail = Une personne vous aide à demander une domiciliation. Ensuite, vous pourrez demander le RSA.
rsa--check-papers = Une personne regarde votre situation avec vous.
    .detail = Pour le RSA, votre titre de séjour compte. Apportez tous vos titres de séjour.
rsa--temporary-protection = Une personne regarde avec vous les aides possibles.
    .detail = Avec la protection temporaire, le RSA n'est en général pas possible. D'autres aides existent.
rsa--asylum-seeker = Une personne vous parle de l'aide pour les demandeurs d'asile.
    .detail = Pendant la demande d'asile, le RSA n'est pas possible. L'OFII (Office français de l'immigration et de l'intégration) verse une autre aide.
rsa--young-other = Une personne regarde avec vous les aides possibles.
    .detail = Avant 25 ans, le RSA est possible seulement dans certains cas.
