### Procedure "rsa" (content/rsa.toml). Translated from locales/fr/rsa.ftl (machine-drafted,
### not reviewed). Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

rsa = دخل التضامن النشط (RSA)

rsa--age = كم عمرك؟
rsa--age--aged-25-or-more = 25 سنة أو أكثر
rsa--age--under-25 = أقل من 25 سنة

rsa--young = هل أنت في إحدى هذه الحالات؟
    .detail = قبل سن 25، يمكن الحصول على RSA في بعض الحالات.
rsa--young--child = لدي طفل، أو أنتظر مولوداً
rsa--young--worked-2-years = عملت بدوام كامل لمدة سنتين، خلال آخر 3 سنوات
rsa--young--none = لست في أي من هذه الحالات

rsa--papers = ما هي الورقة التي لديك للإقامة في فرنسا؟
    .detail = اختر الجواب الأقرب إلى وضعك.
rsa--papers--french-or-european = لدي جنسية فرنسية أو أوروبية أو سويسرية
rsa--papers--permit-5-years = بطاقة إقامة منذ 5 سنوات أو أكثر
rsa--papers--refugee = طلبت اللجوء، أو لدي حماية
rsa--papers--permit-recent = بطاقة إقامة منذ أقل من 5 سنوات
rsa--papers--no-permit = ليس لدي بطاقة إقامة

rsa--protection = ما هو وضعك؟
    .detail = انظر إلى الورقة التي أعطتك إياها المحافظة (préfecture).
rsa--protection--refugee-or-subsidiary = لدي صفة لاجئ، أو الحماية الفرعية
rsa--protection--temporary-protection = لدي الحماية المؤقتة (أوكرانيا مثلاً)
rsa--protection--asylum-seeker = طلبت اللجوء، وأنتظر الجواب

rsa--address = هل لديك عنوان لاستلام رسائلك؟
rsa--address--home = نعم، في بيتي
rsa--address--hosted = نعم، عند شخص يستضيفني
rsa--address--domiciliation = نعم، عنوان لاستلام الرسائل (domiciliation)
rsa--address--no-address = لا

rsa--caf-account = هل لديك حساب على موقع Caf؟
    .detail = تطلب RSA على الإنترنت. يمكن أن يساعدك شخص.
rsa--caf-account--can-log-in = نعم، وأستطيع الدخول إليه
rsa--caf-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
rsa--caf-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
rsa--caf-account--no-email = لا، وليس لدي عنوان بريد إلكتروني

rsa--apply-online = قد يحق لك الحصول على RSA.
    .detail = سيساعدك شخص على تقديم الطلب على الإنترنت. القرار عند Caf.
rsa--reset-then-apply = سيساعدك شخص على استعادة حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب RSA. القرار عند Caf.
rsa--create-account = سيساعدك شخص على إنشاء حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب RSA. القرار عند Caf.
rsa--address-first = تحتاج أولاً إلى عنوان لاستلام رسائلك.
    .detail = سيساعدك شخص على طلب هذا العنوان (domiciliation). بعد ذلك، يمكنك أن تطلب RSA.
rsa--check-papers = سينظر شخص في وضعك معك.
    .detail = بالنسبة إلى RSA، بطاقة إقامتك مهمة. أحضر كل بطاقات إقامتك.
rsa--temporary-protection = سيبحث معك شخص عن المساعدات الممكنة.
    .detail = مع الحماية المؤقتة، لا يمكن عادةً الحصول على RSA. توجد مساعدات أخرى.
rsa--asylum-seeker = سيحدثك شخص عن المساعدة المخصصة لطالبي اللجوء.
    .detail = خلال دراسة طلب اللجوء، لا يمكن الحصول على RSA. يدفع المكتب الفرنسي للهجرة والاندماج (OFII) مساعدة أخرى.
rsa--young-other = سيبحث معك شخص عن المساعدات الممكنة.
    .detail = قبل سن 25، يمكن الحصول على RSA في بعض الحالات فقط.
