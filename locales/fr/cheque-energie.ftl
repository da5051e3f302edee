### Procedure "cheque-energie" (content/cheque-energie.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

cheque-energie = Le chèque énergie

cheque-energie--situation = Avez-vous reçu un chèque énergie ?
    .detail = Il aide à payer une partie des factures d'électricité, de gaz ou de chauffage.
cheque-energie--situation--received = Oui, je l'ai reçu
cheque-energie--situation--not-received = Non, je ne l'ai pas reçu

cheque-energie--tax-return = Faites-vous une déclaration d'impôts chaque année ?
    .detail = Pour le chèque énergie, il faut la faire, même sans payer d'impôt.
cheque-energie--tax-return--yes = Oui
cheque-energie--tax-return--no = Non

cheque-energie--electricity = Le contrat d'électricité est-il à votre nom ?
cheque-energie--electricity--my-name = Oui, il est à mon nom
cheque-energie--electricity--other-name = Non, il est au nom d'une autre personne
cheque-energie--electricity--no-contract = Je n'ai pas de contrat d'électricité

cheque-energie--apply = Vous pouvez peut-être demander le chèque énergie.
    .detail = Une personne vous aide à faire la demande. L'État décide.
cheque-energie--declare-taxes-first = Il faut d'abord faire une déclaration d'impôts.
    .detail = Pour le chèque énergie, il faut la faire chaque année. Une personne vous aide.
cheque-energie--check-situation = Une personne regarde votre situation avec vous.
    .detail = Pour faire la demande, il faut un contrat d'électricité à votre nom.
cheque-energie--use-cheque = Une personne vous aide à utiliser votre chèque.
    .detail = Il paie une partie de vos factures d'énergie. Regardez la date de fin écrite sur le chèque.
