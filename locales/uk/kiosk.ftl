### The kiosk's own words. Translated from locales/fr/kiosk.ftl (machine-drafted, not reviewed).
### First-person texts avoid the past tense: in Ukrainian it says whether the speaker is a man
### or a woman ("Готово", not "Я закінчив").

attract-greeting = Добрий день
attract-touch = Торкніться екрана, щоб почати.
language-question = Виберіть свою мову.
procedures-question = З чим ви прийшли сьогодні?
procedure-other = Я не знаю, або щось інше
progress = Питання { $current } із приблизно { $total }
choice-dont-know = Я не знаю

button-back = Назад
button-start-over = Почати знову
button-talk = Поговорити з людиною
button-listen = Послухати ще раз
button-slower = Повільніше
button-large-text = Більший текст
button-normal-text = Звичайний текст
button-contrast = Контраст
button-normal-speed = Звичайна швидкість
button-hear = Послухати
button-continue = Далі
button-print = Надрукувати мій талон
button-done = Готово
button-still-here = Я ще тут

button-close = Закрити
button-scroll-down = Показати далі
button-scroll-up = Повернутися вгору
term-question = Що таке «{ $word }»?
# The label of a glossary word's button: the word and a question mark.
term-button = { $word }?

outcome-bring = Що принести:
outcome-person = Вам допоможе працівник на рецепції.

## Review of the answers, before the result

review-title = Перевірте свої відповіді.
review-hint = Щоб змінити відповідь, торкніться її.
button-review-ok = Усе правильно, далі

handoff-title = Ваш номер
handoff-printed = Візьміть свій талон. Покажіть його на рецепції.
handoff-not-printed = Талон не надруковано. Назвіть цей номер на рецепції.
handoff-where = Зачекайте біля рецепції. Працівник вас покличе.

idle-title = Ви ще тут?
idle-countdown = Якщо ви не відповісте, усе буде стерто через { $seconds } { $seconds ->
        [one] секунду
        [few] секунди
       *[other] секунд
    }.
idle-spoken = Торкніться «Я ще тут», щоб продовжити. Інакше все буде стерто.

## Digits, to read the ticket number one digit at a time.
digit-0 = нуль
digit-1 = один
digit-2 = два
digit-3 = три
digit-4 = чотири
digit-5 = п'ять
digit-6 = шість
digit-7 = сім
digit-8 = вісім
digit-9 = дев'ять

ticket-number = Ваш номер
ticket-bring = Що принести
ticket-where = Куди йти
ticket-guidance = Цей папір підказує, куди звернутися. Працівник рецепції все перевірить.
ticket-link = Офіційний сайт
ticket-translation-unreviewed = Це машинний переклад. Людина його ще не перевірила.

## Where to go: the labels of a site's place (its places file).
place-days = пн вт ср чт пт сб нд
place-hours = Години роботи:
place-phone = Телефон:
place-appointment = За записом.
place-step-free = Вхід без сходинок.

## Issue 20 (machine-drafted, not reviewed): louder or quieter, main buttons named by their icons.
button-louder = Гучніше
button-quieter = Тихіше
volume-louder = Гучніше
volume-loudest = Це найгучніше.
volume-quieter = Тихіше
volume-quietest = Це найтихіше.
hint-continue = Щоб продовжити, торкніться кнопки зі стрілкою.
hint-print = Щоб надрукувати талон, торкніться кнопки з принтером.
hint-confirm = Якщо все правильно, торкніться кнопки з піднятим великим пальцем.
hint-done = Коли закінчите, торкніться кнопки з рукою, що махає.
