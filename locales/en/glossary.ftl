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
term--rsa = RSA
term--rsa--meaning = The RSA is the "revenu de solidarité active", an income support. It is money for people with little income.
term--domiciliation = domiciliation
term--domiciliation--meaning = A domiciliation is an address to receive your mail. The town's social centre or an association gives it to you.
term--apl = APL
term--apl--meaning = The APL is help from the Caf to pay the rent. It is also called housing benefit.
term--bail = lease
term--bail--meaning = The lease is the rental contract. You sign it with the owner of the home.
term--pre-demande = pre-application
term--pre-demande--meaning = The pre-application is a form you fill in on the internet before the appointment. It gives you a number.
term--mdph = MDPH
term--mdph--meaning = The MDPH is the local office for people with disabilities. It studies requests for disability help.
term--aah = AAH
term--aah--meaning = The AAH is the disabled adult allowance. It is money for adults who have a disability.

term--titre-de-sejour = residence permit
term--titre-de-sejour--meaning = The residence permit (titre de séjour) is the card that lets a foreign person live in France. The préfecture issues it.
term--assurance-maladie = Assurance maladie
term--assurance-maladie--meaning = The Assurance maladie is the public health insurance. It pays back part of your health costs.
term--carte-vitale = Carte Vitale
term--carte-vitale--meaning = The Carte Vitale is the green card of the Assurance maladie. You show it at the doctor's.
term--commune = commune
term--commune--meaning = The commune is the town or village where you are. It has a town hall.
