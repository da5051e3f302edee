### Procedure "retraite" (content/retraite.toml). Machine-drafted from French, not reviewed by a native speaker.

retraite = Retirement pension

retraite--goal = What do you want to do?
retraite--goal--ask-pension = Apply for my pension
retraite--goal--check-career = Check my years of work
retraite--goal--low-pension = My pension is small, or I have little money
retraite--goal--already-asked = I have applied, I am waiting

retraite--when = When do you want to retire?
    .detail = A pension always starts on the first day of a month.
retraite--when--in-more-than-6-months = In more than 6 months
retraite--when--in-4-to-6-months = In 4 to 6 months
retraite--when--in-less-than-4-months = In less than 4 months

retraite--account = Do you have an online pension account?
    .detail = For example on the Info Retraite website.
retraite--account--can-log-in = Yes, and I can log in
retraite--account--lost-password = Yes, but I can no longer log in
retraite--account--has-email = No, but I have an e-mail address
retraite--account--no-email = No, and I have no e-mail address

retraite--career = Do you have your career statement (relevé de carrière)?
    .detail = It lists your years of work for the pension.
retraite--career--missing-work = Yes, but some years of work are missing
retraite--career--complete = Yes, it is right
retraite--career--no-statement = No, I do not have it

retraite--aspa-age = Are you 65 or older?
retraite--aspa-age--yes = Yes
retraite--aspa-age--no = No

retraite--aspa-pension = Do you already receive a pension?
retraite--aspa-pension--yes = Yes
retraite--aspa-pension--no = No

retraite--prepare = You can prepare your retirement now.
    .detail = A person checks your career statement with you. Apply 4 to 6 months before you leave.
retraite--apply-online = You can apply for your pension online.
    .detail = One application is enough for all your pension funds. A person helps you.
retraite--apply-with-help = A person helps you open your pension account.
    .detail = Then they help you apply online.
retraite--retirement-appointment = A person helps you apply for your pension.
    .detail = Without an e-mail address, they can make an appointment with your pension fund.
retraite--fix-career = A person helps you correct your career statement.
    .detail = Bring the papers for those years: payslips, contracts, work certificates.
retraite--get-statement = A person helps you get your career statement.
    .detail = It shows your years of work. It is used to check your pension.
retraite--aspa-apply = You may be able to get the Aspa.
    .detail = The Aspa is help for retired people with little money. A person helps you apply.
retraite--aspa-with-request = A person helps you apply for your pension and the Aspa.
    .detail = The Aspa is help for retired people with little money. You can ask for it at the same time.
retraite--aspa-younger = A person looks at your situation with you.
    .detail = The Aspa usually starts at 65. Sometimes earlier, for example with a disability.
retraite--follow-up = A person looks at your pension application with you.
    .detail = They find out where your file is.
