"""A number's unit said as the other of its pair beside the same number: percentage points as
per cent ("rose 3 percentage points" -> "um 3 %"), a currency's small unit as its main one
("40p" -> "40 £", "15 cents" -> "15 dollars"). The words are the languages' ``point_words``,
``percent_words``, ``minor_currency_words`` and ``currency_words``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language

_SPACE = "[ \u00a0\u202f]"
_MAJOR_SIGNS = "$€£¥₽₹₩₺₴₪"  # signs of a currency's main unit (not "¢")
_SIGN_BEFORE = re.compile(rf"[{_MAJOR_SIGNS}]{_SPACE}?\Z")
_SIGN_AFTER = re.compile(rf"{_SPACE}?[{_MAJOR_SIGNS}]")
_PERCENT_AFTER = re.compile(rf"{_SPACE}?[%\uff05]")
_WORD_AFTER = re.compile(rf"{_SPACE}?([^\W\d_][^\s\d]*)")
_DIGITS = re.compile(r"[\d.,\u00a0\u202f ]*\d")
_POINTS_REACH = 40  # characters after a number where a word says it counts points


class _Words(NamedTuple):
    points: re.Pattern[str] | None  # the source's: "percentage points" right after a number
    minor: re.Pattern[str] | None  # the source's: "p", "pence", "cents" right after a number
    point_words: tuple[str, ...]  # the target's, lowercase
    percent_words: tuple[str, ...]
    minor_words: tuple[str, ...]
    major_words: tuple[str, ...]


@lru_cache(maxsize=32)
def _words(code: str) -> _Words:
    data = language(code)
    minor = tuple(w.lower() for w in data.minor_currency_words)
    major = tuple(w for w in data.currency_words if not any(m in w for m in minor))
    points = minor_said = None
    if data.point_words:
        phrases = "|".join(re.escape(w).replace("\\ ", f"[{_SPACE[1:-1]}-]") for w in data.point_words)
        points = re.compile(rf"[{_SPACE[1:-1]}-](?:{phrases})", re.IGNORECASE)
    if minor:
        # a letter alone ("p") only glued to the number ("40p"), a word after a space too
        glued = "|".join(re.escape(w) for w in minor if len(w) == 1)
        spaced = "|".join(re.escape(w) for w in minor if len(w) > 1)
        parts = [f"(?:{glued})(?![^\\W_])"] if glued else []
        parts += [f"{_SPACE}?(?:{spaced})(?![^\\W\\d_])"] if spaced else []
        minor_said = re.compile("|".join(parts), re.IGNORECASE)
    return _Words(points, minor_said, data.point_words, data.percent_words, minor, major)


def may_say_units(lower: str, code: str) -> bool:
    """Whether ``lower`` (a source in lowercase) may say percentage points or a small unit of
    a currency: a substring test per word."""
    data = language(code)
    return (
        any(w in lower for w in data.point_words)
        or any(w in lower for w in data.minor_currency_words if len(w) > 1 or w in "¢")
        or ("p" in data.minor_currency_words and re.search(r"\dp(?![^\W_])", lower) is not None)
    )


def unit_slips(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Numbers of the source said in percentage points or in a currency's small unit whose
    only counterpart of the same value in the target is said in per cent, or in the main
    unit, with no word of the source's unit beside it."""
    theirs, ours = _words(source_lang), _words(target_lang)
    for number in said:
        if not number.digits or number.part or number.literal:
            continue
        kind = _unit(source, number, theirs)
        if kind is None:
            continue
        same = [n for n in written if not n.part and number.matches(n)]
        if len(same) != 1 or sum(number.matches(n) for n in said) != 1:
            continue  # missing, or more than one: nothing to pair it with
        other = same[0]
        after = target[other.end : other.end + _POINTS_REACH].lower()
        if kind == "points":
            if not ours.point_words or any(w in after for w in ours.point_words):
                continue
            if not (
                _PERCENT_AFTER.match(target, other.end) or _word_after(target, other, ours.percent_words)
            ):
                continue
            message = (
                f"'{other.text}' is said in per cent; the source's '{number.text}' is in percentage points"
            )
        else:
            if not ours.minor_words or _word_after(target, other, ours.minor_words, inside=True):
                continue  # "40 Pence", "15 Eurocent"
            if _unit(target, other, theirs) == "minor":
                continue  # the source's own notation kept ("40p")
            if not (
                _SIGN_BEFORE.search(target, 0, other.start)
                or _SIGN_AFTER.match(target, _digits_end(other))
                or _word_after(target, other, ours.major_words)
            ):
                continue
            message = (
                f"'{other.text}' is in a currency's main unit; the source's '{number.text}' is in its "
                "small unit"
            )
        yield Slip(other.start, other.end, message, None, (number.start, number.end), warning=False)


def _unit(text: str, number: Number, words: _Words) -> str | None:
    """Whether the text says the number in percentage points ("points") or in a currency's
    small unit ("minor")."""
    if words.points is not None and words.points.match(text, number.end):
        return "points"
    if words.minor is not None and words.minor.match(text, _digits_end(number)):
        return "minor"
    return None


def _digits_end(number: Number) -> int:
    """Where the number's digits end ("40" of "40p", which the number's text holds)."""
    digits = _DIGITS.match(number.text)
    return number.start + (digits.end() if digits else len(number.text))


def _word_after(target: str, number: Number, stems: tuple[str, ...], inside: bool = False) -> bool:
    """Whether the word right after the number's digits starts with one of ``stems`` (or
    holds one, ``inside``: "Eurocent")."""
    after = _WORD_AFTER.match(target, _digits_end(number))
    if after is None:
        return False
    word = after.group(1).lower()
    return any(s in word for s in stems) if inside else word.startswith(stems)
