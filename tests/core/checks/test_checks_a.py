"""The MT-specific checks on sentence pairs: what they flag, exactly where, and the fix."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity, build_context, get_check
from editor.core.model import Document
from tests.core.checks._run import run
from tests.factories import make_segment

# (check, source, target, target language, [(flagged text, suggestion)])
BAD = [
    # a rare word of the language and a common one with a capital: a sentence run into the next
    (
        "merged_token",
        "Do not pack paint or lighter fluid. Keep these items with you in the car.",
        "Bitte nicht einpacken: Farbe oder FeuerzeugbenzinBehalten Sie diese Dinge bei sich im Auto.",
        "de",
        [("FeuerzeugbenzinBehalten", "Feuerzeugbenzin. Behalten")],
    ),
    (
        "merged_token",
        "It started last month, according to the EU.",
        "Es begann im vergangenen MonatLaut der EU.",
        "de",
        [("MonatLaut", "Monat. Laut")],
    ),
    (
        "merged_token",
        "The new model, 5, a big one.",
        "Das neue Modell 5ein großes.",
        "de",
        [("5ein", "5, ein")],
    ),
    ("merged_token", "Earth and sky", "Erdeund Himmel", "de", [("Erdeund", "Erde und")]),
    (
        "merged_token",
        "Fill it with the water that is left.",
        "Encha com a águaque sobrou.",
        "pt",
        [("águaque", "água que")],
    ),
    # a noun for a person with "in" glued on, where the source writes them apart
    (
        "merged_token",
        "We are a team in Hamburg.",
        "Wir sind ein Teamin Hamburg.",
        "de",
        [("Teamin", "Team in")],
    ),
    (
        "merged_token",
        "The recruiter in Hamburg calls.",
        "Der Recruiterin Hamburg ruft an.",
        "de",
        [("Recruiterin", "Recruiter in")],
    ),
    ("merged_token", "the Commission", "dieKommission", "de", [("dieKommission", "die Kommission")]),
    ("merged_token", "in the year 2024", "im Jahr2024", "de", [("Jahr2024", "Jahr 2024")]),
    # a word glued to a code in capitals that the source writes apart
    (
        "merged_token",
        "Quote the order code KPL-5521.",
        "Geben Sie den BestellcodeKPL-5521 an.",
        "de",
        [("BestellcodeKPL", "Bestellcode KPL")],
    ),
    (
        "merged_token",
        "the house with the garden",
        "la maisonavec le jardin",
        "fr",
        [("maisonavec", "maison avec")],
    ),
    ("merged_token", "He saw the house.", "He saw theHouse.", "en", [("theHouse", "the House")]),
    # a space lost next to a mark: after a percent sign, before a bracket, after a closing
    # quotation mark, after the hyphen of a compound's shared part
    (
        "merged_token",
        "Prices rose 45% this year.",
        "I prezzi sono saliti del 45%quest'anno.",
        "it",
        [("45%quest", "45% quest")],
    ),
    (
        "merged_token",
        "Dry the floor (with a soft cloth) first.",
        "Seque o chão(com um pano macio) primeiro.",
        "pt",
        [("chão(com", "chão (com")],
    ),
    (
        "merged_token",
        "Read the notes (see below) and sign.",
        "Lesen Sie die Hinweise (siehe unten)und unterschreiben Sie.",
        "de",
        [("unten)und", "unten) und")],
    ),
    (
        "merged_token",
        "The office is on the 3rd floor (room 12).",
        "Das Büro ist im 3.Stock (Raum 12).",
        "de",
        [("3.Stock", "3. Stock")],
    ),
    # a closing bracket and a full stop glued to the next sentence's first word
    (
        "merged_token",
        "Group C rides at 23–26 km/h (about 60 km). New members ride in group C.",
        "Groep C rijdt 23–26 km/u (ongeveer 60 km).Nieuwe leden rijden in groep C.",
        "nl",
        [("km).Nieuwe", "km). Nieuwe")],
    ),
    # a closing quotation mark and a full stop glued to the next sentence's first word
    (
        "merged_token",
        'Press "Save". Then close the window.',
        "Drücken Sie „Speichern“.Dann schließen Sie das Fenster.",
        "de",
        [("\u201c.Dann", "\u201c. Dann")],
    ),
    # a number and its currency's sign that end a sentence of the source
    (
        "merged_token",
        "The day pass costs €18. Members pay less.",
        "El pase de día cuesta 18 €.Los socios pagan menos.",
        "es",
        [("18 €.Los", "18 €. Los")],
    ),
    # ... or a per cent
    (
        "merged_token",
        "Cancellations are refunded minus a fee of 10%. Later cancellations are not refunded.",
        "Os cancelamentos são reembolsados com uma taxa de 10%.Os cancelamentos posteriores não.",
        "pt",
        [("10%.Os", "10%. Os")],
    ),
    # ... an amount with decimals, written in the target's style
    (
        "merged_token",
        "You receive one stamp for every purchase of at least €4.00. After 10 stamps the cup is free.",
        "Ricevete un timbro per ogni acquisto di almeno 4,00 €.Dopo 10 timbri la coppetta è gratis.",
        "it",
        [("4,00 €.Dopo", "4,00 €. Dopo")],
    ),
    # a clock time that ends a sentence of the source, written another way there
    (
        "merged_token",
        "The last train leaves at 11:40 p.m. The first one runs at 6 a.m.",
        "El último tren sale a las 23:40.El primero sale a las 6:00.",
        "es",
        [("23:40.El", "23:40. El")],
    ),
    (
        "merged_token",
        "Stands can be set up until 20:00. On fair days, vehicles may enter the park.",
        "Os stands podem ser montados até às 20h00.Nos dias de feira, os veículos podem entrar no parque.",
        "pt",
        [("20h00.Nos", "20h00. Nos")],
    ),
    # ... before a word of one capital letter
    (
        "merged_token",
        "The bar closes at 18:30. A shuttle then runs to the station.",
        "O bar fecha às 18h30.A seguir, um autocarro vai até à estação.",
        "pt",
        [("18h30.A", "18h30. A")],
    ),
    (
        "merged_token",
        "Tap “Save” now.",
        "Tippen Sie jetzt auf „Speichern“unten.",
        "de",
        [("“unten", "“ unten")],
    ),
    # an ampersand the source spaces, glued to the words on both sides of it
    (
        "merged_token",
        "The firm Baker & Lowe won the case.",
        "La firma Baker&Lowe ganó el caso.",
        "es",
        [("Baker&Lowe", "Baker & Lowe")],
    ),
    (
        "merged_token",
        "Our Q & A session starts at noon.",
        "Unsere Q&A-Runde beginnt mittags.",
        "de",
        [("Q&A", "Q & A")],
    ),
    # ... before an opening quotation mark of the language, with a word after it
    (
        "merged_token",
        "Fill in the New Customers form first.",
        "Füllen Sie zuerst das Formular„Neue Kunden“ aus.",
        "de",
        [("Formular„Neue", "Formular „Neue")],
    ),
    (
        "merged_token",
        "He called the project “North”.",
        "Il a appelé le projet«Nord».",
        "fr",
        [("projet«Nord", "projet «Nord")],
    ),
    (
        "merged_token",
        "Open the Reports tab.",
        "Откройте вкладку«Отчёты».",
        "ru",
        [("вкладку«Отчёты", "вкладку «Отчёты")],
    ),
    (
        "merged_token",
        "Track inflows and outflows.",
        "Erfassen Sie die Zu-und Abflüsse.",
        "de",
        [("Zu-und", "Zu- und")],
    ),
    # a number glued to its unit the source writes apart, a unit glued to the next word, a
    # word glued to the source's address, a closing ’ of a quotation glued to the next word
    (
        "merged_token",
        "The room (24 m², first floor).",
        "Das Zimmer (24m², 1. Stock).",
        "de",
        [("24m²", "24 m²")],
    ),
    # ... and a euro sign glued to the amount, where the language writes it after, spaced
    (
        "merged_token",
        "A lesson costs €42 for adults and €16 for children.",
        "Une leçon coûte 42€ pour les adultes et 16 € pour les enfants.",
        "fr",
        [("42€", "42 €")],
    ),
    (
        "merged_token",
        "The lake lies 30 km from the village.",
        "El lago está a 30 kmdel pueblo.",
        "es",
        [("kmdel", "km del")],
    ),
    (
        "merged_token",
        "Write to sales@example.net today.",
        "Écrivez àsales@example.net aujourd'hui.",
        "fr",
        [("àsales@example.net", "à sales@example.net")],
    ),
    (
        "merged_token",
        "Forms are at www.example.org/forms, and we reply soon.",
        "Formulare gibt es unter www.example.org/formsund wir antworten bald.",
        "de",
        [("www.example.org/formsund", "www.example.org/forms und")],
    ),
    # two tokens the source writes apart, the second with a digit, run together as written
    (
        "merged_token",
        "Prices of the Lumo ax-20 rose.",
        "Die Preise des Lumoax-20 stiegen.",
        "de",
        [("Lumoax-20", "Lumo ax-20")],
    ),
    (
        "merged_token",
        "Install it on Vento 7 phones.",
        "Installez-la sur les téléphones Vento7.",
        "fr",
        [("Vento7", "Vento 7")],
    ),
    # a name of two words run together in Cyrillic or Greek, the source's Latin apart
    (
        "merged_token",
        "Warden Nomsa Khumalo and driver Pieter Vos met us.",
        "Нас встретили смотритель НомсаКумало и водитель Питер Вос.",
        "ru",
        [("НомсаКумало", "Номса Кумало")],
    ),
    # a word of one letter glued to a common word
    (
        "merged_token",
        "Send the form to your school.",
        "Отправьте форму ксвоей школе.",
        "ru",
        [("ксвоей", "к своей")],
    ),
    # ... or to the end of the word before it, a word after it
    (
        "merged_token",
        "Clean the pump and the filter.",
        "Очистите корпус насосаи фильтр.",
        "ru",
        [("насосаи", "насоса и")],
    ),
    # ... and Italian "o", Spanish "y" (not after a vowel that ends a word's form: "museo")
    (
        "merged_token",
        "Seek help if you notice swelling of the lips or tongue.",
        "Chieda aiuto se nota un gonfiore delle labbrao della lingua.",
        "it",
        [("labbrao", "labbra o")],
    ),
    ("merged_token", "Bring tables and chairs.", "Traigan mesasy sillas.", "es", [("mesasy", "mesas y")]),
    (
        "merged_token",
        "Send us a sketch and a budget.",
        "Envíenos un bocetoy un presupuesto.",
        "es",
        [("bocetoy", "boceto y")],
    ),
    # German "ab" (from a time) glued to a word
    (
        "merged_token",
        "The shop is open from 8 am on Saturdays.",
        "Der Laden ist samstagsab 8 Uhr geöffnet.",
        "de",
        [("samstagsab", "samstags ab")],
    ),
    # a clock time glued to a short sentence opener where the source ends a sentence after it
    (
        "merged_token",
        "Vinyasa runs from 18:30 to 19:45. Tuesday evenings are for Yin Yoga.",
        "Vinyasa si tiene dalle 18:30 alle 19:45Il martedì sera è dedicato allo Yin Yoga.",
        "it",
        [("45Il", "45. Il")],
    ),
    # a clock time glued to a function word
    (
        "merged_token",
        "Phones are collected at 9:00 p.m. and returned at breakfast.",
        "Os telemóveis são recolhidos às 21h00e devolvidos ao pequeno-almoço.",
        "pt",
        [("21h00e", "21h00 e")],
    ),
    (
        "merged_token",
        "The unit works with the filter.",
        "Блок работаетс фильтром.",
        "ru",
        [("работаетс", "работает с")],
    ),
    (
        "merged_token",
        "Cats and dogs live here.",
        "Aquí viven gatos yperros.",
        "es",
        [("yperros", "y perros")],
    ),
    # ... a letter the language builds words with too, where no list holds the token
    (
        "merged_token",
        "You can pay in cash or by card.",
        "Puede pagar en efectivo otarjeta.",
        "es",
        [("otarjeta", "o tarjeta")],
    ),
    (
        "merged_token",
        "Update the system first.",
        "Atualize primeiro osistema.",
        "pt",
        [("osistema", "o sistema")],
    ),
    # an elided form glued to the next word, its apostrophe lost: the fix writes the text's
    (
        "merged_token",
        "Take the coat out of the wardrobe.",
        "Prendi il cappotto dallarmadio.",
        "it",
        [("dallarmadio", "dall'armadio")],
    ),
    (
        "merged_token",
        "We are going back to the hotel.",
        "Nous rentrons à lhôtel, c’est tard.",
        "fr",
        [("lhôtel", "l’hôtel")],
    ),
    (
        "merged_token",
        "Switch on ‘Night mode’ first.",
        "Zet eerst ‘Nachtmodus’aan.",
        "nl",
        [("’aan", "’ aan")],
    ),
    (
        "lost_sentence_boundary",
        "It was launched. Last month it grew.",
        "Es wurde gestartet Im vergangenen Monat wuchs es.",
        "de",
        [("gestartet Im", "gestartet. Im")],
    ),
    (
        "lost_sentence_boundary",
        "They can share it with others.",
        "Sie können es teilen Mit anderen.",
        "de",
        [("teilen Mit", "teilen. Mit")],
    ),
    ("stray_artifact", "Source link", "tch-1-tech", "de", [("tch-1-tech", "")]),
    ("stray_artifact", "Tom and Jerry", "Tom &amp; Jerry", "de", [("&amp;", "")]),
    ("stray_artifact", "Hello world", "Hallo <b>Welt", "de", [("<b>", None)]),
    ("stray_artifact", "a sub word", "ein sub@@ wort", "de", [("@@", "")]),
    ("stray_artifact", "cash withdrawals", "Bar ##geldabhebungen", "de", [("##", "")]),
    ("stray_artifact", "cash withdrawals", "Bar##geldabhebungen", "de", [("##", "")]),
    ("stray_artifact", "The bank", "Die\u2581Bank", "de", [("\u2581", " ")]),
    ("stray_artifact", "The bank", "\u2581Die Bank", "de", [("\u2581", "")]),
    ("stray_artifact", "Size matters", "GrÃ¶ÃŸe zählt", "de", [("Ã¶ÃŸ", "öß")]),
    ("stray_artifact", "The end", "Das Ende -----", "de", [("-----", "")]),
    (
        "stray_artifact",
        "Job offer: data engineer",
        "**Stellenangebot:** Dateningenieur",
        "de",
        [("**Stellenangebot:**", "Stellenangebot:")],
    ),
    # invisible characters inside a word; an escape sequence written out between sentences
    ("stray_artifact", "The site plan", "Der Lage\u200bplan", "de", [("\u200b", "")]),
    ("stray_artifact", "The site plan", "Der Lage\u2060plan", "de", [("\u2060", "")]),
    (
        "stray_artifact",
        "We start at nine. Bring water.",
        "Wir starten um neun.\\nBringen Sie Wasser mit. Oder \\n dort.",
        "de",
        [("\\n", " "), ("\\n", "")],
    ),
    # ... opening a segment: the sentence splitter cut after the mark before it
    ("stray_artifact", "Bring water.", "\\nBringen Sie Wasser mit.", "de", [("\\n", "")]),
    # Unicode escapes written out for the characters: decoded (UTF-8 bytes as one character)
    ("stray_artifact", "Best regards", "Viele Gr\\u00fc\\u00dfe", "de", [("\\u00fc\\u00df", "üß")]),
    ("stray_artifact", "The café menu", "La carte du caf\\xc3\\xa9", "fr", [("\\xc3\\xa9", "é")]),
    # an entity inside a word stands for its letter
    (
        "stray_artifact",
        "Best regards",
        "Viele Gr&#252;&#223;e",
        "de",
        [("&#252;", "ü"), ("&#223;", "ß")],
    ),
    # letters of another script that look alike, inside a word: written in the word's script
    ("stray_artifact", "Moscow is big.", "Mосквa большая.", "ru", [("Mосквa", "Москва")]),
    ("stray_artifact", "The text is short.", "Der \u0422ext ist kurz.", "de", [("\u0422ext", "Text")]),
    ("stray_artifact", "Update Windows.", "Обновите Wind\u043ews.", "ru", [("Wind\u043ews", "Windows")]),
    (
        "stray_artifact",
        "The pixmap to draw",
        "Картинка (\u0420ixmap) для вывода",
        "ru",
        [("\u0420ixmap", "Pixmap")],
    ),
    # a soft hyphen inside a word; a byte order mark opening a text whose source has none
    ("stray_artifact", "The site plan", "Der Lage\u00adplan", "de", [("\u00ad", "")]),
    ("stray_artifact", "The plan", "\ufeffDer Plan", "de", [("\ufeff", "")]),
    # a web address's slug for a phrase, with the source's name in lowercase
    (
        "stray_artifact",
        "Read the terms of your ZoomCar contract.",
        "Lesen Sie die Bedingungen Ihres vertrag-mit-zoomcar.",
        "de",
        [("vertrag-mit-zoomcar", None)],
    ),
    ("untranslated", "Source link", "Source link", "de", [("Source link", None)]),
    (
        "untranslated",
        "It is, he said, out of the question.",
        "Es ist, sagte er, out of the question.",
        "de",
        [("out of the question", None)],
    ),
    # Two words left untranslated, one of them a function word of the source language.
    (
        "untranslated",
        "It needs Android 14 or later to run.",
        "Es benötigt Android 14 or later, um zu laufen.",
        "de",
        [("or later", None)],
    ),
    ("untranslated", "The number of posts rose.", "Die Zahl of posts stieg.", "de", [("of posts", None)]),
    # Two lowercase content words copied in a language that capitalises its nouns.
    (
        "untranslated",
        "Mix the nuts with maple syrup and salt.",
        "Die Nüsse mit maple syrup und Salz mischen.",
        "de",
        [("maple syrup", None)],
    ),
    (
        "repeated_word",
        "Version 2.3 is out.",
        "Die Version 2.3 Version 2.3 ist da.",
        "de",
        [("Version 2.3 Version 2.3", "Version 2.3")],
    ),
    ("repeated_word", "He said that the thing", "Er sagte, dass die die Sache", "de", [("die die", "die")]),
    # the percent sign and the word for it after one number
    (
        "repeated_word",
        "Prices fell 15%.",
        "Los precios bajaron un 15 % por ciento.",
        "es",
        [("% por ciento", "%")],
    ),
    ("repeated_word", "This is it", "Das das ist es", "de", [("Das das", "Das")]),
    # a word's first letters said twice by the decoder, accents aside
    (
        "repeated_word",
        "The preparation is long.",
        "La prepreparazione è lunga.",
        "it",
        [("prepreparazione", "preparazione")],
    ),
    ("repeated_word", "The meeting", "La reuréunion", "fr", [("reuréunion", "réunion")]),
    # a run of a hyphenated name's parts said twice
    (
        "repeated_word",
        "We drove to Newport-on-Usk.",
        "Siamo andati a Newport-on-Usk-on-Usk.",
        "it",
        [("Newport-on-Usk-on-Usk", "Newport-on-Usk")],
    ),
    ("repeated_word", "from the plumber", "van de de loodgieter", "nl", [("de de", "de")]),
    # a name in the target's letters and again in the source's
    (
        "repeated_word",
        "Coach Marina waved.",
        "Тренер Марина Marina помахала.",
        "ru",
        [("Марина Marina", "Марина")],
    ),
    # an article in full and then elided before its word; a hyphenated pronoun said twice
    ("repeated_word", "The island is far.", "La l'isola è lontana.", "it", [("La l'", "l'")]),
    ("repeated_word", "some other towns", "de d'autres villes", "fr", [("de d'", "d'")]),
    (
        "repeated_word",
        "Call us soon.",
        "Appelez-nous-nous vite.",
        "fr",
        [("Appelez-nous-nous", "Appelez-nous")],
    ),
    (
        "repeated_word",
        "It holds 2,000 notes.",
        "Es enthält 2000 Notizen Notizen.",
        "de",
        [("Notizen Notizen", "Notizen")],
    ),
    ("repeated_word", "He said (so)", "Er sagte (so so)", "de", [("so so", "so")]),
    # After a comma only a relative pronoun meets an article of its form: other words are slips.
    (
        "repeated_word",
        "It is needed, to run it",
        "Es ist nötig, um um es auszuführen",
        "de",
        [("um um", "um")],
    ),
    (
        "repeated_word",
        "It was chosen, and the rest",
        "Es wurde gewählt, und und der Rest",
        "de",
        [("und und", "und")],
    ),
    # a phrase of three to six words looped by the MT, once or more; pairs more than twice
    (
        "repeated_word",
        "We meet every week of the year.",
        "Nos reunimos cada semana del año cada semana del año.",
        "es",
        [("cada semana del año cada semana del año", "cada semana del año")],
    ),
    (
        "repeated_word",
        "We meet here every day.",
        "Wir treffen uns jeden Tag hier jeden Tag hier.",
        "de",
        [("jeden Tag hier jeden Tag hier", "jeden Tag hier")],
    ),
    (
        "repeated_word",
        "in every room of the house",
        "(in jedem Raum des Hauses in jedem Raum des Hauses in jedem Raum des Hauses)",
        "de",
        [
            (
                "in jedem Raum des Hauses in jedem Raum des Hauses in jedem Raum des Hauses",
                "in jedem Raum des Hauses",
            )
        ],
    ),
    (
        "repeated_word",
        "Version 2.3 is out.",
        "Die Version 2.3 Version 2.3 Version 2.3 ist da.",
        "de",
        [("Version 2.3 Version 2.3 Version 2.3", "Version 2.3")],
    ),
    # a number written twice where the source writes it once
    ("repeated_word", "It costs 27 euros.", "Es kostet 27 27 Euro.", "de", [("27 27", "27")]),
    # an elided word, a currency sign or unit symbol, a list's item said twice
    ("repeated_word", "Open the door.", "Ouvrez l'l'entrée.", "fr", [("l'l'", "l'")]),
    ("repeated_word", "The rent is 900 euros.", "L'affitto è di 900 € €.", "it", [("€ €", "€")]),
    ("repeated_word", "Up 5% on last year.", "Plus 5 % % als im Vorjahr.", "de", [("% %", "%")]),
    # a label with its colon twice; a currency named by its sign and its code
    ("repeated_word", "Tip: save often.", "Tipp: Tipp: oft speichern.", "de", [("Tipp: Tipp:", "Tipp:")]),
    ("repeated_word", "The ticket is 85 €.", "Il biglietto costa 85 € EUR.", "it", [("€ EUR", "€")]),
    ("repeated_word", "A room is £95.", "Une chambre coûte £95 GBP.", "fr", [("£95 GBP", "£95")]),
    (
        "repeated_word",
        "You need: a map; a torch; a coat.",
        "Necesita: un mapa; una linterna; una linterna; un abrigo.",
        "es",
        [("una linterna; una linterna", "una linterna")],
    ),
    ("repeated_word", "about 2.5 hours", "environ 2,5 2,5 heures", "fr", [("2,5 2,5", "2,5")]),
    # an address or a code token written twice, once in the source
    (
        "repeated_word",
        "Mail orders@shop.example today or run make_all.",
        "Mailen Sie heute an orders@shop.example orders@shop.example oder starten Sie (make_all make_all).",
        "de",
        [
            ("orders@shop.example orders@shop.example", "orders@shop.example"),
            ("make_all make_all", "make_all"),
        ],
    ),
    # a preposition before its own contraction with the article
    (
        "repeated_word",
        "In the autumn we sat in the kitchen.",
        "In im Herbst saßen wir in der Küche, dann zu zum Bahnhof.",
        "de",
        [("In im", "Im"), ("zu zum", "zum")],
    ),
    ("repeated_word", "We went to the market.", "Nous sommes allés à au marché.", "fr", [("à au", "au")]),
    ("repeated_word", "in the park", "Passeggiamo in nel parco.", "it", [("in nel", "nel")]),
    # the polite form twice is no pronoun before its object
    ("repeated_word", "Can you help?", "Können Sie Sie helfen?", "de", [("Sie Sie", "Sie")]),
    # a doubled article is still a slip where pronouns of that form may double
    ("repeated_word", "in the house", "in het het huis", "nl", [("het het", "het")]),
    ("repeated_word", "If you are tired", "Als u u moe bent", "nl", [("u u", "u")]),
    # an abbreviation right before the words it stands for
    (
        "repeated_word",
        "Bring a snack, e.g. an apple.",
        "Bringen Sie einen Snack mit, z. B. zum Beispiel einen Apfel.",
        "de",
        [("z. B. zum Beispiel", "z. B.")],
    ),
    (
        "repeated_word",
        "It is cheap, i.e. free.",
        "Это дёшево, т. е. то есть бесплатно.",
        "ru",
        [("т. е. то есть", "т. е.")],
    ),
    # a courtesy title said as its word and as its abbreviation
    ("repeated_word", "Mr Lund will call.", "Herr Hr. Lund ruft an.", "de", [("Herr Hr.", "Herr")]),
    (
        "repeated_word",
        "Ask Mrs Lund.",
        "Chiedete alla Sig.ra signora Lund.",
        "it",
        [("Sig.ra signora", "Sig.ra")],
    ),
    # a verb of saying twice in one attribution
    (
        "repeated_word",
        "“Bring a towel,” says coach Ivo Lang.",
        "« Apportez une serviette », dit l'entraîneur Ivo Lang, dit-il.",
        "fr",
        [(", dit-il", "")],
    ),
    # a stretch with its commas said twice (text pasted twice)
    (
        "repeated_word",
        'Our tailor, Amir Haddad, says: "Measure twice."',
        "Il nostro sarto, Amir Haddad, dice: Il nostro sarto, Amir Haddad, dice: «Misura due volte.»",
        "it",
        [
            (
                "Il nostro sarto, Amir Haddad, dice: Il nostro sarto, Amir Haddad, dice:",
                "Il nostro sarto, Amir Haddad, dice:",
            )
        ],
    ),
    # a whole sentence said twice in a row (with its commas: reported once)
    (
        "repeated_word",
        "Parking is free, always.",
        "Parken ist frei, immer. Parken ist frei, immer.",
        "de",
        [("Parken ist frei, immer.", "")],
    ),
    (
        "repeated_word",
        "Parking is free on Sundays.",
        "Sonntags ist das Parken kostenlos. Sonntags ist das Parken kostenlos.",
        "de",
        [("Sonntags ist das Parken kostenlos.", "")],
    ),
    (
        "length_ratio",
        "The committee approved the budget after a long debate on Tuesday.",
        "",
        "de",
        [("", None)],
    ),
]

GOOD = [
    # a bracket's full stop glued to a file's ending
    (
        "merged_token",
        "Open the file (see below). Then save it.",
        "Öffnen Sie die Datei (siehe unten).docx und speichern Sie sie.",
        "de",
    ),
    # a quotation's full stop glued to a word where the source glues it so too (a member's name)
    (
        "merged_token",
        "Call the method “Items”.Count in your script. Then save it.",
        "Rufen Sie in Ihrem Skript die Methode „Items“.Count auf. Speichern Sie dann.",
        "de",
    ),
    # a clock time glued to a word where no sentence of the source ends in one
    ("merged_token", "Meet at 12:30 at the Main Gate.", "Treffpunkt 12:30.Haupttor, bitte pünktlich.", "de"),
    # a word built with a prefix of the language, not two words
    (
        "merged_token",
        "The first vaccination course is given to all puppies.",
        "La primovaccination est faite pour tous les chiots.",
        "fr",
    ),
    # a short capitalised word after a number where the source ends no sentence: an escape
    (
        "merged_token",
        "Please verify that the certificate identified as:%%0A  %s%%0Ahas the fingerprint.",
        "Verificare che il certificato identificato come:%%0A %s%%0Al'impronta digitale.",
        "it",
    ),
    # a word of another language misspelt, not a word and a letter ("expression" + "e")
    ("merged_token", "%s: substring expression < 0", "%s: expressione di sottostringa < 0", "it"),
    ("merged_token", "Visit the museum and the zoo.", "Visiti il museo e lo zoo.", "it"),
    # a placeholder's suffix, as the source writes it ("PREFIXab")
    (
        "merged_token",
        "Output pieces of FILE to PREFIXaa, PREFIXab, and so on.",
        "Stücke der DATEI in PRÄFIXaa, PRÄFIXab usw. ausgeben.",
        "de",
    ),
    # the source glues the sign too; Dutch writes the sign first
    ("merged_token", "A lesson costs 42€.", "Une leçon coûte 42€.", "fr"),
    ("merged_token", "A lesson costs €42.50.", "Een les kost €42,50.", "nl"),
    # words that end in "y" or "ab" ("convoy", "Maßstab", "bergab")
    ("merged_token", "The convoy left at dawn.", "El convoy salió al amanecer.", "es"),
    (
        "merged_token",
        "The map is drawn to scale and the path runs downhill.",
        "Die Karte ist im Maßstab gezeichnet, und der Weg führt bergab.",
        "de",
    ),
    ("merged_token", "Doors open at 9 am.", "Portas abertas às 9h00min.", "pt"),
    # a rare word and a capitalised one where the source runs no sentence into the next: a name
    (
        "merged_token",
        "Set the option in the configuration file.",
        "Setzen Sie die Option ZeilenumbruchAnzeigen in der Konfigurationsdatei.",
        "de",
    ),
    # one part said again and again, a name the source writes so
    ("repeated_word", "Dance the cha-cha.", "Tanzen Sie Cha-cha-cha-cha in Baden-Baden.", "de"),
    ("repeated_word", "Visit Ab-de-Ab-de-Ab.", "Besuchen Sie Ab-de-Ab-de-Ab.", "de"),
    # An article and an elided article of another word; a particle of a name after its word.
    ("repeated_word", "a glass of water", "un verre de l'eau", "fr"),
    ("repeated_word", "the sword of d'Artagnan", "l'épée de d'Artagnan", "fr"),
    ("repeated_word", "the songs of D'Angelo", "le canzoni della D'Angelo", "it"),
    # A name and its Latin form in brackets, a name and another Latin word, a name the source doubles.
    ("repeated_word", "Coach Marina waved.", "Тренер Марина (Marina) помахала.", "ru"),
    ("repeated_word", "Marina Lopez waved.", "Марина Lopez помахала.", "ru"),
    ("repeated_word", "the Marina Marina show", "шоу Марина Marina", "ru"),
    # Two pronouns hyphenated to a verb; a dance's name; a stem and its part the same.
    ("repeated_word", "Give it to us.", "Donnez-le-nous.", "fr"),
    ("repeated_word", "Dance the cha-cha-cha.", "Dansez le cha-cha-cha.", "fr"),
    ("repeated_word", "Prices fell 15%.", "Die Preise fielen um 15 Prozent.", "de"),
    ("repeated_word", "Q: A: Note: Note: see below", "F: A: Hinweis: Hinweis: siehe unten", "de"),
    ("repeated_word", "The fee is $12 USD.", "La tarifa es de $12 USD.", "es"),
    ("repeated_word", "Pay 30 € in the EUR zone.", "Zahlen Sie 30 € EUR-weit.", "de"),
    ("repeated_word", "It rose 2 points to 15%.", "Er stieg um 2 % auf 15 Prozentpunkte.", "de"),
    # a code in capitals glued to a word as the source writes it, or of the source's words
    ("merged_token", "It runs on PowerPC.", "Es läuft auf PowerPC.", "de"),
    ("merged_token", "latest checkpoint next OID", "NextOID des letzten Checkpoints", "de"),
    (
        "merged_token",
        "OpenAI and MareNostrum 5 work on supercomputer hardware.",
        "OpenAI und MareNostrum 5 arbeiten an Supercomputerhardware.",
        "de",
    ),
    ("merged_token", "High-performance computing", "Hochleistungsrechnen", "de"),
    # marks glued as the language or the source glue them: "5%ige", a format, a word's optional
    # part, a call, an ending after a quoted word, a word with a particle ("какой-либо")
    ("merged_token", "A 5% solution.", "Eine 5%ige Lösung.", "de"),
    # an ampersand the source glues too (a name, an accelerator), an accelerator moved inside
    # a word, an address's query, a spaced one
    ("merged_token", "Call AT&T & Verizon.", "Appelez AT&T & Verizon.", "fr"),
    ("merged_token", "&Save & Exit", "Spe&ichern & Beenden", "de"),
    ("merged_token", "Save & Exit", "Spe&ichern und Beenden", "de"),
    ("merged_token", "Try a & b at x.org?p=1&q=2", "Prova a & b su x.org?p=1&q=2", "it"),
    ("merged_token", "Baker & Lowe won.", "Baker & Lowe ganó.", "es"),
    ("merged_token", "Use %d here.", "Nutze %dhier.", "de"),
    ("merged_token", "The customer(s) may call f(x, y).", "Der Kunde(n) darf f(x, y) aufrufen.", "de"),
    ("merged_token", "The value of “tag” here.", "Der Wert des »tag«s hier.", "de"),
    # an opening mark glued where the quotation is one of another style, a format's
    # conversion, a hyphenated compound, a source that glues its marks so
    ("merged_token", "The “file” name.", "Der «Datei»Name.", "de"),
    ("merged_token", "%c'C' the character C", "%c«C» le caractère C", "fr"),
    ("merged_token", "Anti-“tax” groups", "Anti-„Steuer“-Gruppen", "de"),
    ("merged_token", "the brand“Nova” store", "der Marken„Nova“-Laden", "de"),
    (
        "merged_token",
        "(S)he thanks the (co)workers for the file(s) (see below) today.",
        "(S)ie dankt den (Mit)Arbeitern für die Datei(en) (siehe unten) heute.",
        "de",
    ),
    ("merged_token", "Call g(a, b)x here.", "Rufe g(a, b)x hier auf.", "de"),
    # a number's stop before letters: a version, a section, a host, a file, a name's digit
    (
        "merged_token",
        "Install 2.x from web2.de (section 3.1, v2.Release) or load 4.txt on the 3rd day.",
        "Installiere 2.x von web2.de (Abschnitt 3.1, v2.Release) oder lade 4.txt am 3. Tag.",
        "de",
    ),
    ("merged_token", "The 3rd floor.", "Il 3.Piano.", "it"),
    # a name apart; a name of capitals in Greek
    ("merged_token", "Warden Nomsa Khumalo met us.", "Нас встретила смотритель Номса Кумало.", "ru"),
    ("merged_token", "Guide Nikos Pappas waits.", "Ο ξεναγός ΝΙΚΟΣ ΠΑΠΠΑΣ περιμένει.", "ru"),
    ("merged_token", "Any file or folder.", "Какой-либо файл или папка.", "ru"),
    # the source's words joined in the translation's own way, joined as the source joins them
    # elsewhere, a version's part kept with its number, a key's name
    (
        "merged_token",
        "Buy it in the online shop or as a Vento 7 (Vento7 in stores).",
        "Kaufen Sie es im Onlineshop oder als Vento7 (Vento7 im Handel).",
        "de",
    ),
    ("merged_token", "This is a PGP 2.x-style key.", "Dies ist ein PGP2-artiger Schlüssel.", "de"),
    ("merged_token", "Make Caps Lock an extra Num Lock", "Feststelltaste als weitere NumLock-Taste", "de"),
    ("merged_token", "In- and outbound trips.", "Hin- und Rückfahrten.", "de"),
    # a unit glued as the source glues it, a word that starts with a unit's letters, an address
    # kept whole, apostrophes in a quotation, a word with its apostrophe in an unclosed one
    ("merged_token", "It weighs 5kg.", "Es wiegt 5kg.", "de"),
    # words that start with one of those letters: a prefix, a rare form of a common word, a
    # verb with its pronoun
    # words built with such a letter, or a slip web text knows ("acasa")
    ("merged_token", "An amoral and asocial act.", "Un acto amoral, asocial y atemporal.", "es"),
    ("merged_token", "He went home.", "Ele foi acasa.", "pt"),
    ("merged_token", "The pieces were joined.", "Las piezas quedaron ajuntadas.", "es"),
    # words that open with an elided form's letters, common or far from rare ("l'ange")
    ("merged_token", "The old wash-house and the swaddling cloth.", "Le vieux lavoir et le lange.", "fr"),
    ("merged_token", "Me too, my friend.", "Anchio, amico mio, dallas.", "it"),
    # a pronoun's elision before a rare word, a format's conversion before a word
    ("merged_token", "Names encoded by mangling.", "Noms encodés par mutilisation.", "fr"),
    ("merged_token", "Sort orders differ.", "Le collazioni sono diverse.", "it"),
    ("merged_token", "%shint: %s", "%sastuce : %s", "fr"),
    ("merged_token", "%ssystem", "%osistema", "pt"),
    ("merged_token", "Compared with the default, a summary.", "По сравнению с умолчанием, сводкой.", "ru"),
    ("merged_token", "The handle was cut at a bevel.", "Описатель срезан скоса.", "ru"),
    ("merged_token", "Run me again.", "Eseguimi di nuovo.", "it"),
    # words that end in one of those letters: plurals, past tenses, gerunds, a name
    (
        "merged_token",
        "Having saved it, they said the lines and keys with the houses are ready.",
        "Сохранив его, они сказали, что линии и ключи с домами готовы.",
        "ru",
    ),
    ("merged_token", "The island of Molokai is quiet.", "Остров Молокаи тихий.", "ru"),
    # an address whose path the translation extends, or writes apart from the next word
    (
        "merged_token",
        "See https://example.org/doc or https://example.org/en, or mail team@example.net today.",
        "Voir https://example.org/docs ou https://example.org/enfr, ou team@example.net aujourd'hui.",
        "fr",
    ),
    ("merged_token", "Add 5 g of gel.", "Añada 5 gel de baño.", "es"),
    ("merged_token", "Write to sales@example.net today.", "Schreiben Sie an sales@example.net.", "de"),
    ("merged_token", "The ‘cars’ left.", "De ‘auto’s van de buren’ zijn weg.", "nl"),
    ("merged_token", "Choose ‘the option’ now.", "Choisissez ‘l’option’ maintenant.", "fr"),
    ("merged_token", "Say ‘today’ now.", "Dites ‘aujourd’hui maintenant.", "fr"),
    # half a pair glued to its conjunction is merged_token's, not a sentence's start
    ("lost_sentence_boundary", "Track inflows and outflows.", "Erfassen Sie die Zu-und Abflüsse.", "de"),
    # the subjunctive of a verb in -car, rarer than the verb ("calque" <- "calcar")
    ("merged_token", "Tamp the coffee firmly before brewing.", "Antes de extrair, calque bem o café.", "pt"),
    # a noun for a person with a gender ending, unknown to the word list
    (
        "merged_token",
        "Send it to our recruiter by Friday.",
        "Schick es bis Freitag an unsere Recruiterin.",
        "de",
    ),
    (
        "merged_token",
        "All recruiters and moderators attend.",
        "Alle Recruiterinnen und Moderatorinnen kommen.",
        "de",
    ),
    ("merged_token", "on YouTube and PayPal with an iPhone", "auf YouTube und PayPal mit einem iPhone", "de"),
    (
        "merged_token",
        "a 5km run, the 3rd time, the 1990s, 10x faster, 4K video",
        "ein 5km-Lauf, das 3. Mal, die 90er, 10x schneller, 4K-Video",
        "de",
    ),
    (
        "merged_token",
        "the football club and the bank customers",
        "der Fußballverein und die Bankkunden",
        "de",
    ),
    ("merged_token", "healthy", "gesund", "de"),
    ("lost_sentence_boundary", "Would you like to come?", "Möchten Sie kommen?", "de"),
    ("lost_sentence_boundary", "He left. In May he came back.", "Er ging. Im Mai kam er zurück.", "de"),
    ("lost_sentence_boundary", "and I think so", "and I think so", "en"),
    ("lost_sentence_boundary", "the IT department", "die IT-Abteilung und die IT Abteilung", "de"),
    (
        "stray_artifact",
        "COVID-19 is a state-of-the-art topic in 2024-01-05.",
        "COVID-19 ist ein hochaktuelles Thema am 2024-01-05.",
        "de",
    ),
    # hyphenated words without a name of the source, or with one written so in the source
    (
        "stray_artifact",
        "End-to-end encryption protects the Berlin office.",
        "Die end-to-end-Verschlüsselung schützt das Büro in Berlin, auch im open-space-bereich.",
        "de",
    ),
    (
        "stray_artifact",
        "Open offices share one printer.",
        "Im open-space-konzept teilen sich alle einen Drucker.",
        "de",
    ),
    (
        "stray_artifact",
        "Install Docker, then start it with docker-compose up.",
        "Installieren Sie Docker und starten Sie es mit docker-compose-up.",
        "de",
    ),
    (
        "stray_artifact",
        "See the ZoomCar terms online.",
        "Siehe zoomcar.example/de/vertrag-mit-zoomcar und die Bedingungen.",
        "de",
    ),
    # Markdown as the source writes it, a glob pattern
    ("stray_artifact", "Read **all** of **/*.md first.", "Lies zuerst **alles** von **/*.md.", "de"),
    # where no capitals mark a word, translators mark the source's capitals so
    ("stray_artifact", "WARNING: the key is old", "**警告**: キーが古い", "ja"),
    # a byte order mark opening the text, a path, an escape the source writes too
    ("stray_artifact", "\ufeffThe plan", "\ufeffDer Plan", "de"),
    ("stray_artifact", "Open C:\\new first.", "Öffnen Sie zuerst C:\\neu.", "de"),
    ("stray_artifact", "Type \\n for a new line.", "Tippen Sie \\n für eine neue Zeile.", "de"),
    ("stray_artifact", "Use <b>bold</b> and a<b x > y.", "Nutze <b>fett</b> und a<b x > y.", "de"),
    ("stray_artifact", "Café, Ärger, Öl...", "Café, Ärger, Öl...", "de"),
    ("stray_artifact", "## Setup\nRun it.", "## Einrichtung\nAusführen.", "de"),  # a heading's marks
    # an escape the source writes too, or escapes in a text about them, or a control code
    ("stray_artifact", "Type \\u00e9 for é.", "Tippen Sie \\u00e9 für é.", "de"),
    ("stray_artifact", "Write \\x41 as a byte.", "Schreiben Sie \\x42 als Byte.", "de"),
    ("stray_artifact", "Reset with \\033[0m.", "Zurücksetzen mit \\x1b[0m.", "de"),
    # scripts that meet on purpose: units, a Latin word beside Cyrillic ones, an acronym with
    # a Russian ending, a code, a word the source has, Greek mu before a Latin unit
    ("stray_artifact", "Energy in kWh", "Энергия в кВт·ч (kWh)", "ru"),
    ("stray_artifact", "Send an SMS", "Отправьте SMSку или email", "ru"),
    # ... an option's letter before a placeholder in the translation's letters, a placeholder
    # in capitals before a literal suffix
    ("stray_artifact", "  -wN   wait N seconds", "  -wН   ждать Н секунд", "ru"),
    ("stray_artifact", "files NAMExx, NAMExy", "файлы ИМЯxx, ИМЯxy", "ru"),
    # an abbreviation of the source before a word written in Cyrillic, in capitals
    ("stray_artifact", "(TOCCODE: the code of the TOC)", "(TOCКОД: код TOC)", "ru"),
    ("stray_artifact", "Code A1\u0412x", "Код A1\u0412x", "ru"),
    ("stray_artifact", "The brand \u0422extPro", "Die Marke \u0422extPro", "de"),
    ("stray_artifact", "A 40 µm layer", "Eine 40 \u03bcm dicke Schicht", "de"),
    ("stray_artifact", "Quiet hours", "Тихие часы с 22:00 (Quiet Hours)", "ru"),
    # a soft hyphen the source has too
    ("stray_artifact", "The site\u00adplan", "Der Lage\u00adplan", "de"),
    ("untranslated", "OpenAI", "OpenAI", "de"),
    ("untranslated", "Destination Earth project", "Das Projekt Destination Earth", "de"),
    ("untranslated", "The cloud computing market", "Der Cloud-Computing-Markt", "de"),
    # Two copied words: loanwords, a quoted label, a name, or the tail of a token.
    ("untranslated", "It is open source software.", "Es ist open source Software.", "de"),
    # German writes a loanword with a capital; a gloss in brackets, a command, a quoted value
    # keep the source's words on purpose.
    ("untranslated", "Taxis charge a flat fare.", "Taxis verlangen eine Flat Fare.", "de"),
    ("untranslated", "index register in load range", "Indexregister im Ladebereich (load range)", "de"),
    ("untranslated", "see also: git help revisions", "siehe auch: git help revisions", "de"),
    ("untranslated", "Use 'repeatable read' here.", "Nutzen Sie hier 'repeatable read'.", "de"),
    ("untranslated", "fresh snow expected", "fresh snow erwartet", "de"),
    ("untranslated", "Tabs drag and drop", "Il «drag and drop» delle schede", "it"),
    ("untranslated", "Based on the Regents of the University.", "Basado en Regents of the University.", "es"),
    (
        "untranslated",
        "between .gnu.attributes and .MIPS.flags",
        "entre .gnu.attributes and .MIPS.flags",
        "fr",
    ),
    # the source says a word twice close by: the translation may echo it; an idiom of the language
    (
        "repeated_word",
        "The version info version is wrong.",
        "Die Info zur Version zur Version ist falsch.",
        "de",
    ),
    ("repeated_word", "Find them gradually.", "Trovali a mano a mano.", "it"),
    # the source says the sentence twice too; one sentence ends another that is longer
    ("repeated_word", "Stop the car now. Stop the car now.", "Halte das Auto an. Halte das Auto an.", "de"),
    ("repeated_word", "It is free. Free for all.", "C'est gratuit pour tous. Gratuit pour tous.", "fr"),
    ("repeated_word", "companies that buy the software", "Unternehmen, die die Software kaufen", "de"),
    (  # an article before a preposition that opens its attribute
        "repeated_word",
        "Directories to override the default avatar faces installed by gnome-control-center.",
        "Ordner, die die von gnome-control-center installierten Avatar-Bilder überschreiben.",
        "de",
    ),
    ("repeated_word", "bye bye", "tschüss tschüss", "de"),
    # words that open with a piece twice: known words, or written so in the source
    ("repeated_word", "The sweets and the murmur.", "Les bonbons et le murmure.", "fr"),
    ("repeated_word", "The day before that", "Vorvorgestern", "de"),
    ("repeated_word", "Brand prepreparazione", "Marca prepreparazione", "it"),
    ("repeated_word", "Yes, yes, of course.", "Sí, sí, claro.", "es"),
    ("repeated_word", "Very, very old.", "Molto, molto vecchio.", "it"),
    ("repeated_word", "rows: a cat; a cat; a dog", "lignes : un chat; un chat; un chien", "fr"),
    ("repeated_word", "Use %% for a percent sign.", "Utilisez %% pour un signe pour cent.", "fr"),
    ("repeated_word", "Rock'n'roll and l'amour", "Rock'n'roll et l'amour", "fr"),
    ("repeated_word", "Try `help help' now.", "Essayez « help help » maintenant.", "fr"),
    ("repeated_word", "He had had enough", "He had had enough", "en"),
    ("repeated_word", "We washed", "Nous nous sommes lavés", "fr"),
    ("repeated_word", "I know this is not necessary.", "Ik weet dat dat niet nodig is.", "nl"),
    ("repeated_word", "The children who played that day", "De kinderen die die dag speelden", "nl"),
    # pronouns before an object, reflexive or possessive of their form
    ("repeated_word", "Did you wash your hands?", "Heb je je handen gewassen?", "nl"),
    ("repeated_word", "Did they see them?", "Hebben ze ze gezien?", "nl"),
    ("repeated_word", "He gave the coat back to her.", "Hij gaf haar haar jas terug.", "nl"),
    ("repeated_word", "Those are his shoes.", "Dat zijn zijn schoenen.", "nl"),
    ("repeated_word", "Hand the keys to her.", "Give her her keys.", "en"),
    ("repeated_word", "because she knows them", "weil sie sie kennt", "de"),
    ("repeated_word", "If you forget the password", "Se se esquecer da senha", "pt"),
    # phrases the source repeats too (a refrain), a list, columns of a table
    (
        "repeated_word",
        "Night after night, night after night we sang.",
        "Nacht für Nacht Nacht für Nacht sangen wir.",
        "de",
    ),
    (
        "repeated_word",
        "two rows of red, green and blue",
        "zwei Reihen: rot, grün, blau, rot, grün, blau",
        "de",
    ),
    ("repeated_word", "Day Time Room", "Tag  Zeit  Raum\tTag  Zeit  Raum", "de"),
    # the source says the stretch twice too
    (
        "repeated_word",
        "Our aim, as always, is simple our aim, as always, is simple",
        "Unser Ziel, wie immer, ist einfach unser Ziel, wie immer, ist einfach",
        "de",
    ),
    (
        "repeated_word",
        "Two lists: red, green and blue, red, green and blue.",
        "Zwei Listen: rot, grün und blau, rot, grün und blau.",
        "de",
    ),
    # numbers: the source's own double, telephone groups, a date, a fraction, digit groups
    ("repeated_word", "Enter 7 7 to confirm.", "Geben Sie zur Bestätigung 7 7 ein.", "de"),
    ("repeated_word", "Call +49 30 12 12 34.", "Rufen Sie +49 30 12 12 34 an.", "de"),
    ("repeated_word", "on 12/12/2024", "le 12 12 2024", "fr"),
    ("repeated_word", "Add 1 1/2 cups.", "Ajoutez 1 1/2 tasse.", "fr"),
    ("repeated_word", "It costs 100,100 euros.", "Il coûte 100 100 euros.", "fr"),
    ("repeated_word", "rows 27 and 27", "Zeilen 27 27", "de"),
    # a token the source writes twice too, a list of them
    ("repeated_word", "Copy a.txt to a.txt.bak, a.txt a.txt", "Kopiere a.txt a.txt", "de"),
    (
        "repeated_word",
        "Write to help@x.example, help@x.example.",
        "Schreib an help@x.example, help@x.example.",
        "de",
    ),
    # a preposition before an adverb its contraction opens, a letter named as a value, a
    # participle's phrase the preposition governs
    ("repeated_word", "Set it to at least 5%.", "Réglez-le à au moins 5 %.", "fr"),
    ("repeated_word", "It led to, for instance, delays.", "Das führte zu zum Beispiel Verzögerungen.", "de"),
    ("repeated_word", "in parts made abroad", "in im Ausland gefertigten Teilen", "de"),
    ("repeated_word", "from a to z", "dalla a alla z", "it"),
    ("repeated_word", "for at least 5 days", "por pelo menos 5 dias", "pt"),
    # an abbreviation and its words apart, or before other words
    (
        "repeated_word",
        "Fruit, e.g. apples, for example red ones",
        "Obst, z. B. Äpfel, zum Beispiel rote",
        "de",
    ),
    (
        "repeated_word",
        "The abbreviation e.g. for example words",
        "Die Abkürzung z. B. für Beispielwörter",
        "de",
    ),
    # two quotations, each with its attribution; a source that says it twice
    ("repeated_word", "“Yes,” says Ivo, “and no,” says Ute.", "„Ja“, sagt Ivo, „und nein“, sagt Ute.", "de"),
    (
        "repeated_word",
        "“Go,” says Ivo, says the report.",
        "„Geh“, sagt Ivo, sagt der Bericht.",
        "de",
    ),
    # two titles that are not one, a title before an initial
    ("repeated_word", "Mr Pedro Lund will call.", "El señor don Pedro Lund llamará.", "es"),
    ("repeated_word", "Mr Pedro Lund", "Sr. D. Pedro Lund", "es"),
    ("repeated_word", "Mr M. Lund will call.", "Monsieur M. Lund appellera.", "fr"),
    # A placeholder in capitals and the word it stands for.
    ("repeated_word", "older than DAYS", "älter als TAGE Tage", "de"),
    ("length_ratio", "Yes.", "Jawohl, selbstverständlich.", "de"),
]


@pytest.mark.parametrize(("check", "source", "target", "lang", "expected"), BAD)
def test_bad_is_found_with_span_and_fix(
    check: str, source: str, target: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    issues = run(check, source, target, "en", lang)
    assert [(i.text, i.suggestion) for i in issues] == expected


@pytest.mark.parametrize(("check", "source", "target", "lang"), GOOD)
def test_good_is_silent(check: str, source: str, target: str, lang: str) -> None:
    assert run(check, source, target, "en", lang) == []


def test_units_glued_as_the_translation_s_style_stay_silent() -> None:
    from editor.core.checks import build_context, get_check
    from tests.factories import make_document

    pairs = [
        ("The box weighs 5 kg.", "Die Kiste wiegt 5kg."),
        ("The bag weighs 2 kg.", "Die Tasche wiegt 2kg."),
        ("The room has 24 m².", "Das Zimmer hat 24m²."),
    ]
    check = get_check("merged_token")
    document = make_document(pairs)
    context = build_context(document)
    assert [list(check.check(s, context)) for s in document] == [[], [], []]
    # the same slip in a translation that writes the space elsewhere is one
    document = make_document([(s, t.replace("5kg", "5 kg").replace("2kg", "2 kg")) for s, t in pairs])
    context = build_context(document)
    assert [[i.text for i in check.check(s, context)] for s in document] == [[], [], ["24m²"]]


def test_lost_boundary_is_an_error_when_the_source_has_more_sentences() -> None:
    issues = run(
        "lost_sentence_boundary",
        "It was launched. Last month it grew.",
        "Es wurde gestartet Im vergangenen Monat wuchs es.",
    )
    assert [i.severity for i in issues] == [Severity.ERROR]
    alone = run(
        "lost_sentence_boundary", "They can share it with others.", "Sie können es teilen Mit anderen."
    )
    assert [i.severity for i in alone] == [Severity.WARNING]


def test_length_ratio_flags_omission_against_the_document_ratio() -> None:
    from editor.core.checks import build_context, get_check
    from tests.factories import make_document

    sentence = "The committee approved the new budget after a long debate on Tuesday evening."
    pairs = [
        (sentence, "Der Ausschuss billigte den neuen Haushalt nach langer Debatte am Dienstagabend.")
    ] * 5
    pairs.append((sentence, "Der Ausschuss billigte."))
    document = make_document(pairs)
    context = build_context(document)
    flagged = [seg.id for seg in document if list(get_check("length_ratio").check(seg, context))]
    assert flagged == [6]
    # After the fix, the document statistics follow the edit and the segment is quiet.
    old = document[6]
    new = document.set_target(6, pairs[0][1])
    context.stats.update(old, new)
    assert list(get_check("length_ratio").check(document[6], context)) == []


def test_an_ignored_issue_stays_ignored_after_an_edit_elsewhere_in_the_segment() -> None:
    from editor.core.checks import build_context, check_segment
    from tests.factories import make_document

    document = make_document([("Last month, according to the EU.", "Im vergangenen MonatLaut der EU.")])
    context = build_context(document)
    fused = next(i for i in check_segment(document[1], context) if i.check == "merged_token")
    ignored = {(fused.check, fused.fingerprint)}
    edited = document.set_target(1, "Letzten Monat: Im vergangenen MonatLaut der EU.")
    assert "merged_token" not in {i.check for i in check_segment(edited, context, ignored)}
    # A different fused token in the same segment is a new issue.
    edited = document.set_target(1, "Im vergangenen JahrLaut der EU.")
    assert "merged_token" in {i.check for i in check_segment(edited, context, ignored)}


def test_term_statistics_keys_are_the_same_in_every_process():
    """Statistics may be sent to worker processes: their keys must not depend on the
    per-process salt of Python's str hash."""
    import os
    import subprocess
    import sys

    from editor.core.checks.stats_terms import sentence_key

    text = "The plan starts in May and ends in June next year."
    code = f"from editor.core.checks.stats_terms import sentence_key; print(sentence_key({text!r}))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert outputs == {str(sentence_key(text))}


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("It runs machine learning models.", "Ejecuta modelos de machine learning.", "es"),
        (
            "The firm analyses big data for its clients.",
            "La empresa analiza el big data de sus clientes.",
            "es",
        ),
    ],
)
def test_two_copied_content_words_where_loanwords_are_lowercase_are_information(
    source: str, target: str, lang: str
) -> None:
    """Languages that write nouns in lowercase write loanwords so too ("machine learning"):
    two copied content words are only a hint there."""
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.severity, "loanword" in i.message) for i in issues] == [(Severity.INFO, True)]


def test_a_sentence_said_again_in_the_next_segment_of_its_paragraph() -> None:
    """The aligner may put the two copies of a sentence in two segments: the second opens
    with the sentence the first ends with (and has more sentences than its source)."""
    first = make_segment("Parking is free on Sundays.", "Sonntags ist das Parken kostenlos.", id=1)
    repeated = "Sonntags ist das Parken kostenlos. Man darf drei Stunden bleiben."
    second = make_segment("You may stay three hours.", repeated, id=2)
    echoed = make_segment("You may stay three hours.", "Man darf drei Stunden bleiben. Ja.", id=2)
    for segments, expected in (
        ([first, second], ["Sonntags ist das Parken kostenlos."]),
        ([first, echoed], []),
        ([make_segment("Parking is free.", "Parken ist frei.", id=1), second], []),
    ):
        document = Document("en", "de", segments)
        context = build_context(document)
        found = [i.text for s in document for i in get_check("repeated_word").check(s, context)]
        assert found == expected
