### Papers a visitor may be asked to bring (content/documents.toml).

document--id-document = Une pièce d'identité ou un titre de séjour
document--mobile-phone = Votre téléphone portable, si vous en avez un
document--social-security-number = Votre carte Vitale, ou un papier avec votre numéro de sécurité sociale
document--letter-from-office = Un courrier de l'organisme, si vous en avez un
