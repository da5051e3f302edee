### Procedure "prime-activite" (content/prime-activite.toml). Translated from
### locales/fr/prime-activite.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

prime-activite = منحة النشاط (prime d'activité)

prime-activite--goal = ماذا تريد أن تفعل؟
prime-activite--goal--apply = طلب منحة النشاط
prime-activite--goal--declare = التصريح بمداخيلي كل 3 أشهر
prime-activite--goal--pay-back = يطلب مني Caf إرجاع مال

prime-activite--work = هل لديك عمل حالياً؟
    .detail = منحة النشاط للأشخاص الذين يعملون.
prime-activite--work--employee = نعم، أعمل عند صاحب عمل
prime-activite--work--self-employed = نعم، أعمل لحسابي الخاص
prime-activite--work--student = نعم، وأنا طالب أو متدرب
prime-activite--work--not-working = لا، لا أعمل

prime-activite--papers = ما هي الورقة التي لديك للإقامة في فرنسا؟
    .detail = اختر الجواب الأقرب إلى وضعك.
prime-activite--papers--french-or-european = لدي جنسية فرنسية أو أوروبية أو سويسرية
prime-activite--papers--permit-5-years = بطاقة إقامة منذ 5 سنوات أو أكثر
prime-activite--papers--refugee = طلبت اللجوء، أو لدي حماية
prime-activite--papers--permit-recent = بطاقة إقامة منذ أقل من 5 سنوات
prime-activite--papers--no-permit = ليس لدي بطاقة إقامة

prime-activite--protection = ما هو وضعك؟
    .detail = انظر إلى الورقة التي أعطتك إياها المحافظة (préfecture).
prime-activite--protection--refugee-or-subsidiary = لدي صفة لاجئ، أو الحماية الفرعية
prime-activite--protection--temporary-protection = لدي الحماية المؤقتة (أوكرانيا مثلاً)
prime-activite--protection--asylum-seeker = طلبت اللجوء، وأنتظر الجواب

prime-activite--caf-account = هل لديك حساب على موقع Caf؟
    .detail = تُطلب منحة النشاط على الإنترنت فقط. يمكن أن يساعدك شخص.
prime-activite--caf-account--can-log-in = نعم، وأستطيع الدخول إليه
prime-activite--caf-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
prime-activite--caf-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
prime-activite--caf-account--no-email = لا، وليس لدي عنوان بريد إلكتروني

prime-activite--apply-online = قد يحق لك الحصول على منحة النشاط.
    .detail = سيساعدك شخص على تقديم الطلب على الإنترنت. القرار عند Caf.
prime-activite--reset-then-apply = سيساعدك شخص على استعادة حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب منحة النشاط. القرار عند Caf.
prime-activite--create-account = سيساعدك شخص على إنشاء حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب منحة النشاط. القرار عند Caf.
prime-activite--check-papers = سينظر شخص في وضعك معك.
    .detail = لمنحة النشاط، بطاقة إقامتك مهمة. أحضر كل بطاقات إقامتك.
prime-activite--temporary-protection = سيتحقق معك شخص إن كانت منحة النشاط ممكنة.
    .detail = مع الحماية المؤقتة، القواعد خاصة. توجد أيضاً مساعدات أخرى.
prime-activite--asylum-seeker = سيحدثك شخص عن المساعدة المخصصة لطالبي اللجوء.
    .detail = خلال دراسة طلب اللجوء، لا يمكن الحصول على منحة النشاط. يدفع المكتب الفرنسي للهجرة والاندماج (OFII) مساعدة أخرى.
prime-activite--not-working = سيبحث معك شخص عن المساعدات الممكنة.
    .detail = منحة النشاط فقط للأشخاص الذين يعملون.

prime-activite--declare-login = هل يمكنك الدخول إلى موقع Caf؟
prime-activite--declare-login--yes = نعم
prime-activite--declare-login--no = لا

prime-activite--declare-help = سيساعدك شخص على القيام بتصريحك.
    .detail = هذا التصريح يكون كل 3 أشهر. بدونه، يتوقف المال.

prime-activite--overpayment = سيقرأ معك شخص رسالة Caf.
    .detail = سيشرح لك ما يمكنك فعله. أحضر الرسالة.
