### Procedure "france-travail" (content/france-travail.toml). Translated from
### locales/fr/france-travail.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

france-travail = التسجيل في France Travail

france-travail--situation = ما هو وضعك؟
france-travail--situation--job-ended = توقف عملي للتو
france-travail--situation--looking = أبحث عن عمل
france-travail--situation--rsa = أطلب أو أحصل على دخل التضامن النشط (RSA)
france-travail--situation--already-registered = سجلت من قبل

france-travail--deadline = سجل بسرعة بعد انتهاء عملك.
    .detail = للحصول على منحة البطالة، يجب التسجيل خلال 12 شهراً.

france-travail--papers = ما هي الورقة التي لديك للإقامة في فرنسا؟
    .detail = اختر الجواب الأقرب إلى وضعك.
france-travail--papers--french-or-european = لدي جنسية فرنسية أو أوروبية أو سويسرية
france-travail--papers--work-permit = بطاقة إقامة تسمح لي بالعمل
france-travail--papers--no-work-permit = بطاقة إقامة لا تسمح لي بالعمل
france-travail--papers--no-permit = ليس لدي بطاقة إقامة

france-travail--social-security = هل لديك رقم الضمان الاجتماعي؟
    .detail = هو مكتوب على بطاقة Vitale.
france-travail--social-security--yes = نعم
france-travail--social-security--no = لا

france-travail--email = هل لديك عنوان بريد إلكتروني؟
    .detail = تحتاج إليه لحسابك على موقع France Travail.
france-travail--email--yes = نعم
france-travail--email--no = لا

france-travail--register-online = سيساعدك شخص على التسجيل على الإنترنت.
    .detail = بعد ذلك، قد يعطيك France Travail موعداً مع مستشار.
france-travail--create-email-first = سيساعدك شخص على إنشاء عنوان بريد إلكتروني.
    .detail = بعد ذلك، سيساعدك على التسجيل في France Travail.
france-travail--check-papers = سينظر شخص في وضعك معك.
    .detail = للتسجيل، تحتاج إلى وثيقة تسمح لك بالعمل في فرنسا.
france-travail--rsa-automatic = إذا كنت تحصل على RSA، فأنت مسجل في France Travail دون أن تفعل شيئاً.
    .detail = ستصلك رسالة. سيتحقق شخص من ذلك معك.
france-travail--already-registered = سيساعدك شخص في حسابك على موقع France Travail.
    .detail = أحضر رسائل France Travail، إن كانت لديك.
