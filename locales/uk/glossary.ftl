### Glossary. Machine-drafted from French, not reviewed by a native speaker.
### Each word is written exactly as the questions write it (Ukrainian declines nouns, so the
### questions use these very forms): Latin names stay as on French letters, and "bail" and
### "pré-demande" become Ukrainian words whose meaning gives the French word to look for.

term--caf = Caf
term--caf--meaning = Caf — це каса сімейних допомог. Вона виплачує допомоги, наприклад на житло.
term--ameli = Ameli
term--ameli--meaning = Ameli — це сайт державного медичного страхування. Через нього повертають гроші за лікування.
term--france-travail = France Travail
term--france-travail--meaning = France Travail допомагає знайти роботу. Раніше ця служба називалася Pôle emploi.
term--franceconnect = FranceConnect
term--franceconnect--meaning = FranceConnect — це кнопка на державних сайтах. Вона використовує акаунт, який у вас уже є.
term--e-mail = e-mail
term--e-mail--meaning = E-mail — це електронна пошта: листи, які приходять через інтернет. Французькою також кажуть «courriel».
term--rsa = RSA
term--rsa--meaning = RSA — це revenu de solidarité active. Це гроші для людей, які мають малий дохід.
term--domiciliation = domiciliation
term--domiciliation--meaning = Domiciliation — це адреса, на яку приходить ваша пошта. Її дає соціальний центр мерії або громадська організація.
term--apl = APL
term--apl--meaning = APL — це допомога від Caf, щоб платити за оренду. Її також називають допомогою на житло.
term--bail = договір оренди
term--bail--meaning = Договір оренди — це контракт, який ви підписуєте з власником житла. Французькою він називається «bail».
term--pre-demande = попередня заява
term--pre-demande--meaning = Попередня заява — це форма, яку заповнюють в інтернеті перед зустріччю. Вона дає вам номер. Французькою — «pré-demande».
term--mdph = MDPH
term--mdph--meaning = MDPH — це служба департаменту для людей з інвалідністю. Вона розглядає заяви про допомогу через інвалідність.
term--aah = AAH
term--aah--meaning = AAH — це допомога для дорослих з інвалідністю. Це гроші для дорослих людей, які мають інвалідність.

term--titre-de-sejour = посвідка на проживання
term--titre-de-sejour--meaning = Посвідка на проживання (titre de séjour) — це картка, яка дозволяє іноземцю жити у Франції. Її видає префектура.
term--assurance-maladie = Assurance maladie
term--assurance-maladie--meaning = Assurance maladie — це державне медичне страхування. Воно повертає частину витрат на лікування.
term--carte-vitale = карта Vitale
term--carte-vitale--meaning = Карта Vitale — це зелена картка Assurance maladie. Її показують у лікаря.
term--commune = commune
term--commune--meaning = Commune — це місто або село, де ви перебуваєте. У ньому є мерія.
term--numero-fiscal = податковий номер
term--numero-fiscal--meaning = Податковий номер (numéro fiscal) — це ваш номер у податковій. Він має 13 цифр. Він написаний на ваших податкових документах.
term--avis-d-impot = податкове повідомлення
term--avis-d-impot--meaning = Податкове повідомлення (avis d'impôt) — це документ від податкової. Там видно, скільки ви заробили. Його вимагають для багатьох видів допомоги.
term--ants = ANTS
term--ants--meaning = ANTS — це державний сайт для посвідчень водія і техпаспортів. Його також називають France Titres.
term--carte-grise = техпаспорт
term--carte-grise--meaning = Техпаспорт (carte grise) — це документ вашого транспортного засобу. Офіційна назва — certificat d'immatriculation.
term--code-de-cession = код передачі
term--code-de-cession--meaning = Код передачі (code de cession) сайт ANTS дає продавцю. Покупцю він потрібен, щоб оформити техпаспорт.
term--puma = PUMa
term--puma--meaning = PUMa — це універсальний медичний захист. Він відшкодовує витрати на лікування людям, які живуть у Франції.
term--ame = AME
term--ame--meaning = AME — це державна медична допомога. Вона покриває лікування людей без посвідки на проживання.
