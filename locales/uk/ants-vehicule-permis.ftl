### Procedure "ants-vehicule-permis" (content/ants-vehicule-permis.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

ants-vehicule-permis = Посвідчення водія і техпаспорт (carte grise)

ants-vehicule-permis--goal = З чим ви прийшли?
    .detail = Ці справи робляться тільки через інтернет, на сайті ANTS (Національного агентства захищених документів).
ants-vehicule-permis--goal--licence = Щодо мого посвідчення водія
ants-vehicule-permis--goal--vehicle = Щодо техпаспорта мого транспортного засобу

ants-vehicule-permis--licence-problem = Що сталося з вашим посвідченням?
ants-vehicule-permis--licence-problem--lost = Я його загубив(-ла)
ants-vehicule-permis--licence-problem--stolen = Його в мене вкрали
ants-vehicule-permis--licence-problem--expired = Воно більше не дійсне або пошкоджене
ants-vehicule-permis--licence-problem--foreign = У мене посвідчення іншої країни

ants-vehicule-permis--licence-country = Де ви отримали своє посвідчення?
ants-vehicule-permis--licence-country--europe = У країні Європейського Союзу
ants-vehicule-permis--licence-country--other-country = В іншій країні

ants-vehicule-permis--vehicle-change = Що сталося з вашим транспортним засобом?
ants-vehicule-permis--vehicle-change--moved = Я переїхав(-ла)
ants-vehicule-permis--vehicle-change--bought = Я купив(-ла) транспортний засіб
ants-vehicule-permis--vehicle-change--sold = Я продав(-ла) або подарував(-ла) свій транспортний засіб

ants-vehicule-permis--bought-from = У кого ви купили транспортний засіб?
ants-vehicule-permis--bought-from--garage = В автосалоні чи гаражі
ants-vehicule-permis--bought-from--private-person = В іншої людини

ants-vehicule-permis--licence-lost = Вам допоможуть замовити нове посвідчення через інтернет.
    .detail = Потрібне фото на документи з кодом. Потім папір дозволить вам керувати 2 місяці.
ants-vehicule-permis--licence-stolen = Спочатку йдіть до поліції або жандармерії.
    .detail = Вам дадуть папір. З ним вам допоможуть замовити нове посвідчення.
ants-vehicule-permis--licence-renew = Хтось подивиться ваше посвідчення разом з вами.
    .detail = Якщо треба, вам допоможуть замовити нове посвідчення через інтернет.
ants-vehicule-permis--licence-exchange = Вам допоможуть обміняти посвідчення на французьке.
    .detail = Є кінцевий строк. Приходьте швидко, з посвідченням і посвідкою на проживання.
ants-vehicule-permis--licence-europe = Разом з вами перевірять, чи треба міняти посвідчення.
    .detail = Часто дійсного європейського посвідчення достатньо, щоб керувати у Франції.
ants-vehicule-permis--address-change = Вам допоможуть змінити адресу в техпаспорті.
    .detail = Це треба зробити протягом місяця після переїзду. Це робиться через інтернет.
ants-vehicule-permis--buy-registration = Вам допоможуть оформити техпаспорт на ваше ім'я.
    .detail = Попросіть у продавця підписаний техпаспорт і код передачі.
ants-vehicule-permis--bought-from-garage = Спочатку попросіть гараж оформити техпаспорт.
    .detail = Часто гараж може це зробити. Якщо ні, вам допоможуть тут.
ants-vehicule-permis--sale-declaration = Вам допоможуть задекларувати продаж через інтернет.
    .detail = Наприкінці ви даєте покупцеві код.
