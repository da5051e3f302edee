### Procedure "carte-identite" (content/carte-identite.toml). Translated from
### locales/fr/carte-identite.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

carte-identite = بطاقة الهوية أو جواز السفر

carte-identite--goal = ماذا تريد أن تفعل؟
carte-identite--goal--first-id-card = أول بطاقة هوية لي
carte-identite--goal--renew-id-card = تجديد بطاقة هويتي
carte-identite--goal--passport = جواز سفر
carte-identite--goal--lost-or-stolen = فقدت بطاقتي أو جواز سفري، أو سُرق مني

carte-identite--lost-or-stolen = هل سُرقت أوراقك؟ اذهب أولاً إلى الشرطة.
    .detail = تعطيك الشرطة تصريحاً بالسرقة. إذا ضاعت أوراقك، تقدم تصريحاً بالضياع.

carte-identite--photo = هل لديك صورة هوية عمرها أقل من 6 أشهر؟
carte-identite--photo--yes = نعم
carte-identite--photo--no = لا

carte-identite--pre-application = هل قدمت الطلب المسبق على الإنترنت؟
    .detail = هذا ليس إجبارياً. يمكنك أيضاً ملء ورقة في البلدية.
carte-identite--pre-application--done = نعم، لدي الرقم
carte-identite--pre-application--not-done = لا

carte-identite--address = هل لديك ورقة عليها عنوانك؟
    .detail = يجب أن يكون عمر الورقة أقل من سنة.
carte-identite--address--own-name = نعم، باسمي
carte-identite--address--hosted = أسكن عند شخص يستضيفني
carte-identite--address--domiciliation = لدي عنوان لاستلام الرسائل (domiciliation)
carte-identite--address--no-address = لا، ليس لدي عنوان

carte-identite--book-appointment = تحتاج إلى موعد في بلدية تصدر هذه الوثائق.
    .detail = في البلدية، تُؤخذ بصمات أصابعك. سيساعدك شخص على إيجاد موعد.
carte-identite--book-appointment-hosted = تحتاج إلى موعد في بلدية تصدر هذه الوثائق.
    .detail = على الشخص الذي يستضيفك أن يعطيك أوراقاً. هذه هي القائمة.
carte-identite--address-first = تحتاج أولاً إلى عنوان لاستلام رسائلك.
    .detail = سيساعدك شخص على طلب هذا العنوان (domiciliation). بعد ذلك، يمكنك أن تحجز موعداً.

carte-identite--nationality = هل تحمل الجنسية الفرنسية؟
    .detail = نسألك هذا السؤال لنوجهك إلى المكان الصحيح.
carte-identite--nationality--yes = نعم
carte-identite--nationality--no = لا
carte-identite--foreign-goal = عمّ تبحث؟
carte-identite--foreign-goal--lost-passport = فقدت جواز سفري أو سُرق مني
carte-identite--foreign-goal--lost-residence-permit = فقدت بطاقة إقامتي أو سُرقت مني
carte-identite--foreign-goal--french-papers = بطاقة هوية أو جواز سفر فرنسي
carte-identite--consulate = للحصول على جواز سفر جديد، اذهب إلى قنصلية بلدك.
    .detail = القنصلية هي مكتب بلدك في فرنسا. سيساعدك شخص على إيجادها.
carte-identite--residence-permit-lost = إذا فقدت بطاقة إقامتك أو سُرقت، يجب إبلاغ المحافظة (préfecture).
    .detail = يتم ذلك غالباً على الإنترنت. سيساعدك شخص على القيام به.
carte-identite--french-papers-only = بطاقة الهوية وجواز السفر الفرنسيان مخصصان للأشخاص الفرنسيين.
    .detail = سيبحث معك شخص عن الوثيقة المناسبة لك.
