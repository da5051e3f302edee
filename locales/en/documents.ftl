### Papers a visitor may be asked to bring. Machine-drafted, not reviewed.

document--id-document = An identity document or a residence permit
document--mobile-phone = Your mobile phone, if you have one
document--social-security-number = Your Carte Vitale, or a paper with your social security number
document--letter-from-office = A letter from the office, if you have one
