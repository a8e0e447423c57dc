"""Numbers in running text, read by value under one language's conventions.

"1,234.5" (en) and "1.234,5" (de) both read as 1234.5; "4 million" and "4 Millionen" as 4e6;
"three" and "drei" as 3; "3rd" and "3." as 3. Ambiguous spellings ("1,234" in German) carry
every value they can mean, and two numbers match when their value sets meet. Digits inside
format placeholders ("%6.2f", "{0}") are not numbers of the text; versions and addresses with
two or more dots ("7.44.0", "127.0.0.1") are identifiers, matched as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.hour_readings import (
    CLOCK_MARK,
    WORD_BEFORE,
    afternoon_after,
    evening_hours,
    half_hours,
    range_mark,
    share_afternoon,
)
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import LanguageData, language
from editor.core.text import SPACELESS, SPACELESS_CHAR

# Digits not glued to a preceding letter ("MP3", "tch-1"), nor the tail of such a token
# ("TLSv1.3", "GSM-06.10"), and not inside a decimal. In scripts written without spaces a
# number stands right against words ("費用は1,200円"), glued to nothing. The first digit comes
# first and the tests of what stands before it follow it (each one character wider): a
# pattern that starts with a digit lets the scan jump from digit to digit in C.
_DIGITS = (
    r"(?P<num>\d"
    r"(?<![^\W_" + SPACELESS + r"].)(?<![^\W\d_][-\u2010].)"
    r"(?<![^\W\d_]\d[.,].)(?<![^\W\d_]\d\d[.,].)"
    r"(?<![^\W\d_][-\u2010]\d[.,].)(?<![^\W\d_][-\u2010]\d\d[.,].)"
    r"(?:\d{{0,2}}(?:(?P<group>[.,'\u00a0\u202f{space}])\d{{3}})(?:(?P=group)\d{{3}})*"
    r"(?:[.,]\d+)?(?!\d)|\d*(?:[.,]\d+)?))"
    r"(?P<glued>[^\W\d_" + SPACELESS + r"]{{1,3}}(?![^\W\d_]))?"
)
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[.,]\d{1,2}")
_CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})[.:](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)"
)
_PREFIXED_YEAR = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_A-Z]+-(1[5-9]\d\d|20\d\d)(?![\w.,]?\d)")
# The hyphen and year every _PREFIXED_YEAR holds: a scan for the hyphen, which it jumps to
# in C, rules out most texts (_PREFIXED_YEAR, a lookbehind first, tries every position).
_HYPHEN_YEAR = re.compile(r"-(?:1[5-9]|20)\d\d")
_GLUED_MINUTES = re.compile(r"[0-5]\d(?![\d,.]?\d)")  # the "30" of "19h30"
_ZERO_MINUTES = re.compile(r"\d:00(?::00)?(?!\d)")  # the "00" after "9:"
_ZERO_LEAD = re.compile(r"0:\d\d(?!\d)")  # the "0" of "0:34", minutes and seconds
_AFTER_SCALE = re.compile(r"[\s\u00a0\u202f]*([^\W\d_]+)\.?")
_JOINS = re.compile(r"[-\u2010]| [^\W\d_]+ ")  # "thirty-five", "trinta e cinco"
_TENS = frozenset(range(20, 100, 10))
# printf ("%6.2f", "%1$s", "%-10s", "%(name)d") and brace ("{0}", "{0:.2f}") placeholders.
_PLACEHOLDER = re.compile(
    r"%(?:\d+\$|\([^()\s]*\))?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?[A-Za-z]"
    r"|\{(?:\d+|[^\W\d][\w.]*)?(?:![rsa])?(?::[^{}]*)?\}"
)
_PLACEHOLDER_DIGIT = re.compile(r"\d")
# Two or more dots ("7.44.0", "1.20.x"): a version, an address, a section, or a date; two or
# more commas ("0,1,2"): a list.
_MARKED = re.compile(
    r"(?<![\d.,])(?:\d+(?:\.\d+){2,}(?:\.[xX*])?(?!\d)|\d+\.\d+\.[xX*](?![^\W_])|\d+(?:,\d+){2,}(?!\d))"
)
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:,\d{3})+)")  # "1.234.567": one number
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d\d|\d{4})")


@dataclass(frozen=True, slots=True)
class Number:
    """One number as written: where, the text, every value it can mean, how it was written."""

    start: int
    end: int
    text: str
    values: frozenset[float]
    digits: bool  # written with digits (else spelled out)
    scaled: bool = False  # carries a scale word ("million")
    bare_scale: bool = False  # a scale word with no number before it ("Millionen")
    ordinal: bool = False  # "2nd", "3e": often spelled out ("Zweiter")
    part: bool = False  # one digit run of a clock time, date or list ("10.30", "3,6")
    literal: str = ""  # a version or address ("7.44.0"): matched as written, not by value

    def matches(self, other: Number) -> bool:
        if self.literal or other.literal:
            return self.literal == other.literal
        return not self.values.isdisjoint(other.values)

    @property
    def weak(self) -> bool:
        """Spelled-out numbers without a scale and ordinals: often rephrased ("two" ->
        "beide", "2nd" -> "Zweiter")."""
        return self.ordinal or (not self.digits and not self.scaled)


@dataclass(frozen=True, slots=True)
class _Tables:
    digits: re.Pattern[str]
    spelled: re.Pattern[str]  # number and scale words after a non-letter, in one C-level scan
    words: dict[str, float]
    scales: dict[str, float]
    ordinals: frozenset[str]
    decades: frozenset[str]
    afternoon: frozenset[str]
    clock_marks: frozenset[str]  # a.m. and p.m.
    clock_words: frozenset[str]  # "Uhr": an hour of the 24-hour clock
    clock_articles: frozenset[str]  # "alle 18": an hour of the 24-hour clock
    half_hours: frozenset[str]  # "halb sieben": 6.30
    evening: frozenset[str]  # "6:30 in the evening", "7 Uhr abends": 18.30, 19
    decimal: str
    lenient: bool  # conventions unknown: every reading of a number counts
    range_join: re.Pattern[str] | None  # between the two ends of a range


@lru_cache(maxsize=32)
def _tables(code: str) -> _Tables:
    data = language(code)
    space = " " if " " in data.group_marks else ""
    vocabulary = sorted(
        {w for w, _ in data.number_words + data.scale_words if len(w) > 2}, key=len, reverse=True
    )
    alternation = "|".join(re.escape(w) for w in vocabulary) or "(?!)"
    # A number word starts after a character of no word (a space put before the text for its
    # start); the first word as a trie. The scan jumps from one such character to the next
    # in C (with "\b" first, it tried every position): two thirds of the time.
    first = alternatives(set(vocabulary))
    suffixes = "|".join(re.escape(w) for w in sorted(data.spelled_suffixes, key=len, reverse=True))
    # "fünffachem", "vierpersoonskamer": a suffix's ending or the noun it is the first half of
    suffixed = rf"(?:(?:{suffixes})[^\W\d_]*)?" if suffixes else ""
    # Tens and units joined by a word ("trinta e cinco", "treinta y dos"), tried first
    joined = ""
    if data.number_joiners:
        tens = "|".join(re.escape(w) for w, v in data.number_words if v in _TENS and len(w) > 2)
        units = "|".join(re.escape(w) for w, v in data.number_words if 1 <= v <= 9 and len(w) > 2)
        joiners = "|".join(re.escape(w) for w in sorted(data.number_joiners))
        if tens and units:
            joined = rf"(?:{tens}) (?:{joiners}) (?:{units})(?![^\W\d_])|"
    return _Tables(
        digits=re.compile(_DIGITS.format(space=space)),
        spelled=re.compile(rf"\W(?P<number>{joined}{first}(?:[-\u2010](?:{alternation}))*){suffixed}\b"),
        words={w: v for w, v in data.number_words},
        scales={w: v for w, v in data.scale_words},
        ordinals=data.ordinal_suffixes,
        decades=data.decade_suffixes,
        afternoon=data.afternoon_marks,
        clock_marks=data.afternoon_marks | data.morning_marks,
        clock_words=data.clock_words,
        clock_articles=data.clock_articles,
        half_hours=data.half_hour_words,
        evening=data.evening_words,
        decimal=data.decimal_mark,
        lenient=not data.known,
        range_join=_range_join(data),
    )


def _range_join(data: LanguageData) -> re.Pattern[str] | None:
    if not data.scale_words:
        return None
    joins = "|".join(re.escape(w) for w in sorted(data.range_words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[\s\u00a0]*[-\u2010\u2013\u2014][\s\u00a0]*|[\s\u00a0]+(?:{joins})[\s\u00a0]+")


@lru_cache(maxsize=32)
def one_words(code: str) -> re.Pattern[str]:
    """The language's words for one, inflected ("einem") when the word has three letters or more."""
    words = sorted((w for w, v in language(code).number_words if v == 1), key=len, reverse=True)
    forms = [re.escape(w) + (r"[^\W\d_]{0,2}" if len(w) > 2 else "") for w in words]
    return re.compile(rf"\b(?:{'|'.join(forms) or '(?!)'})\b", re.IGNORECASE)


def ones(text: str, code: str) -> int:
    """How many words for one ``text`` has ("eine", "une"): numbers() leaves them out, as they
    are mostly articles, but one may stand for a "1" of the other text ("1 URL", "eine URL")."""
    return len(one_words(code).findall(text))


def _round(value: float) -> float:
    """``value`` to twelve significant digits: a product with a scale reads as written
    (8.3 × 10⁹ is 8300000000, not 8300000000.000001), whatever its size."""
    return float(f"{value:.12g}")


def digit_values(text: str, decimal: str, *, every: bool = False) -> frozenset[float]:
    """The value of a digit string under the language's marks, or under the other convention
    when the language's reading is impossible ("1,5" in English); with ``every``, under both
    ("1,234" is 1.234 and 1234: the language's conventions are unknown)."""
    clean = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    marks = [ch for ch in clean if ch in ".,"]
    if not marks:
        return frozenset({float(clean)})
    readings: set[float] = set()
    for dec in (decimal, "," if decimal == "." else "."):
        group = "," if dec == "." else "."
        if clean.count(dec) > 1:
            continue
        whole, _, frac = clean.partition(dec)
        parts = whole.split(group)
        if len(parts) > 1 and not _grouped(parts):
            continue
        try:
            readings.add(_round(float("".join(parts) + ("." + frac if frac else ""))))
        except ValueError:
            continue
        if not every:
            break  # the language's own reading wins; the other only when it is impossible
    return frozenset(readings)


def _grouped(parts: list[str]) -> bool:
    """Whether digit runs split at a group mark are thousands groups ("1", "234"); a first
    group of zero ("0,508") is not one."""
    return all(len(p) == 3 for p in parts[1:]) and not (len(parts) > 1 and parts[0].startswith("0"))


def native(text: str, decimal: str) -> bool:
    """Whether a digit string reads as one number under the language's own marks."""
    group = "," if decimal == "." else "."
    whole = text.partition(decimal)[0] if text.count(decimal) <= 1 else ""
    return bool(whole) and _grouped(whole.split(group))


def mask(text: str) -> str:
    """``text`` with the digits of its format placeholders ("%6.2f", "{0}") blanked out; the
    offsets stay those of ``text``."""
    if "%" not in text and "{" not in text:
        return text
    return _PLACEHOLDER.sub(lambda m: _PLACEHOLDER_DIGIT.sub("#", m.group()), text)


def _scale_after(text: str, end: int, scales: dict[str, float]) -> tuple[float, int] | None:
    single = text[end : end + 1]
    if single in scales and SPACELESS_CHAR.match(single):  # against the number ("400万人")
        return scales[single], end + 1
    match = _AFTER_SCALE.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in scales and len(word) > 2:  # "5 m" is five metres; only "5m" may be millions
        end = match.end() if match.group().endswith(".") else match.end(1)
        more = _scale_after(text, end, scales) if not match.group().endswith(".") else None
        if more is not None and more[0] > scales[word]:  # "mil millones", "thousand million"
            return scales[word] * more[0], more[1]
        return scales[word], end
    return None


@lru_cache(maxsize=64)
def numbers(text: str, code: str) -> tuple[Number, ...]:
    """All numbers of ``text`` (language ``code``), in order (cached for the segment and its
    paragraph's neighbours: several checks ask while one segment is checked; a longer memory
    would only hold texts that do not come again, in a real document)."""
    tables = _tables(code)
    text = mask(text)
    found, taken = _digit_numbers(text, tables)
    found.extend(_word_numbers(text, tables, taken))
    found.sort(key=lambda n: n.start)
    if tables.half_hours and found and any(word in text for word in tables.half_hours):
        found = half_hours(text, found, tables.half_hours)
    if tables.evening and found and any(word in text for word in tables.evening):
        found = evening_hours(text, found, tables.evening)
    return tuple(found)


def digit_numbers(text: str, code: str) -> list[Number]:
    """The numbers of ``text`` written with digits, in order: those of :func:`numbers`, without
    the search for spelled-out ones."""
    found = _digit_numbers(mask(text), _tables(code))[0]
    found.sort(key=lambda n: n.start)
    return found


def _digit_numbers(text: str, tables: _Tables) -> tuple[list[Number], list[tuple[int, int]]]:
    """The numbers written with digits of a masked text, and the spans they take."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    skip = 0  # the end of the last token with two or more marks
    for match in tables.digits.finditer(text):
        if match.start() < skip:
            continue
        marked = _marked(text, match) or _clock(text, match, tables)
        if marked:
            found.extend(marked)
            skip = marked[0].end
            taken.append((marked[0].start, skip))
            continue
        read = _digit_number(text, match, tables)
        found.extend(read)
        if len(read) == 1 and not read[0].part:
            taken.append((read[0].start, read[0].end))
    if "-" in text:
        found += _prefixed_years(text, taken)
    if len(found) > 1 and tables.range_join is not None:
        found = _share_scales(text, found, tables)
        if tables.afternoon:
            found = share_afternoon(text, found, tables.range_join, tables.afternoon)
    return found, taken


def _prefixed_years(text: str, taken: list[tuple[int, int]]) -> list[Number]:
    """Years after a lowercase word and a hyphen ("mid-2026", "pre-2020", "mi-2026"), which
    the digit scan leaves out as the tail of a token ("tch-1", "COVID-19")."""
    found: list[Number] = []
    if _HYPHEN_YEAR.search(text) is None:
        return found
    for m in _PREFIXED_YEAR.finditer(text):
        start, end = m.span(1)
        if not any(s <= start < e for s, e in taken):
            found.append(Number(start, end, m.group(1), frozenset({float(m.group(1))}), True))
    return found


def _share_scales(text: str, found: list[Number], tables: _Tables) -> list[Number]:
    """The first end of a range also read with the scale word of the second ("19.1–19.4
    billion", "entre 19.100 y 19.400 millones"): both readings stay, as "2 and 3 million"
    may also be two numbers."""
    assert tables.range_join is not None
    out = list(found)
    for i, (first, second) in enumerate(zip(found, found[1:], strict=False)):
        if not second.scaled or first.scaled or first.part or not first.digits or not second.digits:
            continue
        if tables.range_join.fullmatch(text, first.end, second.start) is None:
            continue
        digits = tables.digits.match(text, second.start)
        scale = _scale_after(text, digits.end("num"), tables.scales) if digits is not None else None
        if scale is None:
            continue
        values = first.values | {_round(v * scale[0]) for v in first.values}
        out[i] = Number(first.start, first.end, first.text, values, True, ordinal=first.ordinal)
    return out


def _marked(text: str, digits: re.Match[str]) -> list[Number]:
    """A token with two or more dots or commas starting at a digit match, read alike in every
    language: the parts of a date or list ("3.5.2024", "0,1,2"), or a version or address
    ("7.44.0") kept as written. A number grouped with them ("1.234.567") is left to the
    language's reading."""
    if not text.startswith((".", ","), digits.end("num")):
        return []
    match = _MARKED.match(text, digits.start())
    if match is None or _GROUPED.fullmatch(match.group()):
        return []
    if "," in match.group() or _DATE.fullmatch(match.group()):
        return _parts(text, match.start(), match.end())
    return [Number(match.start(), match.end(), match.group(), frozenset(), True, literal=match.group())]


def _clock(text: str, digits: re.Match[str], tables: _Tables) -> list[Number]:
    """A clock time marked a.m. or p.m. ("5.30 p.m.", "10:30am", "9.30 to 10 am") as its hour
    and minutes; an afternoon hour is also the 24-hour clock's ("17.30")."""
    time = _CLOCK_TIME.match(text, digits.start()) if tables.clock_marks else None
    mark = time and (CLOCK_MARK.match(text, time.end()) or range_mark(text, time.end(), tables.range_join))
    if time is None or mark is None:
        return []
    written = mark.group(1).lower()
    if written not in tables.clock_marks:
        written = written[:-1]  # "pm." ending a sentence
    hour = int(time.group("hour"))
    if written not in tables.clock_marks or not 1 <= hour <= 12:
        return []
    # an afternoon hour is also the 24-hour clock's; "12:30 a.m." is also "0.30 Uhr"
    hours = {float(hour), float(hour % 12 + 12) if written in tables.afternoon else float(hour % 12)}
    start, end = time.span()
    values = [frozenset(hours)] + [
        frozenset({float(time.group(n))})
        for n in ("minute", "second")
        if time.group(n) and time.group(n) != "00"  # "8:00 a.m." is "8 Uhr"
    ]
    return [Number(start, end, time.group(), v, True, part=True) for v in values]


def _digit_number(text: str, match: re.Match[str], tables: _Tables) -> list[Number]:
    """The number (or the parts of the clock time or date) one digit match stands for."""
    if _ZERO_MINUTES.match(text, max(0, match.start() - 2)) and match.start() >= 2:
        return []  # "9:00" is said "9 Uhr", "9 h": the hour is the number
    if _ZERO_LEAD.match(text, match.start()):
        return []  # "0:34" behind the leader is said "34 secondes": the seconds are the number
    if (
        not tables.lenient
        and _CLOCK_OR_DATE.fullmatch(match.group("num"))
        and not native(match.group("num"), tables.decimal)
    ):  # "10.30 Uhr", "3,6": parts, not a decimal in the wrong convention
        return _parts(text, match.start("num"), match.end("num"))
    values = digit_values(match.group("num"), tables.decimal, every=tables.lenient)
    if not values:
        return []
    end = match.end("num")
    glued = (match.group("glued") or "").lower()
    scaled = False
    if glued in tables.scales and glued not in tables.ordinals:
        values = values | {_round(v * tables.scales[glued]) for v in values}
        end = match.end()
    elif glued in tables.clock_words and (minutes := _GLUED_MINUTES.match(text, match.end())):
        return _compact_time(text, match, minutes, values, tables)
    elif glued:
        values = values | _glued_readings(values, glued, tables)
        end = match.end()
    else:
        after = afternoon_after(text, end, tables.afternoon)
        if after:
            values = values | _glued_readings(values, after, tables)
    if _clock_word(text, match.start(), end, glued, tables):
        values = values | {v - 12 for v in values if 13 <= v <= 23}  # "18 Uhr" for "around 6"
    scale = None if glued else _scale_after(text, end, tables.scales)
    if scale is not None:
        values = frozenset(_round(v * scale[0]) for v in values)
        end, scaled = scale[1], True
    number = Number(
        match.start(), end, text[match.start() : end], values, True, scaled, ordinal=glued in tables.ordinals
    )
    return [number]


def _compact_time(
    text: str, match: re.Match[str], minutes: re.Match[str], hours: frozenset[float], tables: _Tables
) -> list[Number]:
    """A clock time written with the hour word between hour and minutes ("19h30"): its hour
    (also on the 12-hour clock) and its minutes, as parts of the whole token."""
    start, end = match.start(), minutes.end()
    hours = hours | {v - 12 for v in hours if 13 <= v <= 23}
    values = [hours] + ([frozenset({float(minutes.group())})] if minutes.group() != "00" else [])
    return [Number(start, end, text[start:end], v, True, part=True) for v in values]


def _clock_word(text: str, start: int, end: int, glued: str, tables: _Tables) -> bool:
    """Whether a word of the language marks the number as an hour of the 24-hour clock:
    after it ("18 Uhr", "18h") or before it where no word follows ("verso le 18.")."""
    if glued:
        return glued in tables.clock_words
    if tables.clock_words:
        after = _AFTER_SCALE.match(text, end)
        if after is not None and after.group(1).lower() in tables.clock_words:
            return True
    if tables.clock_articles and _AFTER_SCALE.match(text, end) is None:  # not "le 18 regioni"
        before = WORD_BEFORE.search(text, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in tables.clock_articles
    return False


def _glued_readings(values: frozenset[float], glued: str, tables: _Tables) -> set[float]:
    """Other values a number with letters glued to it stands for: a decade ("1990s" is
    also "90er"), an afternoon hour ("3pm" is 15 Uhr)."""
    extra: set[float] = set()
    for value in values:
        if glued in tables.decades and value >= 1000 and value % 10 == 0:
            extra.add(value % 100)
        elif glued in tables.decades and value < 100 and value % 10 == 0:
            extra.update({1900 + value, 2000 + value})
        elif glued in tables.afternoon and 1 <= value <= 12:
            extra.add(value % 12 + 12)
        elif glued in tables.clock_marks and value == 12:
            extra.add(0.0)  # "12am" is "0 Uhr"
    return extra


def _parts(text: str, start: int, end: int) -> list[Number]:
    """Each digit run of a clock time or date as its own value; each reports the whole token.
    Zero minutes of a clock time are no part ("9.00 Uhr" is "9 o'clock")."""
    parts = re.findall(r"\d+", text[start:end])
    if len(parts) == 2 and parts[1] == "00" and int(parts[0]) <= 24:
        parts = parts[:1]
    return [Number(start, end, text[start:end], frozenset({float(part)}), True, part=True) for part in parts]


def _word_numbers(text: str, tables: _Tables, taken: list[tuple[int, int]]) -> list[Number]:
    found: list[Number] = []
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lowercase is longer ("İ")
        lower = "".join(ch.lower()[0] for ch in text)
    for match in tables.spelled.finditer(" " + lower):  # (the pattern's first character: see _tables)
        start, end = match.start("number") - 1, match.end() - 1  # in ``text``
        if any(s <= start < e for s, e in taken):
            continue
        word = match.group("number")
        if word in tables.words:
            value = tables.words[word]
        elif len(parts := _JOINS.split(word)) > 1 and all(p in tables.words for p in parts):
            value = sum(tables.words[p] for p in parts)
        elif word in tables.scales:
            if found and found[-1].end >= start - 1 and found[-1].scaled:
                continue
            value = tables.scales[word]
            found.append(Number(start, end, text[start:end], frozenset({value}), False, True, True))
            continue
        else:
            continue
        scale = _scale_after(text, end, tables.scales)
        if scale is not None:
            number = frozenset({_round(value * scale[0])})
            found.append(Number(start, scale[1], text[start : scale[1]], number, False, True))
            taken.append((start, scale[1]))
        elif value != 1:  # "one", "ein", "un" are mostly articles and pronouns
            found.append(Number(start, end, text[start:end], frozenset({value}), False))
    return found
