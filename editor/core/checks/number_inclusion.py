"""number_mismatch: a bound of the same side as the source's that includes its number where
the source's excludes it, or the other way round ("groups of 10 or more" → "gruppi di più di
10 persone"; "more than 3 rehearsals" → "au moins 3 répétitions"): the count is off by one.
A helper of ``number_mismatch``; the data are ``Opposites.inclusive_bounds`` and
``exclusive_bounds``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from editor.core.checks.number_bounds import directed, negated_bound
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language


def inclusion_slips(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Numbers of the source with a bound of the language's ``inclusive_bounds`` ("at least",
    "or more") or ``exclusive_bounds`` ("more than") whose equal in the target has a bound of
    the same side of the other kind only, neither negated ("no more than" is a bound of its
    own). Bounds of neither kind ("over 18", "ab 18") are read loosely and not compared."""
    ours, theirs = language(source_lang).opposites, language(target_lang).opposites
    if not (ours.exclusive_bounds and theirs.exclusive_bounds):
        return
    for number in said:
        bound = directed(source, number, source_lang, "bounds")
        if bound is None or negated_bound(source, bound, source_lang):
            continue
        including = _includes(bound[0], ours.inclusive_bounds, ours.exclusive_bounds)
        if including is None:
            continue
        kinds = []
        for other in written:
            if other.part or not number.matches(other):
                continue
            written_bound = directed(target, other, target_lang, "bounds")
            if written_bound is None or written_bound[3] != bound[3]:
                continue
            if negated_bound(target, written_bound, target_lang):
                continue
            kind = _includes(written_bound[0], theirs.inclusive_bounds, theirs.exclusive_bounds)
            kinds.append((kind, written_bound))
        if not kinds or any(kind is None or kind == including for kind, _ in kinds):
            continue  # (said of the source's kind, or of neither, somewhere)
        _, (_, start, end, _, _) = kinds[0]
        said_phrase, written_phrase = source[bound[1] : bound[2]], target[start:end]
        how = ("includes", "excludes") if including else ("excludes", "includes")
        yield Slip(
            start,
            end,
            f"'{written_phrase}' {how[1]} the number, which '{said_phrase}' of the source {how[0]}",
            None,
            (bound[1], bound[2]),
        )


def _includes(phrase: str, inclusive: frozenset[str], exclusive: frozenset[str]) -> bool | None:
    """Whether a bound phrase includes its number (True), excludes it (False), or is read
    loosely (None)."""
    lowered = phrase.lower()
    return True if lowered in inclusive else False if lowered in exclusive else None
