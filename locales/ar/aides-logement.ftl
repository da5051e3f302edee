### Procedure "aides-logement" (content/aides-logement.toml). Translated from
### locales/fr/aides-logement.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

aides-logement = مساعدة السكن (APL)

aides-logement--situation = ما هو وضعك؟
aides-logement--situation--renting = أدفع الإيجار
aides-logement--situation--loan = أسدد قرضاً لمسكني
aides-logement--situation--hosted-free = أسكن عند شخص، ولا أدفع إيجاراً
aides-logement--situation--no-home = ليس لدي مسكن

aides-logement--since = منذ متى تسكن في هذا المسكن؟
    .detail = اطلب المساعدة فور وصولك إلى المسكن.
aides-logement--since--just-arrived = وصلت للتو، أو سأصل قريباً
aides-logement--since--longer = منذ مدة أطول

aides-logement--lease = هل عقد الإيجار باسمك؟
    .detail = عقد الإيجار (bail) هو عقد الكراء.
aides-logement--lease--my-name = نعم، هو باسمي
aides-logement--lease--other-name = لا، هو باسم شخص آخر
aides-logement--lease--no-lease = ليس لدي عقد إيجار

aides-logement--landlord = من يؤجر لك المسكن؟
aides-logement--landlord--social-housing = هو سكن اجتماعي
aides-logement--landlord--private = مالك أو وكالة عقارية
aides-logement--landlord--family = شخص من عائلتي

aides-logement--caf-account = هل لديك حساب على موقع Caf؟
    .detail = تُطلب مساعدة السكن على الإنترنت. يمكن أن يساعدك شخص.
aides-logement--caf-account--can-log-in = نعم، وأستطيع الدخول إليه
aides-logement--caf-account--lost-password = نعم، لكني لم أعد أستطيع الدخول إليه
aides-logement--caf-account--has-email = لا، لكن لدي عنوان بريد إلكتروني
aides-logement--caf-account--no-email = لا، وليس لدي عنوان بريد إلكتروني

aides-logement--apply-online = قد يحق لك الحصول على مساعدة السكن.
    .detail = سيكون على مالك المسكن أن يملأ ورقة. القرار عند Caf.
aides-logement--reset-then-apply = سيساعدك شخص على استعادة حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب مساعدة السكن. القرار عند Caf.
aides-logement--create-account = سيساعدك شخص على إنشاء حسابك في Caf.
    .detail = بعد ذلك، سيساعدك على طلب مساعدة السكن. القرار عند Caf.
aides-logement--check-housing = سينظر شخص في وضعك معك.
    .detail = لمساعدة السكن، عقد الإيجار ومالك المسكن مهمان. أحضر عقد الإيجار، إن كان لديك.
aides-logement--loan = سينظر شخص في قرضك معك.
    .detail = بالنسبة إلى قرض حديث، لم تعد هناك مساعدة للسكن. أحضر عقد القرض.
aides-logement--hosted = سيبحث معك شخص عن المساعدات الممكنة.
    .detail = مساعدة السكن للأشخاص الذين يدفعون ثمن مسكنهم.
aides-logement--no-home = سينظر شخص في وضعك معك.
    .detail = يمكنه أن يساعدك على الحصول على عنوان لاستلام رسائلك.
