### Glossary. Translated from locales/fr/glossary.ftl (machine-drafted, not reviewed).
### Each word is written exactly as the Arabic screens write it, so that its button shows:
### "بريد إلكتروني" without the article, "عقد الإيجار" and "الطلب المسبق" with it.

term--caf = Caf
term--caf--meaning = Caf هو صندوق المنح العائلية (Caisse d'allocations familiales). يدفع مساعدات، مثلاً للسكن.
term--ameli = Ameli
term--ameli--meaning = Ameli هو موقع التأمين على المرض (Assurance maladie). يُستعمل لاسترداد مصاريف العلاج.
term--france-travail = France Travail
term--france-travail--meaning = France Travail يساعد على إيجاد عمل. في الماضي، كان اسمه Pôle emploi.
term--franceconnect = FranceConnect
term--franceconnect--meaning = FranceConnect زر على المواقع الحكومية. يستعمل حساباً لديك من قبل.
term--e-mail = بريد إلكتروني
term--e-mail--meaning = البريد الإلكتروني رسالة تصلك عبر الإنترنت. يُقال له أيضاً «إيميل» (e-mail).
term--rsa = RSA
term--rsa--meaning = RSA هو دخل التضامن النشط (revenu de solidarité active). هو مال للأشخاص الذين لديهم دخل قليل.
term--domiciliation = domiciliation
term--domiciliation--meaning = كلمة domiciliation تعني عنواناً لاستلام رسائلك. يعطيك إياه مركز العمل الاجتماعي في البلدية أو جمعية.
term--apl = APL
term--apl--meaning = APL مساعدة من Caf لدفع الإيجار. يُقال لها أيضاً مساعدة السكن.
term--bail = عقد الإيجار
term--bail--meaning = عقد الإيجار هو عقد الكراء، واسمه بالفرنسية bail. توقعه مع مالك المسكن.
term--pre-demande = الطلب المسبق
term--pre-demande--meaning = الطلب المسبق (pré-demande) استمارة تملؤها على الإنترنت قبل الموعد. يعطيك رقماً.
term--mdph = MDPH
term--mdph--meaning = MDPH هي الدار الإقليمية للأشخاص ذوي الإعاقة (Maison départementale des personnes handicapées). تدرس طلبات المساعدة المتعلقة بالإعاقة.
term--aah = AAH
term--aah--meaning = AAH هي منحة البالغين ذوي الإعاقة (allocation aux adultes handicapés). هي مال للبالغين الذين لديهم إعاقة.
