### Procedure "c2s". Machine-drafted from French, not reviewed by a native speaker.

c2s = Complémentaire santé solidaire (free or low-cost health cover)

c2s--goal = What do you want to do?
    .detail = The complémentaire santé solidaire pays the health costs that the health insurance does not pay.
c2s--goal--apply = Ask for it for the first time
c2s--goal--renew = Renew it, because I already have it

c2s--benefits = Do you receive one of these benefits?
c2s--benefits--rsa = The RSA (income support)
c2s--benefits--minimum-vieillesse = The minimum old-age pension
c2s--benefits--aah = The AAH (disabled adult allowance)
c2s--benefits--none = None of these benefits

c2s--residence = Have you lived in France for more than 3 months?
c2s--residence--more-than-3-months = Yes, more than 3 months
c2s--residence--less-than-3-months = No, less than 3 months

c2s--ameli-account = Do you have an account on the Ameli website?
    .detail = Ameli is the website of the health insurance.
c2s--ameli-account--can-log-in = Yes, and I can log in
c2s--ameli-account--lost-password = Yes, but I can no longer log in
c2s--ameli-account--has-email = No, but I have an e-mail address
c2s--ameli-account--no-email = No, and I have no e-mail address

c2s--apply-online = You may be able to get the complémentaire santé solidaire.
    .detail = A person helps you apply on Ameli. The health insurance decides.
c2s--reset-then-apply = A person helps you get your Ameli account back.
    .detail = Then they help you apply. The health insurance decides.
c2s--create-or-paper = A person helps you apply.
    .detail = On the internet, or on a paper form. The health insurance decides.
c2s--rsa-automatic = With the RSA, you may already have the complémentaire santé solidaire.
    .detail = Often, it comes without another request. A person checks with you.
c2s--recent-arrival = A person looks at your situation with you.
    .detail = Often, you must have lived in France for more than 3 months. There is other help to get care.
c2s--renewal = A person helps you renew your complémentaire santé solidaire.
    .detail = You must renew it every year.

c2s--recent-situation = Are you in one of these situations?
    .detail = In these cases, you do not need to wait 3 months.
c2s--recent-situation--works = I work in France
c2s--recent-situation--student = I study in France
c2s--recent-situation--refugee = I am a refugee, or I have subsidiary protection
c2s--recent-situation--temporary-protection = I have temporary protection, for example I come from Ukraine
c2s--recent-situation--caf-benefit = I receive a benefit from the Caf
c2s--recent-situation--none = None of these situations
c2s--aah-simplified = With the AAH, the application may be simpler.
    .detail = The Assurance maladie may have written to you. A person checks with you.
c2s--temporary-protection = With temporary protection, you may already have health cover.
    .detail = A person checks with you with the Assurance maladie.
