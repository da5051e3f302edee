### Procedure "titre-de-sejour" (content/titre-de-sejour.toml). Translated from
### locales/fr/titre-de-sejour.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### The questions never ask the visitor's status. Every text starts with an Arabic word.

titre-de-sejour = بطاقة الإقامة والمحافظة (préfecture)

titre-de-sejour--goal = ماذا تريد أن تفعل؟
    .detail = يمكنك أيضاً أن تتحدث مع شخص.
titre-de-sejour--goal--renew = تجديد بطاقة إقامتي
titre-de-sejour--goal--first-request = تقديم طلب أول
titre-de-sejour--goal--waiting = قدّمت طلباً، وأنتظر الجواب
titre-de-sejour--goal--ukraine = الحماية المؤقتة، للأشخاص القادمين من أوكرانيا
titre-de-sejour--goal--site-blocked = الموقع على الإنترنت لا يعمل معي
titre-de-sejour--goal--prefer-person = أفضّل أن أتحدث مع شخص

titre-de-sejour--renew-when = متى تنتهي بطاقة إقامتك؟
    .detail = التاريخ مكتوب على البطاقة.
titre-de-sejour--renew-when--in-more-than-4-months = بعد أكثر من 4 أشهر
titre-de-sejour--renew-when--in-2-to-4-months = بعد 2 إلى 4 أشهر
titre-de-sejour--renew-when--in-less-than-2-months = بعد أقل من شهرين، أو انتهت
titre-de-sejour--renew-when--prefer-person = أفضّل أن أتحدث مع شخص

titre-de-sejour--anef-account = هل لديك حساب على موقع Étrangers en France؟
    .detail = هو موقع الدولة لبطاقات الإقامة.
titre-de-sejour--anef-account--can-log-in = نعم، وأستطيع الدخول إليه
titre-de-sejour--anef-account--lost-password = نعم، لكنني لم أعد أستطيع الدخول
titre-de-sejour--anef-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
titre-de-sejour--anef-account--no-email = لا، وليس لدي عنوان بريد إلكتروني
titre-de-sejour--anef-account--prefer-person = أفضّل أن أتحدث مع شخص

titre-de-sejour--waiting-paper = هل لديك ورقة تُثبت طلبك؟
    .detail = مثلاً شهادة تمديد (attestation de prolongation) أو وصل (récépissé).
titre-de-sejour--waiting-paper--has-paper = نعم، لدي هذه الورقة
titre-de-sejour--waiting-paper--no-paper = لا، أو ستنتهي قريباً
titre-de-sejour--waiting-paper--prefer-person = أفضّل أن أتحدث مع شخص

titre-de-sejour--aps-kind = بخصوص رخصة الإقامة المؤقتة (APS)، ماذا تريد أن تفعل؟
    .detail = رخصة الإقامة المؤقتة هي ورقة الحماية المؤقتة.
titre-de-sejour--aps-kind--first = طلب رخصة الإقامة المؤقتة (APS) لأول مرة
titre-de-sejour--aps-kind--renew = تجديد رخصة الإقامة المؤقتة (APS)
titre-de-sejour--aps-kind--prefer-person = أفضّل أن أتحدث مع شخص

titre-de-sejour--first-request = شخص يبحث معك عن طريقة تقديم الطلب.
    .detail = غالباً يُقدَّم الطلب على الإنترنت. هذه الإجراءات مجانية.
titre-de-sejour--renew-later = ما زال الوقت مبكراً قليلاً لتقديم الطلب.
    .detail = قدّم الطلب بين 4 أشهر وشهرين قبل نهاية بطاقتك. شخص يسجّل التاريخ معك.
titre-de-sejour--renew-online = يمكنك تجديد بطاقتك على الإنترنت.
    .detail = شخص يساعدك. احتفظ جيداً بالأوراق التي يعطيك إياها الموقع.
titre-de-sejour--renew-online-help = شخص يساعدك على فتح حسابك.
    .detail = بعد ذلك، يساعدك على تقديم الطلب على الإنترنت.
titre-de-sejour--renew-late = قدّم الطلب اليوم، حتى لو تأخرت.
    .detail = شخص يساعدك فوراً. ويمكنه أن يدلّك على مكان تجد فيه نصيحة مجانية.
titre-de-sejour--waiting-with-paper = شخص ينظر في ورقتك معك.
    .detail = يتحقق من تاريخ النهاية. وينظر أين وصل طلبك.
titre-de-sejour--attestation-missing = شخص يساعدك على طلب شهادة تمديد (attestation de prolongation).
    .detail = هذه الورقة تُثبت أن طلبك ما زال قيد الدراسة. تعطيها المحافظة (préfecture) عندما تطول دراسة الطلب.
titre-de-sejour--site-problem = شخص يساعدك، حتى لو كان الموقع لا يعمل.
    .detail = في المحافظة (préfecture) مكتب استقبال للأشخاص الذين لا يستطيعون استعمال الموقع.
titre-de-sejour--aps-first = شخص يساعدك على طلب رخصة الإقامة المؤقتة (APS).
    .detail = رخصة الإقامة المؤقتة (APS) تسمح لك بالبقاء في فرنسا. وتسمح لك أيضاً بالعمل.
titre-de-sejour--aps-renew = شخص يساعدك على تجديد رخصة الإقامة المؤقتة (APS).
    .detail = افعل ذلك قبل تاريخ النهاية. لكل محافظة قواعدها.
