### Papers a visitor may be asked to bring. Machine-drafted from French, not reviewed.
### French names the visitor will see on the paper itself stay in brackets (RIB, avis d'impôt).

document--id-document = Документ, що посвідчує особу, або посвідка на проживання
document--mobile-phone = Ваш мобільний телефон, якщо він у вас є
document--social-security-number = Ваша карта Vitale або папір із вашим номером соціального страхування
document--letter-from-office = Лист від Caf, Assurance maladie або іншої установи
document--domiciliation-certificate = Ваша довідка про domiciliation, якщо вона у вас є
document--income-last-3-months = Ваші доходи за останні 3 місяці, а також доходи людей, які живуть з вами
document--bank-details = Ваші банківські реквізити (RIB), якщо вони у вас є
document--commune-link-proof = Папір, який показує ваш зв'язок із цим містом чи селом, якщо він у вас є
document--residence-permits = Усі ваші посвідки на проживання, навіть старі
document--lease = Ваш договір оренди житла
document--landlord-details = Ім'я та адреса власника житла, а також сума оренди
document--income-papers = Папери про ваші доходи, а також доходи людей, які живуть з вами
document--loan-papers = Папери вашого кредиту на житло
document--tax-notice = Ваше останнє податкове повідомлення (avis d'impôt), якщо воно у вас є
document--id-photo = Фото на документи, зроблене менше 6 місяців тому
document--proof-of-address = Папір із вашою адресою, не старший за 1 рік
document--current-id = Ваше старе посвідчення особи або ваш паспорт, якщо він у вас є
document--pre-application-number = Номер, який дає попередня заява, якщо він у вас є
document--host-id-and-letter = Документ, що посвідчує особу, і підписаний лист людини, у якої ви живете
document--host-proof-of-address = Папір з адресою на ім'я людини, у якої ви живете, не старший за 1 рік
document--loss-or-theft-declaration = Заява про втрату або крадіжку, якщо ваші документи втрачено або вкрадено
document--work-papers = Ваші папери про роботу: розрахункові листи, довідки з роботи, резюме
document--medical-certificate = Медична довідка, яку заповнив ваш лікар, не старша за 1 рік
document--protection-decision = Рішення судді, а також документ, що посвідчує особу вашого опікуна або піклувальника
document--electricity-certificate = Довідка про ваш договір на електроенергію, не старша за 3 місяці
document--energy-cheque = Ваш енергетичний чек
document--energy-bill = Рахунок за електроенергію, газ або опалення

document--birth-certificate = Свідоцтво про народження, видане менше 3 місяців тому, якщо немає нового посвідчення чи паспорта
document--protection-papers = Документи, які вам видала префектура (довідка, дозвіл на перебування)
document--tax-letter = Лист від податкової або ваша остання декларація про доходи, якщо є
document--photo-code = Фото на документи з кодом, зроблене в сертифікованій фотокабіні
document--bank-card = Банківська картка, щоб за потреби заплатити через інтернет
document--driving-licence = Ваше посвідчення водія
document--foreign-licence = Ваше іноземне посвідчення водія
document--vehicle-registration = Техпаспорт транспортного засобу (carte grise)
document--sale-certificate = Сертифікат передачі, підписаний продавцем і покупцем
document--birth-certificate-abroad = Ваше свідоцтво про народження, якщо ви народилися за кордоном
document--proof-of-3-months = Датований документ, що ви у Франції понад 3 місяці
document--proof-of-address-6-months = Документ з вашою адресою, не старший за 6 місяців
document--career-statement = Ваша виписка про трудовий стаж (relevé de carrière), якщо вона у вас є
document--anef-attestations = Довідки з сайту Étrangers en France, на папері або у вашому телефоні
document--aps-document = Ваш тимчасовий дозвіл на перебування (APS), якщо він у вас є
document--received-letter = Отриманий лист, разом з конвертом і всіма сторінками
