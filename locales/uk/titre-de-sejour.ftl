### Procedure "titre-de-sejour" (content/titre-de-sejour.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.
### The questions never ask the visitor's status: what they want to do, and dates on a card.

titre-de-sejour = Посвідка на проживання і префектура

titre-de-sejour--goal = Що ви хочете зробити?
    .detail = Ви також можете поговорити з працівником.
titre-de-sejour--goal--renew = Поновити посвідку на проживання
titre-de-sejour--goal--first-request = Подати першу заяву
titre-de-sejour--goal--waiting = Я подав(-ла) заяву і чекаю відповіді
titre-de-sejour--goal--ukraine = Тимчасовий захист для людей, які приїхали з України
titre-de-sejour--goal--site-blocked = Сайт у мене не працює
titre-de-sejour--goal--prefer-person = Я хочу поговорити з працівником

titre-de-sejour--renew-when = Коли закінчується ваша посвідка на проживання?
    .detail = Дата написана на картці.
titre-de-sejour--renew-when--in-more-than-4-months = Більш ніж через 4 місяці
titre-de-sejour--renew-when--in-2-to-4-months = Через 2–4 місяці
titre-de-sejour--renew-when--in-less-than-2-months = Менш ніж через 2 місяці, або вже закінчилася
titre-de-sejour--renew-when--prefer-person = Я хочу поговорити з працівником

titre-de-sejour--anef-account = У вас є акаунт на сайті Étrangers en France?
    .detail = Це державний сайт для посвідок на проживання.
titre-de-sejour--anef-account--can-log-in = Так, і я можу увійти
titre-de-sejour--anef-account--lost-password = Так, але я більше не можу увійти
titre-de-sejour--anef-account--has-email = Ні, але в мене є адреса e-mail
titre-de-sejour--anef-account--no-email = Ні, і в мене немає адреси e-mail
titre-de-sejour--anef-account--prefer-person = Я хочу поговорити з працівником

titre-de-sejour--waiting-paper = У вас є документ, який підтверджує вашу заяву?
    .detail = Наприклад, довідка про продовження (attestation de prolongation) або розписка (récépissé).
titre-de-sejour--waiting-paper--has-paper = Так, у мене є цей документ
titre-de-sejour--waiting-paper--no-paper = Ні, або його строк скоро закінчується
titre-de-sejour--waiting-paper--prefer-person = Я хочу поговорити з працівником

titre-de-sejour--aps-kind = Щодо тимчасового дозволу на перебування (APS): що ви хочете зробити?
    .detail = APS — це документ тимчасового захисту.
titre-de-sejour--aps-kind--first = Уперше попросити APS
titre-de-sejour--aps-kind--renew = Поновити мій APS
titre-de-sejour--aps-kind--prefer-person = Я хочу поговорити з працівником

titre-de-sejour--first-request = Працівник разом з вами з'ясує, як подати заяву.
    .detail = Часто заяву подають онлайн. Ці процедури безкоштовні.
titre-de-sejour--renew-later = Подавати заяву ще трохи зарано.
    .detail = Подайте заяву за 4–2 місяці до закінчення вашої картки. Працівник запише з вами дату.
titre-de-sejour--renew-online = Ви можете поновити картку онлайн.
    .detail = Вам допоможе працівник. Зберігайте документи, які дає вам сайт.
titre-de-sejour--renew-online-help = Працівник допоможе вам відкрити акаунт.
    .detail = Потім він допоможе подати заяву онлайн.
titre-de-sejour--renew-late = Подайте заяву сьогодні, навіть якщо вже пізно.
    .detail = Працівник допоможе вам одразу. Він також підкаже, де отримати безкоштовну консультацію.
titre-de-sejour--waiting-with-paper = Працівник перегляне ваш документ разом з вами.
    .detail = Він перевірить дату закінчення. Він подивиться, на якому етапі ваша заява.
titre-de-sejour--attestation-missing = Працівник допоможе вам попросити довідку про продовження.
    .detail = Цей документ показує, що вашу заяву ще розглядають. Префектура (préfecture) видає його, коли розгляд заяви триває довго.
titre-de-sejour--site-problem = Працівник допоможе вам, навіть якщо сайт не працює.
    .detail = У префектурі (préfecture) є приймальня для людей, які не можуть користуватися сайтом.
titre-de-sejour--aps-first = Працівник допоможе вам попросити APS.
    .detail = Тимчасовий дозвіл на перебування (APS) дає право залишатися у Франції. Він також дає право працювати.
titre-de-sejour--aps-renew = Працівник допоможе вам поновити APS.
    .detail = Зробіть це до дати закінчення. У кожній префектурі свої правила.
