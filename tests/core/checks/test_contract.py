"""What every registered check promises: a stable id and description, and on arbitrary text no
crash, spans inside the text, fixes inside it too, and the same answer every time."""

from __future__ import annotations

import random
import re

import pytest

from editor.core.checks import Severity, all_checks, build_context
from tests.factories import make_document

CHECKS = all_checks()
PIECES = [
    "a",
    "B",
    "ä",
    "ß",
    " ",
    "  ",
    "\u00a0",
    "\u202f",
    "\t",
    "\n",
    "0",
    "7",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "[",
    '"',
    "„",
    "“",
    "”",
    "«",
    "»",
    "’",
    "-",
    "–",
    "/",
    "@",
    "%",
    "€",
    "$",
    "million",
    "Millionen",
    "drei",
    "three",
    "OpenAI",
    "Mistral AI",
    "U.S.",
    "3rd",
    "1,234.5",
    "p.m.",
    "1990s",
    "..",
    "İ",
    "😀",
    "👩‍👩‍👧",
    "مرحبا",
    "שלום",
    "中文",
    "Super Computer",
    "Supercomputer",
    "WortWort",
    "5ein",
    "Hausund",
    "abc-1-def",
    "&amp;",
    "<b>",
    "</p>",
    "@@",
    "\u2581",
    "Ã¶",
    "-----",
    "die die",
    "wurde Im",
    "\ufffd",
    "\u200b",
    "\u0301",
]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))


def test_ids_are_unique_snake_case_with_names_and_categories() -> None:
    ids = [check.id for check in CHECKS]
    assert len(ids) == len(set(ids))
    for check in CHECKS:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", check.id), check.id
        assert check.name and check.description.endswith(".")
        assert isinstance(check.severity, Severity)
        assert check.category.split("/")[0] in {
            "Accuracy",
            "Fluency",
            "Terminology",
            "Style",
            "Locale convention",
            "Other",
        }


@pytest.mark.parametrize("seed", range(60))
def test_spans_and_fixes_stay_inside_the_text(seed: int) -> None:
    rng = random.Random(seed)  # deterministic: the same texts on every run
    pairs = [(_text(rng), _text(rng)) for _ in range(rng.randint(1, 3))]
    document = make_document(pairs, "en", rng.choice(["de", "fr", "en", "he", "zh"]))
    context = build_context(document)
    for segment in document:
        for check in CHECKS:
            first = list(check.check(segment, context))
            assert first == list(check.check(segment, context)), check.id
            # a pass runs the parts one by one (engine.Repeats remembers each on its own)
            assert first == [i for part in check.parts() for i in part(segment, context)], check.id
            for issue in first:
                text = segment.target if issue.side == "target" else segment.source
                # Only an empty text gets an empty span (the issue is about the whole text).
                assert 0 <= issue.start <= issue.end <= len(text), check.id
                assert issue.start < issue.end or not text.strip(), check.id
                assert issue.text == text[issue.start : issue.end]
                assert issue.check == check.id and issue.segment == segment.id
                if issue.fix is not None:
                    assert 0 <= issue.fix.start <= issue.fix.end <= len(text)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "😀😀", "مرحبا بالعالم", "中文文本", "\u200b"])
def test_degenerate_targets_do_not_crash(text: str) -> None:
    document = make_document([("Hello world, this is a normal sentence of some length.", text)])
    context = build_context(document)
    for check in CHECKS:
        list(check.check(document[1], context))
