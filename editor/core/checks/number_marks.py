"""Percent signs and currencies of the source's numbers that the translation leaves out ("grew
by more than 6%" -> "um mehr als 6 gewachsen", "$1,250" -> "1.250" with no currency named):
the number is there, what it counts is not."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.numparse import Number
from editor.core.checks.units import CODE_HINT, CURRENCY_CODES, unit_of
from editor.core.langdata import language

_PERCENT_SIGNS = "%\uff05\u066a"  # "%", the wide "％", the Arabic one
_SPACE = "[\\s\u00a0\u202f]"
_WINDOW = 30  # characters either side of a number where a word may name what it counts
# Every currency sign of Unicode ("€", "₹", "₽", "¢"): a translation may name another one.
_CURRENCY_SIGNS = "".join(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc")
_SIGN_OR_CODE = re.compile(rf"[{re.escape(_CURRENCY_SIGNS)}]|(?<![^\W\d_])[A-Z]{{3}}(?![^\W\d_])")
_SOURCE_CURRENCY = re.compile(rf"[{re.escape(_CURRENCY_SIGNS)}]")
_PERCENT_AFTER = re.compile(rf"{_SPACE}?[{_PERCENT_SIGNS}]")
# In the source, not a printf placeholder's "%" ("0x%x", "%(count)d")
_SOURCE_PERCENT = re.compile(rf"{_SPACE}?[{_PERCENT_SIGNS}](?![^\W_]|\()")
_TABLE = re.compile(r"[\t|]")


@dataclass(frozen=True, slots=True)
class LostMark:
    """A number of the target whose source counterpart carries a percent sign or a currency."""

    said: tuple[int, int]  # the source's number and its mark
    written: Number  # the target's number
    kind: str  # "percent" or "currency"
    fix: str | None  # the number with the target language's percent sign


def lost_marks(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[LostMark]:
    """Numbers of ``target`` equal to a number of ``source`` that has a percent sign or a
    currency, written with neither around them; not where the target marks the number once
    for a list or range ("4 bis 6 %", "10–20 €"), nor in a table."""
    percent = _may_say_percent(source)
    currency = _may_name_currency(source)
    if not (percent or currency) or _TABLE.search(target) or _TABLE.search(source):
        return
    if percent:
        marks = {id(n): span for n in said if (span := _percent_in_source(source, n))}
        for number, lost in _unmarked(said, marks, written, lambda n: _says_percent(target, n, target_lang)):
            fix = lost.text + _percent_sign(target, written, target_lang) if lost.digits else None
            yield LostMark((number.start, marks[id(number)][1]), lost, "percent", fix)
    if currency:
        marks = {id(n): span for n in said if (span := _currency_in_source(source, n, source_lang))}
        for number, lost in _unmarked(
            said, marks, written, lambda n: _names_currency(target, n, target_lang)
        ):
            start, end = marks[id(number)]
            yield LostMark((min(start, number.start), max(end, number.end)), lost, "currency", None)


def _unmarked(
    said: Sequence[Number],
    marks: dict[int, tuple[int, int]],
    written: Sequence[Number],
    has_mark: Callable[[Number], bool],
) -> Iterator[tuple[Number, Number]]:
    """Each marked source number (its mark in ``marks`` by ``id``) and the target's number of
    its value that has no mark, where the target has no marked one of that value left, and
    the source no unmarked one (which the target's number may stand for)."""
    used: set[int] = set()
    for number in (n for n in said if id(n) in marks):
        if any(number.matches(n) and id(n) not in marks for n in said):
            continue
        same = [n for n in written if id(n) not in used and not n.part and number.matches(n)]
        if not same:
            continue  # missing or changed: reported as such
        kept = next((n for n in same if has_mark(n)), None)
        if kept is not None:
            used.add(id(kept))
            continue
        used.add(id(same[0]))
        yield number, same[0]


def _may_say_percent(source: str) -> bool:
    return any(sign in source for sign in _PERCENT_SIGNS)


def _may_name_currency(source: str) -> bool:
    return _SOURCE_CURRENCY.search(source) is not None or CODE_HINT.search(source) is not None


def _percent_in_source(source: str, number: Number) -> tuple[int, int] | None:
    """Where the source writes a percent sign right after the number, if it does (not a
    percent word: "percentage points" are said in many ways)."""
    if not number.digits or number.part:
        return None
    sign = _SOURCE_PERCENT.match(source, number.end)
    return None if sign is None else sign.span()


def _currency_in_source(source: str, number: Number, code: str) -> tuple[int, int] | None:
    """Where the source writes a currency next to the number ("€", "USD", "euros"), if it does."""
    if not number.digits or number.part or number.literal:
        return None
    unit = unit_of(source, number, code)
    if unit is None or not (unit[0] in _CURRENCY_SIGNS or unit[0].upper() in CURRENCY_CODES):
        return None
    return unit[1], unit[2]


# More numbers of a list or range after a number, which a mark after the last one may stand
# for ("4 bis 6 %", "von 4 auf 6 %", "dal 4 al 6%", "10–20 €"): joined by a dash or a comma or
# one or two short words.
_JOINED = re.compile(
    rf"(?:{_SPACE}*(?:[-\u2010\u2013\u2014/,;]|[^\W\d_]{{1,4}}(?:{_SPACE}[^\W\d_]{{1,4}})?)"
    rf"{_SPACE}*\d(?:[\d.,\u00a0\u202f]*\d)?){{1,4}}"
)
# Characters after a number (or its list) where its currency's name may stand ("millones de euros")
_AFTER = 24


@lru_cache(maxsize=32)
def _percent_words(code: str) -> re.Pattern[str]:
    """The language's words for percent, as a word's start ("Prozentpunkte", "percentuale")."""
    stems = sorted(language(code).percent_words, key=len, reverse=True)
    return _starts(stems, code)


def _says_percent(target: str, number: Number, code: str) -> bool:
    """Whether a percent sign follows the number, alone or after a list or range it ends, or a
    word for percent stands near it ("4 Prozent", "una percentuale del 4")."""
    if _PERCENT_AFTER.match(target, _list_end(target, number)):
        return True
    near = target[max(0, number.start - _WINDOW) : number.end + _WINDOW]
    return _percent_words(code).search(near) is not None


@lru_cache(maxsize=32)
def _currency_words(code: str) -> re.Pattern[str]:
    """The language's names of currencies, as a word's start ("dollari", "рублей")."""
    data = language(code)
    stems = set(data.currency_words) | {
        w for w, unit in data.unit_words if unit in _CURRENCY_SIGNS or unit.upper() in CURRENCY_CODES
    }
    return _starts(sorted(stems, key=len, reverse=True), code)


def _starts(stems: list[str], code: str) -> re.Pattern[str]:
    """Any of ``stems`` at a word's start (anywhere, in a script written without spaces)."""
    alternation = "|".join(re.escape(w) for w in stems) or "(?!)"
    boundary = "" if language(code).wide_script else r"(?<![^\W\d_])"
    return re.compile(rf"{boundary}(?:{alternation})", re.IGNORECASE)


def _names_currency(target: str, number: Number, code: str) -> bool:
    """Whether a currency sign, code or name stands near the number, or anywhere before it: a
    text may name the currency once for the amounts that follow ("300 millones de euros …
    (antes: 280 millones)")."""
    near = target[: _list_end(target, number) + _AFTER]
    return _SIGN_OR_CODE.search(near) is not None or _currency_words(code).search(near) is not None


def _list_end(text: str, number: Number) -> int:
    """The end of the list or range ``number`` opens, or its own end."""
    joined = _JOINED.match(text, number.end)
    return number.end if joined is None else joined.end()


def _percent_sign(target: str, written: Sequence[Number], code: str) -> str:
    """The percent sign as the target writes it after its other numbers, else as the
    language does ("4 %" in German, "4%" in English)."""
    for number in written:
        after = _PERCENT_AFTER.match(target, number.end)
        if after is not None:
            return after.group()
    return language(code).percent_sign
