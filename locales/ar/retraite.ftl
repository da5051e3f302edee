### Procedure "retraite" (content/retraite.toml). Translated from
### locales/fr/retraite.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### Every text starts with an Arabic word, so that it is laid out right to left.

retraite = التقاعد

retraite--goal = ماذا تريد أن تفعل؟
retraite--goal--ask-pension = طلب معاش التقاعد
retraite--goal--check-career = التحقق من سنوات عملي
retraite--goal--low-pension = معاشي صغير، أو لدي مال قليل
retraite--goal--already-asked = قدّمت الطلب، وأنا أنتظر

retraite--when = متى تريد أن تتقاعد؟
    .detail = يبدأ معاش التقاعد دائماً في اليوم الأول من الشهر.
retraite--when--in-more-than-6-months = بعد أكثر من 6 أشهر
retraite--when--in-4-to-6-months = بعد 4 إلى 6 أشهر
retraite--when--in-less-than-4-months = بعد أقل من 4 أشهر

retraite--account = هل لديك حساب للتقاعد على الإنترنت؟
    .detail = مثلاً على موقع Info Retraite.
retraite--account--can-log-in = نعم، وأستطيع الدخول إليه
retraite--account--lost-password = نعم، لكنني لم أعد أستطيع الدخول
retraite--account--has-email = لا، لكن لدي عنوان بريد إلكتروني
retraite--account--no-email = لا، وليس لدي عنوان بريد إلكتروني

retraite--career = هل لديك كشف المسار المهني (relevé de carrière)؟
    .detail = هو قائمة سنوات عملك من أجل التقاعد.
retraite--career--missing-work = نعم، لكن تنقصه سنوات من العمل
retraite--career--complete = نعم، وهو صحيح
retraite--career--no-statement = لا، ليس لدي

retraite--aspa-age = هل عمرك 65 سنة أو أكثر؟
retraite--aspa-age--yes = نعم
retraite--aspa-age--no = لا

retraite--aspa-pension = هل تحصل على معاش تقاعد الآن؟
retraite--aspa-pension--yes = نعم
retraite--aspa-pension--no = لا

retraite--prepare = يمكنك أن تحضّر لتقاعدك من الآن.
    .detail = ينظر معك شخص في كشف المسار المهني. قدّم الطلب قبل المغادرة بـ4 إلى 6 أشهر.
retraite--apply-online = يمكنك طلب معاش التقاعد على الإنترنت.
    .detail = طلب واحد يكفي لكل صناديق التقاعد. شخص يساعدك.
retraite--apply-with-help = شخص يساعدك على فتح حساب التقاعد.
    .detail = بعد ذلك، يساعدك على تقديم الطلب على الإنترنت.
retraite--retirement-appointment = شخص يساعدك على طلب معاش التقاعد.
    .detail = إذا لم يكن لديك بريد إلكتروني، يمكنه أن يأخذ لك موعداً مع صندوق التقاعد.
retraite--fix-career = شخص يساعدك على تصحيح كشف المسار المهني.
    .detail = أحضر أوراق تلك السنوات: قسائم الراتب، عقود العمل، شهادات العمل.
retraite--get-statement = شخص يساعدك على الحصول على كشف المسار المهني.
    .detail = يبيّن سنوات عملك. ويُستعمل للتحقق من معاشك.
retraite--aspa-apply = ربما يمكنك الحصول على منحة Aspa.
    .detail = منحة Aspa مساعدة للمتقاعدين الذين لديهم مال قليل. شخص يساعدك على طلبها.
retraite--aspa-with-request = شخص يساعدك على طلب معاش التقاعد ومنحة Aspa.
    .detail = منحة Aspa مساعدة للمتقاعدين الذين لديهم مال قليل. يمكنك طلبها في الوقت نفسه.
retraite--aspa-younger = شخص ينظر في وضعك معك.
    .detail = تبدأ منحة Aspa عادةً في سن 65. وأحياناً قبل ذلك، مثلاً مع إعاقة.
retraite--follow-up = شخص ينظر معك في طلب التقاعد.
    .detail = يبحث عن مكان ملفك الآن.
