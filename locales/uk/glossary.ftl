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
term--releve-de-carriere = relevé de carrière
term--releve-de-carriere--meaning = Виписка про трудовий стаж — це список ваших років роботи. За нею розраховують пенсію.
term--aspa = Aspa
term--aspa--meaning = Aspa — це допомога солідарності для літніх людей. Це гроші для пенсіонерів з малим доходом.
term--info-retraite = Info Retraite
term--info-retraite--meaning = Info Retraite — це сайт усіх пенсійних кас. Там подають одну заяву для всіх кас.
term--caisse-de-retraite = пенсійної каси
term--caisse-de-retraite--meaning = Пенсійна каса (caisse de retraite) виплачує пенсію. Наприклад, Assurance retraite, Carsat або MSA.
term--etrangers-en-france = Étrangers en France
term--etrangers-en-france--meaning = Étrangers en France — це державний сайт для посвідок на проживання. Його інша назва — ANEF.
term--attestation-de-prolongation = attestation de prolongation
term--attestation-de-prolongation--meaning = Довідка про продовження показує, що вашу заяву на посвідку ще розглядають. Вона дійсна не більше 3 місяців. Префектура її поновлює.
term--recepisse = récépissé
term--recepisse--meaning = Розписка (récépissé) — це документ від префектури. Він показує, що ви подали заяву на посвідку на проживання.
term--prefecture = préfecture
term--prefecture--meaning = Префектура представляє державу в департаменті. Вона займається посвідками на проживання.
term--aps = APS
term--aps--meaning = APS — це тимчасовий дозвіл на перебування. Це документ людей, які мають тимчасовий захист.
term--commissaire-de-justice = commissaire de justice
term--commissaire-de-justice--meaning = Судовий виконавець (commissaire de justice) замінив колишнього «huissier». Він вручає судові документи. Він може вимагати сплати боргу.
term--mise-en-demeure = mise en demeure
term--mise-en-demeure--meaning = Mise en demeure — це лист, який вимагає заплатити або діяти до певної дати. Це терміново.
