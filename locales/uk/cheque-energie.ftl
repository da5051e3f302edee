### Procedure "cheque-energie" (content/cheque-energie.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

cheque-energie = Енергетичний чек (chèque énergie)

cheque-energie--situation = Чи отримали ви енергетичний чек?
    .detail = Він допомагає оплатити частину рахунків за електрику, газ або опалення.
cheque-energie--situation--received = Так, він прийшов
cheque-energie--situation--not-received = Ні, він не прийшов

cheque-energie--tax-return = Ви подаєте податкову декларацію щороку?
    .detail = Для енергетичного чека її треба подавати, навіть якщо ви не платите податків.
cheque-energie--tax-return--yes = Так
cheque-energie--tax-return--no = Ні

cheque-energie--electricity = Договір на електроенергію оформлено на ваше ім'я?
cheque-energie--electricity--my-name = Так, на моє ім'я
cheque-energie--electricity--other-name = Ні, на ім'я іншої людини
cheque-energie--electricity--no-contract = У мене немає договору на електроенергію

cheque-energie--apply = Можливо, ви можете попросити енергетичний чек.
    .detail = Працівник допоможе вам подати заяву. Рішення ухвалює держава.
cheque-energie--declare-taxes-first = Спочатку потрібно подати податкову декларацію.
    .detail = Для енергетичного чека її треба подавати щороку. Працівник вам допоможе.
cheque-energie--check-situation = Працівник розгляне вашу ситуацію разом з вами.
    .detail = Щоб подати заяву, потрібен договір на електрику на ваше ім'я.
cheque-energie--use-cheque = Працівник допоможе вам використати чек.
    .detail = Він оплачує частину ваших рахунків за енергію. Подивіться дату закінчення, написану на чеку.
