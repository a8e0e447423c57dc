"""A range of the source said as two alternatives: "6–8 days" -> "6 oder 8 Tage", "four to
seven weeks" -> "quatre ou sept semaines" (a span of values turned into a choice of two). The
words are the languages' ``range_words``, ``or_words`` and ``conjunctions``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language

_SPACE = "[ \u00a0\u202f]"
_DASH = re.compile(rf"{_SPACE}?[-\u2010\u2011\u2012\u2013\u2014]{_SPACE}?")
# Digits joined to the range's ends: a date, code or list ("2024-06-08", "A6-8", "6-8-10")
_JOINED_BEFORE = re.compile(r"[\w/.,:\-\u2013]\Z")
_JOINED_AFTER = re.compile(r"[/:]|[-\u2013.,]\d")


@lru_cache(maxsize=32)
def _range_word(code: str) -> re.Pattern[str] | None:
    """The source language's words that only join a range's ends ("to", "bis"), not "and" or
    "or", alone between two numbers."""
    data = language(code)
    return _alone(data.range_words - data.or_words - data.conjunctions)


@lru_cache(maxsize=32)
def _or_word(code: str) -> re.Pattern[str] | None:
    """The target language's words for "or", alone between two numbers."""
    return _alone(language(code).or_words)


def _alone(words: frozenset[str]) -> re.Pattern[str] | None:
    """One of ``words`` with a space on either side, in any case; None for no words."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words))
    return re.compile(rf"{_SPACE}(?:{alternatives}){_SPACE}", re.IGNORECASE)


def may_alternate(target: str, target_lang: str) -> bool:
    """Whether the target may say two numbers with a word for "or" between them: a scan for
    the word between spaces."""
    words = language(target_lang).or_words
    if not words:
        return False
    lower = target.lower()
    return any(f" {w} " in lower for w in words)


def range_alternatives(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Two numbers of the target joined by a word for "or" whose values are the two ends of a
    range of the source ("6–8", "6 to 8"), in that order. Ends one apart are left alone: "two
    or three days" is how languages say a small range ("2–3 days")."""
    to_word, or_word = _range_word(source_lang), _or_word(target_lang)
    if or_word is None:
        return
    ranges = [(a, b) for a, b in pairwise(said) if _joined(source, a, b, to_word, _DASH)]
    if not ranges:
        return
    for first, second in pairwise(written):
        if _joined(target, first, second, or_word, None):
            pair = next((r for r in ranges if r[0].matches(first) and r[1].matches(second)), None)
            if pair is None or _both_ways(source, said, first, second, _or_word(source_lang), None):
                continue  # no range of these ends, or the source offers them as a choice too
            if _both_ways(target, written, first, second, _range_word(target_lang), _DASH):
                continue  # the target says the range too
            message = (
                f"'{target[first.start : second.end]}' gives two values; the source's "
                f"'{source[pair[0].start : pair[1].end]}' is a range"
            )
            yield Slip(first.start, second.end, message, None, (pair[0].start, pair[1].end))


def _both_ways(
    text: str,
    found: Sequence[Number],
    first: Number,
    second: Number,
    word: re.Pattern[str] | None,
    dash: re.Pattern[str] | None,
) -> bool:
    """Whether ``text`` joins two numbers of the values of ``first`` and ``second`` so too."""
    return any(
        a.matches(first) and b.matches(second) and _joined(text, a, b, word, dash) for a, b in pairwise(found)
    )


def _joined(
    text: str, first: Number, second: Number, word: re.Pattern[str] | None, dash: re.Pattern[str] | None
) -> bool:
    """Whether two whole numbers, at least two apart, stand alone with only ``word`` (or a
    dash) between them."""
    if word is None and dash is None:
        return False
    for number in (first, second):
        if number.part or number.literal or number.ordinal or number.scaled or len(number.values) != 1:
            return False
    (low,), (high,) = first.values, second.values
    if not (float(low).is_integer() and float(high).is_integer()) or high - low < 2:
        return False
    if second.start - first.end > 12:
        return False
    between = text[first.end : second.start]
    joins = (word is not None and word.fullmatch(between) is not None) or (
        dash is not None and dash.fullmatch(between) is not None
    )
    if not joins:
        return False
    return (
        _JOINED_BEFORE.search(text, max(0, first.start - 1), first.start) is None
        and _JOINED_AFTER.match(text, second.end) is None
    )
