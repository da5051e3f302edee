### Procedure "cant-log-in" (content/cant-log-in.toml). Translated from
### locales/fr/cant-log-in.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

cant-log-in = لا أستطيع الدخول إلى حسابي

cant-log-in--problem = ما هي مشكلتك؟
cant-log-in--problem--lost-password = نسيت كلمة السر
cant-log-in--problem--no-email = ليس لدي عنوان بريد إلكتروني
cant-log-in--problem--no-phone = ليس لدي هاتف محمول
cant-log-in--problem--franceconnect = لا أفهم FranceConnect

cant-log-in--which-site = إلى أي موقع تريد الدخول؟
cant-log-in--which-site--caf = موقع Caf، للمنح
cant-log-in--which-site--ameli = موقع Ameli، للصحة
cant-log-in--which-site--impots = موقع الضرائب (Impôts)
cant-log-in--which-site--france-travail = موقع France Travail، للعمل
cant-log-in--which-site--other-site = موقع آخر

cant-log-in--read-email = هل يمكنك قراءة ما يصلك من بريد إلكتروني؟
    .detail = مثلاً على هاتفك.
cant-log-in--read-email--yes = نعم
cant-log-in--read-email--no = لا

cant-log-in--reset-password = ستختار كلمة سر جديدة.
    .detail = سيساعدك شخص. سيصلك رمز في رسالة بريد إلكتروني أو في رسالة نصية (SMS).
cant-log-in--recover-access = سيساعدك شخص على استعادة حسابك.
    .detail = ربما يمكنك إنشاء عنوان بريد إلكتروني جديد.

cant-log-in--phone = هل لديك هاتف محمول؟
cant-log-in--phone--smartphone = نعم، فيه إنترنت
cant-log-in--phone--basic-phone = نعم، بدون إنترنت
cant-log-in--phone--no-phone = لا

cant-log-in--create-email = سيساعدك شخص على إنشاء عنوان بريد إلكتروني.
    .detail = يفيدك عنوان بريد إلكتروني في استلام الرسائل. وهو مجاني.

cant-log-in--email = هل لديك عنوان بريد إلكتروني؟
cant-log-in--email--has-email = نعم
cant-log-in--email--no-email = لا

cant-log-in--without-phone = سيبحث معك شخص عن حل بدون هاتف.
    .detail = غالباً توجد استمارة ورقية أو موعد.

cant-log-in--existing-account = هل لديك حساب على أحد هذه المواقع؟
    .detail = يستعمل FranceConnect حساباً لديك من قبل.
cant-log-in--existing-account--impots = نعم، الضرائب (Impôts)
cant-log-in--existing-account--ameli = نعم، Ameli
cant-log-in--existing-account--la-poste = نعم، الهوية الرقمية لـ La Poste (L'Identité Numérique)
cant-log-in--existing-account--none = لا، ولا واحد منها

cant-log-in--use-franceconnect = يمكنك استعمال FranceConnect.
    .detail = سيريك شخص كيف تفعل ذلك بالحساب الذي لديك.
cant-log-in--no-franceconnect = سيساعدك شخص على إنشاء حساب.
    .detail = بعد ذلك، يعمل هذا الحساب على مواقع كثيرة.
