### Procedure "prime-activite" (content/prime-activite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

prime-activite = Доплата для працюючих (prime d'activité)

prime-activite--goal = Що ви хочете зробити?
prime-activite--goal--apply = Подати заяву на доплату для працюючих
prime-activite--goal--declare = Задекларувати мої доходи (кожні 3 місяці)
prime-activite--goal--pay-back = Caf просить мене повернути гроші

prime-activite--work = Ви зараз працюєте?
    .detail = Доплата для працюючих — для людей, які працюють.
prime-activite--work--employee = Так, я працюю за наймом
prime-activite--work--self-employed = Так, я працюю на себе
prime-activite--work--student = Так, і я студент або навчаюся професії
prime-activite--work--not-working = Ні, я не працюю

prime-activite--papers = Який документ дозволяє вам жити у Франції?
    .detail = Виберіть відповідь, найближчу до вашої ситуації.
prime-activite--papers--french-or-european = У мене громадянство Франції, країни ЄС або Швейцарії
prime-activite--papers--permit-5-years = Посвідка на проживання вже 5 років або більше
prime-activite--papers--refugee = Заява на притулок або статус захисту
prime-activite--papers--permit-recent = Посвідка на проживання менше 5 років
prime-activite--papers--no-permit = Немає посвідки на проживання

prime-activite--protection = Яка у вас ситуація?
    .detail = Подивіться на документ, який вам видала префектура.
prime-activite--protection--refugee-or-subsidiary = У мене статус біженця або додатковий захист
prime-activite--protection--temporary-protection = У мене тимчасовий захист (наприклад, з України)
prime-activite--protection--asylum-seeker = Моя заява на притулок ще розглядається

prime-activite--caf-account = Чи є у вас акаунт на сайті Caf?
    .detail = Доплату для працюючих оформлюють лише через інтернет. Працівник може вам допомогти.
prime-activite--caf-account--can-log-in = Так, і я можу увійти
prime-activite--caf-account--lost-password = Так, але я більше не можу увійти
prime-activite--caf-account--has-email = Ні, але в мене є адреса e-mail
prime-activite--caf-account--no-email = Ні, і в мене немає адреси e-mail

prime-activite--apply-online = Можливо, ви маєте право на доплату для працюючих.
    .detail = Працівник допоможе вам подати заяву через інтернет. Рішення ухвалює Caf.
prime-activite--reset-then-apply = Працівник допоможе вам відновити доступ до акаунта Caf.
    .detail = Потім він допоможе вам подати заяву на доплату для працюючих. Рішення ухвалює Caf.
prime-activite--create-account = Працівник допоможе вам створити акаунт Caf.
    .detail = Потім він допоможе вам подати заяву на доплату для працюючих. Рішення ухвалює Caf.
prime-activite--check-papers = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Для цієї доплати важлива ваша посвідка на проживання. Принесіть усі ваші посвідки на проживання.
prime-activite--temporary-protection = Працівник разом з вами перевірить, чи можлива доплата для працюючих.
    .detail = Для тимчасового захисту діють особливі правила. Є й інші допомоги.
prime-activite--asylum-seeker = Працівник розповість вам про допомогу для шукачів притулку.
    .detail = Поки розглядається заява на притулок, доплата для працюючих не надається. OFII (Французьке управління з питань імміграції та інтеграції) виплачує іншу допомогу.
prime-activite--not-working = Працівник разом з вами подивиться, які допомоги можливі.
    .detail = Доплата для працюючих — лише для людей, які працюють.

prime-activite--declare-login = Ви можете увійти на сайт Caf?
prime-activite--declare-login--yes = Так
prime-activite--declare-login--no = Ні

prime-activite--declare-help = Працівник допоможе вам подати декларацію.
    .detail = Цю декларацію подають кожні 3 місяці. Без неї виплати припиняються.

prime-activite--overpayment = Працівник прочитає з вами лист від Caf.
    .detail = Він пояснить, що ви можете зробити. Принесіть цей лист.
