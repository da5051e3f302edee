### Procedure "cheque-energie". Machine-drafted from French, not reviewed by a native speaker.

cheque-energie = The energy cheque (chèque énergie)

cheque-energie--situation = Have you received an energy cheque?
    .detail = It helps to pay part of your electricity, gas or heating bills.
cheque-energie--situation--received = Yes, I received it
cheque-energie--situation--not-received = No, I did not receive it

cheque-energie--tax-return = Do you file a tax return every year?
    .detail = For the energy cheque, you must file it, even if you pay no tax.
cheque-energie--tax-return--yes = Yes
cheque-energie--tax-return--no = No

cheque-energie--electricity = Is the electricity contract in your name?
cheque-energie--electricity--my-name = Yes, it is in my name
cheque-energie--electricity--other-name = No, it is in someone else's name
cheque-energie--electricity--no-contract = I have no electricity contract

cheque-energie--apply = You may be able to ask for the energy cheque.
    .detail = A person helps you apply. The State decides.
cheque-energie--declare-taxes-first = First, you must file a tax return.
    .detail = For the energy cheque, you must file it every year. A person helps you.
cheque-energie--check-situation = A person looks at your situation with you.
    .detail = To apply, you need an electricity contract in your name.
cheque-energie--use-cheque = A person helps you use your cheque.
    .detail = It pays part of your energy bills. Look at the end date written on the cheque.
