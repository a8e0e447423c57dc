"""Words that change what a number means: a minus said with a sign or a word ("-3", "minus
3", "3 degrees below zero"), and the names of the months."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.numparse import Number
from editor.core.langdata import language

# A minus sign before a number: not a hyphen after a word or a number ("COVID-19", "10-12"),
# not "+/-3" or "±3".
SOURCE_MINUS = re.compile(r"(?<![^\W_])(?<![.,/+\u00b1\u2212-])[-\u2212]\Z")
# In a translation also a dash (typeset minus, "–3 °C") or a no-break hyphen.
TARGET_MINUS = re.compile(r"(?<![^\W_])(?<![.,/+\u00b1\u2212-])[-\u2212\u2013\u2011]\Z")
_RANGE_BEFORE = re.compile(r"\d[ \u00a0]*\Z")  # "10 -12": a range, not a sign
_SIGN_WINDOW = (20, 30)  # characters before and after a number where "minus" may stand


def negative(text: str, number: Number, minus: re.Pattern[str]) -> bool:
    """Whether a minus sign stands right before ``number`` (not a hyphen of a range)."""
    start = number.start
    if minus.search(text, max(0, start - 3), start) is None:
        return False
    return _RANGE_BEFORE.search(text, max(0, start - 4), start - 1) is None


def sign_of(text: str, number: Number, code: str) -> tuple[int, int] | None:
    """Where the source makes ``number`` negative: a minus sign before it, a word for minus
    right before it ("minus 4") or in the two words after it ("4 degrees below zero")."""
    if negative(text, number, SOURCE_MINUS):
        return number.start - 1, number.start
    before, after = _negative_around(code)
    found = before.search(text, max(0, number.start - 24), number.start) or after.match(text, number.end)
    return None if found is None else found.span("word")


def around(text: str, number: Number) -> str:
    """The text around ``number``, lowercased, where a word for minus may stand."""
    before, after = _SIGN_WINDOW
    return text[max(0, number.start - before) : number.end + after].lower()


def names_month(text: str, code: str) -> bool:
    """Whether ``text`` may name a month: one of the language's month names in it, in any case."""
    lowercase, capitalised = _month_names(code)
    if any(name in text for name in capitalised):  # "May", not the verb "may"
        return True
    lower = text.lower()
    return any(name in lower for name in lowercase)


@lru_cache(maxsize=32)
def _month_names(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's month names matched in any case, and those matched as written."""
    names = [name for forms in language(code).calendar for name in forms]
    return tuple(n for n in names if n == n.lower()), tuple(n for n in names if n != n.lower())


def says_negative(text: str, code: str) -> bool:
    """Whether ``text`` holds one of the language's words for a minus (a substring test
    first: the words are rare)."""
    words = language(code).negative_words
    if not words:
        return False
    lower = text.lower()
    return any(word in lower for word in words) and negative_words(code).search(lower) is not None


@lru_cache(maxsize=32)
def calendar(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A pattern for the language's month names, and each name's month. Names written with a
    capital in the table ("May") are matched with it: "may" is a verb."""
    months = language(code).calendar
    if not months:
        return None
    index = {name.lower(): i for i, names in enumerate(months) for name in names}
    names = sorted((n for forms in months for n in forms), key=len, reverse=True)
    alternation = "|".join(re.escape(n) if n != n.lower() else f"(?i:{re.escape(n)})" for n in names)
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])"), index


@lru_cache(maxsize=32)
def _negative_around(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's words for "negative" right before a number, and in the two words after it."""
    data = language(code)
    phrases = "|".join(re.escape(w) for w in sorted(data.negative_words, key=len, reverse=True)) or "(?!)"
    word = rf"(?P<word>(?<![\w\-\u2010])(?:{phrases})[^\W\d_]{{0,3}}(?![^\W_]))"
    return (
        re.compile(rf"{word}[\s\u00a0]+\Z", re.IGNORECASE),
        re.compile(rf"(?:[\s\u00a0]*(?:[^\W\d_]+\.?|°[^\W\d_]*|%)){{0,2}}?[\s\u00a0]+{word}", re.IGNORECASE),
    )


@lru_cache(maxsize=32)
def negative_words(code: str) -> re.Pattern[str]:
    """The language's words for "negative" as whole words (inflected: up to three more
    letters); within text of a script written without spaces, anywhere."""
    data = language(code)
    phrases = "|".join(re.escape(w) for w in sorted(data.negative_words, key=len, reverse=True))
    if not phrases:
        return re.compile("(?!)")
    if data.wide_script:
        return re.compile(phrases)
    return re.compile(rf"(?<![^\W_])(?:{phrases})[^\W\d_]{{0,3}}(?![^\W_])")
