"""lost_sentence_boundary: the fast first look never misses what the full pattern flags; a
boundary lost where no function word shows it is found by where the source has it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks.boundary import _JOIN, _candidate
from editor.core.langdata import language
from tests.core.checks._run import run, spans

_OTHER_WORDS = ["wurde", "gestartet", "Haus", "IT", "3D", "a1", "ß", "Öl", "über", "l", "É", "x_y", "ok."]
_GLUE = [" ", "", "  ", ", ", ". ", "-", "'", "’", "\n", "\u00a0", "."]


@st.composite
def _word(draw: st.DrawFn, lang: str) -> str:
    """Another word, or one of the language's function words in any casing ("Im", "IM", "iM")."""
    if draw(st.booleans()):
        return draw(st.sampled_from(_OTHER_WORDS))
    word = draw(st.sampled_from(sorted(language(lang).function_words)))
    upper = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    return "".join(ch.upper() if up else ch for ch, up in zip(word, upper, strict=True))


@st.composite
def _text(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(["de", "en", "fr"]))
    glue = st.one_of(st.just(" "), st.sampled_from(_GLUE))
    pieces = draw(st.lists(st.tuples(_word(lang), glue), max_size=8))
    return lang, "".join(word + space for word, space in pieces)


@settings(max_examples=300, deadline=None)
@given(_text())
def test_candidate_finds_every_flagged_join(case: tuple[str, str]) -> None:
    lang, text = case
    words = language(lang).function_words
    flagged = [m.group() for m in _JOIN.finditer(text) if m.group(3).lower() in words]
    if flagged:
        assert _candidate(lang).search(text), (text, flagged)


# A boundary of the source the target lost where no function word shows it: found by where the
# source's boundary stands, when the target has fewer sentences.
BY_POSITION_BAD = [
    # the full stop of a year's abbreviation that also ended a sentence the translation split off
    (
        "The depot was rebuilt in 2021, so it is open at night.",
        "Склад перестроили в 2021 г Поэтому он работает и ночью.",
        "ru",
        "г Поэтому",
    ),
    # before a sentence the translation puts in brackets
    (
        "Boats cost extra on every day of the week (on Sundays the harbour closes at noon).",
        "Les bateaux sont en supplément chaque jour de la semaine (Le dimanche, le port ferme à midi.)",
        "fr",
        "semaine (Le",
    ),
    # after a year, where the dates' ordinal full stops ("3. März") mark no sentence's end
    (
        "The lease lasts from 3 March 2025 to 2 March 2027. The rent is due monthly.",
        "Der Vertrag gilt vom 3. März 2025 bis zum 2. März 2027 Die Miete ist monatlich fällig.",
        "de",
        "2027 Die",
    ),
    # before an opening quotation mark
    (
        'The samples came from winter storms. "We do not know yet," he said.',
        "As amostras vieram de tempestades de inverno “Ainda não sabemos”, afirmou.",
        "pt",
        "inverno “Ainda",
    ),
    # German polite "Sie" after its verb is no sentence's start; the verb is
    (
        "The export dialog has been rebuilt. Choose File > Export and pick a format.",
        "Der Exportdialog wurde neu entwickelt Wählen Sie Datei > Exportieren und legen Sie ein Format fest.",
        "de",
        "entwickelt Wählen",
    ),
    # after a number: any common word where capitals mark sentences, a function word in German
    (
        "Growth was 18.2%. The index fell sharply.",
        "El crecimiento fue del 18,2 % El índice cayó con fuerza.",
        "es",
        "18,2 % El",
    ),
    (
        "Revenue rose in 2024. The analysts expected more.",
        "Der Umsatz stieg 2024 Die Analysten hatten mehr erwartet.",
        "de",
        "2024 Die",
    ),
    # after an amount with its currency sign
    (
        "The deposit was £300, so £1,200 is still due. The balance must be paid by May.",
        "El depósito fue de 300 £, así que quedan 1200 £ El saldo debe pagarse antes de mayo.",
        "es",
        "1200 £ El",
    ),
    # after a clock time the source writes otherwise ("9 pm")
    (
        "Call us between 8 am and 9 pm. Guests often tell us that it helps.",
        "Llámenos entre las 8:00 y las 21:00 Nuestros huéspedes nos dicen que les ayuda.",
        "es",
        "21:00 Nuestros",
    ),
    # after a closing bracket
    (
        "Entry costs 40,000 som (about €3.40). Come before 9am, when the light is soft.",
        "Der Eintritt kostet 40.000 Som (etwa 3,40 Euro) Kommen Sie vor 9 Uhr, wenn das Licht weich ist.",
        "de",
        "Euro) Kommen",
    ),
    (
        "Turnout fell to 41%. The city blames the weather.",
        "Die Beteiligung sank auf 41 %) Die Stadt macht das Wetter verantwortlich.",
        "de",
        "%) Die",
    ),
    # after a closing quotation mark, and after a code that ends in a number
    (
        'The mayor was clear: "This square will stay car-free." Next year the works begin.',
        "La alcaldesa fue clara: «Esta plaza seguirá sin coches» Las obras empiezan en mayo.",
        "es",
        "coches» Las",
    ),
    (
        "The timetable is at example.org/kb41. Trains run every hour.",
        "L'horaire est sur example.org/kb41 Les trains passent toutes les heures.",
        "fr",
        "kb41 Les",
    ),
    (
        "Changes the contrast of the blue component. Zero means no change.",
        "Änderung des Kontrasts der Blau-Komponente Null bewirkt keine Änderung.",
        "de",
        "Komponente Null",
    ),
    # the translation's first sentence is longer than the source's: the stop stands further on
    (
        "Could not choose a best candidate procedure. You might need to add explicit type casts.",
        "Konnte keine beste Kandidatprozedur auswählen Sie müssen möglicherweise ausdrückliche "
        "Typumwandlungen hinzufügen.",
        "de",
        "auswählen Sie",
    ),
    (
        "The file could not be saved. Please check your permissions.",
        "Die Datei konnte nicht gespeichert werden Bitte prüfen Sie Ihre Berechtigungen.",
        "de",
        "werden Bitte",
    ),
    (
        "Your session has expired. Contact the administrator for help.",
        "Ihre Sitzung ist abgelaufen Wenden Sie sich an den Administrator.",
        "de",
        "abgelaufen Wenden",
    ),
    (
        "The upload failed. Try again later.",
        "Le téléversement a échoué Réessayez plus tard.",
        "fr",
        "échoué Réessayez",
    ),
    (
        "The server did not answer. Check the network cable.",
        "Сервер не ответил Проверьте сетевой кабель.",
        "ru",
        "ответил Проверьте",
    ),
    (  # the polite pronoun starts the lost sentence
        "Could not choose an operator. You might need to add casts.",
        "Es konnte kein passender Operator gewählt werden Sie müssen Typumwandlungen hinzufügen.",
        "de",
        "werden Sie",
    ),
    (  # an infinitive after "zu" is no adjective, though "steh" is a word
        "It does not seem to be licensed. Please license the data.",
        "Es scheint nicht unter einer Lizenz zu stehen Bitte stelle die Daten unter eine Lizenz.",
        "de",
        "stehen Bitte",
    ),
    (  # a one-letter article starts the lost sentence
        "Duplicate buttons are not allowed. The names must be unique.",
        "Non sono ammessi pulsanti duplicati I nomi devono essere unici.",
        "it",
        "duplicati I",
    ),
    (  # a word the source has only as a sentence's first word is no name
        "The delay is in seconds. Zero disables the warning.",
        "Il ritardo è espresso in secondi Zero disattiva l'avviso.",
        "it",
        "secondi Zero",
    ),
    (  # two sentences kept, the third lost: placed between the matched ones
        "The disk is full. Delete some files first. Then start the copy again.",
        "Der Datenträger ist voll. Löschen Sie zuerst einige Dateien Starten Sie dann das Kopieren erneut.",
        "de",
        "Dateien Starten",
    ),
    # an imperative with a pronoun written onto it by a hyphen
    (
        "The archive could not be opened. Check its path and try again.",
        "L’archive n’a pas pu être ouverte Vérifiez-en le chemin et réessayez.",
        "fr",
        "ouverte Vérifiez",
    ),
    (
        "The queue holds no jobs right now. Does the printer still exist?",
        "La file ne contient aucune tâche pour le moment Existe-t-il encore l’imprimante ?",
        "fr",
        "moment Existe",
    ),
    # after a word in capitals, the next sentence's first word a common word (a function word
    # too: the rule before a function word needs a lowercase word)
    (
        "Could not reach the SMTP server. Check the settings and try again.",
        "Impossible de joindre le serveur SMTP Vérifiez les paramètres et réessayez.",
        "fr",
        "SMTP Vérifiez",
    ),
    (
        "The table has no column named NAME. The query was not run.",
        "La tabla no tiene ninguna columna llamada NOMBRE La consulta no se ejecutó.",
        "es",
        "NOMBRE La",
    ),
    # after an e-mail address or a web address that ends the sentence: its inner full stops
    # end none
    (
        "Mail your form to help@example.org. We reply within a day.",
        "Envíe su formulario a help@example.org Respondemos en un día.",
        "es",
        "org Respondemos",
    ),
    (
        "Tickets are sold at tickets.example.co.uk. Children travel free.",
        "Die Karten gibt es auf tickets.example.co.uk Kinder fahren kostenlos.",
        "de",
        "uk Kinder",
    ),
    # after a name, a function word before a lowercase word (not Title Case): the source's "!"
    # or "?" lost there
    (
        "Thanks to everyone at Harbour Point Sailing! We start again in May.",
        "Merci à toute l'équipe de Harbour Point Nous reprenons en mai.",
        "fr",
        "Point Nous",
    ),
    (
        "Have you met our new coach, Ingrid Solberg? We train with her on Mondays.",
        "Kennen jullie onze nieuwe trainer Ingrid Solberg Wij trainen op maandag met haar.",
        "nl",
        "Solberg Wij",
    ),
    # a polite pronoun after a preposition closes its phrase, like "ihm"; an adjective's
    # inflected form before its noun ("weitere Kosten") is no sentence's end
    (
        "Our staff will gladly book a new date for you at no extra cost. "
        "Guests with a booking keep their seats.",
        "Unser Team bucht gerne ohne weitere Kosten einen neuen Termin für Sie "
        "Gäste mit Buchung behalten ihre Plätze.",
        "de",
        "Sie Gäste",
    ),
    # an adverb in "-e" is no adjective: it may end a sentence
    (
        "The rule applies from today. Visitors must register.",
        "Die Regel gilt ab heute Besucher müssen sich anmelden.",
        "de",
        "heute Besucher",
    ),
    # the only join, for the only boundary lost, further on than proportion puts it (an
    # acronym written out before it)
    (
        "No GPU driver found. This is unusual.",
        "Aucun pilote de processeur graphique n’a été trouvé Cela est inhabituel.",
        "fr",
        "trouvé Cela",
    ),
    # after a code, a name or a number the source ends a sentence with and the target writes
    # the same, a capitalised closed-class word
    (
        "Visit our shop at 12 Park Row, Leeds LS2 7QT. The doors open at nine.",
        "Visitate il nostro negozio al 12 di Park Row, Leeds LS2 7QT Il negozio apre alle nove.",
        "it",
        "7QT Il",
    ),
    (
        "Parcels go to locker 4C. The code comes by text message.",
        "Pakete kommen in das Fach 4C Der Code kommt per SMS.",
        "de",
        "4C Der",
    ),
    # a negating word opens the next sentence as a function word does
    (
        "Write to us at Stockport SK4 2HN. Nothing in these terms affects your rights.",
        "Escríbanos a Stockport SK4 2HN Nada de lo dispuesto en estas condiciones afecta a sus derechos.",
        "es",
        "2HN Nada",
    ),
]

# The function-word rule around apostrophes, elided words and labels: (source, target, lang, flagged).
ELISION = [
    (
        "Stop printing. For example, close it.",
        "Cessez d’imprimer Par exemple, fermez-le.",
        "fr",
        ["imprimer Par"],
    ),
    ("the settings. The app starts.", "les préférences L’application démarre.", "fr", ["préférences L"]),
    # the source writes the letter and apostrophe too: a code literal
    ("character L'\\u%x' in class", "le caractère L'\\u%x» de la classe", "fr", []),
    # one capital letter is a name ("plan A"), not an article
    ("We need plan A now.", "Il nous faut le plan A maintenant.", "fr", []),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), ELISION)
def test_elided_words_and_labels(source: str, target: str, lang: str, expected: list[str]) -> None:
    assert spans(run("lost_sentence_boundary", source, target, "en", lang)) == expected


BY_POSITION_GOOD = [
    # the source's boundary lost inside a word is merged_token's, and no other is lost
    (
        "Prices in the neighbouring district of Leopoldstadt have risen sharply. According to the "
        "property portal willhaben, new-build flats there sold for an average of €7,850 per m² last "
        "year, 38% more than in 2019. Existing flats cost about €5,200 per m².",
        "In der angrenzenden Leopoldstadt sind die Preise stark gestiegenLaut dem Immobilienportal "
        "willhaben wurden Neubauwohnungen dort im vergangenen Jahr für durchschnittlich 7.850 Euro "
        "pro Quadratmeter verkauft, um 38 Prozent mehr als 2019. Bestandswohnungen kosten rund "
        "5.200 Euro pro Quadratmeter.",
        "de",
    ),
    # an amount before a name in a list, where no boundary is lost
    (
        "Prices: €40 Madrid, €35 Sevilla. Book early.",
        "Precios: 40 € Madrid, 35 € Sevilla. Reserve pronto.",
        "es",
    ),
    # A German noun after a number is its unit ("5 Prozent"), not a sentence's start.
    (
        "It grew by 5%. Percent figures are rounded.",
        "Es wuchs um 5 Prozent und die Prozentzahlen sind gerundet.",
        "de",
    ),
    # The boundary was lost inside a word: merged_token puts the full stop there, and no
    # other join takes its place.
    (
        "It uses an adjuvant from US company Novavax. The World Health Organization recommends it.",
        "Utiliza un adyuvante de la empresa estadounidense NovavaxLa Organización Mundial lo recomienda.",
        "es",
    ),
    (
        "It was scored at the Emirates Stadium. Eleven games remain before the end.",
        "Es wurde im Emirates Stadium geschossenElf Spiele bleiben bis zum Ende.",
        "de",
    ),
    # after a word in capitals, a name the source writes inside a sentence starts none
    ("Use the API Zendesk offers. It is fast.", "Utilisez l’API Zendesk, elle est rapide.", "fr"),
    ("Use the API Salesforce offers. It is fast.", "Utilisez l’API Salesforce, elle est rapide.", "fr"),
    # a name that starts a sentence of the source ("Num Lock")
    ("Num Lock on: digits. Num Lock off: arrows", "Bloq Num: dígitos, Block Num apagado: flechas", "es"),
    # the target keeps every sentence
    ("The disk is full. Delete some files.", "Der Datenträger ist voll. Löschen Sie einige Dateien.", "de"),
    # a translator joined two sentences: the join point holds an adjective and its noun
    (
        "The value is invalid. Valid values are listed below.",
        "Der Wert ist ungültig; gültige Werte stehen unten.",
        "de",
    ),
    (
        "Copy the files. New files are added.",
        "Kopieren Sie die Dateien, wobei neue Dateien hinzukommen.",
        "de",
    ),
    # an article, a preposition or a conjunction never ends a sentence
    ("The job ended. Results follow.", "Der Auftrag endete und Ergebnisse folgen.", "de"),
    ("It is ready. Users can log in.", "Es ist fertig für Benutzer zum Anmelden.", "de"),
    # a name the source has is no sentence start
    ("Could not start SSL. It will be disabled.", "No se pudo iniciar SSL, se desactivará.", "es"),
    # a short caption the translation left out
    ("The service runs in Paris today. Source link", "Der Dienst läuft heute in ganz Paris", "de"),
    # lines and columns of a layout end without a full stop
    ("Options:\n  -a  Keep all. Files are kept.", "Optionen:\n  -a  Alles behalten Dateien bleiben", "de"),
    # a quote MT left open does not hide the target's boundaries
    ("They are new users. The bloc grows fast.", "„Sie sind neue Benutzer. Der Block wächst schnell.", "de"),
    # written without spaces between words: Latin words inside say nothing of a lost stop
    (
        "Licenses for `runtime` components are usually too complex to reflect them in a simple "
        "SPDX expression. Consider using a `LicenseRef` and a web URL as value for this "
        "component's `project_license`. E.g. `LicenseRef-free=https://example.com/licenses.html`",
        "「ランタイム」コンポーネントのライセンスは通常、複雑すぎて単純なSPDX式に反映できない。"
        "このコンポーネントの「project_license」の値として、「LicenseRef」とWeb URLの使用を"
        "検討してください。例えば。 `LicenseRef-free = https：// example.com / licenses.html`",
        "ja",
    ),
    # after an address, a name the source writes inside a sentence starts none
    (
        "Orders go to shop@example.org via Paypal. Refunds take a week.",
        "Los pedidos van a shop@example.org Paypal incluido, y los reembolsos tardan una semana.",
        "es",
    ),
    # a full stop glued to a capitalised word is a space lost, not an address: one word
    # after it is no sentence
    ("It ended. All targets are met.", "Es endete.Alle Ziele sind erreicht.", "de"),
    # a translator joined two sentences: an adjective inflected for its noun, wherever it stands
    (
        "It costs nothing here. Extra fees apply only abroad.",
        "Hier kostet es nichts und zusätzliche Gebühren fallen nur im Ausland an.",
        "de",
    ),
    (
        "It is free here. Extra fees apply only abroad.",
        "Hier ist es gratis, zusätzliche Gebühren fallen nur im Ausland an.",
        "de",
    ),
    # the polite pronoun after a verb, its object after it
    ("We will send the files to you. You get links.", "Wir senden Ihnen Dateien mit Links zu.", "de"),
    # after a name, Title Case and a name the source writes with its function word
    (
        "Use the File and Go To Start commands. They are quick.",
        "Pour aller plus vite, utilisez les commandes fichier et Aller Au Début, très rapides.",
        "fr",
    ),
    (
        "We read Jean De la Fontaine. Then we slept.",
        "Nous avons lu Jean De la Fontaine puis nous avons dormi.",
        "fr",
    ),
    # the polite pronoun is capitalised inside a sentence
    ("Check the key. You know what you do.", "Проверьте ключ, если Вы знаете, что делаете.", "ru"),
    # a year's abbreviation with its full stop; a gram's symbol, which takes none
    (
        "The depot was rebuilt in 2021. Since then it is open.",
        "Склад перестроили в 2021 г. С тех пор он открыт.",
        "ru",
    ),
    ("Add 200 g of Demerara sugar.", "Добавьте 200 г сахара Демерара.", "ru"),
    # a bracket closing a name's abbreviation; a bracketed sentence the source writes so too
    ("The firm (Acme Ltd.) grew fast.", "La société (Acme Ltd.) a grandi vite.", "fr"),
    (
        "Read the notes (They explain the rates.) before you book.",
        "Lisez les notes (Elles expliquent les tarifs.) avant de réserver.",
        "fr",
    ),
    # after a token the source ends a sentence with: a name the source writes with its
    # article, the polite "Sie", a German noun
    (
        "The story is on page 5. La Stampa printed it first.",
        "La notizia è a pagina 5 La Stampa l’ha pubblicata per prima.",
        "it",
    ),
    (
        "Welcome to room 5QA. We look forward to meeting you.",
        "Wir freuen uns, in Raum 5QA Sie begrüßen zu dürfen.",
        "de",
    ),
    (
        "Lockers are in room 4C. Keys are at the desk.",
        "Schließfächer stehen in Raum 4C Schlüsseln zur Verfügung, die am Empfang liegen.",
        "de",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BY_POSITION_BAD)
def test_a_lost_boundary_is_found_where_the_source_has_it(
    source: str, target: str, lang: str, expected: str
) -> None:
    issues = run("lost_sentence_boundary", source, target, "en", lang)
    assert spans(issues) == [expected]
    head, _, tail = expected.rpartition(" ")  # the source's mark before the sentence's first word
    fixes = {f"{head}{mark} {tail}" for mark in ".!?"}
    assert issues[0].fix is not None and issues[0].fix.replacement in fixes


@pytest.mark.parametrize(("source", "target", "lang"), BY_POSITION_GOOD)
def test_no_boundary_is_reported_where_the_target_joins_words(source: str, target: str, lang: str) -> None:
    assert run("lost_sentence_boundary", source, target, "en", lang) == []


CLOSED_CLASS = [
    # after a word an elided article or preposition stands before ("all’improvviso")
    (
        "The Registan appears suddenly. You turn the corner and there it is.",
        "Il Registan compare all’improvviso Si svolta l’angolo ed eccolo.",
        "it",
        ["improvviso Si"],
    ),
    # a determiner or conjunction capitalised after a lowercase word starts a sentence
    (
        "List of options; each option is a string.",
        "Liste der Optionen Jede Option ist eine Zeichenkette.",
        "de",
        ["Optionen Jede"],
    ),
    (
        "It is shown when set; if not, it is hidden.",
        "Es wird angezeigt, wenn gesetzt Falls nicht, wird es verborgen.",
        "de",
        ["gesetzt Falls"],
    ),
    # a comma where the full stop was: the next sentence keeps its capital
    (
        "We repair the roof first. For the windows we wait until spring.",
        "Nous réparons d'abord le toit, Pour les fenêtres, nous attendons le printemps.",
        "fr",
        ["toit, Pour"],
    ),
    # a semicolon where the full stop was (French writes a space before it)
    (
        "We repair the roof first. For the windows we wait until spring.",
        "Nous réparons d'abord le toit\u00a0; Pour les fenêtres, nous attendons le printemps.",
        "fr",
        ["toit\u00a0; Pour"],
    ),
    (
        "The form is complete. Please sign it.",
        "Das Formular ist vollständig; Bitte unterschreiben Sie es.",
        "de",
        ["vollständig; Bitte"],
    ),
    # a common word capitalised after a comma or (where the language starts lowercase after
    # one) a colon, or after a salutation's comma on the same line
    (
        "Keep the keys in the drawer. Nothing in the hall is locked.",
        "Houd de sleutels in de la, Niets in de gang is op slot.",
        "nl",
        ["la, Niets"],
    ),
    (
        "Keep the keys in the drawer. In the hall nothing is locked.",
        "Houd de sleutels in de la: In de gang is niets op slot.",
        "nl",
        ["la: In"],
    ),
    (
        "Dear Mr Lind, your letter has left.",
        "Уважаемый господин Линд, Письмо отправлено.",
        "ru",
        ["Линд, Письмо"],
    ),
    # ... not before a name the source writes, nor where the source writes a semicolon before
    # a capital itself, nor with as many sentences as the source
    ("We toured Bolivia. La Paz was cold.", "Recorrimos Bolivia; La Paz era fría.", "es", []),
    # ... nor before a name the source writes inside a sentence without its article ("the
    # Eikenhof complex"); an acronym takes the language's article, a stop lost before it
    (
        "The heating in all 96 flats of the Eikenhof complex will be replaced.",
        "De verwarming in alle 96 woningen van complex De Eikenhof wordt vervangen.",
        "nl",
        [],
    ),
    (
        "AI startups may tap its supercomputers for training. The EU already had a program.",
        "KI-Startups können ihre Supercomputer für Training nutzen Die EU hatte schon ein Programm.",
        "de",
        ["nutzen Die"],
    ),
    (
        "Teams: Red; The Blues. Both play today.",
        "Équipes : Rouge ; Les Bleus, et tous deux jouent aujourd'hui.",
        "fr",
        [],
    ),
    (
        "We repair the roof; for the windows too.",
        "Nous réparons le toit ; Pour les fenêtres aussi.",
        "fr",
        [],
    ),
    # not a polite pronoun, a name the source writes, nor with as many sentences as the source
    ("The file was created. You can open it.", "Die Datei wurde erstellt, Sie können sie öffnen.", "de", []),
    ("We met in Paris, Los Angeles and Rome.", "Nos vimos en París, Los Ángeles y Roma.", "es", []),
    # ... nor a name the source writes, a colon where the language capitalises after one or
    # where the source writes one before a capital, nor with as many sentences as the source
    (
        "We met Rosa, Bianca and Leo. All were well.",
        "Abbiamo visto Rosa, Bianca e Leo: stavano bene.",
        "it",
        [],
    ),
    ("Note: The disk is full.", "Hinweis: Die Festplatte ist voll.", "de", []),
    ("Note: The disk is full.", "Remarque : Le disque est plein.", "fr", []),
    ("Dear Sir or Madam, we wrote. Thanks.", "Madame, Monsieur, nous avons écrit, merci.", "fr", []),
    ("Dear Ms Roe, we thank you.", "Gentile Sig.ra Roe, La ringraziamo.", "it", []),
    (
        "Keep the keys in the drawer, nothing is locked.",
        "Houd de sleutels in de la, Niets is op slot.",
        "nl",
        [],
    ),
    ("Dear Mr Lind, your parcel has left.", "Уважаемый господин Линд, Вы получите посылку.", "ru", []),
    ("We repair the roof, for the windows too.", "Nous réparons le toit, Pour les fenêtres aussi.", "fr", []),
    # a verb's particle may end a sentence, though it reads as a preposition
    (
        "Pick a value. Each value is kept.",
        "Wählen Sie einen Wert aus Jeder Wert bleibt erhalten.",
        "de",
        ["aus Jeder"],
    ),
    # the last part of a compound may end a sentence
    (
        "List of XKB options; each option is a string.",
        "Liste der XKB-Optionen Jede Option ist eine Zeichenkette.",
        "de",
        ["Optionen Jede"],
    ),
    # an option before its description, as the source writes it, is layout
    (
        "  -z nodynamic-undefined-weak Do not make undefined weak symbols dynamic",
        "  -z nodynamic-undefined-weak Ne pas rendre dynamiques les symboles faibles",
        "fr",
        [],
    ),
    # a word that opens a request is capitalised only there
    (
        "Pipeline construction is invalid, please add queues.",
        "Die Zusammensetzung ist ungültig Bitte fügen Sie Warteschlangen hinzu.",
        "de",
        ["ungültig Bitte"],
    ),
    (
        "The file is invalid, please check it.",
        "Le fichier est invalide Veuillez le vérifier.",
        "fr",
        ["invalide Veuillez"],
    ),
    # ... unless an article or a preposition makes it a noun
    ("He made a request.", "Er hat eine Bitte geäußert.", "de", []),
    ("It was done on request of the user.", "Es wurde auf Bitte des Benutzers getan.", "de", []),
    # Italian writes the polite "Lei" and its possessives with a capital inside a sentence
    ("We will send your receipt by e-mail.", "Le invieremo la Sua ricevuta per e-mail.", "it", []),
    # ... and its pronouns that are also articles, before a verb ("La contatteremo")
    (
        "Larger repairs cost more; in that case we will call you before we start.",
        "Le riparazioni maggiori costano di più; in quel caso La chiameremo prima di iniziare.",
        "it",
        [],
    ),
    (
        "Orders over 100 euros ship free; to be safe, we will remind you of the deadline by e-mail.",
        "Gli ordini sopra i 100 euro sono spediti gratis; per sicurezza Le ricorderemo la scadenza "
        "per e-mail.",
        "it",
        [],
    ),
    # an article before a noun after a lowercase word: a lost full stop
    (
        "The shop closes at six. The next morning it opens at eight.",
        "Il negozio chiude alle sei La mattina dopo apre alle otto.",
        "it",
        ["sei La"],
    ),
    # after an article the capitalised word is a noun, not a sentence's first word
    ("He spoke of the being.", "Er sprach von dem Sein.", "de", []),
    ("The request was sent.", "Die Bitte um eine Alle-Liste wurde gesendet.", "de", []),
    # a function word that is also a noun ("Waren", goods) starts a sentence only where the
    # source has more sentences
    ("Only goods listed may be sold.", "Es dürfen nur Waren verkauft werden, die aufgeführt sind.", "de", []),
    ("We sell goods made in the region.", "Wir verkaufen Waren aus der Region.", "de", []),
    (
        "The roads were closed. Because of the weather the market is cancelled.",
        "Die Straßen waren gesperrt Wegen des Wetters fällt der Markt aus.",
        "de",
        ["gesperrt Wegen"],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), CLOSED_CLASS)
def test_a_closed_class_word_after_a_lowercase_one_starts_a_sentence(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    assert spans(run("lost_sentence_boundary", source, target, "en", lang)) == expected
