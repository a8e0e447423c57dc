"""negation: a negated source sentence whose translation negates nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from editor.core.checks import Issue, Severity, build_context, get_check
from editor.core.model import Document
from tests.core.checks._run import run
from tests.factories import make_document

GOOD = [
    # "not a problem" said "kein Problem": no negation of a clause on either side
    (
        "Parking is not a problem, there is a large car park behind the church.",
        "Parken ist kein Problem, hinter der Kirche gibt es einen großen Parkplatz.",
        "en",
        "de",
    ),
    # each negation kept; two negated states, the first said by an opposite ("außerhalb")
    (
        "For health reasons, visitors may not enter the milking parlour during milking and must "
        "not touch the animals without permission.",
        "Per motivi sanitari, i visitatori non possono entrare nella sala di mungitura durante la "
        "mungitura e non devono toccare gli animali senza permesso.",
        "en",
        "it",
    ),
    (
        "The displacement value is not in range and is not aligned to the page.",
        "Der Abstandswert ist außerhalb des gültigen Bereichs und nicht an der Seite ausgerichtet.",
        "en",
        "de",
    ),
    # "statt" before what it replaces is "instead"; "par personne" of a price
    (
        "Do not use this property; use the other one.",
        "Statt dieser Eigenschaft die andere verwenden.",
        "en",
        "de",
    ),
    (
        "Please do not bring food; a meal costs €8 per person.",
        "Merci de ne pas apporter de nourriture ; un repas coûte 8 € par personne.",
        "en",
        "fr",
    ),
    # "without interest" said with a suffix of an inflected adjective ("zinsfreie")
    (
        "For purchases over €300 we offer payment in 3 monthly instalments without interest.",
        "Bei Einkäufen über 300 € bieten wir eine zinsfreie Zahlung in 3 Monatsraten an.",
        "en",
        "de",
    ),
    (
        "We offer payment in 3 monthly instalments without interest.",
        "Wij bieden een renteloze betaling in 3 maandelijkse termijnen aan.",
        "en",
        "nl",
    ),
    (
        "Students who miss more than 20% of the lessons do not receive a certificate of attendance.",
        "Les étudiants qui manquent plus de 20 % des leçons ne reçoivent pas d'attestation de présence.",
        "en",
        "fr",
    ),
    # a moment said on its side ("vor dem Termin")
    (
        "This does not apply in case of illness, provided that you inform us before the appointment.",
        "Dies gilt nicht im Krankheitsfall, sofern Sie uns vor dem Termin informieren.",
        "en",
        "de",
    ),
    # German "vor" and "nach" in their other senses: in front of, according to
    (
        "The last position can be prefixed with '/' to set a tab size after the last tab stop.",
        "Vor der letzten Position kann ein „/“ stehen, um die Tabgröße nach dem letzten Stopp festzulegen.",
        "en",
        "de",
    ),
    (
        "Check the settings before you start the machine.",
        "Prüfen Sie die Einstellungen nach Anleitung, bevor Sie die Maschine starten.",
        "en",
        "de",
    ),
    ("Please arrive before the start.", "Kom graag voor de start, na overleg met de trainer.", "en", "nl"),
    # "decline all responsibility": not responsible, said with a verb of refusal
    (
        "Bloc & Corde is not responsible for valuables left in the changing rooms.",
        "Bloc & Corde décline toute responsabilité pour les objets de valeur laissés dans les vestiaires.",
        "en",
        "fr",
    ),
    (
        "The club is not responsible for lost property.",
        "Il club declina ogni responsabilità per gli oggetti smarriti.",
        "en",
        "it",
    ),
    (
        "The club is not responsible for lost property.",
        "O clube declina qualquer responsabilidade por objetos perdidos.",
        "en",
        "pt",
    ),
    # "though" alone is no "even if" said as "unless" ("außer Kraft setzen": to override)
    (
        "Sub-expressions in brackets are evaluated first, though they may override the rules above.",
        "Unterausdrücke in Klammern werden zuerst ausgewertet und können Regeln außer Kraft setzen.",
        "en",
        "de",
    ),
    (
        "Registration closes at 17:00, one hour before the end, even if volunteers are still available.",
        "Le iscrizioni chiudono alle 17:00, un'ora prima della fine, anche se ci sono ancora volontari.",
        "en",
        "it",
    ),
    # "or more" said "au moins": a bound, which number_mismatch compares, not more said as less
    (
        "Groups of 10 people or more get a discount.",
        "Les groupes d'au moins 10 personnes ont une réduction.",
        "en",
        "fr",
    ),
    # "without exception", "without fail": set phrases that negate nothing
    (
        "Helmets are compulsory on every ride, without exception.",
        "Helme sind ausnahmslos Pflicht.",
        "en",
        "de",
    ),
    (
        "Helmets are compulsory on every ride, without exception.",
        "Le casque est obligatoire à chaque sortie, sans exception.",
        "en",
        "fr",
    ),
    # a phrase for ceasing says "no longer", an exception after it beside
    (
        "After the drought, hosepipes are no longer allowed on either site, except for watering seedlings.",
        "Após a seca, deixou de ser permitido o uso de mangueiras nos terrenos, exceto para regar plântulas.",
        "en",
        "pt",
    ),
    # ... a translation that has a paraphrase more than the source says the negation
    (
        "Lift passes are not included in the lesson price, except for the club.",
        "Les forfaits sont exclus du prix des cours, sauf pour le club.",
        "en",
        "fr",
    ),
    # (source, target, src, tgt)
    # arrival and departure both in the source; "été" the participle is no summer
    (
        "Keys are handed over on arrival and returned on the day of departure.",
        "Les clés sont remises à l'arrivée et rendues le jour du départ.",
        "en",
        "fr",
    ),
    (
        "The winter timetable has been extended by two weeks this year.",
        "L'horaire d'hiver a été prolongé de deux semaines cette année.",
        "en",
        "fr",
    ),
    # "last" for "previous", and "early" said "first", in one sentence: last is not read as
    # said first
    (
        "Mistral is an early beneficiary of the programme. Last month, the bloc announced a challenge.",
        "Mistral gehört zu den ersten Nutznießern des Programms. Im vergangenen Monat kündigte die Union "
        "einen Wettbewerb an.",
        "en",
        "de",
    ),
    # first and last both in the source; "last" the verb
    (
        "The first and the last Saturday of the month are market days in the old town.",
        "Le premier et le dernier samedi du mois sont des jours de marché dans la vieille ville.",
        "en",
        "fr",
    ),
    (
        "The wax lasts up to four weeks, and the first wash after it is free.",
        "La cera dura fino a quattro settimane e il primo lavaggio successivo è gratuito.",
        "en",
        "it",
    ),
    # "not compulsory" said as "optional"; "must not" said as "forbidden"; a requirement and
    # a choice both in the source
    (
        "Shin pads are not compulsory for players over sixteen years of age.",
        "Scheenbeschermers zijn optioneel voor spelers ouder dan zestien jaar.",
        "en",
        "nl",
    ),
    (
        "Glass bottles, food and chewing gum must not be taken onto the poolside.",
        "Les bouteilles en verre, la nourriture et les chewing-gums sont interdits sur les plages du bassin.",
        "en",
        "fr",
    ),
    (
        "Registration is compulsory, but the evening meal is optional for all guests.",
        "L'inscription est obligatoire, mais le dîner est facultatif pour tous les invités.",
        "en",
        "fr",
    ),
    # "nor" negating: with the verb's negation, twice ("ni … ni"), or with no list before it
    (
        "We do not use fire, live animals or cannons at our parties.",
        "No usamos fuego, animales vivos ni cañones en nuestras fiestas.",
        "en",
        "es",
    ),
    (
        "We use neither fire nor live animals at our parties.",
        "En nuestras fiestas, usamos ni fuego ni animales vivos.",
        "en",
        "es",
    ),
    (
        "Not all rooms have a balcony, and not every room has a bath.",
        "Os quartos, nem todos, têm varanda, e nem todos têm banheira.",
        "en",
        "pt",
    ),
    # "no … missing" says the positive: "all … present"
    (
        "The fitter checks that no parts are missing before starting.",
        "De monteur controleert vóór aanvang of alle onderdelen aanwezig zijn.",
        "en",
        "nl",
    ),
    # "other" after "no" said "otra" with the negation: its own word, and a paraphrase's
    # inflected form ("prohibida") says the negation
    (
        "You may bring your own cake, but no other outside food or drinks are allowed.",
        "Puede traer su propia tarta, pero no se permite ninguna otra comida o bebida del exterior.",
        "en",
        "es",
    ),
    (
        "You may bring your own cake, but no other outside food or drinks are allowed.",
        "Puede traer su propia tarta; cualquier otra comida o bebida del exterior está prohibida.",
        "en",
        "es",
    ),
    # "no charge" said as "free"
    (
        "Small children pay no fee at all.",
        "Per i più piccoli l'ingresso è gratuito.",
        "en",
        "it",
    ),
    ("There is no fee for the first bag.", "Das erste Gepäckstück ist kostenlos.", "en", "de"),
    # a verb that says "advise against", also written in two parts
    (
        "I do not recommend the hike for small children.",
        "Ik raad de tocht af voor kleine kinderen.",
        "en",
        "nl",
    ),
    (
        "I do not recommend the hike for small children.",
        "Ich rate bei kleinen Kindern von der Wanderung ab.",
        "en",
        "de",
    ),
    (
        "I do not recommend the hike for small children.",
        "Je déconseille la randonnée aux jeunes enfants.",
        "en",
        "fr",
    ),
    # a suffix that says "without" after a word of the language
    ("The filter did nothing for the water.", "Der Filter blieb beim Wasser wirkungslos.", "en", "de"),
    ("The filter did nothing for the water.", "Het filter bleek voor het water nutteloos.", "en", "nl"),
    ("The room has no smoke at any hour.", "Der Raum ist zu jeder Stunde rauchfrei.", "en", "de"),
    (
        "Do not use this medicine after the expiry date.",
        "Usi questo medicinale solo prima della scadenza.",
        "en",
        "it",
    ),
    (
        "Do not use this medicine after the expiry date.",
        "Non usi questo medicinale dopo la data di scadenza.",
        "en",
        "it",
    ),
    ("You must not give it to children under 12.", "Sie dürfen es Kindern unter 12 nicht geben.", "en", "de"),
    ("The tenant shall not keep pets in the flat.", "Le locataire ne peut pas garder d'animaux.", "en", "fr"),
    ("It doesn't work on older phones at all.", "No funciona en teléfonos antiguos.", "en", "es"),
    (
        "Smoking is never allowed inside the building.",
        "Nunca se permite fumar dentro del edificio.",
        "en",
        "es",
    ),
    # Said with a negative prefix or a paraphrase of the language.
    ("The old file format is not valid any more.", "Das alte Dateiformat ist nicht mehr gültig.", "en", "de"),
    (
        "The old file format is not valid any more today.",
        "Das alte Dateiformat ist inzwischen ungültig.",
        "en",
        "de",
    ),
    (
        "This address is not known to the server today.",
        "El servidor desconoce esta dirección.",
        "en",
        "es",
    ),
    (
        "Use the cable provided, not a cheaper one from elsewhere.",
        "Utilisez le câble fourni plutôt qu'un autre.",
        "en",
        "fr",
    ),
    (
        "The sender of this message is not known to us at all.",
        "Der Absender dieser Nachricht ist uns völlig unbekannt.",
        "en",
        "de",
    ),
    (
        "The sound is not enabled on this computer yet.",
        "Le son est encore désactivé sur cet ordinateur.",
        "en",
        "fr",
    ),
    (
        "The value is not in the range the field allows.",
        "Значение находится за пределами допустимого диапазона поля.",
        "en",
        "ru",
    ),
    # Words for failing, vanishing or switching off say "not".
    (
        "The backup does not succeed when the disk is full.",
        "La sauvegarde échoue quand le disque est plein.",
        "en",
        "fr",
    ),
    (
        "The old entries are no longer shown in the list below.",
        "Les anciennes entrées ont disparu de la liste ci-dessous.",
        "en",
        "fr",
    ),
    (
        "The update could not be installed on this machine.",
        "La actualización fracasó en esta máquina.",
        "en",
        "es",
    ),
    (
        "The copy will not work if the folder is read-only.",
        "Die Kopie wird fehlschlagen, wenn der Ordner schreibgeschützt ist.",
        "en",
        "de",
    ),
    (
        "The copy will not work if the folder is read-only.",
        "La copia fallirà se la cartella è di sola lettura.",
        "en",
        "it",
    ),
    (
        "The sound is not enabled on this computer yet.",
        "Звук на этом компьютере пока отключён.",
        "en",
        "ru",
    ),
    (
        "There is no warranty of any kind for this program.",
        "Für dieses Programm gibt es keinerlei Garantie.",
        "en",
        "de",
    ),
    # "or not" offers the other choice and negates nothing.
    (
        "Whether or not the clock is shown in the top panel.",
        "Indica si el reloj se muestra en el panel superior.",
        "en",
        "es",
    ),
    (
        "The panel shows the clock, whether it is needed or not.",
        "Das Feld zeigt die Uhr in jedem Fall an.",
        "en",
        "de",
    ),
    # "not … properly" said with a word for "badly".
    (
        "The cover is not closed properly, so the pump stops after a minute.",
        "Le couvercle est mal fermé, la pompe s'arrête donc au bout d'une minute.",
        "en",
        "fr",
    ),
    (
        "If the filter isn't correctly fitted, water runs past it.",
        "Wenn der Filter falsch eingebaut ist, läuft das Wasser daran vorbei.",
        "en",
        "de",
    ),
    # "not optional" said with the word for mandatory, "not required" with the one for
    # optional, and "do not … for N hours" as waiting that long before doing it.
    (
        "Gloves are not optional in the workshop, so bring a pair.",
        "En el taller los guantes son obligatorios, así que traiga unos.",
        "en",
        "es",
    ),
    (
        "A helmet is not optional on the climbing wall.",
        "An der Kletterwand ist ein Helm Pflicht.",
        "en",
        "de",
    ),
    (
        "Registration is not required for the guided walk.",
        "L'inscription à la visite est facultative.",
        "en",
        "fr",
    ),
    # "not enabled" said with the word for switched off
    (
        "Interactive marking as trusted is not enabled in the agent.",
        "Interaktives Markieren als vertrauenswürdig ist im Agenten ausgeschaltet.",
        "en",
        "de",
    ),
    (
        "Please do not swim for at least 2 hours after the meal.",
        "Aspettate almeno 2 ore dopo il pasto prima di nuotare.",
        "en",
        "it",
    ),
    (
        "Do not eat for 30 minutes after the treatment.",
        "Warten Sie nach der Behandlung 30 Minuten, bevor Sie essen.",
        "en",
        "de",
    ),
    # Set phrases whose negation bounds a number or opens a list negate no clause.
    (
        "Each answer may be no more than two hundred words long.",
        "Chaque réponse compte au plus deux cents mots.",
        "en",
        "fr",
    ),
    (
        "Read a short text of your choice (no longer than three minutes) and a short poem.",
        "Lea un texto breve de su elección (de tres minutos como máximo) y un poema corto.",
        "en",
        "es",
    ),
    # "at no cost" said "free of charge"
    (
        "If the frame still hurts after a week, come back and we will adjust it at no cost.",
        "Если оправа всё ещё давит через неделю, приходите: мы бесплатно её подгоним.",
        "en",
        "ru",
    ),
    # "not included" said with a word for "excluding"
    (
        "The course costs 640 euros, and the fee for the final exam of 55 euros is not included.",
        "Le stage coûte 640 euros, hors frais de l'examen final (55 euros).",
        "en",
        "fr",
    ),
    (
        "The app syncs not only your notes but also their attachments.",
        "L'app synchronise vos notes ainsi que leurs pièces jointes.",
        "en",
        "fr",
    ),
    # "no" joined to another word by a hyphen is no negation of the sentence.
    (
        "Answer the yes-no question on the next page first.",
        "Beantworten Sie zuerst die Ja/Nein-Frage auf der nächsten Seite.",
        "en",
        "de",
    ),
    # "decide not to" said with a word for deciding against.
    (
        "If you choose not to renew, your account closes after a month.",
        "Wenn Sie sich gegen eine Verlängerung entscheiden, wird Ihr Konto nach einem Monat geschlossen.",
        "en",
        "de",
    ),
    (
        "If you choose not to renew, your account closes after a month.",
        "Si vous renoncez au renouvellement, votre compte est fermé au bout d'un mois.",
        "en",
        "fr",
    ),
    # Short, and no sentence: no auxiliary verb.
    ("Printer not ready.", "Imprimante en attente.", "en", "fr"),
    # Software messages (placeholders, escapes): "no" before a noun is said as empty or used
    # up; their clauses are not compared.
    ("The tray of printer %s has no paper left in it", "Le bac de l'imprimante %s est vide", "en", "fr"),
    (
        "  \\c      produce no further output after this point",
        "  \\c      weitere Ausgabe ab hier unterdrücken",
        "en",
        "de",
    ),
    (
        "Cannot read %s, the file is not there any more",
        "Datei %s kann nicht gelesen werden, sie wurde gelöscht",
        "en",
        "de",
    ),
    # Clauses are compared only where both sentences have the same ones, parted by the same
    # marks: "weder … noch" says two in one; a clause without a verb ("not even …") is an
    # ellipsis.
    (
        "Do not open the door, and do not open the window either.",
        "Öffnen Sie weder die Tür noch das Fenster.",
        "en",
        "de",
    ),
    (
        "The shop is not open today. No orders are shipped, sorry.",
        "Heute ist der Laden geschlossen, es werden keine Bestellungen verschickt. Entschuldigung.",
        "en",
        "de",
    ),
    (
        "Do not use the saw on wet wood, not even for a moment.",
        "Ne pas utiliser la scie sur du bois humide, même un instant.",
        "en",
        "fr",
    ),
    # Too short to tell: a label is often said with one word.
    ("File not found", "Fichier introuvable", "en", "fr"),
    # "No." is an abbreviation; a keyword kept as written.
    (
        "See form No. 5 for all the details you need.",
        "Siehe Formular Nr. 5 für alle Einzelheiten.",
        "en",
        "de",
    ),
    (
        "Thank you for booking your first eye test at the Northgate Vision Centre on Monday 4 May "
        "2026 at 3:15 pm (appointment no. HX-40218).",
        "Gracias por reservar su primera revisión de la vista en el Centro Óptico de Northgate el "
        "lunes 4 de mayo de 2026 a las 15:15 (cita n.º HX-40218).",
        "en",
        "es",
    ),
    (
        "The column is declared NOT NULL in the old schema.",
        "Die Spalte ist im alten Schema NOT NULL.",
        "en",
        "de",
    ),
    # "only … never": the paraphrase renders "only", the negation its own word; a paraphrase
    # in the negation's clause renders both ("not … unless" is "nur, wenn").
    (
        "Dogs are welcome on the terrace only, never inside the restaurant.",
        "I cani sono ammessi solo sulla terrazza, mai all'interno del ristorante.",
        "en",
        "it",
    ),
    (
        "Do not restart the server unless the update has finished.",
        "Starten Sie den Server nur neu, wenn das Update abgeschlossen ist.",
        "en",
        "de",
    ),
    # ... where the source's "other" is said "andere" too, the translation's own word for
    # skipping says the negation
    (
        "Other files in the folder are not copied to the backup.",
        "Andere Dateien des Ordners werden bei der Sicherung übersprungen.",
        "en",
        "de",
    ),
    # Verbs of refraining say "do not" ("verzichten", "évitez"); "not … without" says the
    # positive ("sign out before you leave").
    (
        "Do not swim in the lake after dark.",
        "Verzichten Sie nach Einbruch der Dunkelheit auf das Schwimmen im See.",
        "en",
        "de",
    ),
    ("Do not use the lift during a fire.", "Évitez d'utiliser l'ascenseur en cas d'incendie.", "en", "fr"),
    (
        "Please do not leave the building without signing out at the desk.",
        "Bitte melden Sie sich am Empfang ab, bevor Sie das Gebäude verlassen.",
        "en",
        "de",
    ),
    # ... said with both negations, or "not" with a word of its own ("nunca … sin").
    (
        "The bank will not open an account without a valid passport.",
        "Die Bank eröffnet kein Konto ohne gültigen Reisepass.",
        "en",
        "de",
    ),
    (
        "The bank will not open an account without a valid passport.",
        "El banco nunca abre una cuenta sin un pasaporte válido.",
        "en",
        "es",
    ),
    (
        "The bank will not open an account without a valid passport.",
        "La banque exige un passeport valide, sans exception, pour ouvrir un compte.",
        "en",
        "fr",
    ),
    (
        "The scanner cannot start its first scan without a driver.",
        "Ohne Treiber schlägt der erste Scan des Geräts fehl.",
        "en",
        "de",
    ),
    # "not … without" said "only with"; a "with" the source has too; "never" with an
    # exception said as a restriction; "unless" said with the target's own word
    (
        "Bicycles may not be parked in the yard without a permit.",
        "Fahrräder dürfen im Hof nur mit Genehmigung abgestellt werden.",
        "en",
        "de",
    ),
    (
        "You can come to the tasting with a friend or without one.",
        "Puoi venire alla degustazione con un amico o da solo.",
        "en",
        "it",
    ),
    (
        "We never call our customers except to confirm an order.",
        "Nous n'appelons nos clients que pour confirmer une commande.",
        "en",
        "fr",
    ),
    (
        "The shop is no longer open on Sunday afternoons in winter.",
        "El comercio ya no abre los domingos por la tarde en invierno.",
        "en",
        "es",
    ),
    (
        "Vouchers cannot be exchanged for cash unless the show is called off.",
        "Los vales no se pueden canjear por dinero, salvo si se suspende la función.",
        "en",
        "es",
    ),
    # "unless" said "provided that … not", an "only if" said "provided that"; "never" said
    # "never", or "not always" where the source has its own "always".
    ("You pay the fee unless you cancel.", "Pagherà la tariffa purché non annulli.", "en", "it"),
    ("You pay the fee only if you cancel.", "Pagherà la tariffa purché annulli.", "en", "it"),
    # an "unless" clause that negates said "provided that" with no negation: two negations, none
    (
        "Broken pieces are replaced free of charge, unless the damage was not reported in time.",
        "I pezzi rotti vengono sostituiti gratuitamente, purché il danno sia stato segnalato in tempo.",
        "en",
        "it",
    ),
    ("Guests never pay for parking.", "Les clients ne paient jamais le parking.", "en", "fr"),
    (
        "Staff never park here, and guests do not always pay.",
        "Le personnel ne se gare jamais ici et les clients ne paient pas toujours.",
        "en",
        "fr",
    ),
    # "none", "nothing", "nobody", "neither" negate and are negated back; "or none" offers a
    # choice, "none … lost" says the positive ("all kept"), "in the absence of" says "without".
    ("None of the rooms has a balcony.", "Aucune des chambres n'a de balcon.", "en", "fr"),
    ("Nobody answered the phone all day.", "Niemand ist den ganzen Tag ans Telefon gegangen.", "en", "de"),
    ("Nothing was stolen from the car.", "Dalla macchina non è stato rubato niente.", "en", "it"),
    ("Give the tab width to use, or none.", "Geben Sie die Tabulatorbreite an.", "en", "de"),
    ("You may pick both sizes, or neither.", "Sie können beide Größen wählen.", "en", "de"),
    ("It is nothing but a draft for the meeting.", "Es ist nur ein Entwurf für die Sitzung.", "en", "de"),
    (
        "None of your saved games are lost when you update the app.",
        "Tous vos jeux sauvegardés sont conservés lors de la mise à jour.",
        "en",
        "fr",
    ),
    (
        "Tell the warden about any fire, even if nobody saw it.",
        "Signalez tout incendie au gardien, même en l'absence de témoin.",
        "en",
        "fr",
    ),
    ("The sheet has no header, or it has none yet.", "Das Blatt hat keins.", "en", "de"),
    # "no … needed" said "dispenses with", "costs nothing extra" said "included"
    ("No booking is needed for the visit.", "A visita dispensa marcação.", "en", "pt"),
    ("The map costs nothing extra for members.", "Für Mitglieder ist die Karte inbegriffen.", "en", "de"),
    (
        "Bed linen is not included in the weekly rate and costs €12 per stay.",
        "Bettwäsche ist im Wochenpreis nicht inbegriffen und kostet 12 € pro Aufenthalt.",
        "en",
        "de",
    ),
    # "without" negates; "not … without" says the positive, whichever way it is said
    ("Park here without a permit.", "Aparque aquí sin permiso.", "en", "es"),
    # a "with" in another clause than the "without" ("lost") renders the source's own words
    (
        "Lockers take a £1 coin, which you get back; lost keys should be reported at the desk.",
        "Las taquillas funcionan con una moneda de 1 £, que se recupera; la pérdida de una llave "
        "debe comunicarse en recepción.",
        "en",
        "es",
    ),
    ("The gate will not open without a key card.", "La verja se abre con una tarjeta.", "en", "es"),
    # ... "without" before it: both kept, or the positive said with "with"
    (
        "Horses without a valid passport will not be admitted.",
        "No se admitirán caballos sin pasaporte válido.",
        "en",
        "es",
    ),
    (
        "Without a ticket you cannot enter the hall.",
        "Ohne Ticket können Sie den Saal nicht betreten.",
        "en",
        "de",
    ),
    ("Give both or neither of the two sizes.", "Geben Sie beide Größen zusammen an.", "en", "de"),
    ("Reads the list, or a default if none is given.", "Liest die Liste oder die Vorgabe.", "en", "de"),
    # "only" with a verb of its own before the negation: "nur" renders it, the negation its
    # own word; a restriction in the negation's verb group is part of it, "read-only" none
    (
        "Guests can only park in the yard and must not block the gate.",
        "Gäste dürfen nur im Hof parken und die Einfahrt nicht versperren.",
        "en",
        "de",
    ),
    (
        "Guests can only park in the yard and must never block the gate.",
        "Gli ospiti possono parcheggiare solo nel cortile e non devono mai bloccare il cancello.",
        "en",
        "it",
    ),
    (
        "The read-only copy is kept, and the others are not copied to the disk.",
        "La copie en lecture seule est conservée, les autres sont ignorées lors de la copie.",
        "en",
        "fr",
    ),
    # a paraphrase where the source's clause has no verb of its own: the negation moved there
    (
        "Smoking, including e-cigarettes, is not allowed anywhere inside the hotel or on the balconies.",
        "É proibido fumar, incluindo cigarros eletrónicos, em qualquer espaço interior do hotel e nas "
        "varandas.",
        "en",
        "pt",
    ),
    # two negated verbs in one clause: both said ("ne peut …, n'a pas"), or the first said
    # another way where the translation negates the second ("lisent plusieurs tables")
    (
        "The tool can't dump the section because it has no contents at all.",
        "L'outil ne peut vidanger la section car elle n'a pas de contenu du tout.",
        "en",
        "fr",
    ),
    # "not … unless" said as a proviso ("sofern"), as "only if", or with its negation; a
    # negation in a clause of its own before the "unless"
    (
        "The card cannot be transferred to another vehicle unless the customer informs us in advance.",
        "Die Karte kann auf ein anderes Fahrzeug übertragen werden, sofern der Kunde uns vorab informiert.",
        "en",
        "de",
    ),
    (
        "The card cannot be transferred to another vehicle unless the customer informs us in advance.",
        "La carte ne peut être transférée sur un autre véhicule que si le client nous en informe à l’avance.",
        "en",
        "fr",
    ),
    (
        "If you cancel later or do not come, a fee of €25 will be charged, unless you were ill.",
        "En cas d’annulation tardive ou d’absence, des frais de 25 € vous seront facturés, sauf si vous "
        "étiez malade.",
        "en",
        "fr",
    ),
    (
        "We do not accept students who cannot swim.",
        "Não aceitamos alunos que não saibam nadar.",
        "en",
        "pt",
    ),
    (
        "Views that do not select from a single table are not automatically updatable.",
        "Les vues qui lisent plusieurs tables ne sont pas automatiquement modifiables.",
        "en",
        "fr",
    ),
    # one negation over two verbs in both
    (
        "Guests must not smoke in the rooms or leave dogs alone.",
        "Gäste dürfen in den Zimmern nicht rauchen oder Hunde allein lassen.",
        "en",
        "de",
    ),
    # two negated verbs said with "neither … nor", twice, or with one negation over a noun
    (
        "On these days no care is provided and no replacement days can be booked.",
        "An diesen Tagen gibt es keine Betreuung, und es können keine Ersatztage gebucht werden.",
        "en",
        "de",
    ),
    (
        "We charge no fees and no deposit is needed.",
        "Wir erheben keine Gebühren, eine Kaution ist nicht nötig.",
        "en",
        "de",
    ),
    ("There are no fees and no queues.", "Es gibt keine Gebühren und Warteschlangen.", "en", "de"),
    (
        "Please do not touch the display cases and do not use flash photography.",
        "Merci de ne pas toucher les vitrines ni d'utiliser le flash.",
        "en",
        "fr",
    ),
    (
        "Please do not touch the display cases and do not use flash photography.",
        "Bitte berühren Sie die Vitrinen nicht und fotografieren Sie nicht mit Blitz.",
        "en",
        "de",
    ),
    (
        "Please do not touch the display cases and do not use flash photography.",
        "Si prega di non toccare le vetrine e di non scattare fotografie con il flash.",
        "en",
        "it",
    ),
    (
        "No input digits are defined and none of the standard names is in the map.",
        "Es sind keine Eingabeziffern oder Standardnamen in der Tabelle definiert.",
        "en",
        "de",
    ),
    (
        "Do not show warnings for existing files and files not in the index.",
        "Keine Warnungen für vorhandene und nicht indizierte Dateien anzeigen.",
        "en",
        "de",
    ),
    # The same language on both sides, or a language without the data.
    ("Do not close the window while it runs.", "Do not close the window while it runs.", "en", "en"),
    ("Do not close the window while it runs.", "実行中はウィンドウを閉じないでください。", "en", "ja"),
]


# a word for "nobody" or "nothing" before its verb, after "no" or after "que" says the
# negation; one that closes its clause is a value ("or press Enter for none")
CONCORD = [
    (
        "Nobody may use the sauna alone after 9 pm.",
        "Nadie puede usar la sauna solo después de las 21:00.",
        "en",
        "es",
    ),
    (
        "Please do not give the door code to anyone who is not staying with you.",
        "Le pedimos que no dé el código de la puerta a nadie que no se aloje con ustedes.",
        "en",
        "es",
    ),
    (
        "Make sure that nobody leaves the pool area without a towel at any time.",
        "Assicuratevi che nessuno lasci la zona piscina senza asciugamano.",
        "en",
        "it",
    ),
    (
        "Enter a label for this key, or press Enter for none.",
        "Introduza uma etiqueta ou prima Enter para nada.",
        "en",
        "pt",
    ),
]
GOOD += CONCORD
# each negated permission keeps its negation; a permission the translation adds beside one;
# a prohibition said as what one must do instead (read one way only); a surcharge and a
# discount both said
GOOD += [
    (
        "Weekend moves carry a surcharge of 15%, and members get a discount of 10% on weekdays.",
        "Le week-end, les déménagements sont majorés de 15 % ; les membres ont une remise de 10 %.",
        "en",
        "fr",
    ),
    (
        "Dogs are prohibited in the changing rooms.",
        "I cani devono restare fuori dagli spogliatoi.",
        "en",
        "it",
    ),
    (
        "Swimming caps must be worn; street shoes are forbidden.",
        "La cuffia è obbligatoria; le scarpe da strada sono vietate.",
        "en",
        "it",
    ),
    (
        "Parents are welcome free of charge but may not go onto the ice.",
        "Os pais são bem-vindos e não pagam entrada, mas não podem entrar no gelo.",
        "en",
        "pt",
    ),
    (  # the negation kept beside the words for "without" of the source's "-free" words
        "We can adapt most recipes for lactose-free or gluten-free diets, but not for vegan diets.",
        "Possiamo adattare la maggior parte delle ricette a diete senza lattosio o senza glutine, "
        "ma non a diete vegane.",
        "en",
        "it",
    ),
    (  # the negation kept beside a restriction of its own conjunct
        "Tickets bought online are only valid on the date selected and cannot be exchanged.",
        "Las entradas compradas en línea solo son válidas para la fecha seleccionada y no se pueden cambiar.",
        "en",
        "es",
    ),
    (  # the negation kept beside the word for free of charge
        "Children under 12 go free, but they may not take part in the tasting.",
        "Los menores de 12 años entran gratis, pero no pueden participar en la cata.",
        "en",
        "es",
    ),
    (  # free of charge said as a negation ("at no charge")
        "You may cancel the booking at no charge until Friday.",
        "Puede cancelar la reserva gratis hasta el viernes.",
        "en",
        "es",
    ),
    (
        "Guests may bring their own cake, but food and drinks may not be brought into the hall.",
        "Os convidados podem trazer o seu bolo, mas não é permitido trazer comida nem bebidas para a sala.",
        "en",
        "pt",
    ),
    (
        "Smoking is not allowed anywhere on site, but you may vape in the car park.",
        "È vietato fumare in tutta la struttura, ma potete usare la sigaretta elettronica nel parcheggio.",
        "en",
        "it",
    ),
    # "von … absehen" (refrain from), a separable verb
    (
        "If you have a fever or diarrhoea, please do not visit the ward at all.",
        "Wenn Sie Fieber oder Durchfall haben, sehen Sie bitte ganz von einem Besuch auf der Station ab.",
        "en",
        "de",
    ),
    # "non-" written apart, said with a negation; "a non-profit" names a thing
    (
        "A date is only confirmed once we have received a non-refundable deposit.",
        "Una fecha solo queda confirmada cuando hayamos recibido una señal no reembolsable.",
        "en",
        "es",
    ),
    (
        "The shop is a non-profit run entirely by volunteers from the village.",
        "Der Laden ist ein gemeinnütziger Verein, der ganz von Ehrenamtlichen aus dem Dorf betrieben wird.",
        "en",
        "de",
    ),
    # "not … unless" said as the positive under a proviso ("sofern"); "do not use other …"
    # said "use only …", whose "uniquement" says the negation, not the "other" it leaves out
    (
        "The card cannot be transferred to a new vehicle unless the customer informs us in advance.",
        "Die Karte kann auf ein neues Fahrzeug übertragen werden, sofern der Kunde uns vorab informiert.",
        "en",
        "de",
    ),
    (
        "Do not use other chargers with this lamp.",
        "Utilisez uniquement le chargeur fourni avec cette lampe.",
        "en",
        "fr",
    ),
    # the first of two negated verbs said with a word for outside: not two commands
    (
        "The value you entered for the offset is not in range and is not aligned.",
        "Der eingegebene Wert für den Versatz ist außerhalb des gültigen Bereichs und nicht ausgerichtet.",
        "en",
        "de",
    ),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD)
def test_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("negation", source, target, src, tgt) == []


BAD = [
    # (source, target, src, tgt, flagged source text, severity)
    # a word for "other" of the source ("other animals") is said in the translation too
    # ("andere"), which then says no negation
    (
        "Other animals are not allowed in the gallery.",
        "Andere Tiere sind in der Galerie erlaubt.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    (
        "Do not use other chargers with this lamp.",
        "Utilisez d'autres chargeurs avec cette lampe.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # "otros 20 minutos" says "another 20 minutes", not the negation of the sentence's second verb
    (
        "The longer route adds another 20 minutes and is not suitable for pushchairs.",
        "La ruta larga añade otros 20 minutos y es adecuada para carritos de bebé.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # the source's "only" counted in its own sentence, whose web address holds dots: the
    # translation's "únicamente" renders it, not the lost "cannot"
    (
        "Tickets are sold only online at www.cerroalto-observa.es and cannot be bought at the door.",
        "Los billetes se venden únicamente en línea en www.cerroalto-observa.es y pueden comprarse "
        "en taquilla.",
        "en",
        "es",
        "cannot",
        Severity.WARNING,
    ),
    # "without" before the negation in its clause: "sin" renders "without", and no word "not"
    (
        "Horses without a valid passport will not be admitted under any circumstances.",
        "Se admitirán caballos sin pasaporte válido.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "Visitors without a valid ticket will not be admitted to the exhibition.",
        "Besucher ohne gültiges Ticket werden zur Ausstellung zugelassen.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    # "kein Problem" says "fine": it renders no "not" of the source
    (
        "Smoking is not allowed on the terrace, but an electronic cigarette is fine.",
        "Rauchen ist auf der Terrasse erlaubt, eine E-Zigarette ist jedoch kein Problem.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    # two modals negated, the first lost; the second's "not … without" is a positive on both
    # sides, so the translation's "non … senza" renders no "not" of the first
    (
        "For health reasons, visitors may not enter the milking parlour during milking and must "
        "not touch the animals without permission.",
        "Per motivi sanitari, i visitatori possono entrare nella sala di mungitura durante la "
        "mungitura e non devono toccare gli animali senza permesso.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "For health reasons, visitors may not enter the milking parlour during milking and must "
        "not touch the animals.",
        "Per motivi sanitari, i visitatori possono entrare nella sala di mungitura durante la "
        "mungitura e non devono toccare gli animali.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    # a paraphrase of a negation that renders a verb of the source's ("miss": "manquent")
    (
        "Students who miss more than 20% of the lessons do not receive a certificate of attendance.",
        "Les étudiants qui manquent plus de 20 % des leçons reçoivent une attestation de présence.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # "even if" said "unless"
    (
        "Registration closes at 17:00, one hour before the end, even if volunteers are still available.",
        "Le iscrizioni chiudono alle 17:00, un'ora prima della fine, a meno che non ci siano volontari.",
        "en",
        "it",
        "even if",
        Severity.WARNING,
    ),
    # a time's side said as its opposite after a bound whose "no" negates nothing
    (
        "The full fee must be paid no later than 21 days before the start date.",
        "La totalité des frais doit être réglée au plus tard 21 jours après la date de début.",
        "en",
        "fr",
        "before",
        Severity.WARNING,
    ),
    # a paraphrase of a negation in a clause after the negation's own is said in the
    # translation too ("sauf" for "except"): it says no negation
    (
        "Lift passes are not included in the lesson price, except for the club.",
        "Les forfaits sont compris dans le prix des cours, sauf pour le club.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # a permission negated, said without the negation beside another negation of the sentence
    (
        "Parents are welcome free of charge but may not go onto the ice.",
        "Os pais são bem-vindos e não pagam entrada, mas podem entrar no gelo.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # ... or beside the words for "without" that say the source's "-free" words
    (
        "We can adapt most recipes for lactose-free or gluten-free diets, but not for vegan diets.",
        "Possiamo adattare la maggior parte delle ricette a diete senza lattosio o senza glutine, "
        "ma anche a diete vegane.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    # ... or beside a restriction in a conjunct of its own ("only valid … and cannot")
    (
        "Tickets bought online are only valid on the date selected and cannot be exchanged.",
        "Las entradas compradas en línea solo son válidas para la fecha seleccionada y se pueden cambiar.",
        "en",
        "es",
        "cannot",
        Severity.WARNING,
    ),
    # ... or beside the word for free of charge, which renders the source's own "free"
    (
        "Children under 4 enter free of charge but may not attend the evening shows.",
        "As crianças com menos de 4 anos entram gratuitamente, mas podem assistir às sessões noturnas.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "Children under 12 go free, but they may not take part in the tasting.",
        "Kinder unter 12 Jahren sind kostenlos, dürfen aber an der Verkostung teilnehmen.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    (
        "Children cannot use the steam room, and adults must not stay longer than 15 minutes.",
        "Die Kinder dürfen das Dampfbad benutzen, und Erwachsene dürfen nicht länger als 15 Minuten bleiben.",
        "en",
        "de",
        "cannot",
        Severity.WARNING,
    ),
    # "may not" said with a word for being allowed, "nem" after it joining the list
    (
        "Guests may bring their own cake, but food and drinks may not be brought into the hall.",
        "Os convidados podem trazer o seu bolo, mas é permitido trazer comida nem bebidas para a sala.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # a word for "nobody" after the verb, with no "no" before it: what is left of the lost "no"
    (
        "Please do not give the door code to anyone outside your family.",
        "Le pedimos que dé el código de la puerta a nadie ajeno a su familia.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "Guests must not bring any glass bottles into the pool area.",
        "Os hóspedes podem trazer nenhuma garrafa de vidro para a zona da piscina.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # "no other" said "cualquier otra": the "otra" renders "other", not the negation
    (
        "You may bring your own cake, but no other outside food or drinks are allowed.",
        "Puede traer su propia tarta, pero se permite cualquier otra comida o bebida del exterior.",
        "en",
        "es",
        "no",
        Severity.WARNING,
    ),
    # a word for "nor" alone after a list's comma joins the list: the verb is not negated
    (
        "Captain Confetti does not use real fire, animals or confetti cannons indoors.",
        "O Captain Confetti utiliza fogo verdadeiro, animais nem canhões de confetes em espaços interiores.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "We do not use fire, live animals or cannons at our parties.",
        "Usamos fuego, animales vivos ni cañones en nuestras fiestas.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # two verbs negated in one clause, one in the translation (the second: "not" of "will not")
    (
        "Members who have not paid by then will not be able to book courts online.",
        "Les membres qui ne les auront pas réglées à cette date pourront réserver des courts en ligne.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # "not … unless" whose translation keeps the exception and drops the negation
    (
        "The subscription card cannot be transferred to another vehicle unless the customer informs us "
        "at least 7 days in advance.",
        "La carte d’abonnement peut être transférée sur un autre véhicule, sauf si le client nous en "
        "informe au moins 7 jours à l’avance.",
        "en",
        "fr",
        "cannot",
        Severity.WARNING,
    ),
    # ... the first, a main verb's, whose relative clause keeps its own ("who cannot swim")
    (
        "We do not accept students who cannot swim, not even in the shallow water zone.",
        "Aceitamos alunos que não saibam nadar, nem mesmo na zona de água pouco profunda.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "Do not use this medicine after the expiry date.",
        "Usi questo medicinale dopo la data di scadenza.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Do not give this medicine to children under 12.",
        "Dê este medicamento a crianças com menos de 12 anos.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "The Tenant shall not sublet the Property or any part of it.",
        "Het is de Huurder toegestaan het Gehuurde of een deel ervan onder te verhuren.",
        "en",
        "nl",
        "not",
        Severity.WARNING,
    ),
    (
        "The update doesn't delete your notebooks or their attachments.",
        "Das Update löscht Ihre Notizbücher und deren Anhänge.",
        "en",
        "de",
        "doesn't",
        Severity.WARNING,
    ),
    (
        "Sie dürfen das Gerät niemals im Regen benutzen.",
        "You may use the device in the rain.",
        "de",
        "en",
        "niemals",
        Severity.WARNING,
    ),
    # An ordinary word opening with a prefix's letters negates nothing: "nombre" is no
    # "no" + "mbre", "importante" no "im" + "portante", "unsere" no "un" + "sere".
    (
        "Please do not write your name on the envelope.",
        "Escriba su nombre en el sobre, por favor.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "It is not important to keep the receipt after a year.",
        "È importante conservare lo scontrino dopo un anno.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Our rooms cannot be booked for a single night.",
        "Unsere Zimmer können für eine einzige Nacht gebucht werden.",
        "en",
        "de",
        "cannot",
        Severity.WARNING,
    ),
    (
        "Whether or not the file exists, the app does not delete the folder.",
        "Che il file esista o meno, l'app elimina la cartella.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "The blender stops when the lid is open or not locked.",
        "O liquidificador para quando a tampa está aberta ou travada.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # "not … without" says the positive: a translation that keeps "without" and drops the
    # "not" says the opposite ("even without").
    (
        "The bank will not open an account without a valid passport.",
        "Die Bank eröffnet ein Konto auch ohne gültigen Reisepass.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    (
        "Never leave the site without signing the visitors' book.",
        "Quittez le site sans signer le registre des visiteurs.",
        "en",
        "fr",
        "Never",
        Severity.WARNING,
    ),
    # ... also where the source's "other" is said with a paraphrase word ("andere")
    (
        "Trips to other countries are not permitted without written approval from the firm.",
        "Ritten naar andere landen zijn zonder schriftelijke toestemming van het bedrijf toegestaan.",
        "en",
        "nl",
        "not",
        Severity.WARNING,
    ),
    # A set phrase's negating word negates nothing: "sin embargo" is "however".
    (
        "However, do not use the lift during a fire alarm.",
        "Sin embargo, use el ascensor durante una alarma de incendio.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # An error is no negation: "no reinicie" lost, "el error" said.
    (
        "If the light flashes, do not restart the printer yet.",
        "Si la luz parpadea por un error, reinicie la impresora.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # "mal" says "not properly", not another "not" of the source, nor a "not" without it.
    (
        "Do not open the lid while the cover is not closed properly.",
        "Abra a tampa enquanto a cobertura está mal fechada.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "The lid does not open until the machine has cooled down.",
        "La tapa se abre mal hasta que la máquina se haya enfriado.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # "not mandatory" said as mandatory; "do not" dropped where no wait is said, or where no
    # stretch of time follows the "not".
    (
        "A helmet is not mandatory on the beginners' slope.",
        "Le casque est obligatoire sur la piste des débutants.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    (
        "Please do not swim for at least 2 hours after the meal.",
        "Nuotate almeno 2 ore dopo il pasto.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Please do not swim for 2 hours after the meal.",
        "Aspettate fino alle 2h dopo il pasto prima di nuotare.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Please do not swim straight after the meal, the lake is cold.",
        "Aspettate a nuotare prima del pasto, il lago è freddo.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    # "no" negates a sentence of prose.
    (
        "There are no seats left on the evening train, so please book earlier next time.",
        "Im Abendzug sind noch Plätze frei, buchen Sie also nächstes Mal bitte früher.",
        "en",
        "de",
        "no",
        Severity.WARNING,
    ),
    # A word for deciding against says only the "not" of a verb of choosing.
    (
        "The vaccine does not protect against every strain of the virus.",
        "Der Impfstoff schützt gegen jeden Stamm des Virus.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    # ... nor on an infinitive, a verb of undoing: "desmontar" (dismantle), "desligar"
    # (switch off)
    (
        "Dealers may not dismantle their tables before closing time on Sunday.",
        "Los comerciantes pueden desmontar sus mesas antes de la hora de cierre del domingo.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "Please do not switch off the pump at night.",
        "Por favor, pode desligar a bomba durante a noite.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # A negative prefix on a finite verb negates nothing: "se desharán" (they will come
    # loose), "se déplaceront" (they will move).
    (
        "Do not pull the thread hard, or the knots will come loose.",
        "Tire fuerte del hilo, o los nudos se desharán.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "Do not stack the boxes too high, or they will shift in the van.",
        "Empilez les cartons très haut, sinon ils se déplaceront dans la camionnette.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # A short sentence (capital, full stop, auxiliary verb) is no label.
    ("The key is not included.", "Der Schlüssel ist enthalten.", "en", "de", "not", Severity.INFO),
    # One negated clause of two lost, though the sentence still negates.
    (
        "The lift does not stop on the third floor, and the stairs have no handrail.",
        "Der Aufzug hält im dritten Stock, und die Treppe hat kein Geländer.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    # A software message: a negation is often rephrased there ("verbergen" for "do not
    # show"), so only a hint.
    (
        "Dogs are welcome on the terrace only, never inside the restaurant.",
        "I cani sono ammessi solo sulla terrazza, anche all'interno del ristorante.",
        "en",
        "it",
        "never",
        Severity.WARNING,
    ),
    (
        "Cannot open file '%s' for writing now.",
        "Datei »%s« kann zum Schreiben geöffnet werden.",
        "en",
        "de",
        "Cannot",
        Severity.INFO,
    ),
    # a negation said as its opposite: "without" as "with", "never" as "only", "no longer"
    # as "still", "unless" as "even if"
    (
        "The garage fits winter tyres without an appointment on weekdays.",
        "Le garage monte les pneus d'hiver avec rendez-vous en semaine.",
        "en",
        "fr",
        "without",
        Severity.WARNING,
    ),
    (
        "Lockers take a coin; keys can be collected without an appointment.",
        "Las taquillas funcionan con monedas; las llaves se recogen con cita previa.",
        "en",
        "es",
        "without",
        Severity.WARNING,
    ),
    (
        "The lift never stops at the third floor during the works.",
        "Der Aufzug hält während der Bauarbeiten nur im dritten Stock.",
        "en",
        "de",
        "never",
        Severity.WARNING,
    ),
    (
        "Our bakery never sells bread from the previous day.",
        "Notre boulangerie ne vend que du pain de la veille.",
        "en",
        "fr",
        "never",
        Severity.WARNING,
    ),
    (
        "After the update, the app no longer asks for your password.",
        "Na de update vraagt de app nog om je wachtwoord.",
        "en",
        "nl",
        "no longer",
        Severity.WARNING,
    ),
    (
        "You pay the fee unless you cancel.",
        "Pagherà la tariffa purché annulli.",
        "en",
        "it",
        "unless",
        Severity.WARNING,
    ),
    (
        "Guests never pay for parking.",
        "Gäste zahlen nicht immer für das Parken.",
        "en",
        "de",
        "never",
        Severity.WARNING,
    ),
    (
        "None of the rooms has a balcony facing the lake.",
        "Alguna de las habitaciones tiene un balcón hacia el lago.",
        "en",
        "es",
        "None",
        Severity.WARNING,
    ),
    (
        "Members may leave the course without paying a fee.",
        "Los socios pueden dejar el curso tras pagar una tasa.",
        "en",
        "es",
        "without",
        Severity.WARNING,
    ),
    (
        "Nobody may enter the kitchen after closing time.",
        "Tout le monde peut entrer dans la cuisine après la fermeture.",
        "en",
        "fr",
        "Nobody",
        Severity.WARNING,
    ),
    (
        "Nothing in the shed may be moved by the tenants.",
        "Alles im Schuppen darf von den Mietern bewegt werden.",
        "en",
        "de",
        "Nothing",
        Severity.WARNING,
    ),
    (
        "None of your saved games are lost when you update the app.",
        "Vos jeux sauvegardés sont perdus lors de la mise à jour de l'application.",
        "en",
        "fr",
        "None",
        Severity.WARNING,
    ),
    (
        "The deposit is kept unless the room is left clean.",
        "La cauzione viene trattenuta anche se la stanza viene lasciata pulita.",
        "en",
        "it",
        "unless",
        Severity.WARNING,
    ),
    # the translation's "nur" renders the source's own "only", not its later negation
    (
        "Guests can only park in the yard and must not block the gate.",
        "Gäste dürfen nur im Hof parken und die Einfahrt versperren.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    (
        "Pets may only stay in the garden room and are never allowed in the kitchen.",
        "Huisdieren mogen alleen in de tuinkamer verblijven en zijn in de keuken toegestaan.",
        "en",
        "nl",
        "never",
        Severity.WARNING,
    ),
    # "included" itself is no paraphrase of "not included" (it is one of "at no extra cost")
    (
        "Hay and straw are not included and can be bought from the office at £6.50 per bale.",
        "Hooi en stro zijn inbegrepen en kunnen voor £ 6,50 per baal op het kantoor worden gekocht.",
        "en",
        "nl",
        "not",
        Severity.WARNING,
    ),
    # "incluses" opens with "in" before a word ("cluses"), but it is the word for included
    (
        "Towels are not included in the price, so please bring your own to the sauna.",
        "Les serviettes sont incluses dans le prix, alors apportez les vôtres au sauna.",
        "en",
        "fr",
        "not",
        Severity.WARNING,
    ),
    # "ab" before a number is a preposition, not the particle of "sehen … ab"
    (
        "Please do not visit the ward before 2 p.m. on weekdays.",
        "Bitte sehen Sie die Station werktags ab 14 Uhr.",
        "en",
        "de",
        "not",
        Severity.WARNING,
    ),
    # "non-refundable" said "reembolsable"
    (
        "A date is only confirmed once we have received a non-refundable deposit.",
        "Una fecha solo queda confirmada cuando hayamos recibido una señal reembolsable.",
        "en",
        "es",
        "non",
        Severity.WARNING,
    ),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt", "flagged", "severity"), BAD)
def test_flagged(source: str, target: str, src: str, tgt: str, flagged: str, severity: Severity) -> None:
    issues = run("negation", source, target, src, tgt)
    assert [(_said(source, i), i.severity) for i in issues] == [(flagged, severity)]


@pytest.mark.parametrize(
    ("source", "target", "tgt", "marked"),
    [
        # an obligation said negated: "need not", the opposite of "must"
        (
            "Dogs over six months old must be neutered to join a play group.",
            "Hunde, die älter als sechs Monate sind, müssen nicht kastriert sein, um mitzuspielen.",
            "de",
            "nicht",
        ),
        (
            "Children under eight must be accompanied by an adult at all times.",
            "As crianças com menos de oito anos não têm de estar sempre acompanhadas por um adulto.",
            "pt",
            "não",
        ),
        # a need said negated ("need" and its nouns: "não precisam de", "n'ont pas besoin")
        (
            "Participants in the evening course need previous experience with soldering.",
            "Os participantes do curso noturno não precisam de experiência prévia em soldadura.",
            "pt",
            "não",
        ),
        (
            "Participants in the evening course need previous experience with soldering.",
            "Les participants du cours du soir n'ont pas besoin d'expérience préalable en soudure.",
            "fr",
            "pas",
        ),
        # a permission said negated: "cannot", the opposite of "may"
        (
            "You may cancel free of charge up to 48 hours before the game.",
            "Bis 48 Stunden vor dem Spiel können Sie nicht kostenlos stornieren.",
            "de",
            "nicht",
        ),
        (
            "Guests can bring their own towels to the sauna.",
            "Os hóspedes não podem trazer as suas próprias toalhas para a sauna.",
            "pt",
            "não",
        ),
        # "May" the month; a prefix written apart ("non-standard"); "n'importe" says "any"
        (
            "Tours run from May to September, weather permitting.",
            "Las visitas se realizan de mayo a septiembre si el tiempo no lo impide.",
            "es",
            None,
        ),
        (
            "You must be an administrator to add a non-standard printer.",
            "Nur Administratoren können einen nicht standardmäßigen Drucker hinzufügen.",
            "de",
            None,
        ),
        (
            "The filter can be any program that reads from standard input.",
            "Le filtre peut être n'importe quel programme qui lit l'entrée standard.",
            "fr",
            None,
        ),
        # the negation of another word of the sentence, or of another clause, or one the
        # source says with a prefix ("unsupported"), a "without" ("unnamed"), an "only"
        (
            "The value must be a column of the table.",
            "La valeur d'un attribut sans nom doit être une colonne.",
            "fr",
            None,
        ),
        (
            "Invalid mode; the value must be 0 or 1 in this file.",
            "Modo non valido; il valore deve essere 0 o 1 nel file.",
            "it",
            None,
        ),
        (
            "Unsupported number of channels, the image must have 3 or 4.",
            "Die Anzahl der Kanäle wird nicht unterstützt, das Bild muss 3 oder 4 haben.",
            "de",
            None,
        ),
        (
            "Guests must only use the main entrance after 10 pm.",
            "Nach 22 Uhr dürfen Gäste nur den Haupteingang benutzen, nicht die Seitentür.",
            "de",
            None,
        ),
        # the obligation kept
        (
            "Dogs over six months old must be neutered to join a play group.",
            "Hunde über sechs Monate müssen kastriert sein, um mitzuspielen.",
            "de",
            None,
        ),
        # a state the source says plainly, said by the translation only negated
        (
            "Small parts such as spacers are included, but new saddles are sold separately.",
            "Kleinteile wie Spacer sind nicht inbegriffen, neue Sättel werden jedoch separat verkauft.",
            "de",
            "nicht inbegriffen",
        ),
        (
            "Dogs are allowed on the terrace of the café.",
            "I cani non sono ammessi sulla terrazza del caffè.",
            "it",
            "non sono ammessi",
        ),
        (
            "Breakfast is included in the price of the room.",
            "Le petit-déjeuner n'est pas compris dans le prix de la chambre.",
            "fr",
            "pas compris",
        ),
        # the state said plainly, or negated beside a plain one (two rules), or an exception
        (
            "Dogs are allowed on the terrace of the café.",
            "Auf der Terrasse des Cafés sind Hunde erlaubt.",
            "de",
            None,
        ),
        (
            "Dogs are allowed on the terrace, and cats are allowed inside.",
            "Hunde sind auf der Terrasse erlaubt, Katzen drinnen nicht erlaubt.",
            "de",
            None,
        ),
        (
            "Towels are included except for the sauna on the top floor.",
            "Handtücher sind inbegriffen, für die Sauna im Obergeschoss nicht.",
            "de",
            None,
        ),
        # a negation of another word before it
        (
            "Tracking is disabled for this account.",
            "Le suivi non suivi est désactivé pour ce compte.",
            "fr",
            None,
        ),
        # the other state's word negated: the same meaning ("forbidden" said "not allowed")
        (
            "Smoking is forbidden in all of our rooms.",
            "Rauchen ist in allen Zimmern nicht erlaubt.",
            "de",
            None,
        ),
        # a state negated in a source that negates another word, and an exception ("only") of
        # another clause
        (
            "Weekend course: for adults only, lunch included. No previous experience is required.",
            "Stage de week-end : réservé aux adultes, déjeuner non compris. Aucune expérience "
            "préalable n'est requise.",
            "fr",
            "non compris",
        ),
        (
            "Weekend course: for adults only, lunch included. No previous experience is required.",
            "Stage de week-end : réservé aux adultes, déjeuner compris. Aucune expérience "
            "préalable n'est requise.",
            "fr",
            None,
        ),
        # a state with an exception made by "without" (which negates no state), the exception
        # kept as the source says it and the state negated; or the exception said the other way
        (
            "Photography without flash is allowed; filming requires written permission.",
            "Non è consentito fotografare senza flash; per le riprese serve un'autorizzazione scritta.",
            "it",
            "Non è consentito",
        ),
        (
            "Photography without flash is allowed; filming requires written permission.",
            "Non è consentito fotografare con il flash; per le riprese serve un'autorizzazione scritta.",
            "it",
            None,
        ),
        (
            "Photography without flash is allowed; filming requires written permission.",
            "È consentito fotografare senza flash; per le riprese serve un'autorizzazione scritta.",
            "it",
            None,
        ),
        # the state negated in the source too
        (
            "Lunch is not included, and no previous experience is required.",
            "Le déjeuner n'est pas compris et aucune expérience préalable n'est requise.",
            "fr",
            None,
        ),
    ],
)
def test_an_obligation_or_a_state_said_negated_is_found(
    source: str, target: str, tgt: str, marked: str | None
) -> None:
    issues = [i for i in run("negation", source, target, "en", tgt) if "is negated" in i.message]
    assert [i.text for i in issues] == ([marked] if marked else [])


def _said(source: str, issue: Issue) -> str | None:
    """The source's words an issue names."""
    return None if issue.source_span is None else source[issue.source_span[0] : issue.source_span[1]]


@pytest.mark.parametrize(
    ("source", "target", "marked"),
    [
        # the clause of the translation that renders the negated one, first word to last
        (
            "The lift does not stop on the third floor, and the stairs have no handrail.",
            "Der Aufzug hält im dritten Stock, und die Treppe hat kein Geländer.",
            "Der Aufzug hält im dritten Stock",
        ),
        (
            "The stairs have a handrail, but the lift does not stop on the third floor.",
            "Die Treppe hat ein Geländer, aber der Aufzug hält im dritten Stock.",
            "aber der Aufzug hält im dritten Stock",
        ),
        (
            "Children under ten may not swim in the deep pool.",
            "Kinder unter zehn dürfen im tiefen Becken schwimmen.",
            "Kinder unter zehn dürfen im tiefen Becken schwimmen",
        ),
        # a negation in a clause that says a closed state renders that state: it moved nowhere
        (
            "Visitors may not touch the machines, and the workshop is closed to the public.",
            "Besucher dürfen die Maschinen berühren und die Werkstatt ist für das Publikum nicht zugänglich.",
            "Besucher dürfen die Maschinen berühren",
        ),
        # a clause with a subject pronoun and no auxiliary ("we never allow") is one too
        (
            "Please do not park here: to keep the gate clear, we never allow cars on the path.",
            "Bitte parken Sie hier nicht: Um die Einfahrt frei zu halten, lassen wir Autos auf dem Weg zu.",
            "lassen wir Autos auf dem Weg zu",
        ),
        # a last sentence the translation lacks, as its length tells: where it would stand
        (
            "Students receive a discount of ten percent on presentation of a valid card. "
            "The discount cannot be combined with other offers.",
            "Studierende erhalten gegen Vorlage eines gültigen Ausweises zehn Prozent Rabatt.",
            "Prozent Rabatt",
        ),
        # a word with a negative affix in another clause renders that clause's own words
        (
            "Books can be borrowed free of charge, and no late fees are charged on them.",
            "Bücher können kostenlos ausgeliehen werden, und Säumnisgebühren fallen dafür an.",
            "und Säumnisgebühren fallen dafür an",
        ),
        # the second of two negated verbs joined by "and" or "or": from the verb to the end
        (
            "Please do not touch the display cases and do not use flash photography.",
            "Bitte berühren Sie die Vitrinen nicht und fotografieren Sie mit Blitz.",
            "fotografieren Sie mit Blitz",
        ),
        (
            "You cannot park here and cannot stay overnight.",
            "Sie können hier nicht parken und über Nacht bleiben.",
            "über Nacht bleiben",
        ),
        # ... or of a negated subject with its verb ("and no replacement days can be booked")
        (
            "On these days no care is provided and no replacement days can be booked.",
            "An diesen Tagen gibt es keine Betreuung und Ersatztage können gebucht werden.",
            "Ersatztage können gebucht werden",
        ),
        # a short text (no sentence of prose): the source's word
        ("The key is not included.", "Der Schlüssel ist enthalten.", None),
        # "statt" closing its clause is the particle of "finden … statt" (take place), no "instead"
        (
            "Exams are never held on public holidays, so please plan your lessons early.",
            "An gesetzlichen Feiertagen finden Prüfungen statt, planen Sie Ihre Stunden also früh.",
            "An gesetzlichen Feiertagen finden Prüfungen statt",
        ),
        # clauses that do not pair: the words about as far into the sentence as the "not"
        (
            "The lift does not stop on the third floor and the stairs are steep.",
            "Der Aufzug hält im dritten Stock, die Treppe ist steil.",
            "Aufzug hält",
        ),
    ],
)
def test_lost_negation_marks_its_clause(source: str, target: str, marked: str | None) -> None:
    issues = run("negation", source, target, "en", "de")
    assert [(i.side, i.text) for i in issues] == [
        ("source", _said(source, issues[0])) if marked is None else ("target", marked)
    ]


@pytest.mark.parametrize(
    ("source", "target", "tgt", "marked"),
    [
        # "personne" after a determiner is a person, not "nobody"; a first clause whose two
        # negations cancel out ("cannot … without") is said with both, and moved none there
        (
            "We cannot reserve doses for people without an appointment, and we will not vaccinate "
            "anyone who has already received a flu vaccine.",
            "Nous ne pouvons pas réserver de doses pour les personnes sans rendez-vous, et nous "
            "vaccinerons toute personne ayant déjà reçu un vaccin contre la grippe.",
            "fr",
            "et nous vaccinerons toute personne ayant déjà reçu un vaccin contre la grippe",
        ),
        (
            "We will not vaccinate anyone who was vaccinated elsewhere.",
            "Nous vaccinerons toute personne vaccinée ailleurs.",
            "fr",
            "Nous vaccinerons toute personne vaccinée ailleurs",
        ),
        # a translation with no comma before its "and": its clauses part there, as the
        # source's do at ", and"
        (
            "We do not sharpen ceramic knives, and we cannot repair chipped tips.",
            "Affiliamo coltelli in ceramica e non possiamo riparare punte scheggiate.",
            "it",
            "Affiliamo coltelli in ceramica",
        ),
        (
            "We cannot repair chipped tips, and we do not sharpen ceramic knives.",
            "No podemos reparar puntas astilladas y afilamos cuchillos de cerámica.",
            "es",
            "y afilamos cuchillos de cerámica",
        ),
        # ... or as many coordinators in all, which pair in order ("…, and never … or near" ->
        # "… e non … o vicino")
        (
            "Do not touch the screen with wet hands, and never use the device in the rain or near water.",
            "Tocchi lo schermo con le mani bagnate e non usi mai il dispositivo "
            "sotto la pioggia o vicino all'acqua.",
            "it",
            "Tocchi lo schermo con le mani bagnate",
        ),
        # as many coordinators as commas before one in the source, or the clauses do not
        # pair: the translation's one negation may be either clause's
        (
            "We do not sharpen ceramic knives, and we cannot repair chipped tips.",
            "Affiliamo coltelli e forbici in ceramica e non possiamo riparare punte scheggiate.",
            "it",
            None,
        ),
        # both clauses negated, or said as a lack ("priva di", "manca")
        (
            "We do not sharpen ceramic knives, and we cannot repair chipped tips.",
            "Non affiliamo coltelli in ceramica e non possiamo riparare punte scheggiate.",
            "it",
            None,
        ),
        (
            "GIF image has no global colormap, and a frame inside it has no local colormap.",
            "Immagine GIF priva di colormap globale e in un fotogramma interno manca la colormap locale.",
            "it",
            None,
        ),
    ],
)
def test_a_clause_without_a_comma_before_its_coordinator_pairs(
    source: str, target: str, tgt: str, marked: str | None
) -> None:
    issues = run("negation", source, target, "en", tgt)
    assert [(i.side, i.text) for i in issues] == ([("target", marked)] if marked else [])


@pytest.mark.parametrize(
    ("target", "marked"),
    [
        # the first of two commands lost its negation, the second ("niemals") kept
        (
            "Lassen Sie den Akku in der prallen Sonne liegen und laden Sie ihn niemals mit fremden Geräten.",
            "Lassen Sie den Akku in der prallen Sonne liegen",
        ),
        # both said; the first said with a verb of avoiding
        (
            "Lassen Sie den Akku nicht in der Sonne liegen und laden Sie ihn niemals mit fremden Geräten.",
            None,
        ),
        (
            "Vermeiden Sie pralle Sonne für den Akku und laden Sie ihn niemals mit fremden Geräten.",
            None,
        ),
    ],
)
def test_a_lost_first_command_marks_its_part(target: str, marked: str | None) -> None:
    source = "Do not leave the battery in direct sunlight and never charge it with another charger."
    issues = run("negation", source, target, "en", "de")
    assert [(i.text, _said(source, i)) for i in issues] == ([] if marked is None else [(marked, "not")])


@pytest.mark.parametrize(
    ("source", "target", "tgt", "marked"),
    [
        # the negated word's class ("allowed") said without the negation: that word is marked
        (
            "Riding on the pavements of the old town is not allowed.",
            "Está permitido circular por las aceras del casco antiguo.",
            "es",
            "permitido",
        ),
        (
            "Smoking is not permitted anywhere on the campsite grounds.",
            "Il est autorisé de fumer partout sur le terrain du camping.",
            "fr",
            "autorisé",
        ),
        # two words of the class: the one nearest to where the source's negated word stands
        (
            "Dogs are not allowed inside, but they are allowed on the terrace.",
            "I cani sono ammessi all'interno e sono ammessi anche sulla terrazza.",
            "it",
            "ammessi",
        ),
        (
            "Only pencils may be used; pens, markers and erasers are not permitted.",
            "Só é permitido o uso de lápis; são permitidas canetas, marcadores e borrachas.",
            "pt",
            "permitidas",
        ),
        (
            "Mobile phones, tablets and other electronic devices are not allowed.",
            "Se permiten teléfonos móviles, tabletas ni otros dispositivos electrónicos.",
            "es",
            "permiten",
        ),
    ],
)
def test_a_lost_negation_marks_the_word_said_positive(
    source: str, target: str, tgt: str, marked: str
) -> None:
    issues = run("negation", source, target, "en", tgt)
    assert [(i.side, i.text) for i in issues] == [("target", marked)]


def test_short_sentence_among_others_is_prose() -> None:
    """A short sentence inside a paragraph of prose is prose: its lost "not" is a warning."""
    pairs = [
        (
            "Lunch is served in the garden at noon.",
            "Das Mittagessen wird mittags im Garten serviert.",
        ),
        ("Booking is not necessary.", "Eine Reservierung ist nötig."),
    ]
    document = make_document(pairs, "en", "de")
    segments = [replace(s, paragraph=1) for s in document.segments]
    document = Document("en", "de", segments)
    context = build_context(document)
    issues = list(get_check("negation").check(document.segments[1], context))
    assert [(_said(pairs[1][0], i), i.severity) for i in issues] == [("not", Severity.WARNING)]


def test_lost_clause_message() -> None:
    """The lost clause's negation is named as missing from its part of the translation."""
    issues = run(
        "negation",
        "The lift does not stop on the third floor, and the stairs have no handrail.",
        "Der Aufzug hält im dritten Stock, und die Treppe hat kein Geländer.",
        "en",
        "de",
    )
    assert [i.message for i in issues] == [
        "'not' of the source has no negation in its part of the translation"
    ]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # allowed said as forbidden, forbidden as allowed
        (
            "Dogs are allowed on the terrace of the restaurant.",
            "Les chiens sont interdits sur la terrasse du restaurant.",
            "fr",
            ["allowed"],
        ),
        (
            "Camping is prohibited in the whole nature reserve.",
            "Il campeggio è consentito in tutta la riserva naturale.",
            "it",
            ["prohibited"],
        ),
        # the same rule, or its opposite negated, or both kinds in the sentence
        (
            "Dogs are allowed on the terrace of the restaurant.",
            "Hunde sind auf der Terrasse des Restaurants erlaubt.",
            "de",
            [],
        ),
        (
            "Dogs are allowed on the terrace of the restaurant.",
            "Hunde sind auf der Terrasse des Restaurants nicht verboten.",
            "de",
            [],
        ),
        (
            "Bikes are allowed on the path, but cars are banned.",
            "Las bicicletas están permitidas en el camino, pero los coches están prohibidos.",
            "es",
            [],
        ),
        # a setting off said as on, on as off; the same state, or "not enabled" for "disabled"
        (
            "The night mode of the screen is switched off by default.",
            "Der Nachtmodus des Bildschirms ist standardmäßig eingeschaltet.",
            "de",
            ["switched off"],
        ),
        (
            "Location sharing is disabled on every new phone.",
            "Передача геоданных включена на каждом новом телефоне.",
            "ru",
            ["disabled"],
        ),
        (
            "The backup reminder is enabled for all new accounts.",
            "Il promemoria del backup è disattivato per tutti i nuovi account.",
            "it",
            ["enabled"],
        ),
        # a negation in another clause of the sentence: the state is judged in its own clause
        (
            "Location sharing is disabled on new phones, and we never sell your data.",
            "Передача геоданных на новых телефонах включена, а ваши данные мы никогда не продаём.",
            "ru",
            ["disabled"],
        ),
        (
            "Location sharing is not disabled on new phones, and we never sell your data.",
            "Передача геоданных на новых телефонах включена, а ваши данные мы никогда не продаём.",
            "ru",
            [],
        ),
        (
            "Location sharing is disabled on every new phone.",
            "Передача геоданных отключена на каждом новом телефоне.",
            "ru",
            [],
        ),
        (
            "Location sharing is disabled on every new phone.",
            "Le partage de position n'est pas activé sur les nouveaux téléphones.",
            "fr",
            [],
        ),
        (
            "When the option is enabled, the screen is disabled at night.",
            "Ist die Option aktiviert, schaltet sich der Bildschirm nachts ab.",
            "de",
            [],
        ),
        (
            "Sound is enabled, but the camera is disabled in the app.",
            "El sonido está activado, pero la cámara está desactivada en la aplicación.",
            "es",
            [],
        ),
        # open said as closed, closed as open; easy as difficult, difficult as easy
        (
            "The ticket office is open every day but Monday.",
            "La taquilla está cerrada los lunes.",
            "es",
            [],
        ),
        (
            "The ticket office is open from noon to six on weekdays.",
            "La taquilla está cerrada de doce a seis los días laborables.",
            "es",
            ["open"],
        ),
        (
            "The old footbridge has been closed to walkers since the flood.",
            "De oude voetgangersbrug is sinds de overstroming geopend voor wandelaars.",
            "nl",
            ["closed"],
        ),
        (
            "The new valve can be cleaned easily with warm water.",
            "La nuova valvola si pulisce difficilmente con acqua calda.",
            "it",
            ["easily"],
        ),
        (
            "Fresh paint on this wall is difficult to remove with a cloth.",
            "La peinture fraîche sur ce mur s'enlève facilement avec un chiffon.",
            "fr",
            ["difficult"],
        ),
        # less said as more, the evening as the morning
        (
            "The new lights use 60% less electricity than the old ones.",
            "Les nouveaux éclairages consomment 60 % d'électricité en plus que les anciens.",
            "fr",
            ["less"],
        ),
        (
            "The cleaners come in every evening to tidy the desks.",
            "El equipo de limpieza viene todas las mañanas a ordenar las mesas.",
            "es",
            ["evening"],
        ),
        # cheaper is less to pay; "más baratos" is a comparative of the word for cheap
        (
            "Tickets bought online at least one day in advance are 10% cheaper.",
            "Wer mindestens einen Tag im Voraus online bucht, zahlt 10 % mehr.",
            "de",
            ["cheaper"],
        ),
        (
            "Tickets bought online at least one day in advance are 10% cheaper.",
            "Los billetes comprados en línea con un día de antelación son un 10 % más baratos.",
            "es",
            [],
        ),
        # a comparative's direction is its adjective's ("plus petit" is "less"), and "lower"
        # is said as "more low" in many languages
        (
            "The length is less than the record's.",
            "La longueur est plus petite que celle de l'enregistrement.",
            "fr",
            [],
        ),
        ("There is an algorithm with lower priority.", "Hay un algoritmo con prioridad más baja.", "es", []),
        (
            "The new lights use 60% less electricity.",
            "I nuovi lampioni consumano il 60% di elettricità in meno.",
            "it",
            [],
        ),
        # the same word, its opposite negated ("sans difficulté" is "easily"), an exception
        # the rest is said of with the opposite, a verb ("schließt", "cierra") for the state
        (
            "The new valve can be cleaned easily with warm water.",
            "La nouvelle vanne se nettoie sans difficulté à l'eau chaude.",
            "fr",
            [],
        ),
        (
            "The new valve can be cleaned easily with warm water.",
            "Das neue Ventil ist mit warmem Wasser nicht schwierig zu reinigen.",
            "de",
            [],
        ),
        (
            "The new valve can be cleaned easily with warm water.",
            "A nova válvula limpa-se facilmente com água morna.",
            "pt",
            [],
        ),
        (
            "The ticket office is open every day except on public holidays.",
            "La taquilla está cerrada los días festivos.",
            "es",
            [],
        ),
        # ... but said with its exception, the opposite word turns the rule around
        (
            "The mill is closed on public holidays, except on National Mill Day.",
            "Op feestdagen is de molen geopend, behalve op de Nationale Molendag.",
            "nl",
            ["closed"],
        ),
        (
            "The ticket office is open every day except on public holidays.",
            "La taquilla está cerrada todos los días excepto los festivos.",
            "es",
            ["open"],
        ),
        (
            "The ticket office is open from noon to six on weekdays.",
            "Die Kasse öffnet werktags um zwölf und schließt um sechs.",
            "de",
            [],
        ),
        (
            "Keep the lid closed and open it only after the timer rings.",
            "Lassen Sie den Deckel geschlossen und öffnen Sie ihn erst nach dem Signal.",
            "de",
            [],
        ),
        # a "but" after a comma joins a clause of its own, no exception
        (
            "Members may fish the lake all year round, but the river is closed in winter.",
            "Los socios pueden pescar en el lago todo el año, pero el río permanece abierto en invierno.",
            "es",
            ["closed"],
        ),
        # advice for said as advice against; negated further on in its clause, or before
        # a negated predicate of its own ("but not required")
        (
            "Wetsuits are recommended but not required, as the water is cold.",
            "La combinaison néoprène est déconseillée mais pas obligatoire, car l'eau est froide.",
            "fr",
            ["recommend"],
        ),
        (
            "Because of the tasting, we recommend that you do not drive home afterwards.",
            "En raison de la dégustation, nous vous déconseillons de rentrer en voiture.",
            "fr",
            [],
        ),
        (
            "Swimming in the lake is not recommended after heavy rain.",
            "Nach starkem Regen wird vom Schwimmen im See abgeraten.",
            "de",
            [],
        ),
        # an exception turns a rule, not a time: late said early beside "only if"
        (
            "Late entries will be accepted on the day only if space allows.",
            "Les inscriptions anticipées seront acceptées le jour même uniquement s'il reste de la place.",
            "fr",
            ["Late"],
        ),
        # up and down a river
        (
            "Never go beyond the weir, about 800 metres downstream.",
            "Nie über das Wehr hinausfahren, etwa 800 Meter flussaufwärts.",
            "de",
            ["downstream"],
        ),
        (
            "Never go beyond the weir, about 800 metres downstream.",
            "Ne dépassez jamais le barrage, à environ 800 mètres en aval.",
            "fr",
            [],
        ),
        # a time's side said as its opposite, both negated ("never before": "nunca después")
        (
            "Pregnant guests can only receive treatments from the Mamá menu, and never before week 13.",
            "Las clientas embarazadas solo pueden recibir tratamientos de la carta Mamá y nunca después "
            "de la semana 13.",
            "es",
            ["before"],
        ),
        (
            "Pregnant guests can only receive treatments from the Mamá menu, and never before week 13.",
            "Las clientas embarazadas solo pueden recibir tratamientos de la carta Mamá y nunca antes "
            "de la semana 13.",
            "es",
            [],
        ),
        # a comparative turned, its word of no class of opposites; one said by the opposite
        # word's comparative of the other direction is the same comparison
        (
            "Rooms facing the street are cleaned more often than the rooms on the courtyard.",
            "Le camere sulla strada vengono pulite meno spesso delle camere sul cortile.",
            "it",
            ["more"],
        ),
        (
            "The new lock on the garden gate is more difficult to open than the old one.",
            "La nuova serratura del cancello è meno facile da aprire di quella vecchia.",
            "it",
            [],
        ),
        (
            "The new lock on the garden gate is more difficult to open than the old one.",
            "La nuova serratura del cancello è più facile da aprire di quella vecchia.",
            "it",
            ["difficult"],
        ),
        # one of two times' sides said as its opposite, the other kept
        (
            "The doors open 30 minutes before the concert and close 10 minutes before the first piece.",
            "Le porte aprono 30 minuti prima del concerto e chiudono 10 minuti dopo il primo brano.",
            "it",
            ["before"],
        ),
        (
            "The doors open 30 minutes before the concert and close 10 minutes before the first piece.",
            "Le porte aprono 30 minuti prima del concerto e chiudono 10 minuti prima del primo brano.",
            "it",
            [],
        ),
        # a negated state said as its opposite ("not allowed": "interdit") is the same rule
        (
            "Dogs are not allowed in the dining room during breakfast.",
            "Les chiens sont interdits dans la salle à manger pendant le petit-déjeuner.",
            "fr",
            [],
        ),
        # a quarter of the compass said as its opposite; a compound of two ("nord-est")
        (
            "The farm is in Sala Baganza, 18 km south of Parma.",
            "L'azienda si trova a Sala Baganza, 18 km a nord di Parma.",
            "it",
            ["south"],
        ),
        (
            "The farm is in Sala Baganza, 18 km south of Parma.",
            "L'azienda si trova a Sala Baganza, 18 km a sud di Parma.",
            "it",
            [],
        ),
        (
            "The campsite lies 18 km east of Lyon, near the river.",
            "Le camping se trouve à 18 km à l'ouest de Lyon, près de la rivière.",
            "fr",
            ["east"],
        ),
        (
            "The campsite lies 18 km east of Lyon, near the river.",
            "Le camping se trouve à 18 km à l'est de Lyon, près de la rivière.",
            "fr",
            [],
        ),
        (
            "The trail runs south-east of the village, along the western shore.",
            "Der Weg verläuft südöstlich des Dorfes, am westlichen Ufer entlang.",
            "de",
            [],
        ),
        (
            "The trail starts south-east of the village, along the lake shore.",
            "Il sentiero parte a sud-est del paese, lungo la riva del lago.",
            "it",
            [],
        ),
        # both states in the source, the one said as the other: the other written once more
        (
            "The office is open on weekdays; it is closed on Sundays.",
            "Het kantoor is geopend op werkdagen; op zondag is het geopend.",
            "nl",
            ["closed"],
        ),
        (
            "The office is open on weekdays; it is closed on Sundays.",
            "Het kantoor is geopend op werkdagen; op zondag is het gesloten.",
            "nl",
            [],
        ),
        # a side and a temperature said as their opposites
        (
            "Keep to the right-hand side of the river and pass oncoming boats on your left.",
            "Mantenha-se do lado esquerdo do rio e cruze-se pela esquerda com os barcos que vêm.",
            "pt",
            ["right-hand"],
        ),
        (
            "Keep to the right-hand side of the river and pass oncoming boats on your left.",
            "Mantenha-se do lado direito do rio e cruze-se pela esquerda com os barcos que vêm.",
            "pt",
            [],
        ),
        (
            "Turn left at the first traffic light, then right at the church.",
            "Vire à esquerda no primeiro semáforo e depois siga até à igreja.",
            "pt",
            [],
        ),
        (
            "Always keep right on the river and slow down near rowers.",
            "Halten Sie sich auf dem Fluss immer links und fahren Sie bei Ruderern langsam.",
            "de",
            ["right"],
        ),
        # behind said as in front of
        (
            "Our team invites hobby gardeners to workshops in the glasshouse behind the café.",
            "Unser Team lädt Hobbygärtner zu Workshops im Gewächshaus vor dem Café ein.",
            "de",
            ["behind"],
        ),
        (
            "Please park your car behind the village hall when you arrive.",
            "Veuillez garer votre voiture devant la salle des fêtes à votre arrivée.",
            "fr",
            ["behind"],
        ),
        (
            "Please park your car behind the village hall before 10:00.",
            "Parkeer uw auto achter het dorpshuis voor 10.00 uur.",
            "nl",
            [],
        ),
        (
            "The meeting point is in front of the station, before the bridge.",
            "Der Treffpunkt ist vor dem Bahnhof, vor der Brücke.",
            "de",
            [],
        ),
        # outside said as inside; "binnen" for "within" is no "inside"
        (
            "When the attendant announces that the site is full, please wait outside the fence.",
            "Lorsque l’agent annonce que le site est complet, merci d’attendre à l’intérieur de la clôture.",
            "fr",
            ["outside"],
        ),
        (
            "Smoking is only allowed outdoors, in the garden.",
            "Roken is alleen binnen toegestaan, in de tuin.",
            "nl",
            ["outdoors"],
        ),
        (
            "Bikes stay outside; refunds are paid within 14 days.",
            "Fietsen blijven buiten; terugbetalingen gebeuren binnen 14 dagen.",
            "nl",
            [],
        ),
        (
            "Please wait outside the fence.",
            "Bitte warten Sie außerhalb des Zauns.",
            "de",
            [],
        ),
        # exempt from said subject to, in the sentence after one that makes an exception
        (
            "Vehicles may enter only with written authorisation. Funeral directors' vehicles are "
            "exempt from this authorisation.",
            "Les véhicules ne peuvent entrer qu’avec une autorisation écrite. Les véhicules des pompes "
            "funèbres sont soumis à cette autorisation.",
            "fr",
            ["exempt"],
        ),
        (
            "Children under twelve are exempt from the registration fee.",
            "I bambini sotto i dodici anni sono esenti dalla quota di iscrizione.",
            "it",
            [],
        ),
        # above said as below; a bound before a number is number_mismatch's
        (
            "Tailored shorts are allowed, provided they end just above the knee.",
            "Sono consentiti i bermuda, purché arrivino appena sotto il ginocchio.",
            "it",
            ["above"],
        ),
        (
            "Do not store the bottles above 25 °C.",
            "Non conservare le bottiglie sotto 25 °C.",
            "it",
            [],
        ),
        (
            "Use the cold programme for woollens and silk.",
            "Utilisez le programme chaud pour la laine et la soie.",
            "fr",
            ["cold"],
        ),
        (
            "Bring the dish to the table hot, straight from the oven.",
            "Porti il piatto in tavola freddo, appena tolto dal forno.",
            "it",
            ["hot"],
        ),
        # a bound and a time said as their opposites, even beside a word of exception
        (
            "The minimum stay is three nights in high season.",
            "Il soggiorno massimo è di tre notti in alta stagione.",
            "it",
            ["minimum"],
        ),
        (
            "The minimum term is one year, after which you can leave at any time.",
            "La durata massima è di un anno, dopodiché puoi recedere in qualsiasi momento.",
            "it",
            ["minimum"],
        ),
        (
            "A maximum of four guests may share one cabin on the lower deck.",
            "Un mínimo de cuatro huéspedes puede compartir un camarote en la cubierta inferior.",
            "es",
            ["maximum"],
        ),
        (
            "Please return the keys to the front desk before 11 am on the day you leave.",
            "Veuillez rendre les clés à l'accueil après 11 h le jour de votre départ.",
            "fr",
            ["before"],
        ),
        (
            "Dinner is served in the main hall after the evening walk.",
            "O jantar é servido no salão principal antes do passeio da noite.",
            "pt",
            ["after"],
        ),
        # French "précédant" (preceding) for "after"
        (
            "Patients taking metformin should stop it for 48 hours after the injection.",
            "Les patients traités par metformine l'arrêtent pendant les 48 heures précédant l'injection.",
            "fr",
            ["after"],
        ),
        # half said as double, tall as low
        (
            "Students and unemployed members pay half price for the whole season.",
            "Os estudantes e os membros desempregados pagam o dobro do preço por toda a temporada.",
            "pt",
            ["half"],
        ),
        (
            "Wall mounting is included for all tall units in the price.",
            "Wandbevestiging is bij alle lage kasten in de prijs inbegrepen.",
            "nl",
            ["tall"],
        ),
        (
            "Prices are low in the winter months, when the hotel is quiet.",
            "I prezzi sono alti nei mesi invernali, quando l'albergo è tranquillo.",
            "it",
            ["low"],
        ),
        (
            "If you are late, the session still ends at the scheduled time.",
            "Se chegar adiantado, a sessão termina na mesma à hora marcada.",
            "pt",
            ["late"],
        ),
        # "tarde" is also the afternoon
        (
            "Please arrive early in the afternoon for the session.",
            "Chegue no início da tarde para a sessão, por favor.",
            "pt",
            [],
        ),
        # both in the source; a word of another sense ("por medio de", "en bas")
        (
            "Members pay half price, and guests pay double.",
            "Los socios pagan la mitad y los invitados el doble.",
            "es",
            [],
        ),
        (
            "You can pay twice a year by bank transfer.",
            "Puede pagar dos veces al año por medio de una transferencia.",
            "es",
            [],
        ),
        (
            "The high shelves are reached with the ladder kept downstairs.",
            "On atteint les étagères hautes avec l'échelle rangée en bas.",
            "fr",
            [],
        ),
        # both bounds in the source; "après-midi" (afternoon) is no "après"
        (
            "Teams need a minimum of 4 and a maximum of 12 players.",
            "Le squadre devono avere un minimo di 4 e un massimo di 12 giocatori.",
            "it",
            [],
        ),
        (
            "Please arrive before the afternoon session starts at 2 pm.",
            "Veuillez arriver pour le début de la séance de l'après-midi à 14 h.",
            "fr",
            [],
        ),
        # a requirement said as advice, or advice as a requirement, an exception beside it
        (
            "A skin allergy test is required 48 hours before the appointment.",
            "Un test d’allergie cutanée est recommandé 48 heures avant le rendez-vous.",
            "fr",
            ["required"],
        ),
        (
            "A skin allergy test is recommended 48 hours before the appointment.",
            "Un test d’allergie cutanée est obligatoire 48 heures avant le rendez-vous.",
            "fr",
            ["recommend"],
        ),
        (
            "A skin allergy test is required; we recommend booking early.",
            "Un test d’allergie cutanée est obligatoire ; nous recommandons de réserver tôt.",
            "fr",
            [],
        ),
        # both sides in the source; a word of another sense ("right next to") whose side word
        # in the translation stands far from it
        (
            "Keep to the right-hand side and pass oncoming boats on your left.",
            "Mantenha-se do lado direito e cruze-se pela esquerda com os barcos.",
            "pt",
            [],
        ),
        (
            "You can collect the keys right at the reception desk of our office in the old town centre, "
            "which is the second building along the main square.",
            "Die Schlüssel erhalten Sie direkt am Empfang unseres Büros in der Altstadt, dem zweiten "
            "Gebäude am Hauptplatz, links.",
            "de",
            [],
        ),
    ],
)
def test_a_permission_said_as_its_opposite(source: str, target: str, lang: str, expected: list[str]) -> None:
    issues = [i for i in run("negation", source, target, "en", lang) if "opposite" in i.message]
    assert [source[i.source_span[0] : i.source_span[1]] for i in issues if i.source_span] == expected


@pytest.mark.parametrize(
    ("source", "target", "lang", "marked", "said"),
    [
        (
            "The ticket office is open from noon to six on weekdays.",
            "La taquilla está cerrada de doce a seis los días laborables.",
            "es",
            "cerrada",
            "open",
        ),
        # a charge added said as one taken off
        (
            "Moves on a Saturday or a Sunday carry a surcharge of 15% on the standard rate.",
            "Les déménagements le samedi ou le dimanche bénéficient d'une réduction de 15 % sur le tarif.",
            "fr",
            "réduction",
            "surcharge",
        ),
        # a requirement said as a prohibition
        (
            "Swimming caps must be worn in the pool at all times.",
            "In piscina è vietato indossare la cuffia.",
            "it",
            "vietato",
            "must",
        ),
        # compulsory said optional, or optional said compulsory; a "not" further on negates
        # another part of the sentence
        (
            "Shin pads are compulsory and football boots with metal studs are not allowed.",
            "Scheenbeschermers zijn optioneel en voetbalschoenen met metalen noppen zijn niet toegestaan.",
            "nl",
            "optioneel",
            "compulsory",
        ),
        (
            "Wearing a helmet on the course is optional for adults over eighteen.",
            "Das Tragen eines Helms ist auf der Strecke für Erwachsene über achtzehn Pflicht.",
            "de",
            "Pflicht",
            "optional",
        ),
        # first said last, or last said first
        (
            "Our van visits Bedminster market every first Saturday of the month.",
            "Il nostro furgone passa al mercato di Bedminster ogni ultimo sabato del mese.",
            "it",
            "ultimo",
            "first",
        ),
        (
            "The first bus leaves the station at 6 am on weekdays.",
            "Der letzte Bus fährt an Werktagen um 6 Uhr vom Bahnhof ab.",
            "de",
            "letzte",
            "first",
        ),
        # arrival said departure; summer said winter
        (
            "Please pay the balance on the day of arrival at the reception desk.",
            "Bitte zahlen Sie den Restbetrag am Tag der Abreise an der Rezeption.",
            "de",
            "Abreise",
            "arrival",
        ),
        (
            "The summer timetable applies from 1 May to 30 September every year.",
            "L'horaire d'hiver s'applique du 1er mai au 30 septembre chaque année.",
            "fr",
            "hiver",
            "summer",
        ),
        # late said early, or early said late, by an adjective
        (
            "Late entries will be accepted on the day of the tournament.",
            "Les inscriptions anticipées seront acceptées le jour du tournoi.",
            "fr",
            "anticipées",
            "Late",
        ),
        (
            "Early bookings get a 10% discount on the full price of the course.",
            "Le prenotazioni tardive ricevono uno sconto del 10% sul prezzo pieno del corso.",
            "it",
            "tardive",
            "Early",
        ),
        # a negation said as its opposite ("without" as "avec", "no longer" as "nog")
        (
            "Small repairs are done without an appointment at the front desk.",
            "Les petites réparations se font avec rendez-vous à l'accueil.",
            "fr",
            "avec",
            "without",
        ),
        (
            "The ferry no longer stops at the northern pier in winter.",
            "De veerboot stopt in de winter nog bij de noordelijke pier.",
            "nl",
            "nog",
            "no longer",
        ),
        # before and after an event's moment, where "vor", "nach", "voor", "na" have other senses
        (
            "Written proxies must be handed to the chair before the meeting begins.",
            "Schriftliche Vollmachten sind der Versammlungsleitung nach Beginn der Versammlung zu übergeben.",
            "de",
            "nach Beginn",
            "before",
        ),
        (
            "Hire skates must be returned no later than 15 minutes after the end of your session.",
            "Huurschaatsen moeten uiterlijk 15 minuten voor het einde van uw sessie worden ingeleverd.",
            "nl",
            "voor het einde",
            "after",
        ),
        (
            "This does not apply in case of illness, provided that you inform us before the appointment.",
            "Dies gilt nicht im Krankheitsfall, sofern Sie uns nach dem Termin informieren.",
            "de",
            "nach dem Termin",
            "before",
        ),
        # a side said as its opposite in a part of its own, after a negated one with no comma
        # between ("No abandone la ruta y manténgase …" for "Do not leave the route, and keep …")
        (
            "Do not leave the marked route, and keep to the right-hand side of the river on this section.",
            "No abandone la ruta señalizada y manténgase en el lado izquierdo del río en este tramo.",
            "es",
            "izquierdo",
            "right-hand",
        ),
    ],
)
def test_an_opposite_is_marked_in_the_translation(
    source: str, target: str, lang: str, marked: str, said: str
) -> None:
    """The translation's word is marked, the source's beside it."""
    issues = run("negation", source, target, "en", lang)
    assert [(i.side, i.text, _said(source, i)) for i in issues] == [("target", marked, said)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # the translation's only negation renders a word with a negative prefix ("Unused")
        (
            "Unused vouchers expire after twelve months and are not refunded.",
            "Os vales não utilizados expiram ao fim de doze meses e são reembolsados.",
            "pt",
            ["not"],
        ),
        (
            "Unpaid invoices from last year are not cancelled by the new contract.",
            "Nicht bezahlte Rechnungen aus dem letzten Jahr werden durch den neuen Vertrag storniert.",
            "de",
            ["not"],
        ),
        (
            "We serve vegan, sugar-free and alcohol-free drinks, but we cannot serve raw milk.",
            "Servimos bebidas veganas, sem açúcar e sem álcool, mas podemos servir leite cru.",
            "pt",
            ["cannot"],
        ),
        (
            "We serve vegan, sugar-free and alcohol-free drinks, but we cannot serve raw milk.",
            "Servimos bebidas veganas, sem açúcar e sem álcool, mas não podemos servir leite cru.",
            "pt",
            [],
        ),
        # both negations said; the prefixed word said without one
        (
            "Unused vouchers expire after twelve months and are not refunded.",
            "Os vales não utilizados expiram ao fim de doze meses e não são reembolsados.",
            "pt",
            [],
        ),
        (
            "Unused vouchers expire after twelve months and are not refunded.",
            "Os vales por utilizar expiram ao fim de doze meses e não são reembolsados.",
            "pt",
            [],
        ),
        # a language that puts its verb last moves the negation near a later prefixed word
        (
            "This operation is not supported for unlogged tables.",
            "Dieser Vorgang wird für ungeloggte Tabellen nicht unterstützt.",
            "de",
            [],
        ),
        # the source's negating word kept as written, a value of a list
        (
            "Show untracked files in one of these modes: all, normal, no.",
            "Unversionierte Dateien in einem dieser Modi anzeigen: all, normal, no.",
            "de",
            [],
        ),
        # a prefixed word that is the cognate of another word of the source ("descuento" of
        # "discount", one "inválido" of "Invalid") says nothing for its "not"
        (
            "Families receive a 10% discount on every package, but not on the registration fee.",
            "Las familias reciben un descuento del 10 % en todos los paquetes.",
            "es",
            ["not"],
        ),
        (
            "Invalid text in the name: the value is not valid.",
            "Texto inválido no nome: o valor é inválido.",
            "pt",
            [],
        ),
        (
            "The cleaning agent does not disinfect the surfaces.",
            "O produto de limpeza desinfeta as superfícies.",
            "pt",
            ["not"],
        ),
        # "no" before a noun said with a word for none after the verb ("nessuna modifica")
        (
            "Zero indicates no change, values below zero indicate a decrease.",
            "Zero indica nessuna modifica, valori minori di zero indicano una diminuzione.",
            "it",
            [],
        ),
        # a word that merely opens with the letters of a negative prefix ("Discounted")
        (
            "Discounted tickets are not valid on the night of the premiere.",
            "No hay entradas con descuento válidas la noche del estreno.",
            "es",
            [],
        ),
    ],
)
def test_a_negation_that_renders_a_prefixed_word(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    """A translation whose only negation stands where the source's "un…" word does says
    nothing for the source's "not"."""
    issues = run("negation", source, target, "en", lang)
    assert [_said(source, i) for i in issues] == expected
