### Procedure "carte-identite". Machine-drafted from French, not reviewed by a native speaker.

carte-identite = Identity card or passport

carte-identite--goal = What do you want to do?
carte-identite--goal--first-id-card = My first identity card
carte-identite--goal--renew-id-card = Renew my identity card
carte-identite--goal--passport = A passport
carte-identite--goal--lost-or-stolen = My card or my passport is lost or stolen

carte-identite--lost-or-stolen = Were your papers stolen? Go to the police first.
    .detail = The police give you a theft report. For lost papers, you make a declaration of loss.

carte-identite--photo = Do you have an ID photo less than 6 months old?
carte-identite--photo--yes = Yes
carte-identite--photo--no = No

carte-identite--pre-application = Have you done the pre-application on the internet?
    .detail = It is not compulsory. You can also fill in a paper form at the town hall.
carte-identite--pre-application--done = Yes, I have the number
carte-identite--pre-application--not-done = No

carte-identite--address = Do you have a paper with your address?
    .detail = The paper must be less than 1 year old.
carte-identite--address--own-name = Yes, in my name
carte-identite--address--hosted = I am hosted by someone
carte-identite--address--domiciliation = I have a domiciliation
carte-identite--address--no-address = No, I have no address

carte-identite--book-appointment = You need an appointment at a town hall that makes these papers.
    .detail = You give your fingerprints there. A person helps you find an appointment.
carte-identite--book-appointment-hosted = You need an appointment at a town hall that makes these papers.
    .detail = The person who hosts you must give you some papers. Here is the list.
carte-identite--address-first = First, you need an address for your mail.
    .detail = A person helps you ask for a domiciliation. Then you can make an appointment.

carte-identite--nationality = Are you a French national?
    .detail = We ask so that we can send you to the right place.
carte-identite--nationality--yes = Yes
carte-identite--nationality--no = No
carte-identite--foreign-goal = What are you looking for?
carte-identite--foreign-goal--lost-passport = My passport is lost or stolen
carte-identite--foreign-goal--lost-residence-permit = My residence permit is lost or stolen
carte-identite--foreign-goal--french-papers = A French identity card or passport
carte-identite--consulate = For a new passport, go to the consulate of your country.
    .detail = The consulate is your country's office in France. A person helps you find it.
carte-identite--residence-permit-lost = For a lost or stolen residence permit, you must tell the préfecture.
    .detail = This is often done on the internet. A person helps you do it.
carte-identite--french-papers-only = The French identity card and passport are for French nationals.
    .detail = A person looks with you for the paper that suits you.
