### Procedure "aah" (content/aah.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

aah = L'AAH (allocation aux adultes handicapés)

aah--goal = Que voulez-vous faire ?
    .detail = La demande se fait à la MDPH (Maison départementale des personnes handicapées).
aah--goal--apply = Demander l'AAH
aah--goal--waiting = J'ai déjà envoyé mon dossier
aah--goal--mdph-login = Je n'arrive pas à me connecter au site de la MDPH

aah--medical-certificate = Avez-vous un certificat médical pour la MDPH ?
    .detail = Votre médecin le remplit. Il doit avoir moins de 1 an.
aah--medical-certificate--yes = Oui
aah--medical-certificate--no = Non

aah--legal-protection = Avez-vous un tuteur ou un curateur ?
    .detail = C'est une personne choisie par un juge pour vous aider.
aah--legal-protection--no = Non
aah--legal-protection--yes = Oui

aah--prepare-file = Vous pouvez peut-être avoir l'AAH.
    .detail = Une personne vous aide à préparer le dossier. La MDPH décide, puis la Caf paie.
aah--prepare-file-protected = Vous pouvez peut-être avoir l'AAH.
    .detail = Une personne vous aide à préparer le dossier. Apportez aussi les papiers de votre tuteur ou curateur.
aah--see-doctor-first = Il faut d'abord un certificat de votre médecin.
    .detail = Une personne vous donne le formulaire. Prenez rendez-vous chez votre médecin.
aah--waiting = Une personne regarde où en est votre dossier.
    .detail = L'étude du dossier prend souvent plusieurs mois. Apportez les lettres de la MDPH.
aah--mdph-login = Une personne vous aide à vous connecter au site de la MDPH.
    .detail = Vous pouvez aussi faire un dossier sur papier.
