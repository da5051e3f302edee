### Procedure "rsa" (content/rsa.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

rsa = RSA (допомога для людей з малим доходом)

rsa--age = Скільки вам років?
rsa--age--aged-25-or-more = 25 років або більше
rsa--age--under-25 = Менше 25 років

rsa--young = Чи стосується вас одна з цих ситуацій?
    .detail = До 25 років RSA можна отримати в деяких випадках.
rsa--young--child = У мене є дитина, або я чекаю дитину
rsa--young--worked-2-years = У мене є 2 роки роботи на повну ставку за останні 3 роки
rsa--young--none = Жодна з цих ситуацій

rsa--papers = Який документ дозволяє вам жити у Франції?
    .detail = Виберіть відповідь, найближчу до вашої ситуації.
rsa--papers--french-or-european = У мене громадянство Франції, країни ЄС або Швейцарії
rsa--papers--permit-5-years = Посвідка на проживання вже 5 років або більше
rsa--papers--refugee = Заява на притулок або статус захисту
rsa--papers--permit-recent = Посвідка на проживання менше 5 років
rsa--papers--no-permit = Немає посвідки на проживання

rsa--protection = Яка у вас ситуація?
    .detail = Подивіться на документ, який вам видала префектура.
rsa--protection--refugee-or-subsidiary = У мене статус біженця або додатковий захист
rsa--protection--temporary-protection = У мене тимчасовий захист (наприклад, з України)
rsa--protection--asylum-seeker = Моя заява на притулок ще розглядається

rsa--address = Чи є у вас адреса, щоб отримувати пошту?
rsa--address--home = Так, у мене вдома
rsa--address--hosted = Так, у людини, у якої я живу
rsa--address--domiciliation = Так, domiciliation (адреса для пошти)
rsa--address--no-address = Ні

rsa--caf-account = Чи є у вас акаунт на сайті Caf?
    .detail = RSA оформлюють через інтернет. Працівник може вам допомогти.
rsa--caf-account--can-log-in = Так, і я можу увійти
rsa--caf-account--lost-password = Так, але я більше не можу увійти
rsa--caf-account--has-email = Ні, але в мене є адреса e-mail
rsa--caf-account--no-email = Ні, і в мене немає адреси e-mail

rsa--apply-online = Можливо, ви маєте право на RSA.
    .detail = Працівник допоможе вам подати заяву через інтернет. Рішення ухвалює Caf.
rsa--reset-then-apply = Працівник допоможе вам відновити доступ до акаунта Caf.
    .detail = Потім він допоможе вам подати заяву на RSA. Рішення ухвалює Caf.
rsa--create-account = Працівник допоможе вам створити акаунт Caf.
    .detail = Потім він допоможе вам подати заяву на RSA. Рішення ухвалює Caf.
rsa--address-first = Спочатку вам потрібна адреса для пошти.
    .detail = Працівник допоможе вам попросити domiciliation. Потім ви зможете подати заяву на RSA.
rsa--check-papers = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Для RSA важлива ваша посвідка на проживання. Принесіть усі ваші посвідки на проживання.
rsa--temporary-protection = Працівник разом з вами подивиться, які допомоги можливі.
    .detail = Із тимчасовим захистом RSA зазвичай не надається. Є інші допомоги.
rsa--asylum-seeker = Працівник розповість вам про допомогу для шукачів притулку.
    .detail = Поки розглядається заява на притулок, RSA не надається. OFII (Французьке управління з питань імміграції та інтеграції) виплачує іншу допомогу.
rsa--young-other = Працівник разом з вами подивиться, які допомоги можливі.
    .detail = До 25 років RSA можна отримати лише в деяких випадках.
