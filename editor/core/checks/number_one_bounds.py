"""A bound before a word for one ("at least one adult") said with the opposite bound
("al massimo un responsabile"): numbers() reads no such word, as most are articles. A helper
of ``number_mismatch``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Fix
from editor.core.checks.number_bounds import bound_phrases, clause_negated
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import one_words
from editor.core.checks.wordtrie import alternatives


def turned_one(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """A bound before a word for one ("at least one adult") said with the opposite bound
    before the target language's ("al massimo un responsabile"), and none with its direction:
    numbers() reads no such word, as most are articles. Not after a negation."""
    ours, theirs = _one_bounds(source_lang), _one_bounds(target_lang)
    if ours is None or theirs is None:
        return  # (the caller tests may_bound first: most sentences bound nothing)
    lowered = source.lower()
    found = (m for m in _one_bounded(ours[0], lowered) if not clause_negated(source, m.start(), source_lang))
    said = next(found, None)
    written_lower = target.lower() if said is not None else ""
    if said is None or len(lowered) != len(source) or len(written_lower) != len(target):
        return  # (a letter whose lowercase is longer, "İ", would shift the offsets)
    direction = ours[1][said.group("phrase").lower()][0]
    written = [
        m
        for m in _one_bounded(theirs[0], written_lower)
        if not clause_negated(target, m.start(), target_lang)
    ]
    sides = [theirs[1][m.group("phrase").lower()] for m in written]
    if not written or any(side == direction for side, _ in sides):
        return
    start, end = written[0].span("phrase")
    fix = sides[0][1]
    fix = fix[0].upper() + fix[1:] if target[start:end][:1].isupper() else fix
    yield Slip(
        start,
        end,
        f"'{target[start:end]}' bounds the number the other way than '{said.group('phrase')}' in the source",
        Fix(start, end, fix),
        said.span("phrase"),
    )


def _one_bounded(pattern: re.Pattern[str], lowered: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_one_bounds`'s pattern that open a word ("over one", not the
    "over" of "turnover one")."""
    return (m for m in pattern.finditer(lowered) if not lowered[m.start() - 1 : m.start()].isalpha())


@lru_cache(maxsize=32)
def _one_bounds(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None:
    """A bound phrase of the language right before its word for one (in a text in lowercase:
    a case-insensitive scan is several times slower), and each phrase's direction and
    opposite."""
    phrases = bound_phrases(code)
    if not phrases:
        return None
    ones = one_words(code).pattern  # (its words are lowercase, as the text scanned)
    # (set off by commas too: "pode ter, pelo menos, uma tenda")
    return re.compile(rf"(?P<phrase>{alternatives(set(phrases))}),?[\s\u00a0]+(?={ones})"), phrases
