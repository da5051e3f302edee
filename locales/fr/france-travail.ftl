### Procedure "france-travail" (content/france-travail.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

france-travail = S'inscrire à France Travail

france-travail--situation = Quelle est votre situation ?
france-travail--situation--job-ended = Mon travail vient de s'arrêter
france-travail--situation--looking = Je cherche un travail
france-travail--situation--rsa = Je demande ou je reçois le RSA (revenu de solidarité active)
france-travail--situation--already-registered = Je suis déjà inscrit

france-travail--deadline = Inscrivez-vous vite après la fin de votre travail.
    .detail = Pour recevoir le chômage, il faut s'inscrire dans les 12 mois.

france-travail--papers = Quel papier avez-vous pour vivre en France ?
    .detail = Choisissez la réponse la plus proche de votre situation.
france-travail--papers--french-or-european = Je suis Français, Européen ou Suisse
france-travail--papers--work-permit = Un titre de séjour qui permet de travailler
france-travail--papers--no-work-permit = Un titre de séjour qui ne permet pas de travailler
france-travail--papers--no-permit = Pas de titre de séjour

france-travail--social-security = Avez-vous votre numéro de sécurité sociale ?
    .detail = Il est sur votre carte Vitale.
france-travail--social-security--yes = Oui
france-travail--social-security--no = Non

france-travail--email = Avez-vous une adresse e-mail ?
    .detail = Il en faut une pour votre espace sur le site de France Travail.
france-travail--email--yes = Oui
france-travail--email--no = Non

france-travail--register-online = Une personne vous aide à vous inscrire sur internet.
    .detail = Ensuite, France Travail peut vous donner un rendez-vous avec un conseiller.
france-travail--create-email-first = Une personne vous aide à créer une adresse e-mail.
    .detail = Ensuite, elle vous aide à vous inscrire à France Travail.
france-travail--check-papers = Une personne regarde votre situation avec vous.
    .detail = Pour vous inscrire, il faut un papier qui permet de travailler en France.
france-travail--rsa-automatic = Avec le RSA, vous êtes inscrit à France Travail sans rien faire.
    .detail = Vous recevez une lettre. Une personne vérifie avec vous.
france-travail--already-registered = Une personne vous aide avec votre espace France Travail.
    .detail = Apportez les lettres de France Travail, si vous en avez.
