"""Counting quotes and brackets without building the marks pairs them exactly as ``marks``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks.balance import BRACKETS, DOUBLE_QUOTES, imbalance, imbalance_of, marks

_PIECES = [*DOUBLE_QUOTES, *BRACKETS, "’", "'", " ", "a", "1", "Wort", "a)", " 1)", ":)", ";-)", ".", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["de", "en", "fr"]), st.lists(st.sampled_from(_PIECES), max_size=16))
def test_counting_matches_the_marks(lang: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert imbalance_of(text, lang) == imbalance(marks(text, lang))
