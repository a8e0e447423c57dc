"""What the source itself does is the author's convention, not a slip of the translation:
spacing in command syntax and aligned help text, a message's final newline, placeholders in
angle brackets, words in capitals. Found on real human translations of software messages."""

from __future__ import annotations

import pytest

from editor.core.model import Document
from tests.core.checks._run import run
from tests.factories import make_document

# (check, source, target, target language)
GOOD = [
    ("whitespace", "Print the size.\n", "Die Größe ausgeben.\n", "de"),
    ("whitespace", "  -a, --all    show all\n", "  -a, --all    alle anzeigen\n", "de"),
    ("whitespace", "Name:   %s", "Nom :   %s", "fr"),
    # A report's values lined up in a column after their labels.
    ("whitespace", "Blocks per file: %u\n", "Blöcke pro Datei:       %u\n", "de"),
    ("whitespace", "Owner: {owner}", "Propriétaire :    {owner}", "fr"),
    ("punctuation", "Usage: test [ EXPRESSION ]", "Aufruf: test [ AUSDRUCK ]", "de"),
    ("punctuation", "Columns   : %d", "Spalten   : %d", "de"),
    ("punctuation", "Updating %s..%s", "Aktualisiere %s..%s", "de"),
    ("punctuation", "keywords: app;tool;suite", "Stichwörter: App;Werkzeug;Suite", "de"),
    ("stray_artifact", "Usage: cmd <file> <name>", "Aufruf: cmd <Datei> <Name>", "de"),
    ("stray_artifact", "Upgrade done\n------------", "Aktualisierung fertig\n---------------------", "de"),
    ("stray_artifact", "Expiry date (YYYY-MM-DD)", "Ablaufdatum (JJJJ-MM-TT)", "de"),
    ("stray_artifact", "Usage: cmd [options]", "Aufruf: cmd [<Optionen>]", "de"),
    # Not the source's doing, but grammar and layout the checks must know.
    ("repeated_word", "  -a USER      add USER", "  -a BENUTZER      BENUTZER hinzufügen", "de"),
    ("repeated_word", "  FILE        FILE is newer", "  FICHIER  FICHIER est plus récent", "fr"),
    ("repeated_word", "the time after which the cursor stops", "die Zeit, nach der der Zeiger stoppt", "de"),
    ("repeated_word", "add it to the list", "fügen Sie sie der Liste hinzu", "de"),
    ("lost_sentence_boundary", "use binary I/O", "binäre Ein-/Ausgabe benutzen", "de"),
    # Scripts without spaces between words: a bracket closes after a two-character word, a
    # kept name is written against the words around it.
    ("punctuation", "EPS image (bzip-compressed)", "EPS 画像 (bzip 圧縮)", "ja"),
    ("named_entity", "It sets PostgreSQL messages", "syslog内でPostgreSQLのメッセージを設定", "ja"),
    ("lost_sentence_boundary", "of the non-directory", "des Nicht\u2010Verzeichnisses", "de"),
]

# (check, source, target, target language, [(flagged text, suggestion)])
BAD = [
    ("whitespace", "Print the size.", "Die Größe ausgeben. ", "de", [(" ", "")]),
    ("whitespace", "Print the size.\n", "Die Größe ausgeben.\n\n", "de", [("\n\n", "\n")]),
    ("whitespace", "  -a  show all", " -a  alle anzeigen", "de", [(" ", "  ")]),
    ("whitespace", "It rained all day.", "Es regnete  den ganzen Tag.", "de", [("  ", " ")]),
    ("whitespace", "Applying: %s", "Anwenden  von %s", "de", [("  ", " ")]),
    ("whitespace", "Owner: %s (group: %s)", "Besitzer: %s  (Gruppe: %s)", "de", [("  ", " ")]),
    # A sentence before its colon is no report's label; nor is a value with more after it.
    (
        "whitespace",
        "Could not create a folder for the template: %s",
        "Für die Vorlage konnte kein temporärer Ordner erstellt werden:  %s",
        "de",
        [("  ", " ")],
    ),
    ("whitespace", "Too many parts: %d (>= %d)", "Demasiadas partes:  %d (>= %d)", "es", [("  ", " ")]),
    # One bracketed space is the source's; a second one is the translation's.
    ("punctuation", "[ NAME ] and (x)", "[ NAME ] und (x )", "de", [("(x )", "(x)")]),
    (
        "punctuation",
        "It rained. Then it stopped.",
        "Es regnete . Dann hörte es auf.",
        "de",
        [("regnete .", "regnete.")],
    ),
    ("punctuation", "Done, then quit.", "Fertig,, dann beenden.", "de", [(",,", ",")]),
    ("stray_artifact", "Usage: cmd <file>", "Aufruf: cmd <Datei> <b>", "de", [("<b>", "")]),
    ("stray_artifact", "The end", "Das Ende -----", "de", [("-----", "")]),
    (
        "repeated_word",
        "changes to the new directory",
        "wechselt in das das neue Verzeichnis",
        "de",
        [("das das", "das")],
    ),
    ("repeated_word", "It is good.", "Es ist  ist gut.", "de", [("ist  ist", "ist")]),
    ("punctuation", "EPS image (bzip-compressed)", "EPS 画像 (bzip 圧縮", "ja", [("(", None)]),
    (
        "named_entity",
        "It sets PostgreSQL messages",
        "syslog内でのメッセージを設定",
        "ja",
        [("PostgreSQL", None)],
    ),
    (
        "lost_sentence_boundary",
        "It was launched. In May",
        "Es wurde gestartet Im Mai",
        "de",
        [("gestartet Im", "gestartet. Im")],
    ),
]


@pytest.mark.parametrize(("check", "source", "target", "lang"), GOOD)
def test_the_sources_convention_is_silent(check: str, source: str, target: str, lang: str) -> None:
    assert [(i.text, i.message) for i in run(check, source, target, "en", lang)] == []


@pytest.mark.parametrize(("check", "source", "target", "lang", "expected"), BAD)
def test_what_the_source_does_not_do_is_found(
    check: str, source: str, target: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    issues = run(check, source, target, "en", lang)
    assert [(i.text, i.suggestion) for i in issues] == expected


def _terms(document: Document) -> list[tuple[int, str]]:
    from editor.core.checks import build_context, get_check

    context = build_context(document)
    check = get_check("inconsistent_term")
    return [(i.segment, i.text) for s in document for i in check.check(s, context)]


def test_words_in_capitals_are_no_spelling_variant() -> None:
    document = make_document(
        [
            ("Remove the FILE.", "Die DATEI entfernen."),
            ("The file is gone.", "Die Datei ist weg."),
            ("ARGUMENTs are read.", "ARGUMENTe werden gelesen."),
            ("Arguments are read.", "Argumente werden gelesen."),
        ]
    )
    assert _terms(document) == []


def test_a_spelling_taken_from_the_source_is_no_variant() -> None:
    document = make_document(
        [
            ("Run git multi-pack-index now.", "git multi-pack-index jetzt ausführen."),
            ("The multi pack index is big.", "Der Multi-Pack-Index ist groß."),
            ("The multi pack index is small.", "Der Multi-Pack-Index ist klein."),
        ]
    )
    assert _terms(document) == []


def test_lowercase_words_apart_do_not_match_a_capitalised_pair() -> None:
    """ "für den" in running text is not the title-case pair "Für Den" written apart, so a
    single slip "fürden" elsewhere must not turn every "für den" into a variant (the pair and
    the slip, one each, are)."""
    document = make_document(
        [
            ("For The Record", "Für Den Bericht"),
            ("It is for the user.", "Es ist für den Nutzer."),
            ("It is for the admin.", "Es ist fürden Verwalter."),
        ]
    )
    assert [text for _, text in _terms(document)] == ["Für Den", "fürden"]
