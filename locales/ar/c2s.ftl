### Procedure "c2s" (content/c2s.toml). Translated from locales/fr/c2s.ftl (machine-drafted,
### not reviewed). Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### "Assurance maladie" is "التأمين على المرض" here, so that it is not mistaken for the
### complementary cover, "التأمين التكميلي التضامني".

c2s = التأمين التكميلي التضامني (complémentaire santé solidaire)

c2s--goal = ماذا تريد أن تفعل؟
    .detail = التأمين التكميلي التضامني يدفع مصاريف العلاج التي لا يدفعها التأمين على المرض (Assurance maladie).
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
    .detail = موقع Ameli هو موقع التأمين على المرض.
c2s--ameli-account--can-log-in = نعم، وأستطيع الدخول إليه
c2s--ameli-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
c2s--ameli-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
c2s--ameli-account--no-email = لا، وليس لدي عنوان بريد إلكتروني

c2s--apply-online = قد يحق لك الحصول على التأمين التكميلي التضامني.
    .detail = سيساعدك شخص على تقديم الطلب على موقع Ameli. القرار عند التأمين على المرض.
c2s--reset-then-apply = سيساعدك شخص على استعادة حسابك في Ameli.
    .detail = بعد ذلك، سيساعدك على تقديم الطلب. القرار عند التأمين على المرض.
c2s--create-or-paper = سيساعدك شخص على تقديم الطلب.
    .detail = على الإنترنت، أو في استمارة ورقية. القرار عند التأمين على المرض.
c2s--rsa-automatic = إذا كنت تحصل على RSA، فقد يكون لديك التأمين التكميلي التضامني من قبل.
    .detail = غالباً يصلك دون طلب آخر. سيتحقق شخص من ذلك معك.
c2s--recent-arrival = سينظر شخص في وضعك معك.
    .detail = لهذه المساعدة، يجب أن تكون مقيماً في فرنسا منذ أكثر من 3 أشهر.
c2s--renewal = سيساعدك شخص على تجديد التأمين التكميلي التضامني.
    .detail = يجب تجديده كل سنة.
