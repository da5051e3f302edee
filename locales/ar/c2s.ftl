### Procedure "c2s" (content/c2s.toml). Translated from locales/fr/c2s.ftl (machine-drafted,
### not reviewed). Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### "Assurance maladie" is "التأمين الصحي" (the usual name of public health insurance); the
### complementary cover is "التأمين التكميلي التضامني".

c2s = التأمين التكميلي التضامني (complémentaire santé solidaire)

c2s--goal = ماذا تريد أن تفعل؟
    .detail = التأمين التكميلي التضامني يدفع مصاريف العلاج التي لا يدفعها التأمين الصحي (Assurance maladie).
c2s--goal--apply = طلبه لأول مرة
c2s--goal--renew = تجديده، فهو لدي من قبل

c2s--benefits = هل تحصل على إحدى هذه المساعدات؟
c2s--benefits--rsa = دخل التضامن النشط (RSA)
c2s--benefits--minimum-vieillesse = الحد الأدنى لمعاش الشيخوخة (minimum vieillesse)
c2s--benefits--aah = منحة البالغين ذوي الإعاقة (AAH)
c2s--benefits--none = ولا واحدة من هذه المساعدات

c2s--residence = هل مضى على إقامتك في فرنسا أكثر من 3 أشهر؟
c2s--residence--more-than-3-months = نعم، أكثر من 3 أشهر
c2s--residence--less-than-3-months = لا، أقل من 3 أشهر

c2s--ameli-account = هل لديك حساب على موقع Ameli؟
    .detail = موقع Ameli هو موقع التأمين الصحي.
c2s--ameli-account--can-log-in = نعم، وأستطيع الدخول إليه
c2s--ameli-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
c2s--ameli-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
c2s--ameli-account--no-email = لا، وليس لدي عنوان بريد إلكتروني

c2s--apply-online = قد يحق لك الحصول على التأمين التكميلي التضامني.
    .detail = سيساعدك شخص على تقديم الطلب على موقع Ameli. القرار عند التأمين الصحي.
c2s--reset-then-apply = سيساعدك شخص على استعادة حسابك في Ameli.
    .detail = بعد ذلك، سيساعدك على تقديم الطلب. القرار عند التأمين الصحي.
c2s--create-or-paper = سيساعدك شخص على تقديم الطلب.
    .detail = على الإنترنت، أو في استمارة ورقية. القرار عند التأمين الصحي.
c2s--rsa-automatic = إذا كنت تحصل على RSA، فقد يكون لديك التأمين التكميلي التضامني من قبل.
    .detail = غالباً يصلك دون طلب آخر. سيتحقق شخص من ذلك معك.
c2s--recent-arrival = سينظر شخص في وضعك معك.
    .detail = غالباً يجب أن تكون مقيماً في فرنسا منذ أكثر من 3 أشهر. توجد مساعدات أخرى للعلاج.
c2s--renewal = سيساعدك شخص على تجديد التأمين التكميلي التضامني.
    .detail = يجب تجديده كل سنة.

c2s--recent-situation = هل أنت في إحدى هذه الحالات؟
    .detail = في هذه الحالات، لا تحتاج إلى الانتظار 3 أشهر.
c2s--recent-situation--works = أعمل في فرنسا
c2s--recent-situation--student = أدرس في فرنسا
c2s--recent-situation--refugee = أنا لاجئ، أو لدي الحماية الفرعية
c2s--recent-situation--temporary-protection = لدي الحماية المؤقتة، مثلاً جئت من أوكرانيا
c2s--recent-situation--caf-benefit = أتلقى مساعدة من الـ Caf
c2s--recent-situation--none = لا شيء من هذه الحالات
c2s--aah-simplified = مع إعانة AAH، قد يكون الطلب أبسط.
    .detail = ربما أرسل إليك التأمين الصحي (Assurance maladie) رسالة. سيتحقق شخص من ذلك معك.
c2s--temporary-protection = مع الحماية المؤقتة، قد تكون لديك تغطية صحية من قبل.
    .detail = سيتحقق شخص معك لدى التأمين الصحي (Assurance maladie).
