"""The number, punctuation, name and term checks on arbitrary text: no crash, every span
non-empty and inside its text, every fix inside it too."""

from __future__ import annotations

import random

import pytest

from editor.core.checks import build_context, get_check
from tests.factories import make_document

MINE = ("number_mismatch", "punctuation", "named_entity", "inconsistent_term")
PIECES = [
    "a", "B", "ä", "ß", " ", "\u00a0", "\u202f", "0", "7", ".", ",", ";", ":", "!", "?", "(", ")",
    "[", '"', "„", "“", "”", "«", "»", "’", "-", "–", "/", "@", "%", "€", "$", "million",
    "Millionen", "drei", "three", "OpenAI", "Mistral AI", "U.S.", "3rd", "1,234.5", "p.m.",
    "1990s", "..", "İ", "😀", "مرحبا", "Super Computer", "Supercomputer",
]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))


@pytest.mark.parametrize("seed", range(60))
def test_spans_and_fixes_stay_inside_the_text(seed: int) -> None:
    rng = random.Random(seed)  # deterministic: the same texts on every run
    pairs = [(_text(rng), _text(rng)) for _ in range(rng.randint(1, 3))]
    document = make_document(pairs, "en", rng.choice(["de", "fr", "en", "he"]))
    context = build_context(document)
    for segment in document:
        for check_id in MINE:
            for issue in get_check(check_id).check(segment, context):
                text = segment.target if issue.side == "target" else segment.source
                assert 0 <= issue.start < issue.end <= len(text)
                assert issue.text == text[issue.start:issue.end]
                if issue.fix is not None:
                    assert 0 <= issue.fix.start <= issue.fix.end <= len(text)
