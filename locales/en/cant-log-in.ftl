### Procedure "cant-log-in". Machine-drafted from French, not reviewed by a native speaker.

cant-log-in = I can't log in

cant-log-in--problem = What is your problem?
cant-log-in--problem--lost-password = I forgot my password
cant-log-in--problem--no-email = I have no e-mail address
cant-log-in--problem--no-phone = I have no mobile phone
cant-log-in--problem--franceconnect = I don't understand FranceConnect

cant-log-in--which-site = Which website do you want to use?
cant-log-in--which-site--caf = Caf, for benefits
cant-log-in--which-site--ameli = Ameli, for health
cant-log-in--which-site--impots = Taxes
cant-log-in--which-site--france-travail = France Travail, for jobs
cant-log-in--which-site--other-site = Another website

cant-log-in--read-email = Can you read your e-mails?
    .detail = For example on your phone.
cant-log-in--read-email--yes = Yes
cant-log-in--read-email--no = No

cant-log-in--reset-password = You will choose a new password.
    .detail = A person helps you. You get a code by e-mail or by text message.
cant-log-in--recover-access = A person helps you get your account back.
    .detail = Maybe you can create a new e-mail address.

cant-log-in--phone = Do you have a mobile phone?
cant-log-in--phone--smartphone = Yes, with internet
cant-log-in--phone--basic-phone = Yes, without internet
cant-log-in--phone--no-phone = No

cant-log-in--create-email = A person helps you create an e-mail address.
    .detail = An e-mail address is for receiving messages. It is free.

cant-log-in--email = Do you have an e-mail address?
cant-log-in--email--has-email = Yes
cant-log-in--email--no-email = No

cant-log-in--without-phone = A person looks for a way without a phone with you.
    .detail = There is often a paper form or an appointment.

cant-log-in--existing-account = Do you already have an account on one of these websites?
    .detail = FranceConnect uses an account you already have.
cant-log-in--existing-account--impots = Yes, Taxes
cant-log-in--existing-account--ameli = Yes, Ameli
cant-log-in--existing-account--la-poste = Yes, L'Identité Numérique La Poste (La Poste digital identity)
cant-log-in--existing-account--none = No, none

cant-log-in--use-franceconnect = You can use FranceConnect.
    .detail = A person shows you how, with the account you have.
cant-log-in--no-franceconnect = A person helps you create an account.
    .detail = Then this account works on many websites.
