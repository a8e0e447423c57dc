"""A coordinate's hemisphere turned: "4.5° W" written "4,5° E" (another place). Letters are
read by each language's ``compass_letters``: "O" is east in German, west in French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.number_slip import Slip
from editor.core.langdata import language

_SPACE = "[ \u00a0\u202f]"
_NAMES = {"n": "north", "s": "south", "e": "east", "w": "west"}


class _Point(NamedTuple):
    degrees: str  # as a number, "." for the decimal mark
    direction: str
    start: int
    end: int


@lru_cache(maxsize=32)
def _coordinate(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """Degrees, maybe minutes and seconds, and a compass letter of the language after them."""
    letters = dict(language(code).compass_letters)
    if not letters:
        return None
    said = "|".join(re.escape(w) for w in sorted(letters, key=len, reverse=True))
    part = r"\d+(?:[.,]\d+)?"
    return (
        re.compile(
            rf"(?<![\w.,])({part}){_SPACE}?°(?:{_SPACE}?{part}{_SPACE}?[′'])?"
            rf"(?:{_SPACE}?{part}{_SPACE}?[″\"])?{_SPACE}?({said})(?![^\W\d_])"
        ),
        letters,
    )


def _points(text: str, code: str) -> list[_Point]:
    found = _coordinate(code)
    if found is None:
        return []
    pattern, letters = found
    return [
        _Point(m.group(1).replace(",", "."), letters[m.group(2)], m.start(), m.end())
        for m in pattern.finditer(text)
    ]


def turned_hemispheres(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """Coordinates of the target whose degrees the source gives with another compass
    direction, and never with the target's."""
    if "°" not in source or "°" not in target:
        return
    said = _points(source, source_lang)
    if not said:
        return
    for point in _points(target, target_lang):
        same = [p for p in said if p.degrees == point.degrees]
        if not same or any(p.direction == point.direction for p in same):
            continue
        other = same[0]
        message = (
            f"'{target[point.start : point.end]}' is {_NAMES[point.direction]}; the source's "
            f"'{source[other.start : other.end]}' is {_NAMES[other.direction]}"
        )
        yield Slip(point.start, point.end, message, None, (other.start, other.end), warning=False)
