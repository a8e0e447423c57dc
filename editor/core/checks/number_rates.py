"""How often and per what: a frequency of the source said as another ("once a week" -> "dos
veces por semana", "twice" -> "une fois") and the unit of time of a rate said as another beside the
same amount ("38 cents per hour" -> "38 centimes par semaine"). The words are the languages'
``frequency_words``, ``times_words``, ``rate_periods``, ``rate_markers`` and ``rate_adverbs``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number, numbers
from editor.core.langdata import language
from editor.core.text import substring_keys

# Up to four words after a number and its sign ("38 cents per hour", "5 €/mois", "10 euro
# all'anno"), in one clause: a mark of punctuation ends the window.
_AFTER = re.compile(r"(?:[\s\u00a0]*[%‰$€£¥])?(?:(?:[\s\u00a0]+|/)(?:[^\W\d_]{1,3}['’])?[^\W\d_]+){0,4}")
_SPACE = re.compile(r"[\s\u00a0]*")


class _Rates(NamedTuple):
    mention: re.Pattern[str]  # a unit of time of a rate: "per day", "/day", "daily"
    before: re.Pattern[str]  # a word for one right before a number ("monatlich 50 €")
    unit_of: dict[str, int]  # each unit's and adverb's period (0 hour … 4 year)
    frequency: re.Pattern[str] | None  # "once", "two times", "zweimal", "dos veces"
    counts: dict[str, int]  # each word of a frequency or its count with its number


class _Frequency(NamedTuple):
    times: int
    start: int
    end: int
    counted: bool  # a number the comparison of numbers reads ("drei Mal", "3 veces")


@lru_cache(maxsize=32)
def _rates(code: str) -> _Rates | None:
    data = language(code)
    if not data.rate_periods:
        return None
    nouns = {w: i for i, forms in enumerate(data.rate_periods) for w in forms}
    adverbs = {w: i for i, forms in enumerate(data.rate_adverbs) for w in forms}
    markers = _alternation(data.rate_markers)
    adverb = rf"(?<![^\W\d_])(?P<said>(?P<adverb>{_alternation(adverbs)})[^\W\d_]{{0,4}})(?![^\W\d_])"
    mention = re.compile(
        rf"(?<![^\W\d_])(?:(?:{markers})(?:(?<=['’])|[\s\u00a0]+)|(?<=/))(?P<noun>{_alternation(nouns)})"
        rf"(?![^\W\d_])|{adverb}",
        re.IGNORECASE,
    )
    before = re.compile(rf"{adverb}[\s\u00a0]+(?:[$€£¥][\s\u00a0]?)?\Z", re.IGNORECASE)
    counts = {w: int(v) for w, v in data.number_words if 1 <= v <= 12 and v == int(v)}
    counts |= dict(data.frequency_words)
    frequency = None
    if data.times_words or data.frequency_words:
        frequency = re.compile(
            rf"(?<![^\W\d_])(?:(?P<count>(?<![\d.,])\d{{1,2}}|{_alternation(counts)})[\s\u00a0\-\u2010]*"
            rf"(?:{_alternation(data.times_words)})|(?P<word>{_alternation(dict(data.frequency_words))}))"
            r"(?![^\W\d_])",
            re.IGNORECASE,
        )
    return _Rates(mention, before, nouns | adverbs, frequency, counts)


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) or "(?!)"


def may_repeat(lower: str, code: str) -> bool:
    """Whether ``lower`` (a text in lowercase) may say how often: a substring test per word."""
    return any(key in lower for key in _keys(code)[0])


def may_rate(lower: str, code: str) -> bool:
    """Whether ``lower`` (a text in lowercase) may give a rate per a unit of time: a substring
    test per word."""
    return any(key in lower for key in _keys(code)[1])


@lru_cache(maxsize=32)
def _keys(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The substrings that find the language's words of a frequency and of a rate's unit."""
    data = language(code)
    if not data.rate_periods:
        return (), ()
    frequency = [w for w, _ in data.frequency_words] + list(data.times_words)
    periods = [w for forms in data.rate_periods + data.rate_adverbs for w in forms]
    return substring_keys(frequency), substring_keys(periods)


def _period(found: re.Match[str], rates: _Rates) -> int:
    groups = found.groupdict()
    word = (groups.get("noun") or groups["adverb"]).lower()
    return rates.unit_of[word]


def _periods(text: str, number: Number, rates: _Rates) -> list[tuple[int, re.Match[str]]]:
    """The units of time of a rate beside ``number``: one in the four words after it ("38 cents
    per hour", "5 % annuel") or a word for one right before it ("monatlich 50 €")."""
    after = _AFTER.match(text, number.end)
    end = after.end() if after else number.end
    found = [(_period(m, rates), m) for m in rates.mention.finditer(text, number.end, end)]
    before = rates.before.search(text, max(0, number.start - 24), number.start)
    return found + ([(_period(before, rates), before)] if before else [])


def period_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """Amounts of the source given per one unit of time whose equals in the target are given
    per another, and never per the source's ("38 cents per hour" -> "38 centimes par
    semaine"); a number the source gives per two units is left alone."""
    ours, theirs = _rates(source_lang), _rates(target_lang)
    if ours is None or theirs is None:
        return
    said = [
        (n, _periods(source, n, ours)) for n in numbers(source, source_lang) if not n.part and not n.literal
    ]
    written = [n for n in numbers(target, target_lang) if not n.part and not n.literal]
    reported: set[int] = set()
    for number, periods in said:
        if not periods:
            continue
        units = {i for n, found in said if n.matches(number) for i, _ in found}
        if len(units) != 1:
            continue  # "€5 a day or €5 a week": which is which is not known
        there = [(i, m, n) for n in written if n.matches(number) for i, m in _periods(target, n, theirs)]
        if not there or any(i in units for i, _, _ in there) or there[0][1].start() in reported:
            continue
        _, wrong, other = there[0]
        (start, end), right = _span(wrong), _span(periods[0][1])
        reported.add(wrong.start())
        yield Slip(
            start,
            end,
            f"'{target[start:end]}' beside '{other.text}' is another unit of time than "
            f"'{source[right[0] : right[1]]}' beside '{number.text}' in the source",
            None,
            right,
        )


def added_periods(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """A rate's unit of time the translation gives beside an amount of the source ("95 £ por
    noche" for "the single supplement is £95"), where the source names no unit of time a
    rate may have at all: the amount now reads as a rate. The first such one."""
    ours, theirs = _rates(source_lang), _rates(target_lang)
    if ours is None or theirs is None or not may_rate(target.lower(), target_lang):
        return
    if may_rate(source.lower(), source_lang):
        return  # (the source names a day, a week, …: the rate may be its own)
    said = [n for n in numbers(source, source_lang) if not n.part and not n.literal]
    for number in numbers(target, target_lang) if said else ():
        if number.part or number.literal or not any(n.matches(number) for n in said):
            continue
        for _, found in _periods(target, number, theirs):
            start, end = _span(found)
            yield Slip(
                start,
                end,
                f"'{target[start:end]}' beside '{number.text}' has no counterpart in the source: "
                "the amount reads as a rate",
                None,
                None,
            )
            return


def _span(found: re.Match[str]) -> tuple[int, int]:
    """Where a unit of time is said: the word for it alone, without the space after it."""
    return found.span("said") if found.group("said") else found.span()


def _frequencies(text: str, code: str, rates: _Rates) -> list[_Frequency]:
    """The frequencies of ``text``: "twice", "three times", "dos veces"; one of once only
    before a unit of time ("once a year", "einmal im Jahr"), as "once" and "una vez" also
    open a clause ("once it is installed", "una vez instalado")."""
    if rates.frequency is None:
        return []
    found = []
    parsed = numbers(text, code)
    for m in rates.frequency.finditer(text):
        word = (m.group("count") or m.group("word")).lower()
        count = int(word) if word.isdigit() else rates.counts[word]
        space = _SPACE.match(text, m.end())
        if count == 1 and rates.mention.match(text, space.end() if space else m.end()) is None:
            continue
        counted = any(n.start < m.end() and m.start() < n.end and count in n.values for n in parsed)
        found.append(_Frequency(count, m.start(), m.end(), counted))
    return found


def frequency_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """Frequencies of the source that the target gives with another count, each paired with
    a frequency of the target the source lacks ("once a week" -> "dos veces por semana"); where
    both are numbers the comparison of numbers reads ("three times" -> "zwei Mal"), it
    reports them."""
    ours, theirs = _rates(source_lang), _rates(target_lang)
    if ours is None or theirs is None or ours.frequency is None or theirs.frequency is None:
        return
    said = _frequencies(source, source_lang, ours)
    if not said:
        return
    written = _frequencies(target, target_lang, theirs)
    missing, other = list(said), []
    for frequency in written:
        same = next((s for s in missing if s.times == frequency.times), None)
        if same is None:
            other.append(frequency)
        else:
            missing.remove(same)
    for wrong, right in zip(other, missing, strict=False):
        if wrong.counted and right.counted:
            continue
        yield Slip(
            wrong.start,
            wrong.end,
            f"'{target[wrong.start : wrong.end]}' where the source has '{source[right.start : right.end]}'",
            None,
            (right.start, right.end),
        )
