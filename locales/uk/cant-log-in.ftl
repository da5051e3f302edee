### Procedure "cant-log-in" (content/cant-log-in.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

cant-log-in = Я не можу увійти в акаунт

cant-log-in--problem = Яка у вас проблема?
cant-log-in--problem--lost-password = Я не пам'ятаю свій пароль
cant-log-in--problem--no-email = У мене немає адреси e-mail
cant-log-in--problem--no-phone = У мене немає мобільного телефону
cant-log-in--problem--franceconnect = Я не розумію FranceConnect

cant-log-in--which-site = На який сайт ви хочете зайти?
cant-log-in--which-site--caf = Caf, для допомог
cant-log-in--which-site--ameli = Ameli, для здоров'я
cant-log-in--which-site--impots = Impôts (податки)
cant-log-in--which-site--france-travail = France Travail, для роботи
cant-log-in--which-site--other-site = Інший сайт

cant-log-in--read-email = Ви можете читати свій e-mail?
    .detail = Наприклад, на вашому телефоні.
cant-log-in--read-email--yes = Так
cant-log-in--read-email--no = Ні

cant-log-in--reset-password = Ви виберете новий пароль.
    .detail = Працівник вам допоможе. Ви отримаєте код на e-mail або в SMS.
cant-log-in--recover-access = Працівник допоможе вам відновити доступ до акаунта.
    .detail = Можливо, ви зможете створити нову адресу e-mail.

cant-log-in--phone = Чи є у вас мобільний телефон?
cant-log-in--phone--smartphone = Так, з інтернетом
cant-log-in--phone--basic-phone = Так, без інтернету
cant-log-in--phone--no-phone = Ні

cant-log-in--create-email = Працівник допоможе вам створити адресу e-mail.
    .detail = Адреса e-mail потрібна, щоб отримувати повідомлення. Вона безкоштовна.

cant-log-in--email = Чи є у вас адреса e-mail?
cant-log-in--email--has-email = Так
cant-log-in--email--no-email = Ні

cant-log-in--without-phone = Працівник разом з вами шукатиме рішення без телефону.
    .detail = Часто є паперовий бланк або можна записатися на зустріч.

cant-log-in--existing-account = Чи є у вас уже акаунт на одному з цих сайтів?
    .detail = FranceConnect використовує акаунт, який у вас уже є.
cant-log-in--existing-account--impots = Так, Impôts
cant-log-in--existing-account--ameli = Так, Ameli
cant-log-in--existing-account--la-poste = Так, цифрова особа La Poste (L'Identité Numérique)
cant-log-in--existing-account--none = Ні, жодного

cant-log-in--use-franceconnect = Ви можете користуватися FranceConnect.
    .detail = Працівник покаже вам, як це зробити з вашим акаунтом.
cant-log-in--no-franceconnect = Працівник допоможе вам створити акаунт.
    .detail = Потім цей акаунт працюватиме на багатьох сайтах.
