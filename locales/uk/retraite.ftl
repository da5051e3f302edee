### Procedure "retraite" (content/retraite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

retraite = Пенсія

retraite--goal = Що ви хочете зробити?
retraite--goal--ask-pension = Подати заяву на пенсію
retraite--goal--check-career = Перевірити мої роки роботи
retraite--goal--low-pension = У мене маленька пенсія або мало грошей
retraite--goal--already-asked = Я подав(-ла) заяву і чекаю

retraite--when = Коли ви хочете вийти на пенсію?
    .detail = Пенсія завжди починається з першого дня місяця.
retraite--when--in-more-than-6-months = Більш ніж через 6 місяців
retraite--when--in-4-to-6-months = Через 4–6 місяців
retraite--when--in-less-than-4-months = Менш ніж через 4 місяці

retraite--account = У вас є пенсійний акаунт в інтернеті?
    .detail = Наприклад, на сайті Info Retraite.
retraite--account--can-log-in = Так, і я можу увійти
retraite--account--lost-password = Так, але я більше не можу увійти
retraite--account--has-email = Ні, але в мене є адреса e-mail
retraite--account--no-email = Ні, і в мене немає адреси e-mail

retraite--career = У вас є виписка про трудовий стаж (relevé de carrière)?
    .detail = Це список ваших років роботи для пенсії.
retraite--career--missing-work = Так, але в ній бракує років роботи
retraite--career--complete = Так, вона правильна
retraite--career--no-statement = Ні, у мене її немає

retraite--aspa-age = Вам 65 років або більше?
retraite--aspa-age--yes = Так
retraite--aspa-age--no = Ні

retraite--aspa-pension = Ви вже отримуєте пенсію?
retraite--aspa-pension--yes = Так
retraite--aspa-pension--no = Ні

retraite--prepare = Ви можете готуватися до пенсії вже зараз.
    .detail = Працівник перевірить з вами виписку про трудовий стаж. Подайте заяву за 4–6 місяців до виходу на пенсію.
retraite--apply-online = Ви можете подати заяву на пенсію онлайн.
    .detail = Однієї заяви достатньо для всіх ваших пенсійних кас. Вам допоможе працівник.
retraite--apply-with-help = Працівник допоможе вам відкрити пенсійний акаунт.
    .detail = Потім він допоможе подати заяву онлайн.
retraite--retirement-appointment = Працівник допоможе вам подати заяву на пенсію.
    .detail = Якщо у вас немає e-mail, він може записати вас на прийом до вашої пенсійної каси.
retraite--fix-career = Працівник допоможе виправити вашу виписку про трудовий стаж.
    .detail = Принесіть документи за ці роки: розрахункові листи, договори, довідки з роботи.
retraite--get-statement = Працівник допоможе отримати виписку про трудовий стаж.
    .detail = Вона показує ваші роки роботи. Вона потрібна, щоб перевірити вашу пенсію.
retraite--aspa-apply = Можливо, ви можете отримувати допомогу Aspa.
    .detail = Aspa — це допомога для пенсіонерів, які мають мало грошей. Працівник допоможе вам її попросити.
retraite--aspa-with-request = Працівник допоможе вам подати заяву на пенсію та на Aspa.
    .detail = Aspa — це допомога для пенсіонерів, які мають мало грошей. Її можна попросити одночасно з пенсією.
retraite--aspa-younger = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Зазвичай Aspa починається з 65 років. Іноді раніше, наприклад при інвалідності.
retraite--follow-up = Працівник перевірить з вами вашу заяву на пенсію.
    .detail = Він з'ясує, на якому етапі ваша справа.
