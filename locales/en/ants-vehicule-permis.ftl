### Procedure "ants-vehicule-permis". Machine-drafted from French, not reviewed by a native speaker.

ants-vehicule-permis = Driving licence and vehicle registration

ants-vehicule-permis--goal = What are you here for?
    .detail = These steps are only done online, on the website of the ANTS (the national agency for secure documents).
ants-vehicule-permis--goal--licence = My driving licence
ants-vehicule-permis--goal--vehicle = The registration card of my vehicle

ants-vehicule-permis--licence-problem = What is the problem with your licence?
ants-vehicule-permis--licence-problem--lost = I lost it
ants-vehicule-permis--licence-problem--stolen = It was stolen
ants-vehicule-permis--licence-problem--expired = It is no longer valid, or it is damaged
ants-vehicule-permis--licence-problem--foreign = I have a licence from another country

ants-vehicule-permis--licence-country = Where did you get your licence?
ants-vehicule-permis--licence-country--europe = In a country of the European Union
ants-vehicule-permis--licence-country--other-country = In another country

ants-vehicule-permis--vehicle-change = What happened with your vehicle?
ants-vehicule-permis--vehicle-change--moved = I moved house
ants-vehicule-permis--vehicle-change--bought = I bought a vehicle
ants-vehicule-permis--vehicle-change--sold = I sold or gave away my vehicle

ants-vehicule-permis--bought-from = Who did you buy the vehicle from?
ants-vehicule-permis--bought-from--garage = From a garage
ants-vehicule-permis--bought-from--private-person = From another person

ants-vehicule-permis--licence-lost = Someone will help you ask for a new licence online.
    .detail = You need an ID photo with a code. Then a paper lets you drive for 2 months.
ants-vehicule-permis--licence-stolen = First go to the police or the gendarmerie.
    .detail = They give you a paper. With this paper, someone will help you ask for a new licence.
ants-vehicule-permis--licence-renew = Someone will look at your licence with you.
    .detail = If needed, they will help you ask for a new licence online.
ants-vehicule-permis--licence-exchange = Someone will help you exchange your licence for a French one.
    .detail = There is a deadline. Come soon, with your licence and your residence permit.
ants-vehicule-permis--licence-europe = Someone will check with you if you need to change your licence.
    .detail = Often a valid European licence is enough to drive in France.
ants-vehicule-permis--address-change = Someone will help you change the address on your registration card.
    .detail = It must be done within a month after moving. It is done online.
ants-vehicule-permis--buy-registration = Someone will help you put the registration card in your name.
    .detail = Ask the seller for the signed registration card and the transfer code.
ants-vehicule-permis--bought-from-garage = First ask the garage to do the registration card.
    .detail = Often the garage can do it. If not, someone will help you here.
ants-vehicule-permis--sale-declaration = Someone will help you declare the sale online.
    .detail = At the end, you give a code to the buyer.
