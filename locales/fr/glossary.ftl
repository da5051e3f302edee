### Glossary (content/glossary.toml): words a visitor may not know, and what they mean.

term--caf = Caf
term--caf--meaning = La Caf est la Caisse d'allocations familiales. Elle paie des aides, par exemple pour le logement.
term--ameli = Ameli
term--ameli--meaning = Ameli est le site de l'Assurance maladie. Il sert pour les remboursements de santé.
term--france-travail = France Travail
term--france-travail--meaning = France Travail aide à trouver un emploi. Avant, on disait Pôle emploi.
term--franceconnect = FranceConnect
term--franceconnect--meaning = FranceConnect est un bouton sur les sites publics. Il utilise un compte que vous avez déjà.
term--e-mail = e-mail
term--e-mail--meaning = Un e-mail est un message reçu sur internet. On dit aussi courriel.
term--rsa = RSA
term--rsa--meaning = Le RSA est le revenu de solidarité active. C'est de l'argent pour les personnes qui ont peu de revenus.
term--domiciliation = domiciliation
term--domiciliation--meaning = Une domiciliation est une adresse pour recevoir votre courrier. Le centre d'action sociale de la mairie ou une association vous la donne.
term--apl = APL
term--apl--meaning = L'APL est une aide de la Caf pour payer le loyer. On dit aussi aide au logement.
term--bail = bail
term--bail--meaning = Le bail est le contrat de location. Vous le signez avec le propriétaire du logement.
term--pre-demande = pré-demande
term--pre-demande--meaning = La pré-demande est un formulaire à remplir sur internet avant le rendez-vous. Elle vous donne un numéro.
term--mdph = MDPH
term--mdph--meaning = La MDPH est la Maison départementale des personnes handicapées. Elle étudie les demandes d'aide liées au handicap.
term--aah = AAH
term--aah--meaning = L'AAH est l'allocation aux adultes handicapés. C'est de l'argent pour des adultes qui ont un handicap.

term--titre-de-sejour = titre de séjour
term--titre-de-sejour--meaning = Le titre de séjour permet à une personne étrangère de vivre en France. La préfecture le donne.
term--assurance-maladie = Assurance maladie
term--assurance-maladie--meaning = L'Assurance maladie rembourse une partie de vos frais de santé. On dit aussi « la Sécu ».
term--carte-vitale = carte Vitale
term--carte-vitale--meaning = La carte Vitale est la carte verte de l'Assurance maladie. Vous la montrez chez le médecin.
term--commune = commune
term--commune--meaning = La commune est la ville ou le village où vous êtes. Elle a une mairie.
