### Procedure "prime-activite" (content/prime-activite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

prime-activite = La prime d'activité

prime-activite--goal = Que voulez-vous faire ?
prime-activite--goal--apply = Demander la prime d'activité
prime-activite--goal--declare = Déclarer mes revenus tous les 3 mois
prime-activite--goal--pay-back = La Caf me demande de rendre de l'argent

prime-activite--work = Travaillez-vous en ce moment ?
    .detail = La prime d'activité est pour les personnes qui travaillent.
prime-activite--work--employee = Oui, je suis salarié
prime-activite--work--self-employed = Oui, je travaille à mon compte
prime-activite--work--student = Oui, et je suis étudiant ou apprenti
prime-activite--work--not-working = Non, je ne travaille pas

prime-activite--papers = Quel papier avez-vous pour vivre en France ?
    .detail = Choisissez la réponse la plus proche de votre situation.
prime-activite--papers--french-or-european = Je suis Français, Européen ou Suisse
prime-activite--papers--permit-5-years = Un titre de séjour depuis 5 ans ou plus
prime-activite--papers--refugee = J'ai demandé l'asile, ou j'ai une protection
prime-activite--papers--permit-recent = Un titre de séjour depuis moins de 5 ans
prime-activite--papers--no-permit = Pas de titre de séjour

prime-activite--protection = Quelle est votre situation ?
    .detail = Regardez le papier que la préfecture vous a donné.
prime-activite--protection--refugee-or-subsidiary = J'ai le statut de réfugié, ou la protection subsidiaire
prime-activite--protection--temporary-protection = J'ai la protection temporaire (Ukraine, par exemple)
prime-activite--protection--asylum-seeker = J'ai demandé l'asile, et j'attends la réponse

prime-activite--caf-account = Avez-vous un compte sur le site de la Caf ?
    .detail = La prime d'activité se demande seulement sur internet. Une personne peut vous aider.
prime-activite--caf-account--can-log-in = Oui, et j'arrive à me connecter
prime-activite--caf-account--lost-password = Oui, mais je n'arrive plus à me connecter
prime-activite--caf-account--has-email = Non, mais j'ai une adresse e-mail
prime-activite--caf-account--no-email = Non, et je n'ai pas d'adresse e-mail

prime-activite--apply-online = Vous pouvez peut-être avoir la prime d'activité.
    .detail = Une personne vous aide à faire la demande sur internet. C'est la Caf qui décide.
prime-activite--reset-then-apply = Une personne vous aide à retrouver votre compte Caf.
    .detail = Ensuite, elle vous aide à demander la prime d'activité. C'est la Caf qui décide.
prime-activite--create-account = Une personne vous aide à créer votre compte Caf.
    .detail = Ensuite, elle vous aide à demander la prime d'activité. C'est la Caf qui décide.
prime-activite--check-papers = Une personne regarde votre situation avec vous.
    .detail = Pour la prime d'activité, votre titre de séjour compte. Apportez tous vos titres de séjour.
prime-activite--temporary-protection = Une personne vérifie avec vous si la prime d'activité est possible.
    .detail = Avec la protection temporaire, les règles sont particulières. D'autres aides existent aussi.
prime-activite--asylum-seeker = Une personne vous parle de l'aide pour les demandeurs d'asile.
    .detail = Pendant la demande d'asile, la prime d'activité n'est pas possible. L'OFII (Office français de l'immigration et de l'intégration) verse une autre aide.
prime-activite--not-working = Une personne regarde avec vous les aides possibles.
    .detail = La prime d'activité est seulement pour les personnes qui travaillent.

prime-activite--declare-login = Arrivez-vous à vous connecter au site de la Caf ?
prime-activite--declare-login--yes = Oui
prime-activite--declare-login--no = Non

prime-activite--declare-help = Une personne vous aide à faire votre déclaration.
    .detail = Cette déclaration se fait tous les 3 mois. Sans elle, l'argent s'arrête.

prime-activite--overpayment = Une personne lit avec vous la lettre de la Caf.
    .detail = Elle vous explique ce que vous pouvez faire. Apportez la lettre.
