### Procedure "cheque-energie" (content/cheque-energie.toml). Translated from
### locales/fr/cheque-energie.ftl (machine-drafted, not reviewed).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

cheque-energie = شيك الطاقة (chèque énergie)

cheque-energie--situation = هل وصلك شيك الطاقة؟
    .detail = يساعد على دفع جزء من فواتير الكهرباء أو الغاز أو التدفئة.
cheque-energie--situation--received = نعم، وصلني
cheque-energie--situation--not-received = لا، لم يصلني

cheque-energie--tax-return = هل تقوم بالتصريح الضريبي (déclaration d'impôts) كل سنة؟
    .detail = لشيك الطاقة، يجب أن تقوم به، حتى إن كنت لا تدفع ضريبة.
cheque-energie--tax-return--yes = نعم
cheque-energie--tax-return--no = لا

cheque-energie--electricity = هل عقد الكهرباء باسمك؟
cheque-energie--electricity--my-name = نعم، هو باسمي
cheque-energie--electricity--other-name = لا، هو باسم شخص آخر
cheque-energie--electricity--no-contract = ليس لدي عقد كهرباء

cheque-energie--apply = قد يحق لك طلب شيك الطاقة.
    .detail = سيساعدك شخص على تقديم الطلب. القرار عند الدولة.
cheque-energie--declare-taxes-first = يجب أولاً أن تقوم بالتصريح الضريبي.
    .detail = لشيك الطاقة، يجب القيام به كل سنة. سيساعدك شخص.
cheque-energie--check-situation = سينظر شخص في وضعك معك.
    .detail = لتقديم الطلب، يجب أن يكون عقد الكهرباء باسمك.
cheque-energie--use-cheque = سيساعدك شخص على استعمال الشيك.
    .detail = يدفع جزءاً من فواتير الطاقة. انظر إلى تاريخ الانتهاء المكتوب على الشيك.
