### Procedure "france-travail" (content/france-travail.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

france-travail = Зареєструватися у France Travail

france-travail--situation = Яка ваша ситуація?
france-travail--situation--job-ended = Моя робота щойно закінчилася
france-travail--situation--looking = Я шукаю роботу
france-travail--situation--rsa = Я прошу або отримую RSA (допомогу для людей з малим доходом)
france-travail--situation--already-registered = У мене вже є реєстрація

france-travail--deadline = Зареєструйтеся швидко після закінчення роботи.
    .detail = Щоб отримувати допомогу з безробіття, треба зареєструватися протягом 12 місяців.

france-travail--papers = Який документ дозволяє вам жити у Франції?
    .detail = Виберіть відповідь, найближчу до вашої ситуації.
france-travail--papers--french-or-european = У мене громадянство Франції, країни ЄС або Швейцарії
france-travail--papers--work-permit = Посвідка на проживання, яка дозволяє працювати
france-travail--papers--no-work-permit = Посвідка на проживання, яка не дозволяє працювати
france-travail--papers--no-permit = Немає посвідки на проживання

france-travail--social-security = Чи є у вас номер соціального страхування?
    .detail = Він є на вашій карті Vitale.
france-travail--social-security--yes = Так
france-travail--social-security--no = Ні

france-travail--email = Чи є у вас адреса e-mail?
    .detail = Вона потрібна для вашого особистого кабінету на сайті France Travail.
france-travail--email--yes = Так
france-travail--email--no = Ні

france-travail--register-online = Працівник допоможе вам зареєструватися через інтернет.
    .detail = Потім France Travail може призначити вам зустріч із консультантом.
france-travail--create-email-first = Працівник допоможе вам створити адресу e-mail.
    .detail = Потім він допоможе вам зареєструватися у France Travail.
france-travail--check-papers = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Щоб зареєструватися, потрібен документ, який дозволяє працювати у Франції.
france-travail--rsa-automatic = Якщо ви отримуєте RSA, вас реєструють у France Travail автоматично.
    .detail = Ви отримаєте лист. Працівник перевірить це з вами.
france-travail--already-registered = Працівник допоможе вам з вашим особистим кабінетом France Travail.
    .detail = Принесіть листи від France Travail, якщо вони у вас є.
