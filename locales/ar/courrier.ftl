### Procedure "courrier" (content/courrier.toml). Translated from
### locales/fr/courrier.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.
### "Assurance maladie" is « التأمين الصحي ». Every text starts with an Arabic word.

courrier = وصلتني رسالة لا أفهمها

courrier--sender = من أرسل إليك الرسالة؟
    .detail = انظر إلى الاسم أو الشعار في أعلى الرسالة.
courrier--sender--caf = صندوق المنح العائلية (Caf)
courrier--sender--impots = مصلحة الضرائب (impôts)
courrier--sender--assurance-maladie = التأمين الصحي (Assurance maladie)
courrier--sender--france-travail = وكالة التشغيل France Travail
courrier--sender--prefecture = المحافظة (préfecture)
courrier--sender--justice = محكمة أو مأمور تنفيذ (commissaire de justice)
courrier--sender--bank = بنك
courrier--sender--other-sender = جهة أخرى

courrier--what-asked = ماذا تطلب منك الرسالة؟
courrier--what-asked--pay = أن أدفع مالاً
courrier--what-asked--send-paper = أن أرسل ورقة
courrier--what-asked--date = أن أحضر إلى موعد
courrier--what-asked--stop-aid = توقف مساعدة أو ترفضها

courrier--deadline = هل تذكر الرسالة آخر أجل؟
    .detail = أو هل فيها عبارة الإنذار الرسمي (mise en demeure)؟
courrier--deadline--yes = نعم
courrier--deadline--no = لا

courrier--urgent-with-you = هل الرسالة معك الآن؟
    .detail = قد تكون هذه الرسالة مستعجلة.
courrier--urgent-with-you--yes = نعم
courrier--urgent-with-you--no = لا

courrier--with-you = هل الرسالة معك الآن؟
courrier--with-you--yes = نعم
courrier--with-you--no = لا

courrier--read-today = شخص يقرأ رسالتك معك اليوم.
    .detail = قد تكون هذه الرسالة مستعجلة. قبل أن تدفع، أرِها لشخص.
courrier--bring-today = عد اليوم ومعك الرسالة، إذا استطعت.
    .detail = قد تكون هذه الرسالة مستعجلة. سيقرؤها شخص معك.
courrier--read-together = شخص يقرأ رسالتك معك.
    .detail = يشرح لك ما تطلبه. ويقول لك ماذا تفعل.
courrier--bring-letter = عد ومعك الرسالة.
    .detail = سيقرؤها شخص معك. أحضر أيضاً الظرف والصفحات الأخرى.
