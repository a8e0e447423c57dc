"""stray_artifact: debris that only the source or the script tells from text the author meant.
(The check's other rows are in test_checks_a.py.)"""

from __future__ import annotations

import pytest

from editor.core.checks.base import Severity
from tests.core.checks._run import run

# (source, target, target language, [(flagged text, suggestion)])
BAD = [
    # full-width digits of East Asian input; the Greek question mark for a semicolon
    ("It weighs 140 kg.", "Pesa \uff11\uff14\uff10 kg.", "es", [("\uff11\uff14\uff10", "140")]),
    ("The lid is in; the box is not.", "La tapa sí\u037e la caja no.", "es", [("\u037e", ";")]),
    # a subword model's byte token between two sentences; code marks around a bare word
    (
        "Doors close at six. Keys are at the desk.",
        "Le porte chiudono alle sei.<0x0D>Le chiavi sono al banco.",
        "it",
        [("<0x0D>", " ")],
    ),
    (
        "Copy the file to %TEMP% first.",
        "Kopieren Sie die Datei zuerst nach `%TEMP%`.",
        "de",
        [("`%TEMP%`", "%TEMP%")],
    ),
    # UTF-8 read as Windows-1251, as Windows-1252, as Latin-1: one issue for the phrase
    (
        "Copy the new files.",
        "Скопируйте РЅРѕРІС‹Рµ С„Р°Р№Р»С‹.",
        "ru",
        [("РЅРѕРІС‹Рµ С„Р°Р№Р»С‹", "новые файлы")],
    ),
    (
        "Copy the new files.",
        "Скопируйте Ð½Ð¾Ð²Ñ‹Ðµ Ñ„Ð°Ð¹Ð»Ñ‹.",
        "ru",
        [("Ð½Ð¾Ð²Ñ‹Ðµ Ñ„Ð°Ð¹Ð»Ñ‹", "новые файлы")],
    ),
    (
        "Copy the new files.",
        "Скопируйте Ð½Ð¾Ð²Ñ\x8bÐµ Ñ\x84Ð°Ð¹Ð»Ñ\x8b.",
        "ru",
        [("Ð½Ð¾Ð²Ñ\x8bÐµ Ñ\x84Ð°Ð¹Ð»Ñ\x8b", "новые файлы")],
    ),
    ("The cat", "Î— Î³Î¬Ï„Î±", "el", [("Î— Î³Î¬Ï„Î±", "Η γάτα")]),
    ("The cat", "О— ОіО¬П„О±", "el", [("О— ОіО¬П„О±", "Η γάτα")]),
    # a space or a letter left percent-encoded inside a word
    (
        "The Cedar Lane clinic is open.",
        "La clinique Cedar%20Lane est ouverte.",
        "fr",
        [("%20", " ")],
    ),
    ("The café opens at nine.", "Le caf%C3%A9 ouvre à neuf heures.", "fr", [("%C3%A9", "é")]),
    # a directional mark in a left-to-right text
    ("Your code is QX-4411.", "Votre code est \u200eQX-4411.", "fr", [("\u200e", "")]),
    ("Your code is QX-4411.", "Ihr Code ist \u2066QX-4411\u2069.", "de", [("\u2066", ""), ("\u2069", "")]),
    # quotation marks escaped for a program's string
    ("Start the app now.", "Lancez l\\'appli maintenant.", "fr", [("\\'", "'")]),
    ('Press "Go".', 'Drücken Sie \\"Los\\".', "de", [('\\"', '"'), ('\\"', '"')]),
    # Markdown and wiki links
    (
        "Details at www.example.org/care.",
        "Details unter [www.example.org/care](https://www.example.org/care).",
        "de",
        [("[www.example.org/care](https://www.example.org/care)", "www.example.org/care")],
    ),
    ("Read the help page.", "Lesen Sie die [[Hilfeseite]].", "de", [("[[Hilfeseite]]", "Hilfeseite")]),
    (
        "Read the help page.",
        "Lesen Sie die [[Hilfe|Hilfeseite]].",
        "de",
        [("[[Hilfe|Hilfeseite]]", "Hilfeseite")],
    ),
    # debris opening the target: a heading marker, a segment number, a chatbot's preamble
    ("Opening hours change in May.", "## Gli orari cambiano a maggio.", "it", [("##", "")]),
    ("Where do I park?", "[7] Où puis-je me garer ?", "fr", [("[7]", "")]),
    (
        "The shop opens at nine.",
        "Voici votre traduction en français : Le magasin ouvre à neuf heures.",
        "fr",
        [("Voici votre traduction en français :", "")],
    ),
    (
        "Bring a towel.",
        "Hier ist die Übersetzung:\nBringen Sie ein Handtuch mit.",
        "de",
        [("Hier ist die Übersetzung:", "")],
    ),
    # ... or a label that names the translation; an element wrapped around the reply
    ("The shop opens at nine.", "Traduction : Le magasin ouvre à neuf heures.", "fr", [("Traduction :", "")]),
    (
        "The museum opens at 9 am.",
        "<translation>Le musée ouvre à 9 h.</translation>",
        "fr",
        [("<translation>", None), ("</translation>", "")],
    ),
    # a chatbot's note on its translation, in brackets or after the text
    (
        "The museum opens at 9 am.",
        'Das Museum öffnet um 9 Uhr. (Hinweis: "am" wurde als Vormittag übersetzt.)',
        "de",
        [('(Hinweis: "am" wurde als Vormittag übersetzt.)', "")],
    ),
    (
        "The museum opens at 9 am.",
        "Le musée ouvre à 9 h. Note : j'ai traduit « am » par « le matin ».",
        "fr",
        [("Note : j'ai traduit « am » par « le matin ».", "")],
    ),
    # an object replacement character where an inline image was
    (
        "Tap the bell icon to subscribe.",
        "Tippen Sie auf das Glockensymbol\ufffc, um zu abonnieren.",
        "de",
        [("\ufffc", None)],
    ),
    # a word split by a line break's hyphen, left with the break's space
    (
        "The heating and the staff room.",
        "Die Hei- zung und der Raum der Mit- arbeiter.",
        "de",
        [("Hei- zung", "Heizung"), ("Mit- arbeiter", "Mitarbeiter")],
    ),
    ("The heating in the hall.", "De verwar- ming in de hal.", "nl", [("verwar- ming", "verwarming")]),
    # a PDF's page counter, a link's scheme, a comment anchor left by a document's conversion
    (
        "The pool closes early. Towels are free.",
        "La piscina cierra pronto. Página 2 de 3 Las toallas son gratis.",
        "es",
        [("Página 2 de 3", "")],
    ),
    (
        "Rooms are cleaned daily.",
        "Le camere sono pulite ogni giorno. Pagina 1 di 2",
        "it",
        [("Pagina 1 di 2", "")],
    ),
    (
        "Rooms are cleaned daily.",
        "Номера убирают ежедневно. Страница 3 из 4",
        "ru",
        [("Страница 3 из 4", "")],
    ),
    (
        "Mail dana@marlow.org or call +31 20 555 0101.",
        "Mail dana@marlow.org of bel tel:+31 20 555 0101.",
        "nl",
        [("tel:", "")],
    ),
    ("Write to desk@marlow.org.", "Écrivez à mailto:desk@marlow.org.", "fr", [("mailto:", "")]),
    ("The fee rises in June.", "Die Gebühr steigt im Juni[KL1].", "de", [("[KL1]", "")]),
    ("The fee rises in June.", "Плата растёт в июне [ЕВ2].", "ru", [("[ЕВ2]", "")]),
    # a word processor's message for a broken field, a click-to-call plug-in's markers, an
    # e-mail's quotation marker opening a line
    (
        "See the map in section 3.",
        "Siehe die Karte in Abschnitt Fehler! Verweisquelle konnte nicht gefunden werden.",
        "de",
        [("Fehler! Verweisquelle konnte nicht gefunden werden.", "")],
    ),
    (
        "As shown in figure 2.",
        "Comme le montre la figure Erreur\u00a0! Source du renvoi introuvable.",
        "fr",
        [("Erreur\u00a0! Source du renvoi introuvable.", "")],
    ),
    (
        "Call us on 0161 496 0000.",
        "Ligue-nos begin_of_the_skype_highlighting 0161 496 0000 end_of_the_skype_highlighting.",
        "pt",
        [("begin_of_the_skype_highlighting", ""), ("end_of_the_skype_highlighting", "")],
    ),
    (
        "Late returns cost extra.\nThe desk opens at nine.",
        "Поздний возврат стоит дороже.\n> Стойка открывается в девять.",
        "ru",
        [("> ", "")],
    ),
    # a footnote's superscript number glued to a word; a digit a scan read for a letter
    ("The fee covers towels.", "Die Gebühr² deckt Handtücher ab.", "de", [("²", "")]),
    ("The price of the ferry.", "El precio de1 ferry.", "es", [("de1", "del")]),
    ("The flight is late.", "Le vo1 est en retard.", "fr", [("vo1", "vol")]),
    ("We are all here.", "Wir sind a1le hier.", "de", [("a1le", "alle")]),
    # a PDF's unmapped glyph between numbers, a subtitle's note before a quotation, a
    # dictionary's stress mark, a word processor's field codes shown
    ("Open 9–17 daily.", "Aberto das 9■17 diariamente.", "pt", [("■", None)]),
    ("She sang “Home”.", "Cantó ♪ «Hogar».", "es", [("♪", "")]),
    ("“Home” is the song.", "♪ «Hogar» es la canción.", "es", [("♪", "")]),
    ("The lessons start.", "Уро́ки начинаются.", "ru", [("о́", "о")]),
    (
        "Check the screw before use.",
        'Prüfen Sie die Schraube { XE "Schraube" } vor Gebrauch.',
        "de",
        [('{ XE "Schraube" }', "")],
    ),
    ("Page 2", "Pagina { PAGE } 2", "it", [("{ PAGE }", "")]),
    # a backslash typed for a slash between numbers
    ("The 2025/26 season.", "Сезон 2025\\26 года.", "ru", [("\\", "/")]),
    # a scan's line-break mark inside a word, a LaTeX tie, a bullet for a unit's middle dot
    ("Fit the summer tyres.", "Montieren Sie die Sommer¬reifen.", "de", [("¬", "")]),
    ("Ask Prof Lindqvist.", "Fragen Sie Prof~Lindqvist.", "de", [("~", "\u00a0")]),
    ("Ask Mr. Okafor.", "Pregunte al Sr.~Okafor.", "es", [("~", "\u00a0")]),
    ("Use 3 kWh a day.", "Comptez 3 kW•h par jour.", "fr", [("•", "·")]),
    # a rare compound split: neither piece is a word
    (
        "The descaling cartridge.",
        "Het ontkal- kingspatroon.",
        "nl",
        [("ontkal- kingspatroon", "ontkalkingspatroon")],
    ),
    # debris of a pipeline: a PDF's ligature, quoted-printable bytes of an e-mail, a CMS's
    # comment, a revision's struck text, bold of underscores, a table cell's tab
    ("The effluent and the office.", "L'eﬄuent et le bureau oﬃciel.", "fr", [("ﬄ", "ffl"), ("ﬃ", "ffi")]),
    ("The film is fine.", "Der ﬁlm ist gut.", "de", [("ﬁ", "fi")]),
    ("The café opens.", "El caf=C3=A9 abre.", "es", [("=C3=A9", "é")]),
    ("It is the owner's car.", "C'est l=E2=80=99auto du patron.", "fr", [("=E2=80=99", "’")]),
    ("Hello, friend.", "Hola=2C=20amigo.", "es", [("=2C=20", ", ")]),
    (
        "Book now. Rooms are few.",
        "Buchen Sie jetzt. <!-- wp:paragraph --> Zimmer sind knapp.",
        "de",
        [("<!-- wp:paragraph -->", "")],
    ),
    (
        "The tenant pays.",
        "Der ~~Mieter~~ Pächter zahlt.",
        "de",
        [("~~Mieter~~", "")],
    ),
    ("Bring a helmet.", "Traiga un __casco__ propio.", "es", [("__casco__", "casco")]),
    ("Bring a helmet.", "Traiga un __casco__.", "es", [("__casco__", "casco")]),
    ("Quote ref. KX-40 when calling.", "Citate il rif.\tKX-40 quando chiamate.", "it", [("\t", " ")]),
    # a file's name in prose whose source names none
    (
        "Spray is applied free of charge to every pair.",
        "Applichiamo gratuitamente riparazione_scarpe_v2 uno spray a ogni paio.",
        "it",
        [("riparazione_scarpe_v2", "")],
    ),
]

# (source, target, target language)
GOOD = [
    # shapes and notes the source has, or a bullet opening a line; a stress mark the source
    # writes; braces of a template or of a field the source shows
    ("Press ▶ to play.", "Drücken Sie ▶ zum Abspielen.", "de"),
    ("- Towels\n- Soap", "■ Handtücher\n● Seife", "de"),
    ("The stress in мо́ре.", "L'accent dans мо́ре.", "fr"),
    ("Hello {name}, page { PAGE }.", "Hallo {name}, Seite { PAGE }.", "de"),
    ("Hello {name}.", "Hallo { NAME }.", "de"),
    # tildes of paths, addresses, codes, ranges of a script without case, or approximations;
    # a negation sign or a bullet the source writes too, a bullet between longer words
    ("See the bin, the host, about 5 km, days.", "Voir ~/bin, hôte/~ana, ~5 km, Docs~Home/x, %d~Tage.", "fr"),
    ("Open Mon-Fri.", "月~金に開きます。", "ja"),
    ("Ask Prof~Lindqvist.", "Fragen Sie Prof~Lindqvist.", "de"),
    ("If a then ¬b.", "Wenn a dann a¬b.", "de"),
    ("Items: A•B.", "Éléments : A•B.", "fr"),
    ("Home and garden.", "Maison•jardin.", "fr"),
    # backslashes of a path, a replacement's groups, or where the source writes them
    ("Open the folder.", "Öffnen Sie C:\\2024\\05.", "de"),
    ("Swap them.", "Ersetzen durch $2\\1.", "de"),
    ("Type 1\\2.", "Tapez 1\\2.", "fr"),
    # full-width forms where the language writes them, or where the source has them
    ("The crate weighs 140 kg.", "箱の重さは\uff11\uff14\uff10kgです。", "ja"),
    ("Type \uff21 to continue.", "Escriba \uff21 para continuar.", "es"),
    # code marks the source writes too, around a placeholder, or GNU's `quote' style
    ("Run `make` first.", "Führen Sie zuerst `make` aus.", "de"),
    ("Cannot open '%s'.", "Kann `%s` nicht öffnen.", "de"),
    ("Use 'posix' mode.", "Verwenden Sie den Modus `posix'.", "de"),
    # Cyrillic capitals before marks that Windows-1251 also reads from a continuation byte
    ("Usage: prog [KEY]... DIR...", "Запуск: prog [ПАРАМЕТР…] ДИР…", "ru"),
    ("in the NUMBER field", "в поле «НОМЕР»", "ru"),
    ("After the rain", "Після дощу", "uk"),
    ("HAPPY NEW YEAR!", "¡FELIZ AÑO NUEVO!", "es"),
    # percent signs of an address, a format string, encoded text the source has, a number
    ("See https://example.org/Cedar%20Lane now.", "Siehe https://example.org/Cedar%20Lane jetzt.", "de"),
    ("Open example.org/a%20b", "Öffnen Sie example.org/a%20b", "de"),
    ("bad signature 0x%08x", "Ungültige Signatur 0x%08x", "de"),
    ("Use %20s to pad the name.", "Mit Name%20s wird aufgefüllt.", "de"),
    ("Up 20% this year", "Plus 20% dieses Jahr", "de"),
    # directional marks in a right-to-left text, or beside its words, or as the source has them
    ("Call QX-4411 now.", "اتصل بـ \u200fQX-4411 الآن.", "ar"),
    ("Ask Dana (דנה).", "Fragen Sie Dana (דנה)\u200e.", "de"),
    ("Code \u200eQX-4411", "Code \u200eQX-4411", "fr"),
    # escapes the source writes too, a quoted backslash
    ("Type \\' to quote.", "Tapez \\' pour citer.", "fr"),
    ("A trailing backslash is not portable.", 'Un "\\" final n\'est pas portable.', "fr"),
    ("The key '\\' is odd.", "La touche '\\' est bizarre.", "fr"),
    # links the source has; brackets of shells and regular expressions
    ("See [the guide](https://x.org/a).", "Siehe [die Anleitung](https://x.org/a).", "de"),
    ("Use [[ expr ]] in tests.", "Nutzen Sie [[ Ausdruck ]] in Tests.", "de"),
    ("The class is [[:space:]].", "Die Klasse ist [[:space:]].", "de"),
    ("Set [[CC]YY]MMDD", "Setzt [[JH]JJ]MMTT", "de"),
    ("Mode [a](b) is odd", "Modus [a](b) ist seltsam", "de"),
    # openings the source has, a hashtag or number, a sentence about a translation
    ("## Prices", "## Preise", "de"),
    ("#1 in sales", "#1 der Verkäufe", "de"),
    ("[3] Smith, J. (2020)", "[3] Smith, J. (2020)", "fr"),
    ("[x] Done", "[x] Fait", "fr"),
    ("Here is the translation: a new text.", "Voici le texte traduit : un nouveau texte.", "fr"),
    ("The translated text follows:", "Voici le texte traduit :", "fr"),
    ("The letter follows.", "Voici votre traduction de la lettre.", "fr"),
    # a compound's shared part before its conjunction, a hyphen that is a dash, halves of no
    # common word
    ("Entry and exit, once or twice.", "Ein- und Ausgang, ein- bis zweimal, Vor- bzw. Nachteile.", "de"),
    ("Farming and gardening", "land- en tuinbouw", "nl"),
    ("pre- and post-war", "pre- and post-war", "en"),
    ("Good, but dear.", "Gut- aber teuer.", "de"),
    ("Field- and forest paths", "Land- en Waldwege", "de"),
    # page counters the source has or says, a scheme the source writes, bracketed codes
    ("Page 3 of 4", "Seite 3 von 4", "de"),
    ("The form is on page 3 of 40.", "Das Formular steht auf Seite 3 von 40.", "de"),
    ("Chapter five", "Seite 7 von 3", "de"),
    ("Link: mailto:desk@marlow.org", "Lien : mailto:desk@marlow.org", "fr"),
    ('<a href="mailto:desk@marlow.org">Write</a>', '<a href="mailto:desk@marlow.org">Écrire</a>', "fr"),
    ("Tel: +31 20 555 0101", "Tél. : +31 20 555 0101", "fr"),
    ("Error! Reference source not found.", "Fehler! Verweisquelle konnte nicht gefunden werden.", "de"),
    ("The error is not defined.", "Der Fehler ist nicht definiert.", "de"),
    ("> Quoted reply", "> Réponse citée", "fr"),
    ("Open File > Save.", "Ouvrez Fichier > Enregistrer.", "fr"),
    ("Values 3 > 2 hold.", "Werte:\n3 > 2 gilt.", "de"),
    ("Press [F1] for help.", "Drücken Sie [F1] für Hilfe.", "de"),
    ("Replace [NAME1] here.", "Ersetzen Sie hier [ИМЯ1].", "ru"),
    ("See note [a1] below.", "Siehe Anmerkung [a1] unten.", "de"),
    ("Save as [UTF-8] text.", "Enregistrer en texte [UTF8].", "fr"),
    # powers of units, superscripts the source has; codes and names with a digit
    ("A room of 40 m² and a tank of 3 m³/h.", "Ein Raum von 40 m² und ein Tank mit 3 m³/h.", "de"),
    ("The CO₂ level is 400 ppm.", "Der CO₂-Wert liegt bei 400 ppm.", "de"),
    ("The fee¹ covers towels.", "Die Gebühr¹ deckt Handtücher ab.", "de"),
    ("Area in km² and ft².", "Fläche in km² und ft².", "de"),
    ("Get the A1 plan, mp3 files, h264 video and vitamin B12.", "A1-Tarif, mp3, h264, Vitamin B12.", "de"),
    ("Mount sda1 on eth0 and open file1.txt.", "Hängen Sie sda1 an eth0 ein und öffnen Sie file1.txt.", "de"),
    ("The key is de1 here.", "La clave es de1 aquí.", "es"),
    # ligatures the source has; "=XX" of formulas, colours and queries; a comment, a tilde,
    # underscores and tabs the source has or that are no markup
    ("The ﬁle is here.", "Le ﬁchier est ici.", "fr"),
    ("Set a=20 and b=3D.", "Setzen Sie a=20 und b=3D.", "de"),
    ("Use color=FFAA00 or id=C3.", "Nutzen Sie color=FFAA00 oder id=C3.", "de"),
    ("Pick a value.", "Wählen Sie x=20=30 oder y=E9.", "de"),
    ("<!-- note --> Text", "<!-- Hinweis --> Text", "de"),
    ("About 20 km away, ~~50 m.", "Etwa ~20 km entfernt, ~~50 m.", "de"),
    ("Roughly 20 km.", "Ungefähr ~20 km, 3~5 h.", "de"),
    ("Edit init.py and obj.dict.", "Bearbeiten Sie __init__.py, obj.__dict__ und __len__().", "de"),
    ("Use __main__ here.", "Nutzen Sie hier __main__.", "de"),
    # names with underscores the source writes, or in an address, a path, a placeholder
    ("Set show_hidden to true.", "Setzen Sie show_hidden auf true.", "de"),
    ("Set the option to true.", "Setzen Sie {nome_opzione} auf true.", "de"),
    ("Write to us.", "Schreiben Sie an info_desk@laden.de oder www.laden.de/kontakt_form.", "de"),
    ("The log is kept.", "Das Protokoll liegt in /var/log/mein_laden.", "de"),
    ("Name\tValue", "Name\tWert", "de"),
    # a placeholder of command syntax, opened only; a label the source has too
    ("Run it with <file> and <dir>.", "Ausführen mit <Datei> und <Verzeichnis>.", "de"),
    ("Translation: automatic", "Traduction : automatique", "fr"),
    # a note the source has, or one about no translation
    ("Tip: book early.", "Hinweis: früh buchen.", "de"),
    (
        "The museum (note: closed on Mondays) opens at 9.",
        "Das Museum (Hinweis: montags zu) öffnet um 9.",
        "de",
    ),
    ("The manual (translated in 2020) is online.", "Il manuale (nota: tradotto nel 2020) è online.", "it"),
    ("Name Value", "\tName Wert", "de"),
    ("  -q    run quietly", "  -q\tleise laufen", "de"),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_debris_is_found_with_span_and_fix(
    source: str, target: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    issues = run("stray_artifact", source, target, "en", lang)
    assert [(i.text, i.suggestion) for i in issues] == expected


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_look_alikes_are_silent(source: str, target: str, lang: str) -> None:
    assert run("stray_artifact", source, target, "en", lang) == []


def test_a_stress_mark_is_a_warning_and_other_debris_an_error() -> None:
    # a stress mark may be an author's own (a textbook); a glyph of a broken conversion is not
    (stress,) = run("stray_artifact", "The lessons start.", "Уро́ки начинаются.", "en", "ru")
    (shape,) = run("stray_artifact", "Open 9–17 daily.", "Aberto das 9■17 diariamente.", "en", "pt")
    assert (stress.severity, shape.severity) == (Severity.WARNING, Severity.ERROR)
