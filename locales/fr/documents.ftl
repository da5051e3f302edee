### Papers a visitor may be asked to bring (content/documents.toml).

document--id-document = Une pièce d'identité ou un titre de séjour
document--mobile-phone = Votre téléphone portable, si vous en avez un
document--social-security-number = Votre carte Vitale, ou un papier avec votre numéro de sécurité sociale
document--letter-from-office = Une lettre de la Caf, de l'Assurance maladie ou d'un autre service
document--domiciliation-certificate = Votre attestation de domiciliation, si vous en avez une
document--income-last-3-months = Vos revenus des 3 derniers mois, et ceux des personnes qui vivent avec vous
document--bank-details = Votre RIB (relevé d'identité bancaire), si vous en avez un
document--commune-link-proof = Un papier qui montre votre lien avec la commune, si vous en avez un
document--residence-permits = Tous vos titres de séjour, même les anciens
document--lease = Votre bail, c'est-à-dire votre contrat de location
document--landlord-details = Le nom et l'adresse de votre propriétaire, avec le montant du loyer
document--income-papers = Les papiers de vos revenus, et ceux des personnes qui vivent avec vous
document--loan-papers = Les papiers de votre prêt pour le logement
document--tax-notice = Votre dernier avis d'impôt, si vous en avez un
document--id-photo = Une photo d'identité de moins de 6 mois
document--proof-of-address = Un papier avec votre adresse, de moins de 1 an
document--current-id = Votre ancienne carte d'identité ou votre passeport, si vous en avez un
document--pre-application-number = Le numéro de votre pré-demande, si vous l'avez
document--host-id-and-letter = La pièce d'identité et la lettre signée de la personne qui vous héberge
document--host-proof-of-address = Un papier de moins de 1 an, au nom de votre hébergeur, avec l'adresse
document--loss-or-theft-declaration = La déclaration de perte ou de vol, si vos papiers sont perdus ou volés
document--work-papers = Vos papiers de travail : fiches de paie, certificats de travail, CV
document--medical-certificate = Le certificat médical rempli par votre médecin, de moins de 1 an
document--protection-decision = La décision du juge, avec la pièce d'identité de votre tuteur ou curateur
document--electricity-certificate = Une attestation de votre contrat d'électricité, de moins de 3 mois
document--energy-cheque = Votre chèque énergie
document--energy-bill = Une facture d'électricité, de gaz ou de chauffage
document--protection-papers = Les papiers que la préfecture vous a donnés (attestation, autorisation de séjour)

document--birth-certificate = Un acte de naissance de moins de 3 mois, sans carte ni passeport récent
