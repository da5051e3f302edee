### Procedure "carte-identite" (content/carte-identite.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

carte-identite = Посвідчення особи або паспорт

carte-identite--goal = Що ви хочете зробити?
carte-identite--goal--first-id-card = Моє перше посвідчення особи
carte-identite--goal--renew-id-card = Оновити моє посвідчення особи
carte-identite--goal--passport = Паспорт
carte-identite--goal--lost-or-stolen = Моє посвідчення або паспорт втрачено чи вкрадено

carte-identite--lost-or-stolen = Ваші документи вкрали? Спочатку зверніться до поліції.
    .detail = Поліція оформить вам заяву про крадіжку. Якщо документи втрачено, ви заповнюєте заяву про втрату.

carte-identite--photo = Чи є у вас фото на документи, зроблене менше 6 місяців тому?
carte-identite--photo--yes = Так
carte-identite--photo--no = Ні

carte-identite--pre-application = Чи є у вас попередня заява, заповнена в інтернеті?
    .detail = Це не обов'язково. Ви також можете заповнити бланк у мерії.
carte-identite--pre-application--done = Так, у мене є номер
carte-identite--pre-application--not-done = Ні

carte-identite--address = Чи є у вас папір з вашою адресою?
    .detail = Цей папір має бути не старший за 1 рік.
carte-identite--address--own-name = Так, на моє ім'я
carte-identite--address--hosted = Я живу в іншої людини
carte-identite--address--domiciliation = У мене є domiciliation
carte-identite--address--no-address = Ні, у мене немає адреси

carte-identite--book-appointment = Потрібно записатися на прийом у мерію, яка оформлює ці документи.
    .detail = Там у вас візьмуть відбитки пальців. Працівник допоможе вам знайти час прийому.
carte-identite--book-appointment-hosted = Потрібно записатися на прийом у мерію, яка оформлює ці документи.
    .detail = Людина, у якої ви живете, має дати вам деякі папери. Ось їхній список.
carte-identite--address-first = Спочатку вам потрібна адреса для пошти.
    .detail = Працівник допоможе вам попросити domiciliation. Потім ви зможете записатися на прийом.

carte-identite--nationality = Чи маєте ви французьке громадянство?
    .detail = Ми питаємо, щоб направити вас у потрібне місце.
carte-identite--nationality--yes = Так
carte-identite--nationality--no = Ні
carte-identite--foreign-goal = Що вам потрібно?
carte-identite--foreign-goal--lost-passport = Мій паспорт втрачено або вкрадено
carte-identite--foreign-goal--lost-residence-permit = Мою посвідку на проживання втрачено або вкрадено
carte-identite--foreign-goal--french-papers = Французьке посвідчення особи або паспорт
carte-identite--consulate = Щоб отримати новий паспорт, зверніться до консульства вашої країни.
    .detail = Консульство — це установа вашої країни у Франції. Працівник допоможе вам його знайти.
carte-identite--residence-permit-lost = Про втрату чи крадіжку посвідки на проживання треба повідомити префектуру.
    .detail = Часто це робиться в інтернеті. Працівник допоможе вам.
carte-identite--french-papers-only = Французьке посвідчення особи та паспорт видають лише громадянам Франції.
    .detail = Працівник разом з вами знайде документ, який вам підходить.
