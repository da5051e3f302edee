### The kiosk's own words: screens, buttons, the ticket. French is the reference.
### Plain language: short sentences, one idea each, "vous", everyday words.

attract-greeting = Bonjour
attract-touch = Touchez l'écran pour commencer.
language-question = Choisissez votre langue.
procedures-question = Pourquoi venez-vous aujourd'hui ?
procedure-other = Je ne sais pas, ou autre chose
progress = Question { $current } sur environ { $total }
choice-dont-know = Je ne sais pas

button-back = Retour
button-start-over = Recommencer
button-talk = Parler à une personne
button-listen = Écouter encore
button-slower = Plus lentement
button-large-text = Texte plus grand
button-normal-text = Texte normal
button-contrast = Contraste
button-normal-speed = Vitesse normale
button-hear = Écouter
button-continue = Continuer
button-print = Imprimer mon ticket
button-done = J'ai terminé
button-still-here = Je suis encore là

button-close = Fermer
# The arrows beside a page that is longer than the screen (read by screen readers).
button-scroll-down = Voir la suite
button-scroll-up = Revenir plus haut
term-question = C'est quoi, « { $word } » ?
# The label of a glossary word's button: the word and a question mark.
term-button = { $word } ?

outcome-bring = Ce qu'il faut apporter :
outcome-person = Une personne de l'accueil va vous aider.

## Review of the answers, before the result

review-title = Vérifiez vos réponses.
review-hint = Pour changer une réponse, touchez-la.
button-review-ok = C'est juste, continuer

handoff-title = Votre numéro
handoff-printed = Prenez votre ticket. Montrez-le à l'accueil.
handoff-not-printed = Le ticket n'est pas imprimé. Dites ce numéro à l'accueil.
handoff-where = Attendez à l'accueil. Une personne va vous appeler.

idle-title = Êtes-vous encore là ?
idle-countdown = Sans réponse, tout sera effacé dans { $seconds } secondes.
idle-spoken = Touchez « Je suis encore là » pour continuer. Sinon, tout sera effacé.

## Digits, to read the ticket number one digit at a time.
digit-0 = zéro
digit-1 = un
digit-2 = deux
digit-3 = trois
digit-4 = quatre
digit-5 = cinq
digit-6 = six
digit-7 = sept
digit-8 = huit
digit-9 = neuf

ticket-number = Votre numéro
ticket-bring = À apporter
ticket-where = Où aller
ticket-guidance = Ce papier vous oriente. La personne de l'accueil va vérifier.
ticket-link = Site officiel
# Printed on the visitor's part while their language is machine-drafted (`reviewed = false`);
# never on a French ticket: French is the reference.
ticket-translation-unreviewed = Cette traduction est automatique. Une personne ne l'a pas encore vérifiée.

## Where to go: the labels of a site's place (its places file), under « Où aller ».
place-days = lun. mar. mer. jeu. ven. sam. dim.
place-hours = Horaires :
place-phone = Téléphone :
place-appointment = Sur rendez-vous.
place-step-free = Accès de plain-pied.

## Issue 20: the voice louder or quieter, and the main buttons named by their icons.
button-louder = Plus fort
button-quieter = Moins fort
volume-louder = Plus fort
volume-loudest = C'est le plus fort.
volume-quieter = Moins fort
volume-quietest = C'est le moins fort.
hint-continue = Pour continuer, touchez le bouton avec la flèche.
hint-print = Pour imprimer votre ticket, touchez le bouton avec l'imprimante.
hint-confirm = Si c'est juste, touchez le bouton avec le pouce levé.
hint-done = Quand vous avez fini, touchez le bouton avec la main qui dit au revoir.
