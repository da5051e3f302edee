### Procedure "ants-vehicule-permis" (content/ants-vehicule-permis.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

ants-vehicule-permis = Le permis de conduire et la carte grise

ants-vehicule-permis--goal = Pour quoi venez-vous ?
    .detail = Tout se fait sur internet. C'est sur le site de l'ANTS (Agence nationale des titres sécurisés).
ants-vehicule-permis--goal--licence = Pour mon permis de conduire
ants-vehicule-permis--goal--vehicle = Pour la carte grise de mon véhicule

ants-vehicule-permis--licence-problem = Que se passe-t-il avec votre permis ?
ants-vehicule-permis--licence-problem--lost = Je l'ai perdu
ants-vehicule-permis--licence-problem--stolen = On me l'a volé
ants-vehicule-permis--licence-problem--expired = Il n'est plus valable, ou il est abîmé
ants-vehicule-permis--licence-problem--foreign = J'ai un permis d'un autre pays

ants-vehicule-permis--licence-country = Où avez-vous eu votre permis ?
ants-vehicule-permis--licence-country--europe = Dans un pays de l'Union européenne
ants-vehicule-permis--licence-country--other-country = Dans un autre pays

ants-vehicule-permis--vehicle-change = Que s'est-il passé pour votre véhicule ?
ants-vehicule-permis--vehicle-change--moved = J'ai déménagé
ants-vehicule-permis--vehicle-change--bought = J'ai acheté un véhicule
ants-vehicule-permis--vehicle-change--sold = J'ai vendu ou donné mon véhicule

ants-vehicule-permis--bought-from = À qui avez-vous acheté le véhicule ?
ants-vehicule-permis--bought-from--garage = À un garage
ants-vehicule-permis--bought-from--private-person = À une autre personne

ants-vehicule-permis--licence-lost = Une personne vous aide à demander un nouveau permis sur internet.
    .detail = Il faut une photo d'identité avec un code. Ensuite, un papier vous permet de conduire 2 mois.
ants-vehicule-permis--licence-stolen = Allez d'abord à la police ou à la gendarmerie.
    .detail = Ils vous donnent un papier. Avec ce papier, une personne vous aide à demander un nouveau permis.
ants-vehicule-permis--licence-renew = Une personne regarde votre permis avec vous.
    .detail = Si besoin, elle vous aide à demander un nouveau permis sur internet.
ants-vehicule-permis--licence-exchange = Une personne vous aide à échanger votre permis contre un permis français.
    .detail = Il y a une date limite. Venez vite, avec votre permis et votre titre de séjour.
ants-vehicule-permis--licence-europe = Une personne vérifie avec vous si vous devez changer votre permis.
    .detail = Souvent, un permis européen valable suffit pour conduire en France.
ants-vehicule-permis--address-change = Une personne vous aide à changer l'adresse de votre carte grise.
    .detail = Il faut le faire dans le mois après le déménagement. C'est sur internet.
ants-vehicule-permis--buy-registration = Une personne vous aide à mettre la carte grise à votre nom.
    .detail = Demandez au vendeur la carte grise signée et le code de cession.
ants-vehicule-permis--bought-from-garage = Demandez d'abord au garage de faire la carte grise.
    .detail = Souvent, le garage peut le faire. Sinon, une personne vous aide ici.
ants-vehicule-permis--sale-declaration = Une personne vous aide à déclarer la vente sur internet.
    .detail = À la fin, vous donnez un code à l'acheteur.
