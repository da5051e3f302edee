### Procedure "courrier" (content/courrier.toml). Machine-drafted from French, not reviewed by a native speaker.

courrier = I received a letter I do not understand

courrier--sender = Who wrote to you?
    .detail = Look at the name or the logo at the top of the letter.
courrier--sender--caf = The Caf
courrier--sender--impots = The tax office
courrier--sender--assurance-maladie = The Assurance maladie (health insurance)
courrier--sender--france-travail = France Travail
courrier--sender--prefecture = The préfecture
courrier--sender--justice = A court or a bailiff (commissaire de justice)
courrier--sender--bank = A bank
courrier--sender--other-sender = Someone else

courrier--what-asked = What does the letter ask you?
courrier--what-asked--pay = To pay money
courrier--what-asked--send-paper = To send a paper
courrier--what-asked--date = To come to an appointment
courrier--what-asked--stop-aid = It stops or refuses a benefit

courrier--deadline = Does the letter give a deadline?
    .detail = Or does it say « mise en demeure » (formal notice)?
courrier--deadline--yes = Yes
courrier--deadline--no = No

courrier--urgent-with-you = Do you have the letter with you?
    .detail = This letter may be urgent.
courrier--urgent-with-you--yes = Yes
courrier--urgent-with-you--no = No

courrier--with-you = Do you have the letter with you?
courrier--with-you--yes = Yes
courrier--with-you--no = No

courrier--read-today = A person reads your letter with you today.
    .detail = This letter may be urgent. Before you pay, show it to a person.
courrier--bring-today = Come back today with the letter, if you can.
    .detail = This letter may be urgent. A person will read it with you.
courrier--read-together = A person reads your letter with you.
    .detail = They explain what it asks. They tell you what to do.
courrier--bring-letter = Come back with the letter.
    .detail = A person will read it with you. Also bring the envelope and the other pages.
