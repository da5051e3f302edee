### Procedure "assurance-maladie". Machine-drafted from French, not reviewed by a native speaker.

assurance-maladie = Health insurance and the carte Vitale

assurance-maladie--goal = About health insurance, what do you want to do?
    .detail = The health insurance (Assurance maladie) pays back your health costs. The certificate of rights proves that you have it.
assurance-maladie--goal--get-covered = Get health insurance for the first time
assurance-maladie--goal--vitale = Get my carte Vitale
assurance-maladie--goal--attestation = Get a certificate of rights (attestation de droits)

assurance-maladie--residence-paper = Do you have a residence permit?
    .detail = Your answer is only used to find the right help. You can also talk about it with a person.
assurance-maladie--residence-paper--french-or-european = I am French, or from a European country
assurance-maladie--residence-paper--has-permit = Yes, I have a residence permit or a receipt (récépissé)
assurance-maladie--residence-paper--not-now = No, not for now
assurance-maladie--residence-paper--prefer-person = I prefer to talk about it with a person

assurance-maladie--work = Do you work in France?
assurance-maladie--work--works = Yes, I work
assurance-maladie--work--no-work = No, I do not work

assurance-maladie--since-3-months = Have you lived in France for more than 3 months?
assurance-maladie--since-3-months--yes = Yes, more than 3 months
assurance-maladie--since-3-months--no = No, less than 3 months

assurance-maladie--ame-3-months = Have you been in France for more than 3 months?
    .detail = For more than 3 months without leaving.
assurance-maladie--ame-3-months--yes = Yes, more than 3 months
assurance-maladie--ame-3-months--no = No, less than 3 months

assurance-maladie--has-number = Do you have a social security number?
    .detail = It is on the letters from the health insurance.
assurance-maladie--has-number--yes-number = Yes, I have my number
assurance-maladie--has-number--temporary = Yes, but it is a temporary number
assurance-maladie--has-number--no-number = No, I do not have a number

assurance-maladie--ameli-account = Do you have an account on the Ameli website?
assurance-maladie--ameli-account--can-log-in = Yes, and I can log in
assurance-maladie--ameli-account--lost-password = Yes, but I can no longer log in
assurance-maladie--ameli-account--no-account = No, I do not have an account

assurance-maladie--cover-worker = Someone will help you get your social security number.
    .detail = Bring your work papers. The health insurance decides.
assurance-maladie--cover-resident = Someone will help you apply for health insurance.
    .detail = It is the universal health protection (PUMa). The health insurance decides.
assurance-maladie--cover-soon = Someone will look at your situation with you.
    .detail = Often you must live in France for more than 3 months. There are exceptions.
assurance-maladie--ame-apply = Someone will help you apply for the State medical aid (AME).
    .detail = The AME covers your care. You will get an AME card, not a carte Vitale.
assurance-maladie--ame-not-yet = Someone will look with you at how to get care.
    .detail = The AME requires more than 3 months in France. Children get it without waiting.
assurance-maladie--order-vitale = Someone will help you ask for your carte Vitale.
    .detail = Meanwhile, a certificate of rights proves that you have health insurance.
assurance-maladie--provisional-number = Someone will explain your temporary number.
    .detail = With this number, your care is paid back. The carte Vitale will come later.
assurance-maladie--download-attestation = Someone will help you print your certificate of rights.
assurance-maladie--attestation-reset = Someone will help you get back into your Ameli account.
    .detail = Then they will help you print your certificate of rights.
assurance-maladie--attestation-no-account = Someone will help you get your certificate of rights.
    .detail = With an Ameli account, or at a health insurance machine.
