"""Times of day a translation moved by twelve hours: an afternoon time of the source left on
the 12-hour clock ("1.30 p.m." -> "1.30 uur"), a morning time given as the afternoon's hour
("6 a.m." -> "18 h"), midnight said as twelve o'clock and noon as 0 or 24. For languages that
write the 24-hour clock; :mod:`editor.core.checks.number_mismatch` reports them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from editor.core.checks.base import CheckContext, Fix
from editor.core.checks.hour_readings import CLOCK_MARK
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number, numbers
from editor.core.langdata import language
from editor.core.model import Segment
from editor.core.segmentation import sentence_bounds
from editor.core.text import has_word

_MINUTES = re.compile(r"\d[:.]")  # before the minutes ("03:11"), which are no hour
_PM = re.compile(r"\d[\s\u00a0\u202f]?[pP]\.?[\s\u00a0]?[mM](?![^\W\d_])")  # "7:30 p. m.", "7pm"
_HOUR = re.compile(r"\d{1,2}(?!\d)")
_WORD_AFTER = re.compile(r"[\s\u00a0\u202f]*([^\W\d_]+)")


def afternoon_hour(text: str, number: Number, code: str) -> int | None:
    """The hour of an afternoon time on the 12-hour clock ("7.30 p.m.", "3pm": 7, 3), or
    None for any other number."""
    if not number.digits or len(number.values) != 2:
        return None  # most numbers: an afternoon hour has two values, 7 and 19
    low, high = sorted(number.values)
    if high != low + 12 or not 1 <= low <= 11:
        return None
    return int(low) if _marked(text, number, language(code).afternoon_marks) else None


def morning_hour(text: str, number: Number, code: str) -> int | None:
    """The hour of a morning time on the 12-hour clock ("6 a.m.", "6.30am": 6), or None for
    any other number."""
    if not number.digits or len(number.values) != 1:
        return None
    (hour,) = number.values
    if not 1 <= hour <= 11 or hour != int(hour):
        return None
    return int(hour) if _marked(text, number, language(code).morning_marks) else None


def _marked(text: str, number: Number, marks: frozenset[str]) -> bool:
    """Whether a number carries one of ``marks``, glued ("3pm") or after it ("3 p.m.")."""
    glued = number.text.lstrip("0123456789.:").lower()
    if glued:
        return glued in marks
    mark = CLOCK_MARK.match(text, number.end)
    if mark is None:
        return False
    written = mark.group(1).lower()
    return written in marks or written[:-1] in marks  # "pm." ending a sentence


@lru_cache(maxsize=16)
def _evening(code: str) -> re.Pattern[str]:
    """The language's words for the afternoon or evening, as words: not inside another ("meia-noite",
    "middernacht": midnight)."""
    words = "|".join(re.escape(w) for w in sorted(language(code).evening_words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words or '(?!)'})(?![\w-])", re.IGNORECASE)


def clock_slips(
    segment: Segment, context: CheckContext, source: Sequence[Number], target: Sequence[Number], clock: bool
) -> Iterator[Slip]:
    """The times of :func:`twelve_hours_off` (for a language of the 24-hour clock) and of
    :func:`added_minutes`."""
    if clock:
        yield from twelve_hours_off(segment, context, source, target)
    yield from added_minutes(segment, source)


def added_minutes(segment: Segment, source: Sequence[Number]) -> Iterator[Slip]:
    """A time of the translation with minutes ("9h30") whose hour the source gives on the
    hour ("9:00 a.m."), where the source writes those minutes nowhere (not "9:00 to 9:30",
    nor "9:00, for 30 minutes") and the translation gives the hour on the hour nowhere."""
    # (a full stop between the hour and the minutes only before "a.m."/"p.m.": "€9.00" is a price)
    said = [
        m
        for m in _CLOCK.finditer(segment.source)
        if m.group(3) == "00" and (m.group(2) != "." or _MARK_AFTER.match(segment.source, m.end()))
    ]
    if not said:
        return  # (most sources: no time on the hour)
    own = {(int(m.group(1)), m.group(3)) for m in _CLOCK.finditer(segment.source)}
    values = {v for n in source for v in n.values}
    written = list(_CLOCK.finditer(segment.target))
    on_the_hour = {int(m.group(1)) for m in written if m.group(3) == "00"}
    for time in said:
        hour = int(time.group(1))
        hours = {hour, hour + 12} if _PM.match(segment.source, time.end() - 1) else {hour}
        for m in written:
            minutes, at = m.group(3), int(m.group(1))
            if at not in hours or minutes == "00" or at in on_the_hour or hours & on_the_hour:
                continue
            if m.group(2) == "." and segment.target.startswith(".", m.end()):
                continue  # a date ("9.10."), not a time
            if (at, minutes) in own or (hour, minutes) in own or float(minutes) in values:
                continue
            fix = Fix(*m.span(), m.group(1) + m.group(2) + "00")
            yield Slip(
                *m.span(),
                f"'{m.group()}' where the source has '{time.group()}'",
                fix,
                time.span(),
                warning=False,
            )
            return


def twelve_hours_off(
    segment: Segment, context: CheckContext, source: Sequence[Number], target: Sequence[Number]
) -> Iterator[Slip]:
    """An afternoon time of the source ("1.30 p.m.") given with its hour of the 12-hour clock
    ("1.30 uur", "1 h 30") and with no word or mark there for the afternoon: a time twelve hours
    early; a morning time ("6 a.m.") given as the afternoon's hour ("18 h") where the target
    writes the morning's nowhere: twelve hours late."""
    evening = _evening(context.target_lang)
    for number in source:
        morning = morning_hour(segment.source, number, context.source_lang)
        if morning is not None:
            yield from _afternoon_for_morning(segment, number, morning, target)
        hour = afternoon_hour(segment.source, number, context.source_lang)
        if hour is None:
            continue
        minutes = _minutes_of(number.text)  # "7:30 p.m." is not rendered by another time's "19:00"
        if any(hour + 12 in n.values and _minutes_after(segment.target, n.end) == minutes for n in target):
            continue
        early = [
            n
            for n in target
            if n.digits and n.values == {float(hour)} and not _MINUTES.match(segment.target, n.start - 2)
        ]
        if not early:
            continue  # left out or changed: reported as such
        said = _nearest(segment, number, early)
        # the words for the evening of another sentence ("every evening at 9 p.m.") say
        # nothing of this one's time
        start, end = next(
            ((a, b) for a, b in sentence_bounds(segment.target, context.target_lang) if a <= said.start < b),
            (0, len(segment.target)),
        )
        if _PM.search(segment.target, start, end) or (
            evening.search(segment.target, start, end)
            and _evening_added(segment, evening, context.source_lang)
        ):
            continue  # "7:30 p. m.", "alle 7.30 di sera": said on the 12-hour clock
        digits = str(hour)
        fix = None
        if said.text.startswith(digits) and not said.text[len(digits) : len(digits) + 1].isdigit():
            fix = Fix(said.start, said.start + len(digits), str(hour + 12))
        yield Slip(
            said.start,
            said.end,
            f"'{said.text}' for an afternoon time of the source ('{number.text}'), "
            f"which is {hour + 12} on the 24-hour clock",
            fix,
            (number.start, number.end),
        )


_MINUTES_AFTER = re.compile(r"[\s\u00a0\u202f]*[:.h][\s\u00a0\u202f]*(\d\d)(?!\d)")


def _minutes_of(time: str) -> str:
    """The minutes of a time of the source ("7:30": "30"; "7": "00")."""
    found = _MINUTES_AFTER.search(time)  # ("7.30pm": its mark glued on)
    return "00" if found is None else found.group(1)


def _minutes_after(text: str, end: int) -> str:
    """The minutes written after an hour of the target ("19:30", "19 h 30": "30"; "19 Uhr": "00")."""
    found = _MINUTES_AFTER.match(text, end)
    return "00" if found is None else found.group(1)


def _evening_added(segment: Segment, evening: re.Pattern[str], source_lang: str) -> bool:
    """Whether the translation has more words for the afternoon or evening than the source:
    one of them says a time's "p.m." ("los jueves por la tarde de 4:30" renders "on Thursday
    afternoons from 4:30 p.m." and says no time of the afternoon)."""
    said = len(_evening(source_lang).findall(segment.source))
    return len(evening.findall(segment.target)) > said


def _afternoon_for_morning(
    segment: Segment, number: Number, hour: int, target: Sequence[Number]
) -> Iterator[Slip]:
    own = [n for n in target if n.digits and _hour_of(n) == hour]
    late = [n for n in target if n.digits and _hour_of(n) == hour + 12 and float(hour) in n.values]
    if own or not late:
        return
    said = _nearest(segment, number, late)
    yield Slip(
        said.start,
        said.end,
        f"'{said.text}' for a morning time of the source ('{number.text}'), which is {hour} on "
        "the 24-hour clock",
        Fix(said.start, said.start + len(str(hour + 12)), str(hour)),
        (number.start, number.end),
    )


def _nearest(segment: Segment, number: Number, candidates: list[Number]) -> Number:
    """The candidate of the target at the place nearest the source number's, by proportion."""
    where = number.start / max(1, len(segment.source))
    return min(candidates, key=lambda n: abs(n.start / max(1, len(segment.target)) - where))


def names_an_hour(source: str, code: str) -> bool:
    """Whether the source may say midnight or noon in words (a quick test)."""
    lower = source.lower()
    return any(word in lower for word, _ in language(code).clock_names)


def midnight_or_noon(segment: Segment, context: CheckContext, target: Sequence[Number]) -> Iterator[Slip]:
    """Midnight said "12 Uhr", noon "0 h" or "24 h": the source's word for the hour
    ("midnight") given as the other twelve o'clock, where the target has no word for it."""
    lowered = segment.source.lower()
    said = {hour for word, hour in language(context.source_lang).clock_names if has_word(lowered, word)}
    if len(said) != 1:
        return  # none, or both: which is which cannot be told
    (hour,) = said
    data = language(context.target_lang)
    lower = segment.target.lower()
    if any(has_word(lower, word) for word, _ in data.clock_names):
        return
    wrong = {12} if hour == 0 else {0, 24}
    for n in target:
        if n.digits and _hour_of(n) in wrong and _clock_hour(segment.target, n, data.clock_words):
            yield Slip(
                n.start,
                n.end,
                f"'{n.text}' where the source says {'midnight' if hour == 0 else 'noon'} "
                f"({'0:00 or 24:00' if hour == 0 else '12:00'})",
                None,
                None,
            )
            return


_CLOCK = re.compile(r"(\d{1,2})([:.h])([0-5]\d)(?!\d)")  # "9:30", "9.30", "9h30"
_SECONDS = re.compile(r"[:.]\d")
_MARK_AFTER = re.compile(r"[\s\u00a0]?[aApP]\.?[\s\u00a0]?[mM]\b")  # "a.m.", "pm" after a time


def changed_minutes(number: Number, segment: Segment, target_lang: str) -> Slip | None:
    """The target's clock time with the hour of the source's time whose minutes are
    ``number`` (missing from the target), with other minutes ("9:30" -> "9:00 Uhr", "8.15 pm"
    -> "20h00"), with the time given the source's minutes as its fix; None where there is
    none, where the source writes that time too ("8:00 and 8:30"), or where it has seconds
    the source's has not ("14:50:45", another example of a format)."""
    source = segment.source
    covering = (m for m in _CLOCK.finditer(source, max(0, number.start - 3)) if m.start() <= number.start)
    said = next((m for m in covering if number.end <= m.end()), None)
    if said is None or number.values != {float(said.group(3))}:
        return None
    hour, minutes = int(said.group(1)), said.group(3)
    hours = {hour, hour + 12} if _PM.match(source, said.end() - 1) else {hour}
    own = {(int(m.group(1)), m.group(3)) for m in _CLOCK.finditer(source)}
    found = []
    for n in numbers(segment.target, target_lang):
        written = _CLOCK.match(segment.target, n.start) if _hour_of(n) in hours else None
        if (
            written is not None
            and (hour, written.group(3)) not in own
            and (int(written.group(1)), written.group(3)) not in own
            and not _SECONDS.match(segment.target, written.end())
        ):
            found.append(written)
    if not found:
        return None
    where = number.start / max(1, len(source))
    best = min(found, key=lambda m: abs(m.start() / max(1, len(segment.target)) - where))
    fix = Fix(*best.span(), best.group(1) + best.group(2) + minutes)
    why = f"'{best.group()}' where the source has '{said.group()}'"
    return Slip(*best.span(), why, fix, said.span(), warning=False)


def _clock_hour(text: str, number: Number, clock_words: frozenset[str]) -> bool:
    """Whether a number is written as an hour: with minutes ("12:00") or a word for the
    hour after it ("12 Uhr", "12 h")."""
    after = text[number.end : number.end + 12].lower()
    if number.text[2:3] in (":", ".") or re.match(r"[:.h]\d\d", after):
        return True
    word = _WORD_AFTER.match(after)
    return word is not None and word.group(1) in clock_words


def _hour_of(number: Number) -> int | None:
    """The hour a number's digits write ("18" of "18 h", "18:30"), or None."""
    digits = _HOUR.match(number.text)
    return int(digits.group()) if digits else None
