### Procedure "rsa". Machine-drafted from French, not reviewed by a native speaker.

rsa = RSA (income support)

rsa--age = How old are you?
rsa--age--aged-25-or-more = 25 or older
rsa--age--under-25 = Under 25

rsa--young = Are you in one of these situations?
    .detail = Under 25, the RSA is possible in some cases.
rsa--young--child = I have a child, or I am expecting a baby
rsa--young--worked-2-years = I worked full time for 2 years, in the last 3 years
rsa--young--none = None of these situations

rsa--papers = Which paper do you have to live in France?
    .detail = Choose the answer closest to your situation.
rsa--papers--french-or-european = I am French, European or Swiss
rsa--papers--permit-5-years = A residence permit for 5 years or more
rsa--papers--refugee = I asked for asylum, or I have protection
rsa--papers--permit-recent = A residence permit for less than 5 years
rsa--papers--no-permit = No residence permit

rsa--protection = What is your situation?
    .detail = Look at the paper the préfecture gave you.
rsa--protection--refugee-or-subsidiary = I have refugee status, or subsidiary protection
rsa--protection--temporary-protection = I have temporary protection (Ukraine, for example)
rsa--protection--asylum-seeker = I asked for asylum, and I am waiting for the answer

rsa--address = Do you have an address to receive your mail?
rsa--address--home = Yes, at home
rsa--address--hosted = Yes, at the home of someone who hosts me
rsa--address--domiciliation = Yes, a postal address (domiciliation)
rsa--address--no-address = No

rsa--caf-account = Do you have an account on the Caf website?
    .detail = You ask for the RSA on the internet. A person can help you.
rsa--caf-account--can-log-in = Yes, and I can log in
rsa--caf-account--lost-password = Yes, but I can no longer log in
rsa--caf-account--has-email = No, but I have an e-mail address
rsa--caf-account--no-email = No, and I have no e-mail address

rsa--apply-online = You may be able to get the RSA.
    .detail = A person helps you apply on the internet. The Caf decides.
rsa--reset-then-apply = A person helps you get your Caf account back.
    .detail = Then they help you ask for the RSA. The Caf decides.
rsa--create-account = A person helps you create your Caf account.
    .detail = Then they help you ask for the RSA. The Caf decides.
rsa--address-first = First, you need an address for your mail.
    .detail = A person helps you ask for a domiciliation. Then you can ask for the RSA.
rsa--check-papers = A person looks at your situation with you.
    .detail = For the RSA, your residence permit matters. Bring all your residence permits.
rsa--temporary-protection = A person looks at possible benefits with you.
    .detail = With temporary protection, the RSA is usually not possible. Other help exists.
rsa--asylum-seeker = A person tells you about the help for asylum seekers.
    .detail = While your asylum request is open, the RSA is not possible. The OFII (French Office for Immigration and Integration) pays another allowance.
rsa--young-other = A person looks at possible benefits with you.
    .detail = Under 25, the RSA is possible only in some cases.
