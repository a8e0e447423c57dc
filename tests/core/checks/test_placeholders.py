"""placeholder_mismatch: the variables of software strings survive the translation."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

# (source, target, target language): correct
GOOD = [
    ("Copied %d files to %s.", "%d Dateien nach %s kopiert.", "de"),
    ("Copied %d files to %s.", "Nach %2$s wurden %1$d Dateien kopiert.", "de"),  # numbered: reordered
    ("Name: %-12s Size: %5lu", "Name: %-20s Größe: %8lu", "de"),  # widths are layout
    ("Value %i of %d", "Wert %d von %i", "de"),  # %i and %d take the same argument
    ('%s\n"%.*s"\n%u-bit key', "%1$s\n« %3$.*2$s »\nclé de %4$u bits", "fr"),  # "*" is an argument
    ("version %u instead of %u", "version %2$u au lieu de %1$u, pas %2$u", "fr"),  # used twice
    ("Hello {name}, you have {count} messages.", "Hallo {name}, Sie haben {count} Nachrichten.", "de"),
    ("Done: {0} of {1}", "Fertig: {1} von {0}", "de"),
    ("Growth was 5% in 2023 and 12 % in 2024.", "Das Wachstum lag 2023 bei 5 % und 2024 bei 12 %.", "de"),
    ("a 5% increase", "eine 5%ige Steigerung", "de"),
    ("Invalid %-encoding in %REGEXP% and 100%%", "Ungültige %-Kodierung in %AUSDRUCK% und 100%%", "de"),
    ("Date: %a %b %e %H:%M:%S %Y", "Datum: %d.%m.%Y %H:%M:%S", "de"),  # strftime: localised
    ("%time spent", "(%) der Zeit", "de"),
    ("missing brace on \\x{HEXNUMBER}", "Klammer bei \\x{HEXZAHL} fehlt", "de"),
    ("Width %12s here", "Breite %s12s hier", "de"),  # the same argument; its width is layout
    # code in backticks kept as written, or marked the translator's way; GNU `quoting'
    ("The `onSave` event is now `onDocumentSaved`.", "`onSave` heißt jetzt `onDocumentSaved`.", "de"),
    ("The `onSave` event is renamed.", "Das Ereignis »onSave« wurde umbenannt.", "de"),
    ("Add `%s' to group `%s'.", "`%s' zur Gruppe `%s' hinzufügen.", "de"),
    # addresses kept; a safer scheme, a final slash, a page in the target's language, the
    # translator's own address, a placeholder address localised; handles in capitals are syntax
    (
        "Read the manual at example.org/docs/start today.",
        "Lesen Sie das Handbuch unter example.org/docs/start.",
        "de",
    ),
    ("Help: <http://www.gnu.org/gethelp/>", "Aide : <https://www.gnu.org/gethelp>", "fr"),
    ("Help: <https://www.gnu.org/gethelp/>", "Aide : <https://www.gnu.org/help/gethelp.fr.html>", "fr"),
    ("Report bugs to <https://bugs.example.net/>.", "Fehler an <team-de@lists.example.org> melden.", "de"),
    ("Set it with user.email you@example.com", "Réglez-le avec user.email vous@example.com", "fr"),
    ("Read options from @FILE", "Optionen aus @DATEI lesen", "de"),
    ("Write to ana@mail.example or call us.", "Escriba a ana@mail.example o llámenos.", "es"),
    ("Follow @quillpad on social media.", "Seguici su @quillpad sui social.", "it"),
    # the scheme dropped or made safer: the address still leads there
    ("Book at https://ferries.tidewell.ie/book today.", "Buchen Sie unter ferries.tidewell.ie/book.", "de"),
    ("Book at http://ferries.tidewell.ie/book now.", "Buchen: https://ferries.tidewell.ie/book.", "de"),
    # a query or a fragment the source writes itself
    ("Open https://tidewell.ie/map?day=2 now.", "Öffnen Sie https://tidewell.ie/map?day=2 jetzt.", "de"),
    (
        "See tidewell.ie/map and tidewell.ie/map#ferry.",
        "Siehe tidewell.ie/map und tidewell.ie/map#ferry.",
        "de",
    ),
]

# (source, target, target language, [(flagged text, side)])
BAD = [
    ("Copied %d files to %s.", "%s Dateien nach %d kopiert.", "de", [("%s", "target"), ("%d", "target")]),
    ("Copied %d files.", "Dateien kopiert.", "de", [("%d", "source")]),
    ("could not open the file", "konnte die Datei '%s' nicht öffnen", "de", [("%s", "target")]),
    (
        "Hello {name}, you have {count} messages.",
        "Hallo {name}, Sie haben Nachrichten.",
        "de",
        [("{count}", "source")],
    ),
    (
        "Could not find '%s::%s'.",
        "'％s ::％s' wurde nicht gefunden.",
        "de",
        [("%s", "source"), ("%s", "source")],
    ),
    ("%(count)d files", "%(anzahl)d Dateien", "de", [("%(anzahl)d", "target"), ("%(count)d", "source")]),
    # an address translated or lost
    (
        "Sign up at quillpad.app/register within a week.",
        "Regístrese en quillpad.app/registro en una semana.",
        "es",
        [("quillpad.app/registro", "target")],
    ),
    (
        "Write to support@quillpad.app for help.",
        "Écrivez à assistance@quillpad.app pour obtenir de l'aide.",
        "fr",
        [("assistance@quillpad.app", "target")],
    ),
    (
        "See https://quillpad.app/faq for details.",
        "Details finden Sie in den FAQ.",
        "de",
        [("https://quillpad.app/faq", "source")],
    ),
    ("Follow @quillpad on social media.", "Seguici sui social.", "it", [("@quillpad", "source")]),
    # a slip in the host, also under the reserved top-level domain (one site, not a placeholder)
    (
        "Write to info@brightwood.gov.uk today.",
        "Schreiben Sie uns noch heute an info@brightwod.gov.uk.",
        "de",
        [("info@brightwod.gov.uk", "target")],
    ),
    (
        "Contact roads@brightwood.example or call us.",
        "Escriba a roads@brightwood.exmaple o llámenos.",
        "es",
        [("roads@brightwood.exmaple", "target")],
    ),
    # the scheme's marks broken, the rest of the address kept
    (
        "Book at https://ferries.tidewell.ie/book today.",
        "Buchen Sie unter https:/ferries.tidewell.ie/book.",
        "de",
        [("https:/ferries.tidewell.ie/book", "target")],
    ),
    (
        "Book at http://www.tidewell.ie/book/ today.",
        "Réservez sur http//www.tidewell.ie/book/ dès aujourd'hui.",
        "fr",
        [("http//www.tidewell.ie/book/", "target")],
    ),
    # a query or a fragment the source does not have
    (
        "Prices are at https://tidewell.ie/fares today.",
        "Les tarifs sont sur https://tidewell.ie/fares?utm_medium=mail aujourd'hui.",
        "fr",
        [("https://tidewell.ie/fares?utm_medium=mail", "target")],
    ),
    (
        "Prices are at tidewell.ie/fares/ today.",
        "Die Preise stehen unter tidewell.ie/fares/#kinder.",
        "de",
        [("tidewell.ie/fares/#kinder", "target")],
    ),
    # code in backticks translated
    (
        "The `onSave` event is now `onDocumentSaved`.",
        "Das Ereignis `onSave` heißt jetzt `onDokumentGespeichert`.",
        "de",
        [("`onDokumentGespeichert`", "target")],
    ),
    (
        "It must be `shortest` or `longest`.",
        "Es muss `kürzeste` oder `längste` sein.",
        "de",
        [("`kürzeste`", "target"), ("`längste`", "target")],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_placeholders_kept_are_silent(source: str, target: str, lang: str) -> None:
    assert [(i.text, i.message) for i in run("placeholder_mismatch", source, target, "en", lang)] == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_placeholders_lost_added_or_swapped_are_found(
    source: str, target: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    issues = run("placeholder_mismatch", source, target, "en", lang)
    assert [(i.text, i.side) for i in issues] == expected


def test_a_swap_names_what_the_source_has_there() -> None:
    [first, _] = run("placeholder_mismatch", "Copied %d files to %s.", "%s Dateien nach %d kopiert.")
    assert "where the source has '%d'" in first.message


def test_a_changed_address_is_put_back() -> None:
    [issue] = run(
        "placeholder_mismatch", "Apply at quillpad.app/jobs now.", "Bewirb dich unter quillpad.app/stellen."
    )
    assert issue.fix is not None and issue.fix.replacement == "quillpad.app/jobs"
