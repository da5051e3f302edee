### Papers a visitor may be asked to bring. Machine-drafted, not reviewed.

document--id-document = An identity document or a residence permit
document--mobile-phone = Your mobile phone, if you have one
document--social-security-number = Your Carte Vitale, or a paper with your social security number
document--letter-from-office = A letter from the Caf, the Assurance maladie or another office
document--domiciliation-certificate = Your domiciliation certificate, if you have one
document--income-last-3-months = Your income for the last 3 months, and that of the people who live with you
document--bank-details = Your bank details (RIB), if you have them
document--commune-link-proof = A paper that shows your link with the town, if you have one
document--residence-permits = All your residence permits, even the old ones
document--lease = Your lease, that is your rental contract
document--landlord-details = Your landlord's name and address, with the amount of the rent
document--income-papers = Papers showing your income, and that of the people who live with you
document--loan-papers = The papers of your housing loan
document--tax-notice = Your last tax notice, if you have one
document--id-photo = An ID photo less than 6 months old
document--proof-of-address = A paper with your address, less than 1 year old
document--current-id = Your old identity card or your passport, if you have one
document--pre-application-number = The number of your online pre-application, if you have it
document--host-id-and-letter = The identity document and the signed letter of the person who hosts you
document--host-proof-of-address = A paper less than 1 year old, in your host's name, with the address
document--loss-or-theft-declaration = The declaration of loss or theft, if your papers are lost or stolen
document--work-papers = Your work papers: payslips, work certificates, CV
document--medical-certificate = The medical certificate filled in by your doctor, less than 1 year old
document--protection-decision = The judge's decision, with the identity document of your guardian
document--electricity-certificate = A certificate of your electricity contract, less than 3 months old
document--energy-cheque = Your energy cheque
document--energy-bill = An electricity, gas or heating bill
document--protection-papers = The papers the préfecture gave you (certificate, residence authorisation)

document--birth-certificate = A birth certificate less than 3 months old, if you have no recent card or passport
