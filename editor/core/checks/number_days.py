"""A span of days changed in kind beside the same number: calendar days said as working days
or working days as calendar days ("within 10 days" -> "binnen 10 werkdagen"). The words are
the languages' ``working_days``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language

_BETWEEN = "[ \u00a0\u202f-]?"  # "10 days", "10-day", "5営業日"
_ENDING = "[a-zA-Z\u00c0-\u024f\u0400-\u04ff]*"  # an inflection in a script of spaced words


class _Days(NamedTuple):
    kind: re.Pattern[str]  # right after a number: group "work" or "day"
    working: tuple[str, ...]  # the words for working days, lowercase
    weekdays: frozenset[str]  # the names of the days of the week: "Monday to Friday"


@lru_cache(maxsize=32)
def _days(code: str) -> _Days | None:
    data = language(code)
    calendar, working = data.working_days
    if not calendar or not working:
        return None

    def alternatives(stems: tuple[str, ...]) -> str:
        return "|".join(
            re.escape(s).replace("\\ ", "[ \u00a0]") for s in sorted(stems, key=len, reverse=True)
        )

    kind = re.compile(
        rf"{_BETWEEN}(?:(?P<work>(?:{alternatives(working)}){_ENDING})|(?P<day>(?:{alternatives(calendar)}){_ENDING}))",
        re.IGNORECASE,
    )
    return _Days(kind, working, frozenset().union(*data.weekdays) if data.weekdays else frozenset())


def may_count_workdays(source_lower: str, target: str, source_lang: str, target_lang: str) -> bool:
    """Whether one of the texts may say working days: a substring test per word."""
    theirs, ours = language(source_lang).working_days[1], language(target_lang).working_days[1]
    if not theirs or not ours:
        return False
    if any(w in source_lower for w in theirs):
        return True
    lower = target.lower()
    return any(w in lower for w in ours)


def workday_slips(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Numbers of days the source says in working days whose only counterpart in the target
    is said in calendar days, or the reverse; a text that names working days elsewhere or a day
    of the week ("Monday to Friday") on the side of the calendar days is left alone."""
    theirs, ours = _days(source_lang), _days(target_lang)
    if theirs is None or ours is None:
        return
    for number in said:
        if number.part or number.literal:
            continue
        kind = _kind(source, number, theirs)
        if kind is None:
            continue
        same = [n for n in written if not n.part and number.matches(n)]
        if len(same) != 1 or sum(number.matches(n) for n in said if not n.part) != 1:
            continue  # missing, or more than one: nothing to pair it with
        other = same[0]
        found = ours.kind.match(target, other.end)
        if found is None or found.lastgroup == kind:
            continue
        if kind == "work" and _explains(target, ours):
            continue
        if kind == "day" and _explains(source, theirs):
            continue
        said_as = "working days" if kind == "work" else "calendar days"
        written_as = "calendar days" if kind == "work" else "working days"
        yield Slip(
            other.start,
            found.end(),
            f"'{target[other.start : found.end()]}' counts {written_as}; the source's "
            f"'{source[number.start : _kind_end(source, number, theirs)]}' counts {said_as}",
            None,
            (number.start, _kind_end(source, number, theirs)),
            warning=False,
        )


def _kind(text: str, number: Number, days: _Days) -> str | None:
    """Whether the number counts working days ("work") or days ("day"), by the word after it."""
    found = days.kind.match(text, number.end)
    return found.lastgroup if found else None


def _kind_end(text: str, number: Number, days: _Days) -> int:
    found = days.kind.match(text, number.end)
    return found.end() if found else number.end


def _explains(text: str, days: _Days) -> bool:
    """Whether the side of the calendar days names working days or a day of the week anywhere."""
    lower = text.lower()
    if any(w in lower for w in days.working):
        return True
    return bool(days.weekdays) and any(w in days.weekdays for w in re.findall(r"\w+", lower))
