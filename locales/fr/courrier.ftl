### Procedure "courrier" (content/courrier.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

courrier = J'ai reçu un courrier que je ne comprends pas

courrier--sender = Qui vous a écrit ?
    .detail = Regardez le nom ou le logo en haut de la lettre.
courrier--sender--caf = La Caf
courrier--sender--impots = Les impôts
courrier--sender--assurance-maladie = L'Assurance maladie
courrier--sender--france-travail = France Travail
courrier--sender--prefecture = La préfecture
courrier--sender--justice = Un tribunal ou un commissaire de justice
courrier--sender--bank = Une banque
courrier--sender--other-sender = Quelqu'un d'autre

courrier--what-asked = Que vous demande le courrier ?
courrier--what-asked--pay = De payer de l'argent
courrier--what-asked--send-paper = D'envoyer un papier
courrier--what-asked--date = De venir à un rendez-vous
courrier--what-asked--stop-aid = Il arrête ou refuse une aide

courrier--deadline = Le courrier donne-t-il une date limite ?
    .detail = Ou il dit « mise en demeure ».
courrier--deadline--yes = Oui
courrier--deadline--no = Non

courrier--urgent-with-you = Avez-vous le courrier avec vous ?
    .detail = Ce courrier est peut-être urgent.
courrier--urgent-with-you--yes = Oui
courrier--urgent-with-you--no = Non

courrier--with-you = Avez-vous le courrier avec vous ?
courrier--with-you--yes = Oui
courrier--with-you--no = Non

courrier--read-today = Une personne lit votre courrier avec vous aujourd'hui.
    .detail = Ce courrier est peut-être urgent. Avant de payer, montrez-le à une personne.
courrier--bring-today = Revenez aujourd'hui avec le courrier, si vous pouvez.
    .detail = Ce courrier est peut-être urgent. Une personne le lira avec vous.
courrier--read-together = Une personne lit votre courrier avec vous.
    .detail = Elle vous explique ce qu'il demande. Elle vous dit quoi faire.
courrier--bring-letter = Revenez avec le courrier.
    .detail = Une personne le lira avec vous. Apportez aussi l'enveloppe et les autres pages.
