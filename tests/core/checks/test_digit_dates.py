"""number_mismatch: a date the source names, written in digits in the translation with
another day or month."""

from __future__ import annotations

import pytest

from editor.core.checks.digit_dates import digit_dates, named_dates
from tests.core.checks._run import run

BAD = [
    # (source, target, target language, [(flagged text, kind of message)])
    (
        "The library card is valid until 3 August 2026.",
        "Der Bibliotheksausweis gilt bis zum 08.03.2026.",
        "de",
        [("08.03.2026", "swaps the day and month")],
    ),
    (
        "Payment is due on March 4, 2027 at the latest.",
        "Le paiement est dû au plus tard le 05/03/2027.",
        "fr",
        [("05/03/2027", "is another date")],
    ),
    (
        "The form is due by 9 October 2026.",
        "Il modulo va consegnato entro il 2026-09-10.",
        "it",
        [("2026-09-10", "swaps")],
    ),
]

GOOD = [
    # the same date in digits, in the language's order or ISO's
    ("Library card valid until 3 August 2026.", "Bibliotheksausweis gültig bis 03.08.2026.", "de"),
    ("Payment is due on March 4, 2027.", "Le paiement est dû le 04/03/2027.", "fr"),
    ("The form is due by 9 October 2026.", "Il modulo va consegnato entro il 2026-10-09.", "it"),
    # named in the target too, beside another date in digits; a date in digits the source
    # writes so as well
    (
        "Stay from 3 August 2026; the invoice is dated 12/5/2026.",
        "Aufenthalt ab 3. August 2026; die Rechnung ist vom 12.05.2026.",
        "de",
    ),
    (
        "Stay from 3 August 2026; the invoice is dated 12.05.2026.",
        "Aufenthalt ab Anfang August; die Rechnung ist vom 12.05.2026.",
        "de",
    ),
    # another year, or no year in the source: nothing to pair
    ("Opening on 3 August 2026.", "Eröffnung am 08.03.2027.", "de"),
    ("Opening on 3 August.", "Eröffnung am 08.03.", "de"),
    # English writes digit dates in two orders: nothing is read from them
    ("Eröffnung am 3. August 2026.", "Opening on 08/03/2026.", "en"),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_date_given_in_digits_with_another_day_or_month(
    source: str, target: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    issues = [i for i in run("number_mismatch", source, target, "en", lang) if _about_dates(i.message)]
    assert len(issues) == len(expected)
    for issue, (text, kind) in zip(issues, expected, strict=True):
        assert (issue.text, kind in issue.message) == (text, True), issue.message


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_a_date_as_the_source_has_it_is_silent(source: str, target: str, lang: str) -> None:
    src = "de" if lang == "en" else "en"
    assert [i for i in run("number_mismatch", source, target, src, lang) if _about_dates(i.message)] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("until 3 April 2027", "en", [(3, 4, 2027)]),
        ("until April 3rd, 2027", "en", [(3, 4, 2027)]),
        ("bis zum 1. Juni 2026", "de", [(1, 6, 2026)]),
        ("hasta el 1 de junio de 2026", "es", [(1, 6, 2026)]),
        ("in June 2026", "en", []),
        ("on 1 June", "en", []),
    ],
)
def test_named_dates(text: str, lang: str, expected: list[tuple[int, int, int]]) -> None:
    assert [(d.day, d.month, d.year) for d in named_dates(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("am 01.06.2026", "de", [(1, 6, 2026)]),
        ("le 1/6/2026", "fr", [(1, 6, 2026)]),
        ("2026-06-01", "fr", [(1, 6, 2026)]),
        ("2026/06/01", "ja", [(1, 6, 2026)]),
        ("06/01/2026", "en", []),
        ("version 1.6.2026.3", "de", []),
        ("13.13.2026", "de", []),
    ],
)
def test_digit_dates(text: str, lang: str, expected: list[tuple[int, int, int]]) -> None:
    assert [(d.day, d.month, d.year) for d in digit_dates(text, lang)] == expected


def _about_dates(message: str) -> bool:
    return "swaps the day and month" in message or "is another date" in message
