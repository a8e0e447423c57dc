"""Which number of the target stands for a source number the pairing by value left over:
a slip of its digits, the nearest comparable number, a small number or ordinal said another
way; or why none is needed (a spare copy in the paragraph, "24-hour" said as "round the
clock")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from editor.core.checks.base import CheckContext
from editor.core.checks.numparse import Number, numbers, ones
from editor.core.checks.stats_terms import term_stats
from editor.core.checks.units import TIME_FACTORS, unit_of
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment
from editor.core.text import has_word

_SPELLED_FROM = 3  # a number written out from which a translation says it as a number too
# Small numbers written out ("three-day") compared with the target's small numbers in digits
# or words ("deux jours"); "two" is often "both" ("beide"), so the source's start from three.
_SMALL = (3, 12)
_SMALL_TARGET = 2
_DIGIT_RUNS = re.compile(r"\d+")


def spelled_counterpart(number: Number, segment: Segment, candidates: list[Number]) -> Number | None:
    """A number the target writes out where the source writes out another ("zeven" for
    "eleven"): from three on, where a translation has no reason to say it otherwise ("two" may
    be "beide", "one" an article). A small one ("three-day") also against a small number the
    target writes in digits or words ("deux jours", "2 Tage")."""
    if number.digits or number.ordinal or number.scaled or min(number.values) < _SMALL[0]:
        return None
    small = _SMALL[0] <= min(number.values) <= _SMALL[1]
    spelled = [
        n
        for n in candidates
        if not n.ordinal
        and not n.scaled
        and not n.part
        and (
            (not n.digits and min(n.values) >= _SPELLED_FROM and min(number.values) >= _SPELLED_FROM)
            or (small and _SMALL_TARGET <= min(n.values) <= _SMALL[1] and not _bound(number, n))
        )
    ]
    return nearest(number, segment, spelled) if spelled else None


_YEAR_BEFORE = re.compile(r"(?<!\d)(\d{4})[\u2010-\u2013/-]\Z")  # "2026–" of "2026–27"


def _range_start(text: str, number: Number) -> int | None:
    """The year a number ends a range of ("2026–27", "2026/2027"), if it does."""
    before = _YEAR_BEFORE.search(text, max(0, number.start - 5), number.start)
    return None if before is None else int(before.group(1))


def year_range_end(number: Number, segment: Segment, candidates: list[Number]) -> Number | None:
    """The end of a range of years the target writes in full where the source shortens it
    ("2026–27" as "2026-2027"), or the reverse, after the same first year."""
    if not number.digits or len(number.values) != 1 or len(number.text) not in (2, 4):
        return None
    first = _range_start(segment.source, number)
    if first is None:
        return None
    (value,) = number.values
    if len(number.text) == 2:
        wanted = first // 100 * 100 + value + (100 if first // 100 * 100 + value < first else 0)
    elif first < value <= first + 10:
        wanted = value % 100
    else:
        return None
    for other in candidates:
        if other.digits and other.values == {wanted} and _range_start(segment.target, other) == first:
            return other
    return None


def _bound(number: Number, other: Number) -> bool:
    """Whether a digit number is one above or below a number written out: maybe the same
    bound said the other way ("more than three" as "4 つ以上", four or more)."""
    return other.digits and any(abs(a - b) == 1 for a in number.values for b in other.values)


def ordinal_counterpart(number: Number, segment: Segment, candidates: list[Number]) -> Number | None:
    """The number the target writes in digits where the source has an ordinal in digits: the
    same place by value ("5th" as "5.", "5°", "5e"), or another ("15°")."""
    if not number.ordinal or not number.digits:
        return None
    written = [n for n in candidates if n.digits and not n.part and not n.scaled and not n.literal]
    return nearest(number, segment, written) if written else None


def said_as_word(number: Number, source: str) -> bool:
    """Whether a translation may say this "1" with a word ("1 file" -> "eine Datei"): not
    with a sign ("-1", "+1": a value to type, "-werden" has lost it)."""
    before = source[max(0, number.start - 2) : number.start]
    return before[-1:] not in ("-", "\u2212", "+") or before[:1].isalnum()


def slips(missing: list[Number], extra: list[Number]) -> dict[int, Number]:
    """Target numbers that are a slip of one source number: its digits swapped ("78" for
    "87") or one digit changed in as many ("2023" for "2024"), where no other number of
    either side is such a slip; by ``id`` of the source number. They pair before position
    does: the fix is then the number the translator meant."""

    def digits(n: Number) -> str:
        if not n.digits or n.part or n.scaled or len(n.values) != 1:
            return ""
        value = next(iter(n.values))
        return str(int(value)) if value.is_integer() else ""

    pairs = [
        (a, b)
        for a in missing
        for b in extra
        if (da := digits(a)) and (db := digits(b)) and len(da) == len(db) > 1 and _slip(da, db)
    ]
    firsts = Counter(id(a) for a, _ in pairs)
    seconds = Counter(id(b) for _, b in pairs)
    return {id(a): b for a, b in pairs if firsts[id(a)] == 1 and seconds[id(b)] == 1}


def _slip(a: str, b: str) -> bool:
    if sorted(a) == sorted(b):
        return True  # swapped
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def nearest(number: Number, segment: Segment, extra: list[Number]) -> Number | None:
    """The unmatched target number at the most similar relative position, of those that may
    be the same quantity changed: of its order of magnitude or with its digits ("1.5
    billion" for "1.5 million"). A year is no change of a "4" the translation left out."""
    extra = [n for n in extra if _comparable(number, n)]
    if not extra:
        return None
    where = number.start / max(1, len(segment.source))
    return min(extra, key=lambda n: abs(n.start / max(1, len(segment.target)) - where))


_MAGNITUDE = 10.0  # how many times larger a changed number may be


def _comparable(a: Number, b: Number) -> bool:
    digits_a, digits_b = "".join(_DIGIT_RUNS.findall(a.text)), "".join(_DIGIT_RUNS.findall(b.text))
    if Levenshtein.distance(digits_a, digits_b, score_cutoff=1) <= 1:
        return True  # the same digits ("27.6" for "27.6 million"), or one more or less ("99" for "999")
    for x in a.values:
        for y in b.values:
            if x == y or not x or not y:
                return True  # zero compares with anything
            if max(abs(x), abs(y)) / min(abs(x), abs(y)) <= _MAGNITUDE:
                return True
            if f"{abs(x):.6e}".split("e")[0] == f"{abs(y):.6e}".split("e")[0]:
                return True  # the same digits at another scale
    return not a.values or not b.values


_MINUTES = {"min": 1, "h": 60}  # units whose spans ``time_spans`` say, in minutes
_WORD_AFTER = re.compile(r"[-\u2010\s\u00a0]?([^\W\d_]+)")


def round_the_clock(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether a "24-hour" of the source is said with the target's phrase for "at every hour"
    ("rund um die Uhr", "jour et nuit"), and the "24" and "7" of "24/7" with it or, the "7",
    with a phrase for every day ("täglich", "todos los días")."""
    if not number.digits or number.values not in ({24.0}, {7.0}):
        return False
    source, data = segment.source, language(context.target_lang)
    target = segment.target.lower()
    if number.values == {7.0}:  # the "7" of "24/7": every day of the week
        said = data.every_day + data.round_the_clock
        return source[max(0, number.start - 3) : number.start] == "24/" and any(p in target for p in said)
    phrases = data.round_the_clock
    if not phrases:
        return False
    if source.startswith("/7", number.end):  # "24/7" said "rund um die Uhr"
        return any(phrase in target for phrase in phrases)
    after = _WORD_AFTER.match(source, number.end)
    if after is None or (after.group(1).lower(), "h") not in language(context.source_lang).unit_words:
        return False
    return any(phrase in target for phrase in phrases)


_MAJORITY = 18.0  # the age of majority, which a translation may say with a word for it


def age_of_majority(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether an "18" of the source ("groups under 18") is said with the target's word for
    those under or over the age of majority ("gruppi di minorenni", "Minderjährige")."""
    if number.values != {_MAJORITY} or not number.digits:
        return False
    target = segment.target.lower()
    return any(word in target for word in language(context.target_lang).qualifiers.majority)


def one_said_by_unit(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether a "1" with its unit or currency ("every £1", "per 1 kg") is said by the
    unit's name alone in the target ("por cada libra", "pro Kilogramm"): no number is lost."""
    if number.values != {1.0} or not number.digits:
        return False
    said = unit_of(segment.source, number, context.source_lang)
    if said is None:
        return False
    target, words = segment.target.lower(), language(context.target_lang).unit_words
    return any(unit == said[0] and has_word(target, word) for word, unit in words)


_NUMBER_BEFORE = re.compile(r"(\d[\d.,]*|[^\W\d_]+)[\s\u00a0]+\Z")


def _one_of_next(value: float, unit: str, target: str, lang: str) -> bool:
    """Whether a span that is exactly one of the next unit ("12 months", "7 days", "60
    minutes") is said by that unit's name with no number before it but "one" ("un año", "een
    week", "eine Stunde"; not "zwei Jahre")."""
    bigger = [big for (small, big), f in TIME_FACTORS.items() if small == unit and abs(value * f - 1) < 1e-9]
    if not bigger:
        return False
    lowered, data = target.lower(), language(lang)
    for word, said in data.unit_words:
        if said not in bigger or not has_word(lowered, word):
            continue
        at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)
        before = _NUMBER_BEFORE.search(lowered, 0, at.start()) if at is not None else None
        if before is None or not (before.group(1)[0].isdigit() or _counts(before.group(1), data)):
            return True
    return False


def _counts(word: str, data: LanguageData) -> bool:
    """Whether ``word`` is a number word other than one."""
    return any(said == word and value != 1 for said, value in data.number_words)


def time_span(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether minutes or hours of the source ("30 minutes", "1.5 hours") are said in the
    target by a phrase for a fraction of an hour ("eine halbe Stunde", "une heure et
    demie"): no number is lost."""
    phrases = language(context.target_lang).time_spans
    if not phrases or len(number.values) != 1 or not number.digits:
        return False
    after = _WORD_AFTER.match(segment.source, number.end)
    if after is None:
        return False
    unit = dict(language(context.source_lang).unit_words).get(after.group(1).lower())
    value = next(iter(number.values))
    if unit is not None and _one_of_next(value, unit, segment.target, context.target_lang):
        return True
    if unit == "h" and _hours_and_minutes(value, segment.target, context.target_lang):
        return True
    if unit not in _MINUTES:
        return False
    minutes = next(iter(number.values)) * _MINUTES[unit]
    target = segment.target.lower()
    return any(said == minutes and phrase in target for phrase, said in phrases)


def _hours_and_minutes(hours: float, target: str, lang: str) -> bool:
    """Whether hours with a fraction ("3.5 hours") are said as whole hours and minutes ("3 h
    30", "3 Stunden und 30 Minuten", "3h30"), or and a half ("2 ore e mezza")."""
    whole, minutes = divmod(round(hours * 60), 60)
    if not (whole and minutes) or abs(hours * 60 - round(hours * 60)) > 1e-9:
        return False
    said = rf"0?{minutes}" if minutes < 10 else str(minutes)
    data = language(lang)
    units = dict(data.unit_words)
    if minutes == 30:  # "and a half" as the language says it after an hour ("ora e mezza")
        halves = [
            phrase.split(" ", 1)[1]
            for phrase, span in data.time_spans
            if span == 90 and " " in phrase and units.get(phrase.split(" ", 1)[0]) == "h"
        ]
        said = "|".join([said, *(re.escape(half) for half in halves)])
    # the hours, their unit, a word such as "and", the minutes: "3 h 30", "2 Stunden und 15"
    pattern = rf"(?<![\d.,]){whole}\s*([^\W\d_]+)\.?(?:\s+[^\W\d_]+)?\s*(?:{said})(?!\d|[.,]\d)"
    return any(
        m.group(1).lower() == "h" or units.get(m.group(1).lower()) == "h"
        for m in re.finditer(pattern, target, re.IGNORECASE)
    )


# Metric units an amount may be said in as a fraction of ("500 ml" as "half a litre"), with
# the factor from each unit that may stand in the source.
_TO_FRACTION_UNIT = {
    "ml": (("l", 0.001),),
    "cl": (("l", 0.01),),
    "l": (("l", 1.0),),
    "g": (("kg", 0.001),),
    "kg": (("kg", 1.0),),
    "m": (("km", 0.001), ("m", 1.0)),
    "cm": (("m", 0.01),),
    "km": (("km", 1.0),),
}
_FRACTION_GAP = r"[\s\u00a0'’-]*"


@lru_cache(maxsize=32)
def _fraction_phrases(code: str) -> tuple[tuple[re.Pattern[str], float], ...]:
    """Each of the language's phrases for a fraction of a unit as a pattern whose group
    "unit" is the unit's word (its start); every other word takes any ending."""
    data = language(code)
    if not data.unit_fractions or not data.fraction_units:
        return ()
    stems = sorted((word for word, _ in data.fraction_units), key=len, reverse=True)
    unit = rf"(?P<unit>{'|'.join(re.escape(stem) for stem in stems)})\w*"
    found = []
    for phrase, value in data.unit_fractions:
        parts = [unit if word == "_" else rf"{re.escape(word)}\w*?" for word in phrase.split()]
        found.append((re.compile(rf"(?<!\w)(?:{_FRACTION_GAP.join(parts)})", re.IGNORECASE), value))
    return tuple(found)


def unit_fraction(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether a metric amount of the source ("500 ml", "1500 m") is said in the target as a
    fraction of its unit or the next one ("ein halber Liter", "anderthalb Kilometer"): no
    number is lost."""
    if len(number.values) != 1 or not number.digits:
        return False
    phrases = _fraction_phrases(context.target_lang)
    if not phrases:
        return False
    said = unit_of(segment.source, number, context.source_lang)
    if said is None or said[0] not in _TO_FRACTION_UNIT:
        return False
    (value,) = number.values
    units = dict(language(context.target_lang).fraction_units)
    for pattern, fraction in phrases:
        for found in pattern.finditer(segment.target):
            unit = units[found.group("unit").lower()]
            if any(
                unit == bigger and abs(value * factor - fraction) < 1e-9
                for bigger, factor in _TO_FRACTION_UNIT[said[0]]
            ):
                return True
    return False


def named_hour(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether an hour of the source said with its name ("12 noon", "12 midnight") is said
    by the name alone in the target ("midi", "Mitternacht")."""
    if number.values != {12.0} or not number.digits:
        return False
    after = _WORD_AFTER.match(segment.source, number.end)
    if after is None:
        return False
    said = dict(language(context.source_lang).clock_names).get(after.group(1).lower())
    if said is None:
        return False
    target = segment.target.lower()
    return any(
        hour == said and has_word(target, word) for word, hour in language(context.target_lang).clock_names
    )


def in_neighbours(number: Number, segment: Segment, context: CheckContext) -> bool:
    """Whether the number sits in another target sentence of the same paragraph as a spare
    copy: the aligner then put it across a sentence boundary, which is not a translation
    error. Counted: the paragraph's targets hold it at least as often as its sources, so a
    "4" changed to "14" is found though another sentence has its own "4"."""
    terms = term_stats(context.stats)
    if terms is None:
        return False
    paragraph = terms.paragraph(segment)
    if len(paragraph) < 2:
        return False
    held = needed = 0
    one = number.values == {1.0}  # a "1" may be said with a word for one ("eine Stunde")
    for other in paragraph:
        if not other.target.strip():
            continue  # not translated yet
        held += sum(number.matches(n) for n in numbers(other.target, context.target_lang))
        held += ones(other.target, context.target_lang) if one else 0
        needed += sum(number.matches(n) for n in numbers(other.source, context.source_lang))
    return held >= needed


_LIST_GAP = 3  # words between two numbers of a list ("1597, 1649 and 1688")
_LIST_JOIN = re.compile(r"[\s,;]*(?:[^\W\d_]+[\s,;]*)*")  # commas and words only
_LOST_GAP = 4  # words between the two the translation keeps around the lost one


def lost_between(
    number: Number, source: str, target: str, said: Sequence[Number], written: Sequence[Number]
) -> tuple[int, int] | None:
    """Where in the translation a number the source lists between two others went missing
    ("1597, 1649 and 1688" -> "1597 e 1688"): from the number before it to the one after it,
    both given a few words apart, once; None otherwise."""
    before = [n for n in said if n.end <= number.start]
    after = [n for n in said if n.start >= number.end]
    if not before or not after or number.part:
        return None
    first, last = before[-1], after[0]
    if first.part or last.part:
        return None  # a time's or a date's parts ("9:30–18:00")
    for gap in (source[first.end : number.start], source[number.end : last.start]):
        if len(gap.split()) > _LIST_GAP or not _LIST_JOIN.fullmatch(gap):
            return None  # no list: a time ("9:30–18:00"), a range, words between
    spans = [
        (a.start, b.end)
        for a in written
        if first.matches(a)
        for b in written
        if last.matches(b) and a.end < b.start and len(target[a.end : b.start].split()) <= _LOST_GAP
    ]
    return spans[0] if len(spans) == 1 else None


_CLOCK_MINUTES = re.compile(r":\d\d(?!\d)")  # a clock time's minutes after its hour ("13:00")


def lost_in_list(
    number: Number, source: str, target: str, langs: tuple[str, str]
) -> tuple[tuple[int, int] | None, str]:
    """Where in the translation a number the source lists with others went missing, and how
    to say where: between the two it stands between (:func:`lost_between`), else beside the
    one it is listed with, by commas and a coordinator only ("and"), given once ("at 13:00
    and 14:30" -> "om 13.00 uur"); (None, "") where there is no such list."""
    said, written = numbers(source, langs[0]), numbers(target, langs[1])
    joins = language(langs[0]).coordinators
    between = lost_between(number, source, target, said, written)
    if between is not None:
        return between, " between these"
    if number.part:
        return None, ""
    minutes = clock_minutes(number, source, said)
    end = number.end if minutes is None else minutes.end  # (after a clock time's minutes)
    before = [n for n in said if n.end <= number.start]
    after = [n for n in said if n.start >= end]
    for neighbour, gap in (
        (before[-1], source[before[-1].end : number.start]) if before else (None, ""),
        (after[0], source[end : after[0].start]) if after else (None, ""),
    ):
        if neighbour is None or neighbour.part:
            continue
        gap = gap[m.end() :] if (m := _CLOCK_MINUTES.match(gap)) else gap  # "13:00 and"
        words = gap.replace(",", " ").split()
        if not gap.strip() or len(words) > 1 or any(word.lower() not in joins for word in words):
            continue
        spans = [(n.start, n.end) for n in written if neighbour.matches(n)]
        if len(spans) == 1:
            return spans[0], " beside this"
    return None, ""


def clock_end(number: Number, source: str, source_lang: str, missing: Sequence[Number]) -> int:
    """Where the clock time whose hour is ``number`` ends ("14:30", "13:00"), if its minutes
    are missing with it (the source's numbers hold "30", not "00"); else where ``number`` ends."""
    found = _CLOCK_MINUTES.match(source, number.end)
    if found is None:
        return number.end
    minutes = clock_minutes(number, source, numbers(source, source_lang))
    return found.end() if minutes is None or minutes in missing else number.end


def clock_minutes(number: Number, source: str, said: Sequence[Number]) -> Number | None:
    """The minutes of the clock time whose hour is ``number`` ("30" of "14:30"), or None."""
    if _CLOCK_MINUTES.match(source, number.end) is None:
        return None
    return next((n for n in said if n.start == number.end + 1), None)
