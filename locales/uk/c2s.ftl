### Procedure "c2s" (content/c2s.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

c2s = Додаткова медична страховка (complémentaire santé solidaire)

c2s--goal = Що ви хочете зробити?
    .detail = Додаткова медична страховка оплачує витрати на лікування, які не оплачує Assurance maladie (державне медичне страхування).
c2s--goal--apply = Оформити її вперше
c2s--goal--renew = Поновити її, бо вона в мене вже є

c2s--benefits = Чи отримуєте ви одну з цих допомог?
c2s--benefits--rsa = RSA (допомога для людей з малим доходом)
c2s--benefits--minimum-vieillesse = Мінімальна допомога для літніх людей (minimum vieillesse)
c2s--benefits--aah = AAH (допомога для дорослих з інвалідністю)
c2s--benefits--none = Жодної з цих допомог

c2s--residence = Ви живете у Франції понад 3 місяці?
c2s--residence--more-than-3-months = Так, понад 3 місяці
c2s--residence--less-than-3-months = Ні, менше 3 місяців

c2s--ameli-account = Чи є у вас акаунт на сайті Ameli?
    .detail = Ameli — це сайт Assurance maladie (державного медичного страхування).
c2s--ameli-account--can-log-in = Так, і я можу увійти
c2s--ameli-account--lost-password = Так, але я більше не можу увійти
c2s--ameli-account--has-email = Ні, але в мене є адреса e-mail
c2s--ameli-account--no-email = Ні, і в мене немає адреси e-mail

c2s--apply-online = Можливо, ви маєте право на додаткову медичну страховку.
    .detail = Працівник допоможе вам подати заяву на Ameli. Рішення ухвалює Assurance maladie.
c2s--reset-then-apply = Працівник допоможе вам відновити доступ до акаунта Ameli.
    .detail = Потім він допоможе вам подати заяву. Рішення ухвалює Assurance maladie.
c2s--create-or-paper = Працівник допоможе вам подати заяву.
    .detail = Через інтернет або на паперовому бланку. Рішення ухвалює Assurance maladie.
c2s--rsa-automatic = Якщо ви отримуєте RSA, можливо, у вас уже є додаткова медична страховка.
    .detail = Часто вона надається без окремої заяви. Працівник перевірить це з вами.
c2s--recent-arrival = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Зазвичай треба жити у Франції понад 3 місяці. Є й інші види допомоги для лікування.
c2s--renewal = Працівник допоможе вам поновити додаткову медичну страховку.
    .detail = Її треба поновлювати щороку.

c2s--recent-situation = Чи ви в одній із цих ситуацій?
    .detail = У цих випадках не потрібно чекати 3 місяці.
c2s--recent-situation--works = Я працюю у Франції
c2s--recent-situation--student = Я навчаюся у Франції
c2s--recent-situation--refugee = Я біженець або маю додатковий захист
c2s--recent-situation--temporary-protection = Я маю тимчасовий захист, наприклад, я з України
c2s--recent-situation--caf-benefit = Я отримую допомогу від Caf
c2s--recent-situation--none = Жодна з цих ситуацій
c2s--aah-simplified = З AAH подати заяву, можливо, простіше.
    .detail = Можливо, Assurance maladie вже надіслала вам лист. Працівник перевірить це разом з вами.
c2s--temporary-protection = З тимчасовим захистом у вас, можливо, вже є медичне покриття.
    .detail = Працівник перевірить це разом з вами в Assurance maladie.
