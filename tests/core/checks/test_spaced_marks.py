"""punctuation: a mark the target language writes after a space (French ; : ! ?), or an
opening one before a space (« … »), written without it, where the translation writes the space
as a rule."""

from __future__ import annotations

from dataclasses import replace

import pytest

from editor.core.checks import build_context, get_check
from editor.core.checks.spaced_marks import SpacingStats, spacing_stats
from tests.factories import make_document

SPACED = [
    ("Note: keep the box.", "Remarque\u00a0: gardez la boîte."),
    ("Is it cold?", "Fait-il froid\u00a0?"),
    ("Ready!", "Prêt\u00a0!"),
]


QUOTED = [
    ("Call it “home”.", "Appelez-le «\u00a0maison\u00a0»."),
    ("The sign says “open”.", "Le panneau indique «\u00a0ouvert\u00a0»."),
]


ORDER = "Les égalités sont départagées dans l’ordre suivant: score, puis nombre de victoires."


def _found(pairs: list[tuple[str, str]], lang: str = "fr") -> list[tuple[str, str | None]]:
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    found = []
    for segment in document:
        for issue in get_check("punctuation").check(segment, context):
            if issue.message.startswith(("No space before", "No space after")):
                fix = issue.fix.replacement if issue.fix else None
                found.append((segment.target[issue.start - 4 : issue.end], fix))
    return found


GOOD = [
    # the translation writes the space as a rule, and here too
    SPACED + [("Warning: hot.", "Attention\u00a0: chaud.")],
    # no word before the mark: a clock, an address, syntax, a character reference
    SPACED + [("At 10:30, see https://example.org.", "À 10:30, voir https://example.org.")],
    SPACED + [("Set key:value.", "Définir key:value.")],
    SPACED + [("Fish & chips.", "Fish &amp; chips.")],
    SPACED + [("Smile :) and wave;) then go.", "Souriez :) et saluez ;) puis partez.")],
    # a token the source writes so, kept as a program prints it
    SPACED + [("ERROR: disk full", "ERROR: disque plein")],
    # a translation that writes the marks tight, by its own style (software messages)
    [("Note: keep it.", "Remarque: gardez-la."), ("Why?", "Pourquoi?"), ("Ready!", "Prêt\u00a0!")],
    # a mixed document: several styles, no habit to hold a segment to
    SPACED[:2] + [("A: b.", "Un: b."), ("C: d.", "Ce: d."), ("E: f.", "Et: f.")],
    # quotation marks spaced inside as a rule, or tight by the translation's own style; a mark
    # glued to the next word is merged_token's
    QUOTED + [("He said “yes”.", "Il a dit «\u00a0oui\u00a0».")],
    [(s, t.replace("\u00a0", "")) for s, t in QUOTED]
    + [("He said “yes”, then left.", "Il a dit «oui», puis est parti.")],
    # no habit either way: a label, or several sentences written tight by the translator's style
    [("Note: keep it.", "Remarque: gardez-la.")],
    [
        ("Ties are broken in the following order: score, then wins.", ORDER),
        (
            "Bring the following items: a towel, soap and a lock.",
            "Apportez ceci: une serviette, du savon et un cadenas.",
        ),
    ],
    # no-break spaces set by French typography, but every mark written tight: the style
    [
        ("A 50% refund.", "Un remboursement de 50\u00a0%."),
        ("Full refund; after that, none.", "Remboursement total; ensuite, rien."),
        ("Why? Ask us.", "Pourquoi? Demandez-nous."),
    ],
    # a language that writes no space before these marks
    [(s, t.replace("\u00a0", "")) for s, t in SPACED] + [("Warning: hot.", "Achtung: heiß.")],
]
GOOD_LANGS = ["fr"] * (len(GOOD) - 1) + ["de"]


BAD = [
    # (pairs, [(the mark and the four characters before it, the fix)])
    # quotation marks without the space inside that the translation writes elsewhere
    (
        QUOTED + [("He said “yes”, then left.", "Il a dit «oui\u00a0», puis est parti.")],
        [("dit «", "«\u00a0")],
    ),
    (
        QUOTED + [("He said “yes”, then left.", "Il a dit «\u00a0oui», puis est parti.")],
        [("\u00a0oui»", "\u00a0»")],
    ),
    (SPACED + [("Warning: hot.", "Attention: chaud.")], [("tion:", "\u00a0:")]),
    # after a closing bracket, as after a word
    (
        SPACED + [("Adults (and students); children free.", "Adultes (et étudiants); enfants gratuits.")],
        [("nts);", "\u00a0;")],
    ),
    # after a closing quotation mark ("» :")
    (
        SPACED
        + [
            (
                "It concerns the “Shuttle”: sailings change.",
                "Cela concerne la «\u00a0Navette\u00a0»: les départs changent.",
            )
        ],
        [("te\u00a0»:", "\u00a0:")],
    ),
    # after a number, as after a word ("à 9 h 15;"), not inside a clock or a ratio
    (
        SPACED
        + [
            (
                "Meet at 9:15; we leave at 10:30 (ratio 1:2).",
                "Rendez-vous à 9 h 15; départ à 10:30 (ratio 1:2).",
            )
        ],
        [("h 15;", "\u00a0;")],
    ),
    # after a currency or per cent sign, as after a word
    (
        SPACED + [("A stand costs €240; a double one €420.", "Un stand coûte 240 €; un double 420 €.")],
        [("40 €;", " ;")],
    ),
    # one slip in a small document is one slip
    ([SPACED[0], ("Is it hot?", "Est-ce chaud?")], [("haud?", "\u00a0?")]),
    # a sentence's colon written tight where the translation shows no habit of its own
    ([("Ties are broken in the following order: score, then wins.", ORDER)], [("vant:", "\u00a0:")]),
    # no mark written with its space, but no-break spaces set by the language's typography
    (
        [
            ("A 50% refund.", "Un remboursement de 50\u00a0%."),
            ("Full refund; after that, none.", "Remboursement total; ensuite, rien."),
        ],
        [("otal;", "\u00a0;")],
    ),
    # the space the translation writes, narrow or plain
    (
        [(s, t.replace("\u00a0", "\u202f")) for s, t in SPACED] + [("Done!", "Fini!")],
        [("Fini!", "\u202f!")],
    ),
]


@pytest.mark.parametrize(("pairs", "lang"), list(zip(GOOD, GOOD_LANGS, strict=True)))
def test_good_is_silent(pairs: list[tuple[str, str]], lang: str) -> None:
    assert _found(pairs, lang) == []


@pytest.mark.parametrize(("pairs", "expected"), BAD)
def test_bad_is_found(pairs: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _found(pairs) == expected


def test_counts_follow_edits_and_merge_as_one_pass() -> None:
    document = make_document(SPACED + [("Warning: hot.", "Attention: chaud.")], "en", "fr")
    context = build_context(document)
    spacing = context.stats.spacing
    assert (spacing.spaced, spacing.tight) == (3, 1)
    old = document[4]
    context.stats.update(old, replace(old, target="Attention\u00a0: chaud."))
    assert (spacing.spaced, spacing.tight) == (4, 0)
    parts = [spacing_stats("fr"), spacing_stats("fr")]
    for k, segment in enumerate(document):
        parts[k // 2].add(segment)
    parts[0].merge(parts[1])
    whole = build_context(document).stats.spacing
    assert (parts[0].spaced, parts[0].tight, parts[0].spaces) == (whole.spaced, whole.tight, whole.spaces)
    assert parts[0].typographic == whole.typographic == 3
    assert isinstance(whole, SpacingStats) and whole.space == "\u00a0"
