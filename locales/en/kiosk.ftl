### The kiosk's own words. Translated from locales/fr/kiosk.ftl (machine-drafted, not reviewed).

attract-greeting = Hello
attract-touch = Touch the screen to start.
language-question = Choose your language.
procedures-question = Why are you here today?
procedure-other = I don't know, or something else
progress = Question { $current } of about { $total }
choice-dont-know = I don't know

button-back = Back
button-start-over = Start over
button-talk = Talk to a person
button-listen = Listen again
button-slower = Slower
button-large-text = Larger text
button-normal-text = Normal text
button-contrast = Contrast
button-normal-speed = Normal speed
button-hear = Listen
button-continue = Continue
button-print = Print my ticket
button-done = I'm done
button-still-here = I'm still here

button-close = Close
button-scroll-down = Show more
button-scroll-up = Back up
term-question = What is “{ $word }”?
# The label of a glossary word's button: the word and a question mark.
term-button = { $word }?

outcome-bring = What to bring:
outcome-person = A person at the desk will help you.

## Review of the answers, before the result

review-title = Check your answers.
review-hint = To change an answer, touch it.
button-review-ok = That is right, continue

handoff-title = Your number
handoff-printed = Take your ticket. Show it at the desk.
handoff-not-printed = The ticket did not print. Tell this number at the desk.
handoff-where = Wait at the desk. A person will call you.

idle-title = Are you still there?
idle-countdown = With no answer, everything will be erased in { $seconds } seconds.
idle-spoken = Touch “I'm still here” to go on. Otherwise, everything will be erased.

## Digits, to read the ticket number one digit at a time.
digit-0 = zero
digit-1 = one
digit-2 = two
digit-3 = three
digit-4 = four
digit-5 = five
digit-6 = six
digit-7 = seven
digit-8 = eight
digit-9 = nine

ticket-number = Your number
ticket-bring = What to bring
ticket-where = Where to go
ticket-guidance = This paper guides you. The person at the desk will check.
ticket-link = Official website
ticket-translation-unreviewed = This is a machine translation. No person has checked it yet.

## Where to go: the labels of a site's place (its places file).
place-days = Mon Tue Wed Thu Fri Sat Sun
place-hours = Opening hours:
place-phone = Phone:
place-appointment = By appointment.
place-step-free = Step-free access.

## Issue 20 (machine-drafted, not reviewed): louder or quieter, main buttons named by their icons.
button-louder = Louder
button-quieter = Quieter
volume-louder = Louder
volume-loudest = This is the loudest.
volume-quieter = Quieter
volume-quietest = This is the quietest.
hint-continue = To go on, touch the button with the arrow.
hint-print = To print your ticket, touch the button with the printer.
hint-confirm = If this is right, touch the button with the thumb up.
hint-done = When you are finished, touch the button with the waving hand.
