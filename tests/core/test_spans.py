"""Spans following an edit of their text (TextEdit): a table of edits, each with the span
before and where it must be after, marked with brackets in the text."""

from __future__ import annotations

import pytest

from editor.core.spans import TextEdit


def _marked(text: str) -> tuple[str, int, int]:
    """'a [b] c' -> ('a b c', 2, 3)."""
    start = text.index("[")
    end = text.index("]") - 1
    return text.replace("[", "").replace("]", ""), start, end


FOLLOW = [
    # untouched text moves with the edit
    ("insert earlier in the segment", "Im MonatLaut [Mistral-KI] heißt", "Im Monat. Laut [Mistral-KI] heißt"),
    ("insert at the very start", "Die [Mistral-KI] ist", "Übrigens: Die [Mistral-KI] ist"),
    ("insert later", "Die [Mistral-KI] ist neu", "Die [Mistral-KI] ist ganz neu"),
    ("delete earlier", "Die neue [KI] ist", "Die [KI] ist"),
    ("edits before and after", "a b [Hund] c d", "a x b [Hund] c y d"),
    ("no change", "Die [KI] ist", "Die [KI] ist"),
    # text typed right at a boundary stays outside
    ("typed right before", "Die [KI] ist", "Die neue [KI] ist"),
    ("typed right after", "Die [KI] ist", "Die [KI]-Firma ist"),
    ("text glued on the front", "x [Laut] y", "x Monat.[Laut] y"),
    # text edited inside grows or shrinks with the edit
    ("one name corrected", "Die [Mistral-KI] ist", "Die [Mistral AI] ist"),
    ("a word replaced whole", "Der [Hund] bellt", "Der [Kater] bellt"),
    ("shortened at its end", "Die [Mistral-KI] ist", "Die [Mistral] ist"),
    ("shortened at its start", "Die [Mistral-KI] ist", "Die [KI] ist"),
    ("grown inside", "Die [KI-Firma] ist", "Die [KI-Startup-Firma] ist"),
    ("a change across its start", "die [KI-Startups] sind", "eine [KI-Startups] sind"),
    ("a change across its start, into it", "Die [Mistral-KI] ist", "Die [Mixtral-KI] ist"),
    ("a change across its end", "x [ab]c y", "x [aXY] y"),
    # text deleted entirely leaves an empty span where it was
    ("deleted", "Die [Mistral-KI ]ist neu", "Die []ist neu"),
    ("deleted with its surroundings", "Die [Mistral-KI] ist", "Die []ist"),
    ("everything deleted", "[Mistral-KI]", "[]"),
    ("deleted at the end", "Die [KI]", "Die []"),
]


@pytest.mark.parametrize(("old", "new"), [case[1:] for case in FOLLOW], ids=[case[0] for case in FOLLOW])
def test_a_span_follows_the_edit(old: str, new: str) -> None:
    old_text, start, end = _marked(old)
    new_text, want_start, want_end = _marked(new)
    assert TextEdit.between(old_text, new_text).span(start, end) == (want_start, want_end)


POINTS = [
    ("text inserted at an empty span fills it", "Die []ist", "Die [neue ]ist"),
    ("text inserted elsewhere leaves it empty", "Die []ist gut", "Die []ist sehr gut"),
    ("an empty span in deleted text goes to the deletion point", "Die n[]eue KI", "Die [] KI"),
    ("an empty span moves with text deleted before it", "Die neue KI [] ist", "Die KI [] ist"),
]


@pytest.mark.parametrize(("old", "new"), [case[1:] for case in POINTS], ids=[case[0] for case in POINTS])
def test_an_empty_span(old: str, new: str) -> None:
    old_text, start, end = _marked(old)
    new_text, want_start, want_end = _marked(new)
    assert TextEdit.between(old_text, new_text).span(start, end) == (want_start, want_end)


def test_words_deleted_and_written_again_are_marked_again() -> None:
    """Delete the marked words (the span is left empty), then undo or retype: marked again."""
    text, start, end = _marked("Frankreichs [Mistral-KI] an")
    deleted = text[:start] + text[end:]
    point = TextEdit.between(text, deleted).span(start, end)
    assert point == (start, start)
    for again in (text, text.replace("Mistral-KI", "Mistral AI")):
        new_start, new_end = TextEdit.between(deleted, again).span(*point)
        assert again[new_start:new_end] in ("Mistral-KI", "Mistral AI")


def test_the_changes_are_the_edited_regions() -> None:
    assert TextEdit.between("abc", "abc").changes == ()
    assert TextEdit.between("MonatLaut", "Monat. Laut").changes == ((5, 5, 5, 7),)
    assert TextEdit.between("Der Hund bellt", "Der Kater bellt").changes == ((4, 8, 4, 9),)
    assert TextEdit.between("", "neu").changes == ((0, 0, 0, 3),)
    assert TextEdit.between("alt", "").changes == ((0, 3, 0, 0),)


def test_spans_stay_inside_the_new_text() -> None:
    """Whatever the edit, a span of the old text maps into the new one, start <= end."""
    texts = ["", "a", "Die KI ist neu.", "Die neue KI-Firma", "KI KI KI", "x" * 30, "🙂 KI 🙂"]
    for old in texts:
        for new in texts:
            edit = TextEdit.between(old, new)
            for start in range(len(old) + 1):
                for end in range(start, len(old) + 1):
                    new_start, new_end = edit.span(start, end)
                    assert 0 <= new_start <= new_end <= len(new), (old, new, start, end)


def test_a_stored_span_beyond_the_text_is_clamped() -> None:
    from editor.core.spans import follow_span

    edit = TextEdit.between("Die KI", "Übrigens: Die KI")
    assert follow_span(edit, 4, 99, 6, 16) == (14, 16)
    assert follow_span(edit, 50, 99, 6, 16) == (16, 16)
