### Procedure "domiciliation" (content/domiciliation.toml). Translated from
### locales/fr/domiciliation.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### The French word "domiciliation" stays, in brackets after its Arabic meaning: the visitor
### will see it on the certificate, and it is the glossary word.

domiciliation = عنوان لاستلام رسائلي (domiciliation)

domiciliation--goal = ماذا تريد أن تفعل؟
    .detail = كلمة domiciliation تعني عنواناً لاستلام رسائلك.
domiciliation--goal--apply = الحصول على عنوان لاستلام رسائلي
domiciliation--goal--renew = تجديد عنواني (domiciliation)
domiciliation--goal--refused = رُفض طلبي للحصول على عنوان (domiciliation)
domiciliation--goal--asylum = أطلب اللجوء في فرنسا

domiciliation--link = في هذه البلدة، ما الذي ينطبق عليك؟
    .detail = لتحصل على عنوان هنا، يجب أن تكون لك صلة بالبلدة (commune).
domiciliation--link--live-here = أعيش أو أنام هنا
domiciliation--link--work-here = أعمل هنا
domiciliation--link--family-here = لدي عائلة هنا
domiciliation--link--child-at-school = طفلي يذهب إلى المدرسة هنا
domiciliation--link--social-worker = يتابعني مساعد اجتماعي هنا
domiciliation--link--no-link = لا توجد علاقة

domiciliation--identity = هل لديك وثيقة هوية أو بطاقة إقامة؟
    .detail = حتى بدون بطاقة إقامة، يمكنك أن تحصل على عنوان لبعض الإجراءات.
domiciliation--identity--yes = نعم
domiciliation--identity--no = لا

domiciliation--apply = ربما يمكنك الحصول على عنوان لاستلام الرسائل (domiciliation).
    .detail = سيساعدك شخص على تقديم الطلب. يصل الرد خلال شهرين.
domiciliation--renew = سيساعدك شخص على تجديد عنوانك (domiciliation).
    .detail = مدته سنة. تعال لأخذ رسائلك مرة كل 3 أشهر على الأقل.
domiciliation--refused = سينظر شخص في وضعك معك.
    .detail = أحضر رسالة الرفض، إن كانت لديك.
domiciliation--asylum = سيخبرك شخص أين تطلب عنوانك.
    .detail = إنها الـ SPADA (استقبال طالبي اللجوء) أو مركز الإيواء الذي تقيم فيه.
domiciliation--no-link = سينظر شخص في وضعك معك.
    .detail = سيبحث معك عن مكان لطلب عنوان.
