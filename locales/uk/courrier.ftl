### Procedure "courrier" (content/courrier.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

courrier = Я отримав(-ла) лист, якого не розумію

courrier--sender = Хто вам написав?
    .detail = Подивіться на назву або логотип угорі листа.
courrier--sender--caf = Caf (каса сімейних допомог)
courrier--sender--impots = Податкова служба (impôts)
courrier--sender--assurance-maladie = Медичне страхування (Assurance maladie)
courrier--sender--france-travail = France Travail (служба зайнятості)
courrier--sender--prefecture = Префектура (préfecture)
courrier--sender--justice = Суд або судовий виконавець (commissaire de justice)
courrier--sender--bank = Банк
courrier--sender--other-sender = Хтось інший

courrier--what-asked = Що від вас просять у листі?
courrier--what-asked--pay = Заплатити гроші
courrier--what-asked--send-paper = Надіслати документ
courrier--what-asked--date = Прийти на зустріч
courrier--what-asked--stop-aid = Припиняють або відмовляють у допомозі

courrier--deadline = У листі є крайній строк?
    .detail = Або там написано « mise en demeure » (офіційна вимога)?
courrier--deadline--yes = Так
courrier--deadline--no = Ні

courrier--urgent-with-you = Лист у вас із собою?
    .detail = Цей лист може бути терміновим.
courrier--urgent-with-you--yes = Так
courrier--urgent-with-you--no = Ні

courrier--with-you = Лист у вас із собою?
courrier--with-you--yes = Так
courrier--with-you--no = Ні

courrier--read-today = Працівник прочитає ваш лист разом з вами сьогодні.
    .detail = Цей лист може бути терміновим. Перш ніж платити, покажіть його працівнику.
courrier--bring-today = Поверніться сьогодні з листом, якщо можете.
    .detail = Цей лист може бути терміновим. Працівник прочитає його разом з вами.
courrier--read-together = Працівник прочитає ваш лист разом з вами.
    .detail = Він пояснить, що в ньому просять. Він скаже, що робити.
courrier--bring-letter = Поверніться з листом.
    .detail = Працівник прочитає його разом з вами. Принесіть також конверт та інші сторінки.
