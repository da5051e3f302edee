### Procedure "aides-logement". Machine-drafted from French, not reviewed by a native speaker.

aides-logement = Housing benefit (APL)

aides-logement--situation = What is your situation?
aides-logement--situation--renting = I pay rent
aides-logement--situation--loan = I pay back a loan for my home
aides-logement--situation--hosted-free = I am hosted, without paying rent
aides-logement--situation--no-home = I have no home

aides-logement--since = Since when have you lived in this home?
    .detail = Apply as soon as you move in.
aides-logement--since--just-arrived = I have just arrived, or I will arrive soon
aides-logement--since--longer = For longer

aides-logement--lease = Is the lease in your name?
    .detail = The lease is the rental contract.
aides-logement--lease--my-name = Yes, it is in my name
aides-logement--lease--other-name = No, it is in someone else's name
aides-logement--lease--no-lease = I have no lease

aides-logement--landlord = Who rents the home to you?
aides-logement--landlord--social-housing = It is social housing
aides-logement--landlord--private = An owner or an agency
aides-logement--landlord--family = Someone from my family

aides-logement--caf-account = Do you have an account on the Caf website?
    .detail = You ask for housing benefit on the internet. A person can help you.
aides-logement--caf-account--can-log-in = Yes, and I can log in
aides-logement--caf-account--lost-password = Yes, but I can no longer log in
aides-logement--caf-account--has-email = No, but I have an e-mail address
aides-logement--caf-account--no-email = No, and I have no e-mail address

aides-logement--apply-online = You may be able to get housing benefit.
    .detail = Your landlord will have to fill in a form. The Caf decides.
aides-logement--reset-then-apply = A person helps you get your Caf account back.
    .detail = Then they help you ask for housing benefit. The Caf decides.
aides-logement--create-account = A person helps you create your Caf account.
    .detail = Then they help you ask for housing benefit. The Caf decides.
aides-logement--check-housing = A person looks at your situation with you.
    .detail = For housing benefit, the lease and the landlord matter. Bring your lease, if you have one.
aides-logement--loan = A person looks at your loan with you.
    .detail = For a recent loan, there is no longer any housing benefit. Bring your loan contract.
aides-logement--hosted = A person looks at possible benefits with you.
    .detail = Housing benefit is for people who pay for their home.
aides-logement--no-home = A person looks at your situation with you.
    .detail = They can help you get an address for your mail.
