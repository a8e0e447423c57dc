"""A date the source writes with its month's name, given in digits in the translation with
another day or month ("3 April 2027" -> "04.03.2027": day and month swapped)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from editor.core.checks.number_words import calendar
from editor.core.langdata import language

_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.|º|°)?\s+(?:of\s+|de\s+)?\Z")
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_YEAR_AFTER = re.compile(r",?\s+(?:de\s+)?(\d{4})(?!\d)")
_DIGITS = re.compile(r"(?<![\d.,/-])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d.,/-]?\d)")
_LOOK_BACK = 16
_ANY_DIGIT = re.compile(r"\d")


class Date(NamedTuple):
    day: int
    month: int
    year: int
    start: int
    end: int


def named_dates(text: str, code: str) -> list[Date]:
    """The dates of ``text`` written with a month's name, a day and a year ("3 April 2027",
    "April 3, 2027", "3. April 2027", "3 de abril de 2027")."""
    found = calendar(code)
    if found is None:
        return []
    pattern, index = found
    dates = []
    for m in pattern.finditer(text):
        month = index[m.group().lower()] + 1
        before = _DAY_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        after = None if before else _DAY_AFTER.match(text, m.end())
        day = before or after
        year = _YEAR_AFTER.match(text, after.end() if after else m.end())
        if day is None or year is None:
            continue
        start = before.start() if before else m.start()
        dates.append(Date(int(day.group(1)), month, int(year.group(1)), start, year.end()))
    return dates


def digit_dates(text: str, code: str) -> list[Date]:
    """The dates of ``text`` written in digits in the language's order, or ISO's
    (2026-06-01), with a four-digit year."""
    order = language(code).digit_dates
    dates = []
    for m in _DIGITS.finditer(text):
        first, second, third = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(1)) == 4 and m.group(2) == "-":
            day, month, year = third, second, first  # ISO 8601
        elif order == "dmy" and len(m.group(4)) == 4 and len(m.group(1)) <= 2:
            day, month, year = first, second, third
        elif order == "ymd" and len(m.group(1)) == 4:
            day, month, year = third, second, first
        else:
            continue
        if 1 <= day <= 31 and 1 <= month <= 12:
            dates.append(Date(day, month, year, m.start(), m.end()))
    return dates


class DateSlip(NamedTuple):
    said: Date  # in the source
    written: Date  # in the target
    swapped: bool


def date_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[DateSlip]:
    """The source's named dates that the target writes in digits with another day or month:
    paired by year, in order, among the dates neither side matches."""
    if _ANY_DIGIT.search(target) is None:
        return
    written = digit_dates(target, target_lang)
    if not written:
        return
    said = named_dates(source, source_lang)
    if not said:
        return
    # a date the target names too, or writes in digits as the source does, is no counterpart
    named = {(d.day, d.month, d.year) for d in named_dates(target, target_lang)}
    written = [w for w in written if target[w.start : w.end] not in source]
    digits = {(w.day, w.month, w.year) for w in written}
    unmatched = [d for d in said if (d.day, d.month, d.year) not in named | digits]
    days = {(d.day, d.month, d.year) for d in said}
    spare = [w for w in written if (w.day, w.month, w.year) not in days]
    for date in unmatched:
        other = next((w for w in spare if w.year == date.year), None)
        if other is None:
            continue
        spare.remove(other)
        yield DateSlip(date, other, (other.day, other.month) == (date.month, date.day))
