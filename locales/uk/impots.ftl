### Procedure "impots" (content/impots.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

impots = Податки і податкове повідомлення

impots--goal = Що ви хочете зробити щодо податків?
    .detail = Йдеться про податок на ваші доходи.
impots--goal--declare = Задекларувати мої доходи
impots--goal--log-in = Увійти на сайт податкової
impots--goal--notice = Отримати податкове повідомлення для допомоги

impots--first-time = Ви вже декларували свої доходи у Франції?
impots--first-time--before = Так, я вже це робив(-ла)
impots--first-time--never = Ні, це вперше

impots--letter = Ви отримали від податкової лист, де вказано податковий номер?
    .detail = Цей лист часто приходить навесні.
impots--letter--has-letter = Так, у мене є цей лист
impots--letter--no-letter = Ні, я нічого не отримав(-ла)

impots--account = Чи вдається вам увійти на сайт податкової?
    .detail = Сайт податкової — impots.gouv.fr.
impots--account--can-log-in = Так, я можу увійти
impots--account--lost-password = Ні, я забув(-ла) пароль
impots--account--lost-number = Ні, я загубив(-ла) податковий номер
impots--account--no-space = Я ніколи не створював(-ла) свій кабінет на сайті

impots--login-problem = Яка проблема з входом на сайт?
    .detail = Сайт податкової — impots.gouv.fr.
impots--login-problem--lost-password = Я забув(-ла) пароль
impots--login-problem--lost-number = Я загубив(-ла) податковий номер
impots--login-problem--no-space = Я ніколи не створював(-ла) свій кабінет на сайті

impots--declared = Ви задекларували свої доходи цього року?
    .detail = Навіть без доходів треба подати декларацію, щоб отримати повідомлення.
impots--declared--yes = Так, я задекларував(-ла)
impots--declared--no = Ні, я не декларував(-ла)

impots--declare-online = Вам допоможуть задекларувати доходи через інтернет.
    .detail = Принесіть документи про доходи. Суму визначає податкова.
impots--reset-password = Вам допоможуть відновити доступ до вашого кабінету.
    .detail = Потім ви зможете зробити свою справу на сайті податкової.
impots--find-number = Вам допоможуть знайти ваш податковий номер.
    .detail = Він написаний на ваших податкових документах. Принесіть їх, якщо вони у вас є.
impots--create-space = Вам допоможуть створити кабінет на сайті податкової.
    .detail = Потрібна адреса електронної пошти. Принесіть лист від податкової.
impots--get-tax-number = Вам пояснять, як отримати податковий номер.
    .detail = Часто треба піти до центру державних фінансів. Принесіть документ, що посвідчує особу.
impots--get-notice = Вам допоможуть отримати податкове повідомлення.
    .detail = Його можна завантажити на сайті податкової. Його можуть роздрукувати разом з вами.
impots--declare-late = Вам допоможуть задекларувати доходи.
    .detail = Без декларації ви не отримаєте податкового повідомлення. Деякі види допомоги його вимагають.
