### Procedure "impots" (content/impots.toml). Translated from locales/fr/impots.ftl
### (machine-drafted, not reviewed). Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

impots = الضرائب وإشعار الضريبة

impots--goal = ماذا تريد أن تفعل بخصوص الضرائب؟
    .detail = المقصود هو الضريبة على دخلك.
impots--goal--declare = التصريح بدخلي
impots--goal--log-in = الدخول إلى موقع الضرائب
impots--goal--notice = الحصول على إشعار الضريبة من أجل مساعدة

impots--first-time = هل سبق لك أن صرّحت بدخلك في فرنسا؟
impots--first-time--before = نعم، فعلت ذلك من قبل
impots--first-time--never = لا، هذه أول مرة

impots--letter = هل وصلتك رسالة من الضرائب فيها الرقم الضريبي؟
    .detail = تصل هذه الرسالة غالبًا في الربيع.
impots--letter--has-letter = نعم، عندي هذه الرسالة
impots--letter--no-letter = لا، لم يصلني شيء

impots--account = هل تستطيع الدخول إلى موقع الضرائب؟
    .detail = موقع الضرائب هو impots.gouv.fr.
impots--account--can-log-in = نعم، أستطيع الدخول
impots--account--lost-password = لا، نسيت كلمة المرور
impots--account--lost-number = لا، أضعت الرقم الضريبي
impots--account--no-space = لم أنشئ أبدًا حسابي على الموقع

impots--login-problem = ما المشكلة في الدخول إلى الموقع؟
    .detail = موقع الضرائب هو impots.gouv.fr.
impots--login-problem--lost-password = نسيت كلمة المرور
impots--login-problem--lost-number = أضعت الرقم الضريبي
impots--login-problem--no-space = لم أنشئ أبدًا حسابي على الموقع

impots--declared = هل صرّحت بدخلك هذه السنة؟
    .detail = حتى بدون دخل، يجب التصريح للحصول على الإشعار.
impots--declared--yes = نعم، صرّحت
impots--declared--no = لا، لم أصرّح

impots--declare-online = سيساعدك شخص على التصريح بدخلك عبر الإنترنت.
    .detail = أحضر أوراق دخلك. مصلحة الضرائب هي التي تحدد المبلغ.
impots--reset-password = سيساعدك شخص على استعادة الدخول إلى حسابك.
    .detail = بعد ذلك، يمكنك القيام بإجرائك على موقع الضرائب.
impots--find-number = سيساعدك شخص على إيجاد الرقم الضريبي.
    .detail = هو مكتوب على أوراق الضرائب. أحضرها إن كانت عندك.
impots--create-space = سيساعدك شخص على إنشاء حسابك على موقع الضرائب.
    .detail = يلزم عنوان بريد إلكتروني. أحضر رسالة الضرائب.
impots--get-tax-number = سيشرح لك شخص كيف تحصل على رقم ضريبي.
    .detail = غالبًا يجب الذهاب إلى مركز المالية العامة. أحضر وثيقة هوية.
impots--get-notice = سيساعدك شخص على الحصول على إشعار الضريبة.
    .detail = يمكنك تنزيله من موقع الضرائب. ويمكن طباعته معك.
impots--declare-late = سيساعدك شخص على التصريح بدخلك.
    .detail = بدون تصريح، لا يصلك إشعار الضريبة. وبعض المساعدات تطلبه.
