### Procedure "ants-vehicule-permis" (content/ants-vehicule-permis.toml). Translated from
### locales/fr/ants-vehicule-permis.ftl (machine-drafted, not reviewed).

ants-vehicule-permis = رخصة السياقة والبطاقة الرمادية

ants-vehicule-permis--goal = لماذا أتيت؟
    .detail = هذه الإجراءات تتم فقط عبر الإنترنت، على موقع ANTS (الوكالة الوطنية للوثائق المؤمّنة).
ants-vehicule-permis--goal--licence = من أجل رخصة السياقة
ants-vehicule-permis--goal--vehicle = من أجل البطاقة الرمادية لمركبتي

ants-vehicule-permis--licence-problem = ما المشكلة في رخصتك؟
ants-vehicule-permis--licence-problem--lost = أضعتها
ants-vehicule-permis--licence-problem--stolen = سُرقت مني
ants-vehicule-permis--licence-problem--expired = لم تعد صالحة، أو هي تالفة
ants-vehicule-permis--licence-problem--foreign = عندي رخصة من بلد آخر

ants-vehicule-permis--licence-country = أين حصلت على رخصتك؟
ants-vehicule-permis--licence-country--europe = في بلد من الاتحاد الأوروبي
ants-vehicule-permis--licence-country--other-country = في بلد آخر

ants-vehicule-permis--vehicle-change = ماذا حدث لمركبتك؟
ants-vehicule-permis--vehicle-change--moved = انتقلت إلى سكن جديد
ants-vehicule-permis--vehicle-change--bought = اشتريت مركبة
ants-vehicule-permis--vehicle-change--sold = بعت مركبتي أو أعطيتها

ants-vehicule-permis--bought-from = ممن اشتريت المركبة؟
ants-vehicule-permis--bought-from--garage = من مرآب (garage)
ants-vehicule-permis--bought-from--private-person = من شخص آخر

ants-vehicule-permis--licence-lost = سيساعدك شخص على طلب رخصة جديدة عبر الإنترنت.
    .detail = تلزم صورة هوية فيها رمز. بعد ذلك، ورقة تسمح لك بالسياقة مدة شهرين.
ants-vehicule-permis--licence-stolen = اذهب أولًا إلى الشرطة أو الدرك.
    .detail = يعطونك ورقة. بهذه الورقة، سيساعدك شخص على طلب رخصة جديدة.
ants-vehicule-permis--licence-renew = سينظر شخص في رخصتك معك.
    .detail = عند الحاجة، سيساعدك على طلب رخصة جديدة عبر الإنترنت.
ants-vehicule-permis--licence-exchange = سيساعدك شخص على استبدال رخصتك برخصة فرنسية.
    .detail = هناك أجل محدد. تعال بسرعة، مع رخصتك وبطاقة إقامتك.
ants-vehicule-permis--licence-europe = سيتحقق معك شخص هل يجب تغيير رخصتك.
    .detail = غالبًا تكفي رخصة أوروبية صالحة للسياقة في فرنسا.
ants-vehicule-permis--address-change = سيساعدك شخص على تغيير العنوان في البطاقة الرمادية.
    .detail = يجب ذلك خلال الشهر الذي يلي الانتقال. ويتم عبر الإنترنت.
ants-vehicule-permis--buy-registration = سيساعدك شخص على تسجيل البطاقة الرمادية باسمك.
    .detail = اطلب من البائع البطاقة الرمادية موقّعة. واطلب منه أيضًا رمز التنازل.
ants-vehicule-permis--bought-from-garage = اطلب أولًا من المرآب أن يقوم بالبطاقة الرمادية.
    .detail = غالبًا يستطيع المرآب ذلك. وإلا، سيساعدك شخص هنا.
ants-vehicule-permis--sale-declaration = سيساعدك شخص على التصريح بالبيع عبر الإنترنت.
    .detail = في النهاية، تعطي رمزًا للمشتري.
