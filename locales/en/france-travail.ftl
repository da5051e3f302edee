### Procedure "france-travail". Machine-drafted from French, not reviewed by a native speaker.

france-travail = Register with France Travail

france-travail--situation = What is your situation?
france-travail--situation--job-ended = My job has just ended
france-travail--situation--looking = I am looking for a job
france-travail--situation--rsa = I ask for or receive the RSA (income support)
france-travail--situation--already-registered = I am already registered

france-travail--deadline = Register soon after your job ends.
    .detail = To receive unemployment benefit, you must register within 12 months.

france-travail--papers = Which paper do you have to live in France?
    .detail = Choose the answer closest to your situation.
france-travail--papers--french-or-european = I am French, European or Swiss
france-travail--papers--work-permit = A residence permit that allows me to work
france-travail--papers--no-work-permit = A residence permit that does not allow me to work
france-travail--papers--no-permit = No residence permit

france-travail--social-security = Do you have your social security number?
    .detail = It is on your Carte Vitale.
france-travail--social-security--yes = Yes
france-travail--social-security--no = No

france-travail--email = Do you have an e-mail address?
    .detail = You need one for your space on the France Travail website.
france-travail--email--yes = Yes
france-travail--email--no = No

france-travail--register-online = A person helps you register on the internet.
    .detail = Then France Travail may give you an appointment with an adviser.
france-travail--create-email-first = A person helps you create an e-mail address.
    .detail = Then they help you register with France Travail.
france-travail--check-papers = A person looks at your situation with you.
    .detail = To register, you need a paper that allows you to work in France.
france-travail--rsa-automatic = With the RSA, you are registered with France Travail without doing anything.
    .detail = You receive a letter. A person checks with you.
france-travail--already-registered = A person helps you with your France Travail space.
    .detail = Bring the letters from France Travail, if you have any.
