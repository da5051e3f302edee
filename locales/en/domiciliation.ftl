### Procedure "domiciliation". Machine-drafted from French, not reviewed by a native speaker.

domiciliation = An address to receive my mail (domiciliation)

domiciliation--goal = What do you want to do?
    .detail = A domiciliation is an address to receive your mail.
domiciliation--goal--apply = Get an address for my mail
domiciliation--goal--renew = Renew my domiciliation
domiciliation--goal--refused = I was refused a domiciliation
domiciliation--goal--asylum = I am asking for asylum in France

domiciliation--link = In this commune, what is true for you?
    .detail = To have an address here, you need a link with the commune.
domiciliation--link--live-here = I live or sleep here
domiciliation--link--work-here = I work here
domiciliation--link--family-here = I have family here
domiciliation--link--child-at-school = My child goes to school here
domiciliation--link--social-worker = A social worker follows me here
domiciliation--link--no-link = No link

domiciliation--identity = Do you have an identity document or a residence permit?
    .detail = Without a residence permit, you can still have an address for some procedures.
domiciliation--identity--yes = Yes
domiciliation--identity--no = No

domiciliation--apply = You may be able to get a domiciliation.
    .detail = A person helps you apply. The answer comes within 2 months.
domiciliation--renew = A person helps you renew your domiciliation.
    .detail = It lasts 1 year. Come and collect your mail at least every 3 months.
domiciliation--refused = A person looks at your situation with you.
    .detail = Bring the refusal letter, if you have it.
domiciliation--asylum = A person tells you where to ask for your address.
    .detail = It is the SPADA (reception for asylum seekers) or your accommodation centre.
domiciliation--no-link = A person looks at your situation with you.
    .detail = They look with you for where to ask for an address.
