### The kiosk's own words. Translated from locales/fr/kiosk.ftl into Modern Standard Arabic
### (machine-drafted, not reviewed by a native speaker).
###
### Choices made for every Arabic file, so that a reviewer can keep them or change them all:
### - Simple Modern Standard Arabic that Maghreb and Levant readers both understand; "you" is
###   the usual masculine form, and neutral forms are used where they are just as simple.
### - Numbers in Western digits (0-9), as on French paperwork. One and two are said by the
###   noun itself ("سنة", "شهرين"): "1 سنة" reads as a mistake in Arabic.
### - Few short vowels (tashkeel): only where a word could be read two ways. No shadda in
###   displayed texts: espeak-ng's Arabic voice mispronounces words that carry one.
### - French names that the visitor sees on buildings and letters (Caf, RSA, MDPH, Ameli…)
###   stay in Latin letters, always with spaces around them so that the glossary finds them.
### - Every text starts with an Arabic word: a paragraph whose first letter is Latin is laid
###   out left to right, and its Arabic then reads in the wrong order.

attract-greeting = مرحباً
attract-touch = المس الشاشة للبدء.
language-question = اختر لغتك.
procedures-question = ما سبب زيارتك اليوم؟
procedure-other = لا أعرف، أو شيء آخر
progress = السؤال { $current } من حوالي { $total }
choice-dont-know = لا أعرف

button-back = رجوع
button-start-over = البدء من جديد
button-talk = التحدث إلى شخص
button-listen = الاستماع مرة أخرى
button-slower = أبطأ
button-large-text = نص أكبر
button-normal-text = نص عادي
button-contrast = تباين الألوان
button-normal-speed = سرعة عادية
button-hear = استمع
button-continue = متابعة
button-print = طباعة تذكرتي
button-done = انتهيت
button-still-here = ما زلت هنا

button-close = إغلاق
button-scroll-down = عرض المزيد
button-scroll-up = الرجوع إلى الأعلى
term-question = ما معنى «{ $word }»؟
# The label of a glossary word's button: the word and a question mark. It starts with a
# right-to-left mark (U+200F), so that a Latin word (Caf) still reads right to left: «؟Caf».
term-button = ‏{ $word }؟

outcome-bring = ما يجب أن تحضره:
outcome-person = سيساعدك موظف من الاستقبال.

## Review of the answers, before the result

review-title = راجع إجاباتك.
review-hint = لتغيير إجابة، المسها.
button-review-ok = هذا صحيح، تابع

handoff-title = رقمك
handoff-printed = خذ تذكرتك. أظهرها في الاستقبال.
handoff-not-printed = لم تُطبع التذكرة. قل هذا الرقم في الاستقبال.
handoff-where = انتظر في الاستقبال. سيناديك شخص.

idle-title = هل ما زلت هنا؟
# Arabic counts with its own noun forms: 1 and 2 are said by the noun alone, 3 to 10 take the
# plural, 11 and more the singular.
idle-countdown = { $seconds ->
        [one] إذا لم تجب، سيُمحى كل شيء بعد ثانية واحدة.
        [two] إذا لم تجب، سيُمحى كل شيء بعد ثانيتين.
        [few] إذا لم تجب، سيُمحى كل شيء بعد { $seconds } ثوان.
       *[other] إذا لم تجب، سيُمحى كل شيء بعد { $seconds } ثانية.
    }
idle-spoken = المس «ما زلت هنا» للمتابعة. وإلا سيُمحى كل شيء.

## Digits, to read the ticket number one digit at a time.
## These are only spoken, never shown: they carry full short vowels, which espeak-ng needs to
## say them well.
digit-0 = صِفْر
digit-1 = واحِد
digit-2 = اِثْنان
digit-3 = ثَلاثَة
digit-4 = أَرْبَعَة
digit-5 = خَمْسَة
digit-6 = سِتَّة
digit-7 = سَبْعَة
digit-8 = ثَمانِيَة
digit-9 = تِسْعَة

ticket-number = رقمك
ticket-bring = ما يجب إحضاره
ticket-where = إلى أين تذهب
ticket-guidance = هذه الورقة ترشدك. سيتحقق منها موظف الاستقبال.
ticket-link = الموقع الرسمي
ticket-translation-unreviewed = هذه ترجمة آلية. لم يراجعها أحد بعد.

## Where to go: the labels of a site's place (its places file).
place-days = الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
place-hours = ساعات العمل:
place-phone = الهاتف:
place-appointment = بموعد مسبق.
place-step-free = مدخل بدون درج.

## Issue 20 (machine-drafted, not reviewed): louder or quieter, main buttons named by their icons.
button-louder = صوت أعلى
button-quieter = صوت أخفض
volume-louder = صوت أعلى
volume-loudest = هذا أعلى صوت.
volume-quieter = صوت أخفض
volume-quietest = هذا أخفض صوت.
hint-continue = للمتابعة، المس الزر الذي عليه السهم.
hint-print = لطباعة تذكرتك، المس الزر الذي عليه الطابعة.
hint-confirm = إذا كان هذا صحيحًا، المس الزر الذي عليه الإبهام المرفوع.
hint-done = عندما تنتهي، المس الزر الذي عليه اليد التي تلوّح.
