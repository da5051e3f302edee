### Procedure "domiciliation" (content/domiciliation.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

domiciliation = Адреса для отримання пошти (domiciliation)

domiciliation--goal = Що ви хочете зробити?
    .detail = Domiciliation — це адреса, щоб отримувати вашу пошту.
domiciliation--goal--apply = Отримати адресу для моєї пошти
domiciliation--goal--renew = Поновити мою domiciliation
domiciliation--goal--refused = Мені відмовили в domiciliation
domiciliation--goal--asylum = Я прошу притулку у Франції

domiciliation--link = Що з цього правда для вас у цій громаді?
    .detail = Щоб отримати адресу тут, потрібен зв'язок із цією громадою (commune).
domiciliation--link--live-here = Я живу або ночую тут
domiciliation--link--work-here = Я працюю тут
domiciliation--link--family-here = У мене тут родина
domiciliation--link--child-at-school = Моя дитина ходить тут до школи
domiciliation--link--social-worker = Тут мене супроводжує соціальний працівник
domiciliation--link--no-link = Жодного зв'язку

domiciliation--identity = Чи є у вас документ, що посвідчує особу, або посвідка на проживання?
    .detail = Навіть без посвідки на проживання ви можете отримати адресу для деяких справ.
domiciliation--identity--yes = Так
domiciliation--identity--no = Ні

domiciliation--apply = Можливо, ви маєте право на domiciliation.
    .detail = Працівник допоможе вам подати заяву. Відповідь надійде протягом 2 місяців.
domiciliation--renew = Працівник допоможе вам поновити вашу domiciliation.
    .detail = Вона діє 1 рік. Приходьте по свою пошту щонайменше раз на 3 місяці.
domiciliation--refused = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Принесіть лист із відмовою, якщо він у вас є.
domiciliation--asylum = Працівник скаже вам, де просити адресу.
    .detail = Це SPADA (прийом шукачів притулку) або ваш центр проживання.
domiciliation--no-link = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Він разом з вами шукатиме, де попросити адресу.
