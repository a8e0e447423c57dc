"""A Roman numeral of the source given as another one in the translation ("the XII congress" ->
"el VII congreso"), or its value kept in digits ("12.", "12e") instead."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.base import Fix
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import numbers

# Numerals of two letters or more from I, V, X and L (1-89: centuries, editions, rulers,
# chapters), in their proper form, as a word of their own; an ordinal ending may follow
# ("XXIe siècle", "XIIº"). C, D and M are left out: "CD", "DC", "MD", "MIX", "CV" are as
# often abbreviations as numbers.
_ROMAN = re.compile(
    r"(?<![\w'’\-\u2010/.])(?=[IVXL]{2})(?P<numeral>(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"(?:e|er|re|ème|o|a|º|ª)?(?![\w'’\-\u2010/])"
)
_MAYBE = re.compile(r"[IVXL]{2,}")
_CAPITALS = re.compile(r"[^\W\d_]{2,}")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _value(numeral: str) -> int:
    total = 0
    for letter, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = _VALUES[letter]
        total += -value if after != " " and _VALUES[after] > value else value
    return total


def _shouting(text: str, found: re.Match[str]) -> bool:
    """Whether a word in capitals stands right before or after the numeral ("CHAPTER XV",
    "LIV FC"): in a text set in capitals, letters of a numeral may spell a word."""
    before = _CAPITALS.findall(text, max(0, found.start() - 16), found.start())[-1:]
    after = _CAPITALS.search(text, found.end(), found.end() + 16)
    near = before + ([after.group()] if after else [])
    return any(word.isupper() and _ROMAN.fullmatch(word) is None for word in near)


def _numerals(text: str) -> list[tuple[int, re.Match[str]]]:
    """The Roman numerals of ``text`` with their values (each run of their letters tried
    once: the scan jumps from one to the next in C)."""
    found = []
    for run in _MAYBE.finditer(text):
        m = _ROMAN.match(text, run.start())
        if m is not None and m.group("numeral") and not _shouting(text, m):
            found.append((_value(m.group("numeral")), m))
    return found


def roman_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """Numbers of the source, Roman ("XII") or in digits up to 89 ("12th"), that the target
    has neither as a numeral nor as a number of the same value, each with a Roman numeral of
    the target whose value the source lacks: "XII" or "12th" -> "VII" is a changed number,
    "XII" -> "12." is none, and a numeral of the source alone ("Henry VIII", "Enrique VIII",
    or none at all) is left to the other checks."""
    if not ("V" in target or "X" in target or "II" in target or "LI" in target):
        return  # each numeral of two letters or more holds one: far cheaper than a scan
    theirs = _numerals(target)
    if not theirs:
        return
    said, ours = numbers(source, source_lang), _numerals(source)
    in_source = {v for n in said for v in n.values} | {value for value, _ in ours}
    other = [m for value, m in theirs if value not in in_source]
    if not other:
        return  # the common case: the target's numerals are the source's
    in_target = {v for n in numbers(target, target_lang) for v in n.values} | {value for value, _ in theirs}
    missing = [(m.start("numeral"), m.end("numeral")) for value, m in ours if value not in in_target]
    missing += [
        (n.start, n.end)
        for n in said
        if n.digits and not n.part and not n.literal and _small(n.values) and n.values.isdisjoint(in_target)
    ]
    for (start, end), wrong in zip(sorted(missing), other, strict=False):
        at, until = wrong.span("numeral")
        kept = source[start:end]
        numeral = kept if kept[0].isalpha() else _numeral(kept)
        yield Slip(
            at,
            until,
            f"'{wrong.group('numeral')}' where the source has '{kept}'",
            Fix(at, until, numeral) if numeral else None,
            (start, end),
            warning=False,
        )


def _small(values: frozenset[float]) -> bool:
    """Whether a number may be written as a numeral of I, V, X and L (1 to 89)."""
    return any(v.is_integer() and 1 <= v <= 89 for v in values)


def _numeral(written: str) -> str:
    """The Roman numeral of a number in digits ("12th": "XII"), or "" if it has none here."""
    digits = re.match(r"\d+", written)
    value = int(digits.group()) if digits else 0
    if not 1 <= value <= 89:
        return ""
    tens = ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX")[value // 10]
    return tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[value % 10]
