### Procedure "cant-log-in" (content/cant-log-in.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

cant-log-in = Je n'arrive pas à me connecter

cant-log-in--problem = Quel est votre problème ?
cant-log-in--problem--lost-password = J'ai oublié mon mot de passe
cant-log-in--problem--no-email = Je n'ai pas d'adresse e-mail
cant-log-in--problem--no-phone = Je n'ai pas de téléphone portable
cant-log-in--problem--franceconnect = Je ne comprends pas FranceConnect

cant-log-in--which-site = Sur quel site voulez-vous aller ?
cant-log-in--which-site--caf = Caf, pour les allocations
cant-log-in--which-site--ameli = Ameli, pour la santé
cant-log-in--which-site--impots = Impôts
cant-log-in--which-site--france-travail = France Travail, pour l'emploi
cant-log-in--which-site--other-site = Un autre site

cant-log-in--read-email = Pouvez-vous lire vos e-mails ?
    .detail = Par exemple sur votre téléphone.
cant-log-in--read-email--yes = Oui
cant-log-in--read-email--no = Non

cant-log-in--reset-password = Vous allez choisir un nouveau mot de passe.
    .detail = Une personne vous aide. Vous recevez un code par e-mail ou par SMS.
cant-log-in--recover-access = Une personne vous aide à retrouver votre compte.
    .detail = Vous pourrez peut-être créer une nouvelle adresse e-mail.

cant-log-in--phone = Avez-vous un téléphone portable ?
cant-log-in--phone--smartphone = Oui, avec internet
cant-log-in--phone--basic-phone = Oui, sans internet
cant-log-in--phone--no-phone = Non

cant-log-in--create-email = Une personne vous aide à créer une adresse e-mail.
    .detail = Une adresse e-mail sert à recevoir des messages. Elle est gratuite.

cant-log-in--email = Avez-vous une adresse e-mail ?
cant-log-in--email--has-email = Oui
cant-log-in--email--no-email = Non

cant-log-in--without-phone = Une personne cherche avec vous une solution sans téléphone.
    .detail = Il existe souvent un formulaire papier ou un rendez-vous.

cant-log-in--existing-account = Avez-vous déjà un compte sur un de ces sites ?
    .detail = FranceConnect utilise un compte que vous avez déjà.
cant-log-in--existing-account--impots = Oui, Impôts
cant-log-in--existing-account--ameli = Oui, Ameli
cant-log-in--existing-account--la-poste = Oui, L'Identité Numérique La Poste
cant-log-in--existing-account--none = Non, aucun

cant-log-in--use-franceconnect = Vous pouvez utiliser FranceConnect.
    .detail = Une personne vous montre comment faire avec le compte que vous avez.
cant-log-in--no-franceconnect = Une personne vous aide à créer un compte.
    .detail = Ensuite, ce compte marche sur beaucoup de sites.
