"""CaselessWords answers as a pattern that ignores case, on either of its two ways."""

from __future__ import annotations

import re

import pytest

from editor.core.checks.wordtrie import CaselessWords, alternatives

WORDS = {"never", "no longer", "unless", "straße"}
TEXTS = [
    "It will NEVER stop.",  # ASCII: lowercased
    "Er wohnt in der Hauptstrasse.",  # no word
    "Die STRASSE ist breit.",  # "ß" matches no "ss" ignoring case
    "Die Hauptstraße – gesperrt “bis Mai”.",  # Latin-1 and punctuation: lowercased
    "Die HAUPTSTRAẞE.",  # capital sharp s: beyond Latin-1, the pattern's way
    "İt is NO LONGER open.",  # a letter lowercasing to two: the pattern's way
    "Unleſs stated.",  # long s matches "s" ignoring case
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("edge", ["", r"\b"])
def test_found_as_ignoring_case_finds(text: str, edge: str) -> None:
    expected = re.search(f"{edge}{alternatives(WORDS)}{edge}", text, re.IGNORECASE) is not None
    assert CaselessWords(WORDS, edge).found_in(text) is expected


def test_a_letter_matching_another_ignoring_case_takes_the_patterns_way() -> None:
    words = CaselessWords({"ſo"})  # long s: matches "s" ignoring case, but lowercases to itself
    assert words.found_in("SO") and words.found_in("so")
