"""A bound before a number turned around in the translation: "at least €45" as "höchstens 45
€" (at most), "more than 5" as "moins de 5". The phrases are the languages' ``bounds``, each
a lower bound with its opposite upper bound (:mod:`editor.core.checks.number_directions`
reads the words of a change the same way)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from editor.core.checks.base import Fix
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language

_LOOK_BACK = 32  # characters before a number where its bound phrase may stand
_LOWER, _UPPER = "lower", "upper"
_WORD = re.compile(r"[^\W\d_]+")
# A negation in the few words before a bound turns it ("do not take more than 8" is "at most
# 8"): no phrase is compared there.
_CLAUSE, _NEGATION_WORDS = 40, 4


@lru_cache(maxsize=32)
def _bounds(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]], frozenset[str]] | None:
    """A pattern for a bound phrase right before a number (maybe a word of up to three letters
    and a currency sign between: "a minimum of €30", "au moins 30"), each phrase's direction
    and opposite, and the language's words of negation."""
    data = language(code)
    if not data.bounds:
        return None
    phrases = opposites(data.bounds, _LOWER, _UPPER)
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![^\W\d_])(?P<phrase>{alternation})[\s\u00a0]+(?:[^\W\d_]{{1,3}}['’]?[\s\u00a0]*)?"
        r"(?:[^\w\s]{1,2}[\s\u00a0]?)?\Z",
        re.IGNORECASE,
    )
    return pattern, phrases, data.negations


def opposites(pairs: tuple[tuple[str, str], ...], first: str, second: str) -> dict[str, tuple[str, str]]:
    """Each phrase of a table of opposites with its side (``first`` or ``second``) and its
    opposite (the first listed where a phrase has several)."""
    phrases: dict[str, tuple[str, str]] = {}
    for one, other in pairs:
        phrases.setdefault(one, (first, other))
        phrases.setdefault(other, (second, one))
    return phrases


def negated(text: str, start: int, negations: frozenset[str], count: int = _NEGATION_WORDS) -> bool:
    """Whether a negation stands in the ``count`` words before ``start`` in its clause."""
    before = _WORD.findall(text, max(0, start - _CLAUSE), start)[-count:]
    return any(word.lower() in negations for word in before)


def bound_before(text: str, number: Number, code: str) -> tuple[str, int, int] | None:
    """The bound phrase right before ``number`` (lowercase), and where it stands; none after a
    negation ("not at least", "cannot have more than")."""
    tables = _bounds(code)
    if tables is None or not number.digits or number.part:
        return None
    pattern, _, negations = tables
    found = pattern.search(text, max(0, number.start - _LOOK_BACK), number.start)
    if found is None:
        return None
    if negated(text, found.start(), negations):
        return None  # "cannot have more than 8", "не должно быть больше 8"
    return found.group("phrase").lower(), found.start("phrase"), found.end("phrase")


def may_bound(lower: str, code: str) -> bool:
    """Whether ``lower`` (a text in lowercase) holds a bound phrase of the language: a
    substring test per phrase."""
    data = language(code)
    if not data.bounds:
        return False
    return any(low in lower or up in lower for low, up in data.bounds)


def turned_bounds(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Numbers of the source with a bound before them whose equal in the target has the
    opposite bound before it, and none with the source's direction."""
    ours, theirs = _bounds(source_lang), _bounds(target_lang)
    if ours is None or theirs is None:
        return
    for number in said:
        bound = bound_before(source, number, source_lang)
        if bound is None:
            continue
        direction = ours[1][bound[0]][0]
        turned = None
        for other in written:
            if other.part or not number.matches(other):
                continue
            theirs_bound = bound_before(target, other, target_lang)
            if theirs_bound is None:
                continue
            if theirs[1][theirs_bound[0]][0] == direction:
                turned = None
                break  # said with the same direction
            turned = turned or theirs_bound
        if turned is not None:
            phrase, start, end = turned
            fix = theirs[1][phrase][1]
            written_phrase = target[start:end]
            fix = fix[0].upper() + fix[1:] if written_phrase[:1].isupper() else fix
            yield Slip(
                start,
                end,
                f"'{written_phrase}' bounds the number the other way than "
                f"'{source[bound[1] : bound[2]]}' in the source",
                Fix(start, end, fix),
                (bound[1], bound[2]),
            )
