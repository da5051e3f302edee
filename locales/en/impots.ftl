### Procedure "impots". Machine-drafted from French, not reviewed by a native speaker.

impots = Income tax and the tax notice

impots--goal = About income tax, what do you want to do?
    .detail = This is the tax on your income.
impots--goal--declare = Declare my income
impots--goal--log-in = Log in to the tax website
impots--goal--notice = Get my tax notice for an aid

impots--first-time = Have you already declared your income in France?
impots--first-time--before = Yes, I have done it before
impots--first-time--never = No, this is the first time

impots--letter = Did you get a letter from the tax office with your tax number?
    .detail = This letter often comes in spring.
impots--letter--has-letter = Yes, I have this letter
impots--letter--no-letter = No, I did not get anything

impots--account = Can you log in to the tax website?
    .detail = The tax website is impots.gouv.fr.
impots--account--can-log-in = Yes, I can log in
impots--account--lost-password = No, I forgot my password
impots--account--lost-number = No, I lost my tax number
impots--account--no-space = I never created my space on the website

impots--login-problem = What is the problem with logging in?
    .detail = The tax website is impots.gouv.fr.
impots--login-problem--lost-password = I forgot my password
impots--login-problem--lost-number = I lost my tax number
impots--login-problem--no-space = I never created my space on the website

impots--declared = Did you declare your income this year?
    .detail = Even with no income, you must declare to get the notice.
impots--declared--yes = Yes, I declared
impots--declared--no = No, I did not declare

impots--declare-online = Someone will help you declare your income online.
    .detail = Bring your income papers. The tax office decides the amount.
impots--reset-password = Someone will help you get back into your space.
    .detail = Then you can do what you came for on the tax website.
impots--find-number = Someone will help you find your tax number.
    .detail = It is written on your tax papers. Bring them if you have them.
impots--create-space = Someone will help you create your space on the tax website.
    .detail = You need an e-mail address. Bring the letter from the tax office.
impots--get-tax-number = Someone will explain how to get a tax number.
    .detail = Often you need to go to the public finance centre. Bring an identity document.
impots--get-notice = Someone will help you get your tax notice.
    .detail = You can download it from the tax website. They can print it with you.
impots--declare-late = Someone will help you declare your income.
    .detail = Without a declaration, you get no tax notice. Some aids ask for it.
