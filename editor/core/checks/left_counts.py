"""Words of the source language left after a number: the thing counted or measured, as the
source writes it ("at 12 midday" kept as "à 12 midday", "a 6-room flat" as "un 6-room")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.langdata import language
from editor.core.text import DIGIT

_ORDINARY = 3.5  # Zipf: a word this common in the source language is one of its ordinary words
_LOANED = 3.3  # Zipf: a word this common in the target language is used there (a loanword)
_MARGIN = 1.0  # Zipf points it must be more common in the source language
# A language that writes compounds apart never joins a number and a noun with a hyphen
# ("6-room"): there the shape is the source's, and a loanword's own use ("pack") is no excuse
# as long as the source language writes the word this much more often.
_HYPHEN_MARGIN = 0.5
_MIN_LETTERS = 4  # shorter words after a number are mostly symbols ("mph", "hrs")
_QUOTES = "\"'“”„«»‘’`"
# A whole number (not part of a code, a version or a sum: no letter, dot, comma, sign or dash
# around it; "9.2 beta" names a release), a space or a hyphen, and a lowercase word as a whole
# token.
_NOT_BEFORE = r"(?<![\w.,+\-/:#@$%&])"
_COUNTED = re.compile(_NOT_BEFORE + r"(\d+)([ \u00a0-])([^\W\d_]{" + str(_MIN_LETTERS) + r",})(?![\w'’-])")


def left_counted_words(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int]]:
    """The spans of lowercase words of the source language after a number in ``target``,
    where the source writes the same word after the same number, joined by a space or a
    hyphen ("12 midday", "(8-inch)"): an ordinary word of the source language that the target
    language neither writes as its own nor uses as a loanword. Names (capitalised), symbols
    (three letters or fewer), quoted words and words the target language shares are left
    alone."""
    if not DIGIT.search(target) or not has_lexicon(source_lang) or not has_lexicon(target_lang):
        return
    if language(target_lang).wide_script:
        return
    found = [m for m in _COUNTED.finditer(target) if m.group(3).islower()]
    if not found:
        return
    folded = source.casefold()
    apart = language(target_lang).writes_compounds_apart
    for m in found:
        number, joint, word = m.group(1), m.group(2), m.group(3)
        if not _foreign(word, source_lang, target_lang, apart and joint == "-"):
            continue
        pattern = _NOT_BEFORE + rf"{number}[ \u00a0-]{re.escape(word)}(?![\w'’-])"
        if re.search(pattern, folded) is None:
            continue  # not the source's words: a word the two languages share, or a name
        before = target[: m.start()].rstrip()
        if before and before[-1] in _QUOTES:
            continue  # quoted (a label of the source's interface)
        yield m.start(3), m.end(3)


@lru_cache(maxsize=4096)
def _foreign(word: str, source_lang: str, target_lang: str, hyphened: bool) -> bool:
    """An ordinary word of the source language the target language does not use; after a
    hyphen in a language that writes no such compounds, one the source language uses
    clearly more."""
    there, here = zipf(word, source_lang), zipf(word, target_lang)
    if there < _ORDINARY:
        return False
    ours = language(target_lang)
    if word in ours.function_words or any(word == unit for unit, _ in ours.unit_words):
        return False
    if hyphened:
        return there - here >= _HYPHEN_MARGIN
    return here < _LOANED and there - here >= _MARGIN
