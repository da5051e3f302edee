### Glossary. Machine-drafted from French, not reviewed by a native speaker.

term--caf = Caf
term--caf--meaning = The Caf is the family benefits office. It pays benefits, for example for housing.
term--ameli = Ameli
term--ameli--meaning = Ameli is the website of the national health insurance. It is used for health refunds.
term--france-travail = France Travail
term--france-travail--meaning = France Travail helps people find a job. It used to be called Pôle emploi.
term--franceconnect = FranceConnect
term--franceconnect--meaning = FranceConnect is a button on public websites. It uses an account you already have.
term--e-mail = e-mail
term--e-mail--meaning = An e-mail is a message you receive on the internet.
