### Procedure "aah". Machine-drafted from French, not reviewed by a native speaker.

aah = AAH (disabled adult allowance)

aah--goal = What do you want to do?
    .detail = You apply to the MDPH, the local office for people with disabilities.
aah--goal--apply = Ask for the AAH
aah--goal--waiting = I have already sent my file
aah--goal--mdph-login = I cannot log in to the MDPH website

aah--medical-certificate = Do you have a medical certificate for the MDPH?
    .detail = Your doctor fills it in. It must be less than 1 year old.
aah--medical-certificate--yes = Yes
aah--medical-certificate--no = No

aah--legal-protection = Do you have a guardian?
    .detail = It is a person chosen by a judge to help you.
aah--legal-protection--no = No
aah--legal-protection--yes = Yes

aah--prepare-file = You may be able to get the AAH.
    .detail = A person helps you prepare the file. The MDPH decides, then the Caf pays.
aah--prepare-file-protected = You may be able to get the AAH.
    .detail = A person helps you prepare the file. Also bring your guardian's papers.
aah--see-doctor-first = First, you need a certificate from your doctor.
    .detail = A person gives you the form. Make an appointment with your doctor.
aah--waiting = A person checks where your file is.
    .detail = Studying the file often takes several months. Bring the letters from the MDPH.
aah--mdph-login = A person helps you log in to the MDPH website.
    .detail = You can also make a file on paper.
