"""Counting quotes and brackets without building the marks pairs them exactly as ``marks``;
``surplus`` picks the mark that rescanning the paragraph without each mark would pick."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks.balance import (
    BRACKETS,
    DOUBLE_QUOTES,
    Mark,
    imbalance,
    imbalance_of,
    marks,
    surplus,
)

_PIECES = [*DOUBLE_QUOTES, *BRACKETS, "’", "'", " ", "a", "1", "Wort", "a)", " 1)", ":)", ";-)", ".", "\n"]
_LANGS = st.sampled_from(["de", "en", "fr"])


@settings(max_examples=400, deadline=None)
@given(_LANGS, st.lists(st.sampled_from(_PIECES), max_size=16))
def test_counting_matches_the_marks(lang: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert imbalance_of(text, lang) == imbalance(marks(text, lang))


def _surplus_by_rescanning(source: str, target: str, src_lang: str, tgt_lang: str) -> list[Mark]:
    """``surplus`` as first written: the whole target paragraph paired again per mark."""
    src, tgt = marks(source, src_lang), marks(target, tgt_lang)
    wanted = imbalance(src)
    if imbalance(tgt) == wanted:
        return []
    if len(tgt) == len(src) + 1:
        best: tuple[float, Mark] | None = None
        src_rel = [m.pos / max(1, len(source)) for m in src]
        for i, mark in enumerate(tgt):
            if imbalance_of(target[: mark.pos] + " " + target[mark.pos + 1 :], tgt_lang) != wanted:
                continue
            others = [m.pos / max(1, len(target)) for j, m in enumerate(tgt) if j != i]
            cost = sum(abs(a - b) for a, b in zip(others, src_rel, strict=True))
            if best is None or cost < best[0]:
                best = (cost, mark)
        if best is not None:
            return [best[1]]
    return [m for m in tgt if not m.matched]


@settings(max_examples=400, deadline=None)
@given(
    _LANGS,
    _LANGS,
    st.lists(st.sampled_from(_PIECES), max_size=16),
    st.integers(0, 16),
    st.sampled_from([*DOUBLE_QUOTES, *BRACKETS]),
)
def test_surplus_picks_what_rescanning_picks(
    src_lang: str, tgt_lang: str, pieces: list[str], at: int, extra: str
) -> None:
    source = "".join(pieces)
    cut = min(at, len(source))
    target = source[:cut] + extra + source[cut:]  # one mark more than the source
    found = surplus(
        marks(source, src_lang), len(source), marks(target, tgt_lang), len(target), target, tgt_lang
    )
    assert found == _surplus_by_rescanning(source, target, src_lang, tgt_lang)
