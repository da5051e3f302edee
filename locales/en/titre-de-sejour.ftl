### Procedure "titre-de-sejour" (content/titre-de-sejour.toml). Machine-drafted from French, not reviewed by a native speaker.

titre-de-sejour = Residence permit and préfecture

titre-de-sejour--goal = What do you want to do?
    .detail = You can also talk to a person.
titre-de-sejour--goal--renew = Renew my residence permit
titre-de-sejour--goal--first-request = Make a first application
titre-de-sejour--goal--waiting = I have applied, I am waiting for the answer
titre-de-sejour--goal--ukraine = Temporary protection, for people who came from Ukraine
titre-de-sejour--goal--site-blocked = The website does not work for me
titre-de-sejour--goal--prefer-person = I would rather talk to a person

titre-de-sejour--renew-when = When does your residence permit end?
    .detail = The date is written on the card.
titre-de-sejour--renew-when--in-more-than-4-months = In more than 4 months
titre-de-sejour--renew-when--in-2-to-4-months = In 2 to 4 months
titre-de-sejour--renew-when--in-less-than-2-months = In less than 2 months, or it has ended
titre-de-sejour--renew-when--prefer-person = I would rather talk to a person

titre-de-sejour--anef-account = Do you have an account on the Étrangers en France website?
    .detail = It is the State's website for residence permits.
titre-de-sejour--anef-account--can-log-in = Yes, and I can log in
titre-de-sejour--anef-account--lost-password = Yes, but I can no longer log in
titre-de-sejour--anef-account--has-email = No, but I have an e-mail address
titre-de-sejour--anef-account--no-email = No, and I have no e-mail address
titre-de-sejour--anef-account--prefer-person = I would rather talk to a person

titre-de-sejour--waiting-paper = Do you have a paper that shows your application?
    .detail = For example an extension certificate (attestation de prolongation) or a récépissé.
titre-de-sejour--waiting-paper--has-paper = Yes, I have this paper
titre-de-sejour--waiting-paper--no-paper = No, or it ends soon
titre-de-sejour--waiting-paper--prefer-person = I would rather talk to a person

titre-de-sejour--aps-kind = About the APS (temporary residence authorisation), what do you want to do?
    .detail = The APS is the paper of temporary protection.
titre-de-sejour--aps-kind--first = Ask for the APS for the first time
titre-de-sejour--aps-kind--renew = Renew my APS
titre-de-sejour--aps-kind--prefer-person = I would rather talk to a person

titre-de-sejour--first-request = A person finds out with you how to apply.
    .detail = Often the application is made online. The procedures are free.
titre-de-sejour--renew-later = It is still a little early to apply.
    .detail = Apply between 4 months and 2 months before your card ends. A person notes the date with you.
titre-de-sejour--renew-online = You can renew your card online.
    .detail = A person helps you. Keep the papers the website gives you.
titre-de-sejour--renew-online-help = A person helps you open your account.
    .detail = Then they help you apply online.
titre-de-sejour--renew-late = Apply today, even if it is late.
    .detail = A person helps you right away. They can also tell you where to get free advice.
titre-de-sejour--waiting-with-paper = A person looks at your paper with you.
    .detail = They check the end date. They look at where your application is.
titre-de-sejour--attestation-missing = A person helps you ask for an extension certificate.
    .detail = This paper shows that your application is still going on. The préfecture gives it when the study of the application takes time.
titre-de-sejour--site-problem = A person helps you, even if the website does not work.
    .detail = The préfecture has a help desk for people who cannot use the website.
titre-de-sejour--aps-first = A person helps you ask for the APS.
    .detail = The APS (temporary residence authorisation) lets you stay in France. It also lets you work.
titre-de-sejour--aps-renew = A person helps you renew your APS.
    .detail = Do it before the end date. Each préfecture has its own rules.
