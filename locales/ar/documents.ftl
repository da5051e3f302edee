### Papers a visitor may be asked to bring. Translated from locales/fr/documents.ftl
### (machine-drafted, not reviewed). The French name of a paper follows in brackets where the
### visitor will see it written on the paper itself.

document--id-document = وثيقة هوية أو بطاقة إقامة (titre de séjour)
document--mobile-phone = هاتفك المحمول، إن كان لديك
document--social-security-number = بطاقة Vitale، أو ورقة عليها رقم الضمان الاجتماعي
document--letter-from-office = رسالة من الـ Caf أو من التأمين الصحي (Assurance maladie) أو من إدارة أخرى
document--domiciliation-certificate = شهادة العنوان (attestation de domiciliation)، إن كانت لديك
document--income-last-3-months = مداخيلك في آخر 3 أشهر، ومداخيل الأشخاص الذين يعيشون معك
document--bank-details = كشف الهوية البنكية (RIB)، إن كان لديك
document--commune-link-proof = ورقة تثبت علاقتك بالبلدية، إن كانت لديك
document--residence-permits = كل بطاقات إقامتك (titres de séjour)، حتى القديمة منها
document--lease = عقد الإيجار (bail)، أي عقد الكراء
document--landlord-details = اسم مالك المسكن وعنوانه، مع مبلغ الإيجار
document--income-papers = أوراق مداخيلك، وأوراق مداخيل الأشخاص الذين يعيشون معك
document--loan-papers = أوراق قرض السكن
document--tax-notice = آخر إشعار ضريبي (avis d'impôt)، إن كان لديك
document--id-photo = صورة هوية عمرها أقل من 6 أشهر
document--proof-of-address = ورقة عليها عنوانك، عمرها أقل من سنة
document--current-id = بطاقة هويتك القديمة أو جواز سفرك، إن كان لديك
document--pre-application-number = رقم الطلب المسبق، إن كان لديك
document--host-id-and-letter = وثيقة هوية الشخص الذي يستضيفك، ورسالة موقعة منه
document--host-proof-of-address = ورقة عمرها أقل من سنة، باسم الشخص الذي يستضيفك، عليها العنوان
document--loss-or-theft-declaration = تصريح الضياع أو السرقة، إذا ضاعت أوراقك أو سُرقت
document--work-papers = أوراق عملك: كشوف الراتب (fiches de paie)، شهادات العمل، السيرة الذاتية (CV)
document--medical-certificate = الشهادة الطبية التي ملأها طبيبك، عمرها أقل من سنة
document--protection-decision = قرار القاضي، مع وثيقة هوية الوصي أو القيم
document--electricity-certificate = شهادة عقد الكهرباء (attestation)، عمرها أقل من 3 أشهر
document--energy-cheque = شيك الطاقة (chèque énergie)
document--energy-bill = فاتورة كهرباء أو غاز أو تدفئة

document--birth-certificate = شهادة ميلاد عمرها أقل من 3 أشهر، إذا لم تكن لديك بطاقة أو جواز سفر حديث
document--protection-papers = الأوراق التي أعطتك إياها المحافظة (préfecture): شهادة، ترخيص إقامة
document--tax-letter = رسالة من الضرائب أو آخر تصريح بالدخل، إن كان عندك
document--photo-code = صورة هوية فيها رمز، مأخوذة في كشك صور معتمد
document--bank-card = بطاقة بنكية، للدفع عبر الإنترنت عند الحاجة
document--driving-licence = رخصة السياقة
document--foreign-licence = رخصة السياقة الأجنبية
document--vehicle-registration = البطاقة الرمادية للمركبة
document--sale-certificate = شهادة التنازل، موقّعة من البائع والمشتري
document--birth-certificate-abroad = شهادة ميلادك، إذا وُلدت خارج فرنسا
document--proof-of-3-months = ورقة مؤرخة تُظهر أنك في فرنسا منذ أكثر من 3 أشهر
document--proof-of-address-6-months = ورقة فيها عنوانك، عمرها أقل من 6 أشهر
document--career-statement = كشف مسارك المهني (relevé de carrière)، إذا كان لديك
document--anef-attestations = الشهادات التي أعطاك إياها موقع Étrangers en France، على ورق أو على هاتفك
document--aps-document = رخصة الإقامة المؤقتة (APS)، إذا كانت لديك
document--received-letter = الرسالة التي وصلتك، مع الظرف وكل الصفحات
