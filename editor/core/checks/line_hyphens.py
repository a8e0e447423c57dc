"""A hyphen a printed or PDF layout put where a line broke inside a word, left in the text
with the space of the break ("die Hei- zung"): a helper of ``stray_artifact``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.lexicon import zipf
from editor.core.langdata import language

# Letters, a hyphen, one space and lowercase letters: not a part of a hyphenated word before
# it ("E-Mail- adresse"), nor a prefix of a list ("pre- in- post-"), nor one letter.
_BROKEN = re.compile(r"(?<![\w@/.-])([^\W\d_]{2,})- ([^\W\d_A-Z][^\W\d_]+)(?![\w-])")
# The word the two halves make is a word of the language (Zipf), commoner than the second half
# alone: the halves of a line break make an ordinary word ("Mit- arbeiter", "Hei- zung"); a
# hyphen and a space that belong there leave two words that make none ("gut- aber") or a
# rarer one ("land- en" in a German text).
_WHOLE_KNOWN = 2.0
# Or neither half is a word the lists hold: the pieces of a rare compound ("ontkal- kingspatroon"),
# where a compound's shared part is a word of its own and so is the word after it.
_PIECE = 3


class LineHyphen(NamedTuple):
    start: int
    end: int
    word: str  # the word put together again


def line_hyphens(source: str, target: str, lang: str) -> Iterator[LineHyphen]:
    """The words of ``target`` split by a line break's hyphen and space: not before a
    function word (a compound's shared part, "Ein- und Ausgang", "land- en tuinbouw", "pre-
    and post-"), not where the halves make no common word of the language unless neither is
    a word itself, not as the source writes it."""
    closed = _closed(lang)
    for m in _BROKEN.finditer(target):
        first, second = m.group(1), m.group(2)
        if second in closed or not second.islower() or m.group() in source:
            continue
        word = first + second
        whole, tail = zipf(word.casefold(), lang), zipf(second, lang)
        if (whole >= _WHOLE_KNOWN and tail < whole) or (
            not tail and not zipf(first.casefold(), lang) and min(len(first), len(second)) >= _PIECE
        ):
            yield LineHyphen(m.start(), m.end(), word)


@lru_cache(maxsize=32)
def _closed(lang: str) -> frozenset[str]:
    data = language(lang)
    return data.function_words | data.conjunctions | data.prepositions | data.determiners
