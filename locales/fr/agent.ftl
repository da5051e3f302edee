### The agent's part of the handoff. French only: the agent reads French.

agent-heading = POUR L'AGENT D'ACCUEIL
agent-ticket = Ticket
agent-date = Date
agent-site = Lieu
agent-language = Langue
agent-interpreter = interprète peut-être utile
agent-procedure = Démarche
agent-reference = Référence
agent-no-procedure = Aucune démarche choisie
agent-answers = Réponses
agent-flags = Points bloquants
agent-documents-has = Documents présents
agent-documents-missing = Documents manquants
agent-action = À faire
agent-stopped-at = Arrêt à la question
agent-ending-person = La personne a demandé à parler à quelqu'un.
agent-ending-dont-know = L'arbre renvoie vers une personne.
agent-none = aucun
agent-checked-on = Procédure vérifiée le
agent-fiche = Fiche
agent-see-also = Voir aussi
agent-translation-unreviewed = Traduction automatique, non relue
visitor-heading = POUR LA PERSONNE

## For the site's staff, on the attract screen.
admin-content-refused = Contenu modifié refusé, le kiosque garde l'ancien. Lancez « relais check ». Premier problème :
admin-update-refused = Mise à jour du contenu refusée, le kiosque garde la version en service (« relais content status ») :
admin-store-recovered = La base de données était abîmée : elle est gardée à part et une nouvelle a été créée. Les tickets continuent normalement. Fichier abîmé :
admin-store-unavailable = La base de données ne s'ouvre pas. Les tickets sont numérotés à partir de 901 et ne sont pas gardés. Cause :
admin-store-full = Le disque est plein. Les tickets sont numérotés à partir de 901 et ne sont pas gardés. Libérez de la place sur le disque.
admin-store-read-only = La base de données est en lecture seule. Les tickets sont numérotés à partir de 901 et ne sont pas gardés. Vérifiez le disque et les droits du fichier.
admin-store-failed = La base de données refuse d'écrire. Les tickets sont numérotés à partir de 901 et ne sont pas gardés. Cause :
admin-store-back = La base de données écrit de nouveau. Tickets donnés sans être gardés :

## The admin screen (hidden long press on the attract screen, then the PIN).
admin-pin-title = Code de l'administrateur
admin-title = Administration du kiosque
admin-erase = Effacer
admin-ok = Valider
admin-close = Fermer
admin-digits = { $count } chiffres tapés
admin-pin-wrong = Code faux. Encore { $left } essais avant un blocage.
admin-pin-locked = Trop d'essais. Attendez { $seconds } secondes.
admin-pin-not-set = Aucun code n'est défini : lancez « relais admin set-pin » sur la machine.
admin-print-test = Imprimer un ticket de test
admin-reload = Recharger le contenu
admin-update = Chercher une nouvelle version du contenu sur le réseau
admin-exit = Quitter le kiosque
admin-print-test-running = Ticket de test envoyé à l'imprimante…
admin-reload-running = Lecture du contenu…
admin-busy = Attendez la fin de l'opération en cours.
admin-printed = Ticket de test imprimé : { $place }
admin-not-printed = Ticket de test non imprimé : { $reason }
admin-reloaded = Contenu rechargé : { $procedures } démarches, { $languages } langues.
admin-reload-refused = Contenu refusé ({ $errors } erreurs) : le kiosque garde l'ancien. Lancez « relais check ».
admin-update-running = Recherche d'une nouvelle version sur le réseau… (jusqu'à une minute)
admin-update-taken = Nouvelle version du contenu prise : { $tag }. Le kiosque l'affiche dans quelques secondes.
admin-update-latest = Pas de nouvelle version : { $tag } est la plus récente.
admin-update-none-published = Le réseau n'a encore publié aucune version du contenu.
admin-update-refused-now = Nouvelle version refusée, le kiosque garde son contenu actuel : { $reason }
admin-update-failed = Recherche impossible, le kiosque garde son contenu actuel : { $reason }
admin-printer = Imprimante : { $printer }
admin-printer-unconfirmed = Impression sans confirmation : l'imprimante n'est pas interrogée avant chaque ticket (status-check = false). Un ticket perdu faute de papier ne se voit pas ; ces tickets sont marqués « envoyé, non confirmé ».
admin-content = Contenu : { $procedures } démarches, langues { $languages }.
admin-today = Aujourd'hui : { $visits } visites, { $tickets } tickets, { $abandoned } abandons, { $idle } effacées sans réponse, { $persons } demandes d'une personne.
admin-figures-unavailable = Chiffres indisponibles : { $reason }
admin-queue-empty = Tous les tickets sont imprimés.
admin-queue = Pas encore imprimés : { $tickets }
admin-reprint = Réimprimer le ticket { $ticket }
admin-reprinted = Ticket { $ticket } remis dans la file d'impression.
admin-reprint-failed = Réimpression impossible : { $reason }

## Blocking points (flags set by answers). Ids: content/ids.rs.
flag--lost-password = Mot de passe perdu
flag--no-email = Pas d'adresse e-mail utilisable
flag--no-phone = Pas de téléphone portable
flag--no-smartphone = Téléphone sans internet
flag--no-address = Pas d'adresse stable
flag--no-id-document = Pas de pièce d'identité
flag--no-franceconnect = Aucun compte pour FranceConnect
flag--no-computer = Pas d'ordinateur
