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
