### Procedure "c2s" (content/c2s.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

c2s = La complémentaire santé solidaire (mutuelle)

c2s--goal = Que voulez-vous faire ?
    .detail = La complémentaire santé solidaire paie les frais de santé que l'Assurance maladie ne paie pas.
c2s--goal--apply = La demander pour la première fois
c2s--goal--renew = La renouveler, car je l'ai déjà

c2s--benefits = Recevez-vous une de ces aides ?
c2s--benefits--rsa = Le RSA (revenu de solidarité active)
c2s--benefits--minimum-vieillesse = Le minimum vieillesse
c2s--benefits--aah = L'AAH (allocation aux adultes handicapés)
c2s--benefits--none = Aucune de ces aides

c2s--residence = Vivez-vous en France depuis plus de 3 mois ?
c2s--residence--more-than-3-months = Oui, plus de 3 mois
c2s--residence--less-than-3-months = Non, moins de 3 mois

c2s--ameli-account = Avez-vous un compte sur le site Ameli ?
    .detail = Ameli est le site de l'Assurance maladie.
c2s--ameli-account--can-log-in = Oui, et j'arrive à me connecter
c2s--ameli-account--lost-password = Oui, mais je n'arrive plus à me connecter
c2s--ameli-account--has-email = Non, mais j'ai une adresse e-mail
c2s--ameli-account--no-email = Non, et je n'ai pas d'adresse e-mail

c2s--apply-online = Vous pouvez peut-être avoir la complémentaire santé solidaire.
    .detail = Une personne vous aide à faire la demande sur Ameli. L'Assurance maladie décide.
c2s--reset-then-apply = Une personne vous aide à retrouver votre compte Ameli.
    .detail = Ensuite, elle vous aide à faire la demande. L'Assurance maladie décide.
c2s--create-or-paper = Une personne vous aide à faire la demande.
    .detail = Sur internet, ou sur un formulaire papier. L'Assurance maladie décide.
c2s--rsa-automatic = Avec le RSA, vous avez peut-être déjà la complémentaire santé solidaire.
    .detail = Souvent, elle arrive sans autre demande. Une personne vérifie avec vous.
c2s--recent-arrival = Une personne regarde votre situation avec vous.
    .detail = Souvent, il faut vivre en France depuis plus de 3 mois. Il existe d'autres aides pour se soigner.
c2s--renewal = Une personne vous aide à renouveler votre complémentaire santé solidaire.
    .detail = Il faut la renouveler chaque année.

c2s--recent-situation = Êtes-vous dans une de ces situations ?
    .detail = Dans ces cas, vous n'avez pas besoin d'attendre 3 mois.
c2s--recent-situation--works = Je travaille en France
c2s--recent-situation--student = Je fais des études en France
c2s--recent-situation--refugee = Je suis réfugié, ou j'ai la protection subsidiaire
c2s--recent-situation--temporary-protection = J'ai la protection temporaire, par exemple je viens d'Ukraine
c2s--recent-situation--caf-benefit = Je reçois une aide de la Caf
c2s--recent-situation--none = Aucune de ces situations
c2s--aah-simplified = Avec l'AAH, la demande est peut-être plus simple.
    .detail = L'Assurance maladie vous a peut-être écrit. Une personne vérifie avec vous.
c2s--temporary-protection = Avec la protection temporaire, vous avez peut-être déjà une couverture santé.
    .detail = Une personne vérifie avec vous auprès de l'Assurance maladie.
