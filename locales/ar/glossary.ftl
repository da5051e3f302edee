### Glossary. Translated from locales/fr/glossary.ftl (machine-drafted, not reviewed).
### Each word is written exactly as the Arabic screens write it, so that its button shows:
### "بريد إلكتروني" without the article, "عقد الإيجار" and "الطلب المسبق" with it.
### Every text starts with an Arabic word: a paragraph that starts with a Latin name (Caf…)
### is laid out left to right.

term--caf = Caf
term--caf--meaning = اسم Caf يعني صندوق المنح العائلية. يدفع هذا الصندوق مساعدات، مثلاً للسكن.
term--ameli = Ameli
term--ameli--meaning = موقع Ameli هو موقع التأمين الصحي (Assurance maladie). يُستعمل لاسترداد مصاريف العلاج.
term--france-travail = France Travail
term--france-travail--meaning = مؤسسة France Travail تساعد على إيجاد عمل. في الماضي، كان اسمها Pôle emploi.
term--franceconnect = FranceConnect
term--franceconnect--meaning = زر FranceConnect موجود على المواقع الحكومية. يستعمل حساباً لديك من قبل.
term--e-mail = بريد إلكتروني
term--e-mail--meaning = البريد الإلكتروني رسالة تصلك عبر الإنترنت. يُقال له أيضاً «إيميل» (e-mail).
term--rsa = RSA
term--rsa--meaning = اسم RSA يعني دخل التضامن النشط. هو مال للأشخاص الذين لديهم دخل قليل.
term--domiciliation = domiciliation
term--domiciliation--meaning = كلمة domiciliation تعني عنواناً لاستلام رسائلك. يعطيك إياه مركز العمل الاجتماعي في البلدية أو جمعية.
term--apl = APL
term--apl--meaning = مساعدة APL يعطيها Caf لدفع الإيجار. يُقال لها أيضاً مساعدة السكن.
term--bail = عقد الإيجار
term--bail--meaning = عقد الإيجار هو عقد الكراء، واسمه بالفرنسية bail. توقعه مع مالك المسكن.
term--pre-demande = الطلب المسبق
term--pre-demande--meaning = الطلب المسبق (pré-demande) استمارة تملؤها على الإنترنت قبل الموعد. يعطيك رقماً.
term--mdph = MDPH
term--mdph--meaning = اسم MDPH يعني الدار الإقليمية للأشخاص ذوي الإعاقة. تدرس هذه الدار طلبات المساعدة المتعلقة بالإعاقة.
term--aah = AAH
term--aah--meaning = اسم AAH يعني منحة البالغين ذوي الإعاقة. هي مال للبالغين الذين لديهم إعاقة.

term--titre-de-sejour = بطاقة إقامة
term--titre-de-sejour--meaning = بطاقة الإقامة (titre de séjour) هي البطاقة التي تسمح لشخص أجنبي بالعيش في فرنسا. تصدرها المحافظة (préfecture).
term--assurance-maladie = التأمين الصحي
term--assurance-maladie--meaning = التأمين الصحي (Assurance maladie) يرد لك جزءاً من مصاريف العلاج.
term--carte-vitale = بطاقة Vitale
term--carte-vitale--meaning = بطاقة Vitale هي البطاقة الخضراء للتأمين الصحي. تُظهرها عند الطبيب.
term--commune = commune
term--commune--meaning = الـ commune هي المدينة أو القرية التي أنت فيها. لها بلدية (mairie).
term--numero-fiscal = الرقم الضريبي
term--numero-fiscal--meaning = الرقم الضريبي (numéro fiscal) هو رقمك لدى الضرائب. فيه 13 رقمًا. وهو مكتوب على أوراق الضرائب.
term--avis-d-impot = إشعار الضريبة
term--avis-d-impot--meaning = إشعار الضريبة (avis d'impôt) ورقة من الضرائب. يبيّن كم كسبت. كثير من المساعدات تطلبه.
term--ants = ANTS
term--ants--meaning = ANTS هو موقع الدولة لرخصة السياقة والبطاقة الرمادية. ويسمى أيضًا France Titres.
term--carte-grise = البطاقة الرمادية
term--carte-grise--meaning = البطاقة الرمادية (carte grise) هي وثيقة مركبتك. اسمها الرسمي شهادة التسجيل.
term--code-de-cession = رمز التنازل
term--code-de-cession--meaning = رمز التنازل (code de cession) يعطيه موقع ANTS للبائع. ويحتاجه المشتري للبطاقة الرمادية.
term--puma = PUMa
term--puma--meaning = PUMa هي الحماية الصحية الشاملة. تعوّض المصاريف الصحية للأشخاص الذين يعيشون في فرنسا.
term--ame = AME
term--ame--meaning = AME هي المساعدة الطبية من الدولة. تتكفل بعلاج الأشخاص الذين ليست عندهم بطاقة إقامة.
