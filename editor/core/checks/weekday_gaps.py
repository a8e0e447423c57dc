"""Weekdays of the source left out of the translation or named as another where no date
stands beside them ("on Mondays and Fridays" -> "montags"; "on Tuesday" -> "le jeudi").
:mod:`calendar_slips` compares a weekday before a day of the month; this compares the days a
sentence names, counted.

The target's names are found inside words too, where they inflect or join ("montags",
"Sonntagvormittag", "Karfreitag"); the source's as words ("Mondays"). A source's day that is
part of a name ("Black Friday", "Cyber Monday") or kept as written in the translation is no
day to find; a translation that names no day in full (the days said another way, "am
Wochenende", or abbreviated, "Mo–Fr") is not judged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.calendar_slips import (
    day_of_month,
    names_weekday,
    unpaired,
    weekday_name,
    weekday_names,
    weekday_slips,
)
from editor.core.checks.negation_words import any_word
from editor.core.checks.prose import plain
from editor.core.langdata import language

# Two short capitalised names joined by a dash, spaced on both sides or on neither: a range of
# days abbreviated ("Mo–Fr", "lun.-ven.", "Mo - Fr"; not a compound's first half, "Sonn- und")
_SHORT_RANGE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{2,4}\.?(?:[-\u2013\u2014/]|\s[-\u2013\u2014/]\s)[^\W\d_]{2,4}\.?(?![^\W\d_])"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+) \Z")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_START = re.compile(r"[^\W\d_]*\Z")
_WORD_END = re.compile(r"[^\W\d_]*")


class DayGap(NamedTuple):
    said: re.Match[str]  # the source's day
    written: re.Match[str]  # the target's day reported: the other day, or the missing one's neighbour
    missing: bool  # left out, not named as another
    fix: str | None


@lru_cache(maxsize=32)
def _source_days(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The source language's day names as words, a plural or possessive ending allowed."""
    names = weekday_names(code)
    if names is None:
        return None
    pattern = rf"(?<![^\W\d_])({names[0]})(?:s|['\u2019]s)?(?![^\W\d_])"
    return re.compile(pattern, re.IGNORECASE), names[1]


@lru_cache(maxsize=32)
def _target_days(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The target language's day names where they start a word, or anywhere in one where the
    language joins words into compounds ("Ostersonntag")."""
    names = weekday_names(code)
    if names is None:
        return None
    start = "" if not language(code).writes_compounds_apart else r"(?<![^\W\d_])"
    return re.compile(rf"{start}({names[0]})", re.IGNORECASE), names[1]


def _in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the day is part of a name: a capitalised word right before it that does not
    open the sentence ("Black Friday"), or right after it ("Sunday Times")."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is not None and before.group(1)[:1].isupper():
        opening = text[: before.start(1)].rstrip()[-1:]
        if opening not in ("", ".", "!", "?", ":", "\n", '"', "\u201c", "("):
            return True
    after = _WORD_AFTER.match(text, m.end())
    return after is not None and after.group(1)[:1].isupper()


def _kept(source: str, m: re.Match[str], target: str) -> bool:
    """Whether the translation keeps this day of the source as written: its word as often as
    the source writes it, or with the word beside it ("Green Sunday"), a name's."""
    day = m.group(1)
    if day not in target:
        return False
    if target.count(day) >= source.count(day):
        return True
    before = _WORD_BEFORE.search(source, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(source, m.end())
    return (before is not None and f"{before.group(1)} {day}" in target) or (
        after is not None and f"{day} {after.group(1)}" in target
    )


def weekday_gaps(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[DayGap]:
    if not names_weekday(source, source_lang):
        return  # the common case: a substring test per name
    ours, theirs = _source_days(source_lang), _target_days(target_lang)
    if ours is None or theirs is None or not plain(source):
        return  # (a format's help gives days as examples, which translations localise)
    said = [
        (ours[1][m.group(1).lower()], m)
        for m in ours[0].finditer(source)
        if not _in_name(source, m) and not _kept(source, m, target) and day_of_month(source, m) is None
    ]
    if not said:
        return
    written = [(theirs[1][m.group(1).lower()], m) for m in theirs[0].finditer(target)]
    if not written or _SHORT_RANGE.search(target):
        return
    # "weekdays" said "Monday to Friday", or the other way round: those two days are no others
    if _says_workdays(source, source_lang):
        written = _without_workdays(written)
    if _says_workdays(target, target_lang):
        said = _without_workdays(said)
    missing, other = unpaired(said, written, len(source), len(target))
    if not missing:
        return
    if len(other) == len(missing) == 1:  # one day named as another
        (day,), (wrong,) = missing, other
        fix = weekday_name(target_lang, ours[1][day.group(1).lower()], wrong.group())
        yield DayGap(day, wrong, False, fix)
        return
    if other:
        return  # several days moved: the sentence was rearranged
    paired = [(k, m) for k, (_, m) in enumerate(said) if m not in missing]
    for day in missing:
        k = next(k for k, (_, m) in enumerate(said) if m is day)
        neighbour = min(paired, key=lambda p: abs(p[0] - k), default=None)
        if neighbour is None:
            continue
        index = said[neighbour[0]][0]
        counterpart = next((m for i, m in written if i == index), None)
        if counterpart is not None:
            yield DayGap(day, counterpart, True, None)


_MONDAY, _FRIDAY = 0, 4


def _without_workdays(days: list[tuple[int, re.Match[str]]]) -> list[tuple[int, re.Match[str]]]:
    """``days`` without their first Monday and first Friday, where both are named."""
    first = {
        index: next((k for k, (i, _) in enumerate(days) if i == index), None) for index in (_MONDAY, _FRIDAY)
    }
    if None in first.values():
        return days
    return [day for k, day in enumerate(days) if k not in first.values()]


def _says_workdays(text: str, code: str) -> bool:
    pattern = _workdays(code)
    return pattern is not None and pattern.search(text.lower()) is not None


@lru_cache(maxsize=32)
def _workdays(code: str) -> re.Pattern[str] | None:
    """The language's words for the working days of a week (``workday_words``), as words."""
    return any_word(language(code).workday_words)


def changed_days(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int, str, str | None, tuple[int, int]]]:
    """Each weekday of the source named as another or left out, as (start, end, message, fix,
    the source's span): beside a day of the month (:func:`weekday_slips`) or not."""
    if not names_weekday(source, source_lang):
        return  # the common case: a substring test per name
    for day in weekday_slips(source, target, source_lang, target_lang):
        start, end = day.written.span()
        message = f"'{day.written.group()}' where the source has '{day.said.group()}' for the same day"
        yield start, end, message, day.fix, day.said.span()
    for gap in weekday_gaps(source, target, source_lang, target_lang):
        start, end = gap.written.span()
        if gap.missing:  # the whole word it names ("montags", "Sonntagvormittag")
            start = _WORD_START.search(target, 0, start).start()  # type: ignore[union-attr]
            end = _WORD_END.match(target, end).end()  # type: ignore[union-attr]
        said, written = gap.said.group(), target[start:end]
        message = (
            f"'{said}' of the source is missing beside '{written}'"
            if gap.missing
            else f"'{written}' where the source has '{said}'"
        )
        yield start, end, message, gap.fix, gap.said.span()
