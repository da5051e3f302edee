### Procedure "impots" (content/impots.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>.

impots = Les impôts et l'avis d'impôt

impots--goal = Pour les impôts, que voulez-vous faire ?
    .detail = Il s'agit de l'impôt sur vos revenus.
impots--goal--declare = Déclarer mes revenus
impots--goal--log-in = Me connecter au site des impôts
impots--goal--notice = Avoir mon avis d'impôt pour une aide

impots--first-time = Avez-vous déjà déclaré vos revenus en France ?
impots--first-time--before = Oui, je l'ai déjà fait
impots--first-time--never = Non, c'est la première fois

impots--letter = Avez-vous reçu un courrier des impôts avec votre numéro fiscal ?
    .detail = Ce courrier arrive souvent au printemps.
impots--letter--has-letter = Oui, j'ai ce courrier
impots--letter--no-letter = Non, je n'ai rien reçu

impots--account = Arrivez-vous à vous connecter au site des impôts ?
    .detail = Le site des impôts est impots.gouv.fr.
impots--account--can-log-in = Oui, j'arrive à me connecter
impots--account--lost-password = Non, j'ai oublié mon mot de passe
impots--account--lost-number = Non, j'ai perdu mon numéro fiscal
impots--account--no-space = Je n'ai jamais créé mon espace sur le site

impots--login-problem = Quel est le problème pour vous connecter ?
    .detail = Le site des impôts est impots.gouv.fr.
impots--login-problem--lost-password = J'ai oublié mon mot de passe
impots--login-problem--lost-number = J'ai perdu mon numéro fiscal
impots--login-problem--no-space = Je n'ai jamais créé mon espace sur le site

impots--declared = Avez-vous déclaré vos revenus cette année ?
    .detail = Même sans revenus, il faut déclarer pour avoir l'avis.
impots--declared--yes = Oui, j'ai déclaré
impots--declared--no = Non, je n'ai pas déclaré

impots--declare-online = Une personne vous aide à déclarer vos revenus sur internet.
    .detail = Apportez vos papiers de revenus. Les impôts décident du montant.
impots--reset-password = Une personne vous aide à retrouver l'accès à votre espace.
    .detail = Ensuite, vous pourrez faire votre démarche sur le site des impôts.
impots--find-number = Une personne vous aide à retrouver votre numéro fiscal.
    .detail = Il est écrit sur vos papiers d'impôt. Apportez-les si vous les avez.
impots--create-space = Une personne vous aide à créer votre espace sur le site des impôts.
    .detail = Il faut une adresse e-mail. Apportez le courrier des impôts.
impots--get-tax-number = Une personne vous explique comment avoir un numéro fiscal.
    .detail = Souvent, il faut aller au centre des finances publiques. Apportez une pièce d'identité.
impots--get-notice = Une personne vous aide à avoir votre avis d'impôt.
    .detail = Vous pouvez le télécharger sur le site des impôts. Elle peut l'imprimer avec vous.
impots--declare-late = Une personne vous aide à déclarer vos revenus.
    .detail = Sans déclaration, vous n'avez pas d'avis d'impôt. Des aides le demandent.
