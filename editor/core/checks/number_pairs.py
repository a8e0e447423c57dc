"""Pairing the numbers of a source and its translation by value: what is left over on each
side, and a scaled number whose parts the translation writes apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor.core.checks.numparse import Number

_SPLIT_WINDOW = 40  # characters between "vier" and "Millionen" that still read as one number
_DECIMAL = re.compile(r"\d[.,]\d")
_DIGIT_RUNS = re.compile(r"\d+")
_OTHER_FORM = 0.5  # added to the distance of a number written otherwise (words for digits)


def pair_numbers(
    source: Sequence[Number], target: Sequence[Number], source_len: int = 1, target_len: int = 1
) -> tuple[list[Number], list[Number]]:
    """Match numbers by value, digits before words ("two-dimensional ... 2" must not give the
    target's "2" to "two"), each to the equal one at the nearest place by proportion of the
    texts' lengths (so that the one left over is the one changed: "auf 1 gesetzt ... -1" for
    "set to 0 ... -1" leaves the first 1), one written alike (digits, words) before one
    written otherwise, one joined to the same number before it first
    ("9:20 bis 11:20" for "9:20 to 11:50" leaves the second 20), a clock time's, date's or
    list's digits only to digits; returns the unmatched of each side."""
    free = list(target)
    missing: list[Number] = []
    before_source, before_target = _joined_before(source), _joined_before(target)
    for number in sorted(source, key=lambda n: n.weak):
        where = number.start / max(1, source_len)
        before = before_source.get(number.start)
        best, nearest = None, 3.0  # relative distances are at most 1, plus 1 for another neighbour
        for i, candidate in enumerate(free):
            if number.part and not candidate.digits:
                continue  # the hour of "6:30" is not the "sechs" of "sechs Betreuer"
            if number.matches(candidate) and _same_parts(number, candidate):
                distance = abs(candidate.start / max(1, target_len) - where)
                if before != before_target.get(candidate.start):
                    distance += 1  # another number joined before it ("11:20" for the "20" of "9:20")
                if number.digits != candidate.digits:
                    distance += _OTHER_FORM  # "10%" is the "10 %", not the "zehnten" of the target
                if distance < nearest:
                    best, nearest = i, distance
        if best is None:
            missing.append(number)
            continue
        candidate = free[best]
        if candidate.part and not number.part and _DECIMAL.search(number.text):
            # the whole token ("0.0" read as 0 and 0) stands for the decimal
            free = [n for n in free if (n.start, n.end) != (candidate.start, candidate.end)]
        else:
            del free[best]
    missing.sort(key=lambda n: n.start)
    return missing, free


def _joined_before(found: Sequence[Number]) -> dict[int, frozenset[float]]:
    """For each number that follows another with one character between ("9:15", "14.10."),
    by its start, the values of the one before: a clock time's minutes go with their hour."""
    ends = {n.end: n.values for n in found}
    return {n.start: ends[n.start - 1] for n in found if n.start - 1 in ends}


def _same_parts(number: Number, candidate: Number) -> bool:
    """A decimal of the source ("1.0") found as one part of a token the target's convention
    reads as parts ("1.6": 1 and 6 in German) only when the token has the same digits: "1.6"
    for "1.0" is a changed number, not a list that holds a 1."""
    if not candidate.part or number.part or not number.digits or not _DECIMAL.search(number.text):
        return True
    return _DIGIT_RUNS.findall(number.text) == _DIGIT_RUNS.findall(candidate.text)


def broken_up(number: Number, extra: list[Number]) -> tuple[Number, Number] | None:
    """A scaled source number whose parts turn up apart in the target ("vier ... Millionen")."""
    if not number.scaled:
        return None
    for scale in extra:
        if not scale.bare_scale:
            continue
        for part in extra:
            if part is scale or not (0 < scale.start - part.end <= _SPLIT_WINDOW):
                continue
            if any(abs(p * s - v) < 1e-6 for p in part.values for s in scale.values for v in number.values):
                return part, scale
    return None
