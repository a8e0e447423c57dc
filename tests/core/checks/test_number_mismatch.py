"""number_mismatch: numbers compared by value across languages' formats."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity, build_context, get_check
from tests.core.checks._run import run, spans
from tests.factories import make_document

GOOD = [
    (
        "Open from 9:00 to 17:00 for ages 4 to 12.",
        "Geopend van 9.00 tot 17.00 uur voor kinderen van 4 tot 12 jaar.",
        "en",
        "nl",
    ),
    ("Children up to 12 years travel free.", "Kinderen tot 12 jaar reizen gratis.", "en", "nl"),
    (
        "You need proof of address issued no more than 3 months ago.",
        "É necessário um comprovativo de morada emitido há, no máximo, 3 meses.",
        "en",
        "pt",
    ),
    # a bound with an article and a noun before its number, kept
    (
        "Basic insurance covers up to a value of €5,000.",
        "Die Grundversicherung deckt bis zu einem Wert von 5.000 €.",
        "en",
        "de",
    ),
    # a clock time's start and end said as the source says them, a range's end
    (
        "Documents can only be ordered until 4:00 pm.",
        "Só é possível requisitar documentos até às 16h00.",
        "en",
        "pt",
    ),
    (
        "The office is open from 9:00 until 16:00.",
        "Das Büro ist von 9:00 bis 16:00 Uhr geöffnet.",
        "en",
        "de",
    ),
    (
        "Entry from 7 pm, last orders until 11 pm.",
        "Entrée à partir de 19 h, dernières commandes jusqu'à 23 h.",
        "en",
        "fr",
    ),
    # comparatives and negated comparatives said the same way
    (
        "3D prints that take longer than 3 hours need the approval of staff.",
        "Le stampe 3D che richiedono più di 3 ore richiedono l'autorizzazione del personale.",
        "en",
        "it",
    ),
    (
        "Keep them refrigerated at no more than 5 °C.",
        "Mantenha-os refrigerados a uma temperatura não superior a 5 °C.",
        "en",
        "pt",
    ),
    (
        "Children under 10 may only swim with an adult.",
        "Kinderen jonger dan 10 jaar mogen alleen zwemmen.",
        "en",
        "nl",
    ),
    ("Barbecues are allowed, but never after 22:00.", "Barbecueën mag, maar nooit na 22.00 uur.", "en", "nl"),
    ("Tables are for 10 people.", "De tafels zijn voor 10 personen.", "en", "nl"),
    # a time on the hour kept, beside other minutes the source gives too; a date of its day
    ("The start is at 9:00 a.m. and ends at 9:30.", "A partida é às 9h00 e termina às 9h30.", "en", "pt"),
    ("Doors open at 7:00 p.m.", "Einlass ist um 19:00 Uhr.", "en", "de"),
    ("Start at 9:00 on 9 October.", "Beginn am 9.10. um 9 Uhr.", "en", "de"),
    # "bis" after a number is a range's; an afternoon said as a word beside the 24-hour clock
    ("Tickets cost between €10 and €30.", "Tickets kosten 10 bis 30 €.", "en", "de"),
    (
        "Prices range from €10 to €30 or more.",
        "Die Preise liegen zwischen 10 € bis 30 € oder mehr.",
        "en",
        "de",
    ),
    ("Top-ups of €30 or more receive a bonus.", "Aufladungen ab 30 € erhalten einen Bonus.", "en", "de"),
    # a lowest price said as one; a range from a price, its second end capped; a price's
    # "from" negated; a "from" that opens no price (a place)
    ("Small repairs cost from €15.", "Le piccole riparazioni costano a partire da 15 €.", "en", "it"),
    ("Repairs cost from €15 to €40.", "Le riparazioni costano da 15 € fino a 40 €.", "en", "it"),
    (
        "Tickets are available from €9, up to €9 at the door.",
        "Biglietti da 9 €, fino a 9 € alla cassa.",
        "en",
        "it",
    ),
    ("Buses run from 15 Main Street.", "I bus partono fino a 15 Main Street.", "en", "it"),
    (
        "Vans may stop for no longer than 20 minutes.",
        "Las furgonetas pueden parar un máximo de 20 minutos.",
        "en",
        "es",
    ),
    (
        "We are open on Thursday afternoons from 4:30 p.m. to 7:00 p.m.",
        "Abrimos los jueves por la tarde de 16:30 a 19:00 h.",
        "en",
        "es",
    ),
    (
        "The office opens at 4:30 p.m. on Thursdays.",
        "La oficina abre a las 4:30 de la tarde los jueves.",
        "en",
        "es",
    ),
    (
        "Please do not arrive before 8:15, because the gate is locked until then.",
        "Bitte kommen Sie nicht vor 8:15 Uhr, denn bis dahin ist das Tor abgeschlossen.",
        "en",
        "de",
    ),
    # a bound written after its number, said before it or after it the same way
    (
        "Stays of 7 nights or more get a 10% discount.",
        "I soggiorni di almeno 7 notti hanno uno sconto del 10%.",
        "en",
        "it",
    ),
    (
        "Stays of 7 nights or more get a 10% discount.",
        "I soggiorni di 7 notti o più hanno uno sconto del 10%.",
        "en",
        "it",
    ),
    ("Children aged 12 and over may swim alone.", "Kinder ab 12 Jahren dürfen allein schwimmen.", "en", "de"),
    # a side of a time after its span, kept; a word of the same letters that is no unit of time
    (
        "Please arrive 30 minutes before the start; refunds are made 14 days after the event.",
        "Bitte kommen Sie 30 Minuten vor Beginn; Erstattungen erfolgen 14 Tage nach der Veranstaltung.",
        "en",
        "de",
    ),
    (
        "Pay no later than 21 days before the start; if less than 21 days before the start, pay at once.",
        "Zahlen Sie spätestens 21 Tage vor Beginn; bei weniger als 21 Tagen vor Beginn sofort.",
        "en",
        "de",
    ),
    ("Cancel at least 2 weeks before the course.", "Annuleer ten minste 2 weken voor de cursus.", "en", "nl"),
    ("Cancel 2 days before the course.", "Sagen Sie 2 Tage vorher ab, nicht nach dem Kurs.", "en", "de"),
    ("Music must stop at 11.30 pm.", "A música tem de terminar às 11h30 da noite.", "en", "pt"),
    # the first end of a range of hours marked after its second is a clock time too
    ("I will call between 9.30 and 10 am.", "Je passerai entre 9 h 30 et 10 h.", "en", "fr"),
    ("Open 9.30-11.15 a.m. daily.", "Täglich von 9:30 bis 11:15 Uhr geöffnet.", "en", "de"),
    # "24/7" said with words for every hour and every day
    (
        "The gym is open 24/7 for members.",
        "Das Studio ist für Mitglieder rund um die Uhr geöffnet.",
        "en",
        "de",
    ),
    ("The gym is open 24/7 for members.", "El gimnasio abre 24 horas al día, todos los días.", "en", "es"),
    # a speed converted: knots and miles an hour to kilometres an hour
    ("Winds reach 30 knots today.", "Der Wind erreicht heute 56 km/h.", "en", "de"),
    ("The limit here is 30 mph.", "Здесь ограничение скорости 50 км/ч.", "en", "ru"),
    # a reference code with a part left out: named_entity's, not a changed number
    ("Quote reference KT-58-4410 when you call.", "Nennen Sie beim Anruf das Zeichen KT-4410.", "en", "de"),
    ("Valid until Saturday midnight.", "Gültig bis Samstag, 24 Uhr.", "en", "de"),
    ("Valid until Saturday midnight.", "Valable jusqu'à samedi minuit, pas 12 h.", "en", "fr"),
    ("Open from noon to midnight.", "Geöffnet von 12 bis 24 Uhr.", "en", "de"),
    (
        "Doors open at 6 a.m. and close at 6 p.m.",
        "Die Türen öffnen um 6 Uhr und schließen um 18 Uhr.",
        "en",
        "de",
    ),
    # the first hour after midnight on the 24-hour clock
    ("It leaves at 12:30 am on Fridays.", "Il part à 0 h 30 le vendredi.", "en", "fr"),
    (
        "The door is locked between 12:30 am and 6 am.",
        "A porta está fechada entre as 00h30 e as 6h00.",
        "en",
        "pt",
    ),
    ("Last entry 12am.", "Letzter Einlass 0 Uhr.", "en", "de"),
    ("It cost 1,234.5 euros.", "Es kostete 1.234,5 Euro.", "en", "de"),
    ("It cost 1,234.5 euros.", "Il a coûté 1\u202f234,5 euros.", "en", "fr"),
    ("They got 4 million hours.", "Sie bekamen 4 Millionen Stunden.", "en", "de"),
    ("They got 4 million hours.", "Sie bekamen vier Millionen Stunden.", "en", "de"),
    ("They got four million hours.", "Sie bekamen 4 Mio. Stunden.", "en", "de"),
    ("There are three options.", "Es gibt drei Optionen.", "en", "de"),
    ("There are 3 options.", "Es gibt drei Optionen.", "en", "de"),
    ("Growth was 5% in 2024.", "Das Wachstum lag 2024 bei 5 %.", "en", "de"),
    ("Growth was 5%.", "Das Wachstum lag bei 5 Prozent.", "en", "de"),
    ("It opens on the 3rd of May.", "Es öffnet am 3. Mai.", "en", "de"),
    ("A €1 million prize.", "Ein Preisgeld von 1 Million Euro.", "en", "de"),
    ("A €1 million prize.", "Ein Preisgeld von einer Million Euro.", "en", "de"),
    ("It raised €2.5 billion.", "Es sammelte 2,5 Milliarden Euro ein.", "en", "de"),
    ("One of the things is the need.", "Eines der Dinge ist der Bedarf.", "en", "de"),
    ("The two firms merged.", "Beide Firmen fusionierten.", "en", "de"),
    ("Windows 11 and COVID-19.", "Windows 11 und COVID-19.", "en", "de"),
    ("It has 12 000 users.", "It has 12,000 users.", "fr", "en"),
    ("twenty-five people", "25 Personen", "en", "de"),
    ("He finished 2nd.", "Er wurde Zweiter.", "en", "de"),
    ("Music of the 1990s.", "Musik der 90er-Jahre.", "en", "de"),
    ("Musik der 90er Jahre.", "Music of the 1990s.", "de", "en"),
    ("It starts at 3pm.", "Es beginnt um 15 Uhr.", "en", "de"),
    ("It starts at 3 p.m. sharp.", "Es beginnt pünktlich um 15 Uhr.", "en", "de"),
    ("No numbers here.", "Hier keine Zahlen.", "en", "de"),
    ("We meet at 10:30 on May 3, 2024.", "Wir treffen uns am 3.5.2024 um 10.30 Uhr.", "en", "de"),
    # A clock time marked a.m. or p.m., on the 24-hour clock or as written.
    ("Kick-off is at 5.30 p.m. local time.", "Anstoß ist um 17.30 Uhr Ortszeit.", "en", "de"),
    ("Kick-off is at 5:30pm.", "Anstoß ist um 17:30 Uhr.", "en", "de"),
    # a telephone number grouped otherwise, or with the calling code for the trunk "0"
    ("Call 0113 496 0275 today.", "Rufen Sie heute 0113 4960275 an.", "en", "de"),
    ("Call 0113 496 0275 today.", "Rufen Sie heute +44 113 4960275 an.", "en", "de"),
    ("Call +33 1 45 67 89 10 today.", "Appelez aujourd'hui le 01 45 67 89 10.", "en", "fr"),
    ("Call 020 7946 0958 today.", "Rufen Sie heute +44 (0)20 7946 0958 an.", "en", "de"),
    ("Call +34 912 345 678 today.", "Llame hoy al 912 345 678.", "en", "es"),
    # the hour after a word for half an hour before it ("halb zehn": 9.30); a word for the
    # evening after an hour
    ("We are back at half nine.", "Wir sind gegen halb zehn zurück.", "en", "de"),
    ("We are back at 9:30.", "We zijn om half tien terug.", "en", "nl"),
    ("We are back at 7:15 in the evening.", "Wir sind um 19.15 Uhr zurück.", "en", "de"),
    ("The talk starts at 7 tonight.", "Der Vortrag beginnt heute um 19 Uhr.", "en", "de"),
    # the ordinal of the source said as a word, a number of the source said twice
    (
        "Floors 2nd to 4th are open seven days a week.",
        "I piani dal secondo al quarto sono aperti 7 giorni su 7.",
        "en",
        "it",
    ),
    # an imperial unit converted to a metric one, rounded
    ("The bike ride is 20 miles.", "De fietstocht is 32 km.", "en", "nl"),
    ("Bake at 350 °F for an hour.", "Bei 180 °C eine Stunde backen.", "en", "de"),
    ("The kennels stand on 3 acres of meadow.", "Le chenil s’étend sur 1,2 hectare de prairie.", "en", "fr"),
    ("Dogs run in our 3-acre field.", "Les chiens courent dans un pré d’environ 1,2 hectare.", "en", "fr"),
    ("It is a 10-mile walk.", "Es ist eine 16 km lange Wanderung.", "en", "de"),
    ("The kennels stand on 3 acres of meadow.", "Le chenil s’étend sur 3 acres de prairie.", "en", "fr"),
    ("The fence is 6 ft high.", "La clôture fait 1,83 m de haut.", "en", "fr"),
    # a range's afternoon mark after its second end holds for the first too
    ("The class runs from 5:30 to 7 pm.", "Il corso va dalle 17.30 alle 19.", "en", "it"),
    ("The desk is open 2-4pm.", "Der Schalter ist von 14 bis 16 Uhr geöffnet.", "en", "de"),
    ("Pick-up is between 4:00 and 6:30 pm.", "Die Abholung ist zwischen 16:00 und 18:30 Uhr.", "en", "de"),
    ("It opens at 10.30 a.m.", "Es öffnet um 10.30 Uhr.", "en", "de"),
    ("It opens at 12.15 p.m.", "Es öffnet um 12.15 Uhr.", "en", "de"),
    ("The clock shows 11:11:04 PM.", "Die Uhr zeigt 23:11:04.", "en", "de"),
    # An hour of the 12-hour clock the translation gives on the 24-hour clock.
    (
        "Come hungry around 6 for the night market.",
        "Kommen Sie gegen 18 Uhr hungrig zum Nachtmarkt.",
        "en",
        "de",
    ),
    # ... with a word before the hour where the language puts one there.
    ("Arrive hungry around 6.", "Arrivate affamati verso le 18.", "en", "it"),
    ("Arrive hungry around 6.", "Llegad con hambre a las 18.", "en", "es"),
    ("Arrive hungry around 6.", "Arrivez affamés vers 18 h.", "en", "fr"),
    ("Arrive hungry around 6.", "Cheguem com fome às 18h.", "en", "pt"),
    # An afternoon time on the 12-hour clock where the target says it is afternoon.
    ("The film starts at 8 p.m.", "Il film inizia alle 8 di sera.", "en", "it"),
    ("Dinner is at about 7 p.m. in the hall.", "Das Essen gibt es abends ca. 7 Uhr im Saal.", "en", "de"),
    ("Doors open at 7:30 p.m.", "Las puertas abren a las 7:30 p. m.", "en", "es"),
    ("Doors open at 7:30 p.m.", "De deuren gaan om 19.30 uur open.", "en", "nl"),
    # "24 hours" said as "at every hour" in the target's idiom.
    (
        "Our 24-hour helpdesk answers every call.",
        "Unser Helpdesk ist rund um die Uhr erreichbar.",
        "en",
        "de",
    ),
    ("The ward is staffed 24 hours a day.", "De afdeling is dag en nacht bemand.", "en", "nl"),
    ("The 24-hour pharmacy is nearby.", "La pharmacie ouverte jour et nuit est tout près.", "en", "fr"),
    # ... with its minutes after the hour word ("20h45").
    ("The talk starts at 8:45 p.m. sharp.", "A palestra começa às 20h45 em ponto.", "en", "pt"),
    ("The talk starts at 8:45 p.m. sharp.", "La conférence commence à 20h45 précises.", "en", "fr"),
    ("Doors open at 9:00.", "As portas abrem às 9h00.", "en", "pt"),
    ("It grew 5.30 percent.", "Es wuchs um 5,30 Prozent.", "en", "de"),
    # The scale word of a range's second end scales the first too.
    (
        "Revenue of $19.1–19.4 billion is expected.",
        "Se esperan ingresos de entre 19.100 y 19.400 millones de dólares.",
        "en",
        "es",
    ),
    ("Revenue of $19.1–19.4 billion is expected.", "Erwartet werden 19,1 bis 19,4 Mrd. Dollar.", "en", "de"),
    # A conversion in brackets after a number and its unit, left out in a localised text.
    ("Bake at 200°C (390°F) for 20 minutes.", "Bei 200 °C 20 Minuten backen.", "en", "de"),
    # A telephone number's country calling code, which a local reader dials without.
    (
        "Call the desk on +47 22 81 90 14 at any time.",
        "Rufen Sie die Rezeption jederzeit unter 22 81 90 14 an.",
        "en",
        "de",
    ),
    ("It costs €20 (about $22).", "Es kostet 20 Euro.", "en", "de"),
    # The original measure left out for its conversion in brackets, whose numbers are all kept,
    # or quoted as the source writes it, with the source's own word after it.
    ("The course is 7.5 furlongs (1.5 km).", "Трасса длиной 1,5 км.", "en", "ru"),
    (
        "The track is between 6 and 7.5 furlongs (1.2–1.5 km) long.",
        "Длина трассы — от 1,2 до 1,5 км.",
        "en",
        "ru",
    ),
    ("The course is 7.5 furlongs (1.5 km).", "Die Strecke misst 1,5 km (7.5 furlongs).", "en", "de"),
    # A month written as in the source, in digits, or "may" the verb.
    ("It was published on 14 February 2025.", "Le rapport a été publié le 14 février 2025.", "en", "fr"),
    ("It was published on 14 February 2025.", "Der Bericht erschien am 14.2.2025.", "en", "de"),
    ("Der Bericht erschien im März.", "The report may appear in March.", "de", "en"),
    ("Es geschah im Jänner.", "It happened in January.", "de", "en"),
    ("The course runs from 2 March to 30 March.", "Le cours a lieu du 2 au 30 mars.", "en", "fr"),
    # A full hour is said without its zero minutes.
    ("Open 9:00–18:00 CET.", "Geöffnet von 9 bis 18 Uhr MEZ.", "en", "de"),
    ("It opens at 8:00 a.m. sharp.", "Es öffnet um Punkt 8 Uhr.", "en", "de"),
    ("Le bureau ouvre à 9.00 heures.", "The office opens at 9.", "fr", "en"),
    ("Ouvert de 10 h à 18 h.", "Open 10:00–18:00.", "fr", "en"),
    # A number word with a suffix that keeps its value.
    ("a telephoto with 5x optical zoom", "ein Teleobjektiv mit fünffachem optischem Zoom", "en", "de"),
    ("Es stieg fünffach.", "It rose fivefold.", "de", "en"),
    # A scaled value compares as written at any size (no float residue).
    ("It raised $8.3bn last year.", "Es nahm 8300 Millionen Dollar ein.", "en", "de"),
    ("Se necesitan 8,3 mil millones.", "It needs $8.3bn.", "es", "en"),
    ("It needs $8.3bn.", "Se necesitan 8300 millones de dólares.", "en", "es"),
    ("A 0.07 m step.", "Ein Schritt von 0,07 m.", "en", "de"),
    # No minutes in a time behind the leader: only its seconds are said.
    ("Lefrançois is third at 0:34.", "Lefrançois est troisième à 34 secondes.", "en", "fr"),
    # The language's own convention, a standard's number, a scale word's full stop.
    ("The fee is 1,250.00 euros.", "Die Gebühr beträgt 1.250,00 Euro.", "en", "de"),
    ("The shop opens at 15:00.", "La tienda abre a las 15.00.", "en", "es"),
    ("It follows IEEE 802.3 closely.", "Es folgt IEEE 802.3 genau.", "en", "de"),
    ("Sales were $4.72 billion.", "Der Umsatz lag bei 4,72 Mrd. Dollar.", "en", "de"),
    # Written out the same, or "two" said another way.
    ("The team won eleven stages.", "Het team won elf etappes.", "en", "nl"),
    ("Both of the two riders fell.", "Beide Fahrer stürzten, drei Zuschauer sahen es.", "en", "de"),
    ("The class went on a four-day trip.", "Die Klasse machte eine 4-tägige Reise.", "en", "de"),
    ("It needs more than four disks.", "Es braucht 5 oder mehr Festplatten.", "en", "de"),
    # An ordinal written out, or as the same number with the target's mark.
    ("She lives on the 4th floor, flat 12.", "Sie wohnt im vierten Stock, Wohnung 12.", "en", "de"),
    ("She lives on the 4th floor.", "Vive al 4° piano.", "en", "it"),
    # A decade or a round number written out.
    ("It was built since the 1990s.", "Se construyó desde los años noventa.", "en", "es"),
    ("It was built in the 1990s.", "Es wurde in den Neunzigerjahren gebaut.", "en", "de"),
    ("It costs 50 euros.", "Costa cinquanta euro.", "en", "it"),
    # A version after a verb for changing one and "to" or "from".
    (
        'The changes are in the "Migrating to 4.2" section.',
        "Die Änderungen stehen im Abschnitt „Migration auf 4.2“.",
        "en",
        "de",
    ),
    # A section number, after a word for a part of a text or opening a numbered clause.
    ("See clause 4.2 for details.", "Véase la cláusula 4.2.", "en", "es"),
    (
        "4. Use. 4.1 The Tenant shall live there. 4.2 The Tenant shall not smoke.",
        "4. Gebruik. 4.1 De Huurder woont er. 4.2 De Huurder rookt niet.",
        "en",
        "nl",
    ),
    # A version after a name kept as written, a capital inside it.
    (
        "The phone now requires iOS 18.2 or later.",
        "Das Telefon setzt nun iOS 18.2 oder neuer voraus.",
        "en",
        "de",
    ),
    ("It runs Aero OS 5.1 today.", "Funziona con Aero OS 5.1 oggi.", "en", "it"),
    # A minus sign kept, typeset as a dash or said with a word; hyphens that are no sign.
    ("GDP was -0.2% in the quarter.", "Das BIP lag im Quartal bei −0,2 %.", "en", "de"),
    ("It was -5°C at night.", "Nachts waren es –5 °C.", "en", "de"),
    ("It was -5°C at night.", "Nachts waren es 5 Grad unter null.", "en", "de"),
    ("It was -5°C at night.", "Il faisait moins 5 degrés la nuit.", "en", "fr"),
    ("Ages 18-24 and 10 -12.", "Alter 18 bis 24 und 10 bis 12.", "en", "de"),
    ("Accuracy is +/-3 points.", "Die Genauigkeit liegt bei ±3 Punkten.", "en", "de"),
    ("The zone is UTC-5.", "Die Zone ist UTC 5.", "en", "de"),
    ("Inflation was minus 1.1 percent.", "Die Inflation lag bei minus 1,1 Prozent.", "en", "de"),
    ("It was 4 degrees below zero.", "Il faisait moins 4 degrés.", "en", "fr"),
    ("The total was 12, minus fees of 3.", "Die Summe war 12, abzüglich Gebühren von 3.", "en", "de"),
    ("-32\tcreate o32 files\n-64\tcreate 64 files", "-32\to32-Dateien\n-64\t64-Dateien", "en", "de"),
    # tens and units joined by a word, and two numbers joined by one
    ("Thirty-two runners came.", "Llegaron treinta y dos corredores.", "en", "es"),
    ("Twenty-four students won.", "Vinte e quatro estudantes ganharam.", "en", "pt"),
    (
        "Two or three guides and four or five cars came.",
        "Vieram dois e três guias e quatro carros ou cinco.",
        "en",
        "pt",
    ),
    # A percent sign kept, said with a word, or once for a list or range; a printf "%" no sign.
    (
        "Prices may climb by more than 6% a year.",
        "Die Preise können um mehr als 6 Prozent steigen.",
        "en",
        "de",
    ),
    ("Rates rose 4% this year.", "I tassi sono saliti di 4 punti percentuali.", "en", "it"),
    ("Prices rose 4% to 6%.", "Die Preise stiegen von 4 auf 6 %.", "en", "de"),
    ("Unknown flag 0x%x", "Drapeau 0x inconnu", "en", "fr"),
    # A currency named once for a range or for the amounts after it, or in a table's header.
    ("Tickets cost €10–20.", "I biglietti costano 10–20 €.", "en", "it"),
    (
        "Sales will reach €40 million to €50 million.",
        "Las ventas irán de 40 a 50 millones de euros.",
        "en",
        "es",
    ),
    (
        "Debt fell to €500 million (March: €610 million).",
        "La deuda bajó a 500 millones de euros (marzo: 610 millones).",
        "en",
        "es",
    ),
    ("It raised $2.5bn.", "Es nahm 2,5 Milliarden US-Dollar ein.", "en", "de"),
    ("Fee\t€12", "Gebühr\t12", "en", "de"),
    # The weekday of the date kept (a weekday without its day: test_weekday_gaps.py).
    ("The fair opens on Tuesday 9 June.", "La fiera apre martedì 9 giugno.", "en", "it"),
    ("On Friday the 9th we close.", "Am Freitag, den 9., schließen wir.", "en", "de"),
    # A bound kept; a negation before it turns the source's ("cannot have more than": at most).
    ("You cannot book more than 9 seats.", "Sie können nicht mehr als 9 Plätze buchen.", "en", "de"),
    ("You must not book more than 9 seats.", "Non dovete prenotare più di 9 posti.", "en", "it"),
    # the age of majority said with a word for those under or over it
    ("Groups under 18 need a leader.", "I gruppi di minorenni hanno bisogno di un responsabile.", "en", "it"),
    ("Visitors under 18 need consent.", "Minderjährige Besucher brauchen eine Einwilligung.", "en", "de"),
    ("You must not book more than 9 seats.", "Potete prenotare al massimo 9 posti.", "en", "it"),
    # a bound before a word for one kept, or after a negation ("cannot … more than one")
    ("Groups need at least one adult.", "Les groupes doivent avoir au moins un adulte.", "en", "fr"),
    ("You cannot bring more than one pet.", "Sie dürfen höchstens ein Haustier mitbringen.", "en", "de"),
    ("Students up to the age of 27 pay €150.", "Studierende bis 27 Jahre zahlen 150 €.", "en", "de"),
    # a day of a month is no clock time of the same value ("1 October", "13 h": 1 p.m.)
    (
        "From 1 October to 31 March, it stays closed on Tuesday mornings (until 13:00).",
        "Du 1er octobre au 31 mars, il reste fermé le mardi matin (jusqu’à 13 h).",
        "en",
        "fr",
    ),
    ("Children from the age of 12 may enter.", "Kinder ab 12 Jahren dürfen hinein.", "en", "de"),
    # a bound read loosely ("over 12" for 12 and over) is not compared for its number's inclusion
    ("Children over 12 pay full price.", "Kinder ab 12 Jahren zahlen den vollen Preis.", "en", "de"),
    ("Groups of 10 or more pay less.", "I gruppi di almeno 10 persone pagano meno.", "en", "it"),
    ("Children under 12 go free.", "Los menores de 12 años entran gratis.", "en", "es"),
    (
        "We never guarantee the water resistance of watches more than 30 years old.",
        "Nous ne garantissons jamais l'étanchéité des montres de plus de 30 ans.",
        "en",
        "fr",
    ),
    # "up to" and its words ("bis zu", "jusqu'à", "hasta"); a lower bound after a negation
    # further back in its clause is no lower bound ("does not know how to handle more than 8")
    (
        "Members may borrow up to 3 tools at a time.",
        "Die Mitglieder können bis zu 3 Werkzeuge ausleihen.",
        "en",
        "de",
    ),
    (
        "Members may borrow up to 3 tools at a time.",
        "Les membres peuvent emprunter jusqu'à 3 outils à la fois.",
        "en",
        "fr",
    ),
    ("Children aged 12 and over pay at least €4.", "Ab 12 Jahren zahlen Kinder mindestens 4 €.", "en", "de"),
    ("Places are limited to 20 per tour.", "Per rondleiding is er plaats voor maximaal 20.", "en", "nl"),
    # the same number bounded both ways in the source, each kept
    (
        "Dogs up to 20 kg: €24.00; dogs over 20 kg: €28.50.",
        "Hunde bis 20 kg: 24,00 €; Hunde über 20 kg: 28,50 €.",
        "en",
        "de",
    ),
    # after and before a number kept; one side said as the other in a sentence that says no
    # other side is negation's ("before" said "après")
    (
        "Refunds are possible after 2 years of membership.",
        "Rückerstattungen sind nach 2 Jahren Mitgliedschaft möglich.",
        "en",
        "de",
    ),
    ("Arrive 10 minutes before 9:00 at the gate.", "Kom 10 minuten vóór 9.00 uur naar de poort.", "en", "nl"),
    (
        "Please arrive before 9:00 so that the lesson can start on time.",
        "Veuillez arriver après 9 h pour que le cours commence à l'heure.",
        "en",
        "fr",
    ),
    (
        "makecontext: does not know how to handle more than 8 arguments",
        "makecontext: kann nur mit bis zu acht Argumenten umgehen",
        "en",
        "de",
    ),
    (
        "Ensure that not more than one source row matches a target row.",
        "Проверьте, не может ли целевой строке соответствовать более одной исходной.",
        "en",
        "ru",
    ),
    (
        "Files can't have more than one owner.",
        "Dateien können nicht mehr als einen Besitzer haben.",
        "en",
        "de",
    ),
    # an adverb of a bound after a number that bounds the next one ("au moins un adulte")
    (
        "Groups of 8 children need at least one adult.",
        "Les groupes de 8 enfants au moins un adulte.",
        "en",
        "fr",
    ),
    ("At most 3 people per table.", "3 personnes par table au maximum sont admises.", "en", "fr"),
    # A negation whose reach is not the bound's, on one side only: nothing compared.
    (
        "It does not know how to handle more than 8 arguments.",
        "Il ne sait pas traiter plus de 8 arguments.",
        "en",
        "fr",
    ),
    (
        "Some databases have not been vacuumed in over 2 billion transactions.",
        "Einige Datenbanken sind seit über 2 Milliarden Transaktionen nicht bereinigt worden.",
        "en",
        "de",
    ),
    # A phrase holding its own negation after another ("ne prend pas plus de"): no double turn.
    ("It does not take more than two arguments.", "Il ne prend pas plus de 2 paramètres.", "en", "fr"),
    ("Take no more than 8 tablets.", "Prenez au plus 8 comprimés.", "en", "fr"),
    ("A minimum of 3 days is needed.", "Servono almeno 3 giorni.", "en", "it"),
    # ... a bound after its number, closing the clause; minutes abbreviated are no bound.
    ("Bookings are for at least 4 hours.", "Les réservations portent sur 4 heures au minimum.", "en", "fr"),
    ("Children aged 12 and over pay.", "Paient les enfants de 12 ans et plus.", "en", "fr"),
    ("The talk lasts 30 minutes.", "Der Vortrag dauert 30 Min.", "en", "de"),
    ("Moisture below 20% is fine.", "Un'umidità inferiore al 20% va bene.", "en", "it"),
    ("Moisture above 20% is bad.", "Una humedad superior al 20 % es mala.", "en", "es"),
    # A Roman numeral kept, or its value in digits; abbreviations of C, D, M; capitals.
    ("The XII congress opens in June.", "Der 12. Kongress beginnt im Juni.", "en", "de"),
    ("Read chapters IV and XII.", "Lisez les chapitres XII et IV.", "en", "fr"),
    ("The XIX century.", "Le XIXe siècle.", "en", "fr"),
    ("Send your CV to the DC office.", "Envoyez votre CV au bureau CC.", "en", "fr"),
    ("THE XII CONGRESS OPENS.", "EL VII CONGRESO SE ABRE.", "en", "es"),
    ("Henry VIII had six wives.", "Enrique VIII tuvo seis esposas.", "en", "es"),
    ("The 12th congress opens in June.", "Le XIIe congrès s'ouvre en juin.", "en", "fr"),
    # A direction beside a number kept; a comparative of the opposite adjective ("plus bas" is
    # lower, "weniger teuer" more affordable), a bound, a negation or both directions say none.
    ("Heating costs 8% less than last winter.", "Das Heizen kostet 8 % weniger als im Winter.", "en", "de"),
    ("Prices were 5% lower.", "Les prix étaient 5 % plus bas.", "en", "fr"),
    ("Prices were 5% more affordable.", "Die Preise waren 5 % weniger teuer.", "en", "de"),
    ("It costs no less than €8.", "Cela coûte au moins 8 €.", "en", "fr"),
    ("The fee rose by 8% and fell by 3%.", "La tasa bajó un 3 % y subió un 8 %.", "en", "es"),
    ("Sales are not 8% higher.", "Le vendite non sono più dell'8% in meno.", "en", "it"),
    # A frequency kept; a "once" or "une fois" that opens a clause is none, "twice as" a factor.
    ("The filter is cleaned once a week.", "El filtro se limpia una vez por semana.", "en", "es"),
    ("Take it twice a day.", "Nehmen Sie es zweimal täglich.", "en", "de"),
    ("After installing, press twice.", "Une fois installé, appuyez à deux reprises.", "en", "fr"),
    ("Twice as fast.", "Deux fois plus rapide.", "en", "fr"),
    ("Once a week, twice a month.", "Una vez a la semana, dos veces al mes.", "en", "es"),
    # A rate's unit of time kept, said with an adverb or before the amount; a unit that is the
    # amount's own ("7 Tage") is no rate, and two rates of one amount are not compared.
    ("It costs €20 a month.", "Es kostet monatlich 20 €.", "en", "de"),
    ("It costs 38 cents per hour.", "Cela coûte 38 centimes par heure.", "en", "fr"),
    # a rate the source gives too, by a noun or an adverb
    (
        "The single supplement is £95 per night in all our hotels.",
        "El suplemento individual es de 95 £ por noche en todos nuestros hoteles.",
        "en",
        "es",
    ),
    (
        "Parking costs £5 daily for all guests of the hotel.",
        "Le parking coûte 5 £ par jour pour tous les clients de l'hôtel.",
        "en",
        "fr",
    ),
    (
        "The plant runs 20 hours a day, 6 days a week.",
        "Das Werk läuft 20 Stunden am Tag, 6 Tage die Woche.",
        "en",
        "de",
    ),
    ("We pay €5 per day, i.e. €150 per month.", "Nous payons 5 € par jour, soit 150 € par mois.", "en", "fr"),
    ("It is €5 a day or €5 a week.", "Sono 5 euro a settimana o 5 euro al giorno.", "en", "it"),
    # numbers from 13 to 19 written out, 1.5 as a word, Russian numbers in their cases,
    # Spanish "un" for one
    ("Seats for up to 4 guests.", "Места не более чем для четырёх гостей.", "en", "ru"),
    ("The well is less than 1 km away.", "El pozo está a menos de un kilómetro.", "en", "es"),
    # a "1" with its currency said by the currency's name alone
    ("The scheme adds 20p to every £1.", "El plan añade 20 peniques por cada libra.", "en", "es"),
    ("The club has members in 17 countries.", "De club heeft leden in zeventien landen.", "en", "nl"),
    ("Children under 15 pay half.", "Детям до пятнадцати лет скидка.", "en", "ru"),
    ("The talk lasts 1.5 hours.", "Der Vortrag dauert eineinhalb Stunden.", "en", "de"),
    # "24 hours" said as one day of 24 hours (Russian "сутки")
    ("Keep the dressing dry for 24 hours.", "Не мочите повязку в течение суток.", "en", "ru"),
    # an hour said by its name alone ("12 noon" -> "midi")
    ("The desk is open until 12 noon.", "Le guichet est ouvert jusqu'à midi.", "en", "fr"),
    # a span of time in another unit, exactly
    ("The workshop takes 90 minutes.", "Der Workshop dauert 1,5 Stunden.", "en", "de"),
    ("The workshop takes 90 minutes.", "Der Workshop dauert anderthalb Stunden.", "en", "de"),
    ("Replies take up to 2 weeks.", "Las respuestas tardan hasta 14 días.", "en", "es"),
    ("Results come within 48 hours.", "Die Ergebnisse kommen innerhalb von 2 Tagen.", "en", "de"),
    # Percentage points said as points, a small unit of a currency kept as such (or in the
    # source's notation, or as a compound); a number that only looks like one ("1080p")
    (
        "Turnout rose 6 percentage points to 71%.",
        "Die Beteiligung stieg um 6 Prozentpunkte auf 71 %.",
        "en",
        "de",
    ),
    ("Turnout rose 6 percentage points to 71%.", "La participation a gagné 6 points, à 71 %.", "en", "fr"),
    ("Turnout rose 6 percentage points to 71%.", "Явка выросла на 6 п. п., до 71 %.", "en", "ru"),
    ("A ride costs 45p.", "Una corsa costa 45 penny.", "en", "it"),
    ("A ride costs 45p.", "Eine Fahrt kostet 45p.", "en", "de"),
    ("A ride costs 45 cents.", "Eine Fahrt kostet 45 Eurocent.", "en", "de"),
    ("Filmed in 1080p at £40 a day.", "Gedreht in 1080p für 40 £ am Tag.", "en", "de"),
    # A deadline, a frequency or a span of dates bounded the same way, or in another table's words.
    ("Reply no later than 3 days before.", "Antworten Sie spätestens 3 Tage vorher.", "en", "de"),
    ("Send it no later than Friday at 17:00.", "Senden Sie es spätestens Freitag, 17:00 Uhr.", "en", "de"),
    ("Reply no later than 3 days before.", "Antworten Sie mindestens 3 Tage vorher.", "en", "de"),
    ("Backed up at least every 4 hours.", "Копия создаётся не реже одного раза в 4 часа.", "en", "ru"),
    ("Backed up at least every 4 hours.", "Интервал копирования не более 4 часов.", "en", "ru"),
    ("Valid from 3 June 2027.", "Gültig ab dem 3. Juni 2027.", "en", "de"),
    ("Valid from 3 to 9 June.", "Gültig bis 9. Juni, ab 3.", "en", "de"),
    ("Open until 3 June.", "Ouvert jusqu'au 3 juin.", "en", "fr"),
    ("Prices from 3 euros until June.", "Preise bis 3 Euro ab Juni.", "en", "de"),
    # A position beside a number said the same way.
    ("It lies 20 m below the summit.", "Fica 20 m abaixo do cume.", "en", "pt"),
    ("See the 3 steps below.", "Veja os 3 passos abaixo.", "en", "pt"),
    # Minutes and hours said as a fraction of an hour.
    ("The check takes 30 minutes.", "Die Prüfung dauert eine halbe Stunde.", "en", "de"),
    ("The check takes 30 minutes.", "Проверка займёт полчаса.", "en", "ru"),
    ("The walk takes 90 minutes.", "La promenade dure une heure et demie.", "en", "fr"),
    ("The walk takes 1.5 hours.", "La caminata dura una hora y media.", "en", "es"),
    ("Arrive 15 minutes early.", "Kom een kwartier eerder.", "en", "nl"),
    # ... or as whole hours and minutes
    ("The tour lasts 3.5 hours.", "La visite dure 3 h 30.", "en", "fr"),
    ("The tour lasts 2.25 hours.", "Die Führung dauert 2 Stunden und 15 Minuten.", "en", "de"),
    ("The course lasts 1.5 hours.", "O curso dura 1h30.", "en", "pt"),
    # ... or as whole hours and a half
    ("The climb takes about 2.5 hours.", "A subida demora cerca de 2 horas e meia.", "en", "pt"),
    ("The climb takes about 4.5 hours.", "La salita dura circa 4 ore e mezza.", "en", "it"),
    # A number word inside a compound adjective of a span of time or age.
    ("We offer a 5-day trial.", "Wir bieten eine fünftägige Testphase.", "en", "de"),
    ("Join a 15-minute briefing.", "Nehmen Sie an einer fünfzehnminütigen Einweisung teil.", "en", "de"),
    ("The 8-year-old mare won.", "De achtjarige merrie won.", "en", "nl"),
    ("A team of 3 will prune the hedge.", "Ein dreiköpfiges Team schneidet die Hecke.", "en", "de"),
    ("The tent sleeps 4 people.", "Het is een vierpersoons tent.", "en", "nl"),
    # Italian tens elided before a vowel
    ("She ran the shop for 30 years.", "Ha gestito il negozio per trent'anni.", "en", "it"),
    # A span that is exactly one of the next unit, said by its name.
    ("Vouchers are valid for 12 months.", "Los vales son válidos durante un año.", "en", "es"),
    ("The course lasts 7 days.", "De cursus duurt een week.", "en", "nl"),
    # A range of years shortened on one side only.
    ("Fees for the 2031–32 term.", "Gebühren für das Semester 2031-2032.", "en", "de"),
    ("Fees for the 2031/2032 term.", "Tarifs pour l'année 2031/32.", "en", "fr"),
    # A metric amount said as a fraction of its unit or the next one.
    ("Add 500 ml of stock.", "Geben Sie einen halben Liter Brühe dazu.", "en", "de"),
    ("Add 500 ml of stock.", "Añada medio litro de caldo.", "en", "es"),
    ("Buy 250 g of butter.", "Kaufen Sie ein Viertelkilo Butter.", "en", "de"),
    ("The trail is 1500 m long.", "Le sentier fait un kilomètre et demi.", "en", "fr"),
    ("Drink 500 ml a day.", "Пейте пол-литра в день.", "en", "ru"),
    # Days said as days, working days as working days, or explained beside them.
    ("Orders ship within 4 business days.", "Bestellungen gehen binnen 4 Werktagen raus.", "en", "de"),
    ("Orders ship within 4 business days.", "Las órdenes salen en 4 días hábiles.", "en", "es"),
    ("Returns within 21 days.", "Retours sous 21 jours.", "en", "fr"),
    (
        "Answers in 6 days (Monday to Friday).",
        "Antwoord binnen 6 werkdagen (maandag tot vrijdag).",
        "en",
        "nl",
    ),
    ("Answers in 6 working days.", "Risposte in 6 giorni (giorni lavorativi).", "en", "it"),
    ("Answers in 6 weekdays.", "Antworten in 6 Werktagen.", "en", "de"),
    # Two numbers kept beside their own names, a range turned around, one name for both.
    ("It runs on macOS 13 and Linux 6.", "Es läuft unter Linux 6 und macOS 13.", "en", "de"),
    ("Open from 8 to 4.", "Geopend van 4 tot 8.", "en", "nl"),
    ("Model 7 replaces model 5.", "El modelo 5 sustituye al modelo 7.", "en", "es"),
    # Telephone numbers in the international form, or with the code dropped.
    ("Call +421 2 444 0199.", "Volejte +421 2 444 0199.", "en", "de"),
    ("Call +421 2 444 0199.", "Rufen Sie 02 444 0199 an.", "en", "de"),
    # ... with the trunk "0" in brackets, or a country's "0" that is part of the number kept.
    ("Ring 0161 555 0192 now.", "Appelez le +44 (0)161 555 0192.", "en", "fr"),
    ("Ring +39 06 5550 1234.", "Chiamate lo 06 5550 1234.", "en", "it"),
    ("Ring 06 5550 1234.", "Rufen Sie +39 06 5550 1234 an.", "en", "de"),
    ("Ring +44 161 555 0192.", "Appelez le 0161 555 0192.", "en", "fr"),
    # A range kept as a range, a small one said as two values, a choice kept as a choice, and
    # an "or" that joins no range's ends.
    ("Delivery takes 5–9 days.", "Die Lieferung dauert 5 bis 9 Tage.", "en", "de"),
    ("Delivery takes 2–3 days.", "La livraison prend deux ou trois jours.", "en", "fr"),
    ("Pick 4 or 9 slots.", "Scegli 4 o 9 posti.", "en", "it"),
    # A coordinate's compass letter in the language's own letters ("O" is east in German,
    # west in French), and a degree sign before a temperature's letter.
    ("The cape lies at 51.3° N, 7.82° W.", "Il capo si trova a 51,3° N, 7,82° O.", "en", "it"),
    ("The cape lies at 7.82° E.", "Das Kap liegt bei 7,82° O.", "en", "de"),
    ("The cape lies at 7.82° W.", "Le cap se trouve à 7,82° O.", "en", "fr"),
    ("The cape lies at 48°12′ N, 16°22′ E.", "Мыс: 48°12′ с. ш., 16°22′ в. д.", "en", "ru"),
    ("Bake at 210° C.", "Bei 210° C backen.", "en", "de"),
    (
        "Delivery takes 5–9 days, or 12 abroad.",
        "Levering duurt 5 tot 9 dagen, of 12 in het buitenland.",
        "en",
        "nl",
    ),
    ("Build 2024-05-09 or later.", "Versión 2024-05 o 9 posterior.", "en", "es"),
    # a number word opening a compound ("vierpersoonskamer", "Vierbettzimmer")
    ("Bed in a 4-bed room: €34.", "Bed op een vierpersoonskamer: € 34.", "en", "nl"),
    ("Bed in a 4-bed room: €34.", "Bett im Vierbettzimmer: 34 €.", "en", "de"),
    # an afternoon time rendered as the 24-hour clock's, another time's hour beside it
    (
        "Open Monday to Friday from 2:30 p.m. to 7:30 p.m., Saturdays from 11:00 a.m. to 7:30 p.m.",
        "Geöffnet Montag bis Freitag von 14:30 bis 19:30 Uhr, samstags von 11:00 bis 19:30 Uhr.",
        "en",
        "de",
    ),
    # a negation five words before a bound it negates, in both ("not … after", "nicht nach")
    (
        "Phones may be used, but not in the patient rooms after 9:00 p.m.",
        "Telefone dürfen benutzt werden, in den Patientenzimmern jedoch nicht nach 21:00 Uhr.",
        "en",
        "de",
    ),
    # a set phrase's negation ("no later than") negates no side of a time after it
    (
        "The customer must apply for it no later than 10 working days before the moving date.",
        "De klant moet deze uiterlijk 10 werkdagen vóór de verhuisdatum aanvragen.",
        "en",
        "nl",
    ),
    # a bound before an amount in words kept; a preposition that is also a bound ("über":
    # about); a comparative of another sense ("nivel superior")
    (
        "We charge €10 for every hour started, but no more than the price of one full day.",
        "Wir berechnen 10 € für jede angefangene Stunde, höchstens jedoch den Preis eines ganzen Tages.",
        "en",
        "de",
    ),
    (
        "The planner merges subqueries if the resulting list has no more than this many items.",
        "El planner mezcla subconsultas de nivel superior si la lista resultante es menor que esta cantidad.",
        "en",
        "es",
    ),
    (
        "It may be less than the kernel's limit; the documentation has more about the setting.",
        "Er kann kleiner als das Limit sein; die Dokumentation enthält mehr über die Einstellung.",
        "en",
        "de",
    ),
]

BAD = [
    # (source, target, src, tgt, expected target spans, expected source spans)
    # of two bounds on one value, the turned one nearest to where the source's stands
    (
        "A session lasts at most 3 hours; prints that take longer than 3 hours need approval.",
        "Una sessione dura al massimo 3 ore; le stampe che richiedono meno di 3 ore richiedono approvazione.",
        "en",
        "it",
        ["meno di"],
        [],
    ),
    # ... between the numbers written alike around it, in its sentence where its clauses differ
    (
        "For safety reasons, the minimum age is 16, and participants under 18 must be accompanied "
        "by an adult. Wear closed shoes and cotton clothes.",
        "Por motivos de seguridad, la edad mínima es de 16 años. Lleve calzado cerrado y ropa de algodón.",
        "en",
        "es",
        ["años"],
        [],
    ),
    (
        "Tickets cost €22 for a day and €55 for the weekend, and children under 12 enter free with an adult.",
        "Las entradas cuestan 22 € por día y 55 € por el fin de semana, y los niños entran gratis "
        "con un adulto.",
        "en",
        "es",
        ["niños entran"],
        [],
    ),
    # a number missing from a sentence of prose: marked in the translation where it would stand
    (
        "The guided tour of the old town lasts two hours and costs 15 euros per person.",
        "La visita guiada por el casco antiguo dura dos horas y cuesta por persona.",
        "en",
        "es",
        ["y cuesta"],
        [],
    ),
    # an ordinal written out, changed; the "10%" is the target's "10 %", not its "zehnten"
    (
        "Customers with a loyalty card receive a 10% discount on every fifth order.",
        "Kundinnen und Kunden mit Treuekarte erhalten bei jedem zehnten Auftrag 10 % Rabatt.",
        "en",
        "de",
        ["zehnten"],
        [],
    ),
    ("The office is on the fourth floor.", "Le bureau est au sixième étage.", "en", "fr", ["sixième"], []),
    ("I will call between 9.30 and 10 am.", "Je passerai entre 8 h 30 et 10 h.", "en", "fr", ["8"], []),
    # midnight ("meia-noite") is no word for the evening that would say 11h30 is at night
    (
        "Music must stop at 11.30 pm and the bar closes at midnight.",
        "A música tem de terminar às 11h30 e o bar fecha à meia-noite.",
        "en",
        "pt",
        ["11h30"],
        [],
    ),
    # the hour of a clock time is no number word of the target ("sechs" is the "six")
    (
        "We are open until 6:30 pm, and six carers look after the dogs.",
        "Wir haben bis 16:30 Uhr geöffnet, und sechs Betreuer kümmern sich um die Hunde.",
        "en",
        "de",
        ["16"],
        [],
    ),
    # the hours kept, every day dropped
    (
        "The gym is open 24/7 for members.",
        "Das Studio ist für Mitglieder 24 Stunden geöffnet.",
        "en",
        "de",
        [],
        ["7"],
    ),
    ("It costs £1 a day.", "Cuesta dos libras al día.", "en", "es", ["dos"], []),
    # twelve months are one year, not two
    ("Vouchers are valid for 12 months.", "Gutscheine gelten zwei Jahre.", "en", "de", ["zwei"], []),
    (
        "The club has members in 17 countries.",
        "De club heeft leden in achttien landen.",
        "en",
        "nl",
        ["achttien"],
        [],
    ),
    # a span of time said as a fraction of an hour that is another span
    ("The walk takes 30 minutes.", "La caminata dura una hora y media.", "en", "es", [], ["30"]),
    # a number word inside a compound adjective that is another number
    ("We offer a 5-day trial.", "Wir bieten eine siebentägige Testphase.", "en", "de", ["siebentägige"], []),
    # a trunk "0" kept after an added calling code; a "0" that is part of the number dropped
    (
        "Ring 0161 555 0192 now.",
        "Appelez le +44 0161 555 0192.",
        "en",
        "fr",
        ["+44 0161 555 0192"],
        [],
    ),
    ("Ring 06 5550 1234.", "Chiamate lo 6 5550 1234.", "en", "it", ["6 5550 1234"], []),
    ("Ring +39 06 5550 1234.", "Chiamate lo 6 5550 1234.", "en", "it", ["6 5550 1234"], []),
    (
        "Ring 06 5550 1234.",
        "Rufen Sie +39 6 5550 1234 an.",
        "en",
        "de",
        ["+39 6 5550 1234"],
        [],
    ),
    # a range of years ending in another year
    ("Fees for the 2031–32 term.", "Gebühren für das Semester 2031-2033.", "en", "de", [], ["32"]),
    # a metric amount said as another fraction of a unit
    ("Add 250 ml of stock.", "Geben Sie einen halben Liter Brühe dazu.", "en", "de", [], ["250"]),
    ("The trail is 750 m long.", "Het pad is anderhalve kilometer lang.", "en", "nl", [], ["750"]),
    # a span of time converted wrongly, or rounded
    ("Results come within 48 hours.", "Die Ergebnisse kommen innerhalb von 3 Tagen.", "en", "de", [], ["48"]),
    # hours and minutes that are not the source's hours
    ("The tour lasts 3.5 hours.", "La visite dure 3 h 20.", "en", "fr", ["3"], []),
    ("The climb takes about 2.5 hours.", "La salita dura circa 3 ore e mezza.", "en", "it", ["3"], []),
    ("The workshop takes 90 minutes.", "Der Workshop dauert 2 Stunden.", "en", "de", [], ["90"]),
    # "12 noon" said as midnight
    ("The desk is open until 12 noon.", "Le guichet est ouvert jusqu'à minuit.", "en", "fr", [], ["12"]),
    # midnight said as twelve o'clock, noon as twenty-four
    ("Valid until Saturday midnight.", "Gültig bis Samstag, 12 Uhr.", "en", "de", ["12"], []),
    ("The shop closes at noon on Saturdays.", "Le magasin ferme à 24 h le samedi.", "en", "fr", ["24"], []),
    # a morning time given as the afternoon's hour
    ("The market opens at 6 a.m. on Fridays.", "Le marché ouvre le vendredi à 18 h.", "en", "fr", ["18"], []),
    ("It cost 1,234.5 euros.", "Es kostete 1.234,6 Euro.", "en", "de", ["1.234,6"], []),
    ("It cost 1.5 million.", "Es kostete 1,5 Euro.", "en", "de", ["1,5"], []),
    (
        "They got 4 million hours.",
        "Sie bekamen vier Punkte erhalten Millionen Stunden.",
        "en",
        "de",
        ["vier Punkte erhalten Millionen"],
        [],
    ),
    ("Founded in 2019, it grew.", "Gegründet 2018, wuchs es.", "en", "de", ["2018"], []),
    ("It grew 12% last year.", "Es wuchs letztes Jahr stark.", "en", "de", [], ["12"]),
    # a signed number is no calling code
    ("Sales rose +12 points this year.", "Der Umsatz stieg dieses Jahr stark.", "en", "de", [], ["12"]),
    ("There are 3 options.", "Es gibt vier Optionen.", "en", "de", ["vier"], []),
    ("Growth was 3.5%.", "Das Wachstum lag bei 3.5 %.", "en", "de", ["3.5"], []),
    # a unit word of the source kept after the number; a conversion changed or not kept
    ("The boat is 12.5 metres long.", "Das Boot ist 12.5 metres lang.", "en", "de", ["12.5"], []),
    ("The course is 7.5 furlongs (1.5 km).", "Трасса длиной 1,6 км.", "en", "ru", ["1,6"], []),
    ("The course is 7.5 furlongs (1.5 km) now.", "Трасса длинная.", "en", "ru", ["Трасса"], []),
    ("It costs 50 euros.", "Cuesta sesenta euros.", "en", "es", ["sesenta"], []),
    ("It rose in the 1990s.", "Es stieg in den Achtzigerjahren.", "en", "de", ["Achtzigerjahren"], []),
    ("He is third at 0:34.", "Il est troisième à 43 secondes.", "en", "fr", ["43"], []),
    # Equal in value, but in the source's convention, which German does not use.
    ("The fee is 1,250.00 euros.", "Die Gebühr beträgt 1,250.00 Euro.", "en", "de", ["1,250.00"], []),
    ("The rent is £1,250.00.", "La renta es de 1250.00 £.", "en", "es", ["1250.00"], []),
    # ... a price's decimals after a point, which the language reads as a time's
    ("Each image costs €15.", "Cada imagen cuesta 15.00 €.", "en", "es", ["15.00"], []),
    ("The error is 0.001 mm.", "Der Fehler beträgt 0.001 mm.", "en", "de", ["0.001"], []),
    # ... also after a currency code, which names no version.
    ("The deposit is USD 250.50.", "La caution est de USD 250.50.", "en", "fr", ["250.50"], []),
    # A number written out in both texts, another one here: from three on.
    ("The team won eleven stages.", "Het team won zeven etappes.", "en", "nl", ["zeven"], []),
    ("Thirty-two runners came.", "Llegaron treinta y tres corredores.", "en", "es", ["treinta y tres"], []),
    # "raised to" is no version's verb: a decimal in the source's convention.
    (
        "The forecast was raised to 4.2 percent.",
        "Die Prognose wurde auf 4.2 Prozent angehoben.",
        "en",
        "de",
        ["4.2"],
        [],
    ),
    # A decimal that ends a sentence is no section number.
    ("Growth was 4.2. The rest fell.", "Das Wachstum lag bei 4.2. Der Rest fiel.", "en", "de", ["4.2"], []),
    ("It starts at 3pm.", "Es beginnt um 16 Uhr.", "en", "de", ["16"], []),
    ("The class runs from 5:30 to 7 pm.", "Il corso va dalle 16.30 alle 19.", "en", "it", ["16.30"], []),
    ("We are back at half nine.", "Wir sind gegen halb neun zurück.", "en", "de", ["neun"], []),
    ("The bike ride is 20 miles.", "De fietstocht is 36 km.", "en", "nl", ["36"], []),
    ("The farm has 200 acres.", "Der Hof hat 51 Hektar.", "en", "de", ["51"], []),
    ("We are back at 7:15 in the evening.", "Wir sind um 18.15 Uhr zurück.", "en", "de", ["18.15"], []),
    # a telephone number with a digit changed or lost: one slip, not its groups
    ("Call 0113 496 0275 today.", "Rufen Sie heute +44 113 4960276 an.", "en", "de", ["+44 113 4960276"], []),
    ("Call 0808 157 0192 today.", "Rufen Sie heute 0808 157 019 an.", "en", "de", ["0808 157 019"], []),
    ("Kick-off is at 5.30 p.m.", "Anstoß ist um 18.30 Uhr.", "en", "de", ["18.30"], []),
    ("It opens at 10.30 a.m.", "Es öffnet um 11.30 Uhr.", "en", "de", ["11.30"], []),
    ("It opens at 10:30 a.m.", "Es öffnet um 22:30 Uhr.", "en", "de", ["22"], []),
    ("Come around 6 for the market.", "Kommen Sie gegen 19 Uhr zum Markt.", "en", "de", ["19"], []),
    ("The 6 regions grew.", "Le 18 regioni sono cresciute.", "en", "it", ["18"], []),
    ("with 5x optical zoom", "mit sechsfachem optischem Zoom", "en", "de", ["sechsfachem"], []),
    ("Open 9:00–18:00.", "Geöffnet von 9 bis 17 Uhr.", "en", "de", ["17"], []),
    # A year after a prefix and a hyphen; a number written with the source's digits is changed,
    # not a year of the target (which is no change of a small number left out).
    ("Jobs go by mid-2026.", "Los empleos se suprimen hasta mediados de 2016.", "en", "de", ["2016"], []),
    ("About 27.6 million people.", "Etwa 27.6 Millionen Menschen.", "en", "de", ["27.6"], []),
    ("It rose 4% in 2026.", "Es stieg 2026.", "en", "de", [], ["4"]),
    ("It rose 5% (from 3%).", "Es stieg um 5 %.", "en", "de", [], ["3"]),
    # a number lost from a list: marked where it went, between its neighbours
    (
        "Three editions, printed in 1597, 1649 and 1688, are shown.",
        "Tre edizioni, stampate nel 1597 e nel 1688, sono esposte.",
        "en",
        "it",
        ["1597 e nel 1688"],
        [],
    ),
    # ... or at its end: beside the one it is listed with; a clock time lost whole is one issue
    (
        "Guided walks leave the gate at 10:00 and 15:45 every Sunday.",
        "Rondleidingen vertrekken elke zondag om 10.00 uur bij de poort.",
        "en",
        "nl",
        ["10.00"],
        [],
    ),
    (
        "Buses run at 7, 9 and 11 on weekdays from the station.",
        "Die Busse fahren werktags um 7 und 9 Uhr vom Bahnhof ab.",
        "en",
        "de",
        ["9"],
        [],
    ),
    ("The bell rings at 14:30 sharp.", "Die Glocke läutet pünktlich.", "en", "de", [], ["14:30"]),
    (
        "It was published on 14 February 2025.",
        "Il a été publié le 14 janvier 2025.",
        "en",
        "fr",
        ["janvier"],
        [],
    ),
    ("Der Bericht erschien im März.", "The report appeared in May.", "de", "en", ["May"], []),
    # Months counted: one of two the same changed into another.
    (
        "The course runs from 2 March to 30 March.",
        "Le cours a lieu du 2 mai au 30 mars.",
        "en",
        "fr",
        ["mai"],
        [],
    ),
    (
        "Revenue of $19.1–19.4 billion is expected.",
        "Se esperan ingresos de entre 18.100 y 19.400 millones de dólares.",
        "en",
        "es",
        ["18.100"],
        [],
    ),
    ("Open 9:30–18:00.", "Geöffnet von 9 bis 18 Uhr.", "en", "de", [], ["30"]),
    ("Arrive hungry around 6.", "Cheguem com fome às 19h.", "en", "pt", ["19h"], []),
    ("The talk starts at 8:45 p.m.", "A palestra começa às 20h15.", "en", "pt", ["20h15"], []),
    # "24 hours" dropped, or said with the idiom where the source has another number.
    ("Our 24-hour helpdesk answers.", "Unser Helpdesk antwortet.", "en", "de", [], ["24"]),
    ("The 24 staff work day and night.", "Het personeel werkt dag en nacht.", "en", "nl", [], ["24"]),
    ("It opened at 10:30:15 a.m. sharp.", "Es öffnete pünktlich.", "en", "de", [], ["10:30:15"]),
    ("It opened on 3.5.2024.", "Es öffnete.", "en", "de", [], ["3.5.2024"]),
    ("It raised $8.3bn.", "Es nahm 8200 Millionen Dollar ein.", "en", "de", ["8200 Millionen"], []),
    # A minus sign lost: the value is there, the meaning reversed.
    ("GDP fell to -0.2% in Q3.", "Das BIP sank im dritten Quartal auf 0,2 %.", "en", "de", ["0,2"], []),
    ("Sales: -3.2% (2023: -1.5%).", "Umsatz: -3,2 % (2023: 1,5 %).", "en", "de", ["1,5"], []),
    ("It was -5°C at night.", "Il faisait 5 °C la nuit.", "en", "fr", ["5"], []),
    ("Inflation was minus 1.1 percent.", "Die Inflation lag bei 1,1 Prozent.", "en", "de", ["1,1"], []),
    ("Hacía 4 grados bajo cero.", "It was 4 degrees.", "es", "en", ["4"], []),
    # An afternoon time given with its 12-hour hour in a language of the 24-hour clock.
    ("The shop closes at 5.45 p.m.", "De winkel sluit om 5.45 uur.", "en", "nl", ["5.45"], []),
    ("The film starts at 8 p.m.", "Il film inizia alle 8.", "en", "it", ["8"], []),
    ("Doors open at 7:30 p.m.", "Les portes ouvrent à 7 h 30.", "en", "fr", ["7"], []),
    ("It ends at 11:11 p.m.", "Es endet um 22:11 Uhr.", "en", "de", ["22"], []),  # minutes are no hour
    # the evening said in another sentence is not this time's
    (
        "We are back at 5 p.m. on Friday. Phones are collected every evening at 9 p.m.",
        "Voltamos às 5h00 de sexta-feira. Os telemóveis são recolhidos todas as noites às 21h00.",
        "en",
        "pt",
        ["5h00"],
        [],
    ),
    # An ordinal compared by value; a small number written out against the target's small one.
    ("She lives on the 4th floor.", "Sie wohnt im 14. Stock.", "en", "de", ["14"], []),
    ("She lives on the 3rd floor.", "Vive en el 5to piso.", "en", "es", ["5to"], []),
    ("The class went on a four-day trip.", "La classe est partie trois jours.", "en", "fr", ["trois"], []),
    ("The class went on a four-day trip.", "Die Klasse machte eine 6-tägige Reise.", "en", "de", ["6"], []),
    # Digits swapped: paired with the number they are a slip of, not by position, even an ordinal.
    (
        "Rice scored after 11 minutes and Saka in the 87th minute.",
        "Rice traf nach elf Minuten und Saka in der 78. Minute.",
        "en",
        "de",
        ["78"],
        [],
    ),
    # A percent sign or a currency lost: the number is there, what it counts is not.
    (
        "Prices may climb by more than 6% a year.",
        "Die Preise können um mehr als 6 steigen.",
        "en",
        "de",
        ["6"],
        [],
    ),
    ("She paid €41,500 for the car.", "Ha pagato 41.500 per l'auto.", "en", "it", ["41.500"], []),
    # Another weekday for the same day of the month.
    (
        "The fair runs from Tuesday 9 to Thursday 11 June.",
        "La fiera va da lunedì 9 a giovedì 11 giugno.",
        "en",
        "it",
        ["lunedì"],
        [],
    ),
    # A bound turned around.
    ("The fine is at least €45.", "Die Strafe beträgt höchstens 45 €.", "en", "de", ["höchstens"], []),
    ("More than 40 people came.", "Meno di 40 persone sono venute.", "en", "it", ["Meno di"], []),
    (
        "Book at least three days ahead.",
        "Reserveer hooguit drie dagen van tevoren.",
        "en",
        "nl",
        ["hooguit"],
        [],
    ),
    # ... with an article and a noun between ("up to a value of €5,000")
    (
        "Basic insurance covers up to a value of €5,000.",
        "De basisverzekering dekt vanaf een waarde van € 5.000.",
        "en",
        "nl",
        ["vanaf"],
        [],
    ),
    # a bound on an age ("up to the age of 27", "under the age of 12")
    ("Students up to the age of 27 pay €9.", "Studierende ab 27 Jahre zahlen 9 €.", "en", "de", ["ab"], []),
    ("Children under the age of 12 pay.", "Kinder über 12 Jahren zahlen.", "en", "de", ["über"], []),
    # after a number said before it, where the sentence says both sides
    (
        "Collect the box after 21:00 in June and after 20:30 in July.",
        "Holen Sie den Karton im Juni nach 21:00 Uhr und im Juli vor 20:30 Uhr ab.",
        "en",
        "de",
        ["vor"],
        [],
    ),
    (
        "Collect the box after 21:00 in June and after 20:30 in July.",
        "Recoja la caja después de las 21:00 en junio y antes de las 20:30 en julio.",
        "en",
        "es",
        ["antes de"],
        [],
    ),
    # a bound written after its number, turned
    (
        "Stays of 7 nights or more get a 10% discount.",
        "I soggiorni di massimo 7 notti hanno diritto a uno sconto del 10%.",
        "en",
        "it",
        ["massimo"],
        [],
    ),
    (
        "Groups of 10 people or more get a discount.",
        "Les groupes de 10 personnes ou moins bénéficient d'une réduction.",
        "en",
        "fr",
        ["ou moins"],
        [],
    ),
    (
        "Children aged 12 and over may swim alone.",
        "Kinder unter 12 Jahren dürfen allein schwimmen.",
        "en",
        "de",
        ["unter"],
        [],
    ),
    # ... or both negated
    (
        "Please do not arrive before 8:15, because the gate is locked until then.",
        "Bitte kommen Sie nicht nach 8:15 Uhr, denn bis dahin ist das Tor abgeschlossen.",
        "en",
        "de",
        ["nach"],
        [],
    ),
    (
        "Please do not arrive before 8:15, because the gate is locked until then.",
        "Merci de ne pas arriver après 8 h 15, car le portail est fermé jusque-là.",
        "en",
        "fr",
        ["après"],
        [],
    ),
    # ... or after the span of time the number counts
    (
        "The deposit is returned within 10 working days after the event.",
        "Die Kaution wird innerhalb von 10 Werktagen vor der Veranstaltung erstattet.",
        "en",
        "de",
        ["vor"],
        [],
    ),
    # ... where the source bounds the same number alike twice and the translation turns one
    (
        "Pay no later than 21 days before the start; if less than 21 days before the start, pay at once.",
        "Zahlen Sie spätestens 21 Tage nach Beginn; bei weniger als 21 Tagen vor Beginn sofort.",
        "en",
        "de",
        ["nach"],
        [],
    ),
    (
        "Ask for the renewal at least 5 days before the due date.",
        "Vraag de verlenging ten minste 5 dagen na de uiterste inleverdatum aan.",
        "en",
        "nl",
        ["na"],
        [],
    ),
    (
        "Refunds are possible after 2 years of membership.",
        "Rückerstattungen sind vor 2 Jahren Mitgliedschaft möglich.",
        "en",
        "de",
        ["vor"],
        [],
    ),
    (
        "Places are limited to 20 per tour.",
        "Per rondleiding is er plaats voor minimaal 20 personen.",
        "en",
        "nl",
        ["minimaal"],
        [],
    ),
    # ... and one of them turned: more of its direction in the translation than in the source
    (
        "Dogs up to 20 kg: €24.00; dogs over 20 kg: €28.50.",
        "Hunde über 20 kg: 24,00 €; Hunde über 20 kg: 28,50 €.",
        "en",
        "de",
        ["über"],
        [],
    ),
    # "up to" said with a lower bound, and a lower bound said "up to"
    (
        "Members may borrow up to 3 tools at a time.",
        "Los socios pueden tomar prestadas a partir de 3 herramientas a la vez.",
        "en",
        "es",
        ["a partir de"],
        [],
    ),
    (
        "Members may borrow up to 3 tools at a time.",
        "Mitglieder können ab 3 Werkzeuge ausleihen.",
        "en",
        "de",
        ["ab"],
        [],
    ),
    (
        "Members may borrow up to three tools at a time.",
        "I soci possono prendere in prestito a partire da tre attrezzi alla volta.",
        "en",
        "it",
        ["a partire da"],
        [],
    ),
    (
        "Each member may bring up to 3 guests.",
        "Jedes Mitglied darf mindestens 3 Gäste mitbringen.",
        "en",
        "de",
        ["mindestens"],
        [],
    ),
    (
        "Groups need at least 6 players.",
        "Les groupes ont besoin de jusqu'à 6 joueurs.",
        "en",
        "fr",
        ["jusqu'à"],
        [],
    ),
    ("Bring at least 2 bottles.", "Traga até 2 garrafas.", "en", "pt", ["até"], []),
    ("You may book up to 4 lanes.", "U kunt vanaf 4 banen reserveren.", "en", "nl", ["vanaf"], []),
    # Both negated: compared as written ("must not play more than 3" is no "non … meno di 3").
    (
        "Presenters must not play more than 3 songs in a row.",
        "I conduttori non devono trasmettere meno di 3 brani di fila.",
        "en",
        "it",
        ["meno di"],
        [],
    ),
    ("Do not take more than 2 tablets.", "Non prendete meno di 2 compresse.", "en", "it", ["meno di"], []),
    # a bound that includes its number said as one that excludes it, or the other way round
    (
        "Groups of 10 or more people receive a 10% discount.",
        "I gruppi di più di 10 persone hanno diritto a uno sconto del 10%.",
        "en",
        "it",
        ["più di"],
        [],
    ),
    (
        "Families with two or more children pay €20.",
        "Las familias con más de dos hijos pagan 20 €.",
        "en",
        "es",
        ["más de"],
        [],
    ),
    ("We need more than 3 rehearsals.", "Il nous faut au moins 3 répétitions.", "en", "fr", ["au moins"], []),
    # ... negated further back in each clause, the bound of a noun's
    (
        "We never guarantee the water resistance of watches more than 30 years old.",
        "Nous ne garantissons jamais l'étanchéité des montres de moins de 30 ans.",
        "en",
        "fr",
        ["moins de"],
        [],
    ),
    (
        "Bookings must be for at least 4 hours.",
        "Les réservations doivent porter sur 4 heures au maximum.",
        "en",
        "fr",
        ["au maximum"],
        [],
    ),
    # a bound before a word for one turned around
    (
        "Groups must be accompanied by at least one adult leader.",
        "I gruppi devono essere accompagnati da al massimo un responsabile adulto.",
        "en",
        "it",
        ["al massimo"],
        [],
    ),
    # Dutch "tot" before a number reaches up to it
    ("The disco is for ages 12 and over only.", "De disco is alleen tot 12 jaar.", "en", "nl", ["tot"], []),
    # a bound set off by commas before its number ("há, pelo menos, 3 meses")
    (
        "You need proof of address issued no more than 3 months ago.",
        "É necessário um comprovativo de morada emitido há, pelo menos, 3 meses.",
        "en",
        "pt",
        ["pelo menos"],
        [],
    ),
    (
        "Each pitch may hold no more than one tent for up to 4 people.",
        "Cada lugar pode ter, pelo menos, uma tenda para até 4 pessoas.",
        "en",
        "pt",
        ["pelo menos"],
        [],
    ),
    (
        "Each guest may bring at most one pet.",
        "Jeder Gast darf mindestens ein Haustier mitbringen.",
        "en",
        "de",
        ["mindestens"],
        [],
    ),
    # an adverb of a bound after its number, the clause going on after it
    (
        "We will ask for a contribution of no more than £25 towards the repair.",
        "Nous vous demanderons une participation de 25 £ au minimum pour la réparation.",
        "en",
        "fr",
        ["au minimum"],
        [],
    ),
    (
        "Each group needs at least 2 leaders on every trip.",
        "Ogni gruppo ha bisogno di 2 responsabili al massimo per ogni gita.",
        "en",
        "it",
        ["al massimo"],
        [],
    ),
    ("Moisture below 20% is fine.", "Un'umidità superiore al 20% va bene.", "en", "it", ["superiore"], []),
    (
        "Moisture above 20% is bad.",
        "Een vochtgehalte lager dan 20% is slecht.",
        "en",
        "nl",
        ["lager dan"],
        [],
    ),
    # A deadline, a frequency or the end of a span of dates turned around.
    (
        "Reply no later than 3 days before.",
        "Antworten Sie frühestens 3 Tage vorher.",
        "en",
        "de",
        ["frühestens"],
        [],
    ),
    # ... with a weekday before the time
    (
        "Entries must reach us no later than Friday at 17:00.",
        "Die Anmeldungen müssen uns frühestens Freitag, 17:00 Uhr, erreichen.",
        "en",
        "de",
        ["frühestens"],
        [],
    ),
    (
        "Backed up at least every 4 hours.",
        "Копия создаётся не чаще одного раза в 4 часа.",
        "en",
        "ru",
        ["не чаще"],
        [],
    ),
    ("Valid from 3 June 2027.", "Gültig bis zum 3. Juni 2027.", "en", "de", ["bis zum"], []),
    ("Open until 3 June.", "Ouvert à partir du 3 juin.", "en", "fr", ["à partir du"], []),
    # A position beside a number turned.
    ("It lies 20 m below the summit.", "Fica 20 m acima do cume.", "en", "pt", ["acima"], []),
    # Another calling code.
    ("Call +421 2 444 0199.", "Volejte +420 2 444 0199.", "en", "de", ["+420 2 444 0199"], []),
    # A Roman numeral changed.
    ("The XII congress opens in June.", "El VII congreso se abre en junio.", "en", "es", ["VII"], []),
    ("The XIX century.", "Le XVIIIe siècle.", "en", "fr", ["XVIII"], []),
    ("The 12th congress opens in June.", "El VII congreso se abre en junio.", "en", "es", ["VII"], []),
    # A direction beside a number turned.
    (
        "Heating costs 8% less than last winter.",
        "Das Heizen kostet 8 % mehr als im Winter.",
        "en",
        "de",
        ["mehr"],
        [],
    ),
    (
        "Sales fell by 8% last year.",
        "Le vendite sono salite dell'8% l'anno scorso.",
        "en",
        "it",
        ["salite"],
        [],
    ),
    ("Ridership grew 12% in May.", "В мае число пассажиров снизилось на 12%.", "en", "ru", ["снизилось"], []),
    # A frequency changed.
    (
        "The filter is cleaned once a week.",
        "El filtro se limpia dos veces por semana.",
        "en",
        "es",
        ["dos veces"],
        [],
    ),
    ("Take it twice a day.", "Nehmen Sie es einmal täglich.", "en", "de", ["einmal"], []),
    # A rate's unit of time changed beside the same amount.
    ("It costs 38 cents per hour.", "Cela coûte 38 centimes par semaine.", "en", "fr", ["par semaine"], []),
    ("It costs €20 a month.", "Es kostet jährlich 20 €.", "en", "de", ["jährlich"], []),
    ("It costs €20 a month.", "Costa 20 euro all'anno.", "en", "it", ["all'anno"], []),
    # a rate's unit of time the translation adds where the source names none
    (
        "Prices are per person, and the single supplement is £95 in every hotel.",
        "Los precios son por persona y el suplemento individual es de 95 £ por noche en todos los hoteles.",
        "en",
        "es",
        ["por noche"],
        [],
    ),
    # Percentage points said as per cent, a currency's small unit as its main one.
    (
        "Turnout rose 6 percentage points to 71%.",
        "La participación subió un 6 %, al 71 %.",
        "en",
        "es",
        ["6"],
        [],
    ),
    ("A ride costs 45p.", "Eine Fahrt kostet 45 Pfund.", "en", "de", ["45"], []),
    ("A ride costs 45p.", "Un trajet coûte 45 £.", "en", "fr", ["45"], []),
    ("A stamp costs 70 cents.", "Un sello cuesta 70 dólares.", "en", "es", ["70"], []),
    # A span of days said as working days, or working days as days.
    (
        "Orders ship within 4 days.",
        "Bestellungen gehen binnen 4 Werktagen raus.",
        "en",
        "de",
        ["4 Werktagen"],
        [],
    ),
    (
        "Orders ship within 4 business days.",
        "Les commandes partent sous 4 jours.",
        "en",
        "fr",
        ["4 jours"],
        [],
    ),
    ("Answers in 6 working days.", "Ответ через 6 дней.", "en", "ru", ["6 дней"], []),
    # Two numbers given to each other's name, which the translation keeps as written.
    ("It runs on macOS 13 and Linux 6.", "Es läuft unter macOS 6 und Linux 13.", "en", "de", ["6", "13"], []),
    (
        "Made of 60% Alpaca and 40% Tencel.",
        "Fait de 40 % Alpaca et 60 % Tencel.",
        "en",
        "fr",
        ["40", "60"],
        [],
    ),
    # A coordinate's hemisphere turned.
    (
        "The cape lies at 51.3° N, 7.82° W.",
        "Il capo si trova a 51,3° N, 7,82° E.",
        "en",
        "it",
        ["7,82° E"],
        [],
    ),
    ("The cape lies at 7.82° E.", "Le cap se trouve à 7,82° O.", "en", "fr", ["7,82° O"], []),
    ("The cape lies at 16°22′ E.", "Мыс: 16°22′ з. д.", "en", "ru", ["16°22′ з. д."], []),
    # A range said as two values.
    ("Delivery takes 5–9 days.", "Die Lieferung dauert 5 oder 9 Tage.", "en", "de", ["5 oder 9"], []),
    ("Allow four to seven weeks.", "Prévoyez quatre ou sept semaines.", "en", "fr", ["quatre ou sept"], []),
    # a compound's number word changed
    ("Bed in a 4-bed room: €34.", "Bett im Dreibettzimmer: 34 €.", "en", "de", ["Dreibettzimmer"], []),
    # the afternoon's "7:30 p.m." left at 7:30, though "7:00 p.m." is "19:00" beside it
    (
        "Open Monday to Friday from 2:30 p.m. to 7:00 p.m., Saturdays from 11:00 a.m. to 7:30 p.m.",
        "Geöffnet Montag bis Freitag von 14:30 bis 19:00 Uhr, samstags von 11:00 bis 7:30 Uhr.",
        "en",
        "de",
        ["7"],
        [],
    ),
    # "not … after" said "nicht vor", the negation five words before the bound
    (
        "Phones may be used, but not in the patient rooms after 9:00 p.m.",
        "Telefone dürfen benutzt werden, in den Patientenzimmern jedoch nicht vor 21:00 Uhr.",
        "en",
        "de",
        ["vor"],
        [],
    ),
    # "no later than 10 working days before" said "uiterlijk 10 werkdagen na"
    (
        "The customer must apply for it no later than 10 working days before the moving date.",
        "De klant moet deze uiterlijk 10 werkdagen na de verhuisdatum aanvragen.",
        "en",
        "nl",
        ["na"],
        [],
    ),
    # a number a comma closes opens no range with the bound after it ("2207, up to 30")
    (
        "Vehicles can be booked by phone on 051 649 2207, up to 30 days in advance.",
        "Si prenotano per telefono al numero 051 649 2207, con un anticipo minimo di 30 giorni.",
        "en",
        "it",
        ["minimo"],
        [],
    ),
    # a lowest price turned into a cap ("from €15" said "fino a 15 €", "bis zu 25 €")
    (
        "Small repairs are usually done while you wait, from €15.",
        "Le piccole riparazioni vengono di solito eseguite al momento, fino a 15 €.",
        "en",
        "it",
        ["fino a"],
        [],
    ),
    (
        "Guided tours cost from €25 per person.",
        "Führungen kosten bis zu 25 € pro Person.",
        "en",
        "de",
        ["bis zu"],
        [],
    ),
    # a bound before an amount in words turned ("no more than the price" said "mindestens")
    (
        "We charge €10 for every hour started, but no more than the price of one full day.",
        "Wir berechnen 10 € für jede angefangene Stunde, mindestens jedoch den Preis eines ganzen Tages.",
        "en",
        "de",
        ["mindestens"],
        [],
    ),
    (
        "The option takes at most a directory and a source argument.",
        "A opção recebe pelo menos um directório e um argumento fonte.",
        "en",
        "pt",
        ["pelo menos"],
        [],
    ),
]

# Software messages: placeholders, versions and kept spellings are not changed numbers, and
# real changes next to them are still found.
SOFTWARE_GOOD = [
    # Digits inside format placeholders are not numbers of the text.
    ("Ratio %4.2f%% (higher is better)", "Verhältnis %4.2f%% (höher ist besser)", "en", "de"),
    ("%u.%2.2u MiB", "%u.%2.2u Mio", "en", "fr"),
    ("%-10s %8.3f total", "%-14s %8.3f gesamt", "en", "de"),
    ("%1$s of %2$5d copied", "%2$7d von %1$s kopiert", "en", "de"),
    ("Progress: %(percent)3d%% done", "Fortschritt: %(percent)4d%% erledigt", "en", "de"),
    ("Name: {0:<10} Size: {1:>6}", "Name: {0:<14} Größe: {1:>8}", "en", "de"),
    ("A passphrase needs a digit or%%0Aa sign.", "Ein Passwort braucht eine Ziffer.", "en", "de"),
    # Versions and addresses with two or more dots are compared as written.
    ("Requires libfoo 2.14.0 or later.", "Erfordert libfoo 2.14.0 oder neuer.", "en", "de"),
    ("Requires libfoo 2.14.0 or later.", "Nécessite libfoo 2.14.0 ou ultérieure.", "en", "fr"),
    ("Will change in 3.20.x.", "Ändert sich in 3.20.x.", "en", "de"),
    ("Connect to 10.0.0.1 first.", "Zuerst mit 10.0.0.1 verbinden.", "en", "de"),
    ("Spec versions (1.9, 1.9.1, 1.10).", "Spezifikationen (1.9, 1.9.1, 1.10).", "en", "de"),
    # A two-part version after the same name, or with letters and digits glued to it.
    ("Upgrade to Zephyr 7.04 now.", "Jetzt auf Zephyr 7.04 aktualisieren.", "en", "de"),
    ("Upgrade to Zephyr 7.04 now.", "Mettez à jour vers Zephyr 7.04.", "en", "fr"),
    ("The deposit is USD 250.50.", "La caution est de USD 250,50.", "en", "fr"),
    ("Assuming HTTP/0.9.", "Vermutlich HTTP/0.9.", "en", "de"),
    ("Needs Linux >= 4.19.", "Benötigt Linux 4.19 oder neuer.", "en", "de"),
    ("Built with zlib 3.2p1.", "Mit zlib 3.2p1 gebaut.", "en", "de"),
    # A number the source calls a version: after its word for it, or before a pre-release mark.
    (
        "Rebuild it if made with version 4.6 or older.",
        "Neu bauen, falls mit Version 4.6 oder älter erstellt.",
        "en",
        "de",
    ),
    ("Needs one of the releases >= 2.5.", "Nécessite une des versions >= 2.5.", "en", "fr"),
    ("The layout changed in 3.1 beta.", "El formato cambió en la 3.1 beta.", "en", "es"),
    ("Fixed since 0.9-rc2.", "Seit 0.9-rc2 behoben.", "en", "de"),
    # Written as in the source inside a compound, a list or a range.
    ("Open the Kerberos 5 library.", "Die Kerberos-5-Bibliothek öffnen.", "en", "de"),
    ("Pick pages 1,4,9.", "Seiten 1,4,9 wählen.", "en", "de"),
    ("Use ranges like 2-3,6-9.", "Bereiche wie 2-3,6-9 verwenden.", "en", "de"),
    ("The shift must be in [0,255].", "Le décalage doit être dans [0,255].", "en", "fr"),
    # A "1" said with a word, a comparison with zero said with a word.
    ("Only 1 disk was found.", "Nur eine Festplatte wurde gefunden.", "en", "de"),
    ("Encrypted with 1 key.", "Mit einem Schlüssel verschlüsselt.", "en", "de"),
    ("Expected 1 argument.", "Un argument attendu.", "en", "fr"),
    ("Width must be > 0.", "La largeur doit être positive.", "en", "fr"),
    # A name joined to its number is kept, with a compound built on it or a name of its own.
    ("It needs SHA-256 keys.", "Es braucht SHA-256-Schlüssel.", "en", "de"),
    ("invalid UTF-8 text", "ungültiger UTF-8-Text mit ISO-8859-1-Resten", "en", "de"),
    ("UTF-8 or UTF-16 files", "Dateien in UTF-16 oder UTF-8", "en", "de"),
    ("the Kerberos-5 file", "die Kerberos 5-Datei", "en", "de"),
    # A decimal kept with its digits where the target reads parts.
    ("between 0.0 and 1.0", "zwischen 0.0 und 1.0", "en", "de"),
    # A "1" said with a word, also at one end of a range; a hyphen inside a word is no sign.
    ("between 1 and 31", "tra uno e 31", "en", "it"),
    ("Copy 1 file.", "Eine Datei kopieren.", "en", "de"),
    ("Use the UTF-1 form of a file.", "Die UTF-1-Form einer Datei verwenden.", "en", "de"),
    # A digit is matched before a word for the same number takes it.
    ("A two-column table needs 2 keys.", "Eine zweispaltige Tabelle braucht 2 Schlüssel.", "en", "de"),
]

SOFTWARE_BAD = [
    # (source, target, src, tgt, expected target spans, expected source spans)
    ("I will call between 9.30 and 10 am.", "Je passerai entre 8 h 30 et 10 h.", "en", "fr", ["8"], []),
    # the hour of a clock time is no number word of the target ("sechs" is the "six")
    (
        "We are open until 6:30 pm, and six carers look after the dogs.",
        "Wir haben bis 16:30 Uhr geöffnet, und sechs Betreuer kümmern sich um die Hunde.",
        "en",
        "de",
        ["16"],
        [],
    ),
    ("%d files in 2019", "%d Dateien in 2018", "en", "de", ["2018"], []),
    ("Saved in %.2f s on 3 disks", "In %.2f s auf 4 Festplatten gespeichert", "en", "de", ["4"], []),
    ("{0} items, at most 50", "{0} Elemente, höchstens 60", "en", "de", ["60"], []),
    ("%s: %5.1f%% of 12 done", "%s : %5.1f%% sur 13 terminés", "en", "fr", ["13"], []),
    ("Requires libfoo 2.14.0 or later.", "Erfordert libfoo 2.14.1 oder neuer.", "en", "de", ["2.14.1"], []),
    ("Use privilege spec 1.9.1.", "Spezifikation 1.9 verwenden.", "en", "de", ["1.9"], []),
    ("Upgrade to Zephyr 7.04 now.", "Jetzt auf Zephyr 7.10 aktualisieren.", "en", "de", ["7.10"], []),
    ("Zephyr 8.04 needs 5 GB.", "Zephyr 8.04 braucht 6 GB.", "en", "de", ["6"], []),
    ("Example: Mon, 14 Aug 2006", "Beispiel: Mo, 14. Aug 2008", "en", "de", ["2008"], []),
    ("dsp:8 is out of range", "dsp:6 liegt außerhalb des Bereichs", "en", "de", ["6"], []),
    ("Pick pages 1,4,9.", "Seiten 1,4,8 wählen.", "en", "de", ["1,4,8"], []),
    ("Only 1 disk and 2 fans.", "Nur eine Festplatte und 3 Lüfter.", "en", "de", ["3"], []),
    ("Copied 1 file.", "Datei kopiert.", "en", "de", [], ["1"]),
    # A signed "1" is a value to type: no article says it ("bei einem Wert von -werden").
    ("If set to -1, they stay.", "Bei einem Wert von -bleiben sie.", "en", "de", [], ["1"]),
    ("Or +1 to add a day.", "Oder +, um einen Tag hinzuzufügen.", "en", "de", [], ["1"]),
    ("Copy 1 file to the disk.", "5 Dateien auf eine Festplatte kopieren.", "en", "de", ["5"], []),
    ("Width must be > 0.", "La largeur doit être > 1.", "en", "fr", ["1"], []),
    # A decimal kept in the source's convention, where no name or word makes it a version.
    ("It weighs 2.5 kg.", "Il pèse 2.5 kg.", "en", "fr", ["2.5"], []),
    ("Needs 2.5 GB or more.", "Benötigt 2.5 GB oder mehr.", "en", "de", ["2.5"], []),
    (
        "The versions differ by 2.5 points.",
        "Die Versionen weichen um 2.5 Punkte ab.",
        "en",
        "de",
        ["2.5"],
        [],
    ),
    # A decimal changed where the target's convention reads the token as parts ("1.6": 1, 6).
    ("between 0.0 and 1.0", "zwischen 0.0 und 1.6", "en", "de", ["1.6"], []),
    ("releases before 9.0", "Versionen vor 9.3", "en", "de", ["9.3"], []),
    # One of two decimals dropped: the other's parts ("0.0": 0 and 0) are not taken for it.
    ("between 0.0 (never) and 1.0 (always)", "zwischen 0.0 (nie) und (immer)", "en", "de", [], ["1.0"]),
    # The number of a name joined to it by a hyphen, changed where the name is kept.
    ("It needs SHA-256 keys.", "Es braucht SHA-250-Schlüssel.", "en", "de", ["250"], []),
    ("invalid UTF-8 text", "texte UTF-16 invalide", "en", "fr", ["16"], []),
    # ... also beside a copy of the same name and number, counted ("SHA-256 ... SHA-256-Hash").
    (
        "SHA-256 keys and SHA-256 hashes.",
        "SHA-256-Schlüssel und SHA-265-Hashes.",
        "en",
        "de",
        ["265"],
        [],
    ),
    ("UTF-8 or UTF-16 files", "Dateien in UTF-16 oder UTF-16", "en", "de", ["16"], []),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD + SOFTWARE_GOOD)
def test_good_is_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("number_mismatch", source, target, src, tgt) == []


@pytest.mark.parametrize(("source", "target", "src", "tgt", "on_target", "on_source"), BAD + SOFTWARE_BAD)
def test_bad_is_found(
    source: str, target: str, src: str, tgt: str, on_target: list[str], on_source: list[str]
) -> None:
    issues = run("number_mismatch", source, target, src, tgt)
    assert spans(issues) == on_target
    assert spans(issues, "source") == on_source


def test_changed_is_error_missing_is_warning_and_fix_uses_target_format() -> None:
    changed = run("number_mismatch", "It cost 1,234.5 euros.", "Es kostete 1.234,6 Euro.")
    assert changed[0].severity is Severity.ERROR
    assert changed[0].suggestion == "1.234,5"
    missing = run("number_mismatch", "It grew 12% last year.", "Es wuchs letztes Jahr.")
    assert missing[0].severity is Severity.WARNING
    assert missing[0].side == "source" and (missing[0].start, missing[0].end) == (8, 10)


@pytest.mark.parametrize(
    ("source", "target", "tgt", "changed"),
    [
        # the minutes changed in the second time, the same minutes kept in the first (where
        # the texts' proportions put the source's 10 nearer the second)
        (
            "Workshops run on Wednesdays from 14:10 to 15:40 in room C3.",
            "Die Workshops laufen mittwochs von 14:10 bis 15:10 Uhr in Raum C3.",
            "de",
            "15:10",
        ),
        (
            "Workshops run on Wednesdays from 14:10 to 15:40 in room C3.",
            "Les ateliers se déroulent le mercredi de 14:10 à 15:10 en salle C3.",
            "fr",
            "15:10",
        ),
        # ... or the first changed, the second kept
        ("Open from 8:30 to 12:30 on Mondays.", "Montags von 8:15 bis 12:30 Uhr geöffnet.", "de", "8:15"),
        # the minutes turned to a full hour, whose ":00" reads as no number of its own
        (
            "Our fitters arrive between 8:00 and 9:30 a.m. on the first day.",
            "Unsere Monteure kommen am ersten Tag zwischen 8:00 und 9:00 Uhr.",
            "de",
            "9:00",
        ),
        (
            "Classes start at 9:30 and end at 11:00.",
            "Le lezioni iniziano alle 9:00 e finiscono alle 11:00.",
            "it",
            "9:00",
        ),
        # ... or minutes given to a time the source says on the hour
        ("The start is at 9:00 a.m. on Sunday.", "A partida é às 9h30 de domingo.", "pt", "9h30"),
        ("Doors open at 7.00 pm sharp.", "Einlass ist pünktlich um 19:30 Uhr.", "de", "19:30"),
        # ... on the 24-hour clock, for an afternoon time
        (
            "Doors open at 7.45 pm and the show starts at 8.15 pm.",
            "Les portes ouvrent à 19h45 et le spectacle commence à 20h00.",
            "fr",
            "20h00",
        ),
    ],
)
def test_a_changed_part_is_found_in_the_time_it_belongs_to(
    source: str, target: str, tgt: str, changed: str
) -> None:
    (issue,) = run("number_mismatch", source, target, "en", tgt)
    at = target.index(changed)
    assert at <= issue.start < issue.end <= at + len(changed)


def test_changed_minutes_are_an_error_whose_fix_gives_the_source_minutes() -> None:
    (issue,) = run(
        "number_mismatch", "The show starts at 8.15 pm.", "Le spectacle commence à 20h00.", "en", "fr"
    )
    assert (issue.text, issue.suggestion, issue.severity) == ("20h00", "20h15", Severity.ERROR)
    assert issue.message == "'20h00' where the source has '8.15'"


@pytest.mark.parametrize(
    ("source", "target", "tgt"),
    [
        # the time the translation writes is the source's too, or another example with seconds
        ("Arrive between 8:00 and 8:30, not at 8:00 sharp.", "Kommen Sie zwischen 8:00 und 8:30 Uhr.", "de"),
        ("e.g. 15:30, 2:35 pm, 14:15:20", "z. B. 15:30, 14:50:45", "de"),
        ("e.g. 15:30, 2:35 pm, 14:15:20", "par ex. 15:30, 14:15:20, etc.", "fr"),
    ],
)
def test_a_time_of_the_source_or_with_seconds_is_no_changed_time(source: str, target: str, tgt: str) -> None:
    messages = [i.message for i in run("number_mismatch", source, target, "en", tgt)]
    assert not any("where the source has '8:30'" in m or "where the source has '2:35'" in m for m in messages)


def test_number_moved_to_the_next_sentence_of_the_paragraph_is_not_missing() -> None:
    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        make_segment("It grew 12% last year. It is big.", "Es wuchs letztes Jahr.", id=1),
        make_segment("Really.", "Um 12 %. Es ist groß. Wirklich.", id=2),
    ]
    document = Document("en", "de", segments)
    context = build_context(document)
    assert list(get_check("number_mismatch").check(document[1], context)) == []


def test_number_changed_beside_its_own_copy_in_the_next_sentence_is_found() -> None:
    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        make_segment("The fair ends on 9 May.", "Die Messe endet am 19. Mai.", id=1),
        make_segment("Tickets are valid until 9 May.", "Karten gelten bis zum 9. Mai.", id=2),
    ]
    document = Document("en", "de", segments)
    context = build_context(document)
    found = list(get_check("number_mismatch").check(document[1], context))
    assert [segments[0].target[i.start : i.end] for i in found] == ["19"]


@pytest.mark.parametrize(
    ("source", "target", "tgt", "fix"),
    [
        ("Growth was 3.5%.", "Das Wachstum lag bei 3.5 %.", "de", "3,5"),
        ("It weighs 2.5 kg.", "Il pèse 2.5 kg.", "fr", "2,5"),
        # grouped with the target's decimal mark, twice: no decimal reading
        ("Cover of up to £2,000,000 applies.", "Aplica-se uma cobertura até 2,000,000 £.", "pt", "2.000.000"),
        ("The city has 1,250,000 people.", "La ciudad tiene 1,250,000 habitantes.", "es", "1.250.000"),
    ],
)
def test_decimal_kept_as_in_the_source_is_a_convention_warning(
    source: str, target: str, tgt: str, fix: str
) -> None:
    [issue] = run("number_mismatch", source, target, "en", tgt)
    assert issue.severity is Severity.WARNING
    assert "source's number convention" in issue.message
    assert "where the source has" not in issue.message
    assert issue.suggestion == fix


def test_lost_minus_sign_is_a_warning_whose_fix_puts_it_back() -> None:
    [issue] = run("number_mismatch", "GDP was -0.2% in Q3.", "Das BIP lag im dritten Quartal bei 0,2 %.")
    assert issue.severity is Severity.WARNING
    assert issue.message == "'0,2' has lost the minus of '-0.2' in the source"
    assert issue.suggestion == "-0,2"
    assert issue.source_span == (8, 12)


def test_changed_number_next_to_a_placeholder_stays_an_error() -> None:
    [issue] = run("number_mismatch", "%d files in 2019", "%d Dateien in 2018")
    assert issue.severity is Severity.ERROR
    assert issue.message == "'2018' where the source has '2019'"


@pytest.mark.parametrize(
    ("source", "target", "at"),
    [
        # the "1" that stands where the source's 0 stands, not the one of "-1"
        ("Set it to 0 to stop, or to -1 to keep all.", "Auf 1 setzen zum Stoppen, oder auf -1 für alle.", 4),
        ("a 1, 2 and 3 finger tap", "ein 1-, 3- und 3-Finger-Tippen", 8),
    ],
)
def test_a_changed_number_is_reported_where_it_stands(source: str, target: str, at: int) -> None:
    """Equal numbers are paired by place: the one left over is the changed one."""
    issues = run("number_mismatch", source, target, "en", "de")
    assert [(i.start, i.side) for i in issues] == [(at, "target")]


def test_a_one_said_with_a_word_in_the_next_sentence_counts_as_its_copy() -> None:
    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        make_segment("Add 1 cup of milk.", "Geben Sie 250 ml Milch dazu.", id=1),
        make_segment(
            "Bake it for 1 hour in a hot oven.", "Backen Sie ihn 1 Stunde in einem heißen Ofen.", id=2
        ),
    ]
    document = Document("en", "de", segments)
    context = build_context(document)
    assert list(get_check("number_mismatch").check(document[1], context)) == []


@pytest.mark.parametrize(
    ("source", "target", "tgt", "fix"),
    [
        (
            "Prices may climb by more than 6% a year.",
            "Die Preise können um mehr als 6 steigen.",
            "de",
            "6\u00a0%",
        ),
        (
            "Prices may climb by 6% (and 2% next year).",
            "I prezzi saliranno di 6 (e del 2% dopo).",
            "it",
            "6%",
        ),
        ("The fair opens on Friday 9 June.", "Ярмарка откроется в среду, 9 июня.", "ru", "пятницу"),
        ("The fair opens on Friday 9 June.", "Die Messe öffnet am Donnerstag, den 9. Juni.", "de", "Freitag"),
        ("The fine is at least €45.", "Die Strafe beträgt höchstens 45 €.", "de", "mindestens"),
        # an age's bound, a side of a clock time negated in both ("never after 22:00")
        (
            "Children under 10 may only swim with an adult.",
            "Kinderen ouder dan 10 jaar mogen alleen zwemmen met een volwassene.",
            "nl",
            "jonger dan",
        ),
        (
            "Barbecues are allowed, but never after 22:00.",
            "Barbecueën mag, maar nooit voor 22.00 uur.",
            "nl",
            "na",
        ),
        # a bound after the number said with the opposite one before it
        ("Top-ups of €30 or more receive a bonus.", "Aufladungen bis 30 € erhalten einen Bonus.", "de", "ab"),
        # a clock time's start said as its end, and the other way round
        (
            "Documents can only be ordered until 4:00 pm.",
            "Só é possível requisitar documentos a partir das 16h00.",
            "pt",
            "até",
        ),
        ("Entry until 4 pm.", "Einlass ab 16 Uhr.", "de", "bis"),
        # "without" negates its noun, not a bound further on
        (
            "Each flat will be without heating for no more than 3 working days.",
            "Elke woning zit minimaal 3 werkdagen zonder verwarming.",
            "nl",
            "maximaal",
        ),
        # a comparative's bound; a negated comparative ("não inferior": at least)
        (
            "3D prints that take longer than 3 hours need the approval of staff.",
            "Le stampe 3D che richiedono meno di 3 ore richiedono l'autorizzazione del personale.",
            "it",
            "più di",
        ),
        (
            "Keep them refrigerated at no more than 5 °C.",
            "Mantenha-os refrigerados a uma temperatura não inferior a 5 °C.",
            "pt",
            "não superior",
        ),
        (
            "Parcels heavier than 20 kg go by freight.",
            "Los paquetes de menos de 20 kg van por carga.",
            "es",
            "más de",
        ),
        (
            "Vans may stop for no longer than 20 minutes.",
            "Las furgonetas pueden parar un mínimo de 20 minutos.",
            "es",
            "un máximo de",
        ),
        # an afternoon time left on the 12-hour clock where "tarde" renders "afternoons"
        (
            "We are open on Thursday afternoons from 4:30 p.m. to 7:00 p.m.",
            "Abrimos los jueves por la tarde de 4:30 a 19:00 h.",
            "es",
            "16",
        ),
        # a bound before a number said as a word
        (
            "One adult may supervise no more than two children.",
            "Un adulto puede vigilar como mínimo a dos niños.",
            "es",
            "como máximo",
        ),
        # an age bound: "over 65" said "younger than 65"
        (
            "The discount is for visitors over 65.",
            "El descuento es para visitantes menores de 65 años.",
            "es",
            "mayores de",
        ),
        (
            "The discount is for visitors over 65.",
            "O desconto é para visitantes menores de 65 anos.",
            "pt",
            "maiores de",
        ),
        (
            "Heating costs 8% less than last winter.",
            "Das Heizen kostet 8 % mehr als im Winter.",
            "de",
            "weniger",
        ),
    ],
)
def test_a_lost_mark_a_changed_weekday_a_turned_bound_or_direction_is_a_warning_with_its_fix(
    source: str, target: str, tgt: str, fix: str
) -> None:
    issues = run("number_mismatch", source, target, "en", tgt)
    assert [(i.severity, i.suggestion) for i in issues] == [(Severity.WARNING, fix)]


@pytest.mark.parametrize(
    ("pairs", "lang"),
    [
        (
            [
                ("The first boat leaves at 5:50 am.", "Le premier bateau part à 5 h 50."),
                ("On Sundays it leaves at 7:00 am.", "Le dimanche, il part à 7 h."),
                (
                    "The last boat leaves at 11:15 pm, and at 12:30 am on Fridays and Saturdays.",
                    "Le dernier bateau part à 23 h 15, et à 0 h 30 les vendredis et samedis.",
                ),
            ],
            "fr",
        ),
        (
            [
                ("Breakfast is served from 7 am.", "O pequeno-almoço é servido a partir das 7h00."),
                (
                    "The door is locked between 12:30 am and 6 am.",
                    "A porta está fechada entre as 00h30 e as 6h00.",
                ),
                (
                    "Check-out is at 11am, or at 12am on request.",
                    "O check-out é às 11h00, ou às 0h00 a pedido.",
                ),
            ],
            "pt",
        ),
    ],
)
def test_the_hour_after_midnight_is_0_on_the_24_hour_clock(pairs: list[tuple[str, str]], lang: str) -> None:
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    check = get_check("number_mismatch")
    assert [i.text for s in document for i in check.check(s, context)] == []


@pytest.mark.parametrize(
    ("source", "target", "tgt"),
    [
        ("Cover of up to £2,000,000 applies.", "Aplica-se uma cobertura até 2.000.000 £.", "pt"),
        ("It weighs 2.5 kg.", "Pesa 2,5 kg.", "es"),
        ("The city has 2,000 people.", "La ciudad tiene 2.000 habitantes.", "es"),
        ("Cover of up to £2,000,000 applies.", "Die Deckung beträgt bis zu 2.000.000 £.", "de"),
        # software: a list of values, a locale's grouping shown as an example
        (
            "Use --sizes={224,256,384,512} for the digests.",
            "Use --sizes={224,256,384,512} para os resumos.",
            "pt",
        ),
    ],
)
def test_numbers_in_the_target_convention_are_silent(source: str, target: str, tgt: str) -> None:
    assert run("number_mismatch", source, target, "en", tgt) == []


@pytest.mark.parametrize(
    ("source", "target", "tgt", "expected"),
    [
        # a numbered item said with an ordinal: the same number
        (
            "Pieces are fired after week 5 of the course.",
            "Las piezas se cuecen tras la quinta semana del curso.",
            "es",
            [],
        ),
        ("The office is on floor 3.", "Le bureau est au troisième étage.", "fr", []),
        ("Lesson 8 is the last one.", "De achtste les is de laatste.", "nl", []),
        # ... and another ordinal is another number
        (
            "Pieces are fired after week 5 of the course.",
            "Las piezas se cuecen tras la sexta semana del curso.",
            "es",
            ["sexta"],
        ),
    ],
)
def test_an_ordinal_says_a_numbered_item(source: str, target: str, tgt: str, expected: list[str]) -> None:
    assert [i.text for i in run("number_mismatch", source, target, "en", tgt)] == expected
