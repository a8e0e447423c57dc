"""lost_qualifier: an estimate, a price for each, a restriction or an exception of the source
with no word of its kind in the translation."""

from __future__ import annotations

import re

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

GOOD = [
    # (source, target, src, tgt)
    # "unless" said with the language's word, as an exception, as "if … not", or as a
    # restriction of a negated rule
    (
        "New members ride their first two rides in group C, unless the road captain decides otherwise.",
        "Nieuwe leden rijden hun eerste twee ritten in groep C, tenzij de wegkapitein anders beslist.",
        "en",
        "nl",
    ),
    (
        "Fees are not refundable after the start, unless you have to leave for medical reasons.",
        "Les frais ne sont pas remboursables après le début, sauf si vous devez partir pour raison médicale.",
        "en",
        "fr",
    ),
    (
        "You will be charged a fee unless you cancel by Friday.",
        "Ihnen wird eine Gebühr berechnet, wenn Sie nicht bis Freitag stornieren.",
        "en",
        "de",
    ),
    # a negated rule with "unless" said positively, in words of the translation's own
    (
        "Do not accept a key as being pressed unless it is held for this many milliseconds.",
        "Délai en millisecondes entre l’appui sur une touche et son acceptation par le système.",
        "en",
        "fr",
    ),
    # ... or as a time before which it holds ("not … unless" said "pas … avant")
    (
        "The key's validity is not necessarily correct unless you restart the program.",
        "La validité de la clef n'est pas forcément correcte avant d'avoir relancé le programme.",
        "en",
        "fr",
    ),
    (
        "Deposits are not refunded unless the trip is cancelled by us.",
        "Anzahlungen werden nur erstattet, wenn wir die Reise absagen.",
        "en",
        "de",
    ),
    # a negation in the restriction's clause, or in one without a verb, may carry it
    ("You can only pay by card, not in cash.", "Sie können mit Karte zahlen, nicht bar.", "en", "de"),
    (
        "Members cannot bring only one guest to the dinner.",
        "Die Mitglieder können nicht einen Gast zum Essen mitbringen.",
        "en",
        "de",
    ),
    # a short software message says "only" its own way
    ("Only %s files are listed.", "Es werden %s-Dateien aufgelistet.", "en", "de"),
    # "free of charge" said as not paying
    (
        "Parents may watch the lessons free of charge from the gallery.",
        "Os pais podem assistir às aulas na galeria e não pagam entrada.",
        "en",
        "pt",
    ),
    (
        "Carers of disabled visitors are admitted free of charge.",
        "Begleitpersonen von Besuchern mit Behinderung zahlen keinen Eintritt.",
        "en",
        "de",
    ),
    # an exception the source says ("except", "unless", "other than") or with a negation
    (
        "Each scooter carries one person, except children riding with an adult.",
        "Cada patinete lleva a una persona, salvo niños que viajen con un adulto.",
        "en",
        "es",
    ),
    # a price of nothing the source says, implies ("included") or says with a negation
    ("Parking is included in the room price.", "Das Parken ist im Zimmerpreis kostenlos.", "en", "de"),
    ("There is no charge for parking at the hotel.", "Das Parken am Hotel ist kostenlos.", "en", "de"),
    ("Guests enjoy complimentary parking.", "Les clients profitent du parking gratuit.", "en", "fr"),
    (
        "Smoking is not permitted anywhere in the zoo, including outdoor areas.",
        "No está permitido fumar en ningún lugar del zoo, incluidas las zonas al aire libre.",
        "en",
        "es",
    ),
    (
        "The shop is open every day of the week but not on public holidays.",
        "Der Laden ist jeden Tag der Woche geöffnet, außer an Feiertagen.",
        "en",
        "de",
    ),
    # an exception said with the word for "without", where the source has none of its own
    (
        "Prices are quoted except VAT.",
        "Les prix sont indiqués sans TVA.",
        "en",
        "fr",
    ),
    # a word for "without" or "outside" is no exception
    (
        "Parents stay in the room for the whole party, watching from the back.",
        "Os pais ficam na sala durante toda a festa, sem intervir no espetáculo.",
        "en",
        "pt",
    ),
    # an "always" the source licenses ("whenever", "still", "each"), or in a set phrase
    (
        "Whenever you cancel less than 24 hours in advance, the session is charged in full.",
        "Se cancelar com menos de 24 horas de antecedência, a sessão é sempre cobrada na totalidade.",
        "en",
        "pt",
    ),
    (
        "Prices rise more and more in the city centre.",
        "I prezzi salgono sempre più nel centro città.",
        "en",
        "it",
    ),
    (
        "Our customers keep coming back to the shop year after year.",
        "Unsere Kundinnen und Kunden kommen immer wieder in den Laden.",
        "en",
        "de",
    ),
    # "only available to" said "reserved for"
    (
        "Online booking is only available to groups registered with the city's sports office.",
        "La réservation en ligne est réservée aux groupes inscrits auprès du service des sports.",
        "en",
        "fr",
    ),
    # "ride free", "stay free" said as not paying, or with the language's word
    (
        "Tickets cost €18 per child aged 4 to 12; children under 4 ride free.",
        "I biglietti costano 18 € per bambino dai 4 ai 12 anni; i bambini sotto i 4 anni non pagano.",
        "en",
        "it",
    ),
    (
        "Babies under 2 stay free in their parents' room.",
        "Babys unter 2 Jahren übernachten kostenlos im Zimmer der Eltern.",
        "en",
        "de",
    ),
    ("Children under 3 go free.", "Kinder unter 3 Jahren haben freien Eintritt.", "en", "de"),
    ("Children under 3 go free.", "Les enfants de moins de 3 ans ont l'entrée libre.", "en", "fr"),
    # "free of charge" said with the language's word for it
    (
        "You can cancel free of charge up to 24 hours before the appointment.",
        "U kunt tot 24 uur voor de afspraak kosteloos annuleren.",
        "en",
        "nl",
    ),
    (
        "New members may attend two rehearsals for free before they join the choir.",
        "I nuovi membri possono assistere a due prove in omaggio prima di iscriversi al coro.",
        "en",
        "it",
    ),
    # "only" before a condition said as a requirement
    (
        "The after-school club costs 12 euros per day and is only available if you book it by Friday.",
        "Die Nachmittagsbetreuung kostet 12 Euro pro Tag und muss bis Freitag gebucht werden.",
        "en",
        "de",
    ),
    (
        "Bikes can only be hired provided that you leave an ID card at the desk.",
        "Pour louer un vélo, il faut laisser une pièce d'identité à l'accueil.",
        "en",
        "fr",
    ),
    # a price without tax said as a price plus tax ("zzgl.", "HT"); "only" said "sur simple"
    (
        "All prices for the chairs are excluding VAT and delivery.",
        "Alle Preise der Stühle verstehen sich zzgl. MwSt. und Lieferung.",
        "en",
        "de",
    ),
    (
        "All prices for the chairs are excluding VAT and delivery.",
        "Tous les prix des chaises sont HT, livraison en sus.",
        "en",
        "fr",
    ),
    (
        "Spare keys are made only on request at the front desk.",
        "Sur simple demande, l'accueil fait faire un double des clés.",
        "en",
        "fr",
    ),
    (
        "The guided walk lasts about 45 minutes from the gate.",
        "Die Führung dauert etwa 45 Minuten ab dem Tor.",
        "en",
        "de",
    ),
    (
        "The guided walk lasts about 45 minutes from the gate.",
        "La visite dure une quarantaine de minutes depuis la porte.",
        "en",
        "fr",
    ),
    (
        "The guided walk lasts roughly 45 minutes from the gate.",
        "Экскурсия длится около 45 минут от ворот.",
        "en",
        "ru",
    ),
    # a year is no amount: "around 1525" is "um 1525"
    (
        "The vase was painted around 1525 in a small workshop.",
        "Die Vase wurde um 1525 in einer kleinen Werkstatt bemalt.",
        "en",
        "de",
    ),
    # "about" before no amount is no estimate
    (
        "Ask the guide about the history of the old mill.",
        "Fragen Sie den Führer nach der Geschichte der Mühle.",
        "en",
        "de",
    ),
    # a price for each, said with the language's word
    (
        "The two day passes cost €12 each at the kiosk.",
        "I due biglietti giornalieri costano 12 € ciascuno al chiosco.",
        "en",
        "it",
    ),
    (
        "The two day passes cost €12 each at the kiosk.",
        "Los dos pases cuestan 12 € cada uno en el quiosco.",
        "en",
        "es",
    ),
    # a size "each" is no price
    (
        "The archive holds forty boxes of 2 kg each on the shelf.",
        "Das Archiv hat vierzig Kisten mit 2 kg im Regal.",
        "en",
        "de",
    ),
    # "only" said with a word or construction of the language
    (
        "Tickets can only be bought at the station counter.",
        "Les billets ne s'achètent qu'au guichet de la gare.",
        "en",
        "fr",
    ),
    (
        "Tickets can only be bought at the station counter.",
        "Fahrkarten gibt es erst am Schalter im Bahnhof zu kaufen.",
        "en",
        "de",
    ),
    (
        "Tickets can only be bought at the station counter.",
        "Kaartjes zijn uitsluitend aan het loket te koop.",
        "en",
        "nl",
    ),
    (
        "Tickets can only be bought at the station counter.",
        "Os bilhetes só podem ser comprados na bilheteira.",
        "en",
        "pt",
    ),
    (
        "Tickets can only be bought at the station counter.",
        "On n'achète les billets qu'au guichet de la gare.",
        "en",
        "fr",
    ),
    # set phrases: "not only", "each other"
    (
        "The hall is not only bigger but also brighter than before.",
        "La sala è più grande e più luminosa di prima.",
        "en",
        "it",
    ),
    (
        "We drove to the lake only to find the car park full.",
        "Wir fuhren zum See und fanden den Parkplatz voll.",
        "en",
        "de",
    ),
    # a negation may carry the restriction; a keyword in capitals is kept as written
    (
        "You cannot select only one of the two boxes here.",
        "Die beiden Kästchen lassen sich hier nicht einzeln wählen.",
        "en",
        "de",
    ),
    (
        "The statement is allowed in READ ONLY mode for the table.",
        "La instrucción se permite en el modo READ ONLY de la tabla.",
        "en",
        "es",
    ),
    # the exception kept, or a negated rule's exception said as a restriction
    (
        "All rooms have a balcony except the two on the ground floor.",
        "Alle Zimmer außer den beiden im Erdgeschoss haben einen Balkon.",
        "en",
        "de",
    ),
    (
        "Dogs are not allowed in the fields, except assistance dogs.",
        "In de velden zijn alleen hulphonden toegestaan.",
        "en",
        "nl",
    ),
    (
        "Dogs are not allowed in the fields, except assistance dogs.",
        "Les chiens ne sont admis dans les champs que s'il s'agit de chiens d'assistance.",
        "en",
        "fr",
    ),
    (
        "All rooms have a balcony except the two on the ground floor.",
        "Все номера, кроме двух на первом этаже, с балконом.",
        "en",
        "ru",
    ),
    # a price's tax said the same way, or a net price added beside the gross one
    ("The sofa costs £800 including VAT.", "Das Sofa kostet 800 £ inkl. MwSt.", "en", "de"),
    ("The sofa costs £800 plus VAT.", "Le canapé coûte 800 £ HT.", "en", "fr"),
    ("The sofa costs £800 including VAT.", "Het bankstel kost £ 800 (£ 667 excl. btw).", "en", "nl"),
    # "free" said as a price of nothing, or in its other sense; "you are free to" is a permission
    (
        "Before the first booking, we carry out a free visit of about 30 minutes with you and your pet.",
        "Antes da primeira reserva, fazemos uma visita gratuita de cerca de 30 minutos consigo.",
        "en",
        "pt",
    ),
    (
        "The course ends at noon, so you have a free afternoon to explore the old town on your own.",
        "Il corso finisce a mezzogiorno, quindi avete un pomeriggio libero per esplorare la città.",
        "en",
        "it",
    ),
    (  # "full refund" said "rimborso completo"
        "You can receive a full refund within 10 working days.",
        "Potete ricevere il rimborso completo entro 10 giorni lavorativi.",
        "en",
        "it",
    ),
    (  # a price of nothing the source says with its word in a compound of a function word
        "You can add free-of-charge parking for your stay at the farm.",
        "Pode juntar estacionamento gratuito para a sua estadia na quinta.",
        "en",
        "pt",
    ),
    (  # "non … che": only
        "Dogs are only allowed on a lead.",
        "I cani non sono ammessi che al guinzaglio.",
        "en",
        "it",
    ),
    (  # "free" in the sense "available"
        "Clients without an appointment are only served if a stylist is free.",
        "Les clients sans rendez-vous ne sont pris en charge que si un coiffeur est disponible.",
        "en",
        "fr",
    ),
    (
        "You are free to leave the session at any time if you feel unwell during the exercises.",
        "Vous pouvez quitter la séance à tout moment si vous ne vous sentez pas bien.",
        "en",
        "fr",
    ),
    (  # "free of" and "free from" in the sense "without"
        "We cannot guarantee that any product is free of traces of nuts.",
        "Aucun de nos produits ne peut être garanti sans traces de fruits à coque.",
        "en",
        "fr",
    ),
    (
        "All our soaps are free from palm oil.",
        "Tutti i nostri saponi sono senza olio di palma.",
        "en",
        "it",
    ),
    # "in full" said with a word for the whole
    (
        "If a course is cancelled, you will be refunded in full within 30 days.",
        "En cas d’annulation d’un cours, vous êtes remboursé intégralement sous 30 jours.",
        "en",
        "fr",
    ),
    (
        "If a course is cancelled, you will be refunded in full within 30 days.",
        "Wird ein Kurs abgesagt, erstatten wir den Betrag innerhalb von 30 Tagen in voller Höhe.",
        "en",
        "de",
    ),
    # an exception kept beside the source's "outside", and a word for "outside" said "except"
    (
        "Vehicles may not be driven outside the European Union, except to Switzerland and Norway.",
        "I veicoli non possono circolare al di fuori dell'Unione europea, tranne in Svizzera e Norvegia.",
        "en",
        "it",
    ),
    (
        "Vehicles may be driven anywhere in Europe except in Switzerland.",
        "I veicoli possono circolare ovunque in Europa, al di fuori della Svizzera.",
        "en",
        "it",
    ),
    # "but only" said "maar alleen"; "maar" alone for "only", the source saying no "but"
    (
        "Someone else may collect the parcel for you, but only with a signed authorisation.",
        "Iemand anders mag het pakket voor u ophalen, maar alleen met een ondertekende machtiging.",
        "en",
        "nl",
    ),
    (
        "Someone else may collect the parcel for you with only a signed authorisation.",
        "Iemand anders mag het pakket voor u ophalen met maar één ondertekende machtiging.",
        "en",
        "nl",
    ),
]

BAD = [
    # the translation's word for "outside" renders the source's own, not its "except"
    (
        "Vehicles may not be driven outside the European Union, except to Switzerland and Norway.",
        "I veicoli non possono circolare al di fuori dell'Unione europea.",
        "en",
        "it",
        "except",
    ),
    # an exception in a segment of two sentences, more than 40 words together: each sentence
    # is read on its own
    (
        "A monthly pass costs €49 (€39 for students under 26) and can be cancelled online or at the "
        "reception desk at the end of any month with at least 14 days' notice. The annual pass "
        "cannot be refunded, except on presentation of a medical certificate.",
        "L'abonnement mensuel coûte 49 € (39 € pour les étudiants de moins de 26 ans) et peut être "
        "résilié en ligne ou à l'accueil à la fin de chaque mois avec un préavis d'au moins 14 "
        "jours. L'abonnement annuel n'est pas remboursable.",
        "en",
        "fr",
        "except",
    ),
    # ... or a word for before (in advance) ahead of the negation
    (
        "Lessons cancelled less than 24 hours in advance are not refunded, unless the pupil "
        "presents a doctor's certificate.",
        "Stunden, die weniger als 24 Stunden vorher abgesagt werden, werden nicht erstattet.",
        "en",
        "de",
        "unless",
    ),
    # ... but a "before" the source says too renders its own
    (
        "Do not call us before 9 a.m. unless it is urgent.",
        "Ne nous appelez pas avant 9 heures.",
        "en",
        "fr",
        "unless",
    ),
    # an exception of a negated rule lost; "non … prima che" (before) restricts nothing
    (
        "Never pick up a truffle before the hunter has checked it. Guests may not bring their "
        "own dogs, except for assistance dogs.",
        "Non raccogliete mai un tartufo prima che il cercatore lo abbia controllato. Gli ospiti "
        "non possono portare i propri cani.",
        "en",
        "it",
        "except",
    ),
    # a negation of another verb, an auxiliary between it and the restriction's
    (
        "Pieces not collected within 30 days will be kept only for a further 30 days.",
        "I pezzi non ritirati entro 30 giorni saranno custoditi per altri 30 giorni.",
        "en",
        "it",
        "only",
    ),
    # Dutch "maar" renders the source's "but", not its "only"
    (
        "Someone else may collect the parcel for you, but only with a signed authorisation.",
        "Iemand anders mag het pakket voor u ophalen, maar met een ondertekende machtiging.",
        "en",
        "nl",
        "only",
    ),
    # a word that opens as a qualifier does but says another thing ("außerdem": moreover)
    (
        "New members also pay a one-time admission fee of €80, except juniors.",
        "Neue Mitglieder zahlen außerdem eine einmalige Aufnahmegebühr von 80 €.",
        "en",
        "de",
        "except",
    ),
    (
        "This unique offer is valid only on Saturdays.",
        "Dieses einzigartige Angebot gilt samstags.",
        "en",
        "de",
        "only",
    ),
    # a negation in a clause with a verb of its own carries no restriction of the other's
    (
        "Food must be served from the kitchen only, and cooking with open flames is not allowed.",
        "Speisen dürfen aus der Küche ausgegeben werden, und Kochen mit offener Flamme ist nicht erlaubt.",
        "en",
        "de",
        "only",
    ),
    # an "unless" whose condition the translation drops
    (
        "New members always ride their first two rides in group C, unless the captain decides otherwise.",
        "Nieuwe leden rijden hun eerste twee ritten altijd in groep C.",
        "en",
        "nl",
        "unless",
    ),
    # ... nor one in a clause joined on, a rule of its own ("and never …")
    (
        "In our club only members may use the sauna, and never without supervision.",
        "In unserem Verein dürfen Mitglieder die Sauna benutzen, und niemals ohne Aufsicht.",
        "en",
        "de",
        "only",
    ),
    # "only if" with a requirement word the source says too: that word is not the restriction
    (
        "Please only travel if your journey is really necessary.",
        "Viaje si su desplazamiento es realmente necesario.",
        "en",
        "es",
        "only",
    ),
    # a short sentence of an everyday text is prose too
    ("Gutters are only covered for 12 months.", "Dakgoten zijn 12 maanden gedekt.", "en", "nl", "only"),
    # "only to" before what it restricts to
    (
        "The guarantee applies only to installations carried out by our engineers.",
        "La garanzia vale per le installazioni eseguite dai nostri tecnici.",
        "en",
        "it",
        "only",
    ),
    # "for free" dropped
    (
        "New members may attend two rehearsals for free before they join the choir.",
        "Os novos membros podem assistir a dois ensaios antes de se inscreverem no coro.",
        "en",
        "pt",
        "for free",
    ),
    # a relative pronoun is no restriction ("che" of "non … che")
    (
        "The advanced course is only open to sailors who have completed our beginners' course.",
        "Il corso avanzato è aperto ai velisti che hanno completato il nostro corso per principianti.",
        "en",
        "it",
        "only",
    ),
    # "free of charge" dropped where "available" is the source's own word
    (
        "The guide is available free of charge at the desk.",
        "Le guide est disponible à l'accueil.",
        "en",
        "fr",
        "free of charge",
    ),
    # "free of cost" dropped ("free of" alone says "without")
    (
        "Parking is available free of cost at the station.",
        "Il parcheggio è disponibile presso la stazione.",
        "en",
        "it",
        "free of cost",
    ),
    # "ride free" said as paying
    (
        "Tickets cost €18 per child; babies in arms ride free.",
        "I biglietti costano 18 € per bambino; i neonati in braccio pagano.",
        "en",
        "it",
        "ride free",
    ),
    # a requirement says nothing of an "only" without a condition
    (
        "The after-school club costs 12 euros per day and is only available to pupils of our school.",
        "Die Nachmittagsbetreuung kostet 12 Euro pro Tag und muss von Schülern besucht werden.",
        "en",
        "de",
        "only",
    ),
    # (source, target, src, tgt, flagged)
    (
        "The guided walk lasts about 45 minutes from the gate.",
        "Die Führung dauert 45 Minuten ab dem Tor.",
        "en",
        "de",
        "about",
    ),
    (
        "The repair will take approximately 3 weeks in the workshop.",
        "La réparation prendra 3 semaines à l'atelier.",
        "en",
        "fr",
        "approximately",
    ),
    (
        "The two day passes cost €12 each at the kiosk.",
        "I due biglietti giornalieri costano 12 € al chiosco.",
        "en",
        "it",
        "each",
    ),
    (
        "Complaints are accepted by post only, within a month.",
        "Las reclamaciones se aceptan por correo en el plazo de un mes.",
        "en",
        "es",
        "only",
    ),
    (
        "Tickets can only be bought at the station counter.",
        "Kaartjes zijn aan het loket te koop op het station.",
        "en",
        "nl",
        "only",
    ),
    (
        "All rooms have a balcony except the two on the ground floor.",
        "Все номера на первом этаже с балконом и видом.",
        "en",
        "ru",
        "except",
    ),
    (
        "All rooms have a balcony except the two on the ground floor.",
        "Todos os quartos do rés-do-chão têm varanda.",
        "en",
        "pt",
        "except",
    ),
    # "a free visit" said without a word for free
    (
        "Before the first booking, we carry out a free visit of about 30 minutes with you and your pet.",
        "Antes da primeira reserva, fazemos uma visita de apresentação de cerca de 30 minutos consigo.",
        "en",
        "pt",
        "a free",
    ),
    # "in full" dropped
    (
        "If a course is cancelled, you will be refunded in full within 30 days.",
        "En cas d’annulation d’un cours, vous êtes remboursé sous 30 jours.",
        "en",
        "fr",
        "in full",
    ),
]


# A price's tax said included in the source, added in the translation, or the reverse.
TAX_BAD = [
    ("The sofa costs £800 including VAT.", "Das Sofa kostet 800 £ zzgl. MwSt.", "en", "de", "zzgl. MwSt"),
    # a verb for the basis, and a rate beside the tax's word
    (
        "A delivery costs €7.50. All rates exclude 21% VAT.",
        "Een bezorging kost € 7,50. Alle tarieven zijn inclusief 21% btw.",
        "en",
        "nl",
        "inclusief 21% btw",
    ),
    ("All prices include 19% VAT.", "Alle Preise zzgl. 19 % MwSt.", "en", "de", "zzgl. 19 % MwSt"),
    (
        "The sofa costs £800 incl. VAT, delivered.",
        "Il divano costa 800 sterline IVA esclusa.",
        "en",
        "it",
        "IVA esclusa",
    ),
    (
        "Rooms cost €95 plus VAT a night.",
        "Las habitaciones cuestan 95 € IVA incluido por noche.",
        "en",
        "es",
        "IVA incluido",
    ),
    # a tax said added with its rate between ("VAT at 23% is added")
    (
        "A place costs €35 per day. VAT at 23% is added to all prices.",
        "Um lugar custa 35 € por dia. Todos os preços incluem IVA à taxa de 23%.",
        "en",
        "pt",
        "incluem IVA",
    ),
    # ... or stated where the source says nothing of a tax
    (
        "Bulky items cost €25 per collection.",
        "Los voluminosos cuestan 25 €, IVA incluido.",
        "en",
        "es",
        "IVA incluido",
    ),
    ("A room costs €90 per night.", "Une chambre coûte 90 € TTC par nuit.", "en", "fr", "TTC"),
    # ... in a sentence of prose that names no amount
    (
        "The remaining amount is paid on the day of the visit, by card or in cash.",
        "Il saldo si paga il giorno della visita, con carta o in contanti, IVA esclusa.",
        "en",
        "it",
        "IVA esclusa",
    ),
]

# A tax basis the source states too, or of no amount, or a source that names a tax at all.
TAX_GOOD = [
    (
        "A delivery costs €7.50. All rates exclude 21% VAT.",
        "Een bezorging kost € 7,50. Alle tarieven zijn exclusief 21% btw.",
        "en",
        "nl",
    ),
    ("All prices include VAT at 21%.", "Todos los precios, IVA del 21 % incluido.", "en", "es"),
    (
        "A place costs €35 per day. VAT at 23% is added to all prices.",
        "Um lugar custa 35 € por dia. A todos os preços acresce IVA à taxa de 23%.",
        "en",
        "pt",
    ),
    ("A room costs €90 per night, VAT included.", "Une chambre coûte 90 € TTC par nuit.", "en", "fr"),
    ("A taxi to the airport costs €30.", "Un taxi pour l'aéroport coûte 30 € TTC.", "en", "fr"),
    ("Prices include all taxes.", "Die Preise verstehen sich inkl. MwSt.", "en", "de"),
    ("Prices are shown as on the receipt.", "Preise inkl. MwSt. wie auf dem Beleg.", "en", "de"),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), TAX_GOOD)
def test_a_tax_basis_the_source_allows_is_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("lost_qualifier", source, target, src, tgt) == []


@pytest.mark.parametrize(("source", "target", "src", "tgt", "flagged"), TAX_BAD)
def test_a_tax_basis_other_than_the_sources_is_flagged(
    source: str, target: str, src: str, tgt: str, flagged: str
) -> None:
    issues = run("lost_qualifier", source, target, src, tgt)
    assert [(i.side, i.text) for i in issues] == [("target", flagged)]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD)
def test_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("lost_qualifier", source, target, src, tgt) == []


@pytest.mark.parametrize(("source", "target", "src", "tgt", "flagged"), BAD)
def test_flagged(source: str, target: str, src: str, tgt: str, flagged: str) -> None:
    issues = run("lost_qualifier", source, target, src, tgt)
    # marked in the translation, where it lacks the word, with the source's word beside it
    assert [(i.side, source[slice(*i.source_span)]) for i in issues] == [("target", flagged)]
    # two words (as the checks split them: "dell'Unione", "rés" and "do"), a number between
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", issues[0].text)
    assert len(words) == 2 or (len(words) == 3 and words[1].isdigit())


# (source, target, target language, the words marked): where a lost exception is marked
EXCEPTION_MARKS = [
    # said as an inclusion: on that word
    (
        "Visitors may take photographs everywhere except in the archive room.",
        "Os visitantes podem tirar fotografias em todo o museu, incluindo na sala do arquivo.",
        "pt",
        "incluindo",
    ),
    # the source's last clause: the translation's last words, a number among them
    (
        "Shareholders with fewer than 50 shares receive 10%, except on gift packs.",
        "Aandeelhouders met minder dan 50 aandelen krijgen 10%.",
        "nl",
        "krijgen 10%",
    ),
    # ... where a decimal comma is no clause's ("2,80 m")
    (
        "Stay ashore above 2.80 m. From May, a life jacket is a must for every rower, except on the pond.",
        "Restez à terre au-dessus de 2,80 m. Dès mai, le gilet est obligatoire pour chaque rameur.",
        "fr",
        "chaque rameur",
    ),
    # a word for "without" that says the source's own "without", not its exception
    (
        "Commercial use is not allowed without written permission, except for business portraits.",
        "Commercieel gebruik is niet toegestaan zonder schriftelijke toestemming.",
        "nl",
        "schriftelijke toestemming",
    ),
]


@pytest.mark.parametrize(("source", "target", "tgt", "marked"), EXCEPTION_MARKS)
def test_a_lost_exception_is_marked_where_the_translation_says_otherwise(
    source: str, target: str, tgt: str, marked: str
) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [(i.side, i.text) for i in issues] == [("target", marked)]


def test_an_inclusion_the_source_says_too_is_not_the_exception() -> None:
    source = "All meals are served including breakfast, except on Sundays when the kitchen is closed."
    target = "Todas as refeições são servidas, incluindo o pequeno-almoço, também ao domingo."
    issues = run("lost_qualifier", source, target, "en", "pt")
    assert [i.text for i in issues if i.text == "incluindo"] == []


BOUND_GOOD = [
    # (source, target, tgt)
    # a bound after its number ("12 and over") said before it, after it, or with a "+"
    ("Children aged 12 and over pay €5.", "Les enfants de 12 ans et plus paient 5 €.", "fr"),
    ("Children aged 12 and over pay €5.", "I bambini dai 12 anni in su pagano 5 €.", "it"),
    ("Children aged 12 and over pay €5.", "Kinderen van 12 jaar en ouder betalen € 5.", "nl"),
    ("Children aged 12 and over pay €5.", "Los niños de 12 años en adelante pagan 5 €.", "es"),
    ("Children aged 12 and over pay €5.", "Kinder ab 12 Jahren zahlen 5 €.", "de"),
    (
        "The courses are open to anyone aged 16 or over.",
        "I corsi sono aperti a chi ha compiuto 16 anni.",
        "it",
    ),
    ("We cancel at wind force 6 or more.", "Wij annuleren bij windkracht 6+.", "nl"),
    # the bound said with a bound pair, a word of its own, after the number, or as a comparison
    ("The lift carries up to 8 people at a time.", "Der Aufzug befördert bis zu 8 Personen.", "de"),
    ("The lift carries up to 8 people at a time.", "L'ascenseur transporte 8 personnes au maximum.", "fr"),
    (  # "at most" said "cuando mucho"
        "The list must contain at least 1 and at most 16 registers.",
        "La lista debe contener por lo menos 1 y cuando mucho 16 registros.",
        "es",
    ),
    (  # after a rate's words
        "Each member may bring a guest no more than three times per season.",
        "Chaque membre peut inviter une personne trois fois par saison au maximum.",
        "fr",
    ),
    ("The lift carries up to 8 people at a time.", "El ascensor lleva un máximo de 8 personas.", "es"),
    ("The lift carries up to 8 people at a time.", "L'ascensore porta fino a 8 persone.", "it"),
    ("Prices start from €8 per person.", "I prezzi partono da 8 € a persona.", "it"),
    ("If you do not want more than 2, say so.", "Se non ne vuole più di 2, lo dica.", "it"),
    ("The lift carries up to 8 people at a time.", "De lift vervoert maximaal 8 personen.", "nl"),
    # said once after the last of the numbers it bounds
    (
        "The ferry has a capacity of no more than 120 passengers and 18 vehicles.",
        "Le bac a une capacité de 120 passagers et 18 véhicules au maximum.",
        "fr",
    ),
    (
        "The hall holds up to 80 seated or 120 standing guests.",
        "La sala ospita 80 persone sedute o 120 in piedi al massimo.",
        "it",
    ),
    ("The lift carries up to 8 people at a time.", "O elevador transporta até 8 pessoas.", "pt"),
    ("Riders must be at least 14 years old.", "Les cyclistes doivent avoir 14 ans révolus.", "fr"),
    ("Riders must be at least 14 years old.", "Los ciclistas deben ser mayores de 14 años.", "es"),
    ("Riders must be at least 14 years old.", "Fahrer müssen ab 14 Jahre alt sein.", "de"),
    (
        "Passwords must be no more than 20 characters long.",
        "Passwörter dürfen nicht länger als 20 Zeichen sein.",
        "de",
    ),
    (
        "The tank holds less than 40 litres of water.",
        "Il serbatoio contiene una quantità inferiore a 40 litri d'acqua.",
        "it",
    ),
    # a negation before the bound ("does not need more than": "two hours suffice")
    ("You do not need more than 2 hours for the walk.", "Für den Weg reichen 2 Stunden.", "de"),
    # ... a negation of the clause's verb, which the translation says its own way
    (
        "The walk is not for people who cannot climb for at least 2 hours.",
        "Der Weg ist nur für Menschen, die 2 Stunden und mehr steigen können.",
        "de",
    ),
    # the end of a range ("from 4 up to 12": "de 4 à 12"), a bound of one ("plusieurs")
    ("Groups of 4 up to 12 people are welcome.", "Les groupes de 4 à 12 personnes sont bienvenus.", "fr"),
    ("Please bring at least one photo of the room.", "Apportez une ou plusieurs photos de la pièce.", "fr"),
    # a starting price said as one ("ab", "a partire da", "da"), a range from a price, a
    # "from" before no price
    ("Replacing a zip costs from £18, depending on length.", "Ein Reißverschluss kostet ab 18 £.", "de"),
    ("Replacing a zip costs from £18, depending on length.", "Una cerniera costa da 18 £.", "it"),
    ("Lessons cost from £18 to £25, depending on length.", "Le lezioni costano 18 £, 25 £ se lunghe.", "it"),
    ("Lessons cost from £18–25, depending on length.", "Les cours coûtent 18 £, 25 £ si longs.", "fr"),
    ("Lessons cost from €10-€20, depending on length.", "Le lezioni costano 10 €, 20 € se lunghe.", "it"),
    ("The shop is open from 9 every day of the week.", "Il negozio è aperto alle 9 tutti i giorni.", "it"),
    # the number not kept: another check's concern
    ("The lift carries up to 8 people at a time.", "Der Aufzug befördert zehn Personen.", "de"),
    # a limit said as one, or as a maximum
    ("Groups are limited to 15 people.", "Les groupes sont limités à 15 personnes.", "fr"),
    ("Groups are limited to 15 people at a time.", "Er kunnen maximaal 15 mensen per groep mee.", "nl"),
    # the bound beside the same number's other occurrence, commas around it
    (
        "Children aged 3 to 10 need a room of at least 3 × 3 metres.",
        "As crianças dos 3 aos 10 anos precisam de uma sala de, pelo menos, 3 × 3 metros.",
        "pt",
    ),
    # a bound of half kept, or no word for half in the translation (another check's concern)
    (
        "Every player must get at least half of each match on the pitch.",
        "Elke speler moet van elke wedstrijd minstens de helft op het veld staan.",
        "nl",
    ),
    ("Up to half of the places are kept for members.", "Jusqu'à la moitié des places est réservée.", "fr"),
    ("Up to half of the places are kept for members.", "Einige Plätze sind für Mitglieder reserviert.", "de"),
    # a bound of "one" and its unit kept, or said before an article's "one" of another noun
    (
        "Groups must book at least one week in advance.",
        "Os grupos devem reservar com, pelo menos, uma semana de antecedência.",
        "pt",
    ),
    (
        "Groups must book at least one week in advance and bring one adult.",
        "Gruppen müssen mindestens eine Woche im Voraus buchen und einen Erwachsenen mitbringen.",
        "de",
    ),
    # the bound a few words from its number ("mindestens seit zwei Jahren")
    (
        "Drivers must have held a licence for at least two years.",
        "Fahrer müssen den Führerschein mindestens seit zwei Jahren besitzen.",
        "de",
    ),
]


@pytest.mark.parametrize(("source", "target", "tgt"), BOUND_GOOD)
def test_a_bound_kept_is_silent(source: str, target: str, tgt: str) -> None:
    assert run("lost_qualifier", source, target, "en", tgt) == []


BOUND_BAD = [
    # a bound a coordinator joins to another number opens no range ("2 adults and up to 3")
    (
        "The family ticket (2 adults and up to 3 children) costs €22.",
        "O bilhete família (2 adultos e 3 crianças) custa 22 €.",
        "pt",
        "3",
        "up to",
    ),
    # (source, target, tgt, the number marked, the source's bound)
    # a bound after its number lost
    (
        "If we cancel because of a storm warning (wind force 6 or more), you get your money back.",
        "Als wij annuleren vanwege een stormwaarschuwing (windkracht 6), krijgt u uw geld terug.",
        "nl",
        "6",
        "or more",
    ),
    ("Children aged 12 and over pay €5.", "Les enfants de 12 ans paient 5 €.", "fr", "12", "and over"),
    # a word for "from" before the number is no upper bound; a negation in a clause before
    ("Rides of up to 30 minutes are free.", "Le corse da 30 minuti sono gratuite.", "it", "30", "up to"),
    (
        "If you do not, a charge of up to €350 may be applied.",
        "In caso contrario, potrà essere applicato un addebito di 350 €.",
        "it",
        "350",
        "up to",
    ),
    (
        "Vans may stop for no longer than 20 minutes.",
        "Las furgonetas pueden parar 20 minutos.",
        "es",
        "20",
        "no longer than",
    ),
    (
        "Replacing a zip costs from £18, depending on length.",
        "La sostituzione di una cerniera costa 18 £, a seconda della lunghezza.",
        "it",
        "18",
        "from",
    ),
    (
        "Haircuts cost from 25 € for adults at our salon in the centre.",
        "Knippen kost 25 € bij volwassenen in onze salon in het centrum.",
        "nl",
        "25",
        "from",
    ),
    ("The lift carries up to 8 people at a time.", "Der Aufzug befördert 8 Personen.", "de", "8", "up to"),
    (
        "The lift carries up to 8 people at a time.",
        "L'ascenseur transporte 8 personnes à la fois.",
        "fr",
        "8",
        "up to",
    ),
    (
        "A maximum of three dogs may stay in each cabin.",
        "In elke hut mogen drie honden verblijven.",
        "nl",
        "drie",
        "A maximum of",
    ),
    (
        "Riders must be at least 14 years old on the day of the race.",
        "Os ciclistas devem ter 14 anos no dia da corrida.",
        "pt",
        "14",
        "at least",
    ),
    (
        "The recipe needs more than 500 grams of flour for the dough.",
        "La ricetta richiede 500 grammi di farina per l'impasto.",
        "it",
        "500",
        "more than",
    ),
    # a number opening a compound ("30-day") opens no range
    (
        "A 30-day pass with up to 45 minutes of riding per day costs €24.99.",
        "El bono de 30 días, con 45 minutos de trayecto al día, cuesta 24,99 €.",
        "es",
        "45",
        "up to",
    ),
    (
        "Groups are limited to 15 people, so book ahead.",
        "Er kunnen 15 mensen per groep mee, dus boek vooraf.",
        "nl",
        "15",
        "limited to",
    ),
    (
        "Children aged 3 to 10 need a room of at least 3 × 3 metres.",
        "As crianças dos 3 aos 10 anos precisam de uma sala de 3 × 3 metros.",
        "pt",
        "3",
        "at least",
    ),
    # another number's bound in the same sentence ("mindestens 23") is not this one's
    (
        "Drivers must be at least 23 years old and have held a licence for at least two years.",
        "Fahrer müssen mindestens 23 Jahre alt sein und seit zwei Jahren einen Führerschein besitzen.",
        "de",
        "zwei",
        "at least",
    ),
    (
        "Each flat takes about one day, and you will receive a letter at least five days in advance.",
        "Dat duurt per appartement ongeveer een dag, en u ontvangt vijf dagen van tevoren een brief.",
        "nl",
        "vijf",
        "at least",
    ),
    # a number before a lower bound opens no range ("… 217 at least 3")
    (
        "For group visits, please call 01945 880 217 at least 3 days in advance.",
        "Voor groepsbezoeken belt u 3 dagen van tevoren naar 01945 880 217.",
        "nl",
        "3",
        "at least",
    ),
    (
        "Groups of 12 need at least 2 adults with them at all times.",
        "Les groupes de 12 doivent être accompagnés de 2 adultes en permanence.",
        "fr",
        "2",
        "at least",
    ),
    # a bound after a negation of the clause's verb, the translation negating it too
    (
        "The walk is not for people who cannot climb for at least 2 hours without a rest.",
        "La passeggiata non è adatta a chi non riesce a salire per 2 ore senza una pausa.",
        "it",
        "2",
        "at least",
    ),
    # a bound of "one" and its unit: the translation's are marked
    (
        "Groups of more than 15 people must book at least one week in advance.",
        "Os grupos com mais de 15 pessoas devem reservar com uma semana de antecedência.",
        "pt",
        "uma semana",
        "at least",
    ),
    # a bound of half: the translation's word for half is marked
    (
        "Every player must get at least half of each match on the pitch.",
        "Elke speler moet van elke wedstrijd de helft op het veld staan.",
        "nl",
        "helft",
        "at least",
    ),
    (
        "Up to half of the places are kept for members of the club.",
        "La moitié des places est réservée aux membres du club.",
        "fr",
        "moitié",
        "Up to",
    ),
]


@pytest.mark.parametrize(("source", "target", "tgt", "marked", "said"), BOUND_BAD)
def test_a_lost_bound_is_marked_on_the_number(
    source: str, target: str, tgt: str, marked: str, said: str
) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [(i.side, i.text, source[slice(*i.source_span)] if i.source_span else "") for i in issues] == [
        ("target", marked, said)
    ]


@pytest.mark.parametrize(
    ("source", "target", "tgt", "marked"),
    [
        # the words on either side of where the qualifier would stand
        (
            "Outside these hours you may only sail if you hold a certificate.",
            "Buiten deze tijden mag je zeilen als je een certificaat hebt.",
            "nl",
            "je zeilen",
        ),
        # a negated rule's exception after a comma, lost with its clause: at the end
        (
            "Dogs are not allowed in the fields, except assistance dogs.",
            "Honden zijn niet toegestaan in de velden.",
            "nl",
            "de velden",
        ),
        # ... also with clock times in it
        (
            "Residents with a parking card may use Rua do Poço, except between 2:00 pm and 7:00 pm.",
            "Os moradores com cartão de estacionamento podem circular na Rua do Poço.",
            "pt",
            "do Poço",
        ),
        # ... also with a relative clause of its own, in a paragraph's last sentence
        (
            "Never pick a truffle before the hunter has checked it. Guests may not bring their own "
            "dogs, except for assistance dogs, which must be announced when booking.",
            "Non raccogliete mai un tartufo prima che il cercatore lo abbia controllato. Gli ospiti "
            "non possono portare i propri cani.",
            "it",
            "propri cani",
        ),
        # an exception inside its sentence: after the words before it, the translation lacking
        # its phrase too
        (
            "Members get a discount of 15% on all courses, except the summer workshops, and pay "
            "no registration fee.",
            "Les membres bénéficient d'une remise de 15 % sur tous les cours et ne paient pas de "
            "frais d'inscription.",
            "fr",
            "cours et",
        ),
        # before the number it bounds, where the translation writes that number
        (
            "The guided walk lasts about 45 minutes from the gate.",
            "Die Führung dauert 45 Minuten ab dem Tor.",
            "de",
            "dauert 45",
        ),
    ],
)
def test_marked_in_the_translation_where_it_is_missing(
    source: str, target: str, tgt: str, marked: str
) -> None:
    assert [i.text for i in run("lost_qualifier", source, target, "en", tgt)] == [marked]


def test_marked_on_the_source_in_a_script_without_spaces() -> None:
    issues = run(
        "lost_qualifier",
        "Tickets can only be bought at the station counter.",
        "切符は駅の窓口で買えます。",
        "en",
        "ja",
    )
    assert [(i.side, i.text) for i in issues] == [("source", "only")]


@pytest.mark.parametrize(
    ("source", "target", "tgt", "added"),
    [
        (
            "Sessions cancelled less than 24 hours in advance are charged in full.",
            "As sessões canceladas com menos de 24 horas de antecedência são sempre cobradas na totalidade.",
            "pt",
            "sempre",
        ),
        (
            "Dogs must be kept on a lead in the garden of the hotel.",
            "Hunde müssen im Garten des Hotels immer an der Leine geführt werden.",
            "de",
            "immer",
        ),
        # an exception appended after a comma
        (
            "Parents are asked to stay in the room for the whole party.",
            "Pedimos aos pais que permaneçam na sala durante toda a festa, exceto durante o espetáculo.",
            "pt",
            "exceto",
        ),
        (
            "Each scooter may only carry one person at a time on the road.",
            "Ogni monopattino può portare una sola persona alla volta, tranne i bambini accompagnati.",
            "it",
            "tranne",
        ),
        # a price of nothing the source does not say
        (
            "Please let us know by phone and we will offer you a replacement session in a later course.",
            "Bitte geben Sie uns telefonisch Bescheid, dann bieten wir Ihnen eine kostenlose Ersatzeinheit "
            "in einem späteren Kurs an.",
            "de",
            "kostenlose",
        ),
        # ... where the source's word for free opens a compound ("free-range")
        (
            "You can add a dozen free-range eggs for €3.80 to your weekly box.",
            "Pode juntar uma dúzia de ovos gratuitos por 3,80 € ao seu cabaz semanal.",
            "pt",
            "gratuitos",
        ),
        # ... where the source negates, but includes what the exception leaves out
        (
            "Smoking is not permitted anywhere in the zoo, including outdoor areas.",
            "No está permitido fumar en ningún lugar del zoo, excepto en las zonas al aire libre.",
            "es",
            "excepto",
        ),
    ],
)
def test_an_always_or_an_exception_the_source_does_not_say_is_flagged(
    source: str, target: str, tgt: str, added: str
) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [(i.text, i.severity) for i in issues] == [(added, Severity.WARNING)]


# (source, target, tgt): a bound of the translation that the source says too, near its number
ADDED_BOUND_GOOD = [
    # words that bound a number and open a time or a range ("até", "hasta", "dès") are no
    # bound the translation adds
    (
        "The office is open from 9:00 to 18:00 on weekdays.",
        "O escritório está aberto das 9h até às 18h nos dias úteis.",
        "pt",
    ),
    (
        "The office is open from 9:00 to 14:00 on Saturdays.",
        "La oficina abre desde las 9:00 hasta las 14:00 los sábados.",
        "es",
    ),
    (
        "Breakfast is served at 8:00 in the main hall.",
        "Le petit-déjeuner est servi dès 8 h dans la grande salle.",
        "fr",
    ),
    (
        "Riders must be 14 years old or older on race day.",
        "Les cyclistes doivent avoir au moins 14 ans le jour de la course.",
        "fr",
    ),
    (
        "The lift carries up to 8 people at a time.",
        "Der Aufzug befördert maximal 8 Personen auf einmal.",
        "de",
    ),
    (
        "Players aged 18+ may enter the open tournament.",
        "Spelers van minstens 18 jaar mogen meedoen aan het open toernooi.",
        "nl",
    ),
    # a comparative of the source ("taller than")
    (
        "Vans taller than 2.1 metres cannot use the automatic tunnel.",
        "Las furgonetas de más de 2,1 metros de altura no pueden usar el túnel automático.",
        "es",
    ),
    # a preposition, not a bound: a telephone number
    (
        "Call us on 0800 555 0192 with any questions.",
        "Rufen Sie uns bei Fragen unter 0800 555 0192 an.",
        "de",
    ),
    # the source bounds that number, and not the other one
    (
        "A donation takes at least 10 minutes, but please allow one hour for the whole visit.",
        "Un don dure au moins 10 minutes, mais prévoyez une heure pour l'ensemble de la visite.",
        "fr",
    ),
    # a bound before a number the source does not give
    (
        "The course takes two days in our workshop.",
        "Le cours dure deux jours, au moins 6 heures par jour.",
        "fr",
    ),
    # a bound after the number: with a coordinator before it, or ending the clause
    (
        "Children aged 12 and over pay full price.",
        "Kinderen van minstens 12 jaar betalen de volle prijs.",
        "nl",
    ),
    (
        "Allow 20 minutes or longer for the walk.",
        "Prévoyez au moins 20 minutes pour la marche.",
        "fr",
    ),
]

# (source, target, tgt, the bound marked): a bound the translation adds before the source's number
ADDED_BOUND_BAD = [
    (
        "A donation takes about 10 minutes, but please allow one hour for the whole visit.",
        "Un don dure environ 10 minutes, mais prévoyez au moins une heure pour l'ensemble de la visite.",
        "fr",
        "au moins",
    ),
    (
        "The course takes two days in our workshop.",
        "De cursus duurt minstens twee dagen in onze werkplaats.",
        "nl",
        "minstens",
    ),
    (
        "Our luthier has 18 years of experience with old guitars.",
        "Unsere Gitarrenbauerin hat mehr als 18 Jahre Erfahrung mit alten Gitarren.",
        "de",
        "mehr als",
    ),
    # a preposition after the number takes its own object: no bound of it
    (
        "Pupils should arrive 10 minutes before their class.",
        "Leerlingen komen minstens 10 minuten voor hun les.",
        "nl",
        "minstens",
    ),
]


# (source, target, tgt, the words marked or None): "per person" the translation adds to an amount
PER_PERSON = [
    (
        "The hourly rate is £28 for residents and £36 for everyone else.",
        "Le tarif horaire est de 28 £ par personne pour les habitants et de 36 £ pour les autres.",
        "fr",
        "par personne",
    ),
    (
        "Hiring the hall for the evening costs €120, cleaning included.",
        "Die Miete des Saals für den Abend kostet 120 € pro Person, Reinigung inbegriffen.",
        "de",
        "pro Person",
    ),
    # an amount for each night is none for each person; three words between
    (
        "A pitch for a tent costs €25 per night, and the price includes electricity and hot showers.",
        "Una piazzola per una tenda costa 25 € a notte e per persona, e il prezzo comprende "
        "l'elettricità e le docce calde.",
        "it",
        "per persona",
    ),
    # the source says it, or says the amount for each of something
    (
        "The course costs £95 per person, lunch included.",
        "O curso custa 95 libras por pessoa, almoço incluído.",
        "pt",
        None,
    ),
    (
        "Day tickets cost £12 each and must be bought before you start.",
        "Los permisos de un día cuestan 12 £ por persona y deben comprarse antes de empezar.",
        "es",
        None,
    ),
    (
        "A pitch for a tent costs €25 per night and per person, electricity included.",
        "Una piazzola per una tenda costa 25 € a notte e per persona, elettricità inclusa.",
        "it",
        None,
    ),
    # an adult's price said per adult; a person counted, no price per one
    (
        "Tickets cost £12 for adults and £6 for children under 16, bought before you start.",
        "Les billets coûtent 12 £ par adulte et 6 £ par enfant de moins de 16 ans, achetés avant.",
        "fr",
        None,
    ),
    (
        "The main hall seats 120 people, and the small room holds up to 25.",
        "La sala grande ospita 120 persone e la sala piccola fino a 25, a persona un posto.",
        "it",
        None,
    ),
]


# (source, target, tgt, the words marked or None): something a price includes that the source
# does not say
INCLUDED = [
    (
        "For groups we offer a cheese lunch for €21 per person (minimum 15 people).",
        "Voor groepen bieden wij een kaaslunch aan voor € 21 per persoon inclusief drankjes "
        "(minimaal 15 personen).",
        "nl",
        "inclusief drankjes",
    ),
    # the source says it included, or with
    (
        "Lunch costs €21 per person, drinks included.",
        "Le déjeuner coûte 21 € par personne, boissons comprises.",
        "fr",
        None,
    ),
    (
        "Lunch costs €21 per person with drinks.",
        "Il pranzo costa 21 € a persona, bevande incluse.",
        "it",
        None,
    ),
    (  # ... or says it with its verb
        "Registration fee: €350 (includes teaching materials and the learning app).",
        "Anmeldegebühr: 350 € (inklusive Lehrmaterial und Lern-App).",
        "de",
        None,
    ),
    # far from a price
    (
        "The visit ends in the shop, where you can taste our cheeses at your own pace.",
        "Il giro termina nel negozio, dove potete assaggiare i formaggi, pane incluso, con calma.",
        "it",
        None,
    ),
]


@pytest.mark.parametrize(("source", "target", "tgt", "marked"), INCLUDED)
def test_something_a_price_includes_that_the_source_does_not_say(
    source: str, target: str, tgt: str, marked: str | None
) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [i.text for i in issues] == ([marked] if marked else [])


@pytest.mark.parametrize(("source", "target", "tgt", "marked"), PER_PERSON)
def test_a_price_per_person_the_source_does_not_give(
    source: str, target: str, tgt: str, marked: str | None
) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [i.text for i in issues] == ([marked] if marked else [])


@pytest.mark.parametrize(("source", "target", "tgt"), ADDED_BOUND_GOOD)
def test_a_bound_the_source_says_is_no_addition(source: str, target: str, tgt: str) -> None:
    assert run("lost_qualifier", source, target, "en", tgt) == []


@pytest.mark.parametrize(("source", "target", "tgt", "marked"), ADDED_BOUND_BAD)
def test_a_bound_the_translation_adds_is_marked(source: str, target: str, tgt: str, marked: str) -> None:
    issues = run("lost_qualifier", source, target, "en", tgt)
    assert [i.text for i in issues] == [marked]


def test_a_capitalised_only_after_a_colon_is_the_word() -> None:
    """A capitalised "Only" after a colon is the restriction, not a name's word."""
    source = "For your safety: Only our volunteers may open electrical appliances."
    target = "Per la vostra sicurezza: i nostri volontari possono aprire gli apparecchi elettrici."
    issues = run("lost_qualifier", source, target, "en", "it")
    assert [source[slice(*i.source_span)] for i in issues] == ["Only"]
    assert run("lost_qualifier", source, target.replace("i nostri", "solo i nostri"), "en", "it") == []
