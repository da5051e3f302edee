### Procedure "assurance-maladie" (content/assurance-maladie.toml). Translated from
### locales/fr/assurance-maladie.ftl (machine-drafted, not reviewed).
### "Assurance maladie" is « التأمين الصحي » here, as the review asked.

assurance-maladie = التأمين الصحي وبطاقة Vitale

assurance-maladie--goal = ماذا تريد أن تفعل بخصوص التأمين الصحي؟
    .detail = التأمين الصحي (Assurance maladie) يعوّض مصاريفك الصحية. وشهادة الحقوق تثبت أنك مؤمَّن.
assurance-maladie--goal--get-covered = الحصول على التأمين الصحي لأول مرة
assurance-maladie--goal--vitale = الحصول على بطاقة Vitale
assurance-maladie--goal--attestation = الحصول على شهادة الحقوق (attestation de droits)

assurance-maladie--residence-paper = هل عندك بطاقة إقامة؟
    .detail = جوابك يفيد فقط في إيجاد المساعدة المناسبة. ويمكنك أيضًا التحدث في ذلك مع شخص.
assurance-maladie--residence-paper--french-or-european = أنا فرنسي، أو من بلد أوروبي
assurance-maladie--residence-paper--has-permit = نعم، عندي بطاقة إقامة أو وصل (récépissé)
assurance-maladie--residence-paper--not-now = لا، ليس الآن
assurance-maladie--residence-paper--prefer-person = أفضّل التحدث في ذلك مع شخص

assurance-maladie--work = هل تعمل في فرنسا؟
assurance-maladie--work--works = نعم، أعمل
assurance-maladie--work--no-work = لا، لا أعمل

assurance-maladie--since-3-months = هل تعيش في فرنسا منذ أكثر من 3 أشهر؟
assurance-maladie--since-3-months--yes = نعم، أكثر من 3 أشهر
assurance-maladie--since-3-months--no = لا، أقل من 3 أشهر

assurance-maladie--ame-3-months = هل أنت في فرنسا منذ أكثر من 3 أشهر؟
    .detail = منذ أكثر من 3 أشهر دون مغادرة.
assurance-maladie--ame-3-months--yes = نعم، أكثر من 3 أشهر
assurance-maladie--ame-3-months--no = لا، أقل من 3 أشهر

assurance-maladie--has-number = هل عندك رقم الضمان الاجتماعي؟
    .detail = هو مكتوب على رسائل التأمين الصحي.
assurance-maladie--has-number--yes-number = نعم، عندي رقمي
assurance-maladie--has-number--temporary = نعم، لكنه رقم مؤقت
assurance-maladie--has-number--no-number = لا، ليس عندي رقم

assurance-maladie--ameli-account = هل عندك حساب على موقع Ameli؟
assurance-maladie--ameli-account--can-log-in = نعم، وأستطيع الدخول إليه
assurance-maladie--ameli-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
assurance-maladie--ameli-account--no-account = لا، ليس عندي حساب

assurance-maladie--cover-worker = سيساعدك شخص على الحصول على رقم الضمان الاجتماعي.
    .detail = أحضر أوراق عملك. التأمين الصحي هو الذي يقرر.
assurance-maladie--cover-resident = سيساعدك شخص على طلب التأمين الصحي.
    .detail = إنها الحماية الصحية الشاملة (PUMa). التأمين الصحي هو الذي يقرر.
assurance-maladie--cover-soon = سينظر شخص في وضعك معك.
    .detail = غالبًا يجب العيش في فرنسا أكثر من 3 أشهر. وهناك استثناءات.
assurance-maladie--ame-apply = سيساعدك شخص على طلب المساعدة الطبية من الدولة (AME).
    .detail = المساعدة AME تتكفل بعلاجك. ستحصل على بطاقة AME، لا على بطاقة Vitale.
assurance-maladie--ame-not-yet = سينظر شخص معك في كيفية الحصول على العلاج.
    .detail = المساعدة AME تتطلب أكثر من 3 أشهر في فرنسا. الأطفال يحصلون عليها دون انتظار.
assurance-maladie--order-vitale = سيساعدك شخص على طلب بطاقة Vitale.
    .detail = في الانتظار، شهادة الحقوق تثبت أن عندك التأمين الصحي.
assurance-maladie--provisional-number = سيشرح لك شخص رقمك المؤقت.
    .detail = بهذا الرقم، تُعوَّض مصاريف علاجك. وبطاقة Vitale ستأتي لاحقًا.
assurance-maladie--download-attestation = سيساعدك شخص على طباعة شهادة الحقوق.
assurance-maladie--attestation-reset = سيساعدك شخص على استعادة حسابك في Ameli.
    .detail = بعد ذلك، سيساعدك على طباعة شهادة الحقوق.
assurance-maladie--attestation-no-account = سيساعدك شخص على الحصول على شهادة الحقوق.
    .detail = عبر حساب Ameli، أو من جهاز آلي في مكتب التأمين الصحي.
