"""Readings of an hour beyond its digits: the afternoon's for a p.m. mark (also the first end
of a range marked after its second), for a word for the evening after it, and the hour before
for a word for half an hour before it (German "halb sieben": 6.30)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.core.checks.numparse import Number

# "a.m." or "p.m." after a time ("7.30 p.m.", "10:30am"): which, the language's marks tell.
CLOCK_MARK = re.compile(r"[\s\u00a0\u202f]?([ap]\.?m\.?)(?![^\W_])", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]+\Z")
_ZERO_MINUTES = re.compile(r"[:.]00(?!\d)")  # the minutes of a full hour, which are read as no number
# Up to three words after an hour (its minutes first, "6:30"), the last maybe a word for the
# evening: "6:30 in the evening", "7 Uhr abends", "8 di sera"
_EVENING_AFTER = re.compile(
    r"(?:[:.]\d\d)?[\s\u00a0]+([^\W\d_]+)(?:[\s\u00a0]+([^\W\d_]+))?(?:[\s\u00a0]+([^\W\d_]+))?"
)


_RANGE_END = re.compile(r"\d{1,2}(?:[.:][0-5]\d)?(?![\d.:]\d)")


def range_mark(text: str, end: int, range_join: re.Pattern[str] | None) -> re.Match[str] | None:
    """The a.m. or p.m. mark of the time that ends a range opening at ``end`` with a time
    written without one ("9.30 and 10 am", "9.30-11.15 a.m."): the first end's too."""
    join = range_join.match(text, end) if range_join is not None else None
    second = _RANGE_END.match(text, join.end()) if join is not None else None
    return CLOCK_MARK.match(text, second.end()) if second is not None else None


def afternoon_after(text: str, end: int, afternoon: frozenset[str]) -> str:
    """The afternoon mark written after a number ("8 p.m.", "8 pm." ending a sentence), or ""."""
    after = CLOCK_MARK.match(text, end)
    if after is None:
        return ""
    written = after.group(1).lower()
    if written in afternoon:
        return written
    return written[:-1] if written[:-1] in afternoon else ""


def share_afternoon(
    text: str, found: list[Number], range_join: re.Pattern[str], afternoon: frozenset[str]
) -> list[Number]:
    """The first end of a range of hours also read as the afternoon's when the second is ("6:30
    to 8 pm", "2-4pm" may be "18.30-20", "14-16 Uhr"); the morning reading stays ("11 to 2 pm")."""
    out = list(found)
    for second in found:
        if len(second.values) != 2 or not second.digits:
            continue
        glued = second.text.lstrip("0123456789.:").lower()
        if glued not in afternoon and not afternoon_after(text, second.end, afternoon):
            continue
        k = max((k for k, n in enumerate(found) if n.end <= second.start), default=None)
        if k is None:
            continue
        minutes = _ZERO_MINUTES.match(text, found[k].end)  # "4:00 and 6:30 pm" (":00" is no number)
        if range_join.fullmatch(text, minutes.end() if minutes else found[k].end, second.start) is None:
            continue
        if k and found[k - 1].end == found[k].start - 1 and text[found[k].start - 1] in ":.":
            k -= 1  # the hour of a clock time ("6:30"), not its minutes
        first = found[k]
        hours = {v + 12 for v in first.values if 1 <= v <= 11 and v == int(v)}
        if hours:
            out[k] = replace(first, values=first.values | hours)
    return out


def evening_hours(text: str, found: list[Number], words: frozenset[str]) -> list[Number]:
    """An hour with a word for the afternoon or evening a few words after it ("6:30 in the
    evening", "7 Uhr abends") also read as the 24-hour clock's (18, 19)."""
    out = []
    for number in found:
        hours = {v + 12 for v in number.values if 1 <= v <= 11 and v == int(v)}
        after = _EVENING_AFTER.match(text, number.end) if hours and number.digits else None
        if after is not None and any(word and word.lower() in words for word in after.groups()):
            number = replace(number, values=number.values | hours)
        out.append(number)
    return out


def half_hours(text: str, found: list[Number], words: frozenset[str]) -> list[Number]:
    """An hour after a word for half an hour before it ("halb sieben": 6.30) read as the hour
    before, with 30 minutes ("half six" and "6:30" are it, "half seven" is not)."""
    out = []
    for number in found:
        before = WORD_BEFORE.search(text, max(0, number.start - 12), number.start)
        hours = {v for v in number.values if 1 <= v <= 12 and v == int(v)}
        if before is not None and before.group(1).lower() in words and hours:
            number = replace(number, values=frozenset((v - 2) % 12 + 1 for v in hours))
            out.append(number)
            out.append(replace(number, values=frozenset({30.0}), part=True))  # its minutes
            continue
        out.append(number)
    return out
