"""Numbers in running text, read by value under one language's conventions.

"1,234.5" (en) and "1.234,5" (de) both read as 1234.5; "4 million" and "4 Millionen" as 4e6;
"three" and "drei" as 3; "3rd" and "3." as 3. Ambiguous spellings ("1,234" in German) carry
every value they can mean, and two numbers match when their value sets meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.core.langdata import LanguageData, language

# Digits not glued to a preceding letter ("MP3", "tch-1") and not inside a decimal.
_DIGITS = (
    r"(?<![^\W_])(?<![^\W\d_][-\u2010])"
    r"(?P<num>\d{{1,3}}(?:(?P<group>[.,'\u00a0\u202f{space}])\d{{3}})(?:(?P=group)\d{{3}})*"
    r"(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<glued>[^\W\d_]{{1,3}}(?![^\W\d_]))?"
)
_AFTERNOON = re.compile(r"[\s\u00a0\u202f]?([ap]\.?m\.?)(?![^\W_])", re.IGNORECASE)
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[.,]\d{1,2}")
_AFTER_SCALE = re.compile(r"[\s\u00a0\u202f]*([^\W\d_]+)\.?")


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

    def matches(self, other: Number) -> bool:
        return not self.values.isdisjoint(other.values)

    @property
    def weak(self) -> bool:
        """Spelled-out numbers without a scale and ordinals: often rephrased ("two" ->
        "beide", "2nd" -> "Zweiter")."""
        return self.ordinal or (not self.digits and not self.scaled)


@dataclass(frozen=True, slots=True)
class _Tables:
    digits: re.Pattern[str]
    spelled: re.Pattern[str]  # number and scale words, found in one C-level scan
    words: dict[str, float]
    scales: dict[str, float]
    ordinals: frozenset[str]
    decades: frozenset[str]
    afternoon: frozenset[str]
    decimal: str


@lru_cache(maxsize=32)
def _tables(code: str) -> _Tables:
    data = language(code)
    space = " " if " " in data.group_marks else ""
    vocabulary = sorted(
        {w for w, _ in data.number_words + data.scale_words if len(w) > 2}, key=len, reverse=True
    )
    alternation = "|".join(re.escape(w) for w in vocabulary) or "(?!)"
    return _Tables(
        digits=re.compile(r"(?=\d)" + _DIGITS.format(space=space)),  # digit first: fast scan
        spelled=re.compile(rf"\b(?:{alternation})(?:[-\u2010](?:{alternation}))*\b"),
        words={w: v for w, v in data.number_words},
        scales={w: v for w, v in data.scale_words},
        ordinals=data.ordinal_suffixes,
        decades=data.decade_suffixes,
        afternoon=data.afternoon_marks,
        decimal=data.decimal_mark,
    )


def _round(value: float) -> float:
    return round(value, 6)


def digit_values(text: str, decimal: str) -> frozenset[float]:
    """The value of a digit string under the language's marks, or under the other convention
    when the language's reading is impossible ("1,5" in English)."""
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
        if len(parts) > 1 and any(len(p) != 3 for p in parts[1:]):
            continue
        try:
            readings.add(_round(float("".join(parts) + ("." + frac if frac else ""))))
        except ValueError:
            continue
        break  # the language's own reading wins; the other only when it is impossible
    return frozenset(readings)


def native(text: str, decimal: str) -> bool:
    """Whether a digit string reads as one number under the language's own marks."""
    group = "," if decimal == "." else "."
    whole = text.partition(decimal)[0] if text.count(decimal) <= 1 else ""
    parts = whole.split(group)
    return bool(whole) and all(len(p) == 3 for p in parts[1:])


def _scale_after(text: str, end: int, scales: dict[str, float]) -> tuple[float, int] | None:
    match = _AFTER_SCALE.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in scales and len(word) > 2:  # "5 m" is five metres; only "5m" may be millions
        return scales[word], match.end() if match.group().endswith(".") else match.end(1)
    return None


@lru_cache(maxsize=4096)
def numbers(text: str, code: str) -> tuple[Number, ...]:
    """All numbers of ``text`` (language ``code``), in order (cached: several checks ask)."""
    tables = _tables(code)
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for match in tables.digits.finditer(text):
        if _CLOCK_OR_DATE.fullmatch(match.group("num")) and not native(
            match.group("num"), tables.decimal
        ):  # "10.30 Uhr", "3.5.2024": parts, not a decimal in the wrong convention
            found.extend(_parts(text, match.start("num"), match.end("num")))
            continue
        values = digit_values(match.group("num"), tables.decimal)
        if not values:
            continue
        end = match.end("num")
        glued = (match.group("glued") or "").lower()
        scaled = False
        if glued in tables.scales and glued not in tables.ordinals:
            values = values | {_round(v * tables.scales[glued]) for v in values}
            end = match.end()
        elif glued:
            values = values | _glued_readings(values, glued, tables)
            end = match.end()
        else:
            after = _AFTERNOON.match(text, end)
            if after is not None and after.group(1).lower() in tables.afternoon:
                values = values | _glued_readings(values, after.group(1).lower(), tables)
        scale = None if glued else _scale_after(text, end, tables.scales)
        if scale is not None:
            values = frozenset(_round(v * scale[0]) for v in values)
            end, scaled = scale[1], True
        found.append(
            Number(
                match.start(),
                end,
                text[match.start() : end],
                values,
                True,
                scaled,
                ordinal=glued in tables.ordinals,
            )
        )
        taken.append((match.start(), end))
    found.extend(_word_numbers(text, tables, taken))
    found.sort(key=lambda n: n.start)
    return tuple(found)


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
    return extra


def _parts(text: str, start: int, end: int) -> list[Number]:
    """Each digit run of a clock time or date as its own value; each reports the whole token."""
    return [
        Number(start, end, text[start:end], frozenset({float(part)}), True)
        for part in re.findall(r"\d+", text[start:end])
    ]


def _word_numbers(text: str, tables: _Tables, taken: list[tuple[int, int]]) -> list[Number]:
    found: list[Number] = []
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lowercase is longer ("İ")
        lower = "".join(ch.lower()[0] for ch in text)
    for match in tables.spelled.finditer(lower):
        if any(s <= match.start() < e for s, e in taken):
            continue
        word = match.group()
        parts = re.split(r"[-\u2010]", word)
        if word in tables.words:
            value = tables.words[word]
        elif len(parts) > 1 and all(p in tables.words for p in parts):
            value = sum(tables.words[p] for p in parts)
        elif word in tables.scales:
            if found and found[-1].end >= match.start() - 1 and found[-1].scaled:
                continue
            value = tables.scales[word]
            found.append(
                Number(
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],
                    frozenset({value}),
                    False,
                    True,
                    True,
                )
            )
            continue
        else:
            continue
        end = match.end()
        scale = _scale_after(text, end, tables.scales)
        if scale is not None:
            found.append(
                Number(
                    match.start(),
                    scale[1],
                    text[match.start() : scale[1]],
                    frozenset({_round(value * scale[0])}),
                    False,
                    True,
                )
            )
            taken.append((match.start(), scale[1]))
        elif value != 1:  # "one", "ein", "un" are mostly articles and pronouns
            found.append(Number(match.start(), end, text[match.start() : end], frozenset({value}), False))
    return found


def render(number: Number, source: LanguageData, target: LanguageData) -> str | None:
    """A digit number written with the target language's marks, or None if not plain digits."""
    if not number.digits or number.scaled or len(number.values) != 1:
        return None
    text = number.text
    if not re.fullmatch(r"[\d.,\u00a0\u202f ']+", text):
        return None
    whole, _, frac = text.partition(source.decimal_mark)
    group_mark = target.group_marks[:1] or ","
    grouped = re.sub(r"[^\d]", group_mark, whole) if re.search(r"\D", whole) else whole
    return grouped + (target.decimal_mark + frac if frac else "")
