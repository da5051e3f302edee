### Procedure "prime-activite". Machine-drafted from French, not reviewed by a native speaker.

prime-activite = The prime d'activité (in-work benefit)

prime-activite--goal = What do you want to do?
prime-activite--goal--apply = Ask for the prime d'activité
prime-activite--goal--declare = Declare my income every 3 months
prime-activite--goal--pay-back = The Caf asks me to pay money back

prime-activite--work = Do you work at the moment?
    .detail = The prime d'activité is for people who work.
prime-activite--work--employee = Yes, I am an employee
prime-activite--work--self-employed = Yes, I am self-employed
prime-activite--work--student = Yes, and I am a student or an apprentice
prime-activite--work--not-working = No, I do not work

prime-activite--papers = Which paper do you have to live in France?
    .detail = Choose the answer closest to your situation.
prime-activite--papers--french-or-european = I am French, European or Swiss
prime-activite--papers--permit-5-years = A residence permit for 5 years or more
prime-activite--papers--refugee = I asked for asylum, or I have protection
prime-activite--papers--permit-recent = A residence permit for less than 5 years
prime-activite--papers--no-permit = No residence permit

prime-activite--protection = What is your situation?
    .detail = Look at the paper the préfecture gave you.
prime-activite--protection--refugee-or-subsidiary = I have refugee status, or subsidiary protection
prime-activite--protection--temporary-protection = I have temporary protection (Ukraine, for example)
prime-activite--protection--asylum-seeker = I asked for asylum, and I am waiting for the answer

prime-activite--caf-account = Do you have an account on the Caf website?
    .detail = You can ask for the prime d'activité only on the internet. A person can help you.
prime-activite--caf-account--can-log-in = Yes, and I can log in
prime-activite--caf-account--lost-password = Yes, but I can no longer log in
prime-activite--caf-account--has-email = No, but I have an e-mail address
prime-activite--caf-account--no-email = No, and I have no e-mail address

prime-activite--apply-online = You may be able to get the prime d'activité.
    .detail = A person helps you apply on the internet. The Caf decides.
prime-activite--reset-then-apply = A person helps you get your Caf account back.
    .detail = Then they help you ask for the prime d'activité. The Caf decides.
prime-activite--create-account = A person helps you create your Caf account.
    .detail = Then they help you ask for the prime d'activité. The Caf decides.
prime-activite--check-papers = A person looks at your situation with you.
    .detail = For the prime d'activité, your residence permit matters. Bring all your residence permits.
prime-activite--temporary-protection = A person checks with you whether the prime d'activité is possible.
    .detail = With temporary protection, the rules are special. Other help also exists.
prime-activite--asylum-seeker = A person tells you about the help for asylum seekers.
    .detail = While your asylum request is open, the prime d'activité is not possible. The OFII (French Office for Immigration and Integration) pays another allowance.
prime-activite--not-working = A person looks at possible benefits with you.
    .detail = The prime d'activité is only for people who work.

prime-activite--declare-login = Can you log in to the Caf website?
prime-activite--declare-login--yes = Yes
prime-activite--declare-login--no = No

prime-activite--declare-help = A person helps you do your declaration.
    .detail = You make this declaration every 3 months. Without it, the money stops.

prime-activite--overpayment = A person reads the Caf letter with you.
    .detail = They explain what you can do. Bring the letter.
