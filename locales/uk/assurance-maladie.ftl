### Procedure "assurance-maladie" (content/assurance-maladie.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

assurance-maladie = Медичне страхування і картка Vitale

assurance-maladie--goal = Що ви хочете зробити щодо медичного страхування?
    .detail = Медичне страхування (Assurance maladie) відшкодовує ваші витрати на лікування. Довідка про права підтверджує, що воно у вас є.
assurance-maladie--goal--get-covered = Отримати медичне страхування вперше
assurance-maladie--goal--vitale = Отримати картку Vitale
assurance-maladie--goal--attestation = Отримати довідку про права (attestation de droits)

assurance-maladie--residence-paper = Чи є у вас посвідка на проживання?
    .detail = Ваша відповідь потрібна лише, щоб знайти потрібну допомогу. Можна також поговорити про це з людиною.
assurance-maladie--residence-paper--french-or-european = Я громадянин Франції або європейської країни
assurance-maladie--residence-paper--has-permit = Так, у мене є посвідка на проживання або квитанція (récépissé)
assurance-maladie--residence-paper--not-now = Ні, поки що немає
assurance-maladie--residence-paper--prefer-person = Я волію поговорити про це з людиною

assurance-maladie--work = Ви працюєте у Франції?
assurance-maladie--work--works = Так, я працюю
assurance-maladie--work--no-work = Ні, я не працюю

assurance-maladie--since-3-months = Ви живете у Франції понад 3 місяці?
assurance-maladie--since-3-months--yes = Так, понад 3 місяці
assurance-maladie--since-3-months--no = Ні, менше 3 місяців

assurance-maladie--ame-3-months = Ви у Франції понад 3 місяці?
    .detail = Понад 3 місяці без виїзду.
assurance-maladie--ame-3-months--yes = Так, понад 3 місяці
assurance-maladie--ame-3-months--no = Ні, менше 3 місяців

assurance-maladie--has-number = Чи є у вас номер соціального страхування?
    .detail = Він є в листах від медичного страхування.
assurance-maladie--has-number--yes-number = Так, у мене є номер
assurance-maladie--has-number--temporary = Так, але це тимчасовий номер
assurance-maladie--has-number--no-number = Ні, у мене немає номера

assurance-maladie--ameli-account = Чи є у вас обліковий запис на сайті Ameli?
assurance-maladie--ameli-account--can-log-in = Так, і я можу увійти
assurance-maladie--ameli-account--lost-password = Так, але я більше не можу увійти
assurance-maladie--ameli-account--no-account = Ні, у мене немає облікового запису

assurance-maladie--cover-worker = Вам допоможуть отримати номер соціального страхування.
    .detail = Принесіть документи про роботу. Рішення ухвалює медичне страхування.
assurance-maladie--cover-resident = Вам допоможуть подати заяву на медичне страхування.
    .detail = Це універсальний медичний захист (PUMa). Рішення ухвалює медичне страхування.
assurance-maladie--cover-soon = Вашу ситуацію розглянуть разом з вами.
    .detail = Часто треба прожити у Франції понад 3 місяці. Є винятки.
assurance-maladie--ame-apply = Вам допоможуть подати заяву на державну медичну допомогу (AME).
    .detail = AME покриває ваше лікування. Ви отримаєте картку AME, а не картку Vitale.
assurance-maladie--ame-not-yet = Разом з вами подивляться, як отримати лікування.
    .detail = Для AME треба бути у Франції понад 3 місяці. Діти отримують її без очікування.
assurance-maladie--order-vitale = Вам допоможуть замовити картку Vitale.
    .detail = Поки що довідка про права підтверджує, що у вас є медичне страхування.
assurance-maladie--provisional-number = Вам пояснять ваш тимчасовий номер.
    .detail = З цим номером ваше лікування відшкодовують. Картка Vitale буде пізніше.
assurance-maladie--download-attestation = Вам допоможуть роздрукувати довідку про права.
assurance-maladie--attestation-reset = Вам допоможуть відновити доступ до облікового запису Ameli.
    .detail = Потім вам допоможуть роздрукувати довідку про права.
assurance-maladie--attestation-no-account = Вам допоможуть отримати довідку про права.
    .detail = Через обліковий запис Ameli або в терміналі медичного страхування.
