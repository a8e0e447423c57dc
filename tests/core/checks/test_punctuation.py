"""punctuation: spacing, doubled marks, balance under the target's quote style, final marks."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity, build_context, get_check
from tests.core.checks._run import run
from tests.factories import make_document

GOOD = [
    # marks like an apostrophe the source writes too, a prime after a letter, backticks of code;
    # two hyphens of an option, a rule, or as the source writes them
    ("The city of Kazanʹ.", "La ville de Kazanʹ.", "en", "fr"),
    ("Let f′ be the slope.", "Sei f′ die Steigung.", "en", "de"),
    ("Run `ls`then stop.", "Lancez `ls`puis arrêtez.", "en", "fr"),
    ("Use the option — or not.", "Verwenden Sie die Option --verbose oder -- nicht.", "en", "de"),
    ("Address required - must be even.", "Adresse benötigt -- muss gerade sein.", "en", "de"),
    ("Use `make` once.", "Usa`make' una vez.", "en", "es"),
    ("Pages 10--12", "Seiten 10--12", "en", "de"),
    # a comma between a coordinate's letters, or in a decimal number
    ("Set the point to zero.", "Punkt x,y auf 0 setzen.", "en", "de"),
    ("It weighs 1.5 kg.", "Pesa 1,5 kg e custa 2,5 €.", "en", "pt"),
    # an abbreviation's full stop in brackets, the word written out
    ("Canadian (intl.)", "Canadien (international)", "en", "fr"),
    ("French (legacy, alt.)", "Francés (arcaico, alternativo)", "en", "es"),
    # spaced hyphens of a range, a list, a command line, as the source writes them, or with no dash
    ("Pages 5-7, see notes.", "Seiten 5 - 7 – siehe Notizen.", "en", "de"),
    ("Fruit:\n- apples", "Obst – Sorten:\n- Äpfel", "en", "de"),
    ("Run it - or add -v – fine.", "Lancez-le - ou ajoutez -v – bien.", "en", "fr"),
    ("Paris - Lyon – today.", "Paris - Lyon – aujourd'hui.", "en", "fr"),
    ("Paris to Lyon", "Paris - Lyon", "en", "fr"),
    ("Notes", "Notizen\n-----\nText", "en", "de"),
    # a single quotation inside a double one, an apostrophe inside a quotation
    ("He said “the ‘old’ shed”.", "Er sagte „der ‚alte‘ Schuppen“.", "en", "de"),
    ("He said “Anna’s shed”.", "He said “Anna’s shed”.", "en", "en"),
    # a number's "?" inside an address; salutations closed as Spanish and German close them
    ("Open page 2?x=1 now.", "Abra la página 2?x=1 ahora.", "en", "es"),
    ("Dear Tomas Berg,\n\nThank you.", "Estimado Tomas Berg:\n\nGracias.", "en", "es"),
    ("Dear Tomas Berg,\n\nThank you.", "Lieber Tomas Berg,\n\nvielen Dank.", "en", "de"),
    # elisions before a word, a quotation opened as the language opens it, a quote's own marks
    ("In the evening it is 'quiet'.", "’s Avonds is ’t ‘stil’.", "en", "nl"),
    ("She called it 'Summit'.", "Ze noemde het ‘Bergtop’.", "en", "nl"),
    ("Ali said: 'Yes'.", "’Ali zei: ‘Ja’.", "en", "nl"),
    ("Apples,\npears,", "Manzanas,\nperas,", "en", "es"),
    # straight quotes spaced the French way close as they open
    ('Values are "on", "off".', 'Les valeurs sont "\u00a0on\u00a0", "\u00a0off\u00a0".', "en", "fr"),
    ("He said “yes”.", "Er sagte „ja“.", "en", "de"),
    ("He said “yes”.", "Hij zei „ja”.", "en", "nl"),  # Dutch closes its low mark so
    ("Open from 8am to 6pm.", "Aberto das 8h às 18h.", "en", "pt"),
    ("Of the 10, the 5 best stayed.", "Das 10 as 5 melhores ficaram.", "en", "pt"),
    # signs listed, and a sign before a mark, spaced as the source spaces them
    ("Rates: + , - , %.", "Tarifs : + , - , %.", "en", "fr"),
    ("It costs 15 € ; no more.", "Es kostet 15 € ; nicht mehr.", "en", "de"),
    ("Coffee, tea, because yes.", "È caffè, tè, perché sì; né l'uno né l'altro.", "en", "it"),
    ("The song “Perchè no” plays.", "Suona la canzone «Perchè no».", "en", "it"),
    ("The “New” model has a 27” screen.", "Das Modell „Neu“ hat einen 27” Bildschirm.", "en", "de"),
    # the source spaces its bracket so too; Italian "po'" is a cut word, no elision
    ("Use ( a | b ) here.", "Usa ( a | b ) qui.", "en", "it"),
    ("Add a bit of salt.", "Aggiungi un po' di sale.", "en", "it"),
    ("Say it: 'come'.", "Dillo: 'vieni' e basta.", "en", "it"),
    # the double prime of a time or length written with primes is no quotation mark
    ("He swam it in 41:07, a record.", "L'ha nuotata in 41'07\", un record.", "en", "it"),
    ("He is 5 ft 11 in tall.", "Il mesure 5'11\".", "en", "fr"),
    ("He said “yes”.", "Er sagte »ja«.", "en", "de"),
    # an accent the source writes between letters too (a transliteration), or alone
    ("Read the Qur´an daily.", "Lies täglich den Qur´an.", "en", "de"),
    ("Type `code`here.", "Tippe `code`hier.", "en", "de"),
    ("Run make`install now.", "Lancez MAKE`INSTALL maintenant.", "en", "fr"),
    ("Press Ctrl+`.", "Appuyez sur Ctrl+`.", "en", "fr"),
    ("He said “yes”.", "Il a dit « oui ».", "en", "fr"),
    ("Is it true?", "Est-ce vrai\u202f?", "en", "fr"),
    ("Note: it works.", "Remarque : ça marche.", "en", "fr"),
    ("For example, it works.", "Das geht z.B. so.", "en", "de"),
    ("It costs 3.5 euros.", "Es kostet 3,5 Euro.", "en", "de"),
    ("See example.com for more.", "Mehr auf example.com oder www.Example.De.", "en", "de"),
    ("Wait...", "Warte...", "en", "de"),
    ("Values 1..10 are valid.", "Die Werte 1..10 sind gültig.", "en", "de"),
    ("Count to 3...", "Zählen Sie bis 3...", "en", "de"),
    ("It works (mostly).", "Es geht (meistens).", "en", "de"),
    ("Options: a) one, b) two.", "Optionen: a) eins, b) zwei.", "en", "de"),
    ("“They are new users.", "„Sie sind neue Benutzer.", "en", "de"),
    ("The plan", "Der Plan", "en", "de"),
    ("Quoted “Supercompute for AI” here.", "Zitiert „Supercompute for AI“ hier.", "en", "de"),
    ("Quoted “AI” here.", "Zitiert “AI” hier.", "en", "de"),
    ("He left. She stayed.", "Er ging. Sie blieb.", "en", "de"),
    ("He said: “Go.”", "Er sagte: „Geh.“", "en", "de"),
    ("It is ASP.NET or Node.js.", "Es ist ASP.NET oder Node.js.", "en", "de"),
    ("Zum Beispiel: das.", "For example, i.e.That is fine.", "de", "en"),
    # Names with a full stop inside: capitals or a short word after an acronym.
    ("Use VB.Net or ASP.NET.", "Nutzen Sie VB.Net oder ASP.NET.", "en", "de"),
    ("See file.TXT and z.B.", "Siehe Datei.TXT und z.B.", "en", "de"),
    # Debris is stray_artifact's: no missing space after an entity, no final stop after a slug.
    ("Five minutes later.", "Fünf&nbsp;Minuten später.", "en", "de"),
    ("He left.", "Er ging. pol-1-politics", "en", "de"),
    # ... nor before a closing tag or bold marks it leaves after the final stop.
    ("The museum opens at 9 am.", "<translation>Le musée ouvre à 9 h.</translation>", "en", "fr"),
    ("The museum opens at 9 am.", "**Le musée ouvre à 9 h.**", "en", "fr"),
    ("Run it with <file>.", "Ausführen mit <Datei>.", "en", "de"),
    # A gender colon.
    ("Citizens came.", "Die Bürger:innen kamen.", "en", "de"),
    ("A citizen came.", "Ein:e Bürger:in kam.", "en", "de"),
    # Spanish opens questions and exclamations: in the sentence, after a clause, or a mark
    # that closes no sentence (a quoted mark, a name, a command as the source writes it).
    ("Is it open? If not, call us!", "¿Está abierto? Si no, ¡llámenos!", "en", "es"),
    ("WARNING: it cannot be undone!", "¡AVISO: no se puede deshacer!", "en", "es"),
    ("If in doubt, can you call?", "Si tiene dudas, ¿puede llamar?", "en", "es"),
    ("Type '?' for help or use Yahoo! Mail.", "Escriba '?' para ayuda o use Yahoo! Mail.", "en", "es"),
    ("Yahoo! Internet", "Yahoo! Internet", "en", "es"),  # a name alone
    ("squash! fix the typo", "squash! corregir la errata", "en", "es"),  # a command inside a sentence
    # A comma or full stop after the closing mark, as the language writes it; a whole sentence
    # quoted keeps its stop inside; Dutch writes the comma inside as English does; an
    # abbreviation's stop stays.
    ("“We tried,” she said.", "„Wir haben es versucht“, sagte sie.", "en", "de"),
    # no comma after a quotation that ends with its own mark, or one the source has none after
    ("“Are you coming?” she said.", "„Kommst du?“ sagte sie.", "en", "de"),
    ("We read “Faust” says little.", "Wir lasen: „Faust“ sagt wenig.", "en", "de"),
    ("“We tried,” she said.", "« Nous avons essayé », dit-elle.", "en", "fr"),
    ("“We tried,” she said.", "«Lo intentamos», dijo ella.", "en", "es"),
    ("“We tried,” she said.", "« Nous avons essayé », a-t-elle dit.", "en", "fr"),
    ("He said: “We are ready.”", "Dijo: «Estamos listos.»", "en", "es"),
    ("“We tried,” she said.", "‘We hebben het geprobeerd,’ zei ze.", "en", "nl"),
    ("Pens, paper “and so on.”", "Penne, carta «ecc.»", "en", "it"),
    # A spaced hyphen where the source writes one too, or no dash (a range, a name's parts).
    ("Editor - a text editor", "Редактор - текстовый редактор", "en", "ru"),
    ("Open 9–17 — daily", "Geöffnet 9 - 17 – täglich", "en", "de"),
    ("“Zero,” fully clear", "(«0» - полностью прозрачно)", "en", "ru"),
    # guillemets as the language writes them, or turned as the source has them; full-width
    # marks inside Chinese or Japanese words quoted in the text
    ("Both “a” and “b” work.", "« a » et « b » fonctionnent.", "en", "fr"),
    ("Der Titel »Lesen« gilt.", "Der Titel »Lesen« gilt.", "de", "de"),
    ("The sign says 出口：east.", "Le panneau indique 出口：est.", "en", "fr"),
    ("Type a colon: done", "Введите двоеточие: готово", "en", "ru"),
    # a dash spaced on one side: in a language whose asides open with it, as the source writes
    # it, where the source closes its dashes up; a range
    ("The end — and then more.", "El fin —y luego más.", "en", "es"),
    ("Thanks. —Jana Novak", "Danke. —Jana Novak", "en", "de"),
    ("The end—and then more.", "Das Ende– und dann mehr.", "en", "de"),
    ("Open Mon–Fri — daily", "Geöffnet Mo–Fr – täglich", "en", "de"),
    # An elided form's look-alikes: a unit after a number, a letter or name the source writes
    # too, an English phrase kept, a conjunction after a letter.
    ("Hang it 5 m above the floor.", "Accrochez-le à 5 m au-dessus du sol.", "en", "fr"),
    ("If n is even, stop.", "Si n est pair, arrêtez.", "en", "fr"),
    ("Dell announced it.", "Dell ha annunciato.", "en", "it"),
    ("Copy some bytes.", "Copier seulement N octets.", "en", "fr"),
    ("An all-inclusive deal.", "Un'offerta all inclusive.", "en", "it"),
    ("Use items d and e.", "Utilizzare le voci d e f.", "en", "it"),
    ("The plane left.", "L'avion est parti, l’hôtel aussi.", "en", "fr"),
    # A day with its stop, a number of a noun, a decimal, a compound of a month, a month
    # that opens a compound.
    ("on 4 May 2027", "am 4. Mai 2027", "en", "de"),
    ("Chapter 2, May 2027", "Kapitel 2 Mai 2027", "en", "de"),
    ("rose 2.5 in May", "stieg um 2,5 Mai", "en", "de"),
    ("three May issues", "3 Mai-Ausgaben", "en", "de"),
    # The degree sign, "º" for an angle, French "n°".
    ("Heat to 60 °C.", "Auf 60 °C erhitzen.", "en", "de"),
    ("Cut 45° angles.", "Cortar ángulos de 45º.", "en", "es"),
    ("Room no. 5", "Chambre n° 5", "en", "fr"),
    # "?!", a run of marks, or the doubled mark the source writes too
    ("Really? You came?", "Davvero?! Sei venuto?", "en", "it"),
    ("Status: ???", "Stato: ???", "en", "it"),
    ("Wow!! Great.", "Wow!! Fantastico.", "en", "it"),
    ("Room no. 5", "Habitación n.º 5", "en", "es"),
    # single quotation marks closed, or "‘" written for the apostrophe of an elision
    ("Known as 'Open Studio'.", "De zogeheten ‘Open Studio’.", "en", "nl"),
    ("Known as 'Open Studio'. It's in town.", "De zogeheten ‘Open Studio’. Het is in ‘t dorp.", "en", "nl"),
    ("He said 'the kids' toys' are here.", "Er sagte, ‚die Spielzeuge der Kinder‘ seien hier.", "en", "de"),
    ("Known as 'Studio'.", "Noto come ‘Studio aperto, ecco’.", "en", "it"),
    ('Use the "KlimApp" for it.', "Gebruik daarvoor de ‘KlimApp’.", "en", "nl"),
    ('Use the "KlimApp" in the evening.', "Gebruik ‘s avonds de KlimApp.", "en", "nl"),
]

BAD = [
    # (source, target, src, tgt, [(flagged text, suggestion)])
    # a space before a comma after a currency sign or a percent sign written after the amount
    ("It costs £15, or £22 with a hem.", "Costa 15 £ , oppure 22 £ con l’orlo.", "en", "it", [("£ ,", "£,")]),
    ("A 40% surcharge, then.", "Un recargo del 40 % , entonces.", "en", "es", [("% ,", "%,")]),
    # a comma with no space before a function word of one letter, after a word or a number
    (
        "Classes are on Tuesdays and Thursdays, and places are limited.",
        "As aulas são às terças e quintas,e as vagas são limitadas.",
        "en",
        "pt",
        [("quintas,e", "quintas, e")],
    ),
    (
        "Classes start at 17:00, and places are limited.",
        "As aulas começam às 17h00,e as vagas são limitadas.",
        "en",
        "pt",
        [("17h00,e", "17h00, e")],
    ),
    (
        "The next one is at 12:30; places are limited to 20 people.",
        "O próximo é às 12h30;as vagas estão limitadas a 20 pessoas.",
        "en",
        "pt",
        [("12h30;as", "12h30; as")],
    ),
    # the abbreviation kept without its dot, or another word than its own written last
    ("Canadian (intl.)", "Canadien (intl)", "en", "fr", [("intl", "intl.")]),
    (
        "Enter a valid bus name.",
        "Geben Sie einen gültigen Bus-Namen",
        "en",
        "de",
        [("Bus-Namen", "Bus-Namen.")],
    ),
    # the final stop lost before a closing tag: it goes before the tag
    ("The museum opens at 9 am.", "Le musée ouvre à 9 h</b>", "en", "fr", [("h", "h.")]),
    # the comma after a quotation lost before the speaker's verb
    ("“We tried,” she said.", "„Wir haben es versucht“ sagte sie.", "en", "de", [("“", "“,")]),
    ("“We tried,” Ana says.", "« Nous avons essayé » dit Ana.", "en", "fr", [("»", "»,")]),
    # guillemets turned the other way, a full-width mark of Chinese and Japanese text
    (
        "The course “Reading aloud” starts.",
        "Le cours » Lire à voix haute « commence.",
        "en",
        "fr",
        [("»", "«"), ("«", "»")],
    ),
    # Portuguese "às" closing a range of hours, its accent lost
    (
        "Open from 8am to 6pm, Monday to Friday.",
        "Aberto das 8h as 18h, de segunda a sexta.",
        "en",
        "pt",
        [("as", "às")],
    ),
    # Italian "-ché" words and "né" written with a grave accent
    (
        "Wait until it stops, since it is hot; no milk nor sugar.",
        "Aspetta finchè si ferma, poichè è caldo; niente latte nè zucchero.",
        "en",
        "it",
        [("finchè", "finché"), ("poichè", "poiché"), ("nè", "né")],
    ),
    # a quotation opened with the language's mark and closed with one of another style
    (
        "The sign read “Closed today”.",
        "Auf dem Schild stand „Heute geschlossen”.",
        "fr",
        "de",
        [("„Heute geschlossen”", "„Heute geschlossen“")],
    ),
    ("Warning: flood", "Предупреждение：наводнение", "en", "ru", [("：", ":")]),
    ("Ask us (we help).", "Fragen Sie uns（wir helfen）.", "en", "de", [("（", "("), ("）", ")")]),
    ("Said the Commission.", "Sagte die Kommission .", "en", "de", [("Kommission .", "Kommission.")]),
    ("Yes, no.", "Ja , nein.", "en", "de", [("Ja ,", "Ja,")]),
    ("Note: inside.", "Hinweis:innerhalb.", "en", "de", [("Hinweis:innerhalb", "Hinweis: innerhalb")]),
    ("He left. She stayed.", "Er ging.Sie blieb.", "en", "de", [("ging.Sie", "ging. Sie")]),
    ("Hello, world.", "Hallo,Welt.", "en", "de", [("Hallo,Welt", "Hallo, Welt")]),
    # a space after an opening bracket or Spanish mark, or after an elided word
    ("The ticket (12 euros) is valid.", "Il biglietto ( 12 euro) è valido.", "en", "it", [("( ", "(")]),
    ("Want to know more? Write to us.", "¿ Quieren saber más? Escríbanos.", "en", "es", [("¿ ", "¿")]),
    # a space after the low opening quotation mark
    ('He wrote: "The plan works."', "Er schrieb: „ Der Plan geht auf.“", "en", "de", [("„ ", "„")]),
    # a quotation opened with the closing mark where the language opens with another
    ("She called it 'Summit' at once.", "Ze noemde het meteen ’Bergtop’.", "en", "nl", [("’", "‘")]),
    ("I take the bus.", "Je prends l' autobus.", "en", "fr", [("l' ", "l'")]),
    # an elided word written apart with its apostrophe lost, in the text's apostrophe
    ("Into the hall of the house.", "Nell atrio dell’edificio.", "en", "it", [("Nell atrio", "Nell’atrio")]),
    (
        "He says it is not here.",
        "Il dit qu il n est pas là.",
        "en",
        "fr",
        [("qu il", "qu'il"), ("n est", "n'est")],
    ),
    ("The hotel is open.", "L hôtel est ouvert.", "en", "fr", [("L hôtel", "L'hôtel")]),
    ("Ask if it's here.", "Demandez s il est là.", "en", "fr", [("s il", "s'il")]),
    # a day of the month without the stop of its ordinal
    ("from 3 to 5 May", "vom 3. bis 5 Mai", "en", "de", [("5", "5.")]),
    ("Friday 9 June", "Freitag 9 Juni", "en", "de", [("9", "9.")]),
    # the ordinal indicator for the degree sign, the degree sign for it
    ("Heat to 60 °C.", "Riscaldare a 60 ºC.", "en", "it", [("º", "°")]),
    ("Below 40 °F.", "Por debajo de 40º F.", "en", "es", [("º", "°")]),
    ("Room no. 5", "Habitación n.° 5", "en", "es", [("°", "º")]),
    ("Room no. 5", "Quarto N° 5", "en", "pt", [("°", "º")]),
    # a quotation opened with the language's double mark, closed with its single one, or back
    ("The “old” shed.", "Der „alte‘ Schuppen.", "en", "de", [("„alte‘", "„alte“")]),
    ("The ‘old’ shed.", "Der ‚alte“ Schuppen.", "en", "de", [("‚alte“", "‚alte‘")]),
    ("The “old” shed.", "La « vieille › remise.", "en", "fr", [("« vieille ›", "« vieille »")]),
    # an apostrophe typed for a final accent
    ("The shop is closed today.", "E' chiuso oggi.", "en", "it", [("E'", "È")]),
    ("I do not know why.", "Non so perche' no.", "en", "it", [("perche'", "perché")]),
    # an accent typed for an apostrophe: the text's own apostrophe, else the typographic one
    ("Fill the tank with water.", "Riempi il serbatoio dell´acqua.", "en", "it", [("´", "\u2019")]),
    ("It is here.", "C´est ici, l'entrée.", "en", "fr", [("´", "'")]),
    ("At this hour.", "A quest\u2032ora.", "en", "it", [("\u2032", "\u2019")]),
    ("The school.", "L\u02b9école et l’été.", "en", "fr", [("\u02b9", "\u2019")]),
    ("See the school.", "Voir l`école.", "en", "fr", [("`", "\u2019")]),
    ("The nurse is here.", "L`infermiera è qui.", "en", "it", [("`", "\u2019")]),
    # a hyphen spaced as a dash in a text whose other dash is an en dash
    (
        "Keep everyone, even pets, out.",
        "Halten Sie alle - auch Haustiere – fern.",
        "en",
        "de",
        [("-", "\u2013")],
    ),
    # two hyphens for a dash between numbers or words
    ("Allow 24–48 hours.", "Prevea 24--48 horas.", "en", "es", [("--", "\u2013")]),
    ("The price — only today.", "Der Preis -- nur heute.", "en", "de", [(" -- ", " \u2013 ")]),
    ("The price — only today.", "El precio--solo hoy.", "en", "es", [("--", "\u2014")]),
    # The next sentence starts with a one-letter word, a heading in capitals, after an acronym.
    ("It is active. The values", "È attiva.I valori", "en", "it", [("attiva.I", "attiva. I")]),
    (
        "It is set. DEPRECATED: no",
        "Es ist gesetzt.VERALTET: nein",
        "en",
        "de",
        [("gesetzt.VERALTET", "gesetzt. VERALTET")],
    ),
    ("Open the URL. This is it.", "Öffnen Sie die URL.Dies ist es.", "en", "de", [("URL.Dies", "URL. Dies")]),
    ("He left.", "Er ging..", "en", "de", [("..", ".")]),
    ("Call us on 01872 274 310.", "Rufen Sie uns unter 01872 274 310.. an.", "en", "de", [("..", ".")]),
    ("Yes, no.", "Ja,, nein.", "en", "de", [(",,", ",")]),
    ("He said “yes”.", "Er sagte „ja.", "en", "de", [("„", None)]),
    ("It works (mostly).", "Es geht (meistens.", "en", "de", [("(meistens", "(meistens)")]),
    ("“A,” they said. “B.”", "„A“, sagten sie. „B.“ C.“", "en", "de", [("“", None)]),
    ("Is it true?", "Ist es wahr.", "en", "de", [(".", "?")]),
    ("He left.", "Er ging", "en", "de", [("ging", "ging.")]),
    ("He said “yes.”", "Er sagte „ja“", "en", "de", [("ja", "ja.")]),
    ("Any questions? Write to us.", "Tiene preguntas? Escríbanos.", "en", "es", [("Tiene", "¿Tiene")]),
    ("Done. Thank you!", "Hecho. Gracias!", "en", "es", [("Gracias", "¡Gracias")]),
    # an exclamation that ends in a number; a letter's salutation closed with a comma
    ("We open at 9! Come early.", "Abrimos a las 9! Venga pronto.", "en", "es", [("Abrimos", "¡Abrimos")]),
    # a name's last word before the mark that ends the source's sentence too
    (
        "Welcome to Hive Works! This guide explains the space.",
        "Te damos la bienvenida a Hive Works! Esta guía explica el espacio.",
        "en",
        "es",
        [("Te", "¡Te")],
    ),
    ("Dear Tomas Berg,\n\nThank you.", "Estimado Tomas Berg,\n\nGracias.", "en", "es", [(",", ":")]),
    ("If in doubt, can you call?", "Si tiene dudas, puede llamar?", "en", "es", [("?", None)]),
    # after a colon or a dash, the exclamation opens with the clause it introduces
    (
        "Thank you for your support – let's make it a great weekend!",
        "Gracias por su apoyo: hagamos que sea un fin de semana fantástico!",
        "en",
        "es",
        [("hagamos", "¡hagamos")],
    ),
    ("Note: is it open?", "Nota – está abierto?", "en", "es", [("está", "¿está")]),
    ("Note: if in doubt, can you call?", "Nota: si tiene dudas, puede llamar?", "en", "es", [("?", None)]),
    # The source's order copied at a closing quotation mark; a quoted fragment's full stop.
    ("“We tried,” she said.", "«Lo intentamos,» dijo ella.", "en", "es", [(",»", "»,")]),
    ("“We tried,” she said.", "„Wir haben es versucht,“ sagte sie.", "en", "de", [(",“", "“,")]),
    ("“We tried,” she said.", "« Nous avons essayé, » a-t-elle dit.", "en", "fr", [(", »", " »,")]),
    ("It was called “a real mess.”", "Lo chiamò «un vero pasticcio.»", "en", "it", [(".»", "».")]),
    # A hyphen for the dash before the author's words, or for the source's dash.
    ("“It lasts,” says Anna.", "«Он прослужит долго», - сказала Анна.", "en", "ru", [("-", "—")]),
    (
        "The town — and its port — grew.",
        "Die Stadt - und ihr Hafen - wuchs.",
        "en",
        "de",
        [("-", "–"), ("-", "–")],
    ),
    # a question or exclamation mark doubled after a word
    ("Any questions? Call Steve.", "Domande?? Chiamate Steve.", "en", "it", [("??", "?")]),
    ("Thank you! See you soon.", "Danke!! Bis bald.", "en", "de", [("!!", "!")]),
    # A dash spaced on one side only where the language and the source space both.
    ("That was the end — and then more.", "Das war das Ende– und dann mehr.", "en", "de", [("–", " –")]),
    ("Thanks. — Jana Novak", "Спасибо. —Яна Новак", "en", "ru", [("—", "— ")]),
    ("— Hello, he said.", "—Bonjour, dit-il.", "en", "fr", [("—", "— ")]),
    # a quotation opened with a single mark and never closed, where the source closes its own
    (
        "Parents may watch the last class, known as 'Open Studio'.",
        "Ouders mogen de laatste les bijwonen, de zogeheten ‘Open Studio.",
        "en",
        "nl",
        [("‘Open Studio", "‘Open Studio’")],
    ),
    # a bracket never closed where the source's closes before a word: after as many words
    (
        "Natural pest control (without chemical sprays) with Dr Henrik Solberg.",
        "Natürlicher Pflanzenschutz (ohne chemische Spritzmittel mit Dr. Henrik Solberg.",
        "en",
        "de",
        [("(ohne chemische Spritzmittel", "(ohne chemische Spritzmittel)")],
    ),
    # ... and where the source has several brackets, the one of the same place closes it
    (
        "Our teachers are Ms Vasconcelos (History) and Ms Lemos (class director, 8C). Call us.",
        "São a Prof.ª Vasconcelos (História) e a Prof.ª Lemos (diretora de turma do 8.º C. Ligue-nos.",
        "en",
        "pt",
        [("(diretora de turma do 8.º C", "(diretora de turma do 8.º C)")],
    ),
    # ... or in double marks: closed after the words it quotes, where they are kept
    (
        'Requests must be sent via the "KlimApp" at least 48 hours ahead.',
        "Aanvragen moeten minstens 48 uur vooraf via de ‘KlimApp worden ingediend.",
        "en",
        "nl",
        [("‘KlimApp", "‘KlimApp’")],
    ),
    (
        "Press ‘Save’ to keep it.",
        "Drücken Sie ‚Speichern, um es zu behalten.",
        "en",
        "de",
        [("‚Speichern", "‚Speichern‘")],
    ),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD)
def test_good_is_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("punctuation", source, target, src, tgt) == []


@pytest.mark.parametrize(("source", "target", "src", "tgt", "expected"), BAD)
def test_bad_is_found(
    source: str, target: str, src: str, tgt: str, expected: list[tuple[str, str | None]]
) -> None:
    issues = run("punctuation", source, target, src, tgt)
    assert [(i.text, i.suggestion) for i in issues] == expected


def test_extra_closing_quote_is_the_one_without_a_source_counterpart() -> None:
    target = "„A“, sagten sie. „B.“ C.“"
    (issue,) = run("punctuation", "“A,” they said. “B.”", target)
    assert issue.start == target.index("“ C")


def test_severities() -> None:
    assert run("punctuation", "X.", "Y .")[0].severity is Severity.ERROR
    assert run("punctuation", "X!", "Y.")[0].severity is Severity.INFO
    assert run("punctuation", "X?", "Y.")[0].severity is Severity.WARNING


def test_quotes_are_balanced_over_the_paragraph() -> None:
    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        make_segment("“One,” they said. “", "„Eins“, sagten sie.", id=1),
        make_segment("Two.", "„Zwei.", id=2),
    ]
    document = Document("en", "de", segments)
    context = build_context(document)
    check = get_check("punctuation")
    assert [list(check.check(s, context)) for s in document] == [[], []]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # typographic quotes in the source, straight ones in the target: information
        ("Set it to “none”.", 'Réglez-le sur "none".', "fr", [('"none"', "«\xa0none\xa0»", Severity.INFO)]),
        # the target uses its own marks elsewhere: a slip, a warning
        (
            "Use “a” or “b”.",
            'Verwenden Sie „a“ oder "b".',
            "de",
            [('"b"', "„b“", Severity.WARNING)],
        ),
        # a quotation over two sentences: its opening mark, its closing mark
        (
            "“The last metres were mine, so I waited.",
            '"De laatste meters waren van mij, dus ik wachtte.',
            "nl",
            [('"', "“", Severity.INFO)],
        ),
        (
            "I went on as long as I could.”",
            'Ik ging zo lang mogelijk door."',
            "nl",
            [('"', "”", Severity.INFO)],
        ),
        # straight quotes as in the source beside the language's own in the same paragraph:
        # the fix writes the style the text writes („…” of Dutch's two)
        (
            '"I waited as long as I could," he said. "The team was perfect."',
            '"Ik wachtte zo lang ik kon", zei hij. „De ploeg was perfect.”',
            "nl",
            [('"Ik wachtte zo lang ik kon"', "„Ik wachtte zo lang ik kon”", Severity.WARNING)],
        ),
        (
            '"I waited as long as I could," he said. "The team was perfect."',
            '"Ik wachtte zo lang ik kon", zei hij. “De ploeg was perfect.”',
            "nl",
            [('"Ik wachtte zo lang ik kon"', "“Ik wachtte zo lang ik kon”", Severity.WARNING)],
        ),
    ],
)
def test_straight_quotes_where_the_source_has_typographic_ones(
    source: str, target: str, lang: str, expected: list[tuple[str, str, Severity]]
) -> None:
    issues = [i for i in run("punctuation", source, target, "en", lang) if "Straight" in i.message]
    assert [(i.text, i.suggestion, i.severity) for i in issues] == expected


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ('Set it to "none".', 'Réglez-le sur "none".', "fr"),  # the source's own convention
        ("Set it to “none”.", "Stellen Sie es auf „none“.", "de"),
    ],
)
def test_straight_quotes_as_in_the_source_are_silent(source: str, target: str, lang: str) -> None:
    assert [i for i in run("punctuation", source, target, "en", lang) if "Straight" in i.message] == []


@pytest.mark.parametrize(
    ("target", "at"),
    [
        ('I valori validi sono "on, "off" ed "auto".', 21),  # not the quote before "off"
        ('\'%s" sieht nicht nach einem "Keygrip" aus', 3),  # a stray straight quote, not the last
    ],
)
def test_a_straight_quote_left_open_is_found_where_it_stands(target: str, at: int) -> None:
    """A straight quote after a space and before a word opens a quotation: the one left open
    is the one before it, not a later one paired off wrongly."""
    source = 'Valid values are "on", "off" and "auto".' if "on" in target else "'%s' is no \"keygrip\""
    issues = [i for i in run("punctuation", source, target, "en", "it") if i.message.startswith("Unbalanced")]
    assert [(i.start, i.text) for i in issues] == [(at, '"')]


@pytest.mark.parametrize(
    ("source", "target", "lang", "marked", "fix"),
    [
        # the quotation marked from its opening mark to where the source closes its own
        (
            "“Our lifeguards keep you safe, so please follow their instructions,” says Claire Dawson.",
            "«Os nadadores-salvadores protegem-no, por isso siga as suas instruções, afirma Claire Dawson.",
            "pt",
            "«Os nadadores-salvadores protegem-no, por isso siga as suas instruções",
            "«Os nadadores-salvadores protegem-no, por isso siga as suas instruções»",
        ),
        # ... and a bracket, to before the mark the source writes after its closing bracket
        (
            "A fee is charged, unless you were ill (a medical certificate is required).",
            "Des frais sont facturés, sauf si vous étiez malade (un certificat médical est exigé.",
            "fr",
            "(un certificat médical est exigé",
            "(un certificat médical est exigé)",
        ),
        # the source closes no quotation after a mark: the opening mark alone
        (
            "Our motto is “safety first” for everyone.",
            "Notre devise est « la sécurité d’abord pour tous.",
            "fr",
            "«",
            None,
        ),
        # ... or, before a word, after as many words as the source's brackets hold
        (
            "Bring a helmet (or a cap) and water.",
            "Apportez un casque (ou une casquette et de l'eau.",
            "fr",
            "(ou une casquette",
            "(ou une casquette)",
        ),
        # (not an aside of more words than a few)
        (
            "Bring a helmet (or a cap, a hat or a scarf, whatever you have) and water.",
            "Apportez un casque (ou une casquette, un chapeau ou un foulard, ce que vous avez et de l'eau.",
            "fr",
            "(",
            None,
        ),
    ],
)
def test_a_quotation_never_closed_is_marked_to_where_the_source_closes_it(
    source: str, target: str, lang: str, marked: str, fix: str | None
) -> None:
    issues = [i for i in run("punctuation", source, target, "en", lang) if i.message.startswith("Unbalanced")]
    assert [(i.text, i.suggestion) for i in issues] == [(marked, fix)]


# A final ellipsis for the source's full stop: a warning where the sentence looks cut off,
# information where the source writes an ellipsis too or ends with an abbreviation.
ELLIPSIS = [
    ("Call the front desk for help.", "Rivolgersi alla reception per assistenza...", "it", Severity.WARNING),
    ("Call the front desk for help.", "Llame a la recepción para pedir ayuda…", "es", Severity.WARNING),
    ("Pens, paper, ink etc.", "Stylos, papier, encre…", "fr", Severity.INFO),
    ("Use ALTER ... RENAME instead.", "Utilisez plutôt ALTER ... RENAME ...", "fr", Severity.INFO),
]


@pytest.mark.parametrize(("source", "target", "lang", "severity"), ELLIPSIS)
def test_a_final_ellipsis_for_a_full_stop(source: str, target: str, lang: str, severity: Severity) -> None:
    (issue,) = run("punctuation", source, target, "en", lang)
    assert issue.text in ("...", "…")
    assert issue.severity is severity


# An indirect question of the source asked directly: information, not a warning. A statement
# ending in a question mark stays a warning.
INDIRECT = [
    ("Whether the grid is shown", "Soll das Gitter angezeigt werden?", Severity.INFO),
    ("If TRUE, the names are displayed.", "Sollen die Namen angezeigt werden?", Severity.INFO),
    ("How long to wait", "Wie lange soll gewartet werden?", Severity.INFO),
    ("The grid is shown.", "Wird das Gitter angezeigt?", Severity.WARNING),
    ("Whether the grid is shown!", "Soll das Gitter angezeigt werden?", Severity.WARNING),
]


@pytest.mark.parametrize(("source", "target", "severity"), INDIRECT)
def test_an_indirect_question_asked_directly(source: str, target: str, severity: Severity) -> None:
    (issue,) = run("punctuation", source, target, "en", "de")
    assert (issue.text, issue.severity) == ("?", severity)


def test_straight_quotes_once_where_the_translation_writes_its_languages_marks_are_a_warning() -> None:
    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    pairs = [
        ('He said "yes, now".', "Er sagte „ja, jetzt“."),
        ('She said "no, never".', "Sie sagte „nein, nie“."),
        ('They said "not today".', "Sie sagten „nicht heute“."),
        ('We said "maybe later".', 'Wir sagten "vielleicht später".'),
        ('Run "git fetch" first.', 'Führen Sie zuerst "git fetch" aus.'),  # a literal: kept
    ]
    # each its own paragraph: once in the document, still a slip (several hands writing
    # straight ones many times are information: see test_straight_quotes)
    document = Document(
        "en", "de", [make_segment(s, t, id=i + 1, paragraph=i + 1) for i, (s, t) in enumerate(pairs)]
    )
    context = build_context(document)
    found = [
        (segment.id, segment.target[i.start : i.end], i.severity, i.suggestion)
        for segment in document
        for i in get_check("punctuation").check(segment, context)
    ]
    assert found == [(4, '"vielleicht später"', Severity.WARNING, "„vielleicht später“")]
    # The statistics follow an edit, and with the others made straight, straight quotation
    # marks are the translation's style.
    from dataclasses import replace

    old = document[4]
    context.stats.update(old, replace(old, target="Wir sagten „vielleicht später“."))
    assert (context.stats.quotes.native, context.stats.quotes.straight) == (4, 0)
    straight = [
        make_segment(s, t.replace("„", '"').replace("“", '"'), id=i + 1) for i, (s, t) in enumerate(pairs)
    ]
    document = Document("en", "de", straight)
    context = build_context(document)
    assert not [i for segment in document for i in get_check("punctuation").check(segment, context)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # English marks in German, beside German ones: a warning, with German ones as the fix
        (
            "He said “yes” and “no”.",
            "Er sagte „ja“ und “nein”.",
            "de",
            [("“nein”", "„nein“", Severity.WARNING)],
        ),
        # the document's only quotation in English marks: a slip, also around the source's words
        ("He said “yes”.", "Er sagte “ja”.", "de", [("“ja”", "„ja“", Severity.WARNING)]),
        (
            "Our café, “The Lookout”, is open.",
            "Unser Café “The Lookout” ist geöffnet.",
            "de",
            [("“The Lookout”", "„The Lookout“", Severity.WARNING)],
        ),
        ("He said ‘yes’.", "Er sagte ‘ja’.", "de", [("‘ja’", "‚ja‘", Severity.INFO)]),
    ],
)
def test_quotation_marks_of_the_source_language(
    source: str, target: str, lang: str, expected: list[tuple[str, str, Severity]]
) -> None:
    issues = [i for i in run("punctuation", source, target, "en", lang) if "source's language" in i.message]
    assert [(i.text, i.suggestion, i.severity) for i in issues] == expected


def test_quotation_marks_of_the_source_language_throughout_are_a_house_style() -> None:
    """A translation that writes every quotation in English marks keeps a convention:
    information, and a quotation of the source's words as the source writes it is kept."""
    pairs = [
        ("He said “yes”.", "Er sagte “ja”."),
        ("She said “no”.", "Sie sagte “nein”."),
        ("They said “maybe”.", "Sie sagten “vielleicht”."),
        ("Our café, “The Lookout”, is open.", "Unser Café “The Lookout” ist geöffnet."),
    ]
    found = _in_document(pairs, "de", "source's language")
    assert found == [("“ja”", Severity.INFO), ("“nein”", Severity.INFO), ("“vielleicht”", Severity.INFO)]


def _in_document(pairs: list[tuple[str, str]], lang: str, said: str) -> list[tuple[str, Severity]]:
    """The text and severity of each punctuation issue of a whole document whose message says
    ``said``."""
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    check = get_check("punctuation")
    return [(i.text, i.severity) for s in document for i in check.check(s, context) if said in i.message]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("He said “yes”.", "Il a dit « un “oui” franc ».", "fr"),  # French writes “…” inside «…»
        ("It’s fine, he said “yes”.", "Es geht’s, sagte er „ja“.", "de"),  # an apostrophe is no quote
        ("Use ‘%s’ here.", "Verwenden Sie hier ‘%s’.", "de"),  # a literal quoted as the source does
    ],
)
def test_quotation_marks_the_target_language_writes_are_silent(source: str, target: str, lang: str) -> None:
    assert [
        i for i in run("punctuation", source, target, "en", lang) if "source's language" in i.message
    ] == []


@pytest.mark.parametrize(
    ("source", "target", "src", "lang", "expected"),
    [
        # German low marks wherever they come from, in a language that never writes them
        ("She said “more”.", "Ela disse „mais“.", "en", "pt", [("„mais“", "“mais”")]),
        ("Sie sagte „mehr“.", "Elle a dit „plus“.", "de", "fr", [("„plus“", "«plus»")]),
        ("She said “more”.", "Ha detto „di più”.", "en", "it", [("„di più”", "«di più»")]),
        # guillemets in a language that writes none
        ("He said “yes, gladly”.", "Hij zei «ja, graag».", "en", "nl", [("«ja, graag»", "“ja, graag”")]),
        ("Il a dit « oui ».", "He said « yes ».", "fr", "en", [("« yes »", "“yes”")]),
        # ... not where the language writes them, nor a literal quoted so in the source
        ("He said “yes”.", "Hij zei „ja”.", "en", "nl", []),
        ("He said “yes”.", "Ha detto «sì».", "en", "it", []),
        ("The brand «Yes» stays.", "Het merk «Yes» blijft.", "en", "nl", []),
        ("The title „Heimat“ stays.", "Le titre „Heimat“ reste.", "en", "fr", []),
    ],
)
def test_quotation_marks_of_another_language(
    source: str, target: str, src: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    issues = [i for i in run("punctuation", source, target, src, lang) if "another language" in i.message]
    assert [(i.text, i.suggestion) for i in issues] == expected
    assert all(i.severity is Severity.WARNING for i in issues)


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # marks the language writes only inside a quotation, outside one: a warning where the
        # translation writes its outer marks, with those as the fix
        (
            'She said: "We close early." See "Help".',
            "Она сказала: “Мы закрываемся рано”. См. «Справка».",
            "ru",
            [("“Мы закрываемся рано”", "«Мы закрываемся рано»", Severity.WARNING)],
        ),
        (
            'He said: "We open late." See "Help".',
            "Il a dit : “Nous ouvrons tard”. Voir « Aide ».",
            "fr",
            [("“Nous ouvrons tard”", "«\u00a0Nous ouvrons tard\u00a0»", Severity.WARNING)],
        ),
        # ... and where it is the translation's only quotation (a house style: see below)
        (
            'She said: "We close early."',
            "Она сказала: “Мы закрываемся рано”.",
            "ru",
            [("“Мы закрываемся рано”", "«Мы закрываемся рано»", Severity.WARNING)],
        ),
        # single angle quotes for French double ones: a warning, with or without its spaces
        (
            'The sign says "No entry".',
            "Le panneau dit ‹\u00a0Entrée interdite\u00a0›.",
            "fr",
            [("‹\u00a0Entrée interdite\u00a0›", "«\u00a0Entrée interdite\u00a0»", Severity.WARNING)],
        ),
        # ... silent inside a quotation, and for a literal quoted as the source quotes it
        ("He read: “the ‘Exit’ sign”.", "Il a lu : « le panneau ‹ Sortie › ».", "fr", []),
        ('She said: "Open “Help” now."', "Она сказала: «Откройте “Справку” сейчас».", "ru", []),
        ("Type “%s” here. See «Help».", "Введите “%s” здесь. См. «Справка».", "ru", []),
        # ... and where the language opens with them too
        ('She said: "We close early."', "Ha detto: “Chiudiamo presto”. Vedi «Aiuto».", "it", []),
    ],
)
def test_quotation_marks_written_only_inside_a_quotation(
    source: str, target: str, lang: str, expected: list[tuple[str, str, Severity]]
) -> None:
    issues = [i for i in run("punctuation", source, target, "en", lang) if "outside a quotation" in i.message]
    assert [(i.text, i.suggestion, i.severity) for i in issues] == expected


def test_inner_quotation_marks_throughout_are_a_house_style() -> None:
    """A translation that writes all its quotations in marks its language writes only inside
    one keeps a convention: information."""
    pairs = [
        ('She said: "We close early."', "Она сказала: “Мы закрываемся рано”."),
        ('He said: "We open late."', "Он сказал: “Мы открываемся поздно”."),
        ('They said: "We are closed."', "Они сказали: “Мы закрыты”."),
    ]
    found = _in_document(pairs, "ru", "outside a quotation")
    assert [severity for _, severity in found] == [Severity.INFO] * 3


BOUNDARY = [
    # (first target, the space after it in the file, next target, flagged text of the first)
    ("Brauchen Sie noch etwas?", "", "Rufen Sie die Rezeption an.", ["etwas?"]),
    ("Schönes Wochenende!", "", "Ihre Schulleitung", ["Wochenende!"]),
    ("Das Zimmer ist bereit.", "", "Der Schlüssel liegt am Empfang.", ["bereit."]),
    # a space or a line break between the sentences, or no sentence start after the mark
    ("Brauchen Sie noch etwas?", " ", "Rufen Sie die Rezeption an.", []),
    ("Brauchen Sie noch etwas?", "\n", "Rufen Sie die Rezeption an.", []),
    ("Brauchen Sie noch etwas?", "", "rufen Sie die Rezeption an.", []),
    # an address or a name, not two sentences
    ("Mehr unter www.example.", "", "Com steht für die Firma.", []),
    ("Das Programm heißt ASP.", "", "NET und läuft auf dem Server.", []),
]


@pytest.mark.parametrize(("first", "gap", "second", "expected"), BOUNDARY)
def test_a_space_lost_between_two_sentences_of_a_paragraph(
    first: str, gap: str, second: str, expected: list[str]
) -> None:
    from dataclasses import replace

    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        replace(make_segment("Need anything else?", first, id=1), target_par=0, gap=gap),
        replace(make_segment("Call reception.", second, id=2), target_par=0, gap="\n"),
    ]
    document = Document("en", "de", segments)
    context = build_context(document)
    issues = list(get_check("punctuation").check(document.segments[0], context))
    assert [i.text for i in issues if i.message.startswith("No space after")] == expected


NUMBER_BOUNDARY = [
    # (the two sources, the two targets with no space between them in the file, language,
    # flagged text of the first target): a sentence of the source ends in the number
    (
        ("The last train leaves at 11:40 p.m.", "On the day after, trains start late."),
        ("El último tren sale a las 23:40.", "El día después, los trenes salen tarde."),
        "es",
        ["23:40."],
    ),
    (
        ("Revenue rose in 2024.", "The analysts expected more."),
        ("Der Umsatz stieg 2024.", "Die Analysten hatten mehr erwartet."),
        "de",
        ["2024."],
    ),
    # ... or a bracket's stop where the source ends a sentence after a bracket
    (
        ("Group C rides 23–26 km/h (about 60 km).", "New members ride in group C."),
        ("Groep C rijdt 23–26 km/u (ongeveer 60 km).", "Nieuwe leden rijden in groep C."),
        "nl",
        ["km)."],
    ),
    # ... or after a currency's sign after the number
    (
        ("The day pass remains unchanged at €18.", "Members pay less."),
        ("El pase de día se mantiene en 18 €.", "Los socios pagan menos."),
        "es",
        ["18 €."],
    ),
    # ... or a closing quotation mark's stop where the source ends a sentence and goes on
    (
        ('Reports are on our portal "MyScan".', "Your images stay online for 12 months."),
        ("Les comptes rendus sont sur notre portail « MyScan ».", "Vos images restent en ligne 12 mois."),
        "fr",
        ["\u00bb."],
    ),
    (
        ('Press "Save".', "The file is kept."),
        ("Drücken Sie „Speichern“.", "Die Datei bleibt erhalten."),
        "de",
        ["\u201c."],
    ),
    (
        ('Press "Save".', "The file is kept."),
        ("Drücken Sie »Speichern«.", "Die Datei bleibt erhalten."),
        "de",
        ["\u00ab."],
    ),
    # ... not where the next segment opens with no word
    (
        ('Press "Save".', "(1) The file is kept."),
        ("Drücken Sie „Speichern“.", "(1) Die Datei bleibt erhalten."),
        "de",
        [],
    ),
    # ... not where the source's sentence ends in a word, or the next word is no sentence's start
    (
        ("The desk opens at 10:30 on weekdays.", "Bring your card."),
        ("Der Schalter öffnet werktags um 10:30.", "Bringen Sie Ihre Karte mit."),
        "de",
        [],
    ),
    (
        ("Revenue rose in 2024.", "The analysts expected more."),
        ("Der Umsatz stieg 2024.", "dies hatten die Analysten erwartet."),
        "de",
        [],
    ),
]


@pytest.mark.parametrize(("sources", "targets", "lang", "expected"), NUMBER_BOUNDARY)
def test_a_space_lost_after_a_number_or_a_bracket_that_ends_a_sentence(
    sources: tuple[str, str], targets: tuple[str, str], lang: str, expected: list[str]
) -> None:
    from dataclasses import replace

    from editor.core.checks import build_context, get_check
    from editor.core.model import Document
    from tests.factories import make_segment

    segments = [
        replace(make_segment(sources[0], targets[0], id=1), target_par=0, gap=""),
        replace(make_segment(sources[1], targets[1], id=2), target_par=0, gap="\n"),
    ]
    document = Document("en", lang, segments)
    context = build_context(document)
    issues = list(get_check("punctuation").check(document.segments[0], context))
    assert [i.text for i in issues if i.message.startswith("No space after")] == expected
