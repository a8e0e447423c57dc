"""The number, punctuation, name and term checks on arbitrary text: no crash, every span
non-empty and inside its text, every fix inside it too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks import build_context, get_check
from tests.factories import make_document

MINE = ("number_mismatch", "punctuation", "named_entity", "inconsistent_term")
PIECES = st.sampled_from([
    "a", "B", "ä", "ß", " ", "\u00a0", "\u202f", "0", "7", ".", ",", ";", ":", "!", "?", "(", ")",
    "[", '"', "„", "“", "”", "«", "»", "’", "-", "–", "/", "@", "%", "€", "$", "million",
    "Millionen", "drei", "three", "OpenAI", "Mistral AI", "U.S.", "3rd", "1,234.5", "p.m.",
    "1990s", "..", "İ", "😀", "مرحبا", "Super Computer", "Supercomputer",
])
TEXT = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=3),
       st.sampled_from(["de", "fr", "en", "he"]))
def test_spans_and_fixes_stay_inside_the_text(pairs: list[tuple[str, str]], lang: str) -> None:
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    for segment in document:
        for check_id in MINE:
            for issue in get_check(check_id).check(segment, context):
                text = segment.target if issue.side == "target" else segment.source
                assert 0 <= issue.start < issue.end <= len(text)
                assert issue.text == text[issue.start:issue.end]
                if issue.fix is not None:
                    assert 0 <= issue.fix.start <= issue.fix.end <= len(text)
