"""inconsistent_term: spelling variants across the document, repeated sources translated twice."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks import Severity, build_context, get_check
from editor.core.checks.stats import DocumentStats
from editor.core.checks.stats_terms import _Spellings
from editor.core.model import Document
from tests.factories import make_document


def _issues(document: Document) -> list[tuple[int, str, str | None]]:
    context = build_context(document)
    check = get_check("inconsistent_term")
    return [(i.segment, i.text, i.suggestion) for s in document for i in check.check(s, context)]


GOOD = [
    ["KI-Startups wachsen.", "Viele KI-Startups scheitern.", "Startups sind klein."],
    ["Die E-Mail kam.", "E-Mails kommen oft."],
    ["Deutsche Firmen.", "Die deutsche Firma."],  # first-letter case only
    ["Startups wachsen.", "startups wachsen."],
    ["DIE SUPERCOMPUTER.", "Die Supercomputer."],  # capitals for emphasis
    ["Die Hoffnung bleibt.", "Die Hoffnung wächst."],
    ["Die Strasse ist gesperrt.", "Die Strasse bleibt zu."],  # Swiss spelling throughout
    ["We went online.", "We went on line."],  # lowercase pairs are left alone
    # Dutch "IJ" is one letter: "IJsbaan" at a sentence start is "ijsbaan"
    ["IJsbaan Polderhal opent.", "IJsbaan Polderhal is groot.", "De ijsbaan is dicht."],
    # a web or e-mail address writes the name in lowercase, with a hyphen
    [
        "Das Museum Haldenfels lädt ein.",
        "Das Museum Haldenfels ist offen.",
        "Tickets unter www.museum-haldenfels.de oder info@museum-haldenfels.de.",
    ],
]

BAD = [
    (
        ["KI-Startups wachsen.", "Viele KI-Startups scheitern.", "Einige KI-Start-ups auch."],
        [(3, "KI-Start-ups", "KI-Startups")],
    ),
    # "ss" for "ß" (the Swiss spelling) in one segment of a text that writes "ß"
    (
        ["Die Straße ist gesperrt.", "Die Straße bleibt zu.", "Die Strasse ist nass."],
        [(3, "Strasse", "Straße")],
    ),
    (["Die E-Mail kam.", "Die Email kam nicht."], [(1, "E-Mail", None), (2, "Email", None)]),
    (
        ["Open-Source ist gut.", "OpenSource ist gut.", "Open-Source bleibt."],
        [(2, "OpenSource", "Open-Source")],
    ),
    (
        ["Der Supercomputer läuft.", "Ein Super Computer läuft.", "Jeder Supercomputer läuft."],
        [(2, "Super Computer", "Supercomputer")],
    ),
]


@pytest.mark.parametrize("targets", GOOD)
def test_good_is_silent(targets: list[str]) -> None:
    document = make_document([(f"Sentence {i}.", t) for i, t in enumerate(targets)])
    assert _issues(document) == []


@pytest.mark.parametrize(("targets", "expected"), BAD)
def test_bad_is_found(targets: list[str], expected: list[tuple[int, str, str | None]]) -> None:
    document = make_document([(f"Sentence {i}.", t) for i, t in enumerate(targets)])
    assert _issues(document) == expected


def _found(pairs: list[tuple[str, str]], lang: str) -> list[tuple[int, str]]:
    document = make_document(pairs, target_lang=lang)
    context = build_context(document)
    check = get_check("inconsistent_term")
    return [(i.segment, i.text) for s in document for i in check.check(s, context)]


_FORMAL_DE = [
    ("You can pay online.", "Dann können Sie online zahlen."),
    ("Send it to us.", "Senden Sie es uns."),
    ("We will call you.", "Wir rufen Sie an."),
    ("Your number is on the letter.", "Die Nummer finden Sie auf Ihrem Brief."),
]

# The form of address: polite in the rest of the document, familiar once (or the reverse).
ADDRESS_GOOD = [
    # speech quoted, an option and a format copied from the source
    (_FORMAL_DE + [("He asked: “Are you coming?”", "Er fragte: „Kommst du?“")], "de"),
    (_FORMAL_DE + [("Use --dir or %du.", "Verwenden Sie --dir oder %du.")], "de"),
    # "Sie" opening a sentence may be "they": no politeness counted there
    (
        [
            ("They left.", "Sie gingen."),
            ("They paid.", "Sie zahlten."),
            ("They called.", "Sie riefen an."),
            ("Keep your receipt.", "Behalte deinen Beleg."),
        ],
        "de",
    ),
    # two registers in use: a second voice, not a slip
    (
        _FORMAL_DE
        + [("Keep your receipt.", "Behalte deinen Beleg."), ("Take your card.", "Nimm deine Karte.")],
        "de",
    ),
    # French "vous" is also the familiar plural
    (
        [
            ("You can pay.", "Alors tu peux payer."),
            ("Send it to me.", "Envoie-le-moi, tu veux ?"),
            ("We will call you.", "On te rappelle."),
            ("Both of you are welcome.", "Je vous invite tous les deux."),
        ],
        "fr",
    ),
]

ADDRESS_BAD = [
    (_FORMAL_DE + [("Keep your receipt.", "Behalte deinen Beleg.")], "de", [(5, "deinen")]),
    (
        [
            ("You can pay.", "Dann kannst du zahlen."),
            ("Send it to us.", "Schick es uns, wenn du willst."),
            ("We will call you.", "Wir rufen dich an."),
            ("Your number is on the letter.", "Die Nummer steht auf Ihrem Brief."),
        ],
        "de",
        [(4, "Ihrem")],
    ),
]


@pytest.mark.parametrize(("pairs", "lang"), ADDRESS_GOOD)
def test_address_good_is_silent(pairs: list[tuple[str, str]], lang: str) -> None:
    assert _found(pairs, lang) == []


@pytest.mark.parametrize(("pairs", "lang", "expected"), ADDRESS_BAD)
def test_address_bad_is_found(
    pairs: list[tuple[str, str]], lang: str, expected: list[tuple[int, str]]
) -> None:
    assert _found(pairs, lang) == expected


def test_address_after_edits_equals_rebuild() -> None:
    document = make_document(
        [
            ("You can pay.", "Você pode pagar."),
            ("We will call you.", "Você recebe uma chamada nossa, e tu?"),
        ],
        target_lang="pt",
    )
    stats = DocumentStats.build(document)
    document.subscribe(stats.update)
    document.set_target(2, "Você recebe uma chamada nossa.")
    rebuilt = DocumentStats.build(document)
    assert (stats.address.polite, stats.address.familiar) == (
        rebuilt.address.polite,
        rebuilt.address.familiar,
    )
    context = build_context(document)
    context.stats = stats
    check = get_check("inconsistent_term")
    assert [i for s in document for i in check.check(s, context)] == []


def test_repeated_source_translated_differently() -> None:
    source = "The plan will include new machines."
    document = make_document(
        [
            (source, "Der Plan umfasst neue Maschinen."),
            (source, "Der Plan umfasst neue Maschinen."),
            (source, "Der Plan wird neue Rechner enthalten."),
            ("Short one.", "Kurz."),
        ]
    )
    context = build_context(document)
    check = get_check("inconsistent_term")
    found = [(i.segment, i.severity) for s in document for i in check.check(s, context)]
    assert found == [(3, Severity.WARNING)]


def test_update_after_edit_equals_rebuild() -> None:
    document = make_document(
        [
            ("A one two three.", "KI-Startups wachsen."),
            ("B one two three.", "KI-Start-ups wachsen, Super Computer auch."),
            ("A one two three.", "Anders übersetzt hier."),
        ]
    )
    stats = DocumentStats.build(document)
    document.subscribe(stats.update)
    document.set_target(2, "KI-Startups wachsen schnell (www.ki-start-ups.de), Supercomputer auch.")
    document.set_target(3, "KI-Startups wachsen.")
    rebuilt = DocumentStats.build(document)
    assert stats.terms.variants == rebuilt.terms.variants
    assert stats.terms.spaced == rebuilt.terms.spaced
    assert stats.terms.translations == rebuilt.terms.translations
    context = build_context(document)
    context.stats = stats
    check = get_check("inconsistent_term")
    assert [i for s in document for i in check.check(s, context)] == []


# Spelled as the statistics count words: letters, a hyphen only between them.
_SPELLING = st.lists(st.text(alphabet="aAbB", min_size=1, max_size=3), min_size=1, max_size=2).map("-".join)


@settings(max_examples=300, deadline=None)
@given(
    spellings=st.sets(
        st.one_of(_SPELLING, st.builds("{} {}".format, _SPELLING, _SPELLING)), min_size=1, max_size=8
    ),
    text=st.text(alphabet="aAbB- _.1", max_size=40),
)
def test_spellings_found_as_one_alternation_longest_first_finds_them(spellings: set[str], text: str) -> None:
    """The shared (trie-shaped) pattern finds what one alternative per spelling, the longest
    tried first, finds: the same words at the same places."""
    lowered = {s.lower() for s in spellings}
    flat = re.compile(
        r"(?<![\w\-\u2010])(?:"
        + "|".join(re.escape(s) for s in sorted(lowered, key=len, reverse=True))
        + r")(?!\w|[-\u2010]\w)",
        re.IGNORECASE,
    )
    found = [m.span() for m in _Spellings(lowered).find(text)]
    assert found == [m.span() for m in flat.finditer(text)]
