"""lost_sentence_boundary's fast first look never misses what the full pattern flags."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks.boundary import _JOIN, _candidate
from editor.core.langdata import language

_OTHER_WORDS = ["wurde", "gestartet", "Haus", "IT", "3D", "a1", "ß", "Öl", "über", "l", "É", "x_y", "ok."]
_GLUE = [" ", "", "  ", ", ", ". ", "-", "'", "’", "\n", "\u00a0", "."]


@st.composite
def _word(draw: st.DrawFn, lang: str) -> str:
    """Another word, or one of the language's function words in any casing ("Im", "IM", "iM")."""
    if draw(st.booleans()):
        return draw(st.sampled_from(_OTHER_WORDS))
    word = draw(st.sampled_from(sorted(language(lang).function_words)))
    upper = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    return "".join(ch.upper() if up else ch for ch, up in zip(word, upper, strict=True))


@st.composite
def _text(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(["de", "en", "fr"]))
    glue = st.one_of(st.just(" "), st.sampled_from(_GLUE))
    pieces = draw(st.lists(st.tuples(_word(lang), glue), max_size=8))
    return lang, "".join(word + space for word, space in pieces)


@settings(max_examples=300, deadline=None)
@given(_text())
def test_candidate_finds_every_flagged_join(case: tuple[str, str]) -> None:
    lang, text = case
    words = language(lang).function_words
    flagged = [m.group() for m in _JOIN.finditer(text) if m.group(3).lower() in words]
    if flagged:
        assert _candidate(lang).search(text), (text, flagged)
