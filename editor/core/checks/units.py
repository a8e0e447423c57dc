"""Numbers with units or currencies whose unit changed in the translation ("$5" -> "5 Euro")."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.numparse import Number, digit_numbers, numbers
from editor.core.checks.units_currency import other_currency
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language
from editor.core.model import Segment

# Symbols written the same in every language; words are per language (langdata.unit_words).
SYMBOLS = frozenset(
    "€ $ £ ¥ % ‰ ppm ppb km m cm mm kg g mg t l ml gb mb tb kb ghz mhz w kw mw gw wh kwh mwh gwh °c °f mi "
    "lb ft yd bar mbar hpa kpa mpa ms km/h m/s mph kn "
    "m² km² cm² mm² m³ ha \u00b5m nm \u00b5g kbit mbit gbit tbit".split()  # "µ": the micro sign
)  # (Greek "μ" is read as it)
# Bits, apart from bytes: a rate or size in bits by each of its spellings ("Mbps", "Mbit/s").
# "Mb" and "mb" are left to bytes: a byte's careless spelling as often as a bit's.
_BITS = {
    f"{prefix}{suffix}": f"{prefix}bit"
    for prefix in "kmgt"
    for suffix in ("bps", "bit", "bits", "bit/s", "bits/s")
}
# Symbols whose letter case changes the unit: an SI prefix's "M" (mega) and "m" (milli), or
# "N" (newton) and "n" (nano), where both readings are units a text may mean ("5 Nm" of
# torque is no "5 nm" of length). Compared only where both texts write one of them.
CASED_SYMBOLS = {
    "Nm": "newton metres",
    "nm": "nanometres",
    "MW": "megawatts",
    "mW": "milliwatts",
    "МВт": "megawatts",
    "мВт": "milliwatts",
    "MWh": "megawatt hours",
    "mWh": "milliwatt hours",
    "MHz": "megahertz",
    "mHz": "millihertz",
    "МГц": "megahertz",
    "мГц": "millihertz",
    "MPa": "megapascals",
    "mPa": "millipascals",
}
# Units written as words, by their names in messages.
_NAMES = {
    "s": "seconds",
    "min": "minutes",
    "h": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "mi": "miles",
    "ft": "feet",
    "yd": "yards",
    "inch": "inches",
    "acre": "acres",
    "kn": "knots",
    "chf": "Swiss francs",
}
# ISO 4217 codes of the currencies most texts name ("CHF 412.00"): no name of a version.
CURRENCY_CODES = frozenset(
    "AUD BGN BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF IDR ILS INR ISK JPY KRW MXN NOK NZD PLN "
    "RON RUB SEK SGD THB TRY TWD UAH USD ZAR".split()
)
# A country's letters before a dollar sign make it that country's currency ("NZ$40" is New
# Zealand dollars, "R$" Brazilian reais), written so in any language.
PREFIXED_DOLLARS = {
    "US": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "R": "BRL",
    "NT": "TWD",
    "MX": "MXN",
    "Mex": "MXN",
}
_DOLLAR_PREFIX = re.compile(rf"(?<![\w$])(?:{'|'.join(sorted(PREFIXED_DOLLARS, key=len, reverse=True))})\Z")
# The ISO 4217 codes each currency sign stands for ("$" is many dollars and pesos).
SYMBOL_CODES = {
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "$": frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"}),
    "¥": frozenset({"JPY", "CNY"}),
    "₽": frozenset({"RUB"}),
    "₹": frozenset({"INR"}),
    "₩": frozenset({"KRW"}),
    "₺": frozenset({"TRY"}),
    "₴": frozenset({"UAH"}),
}
# Currency codes, written before or after the number ("CHF 20", "20 USD").
_CODES = {"chf": "chf", "usd": "$", "eur": "€", "gbp": "£", "jpy": "¥"}
_BEFORE = re.compile(rf"([€$£¥]|\b(?:{'|'.join(sorted(CURRENCY_CODES))}))[\s\u00a0\u202f]?$")
# Any of the codes in capitals, the boundary before it tested after its first letter (a scan
# that jumps to capitals in C).
CODE_HINT = re.compile(
    rf"[{''.join(sorted({c[0] for c in CURRENCY_CODES}))}](?<!\w.)"
    rf"(?:{'|'.join(f'(?<={c[0]}){c[1:]}' for c in sorted(CURRENCY_CODES))})\b"
)
# A unit after the number, maybe after a word that joins a scale to it ("4.820 millones de
# euros", "millions of dollars"), or a hyphen ("a 3-acre field").
_AFTER = re.compile(
    r"(?:[\s\u00a0\u202f]|-(?=[^\W\d_]))?(?:(?:de|of|di|d['’])[\s\u00a0])?"
    r"(°[CF]|[€$£¥%‰]|[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)"
)

_DIGIT = re.compile(r"\d")
_PER = re.compile(r"/[^\W\d_]+")  # the second unit of a rate ("/h" of "km/h")
_POWER = re.compile(r"[23](?![\w.,]\d|\w)")  # the power of an area or volume written in digits
_SUPERSCRIPT = {"2": "²", "3": "³"}


@lru_cache(maxsize=32)
def _words(code: str) -> dict[str, str]:
    return dict(language(code).unit_words)


@lru_cache(maxsize=32)
def _hints(code: str) -> tuple[re.Pattern[str], ...]:
    """Whether a text may hold a number with a unit at all: a symbol, a number before a unit
    word, or a currency code. Three patterns, each starting with a class of characters, so
    that each scan jumps to its candidates in C (as one pattern, "\\b" first in one of its
    branches, the scan tried every position, at twice the cost)."""
    symbols = {s for s in SYMBOLS if s[:1].isalpha()} | {s for s in _BITS if s.isalpha()}
    words = alternatives(set(_words(code)) | symbols)
    return (
        re.compile(r"[€$£¥%‰°]", re.IGNORECASE),
        re.compile(rf"\d[\s\u00a0\u202f-]?{words}\b", re.IGNORECASE),
        # "\b(?:chf|usd|eur|gbp|jpy)\b", the boundary before the code tested after its first letter
        # (the first letters in both cases: a class compared ignoring case is no class to jump to)
        re.compile(r"[cuegjCUEGJ](?<!\w.)(?i:(?<=c)hf|(?<=u)sd|(?<=e)ur|(?<=g)bp|(?<=j)py)\b"),
        CODE_HINT,
    )


def unit_of(text: str, number: Number, code: str) -> tuple[str, int, int] | None:
    """The unit written next to a number, if any: its symbol (or name), and where it stands."""
    before = _BEFORE.search(text, max(0, number.start - 5), number.start)
    if before is not None:
        written = before.group(1)
        if written == "$":  # "NZ$": the country's dollars
            prefix = _DOLLAR_PREFIX.search(text, max(0, before.start(1) - 3), before.start(1))
            if prefix is not None:
                iso = PREFIXED_DOLLARS[prefix.group()]
                return iso.lower(), prefix.start(), before.end(1)
        return _CODES.get(written.lower(), written.lower()), before.start(1), before.end(1)
    after = _AFTER.match(text, number.end)
    if after is None or (after.group(1) in "€$£¥" and text[after.end(1) : after.end(1) + 1].isdigit()):
        return None  # none, or the sign of the next number ("under 12 €6.00")
    word = after.group(1).lower().replace("\u03bc", "\u00b5")  # Greek mu as the micro sign
    end = after.end(1)
    per = _PER.match(text, end)
    if per is not None:  # a unit per another ("km/h", "км/ч"), if the language knows it
        compound = word + per.group().lower()
        if compound in SYMBOLS or compound in _BITS or compound in _words(code):
            word, end = compound, per.end()
    if word in _BITS:
        compound = text[after.start(1) : end]
        word = word[0] + "b" if word.endswith("bps") and "B" in compound else _BITS[word]  # "MBps": bytes
    power = _POWER.match(text, end)  # "m2" is "m²"
    if power is not None and word + _SUPERSCRIPT[power.group()] in SYMBOLS:
        word, end = word + _SUPERSCRIPT[power.group()], power.end()
    unit = word if word in SYMBOLS else _CODES.get(word) or _words(code).get(word)
    if unit is None and after.group(1) in CURRENCY_CODES:
        unit = word  # "75.000 SEK"
    return None if unit is None else (unit, after.start(1), end)


def _shown(unit: str, text: str, written: tuple[str, int, int]) -> str:
    """A unit as a message names it: its name ("minutes"), or as the text writes it ("°C",
    "MB"), not the lowercase key it is compared by."""
    return _NAMES.get(unit) or text[written[1] : written[2]]


def _may_hold_unit(text: str, code: str) -> bool:
    # Only numbers written with digits are compared: a text without a digit (most) is
    # settled by a scan several times cheaper than the hints'.
    return _DIGIT.search(text) is not None and any(hint.search(text) for hint in _hints(code))


_BYTE_SURE = re.compile(r"[kKMGT]B|[кКМГТ]Б|(?i:byte|байт|octet|[kmgt]o\b)")


def _bit_or_byte(segment: Segment, written: tuple[str, int, int], theirs: tuple[str, int, int]) -> bool:
    """Whether one side says bits and the other a unit of bytes it does not write for sure as
    bytes ("Mb/s", "Мб" may be either; "MB/s", "Mo", "Мбайт" are bytes)."""
    units = (written[0], theirs[0])
    bit = next((i for i, unit in enumerate(units) if unit.endswith("bit")), None)
    if bit is None or units[1 - bit] != units[bit][0] + "b":
        return False
    text, (_, start, end) = (segment.target, theirs) if bit == 0 else (segment.source, written)
    return _BYTE_SURE.search(text, start, end) is None


def unit_issues(segment: Segment, source_lang: str, target_lang: str) -> list[tuple[int, int, str]]:
    """(start, end, message) on the target for each number whose unit differs from the source,
    and for a rate's unit said as another (see :func:`_rate_unit`)."""
    found: list[tuple[int, int, str]] = []
    if not _may_hold_unit(segment.source, source_lang):
        return found
    found += _rate_unit(segment.source, segment.target, source_lang, target_lang)
    source = digit_numbers(segment.source, source_lang)  # units go with digits only
    if not source:
        return found
    target = digit_numbers(segment.target, target_lang)
    used: set[int] = set()
    for number in source:
        written = unit_of(segment.source, number, source_lang)
        if written is None:
            continue
        unit = written[0]
        matches = [i for i, other in enumerate(target) if i not in used and number.matches(other)]
        if not matches:
            continue
        # of the same numbers ("ages 4 to 12 … €12"), the one in the source's unit, if any
        i = next(
            (i for i in matches if (u := unit_of(segment.target, target[i], target_lang)) and u[0] == unit),
            matches[0],
        )
        other = target[i]
        used.add(i)
        theirs = unit_of(segment.target, other, target_lang)
        if (
            theirs is not None
            and theirs[0] != unit
            and not _bit_or_byte(segment, written, theirs)
            and not _codes(segment.source, written) & _codes(segment.target, theirs)
        ):
            # the number and its unit: what to fix is the unit
            start, end = min(other.start, theirs[1]), max(other.end, theirs[2])
            ours, here = _shown(unit, segment.source, written), _shown(theirs[0], segment.target, theirs)
            message = f"'{number.text}' is in {ours} in the source, in {here} here"
            found.append((start, end, message))
        elif theirs is not None and (cased := _case_slip(segment, written, theirs)) is not None:
            found.append((min(other.start, theirs[1]), max(other.end, theirs[2]), cased))
        else:  # the same unit, or a currency the source's may be ("$" and "NZD")
            named = _named_currency(segment, written, other, target_lang)
            if named is not None:
                found.append(
                    (other.start, named[0], f"'{number.text}' is in {named[1]} in the source, {named[2]}")
                )
    return found


@lru_cache(maxsize=16)
def _rate(code: str) -> re.Pattern[str] | None:
    """A rate's word ("per", "pro", "par") and the word after it."""
    markers = language(code).rate_markers
    return (
        re.compile(rf"\b(?:{alternatives(set(markers))}) ([^\W\d_]+)\b", re.IGNORECASE) if markers else None
    )


def _rate_unit(source: str, target: str, source_lang: str, target_lang: str) -> list[tuple[int, int, str]]:
    """The unit of the one rate of the source by a measure ("€42 per metre") said as another
    in the translation's one such rate ("42 € pro Quadratmeter"): a price for another
    quantity. Only measures (``_MEASURES``): not a rate by time (its period is a number check's),
    nor by a currency."""
    said, written = _rate(source_lang), _rate(target_lang)
    if said is None or written is None:
        return []
    theirs, ours = _words(source_lang), _words(target_lang)
    rates = [
        [
            (m, units[m.group(1).lower()])
            for m in pattern.finditer(text)
            if units.get(m.group(1).lower()) in _MEASURES
        ]
        for pattern, text, units in ((said, source, theirs), (written, target, ours))
    ]
    if len(rates[0]) != 1 or len(rates[1]) != 1 or rates[0][0][1] == rates[1][0][1]:
        return []
    (was, unit), (now, _) = rates[0][0], rates[1][0]
    name = _NAMES.get(unit, was.group(1))
    return [
        (now.start(1), now.end(1), f"'{now.group(1)}': the source's rate is per {name} ('{was.group()}')")
    ]


_MEASURES = frozenset("km m cm mm kg g mg t l ml m² km² cm² m³ ha mi lb ft yd inch acre".split())


def _case_slip(segment: Segment, written: tuple[str, int, int], theirs: tuple[str, int, int]) -> str | None:
    """Why the target's symbol, the source's in another case, is another unit ("Nm" written
    "nm"), if it is: not in a text all in capitals, whose case says nothing."""
    said = CASED_SYMBOLS.get(segment.source[written[1] : written[2]])
    here = CASED_SYMBOLS.get(segment.target[theirs[1] : theirs[2]])
    if said is None or here is None or said == here:
        return None
    if segment.target.upper() == segment.target or segment.source.upper() == segment.source:
        return None
    return (
        f"'{segment.target[theirs[1] : theirs[2]]}' is {here}; the source's "
        f"'{segment.source[written[1] : written[2]]}' is {said}"
    )


def _codes(text: str, written: tuple[str, int, int]) -> frozenset[str]:
    """The ISO codes of the currencies a unit as written may stand for: its own code
    ("NZD", "NZ$"), those of a sign ("$" is many dollars), none for a unit that is no currency."""
    shown = text[written[1] : written[2]]
    if shown in CURRENCY_CODES:
        return frozenset({shown})
    for written_so in (shown, written[0]):  # "NZ$", or a word for one ("reais": "R$")
        if written_so.endswith("$") and written_so[:-1] in PREFIXED_DOLLARS:
            return frozenset({PREFIXED_DOLLARS[written_so[:-1]]})
    return SYMBOL_CODES.get(written[0], frozenset())


_PESOS_BY_DOLLAR = frozenset({"ARS", "CLP", "COP"})  # pesos written with "$" too


def _named_currency(
    segment: Segment, written: tuple[str, int, int], other: Number, target_lang: str
) -> tuple[int, str, str] | None:
    """Where the currency named after ``other`` ends, the source's code or sign and what the
    target names, if the target names another country's currency than the source says."""
    shown = segment.source[written[1] : written[2]]
    codes = _codes(segment.source, written)
    if written[0] == "$":
        codes |= _PESOS_BY_DOLLAR
    slip = other_currency(codes, segment.target, other, target_lang)
    if slip is None:
        return None
    return slip[1], shown, f"in {segment.target[slip[0] : slip[1]]} ({slip[2]}) here"


_TIME_UNITS = frozenset({"s", "min", "h", "day", "week", "month", "year"})


@lru_cache(maxsize=32)
def _time_words(code: str) -> re.Pattern[str] | None:
    """Any of the language's words for a span of time, as a word."""
    names = {word for word, unit in _words(code).items() if unit in _TIME_UNITS and word.isalpha()}
    return re.compile(rf"\b{alternatives(names)}\b", re.IGNORECASE) if names else None


def _timed(text: str, found: tuple[Number, ...], code: str) -> list[tuple[Number, str, int]]:
    """The numbers of ``found`` (one value, not an ordinal nor part of a date) with a unit of
    time after them, that unit and where it ends."""
    timed = []
    for number in found:
        if len(number.values) != 1 or number.ordinal or number.part or number.literal:
            continue
        unit = unit_of(text, number, code)
        if unit is not None and unit[0] in _TIME_UNITS:
            timed.append((number, unit[0], unit[2]))
    return timed


def time_word_issues(segment: Segment, source_lang: str, target_lang: str) -> list[tuple[int, int, str]]:
    """(start, end, message) on the target for each number said as a word on either side
    ("nine months" or "9 months" -> "neun Wochen") whose unit of time is another: the
    digits on both sides are :func:`unit_issues`'. Not where either text also gives the value
    with the other's unit (two spans of time said in another order)."""
    said_words, written_words = _time_words(source_lang), _time_words(target_lang)
    if said_words is None or written_words is None:
        return []
    if not said_words.search(segment.source) or not written_words.search(segment.target):
        return []
    source = numbers(segment.source, source_lang)
    target = numbers(segment.target, target_lang)
    if all(number.digits for number in source + target):
        return []
    said = _timed(segment.source, source, source_lang)
    written = _timed(segment.target, target, target_lang)
    found: list[tuple[int, int, str]] = []
    for number, unit, _ in said:
        for other, theirs, end in written:
            if (number.digits and other.digits) or theirs == unit or not number.matches(other):
                continue
            if any(o.matches(number) and u == unit for o, u, _ in written) or any(
                n.matches(other) and u == theirs for n, u, _ in said
            ):
                continue
            message = f"'{number.text}' is in {_NAMES[unit]} in the source, in {_NAMES[theirs]} here"
            found.append((other.start, end, message))
    return found


# Imperial and US units a translation converts to metric, with the factor to the metric unit
# (temperatures apart): "10 miles" may be "16 km", "5 ft" "1,5 m".
_CONVERSIONS = {
    ("mi", "km"): 1.609344,
    ("mi", "m"): 1609.344,
    ("ft", "m"): 0.3048,
    ("ft", "cm"): 30.48,
    ("yd", "m"): 0.9144,
    ("inch", "cm"): 2.54,
    ("inch", "mm"): 25.4,
    ("lb", "kg"): 0.45359237,
    ("lb", "g"): 453.59237,
    ("mph", "km/h"): 1.609344,
    ("acre", "ha"): 0.40468564224,
    ("acre", "m²"): 4046.8564224,
    ("kn", "km/h"): 1.852,
    ("kn", "m/s"): 0.514444,
}
_ROUNDING = 0.05  # a converted amount is rounded: within 5 % of the exact one (or half a unit)
# Spans of time said in another unit ("90 minutes" as "1,5 Stunden", "2 weeks" as "14 días"):
# exactly, as a translation has no reason to round them.
TIME_FACTORS = {
    ("min", "h"): 1 / 60,
    ("h", "min"): 60,
    ("h", "day"): 1 / 24,
    ("day", "h"): 24,
    ("day", "week"): 1 / 7,
    ("week", "day"): 7,
    ("month", "year"): 1 / 12,
    ("year", "month"): 12,
}


def _metric(value: float, said: str, written: str) -> float | None:
    if (said, written) == ("°f", "°c"):
        return (value - 32) * 5 / 9
    factor = _CONVERSIONS.get((said, written))
    return None if factor is None else value * factor


_CONVERTED = {said for said, _ in _CONVERSIONS} | {said for said, _ in TIME_FACTORS} | {"°f"}


def converted(
    number: Number, source: str, target: str, candidates: list[Number], source_lang: str, target_lang: str
) -> Number | None:
    """The number of ``candidates`` that gives ``number`` of the source, with an imperial unit,
    converted to a metric one ("10 miles" as "16 km", "350 °F" as "175 °C"), or a span of
    time in another unit ("90 min" as "1,5 h"), if any."""
    if not number.digits or len(number.values) != 1:
        return None
    said = unit_of(source, number, source_lang)
    if said is None or said[0] not in _CONVERTED:
        return None
    (value,) = number.values
    for candidate in candidates:
        written = unit_of(target, candidate, target_lang)
        if written is None:
            continue
        factor = TIME_FACTORS.get((said[0], written[0]))
        if factor is not None:  # (also in words: "anderthalb Stunden")
            if any(abs(v - value * factor) < 1e-9 for v in candidate.values):
                return candidate
            continue
        if not candidate.digits:
            continue
        exact = _metric(value, said[0], written[0])
        if exact is None:
            continue
        if any(abs(v - exact) <= max(_ROUNDING * abs(exact), 0.5) for v in candidate.values):
            return candidate
    return None


_NUMBER_BEFORE = re.compile(r"\d[ \u00a0\u202f]?\Z")


def unit_after_number(text: str, start: int, end: int, code: str) -> bool:
    """Whether ``text[start:end]`` is a unit written after a number ("2 Gbit", "5 Hz"): not
    a name, whatever its capital."""
    word = text[start:end].lower()
    return (word in SYMBOLS or word in _words(code)) and _NUMBER_BEFORE.search(
        text, max(0, start - 2), start
    ) is not None
