"""A month or a weekday of the source named as another in the translation ("14 February" ->
"14 janvier", "Friday 9 June" -> "giovedì 9 giugno")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.number_words import calendar, names_month
from editor.core.langdata import language

# The day of the month after a weekday: a comma, a word of up to three letters ("Freitag, den
# 9.", "Friday the 9th") between them.
# (not a clock time: "Friday, 9:15", "Friday 9 a.m.", "vendredi 9 h")
_DAY_AFTER = re.compile(
    r",?[\s\u00a0]+(?:[^\W\d_]{1,3}[\s\u00a0]+)?(\d{1,2})(?!\d)(?![.,:]\d)"
    r"(?![\s\u00a0]?(?:[ap]\.?m\b|h(?![^\W\d_])|uhr\b))",
    re.IGNORECASE,
)


class WeekdaySlip(NamedTuple):
    said: re.Match[str]  # in the source
    written: re.Match[str]  # in the target
    fix: str | None  # the target language's name of the source's weekday


def month_slips(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Months of the source each with the other month the target names in its place ("14
    February" -> "14 janvier"): only where the target names a month the source does not, so
    that a date written in digits ("14.2.") or left out is not taken for a change."""
    if not names_month(source, source_lang):
        return  # the common case: a substring test per month, in C
    source_months, target_months = calendar(source_lang), calendar(target_lang)
    if source_months is None or target_months is None or not source_months[0].search(source):
        return
    said = [(source_months[1][m.group().lower()], m) for m in source_months[0].finditer(source)]
    written = [(target_months[1][m.group().lower()], m) for m in target_months[0].finditer(target)]
    missing, other = unpaired(said, written, len(source), len(target))
    yield from zip(missing, other, strict=False)


def names_weekday(text: str, code: str) -> bool:
    """Whether ``text`` may name a weekday: a substring test per name, in C."""
    lower = text.lower()
    return any(name in lower for name in _names(code))


@lru_cache(maxsize=32)
def _names(code: str) -> tuple[str, ...]:
    return tuple(name for forms in language(code).weekdays for name in forms)


@lru_cache(maxsize=32)
def weekday_names(code: str) -> tuple[str, dict[str, int]] | None:
    """The language's weekday names as one alternation (the longest first), and each name's day."""
    days = language(code).weekdays
    if not days:
        return None
    index = {name: i for i, names in enumerate(days) for name in names}
    return "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True)), index


@lru_cache(maxsize=32)
def _weekdays(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A pattern for the language's weekday names as whole words, and each name's day."""
    names = weekday_names(code)
    if names is None:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{names[0]})(?![^\W\d_])", re.IGNORECASE), names[1]


def weekday_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[WeekdaySlip]:
    """Weekdays of the source before a day of the month that the target names as another
    weekday before the same day ("Friday 9" -> "giovedì 9"): a weekday written without its
    day, or moved away from it, is no counterpart."""
    if not names_weekday(source, source_lang):
        return
    ours, theirs = _weekdays(source_lang), _weekdays(target_lang)
    if ours is None or theirs is None:
        return
    said = [(ours[1][m.group().lower()], m) for m in ours[0].finditer(source) if day_of_month(source, m)]
    written = [
        (theirs[1][m.group().lower()], m) for m in theirs[0].finditer(target) if day_of_month(target, m)
    ]
    if not said or not written:
        return
    missing, other = unpaired(said, written, len(source), len(target))
    for day_said, wrong in zip(missing, other, strict=False):
        if day_of_month(source, day_said) != day_of_month(target, wrong):
            continue  # another date: the day's number is compared as a number
        index = ours[1][day_said.group().lower()]
        yield WeekdaySlip(day_said, wrong, weekday_name(target_lang, index, wrong.group()))


def day_of_month(text: str, name: re.Match[str]) -> int | None:
    """The day of the month written right after a weekday's name, if any."""
    after = _DAY_AFTER.match(text, name.end())
    if after is None or not 1 <= int(after.group(1)) <= 31:
        return None
    return int(after.group(1))


def weekday_name(code: str, index: int, written: str) -> str | None:
    """The language's name of weekday ``index`` in the form and case of ``written``: its only
    form, or the one that ends as ``written`` does ("пятницу" for "среду")."""
    days = language(code).weekdays
    forms = sorted(days[index]) if index < len(days) else []
    if len(forms) > 1:
        forms = [f for f in forms if f[-1] == written[-1].lower() and ("-" in f) == ("-" in written)]
    if len(forms) != 1:
        return None
    form = forms[0]
    return form.capitalize() if written[:1].isupper() else form


def unpaired(
    said: list[tuple[int, re.Match[str]]],
    written: list[tuple[int, re.Match[str]]],
    said_len: int,
    written_len: int,
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Names (months, weekdays) of each text left over once each is paired with the same one
    of the other, nearest first by proportion of the texts' lengths: counted, so that "June
    ... June" given as "Juli ... Juni" leaves the first June and "Juli"."""
    pairs = sorted(
        (abs(a.start() / max(1, said_len) - b.start() / max(1, written_len)), x, y)
        for x, (i, a) in enumerate(said)
        for y, (k, b) in enumerate(written)
        if i == k
    )
    left, right = set(range(len(said))), set(range(len(written)))
    for _, x, y in pairs:
        if x in left and y in right:
            left.remove(x)
            right.remove(y)
    return [said[x][1] for x in sorted(left)], [written[y][1] for y in sorted(right)]
