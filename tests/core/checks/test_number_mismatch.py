"""number_mismatch: numbers compared by value across languages' formats."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run, spans

GOOD = [
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
]

BAD = [
    # (source, target, src, tgt, expected target spans, expected source spans)
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
    ("There are 3 options.", "Es gibt vier Optionen.", "en", "de", ["vier"], []),
    ("Growth was 3.5%.", "Das Wachstum lag bei 3.5 %.", "en", "de", ["3.5"], []),
    ("It starts at 3pm.", "Es beginnt um 16 Uhr.", "en", "de", ["16"], []),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD)
def test_good_is_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("number_mismatch", source, target, src, tgt) == []


@pytest.mark.parametrize(("source", "target", "src", "tgt", "on_target", "on_source"), BAD)
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
