### Procedure "aides-logement" (content/aides-logement.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

aides-logement = Допомога на житло (APL)

aides-logement--situation = Яка ваша ситуація?
aides-logement--situation--renting = Я плачу оренду
aides-logement--situation--loan = Я виплачую кредит за своє житло
aides-logement--situation--hosted-free = Я живу в іншої людини і не плачу оренду
aides-logement--situation--no-home = У мене немає житла

aides-logement--since = Відколи ви живете в цьому житлі?
    .detail = Подайте заяву одразу, коли заселитеся.
aides-logement--since--just-arrived = Я живу тут недавно, або скоро заселюся
aides-logement--since--longer = Уже довше

aides-logement--lease = Договір оренди оформлено на ваше ім'я?
    .detail = Договір оренди — це контракт на житло, який ви підписуєте з власником.
aides-logement--lease--my-name = Так, на моє ім'я
aides-logement--lease--other-name = Ні, на ім'я іншої людини
aides-logement--lease--no-lease = У мене немає договору оренди

aides-logement--landlord = Хто здає вам житло?
aides-logement--landlord--social-housing = Це соціальне житло
aides-logement--landlord--private = Власник або агентство
aides-logement--landlord--family = Хтось із моєї родини

aides-logement--caf-account = Чи є у вас акаунт на сайті Caf?
    .detail = Допомогу на житло оформлюють через інтернет. Працівник може вам допомогти.
aides-logement--caf-account--can-log-in = Так, і я можу увійти
aides-logement--caf-account--lost-password = Так, але я більше не можу увійти
aides-logement--caf-account--has-email = Ні, але в мене є адреса e-mail
aides-logement--caf-account--no-email = Ні, і в мене немає адреси e-mail

aides-logement--apply-online = Можливо, ви маєте право на допомогу на житло.
    .detail = Ваш власник житла має заповнити один папір. Рішення ухвалює Caf.
aides-logement--reset-then-apply = Працівник допоможе вам відновити доступ до акаунта Caf.
    .detail = Потім він допоможе вам подати заяву на допомогу на житло. Рішення ухвалює Caf.
aides-logement--create-account = Працівник допоможе вам створити акаунт Caf.
    .detail = Потім він допоможе вам подати заяву на допомогу на житло. Рішення ухвалює Caf.
aides-logement--check-housing = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Для допомоги на житло важливі договір оренди і власник. Принесіть ваш договір оренди, якщо він у вас є.
aides-logement--loan = Працівник розгляне ваш кредит разом з вами.
    .detail = Для нового кредиту допомоги на житло вже немає. Принесіть договір кредиту.
aides-logement--hosted = Працівник разом з вами подивиться, які допомоги можливі.
    .detail = Допомога на житло — для людей, які платять за своє житло.
aides-logement--no-home = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Він може допомогти вам отримати адресу для пошти.
