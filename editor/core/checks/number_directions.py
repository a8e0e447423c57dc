"""A change or comparison beside a number turned the other way in the translation: "8% less"
as "8 % mehr", "fell by 8%" as "è salito dell'8%". The words are the languages' ``directions``,
each a word for up with its opposite for down, read as :mod:`editor.core.checks.number_bounds`
reads the bounds before a number (which it leaves to that module)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.base import Fix
from editor.core.checks.number_bounds import bound_before, negated, opposites
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number, numbers
from editor.core.langdata import language
from editor.core.text import substring_keys

_UP, _DOWN = "up", "down"
_INFLECTED = 5  # a word this long or longer also opens its inflected forms ("höheren")
# Up to three words before a number ("an increase of 8", "è salito dell'8"), with an elided
# article and a currency sign before it, in one clause: a mark of punctuation ends the window.
_BEFORE = re.compile(r"(?:[^\W\d_]+[\s\u00a0]+){0,3}(?:[^\W\d_]{1,4}['’])?(?:[$€£¥][\s\u00a0]?)?\Z")
# Up to three words after a number and its sign or unit ("8% less", "8 % d'énergie en moins").
_AFTER = re.compile(r"(?:[\s\u00a0]*[%‰$€£¥])?(?:[\s\u00a0]+(?:[^\W\d_]{1,2}['’])?[^\W\d_]+){0,3}")
_NEXT = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
_NEGATION_WORDS = 2  # "nicht mehr", "n'est plus": no direction


class _Words(NamedTuple):
    find: re.Pattern[str]  # a word of a change, maybe inflected
    sides: dict[str, tuple[str, str]]  # each word's side and its opposite
    negations: frozenset[str]
    longer: re.Pattern[str] | None  # bound phrases of several words that hold one ("au moins")
    comparative: frozenset[str]  # words that make the adjective after them comparative
    function_words: frozenset[str]
    nouns_capitalised: bool


class _Said(NamedTuple):
    side: str
    start: int
    end: int
    word: str  # as the table writes it, "" for an inflected form


@lru_cache(maxsize=32)
def _words(code: str) -> _Words | None:
    data = language(code)
    if not data.directions:
        return None
    sides = opposites(data.directions, _UP, _DOWN)
    alternation = "|".join(re.escape(w) for w in sorted(sides, key=len, reverse=True))
    find = re.compile(rf"(?<![^\W\d_])(?P<word>{alternation})(?P<ending>[^\W\d_]{{0,2}})(?![^\W\d_])", re.I)
    longer = [re.escape(p) for pair in data.bounds for p in pair if " " in p]
    held = re.compile("|".join(sorted(longer, key=len, reverse=True)), re.I) if longer else None
    return _Words(
        find, sides, data.negations, held, data.comparative_words, data.function_words, data.capitalises_nouns
    )


def may_turn(lower: str, target: str, source_lang: str, target_lang: str) -> bool:
    """Whether the source (``lower``, in lowercase) and the target both hold a word of a
    change: a substring test per word, in C."""
    ours, theirs = _keys(source_lang), _keys(target_lang)
    if not ours or not theirs or not any(key in lower for key in ours):
        return False
    target = target.lower()
    return any(key in target for key in theirs)


@lru_cache(maxsize=32)
def _keys(code: str) -> tuple[str, ...]:
    return substring_keys(word for pair in language(code).directions for word in pair)


def _beside(text: str, number: Number, words: _Words) -> list[_Said]:
    """The words of a change in the clause around ``number``, up to three words away, nearest
    first; none negated ("nicht mehr") or part of a longer bound ("au moins")."""
    before = _BEFORE.search(text, max(0, number.start - 60), number.start)
    after = _AFTER.match(text, number.end)
    start = before.start() if before else number.start
    end = after.end() if after else number.end
    found: list[_Said] = []
    for m in words.find.finditer(text, start, end):
        word = m.group("word").lower()
        if m.group("ending") and len(word) < _INFLECTED:
            continue  # "lessen", "mehrere": another word
        if negated(text, m.start(), words.negations, _NEGATION_WORDS) or _held(text, m, words.longer):
            continue
        if word in words.comparative and _before_adjective(text, m.end(), words):
            continue  # "5 % plus bas" is lower
        found.append(_Said(words.sides[word][0], m.start(), m.end(), "" if m.group("ending") else word))
    found.sort(key=lambda s: min(abs(s.start - number.end), abs(number.start - s.end)))
    return found


def _before_adjective(text: str, end: int, words: _Words) -> bool:
    """Whether the word after ``end`` may be an adjective: no function word, no noun."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.lower() not in words.function_words and not (words.nouns_capitalised and word[0].isupper())


def _held(text: str, word: re.Match[str], longer: re.Pattern[str] | None) -> bool:
    """Whether the word is a later word of a bound ("au moins", "no less than", "por lo menos"),
    which says no change; one that opens it ("less than 8", "8% less than") still does."""
    if longer is None:
        return False
    spans = longer.finditer(text, max(0, word.start() - 20), word.end() + 20)
    return any(m.start() < word.start() and word.end() <= m.end() for m in spans)


def turned_directions(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """Numbers of the source with words of one direction beside them whose equals in the
    target have only words of the other beside them ("8% less" -> "8 % mehr"); a number with
    a bound before it is left to :mod:`editor.core.checks.number_bounds`."""
    ours, theirs = _words(source_lang), _words(target_lang)
    if ours is None or theirs is None:
        return
    written = [n for n in numbers(target, target_lang) if not n.part]
    for number in numbers(source, source_lang):
        if not number.digits or number.part or number.literal or bound_before(source, number, source_lang):
            continue
        said = _beside(source, number, ours)
        if not said or any(s.side != said[0].side for s in said):
            continue  # none, or both ("more or less 8")
        there = [
            (other, s) for other in written if number.matches(other) for s in _beside(target, other, theirs)
        ]
        if not there or any(s.side == said[0].side for _, s in there):
            continue
        other, wrong = there[0]
        yield Slip(
            wrong.start,
            wrong.end,
            f"'{target[wrong.start : wrong.end]}' beside '{other.text}' says the opposite of "
            f"'{source[said[0].start : said[0].end]}' beside '{number.text}' in the source",
            Fix(wrong.start, wrong.end, _cased(theirs.sides[wrong.word][1], target[wrong.start]))
            if wrong.word
            else None,
            (said[0].start, said[0].end),
        )


def _cased(word: str, first: str) -> str:
    return word[0].upper() + word[1:] if first.isupper() else word
