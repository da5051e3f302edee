### Procedure "aah" (content/aah.toml). Translated from locales/fr/aah.ftl (machine-drafted,
### not reviewed). Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

aah = منحة البالغين ذوي الإعاقة (AAH)

aah--goal = ماذا تريد أن تفعل؟
    .detail = يكون الطلب عند MDPH (الدار الإقليمية للأشخاص ذوي الإعاقة).
aah--goal--apply = طلب منحة AAH
aah--goal--waiting = أرسلت ملفي من قبل
aah--goal--mdph-login = لا أستطيع الدخول إلى موقع MDPH

aah--medical-certificate = هل لديك شهادة طبية من أجل MDPH؟
    .detail = يملؤها طبيبك. يجب أن يكون عمرها أقل من سنة.
aah--medical-certificate--yes = نعم
aah--medical-certificate--no = لا

aah--legal-protection = هل لديك وصي أو قيم؟
    .detail = هو شخص اختاره القاضي لمساعدتك.
aah--legal-protection--no = لا
aah--legal-protection--yes = نعم

aah--prepare-file = قد يحق لك الحصول على منحة AAH.
    .detail = سيساعدك شخص على تحضير الملف. القرار عند MDPH، ثم يدفع Caf.
aah--prepare-file-protected = قد يحق لك الحصول على منحة AAH.
    .detail = سيساعدك شخص على تحضير الملف. أحضر أيضاً أوراق الوصي أو القيم.
aah--see-doctor-first = تحتاج أولاً إلى شهادة من طبيبك.
    .detail = سيعطيك شخص الاستمارة. احجز موعداً عند طبيبك.
aah--waiting = سيتحقق شخص من وضع ملفك.
    .detail = دراسة الملف تستغرق غالباً عدة أشهر. أحضر رسائل MDPH.
aah--mdph-login = سيساعدك شخص على الدخول إلى موقع MDPH.
    .detail = يمكنك أيضاً تقديم ملف ورقي.
