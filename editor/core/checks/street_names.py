"""A street's name in a postal address of the source translated: "27 Canal Street" given as
"Via del Canale 27". A reader finds the place by the name as written, so a translation keeps
an address's street as the source writes it. The address is told by a house number right
before a name ending in one of the source language's street words (data ``street_heads``);
the translation is judged where it keeps that house number and not the name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.langdata import language
from editor.core.text import DIGIT

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LEAD = 2  # lowercase words between the number and the name it gives
_LINK = 3  # letters of a lowercase word that links a name's words ("del", "de", "du")
_CLAUSE_END = re.compile(r"[,;:.()\n]")
_REACH = 40  # characters on either side of the house number where the street's name stands


@lru_cache(maxsize=16)
def _address(code: str) -> re.Pattern[str] | None:
    """A house number, then capitalised words ending in a street word ("27 Canal Street")."""
    heads = language(code).names.street_heads
    if not heads:
        return None
    alternation = "|".join(sorted((re.escape(h.capitalize()) for h in heads), key=len, reverse=True))
    words = r"(?:[A-Z][^\W\d_]+[ \u00a0]){1,3}"
    pattern = rf"(?<![\w.,])(\d{{1,5}}[a-zA-Z]?)[ \u00a0]+({words}(?:{alternation})\.?)(?![^\W\d_])"
    return re.compile(pattern)


def translated_streets(source: str, target: str, source_lang: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, street) on the target for each address of the source whose house number
    the translation keeps with another street name beside it."""
    pattern = _address(source_lang)
    if pattern is None or not DIGIT.search(source):
        return
    for m in pattern.finditer(source):
        number, street = m.group(1), m.group(2).rstrip(".").strip()
        if street in target:
            continue
        said = [n for n in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w])", target)]
        if len(said) != 1:
            continue  # no house number kept, or more than one: no place to judge
        span = _name_beside(target, said[0].start(), said[0].end())
        if span is not None:
            yield span[0], span[1], street


def _name_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of capitalised words (short lowercase links allowed inside: "Via del Canale")
    right before the number ("Via del Canale 27"), else right after it, a link or the street's
    word between ("al 27 di Via del Canale", "27, rue du Canal"), within the number's clause."""
    before = text[max(0, start - _REACH) : start]
    stops = list(_CLAUSE_END.finditer(before))
    offset = max(0, start - _REACH) + (stops[-1].end() if stops else 0)
    words = [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text, offset, start)]
    if words and words[-1][1] >= start - 1 and words[-1][2][:1].isupper():
        return _run(words[::-1])
    after = text[end : end + _REACH]
    stop = _CLAUSE_END.search(after, 1 if after[:1] == "," else 0)  # "27, rue du Canal"
    words = [
        (end + m.start(), end + m.end(), m.group())
        for m in _WORD.finditer(after[: stop.start() if stop else None])
    ]
    lead = 0
    while lead < min(_LEAD, len(words)) and not words[lead][2][:1].isupper():
        lead += 1  # a link or the language's street word first ("di Via …", "rue du Canal")
    return _run(words[lead:])


def _run(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the capitalised words from the first of ``words`` on, links between them."""
    capitals = []
    for position, (_, _, word) in enumerate(words):
        if word[:1].isupper():
            capitals.append(position)
        elif len(word) > _LINK or not capitals:
            break
    if not capitals:
        return None
    chosen = [words[k] for k in range(capitals[-1] + 1)]
    return min(w[0] for w in chosen), max(w[1] for w in chosen)
