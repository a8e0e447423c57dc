"""The clauses of a sentence and their counterparts in its translation (used by
:mod:`negation` to tell where in the translation a lost negation belongs)."""

from __future__ import annotations

import re

from editor.core.checks.negation_words import WORD

# Where a clause ends: a comma or colon (not one inside a number, "3,5", "10:30"), a
# bracket, a sentence mark before a space
CLAUSE_END = re.compile(r"[,;:](?!\d)|[()]|[.!?…](?=\s|$)")


def clauses(text: str) -> list[tuple[int, int, bool]]:
    """The clauses of ``text`` that hold a word, parted by commas, colons, brackets and
    sentence marks: their spans, and whether a sentence mark ends each."""
    parts, start = [], 0
    for m in CLAUSE_END.finditer(text):
        if WORD.search(text, start, m.start()):
            parts.append((start, m.start(), m.group() in ".!?…"))
        start = m.end()
    if WORD.search(text, start):
        parts.append((start, len(text), True))
    return parts


def aligned(source: str, target: str) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """The clauses of ``source`` paired with those of ``target`` in order, where both have the
    same clauses (as many, a sentence mark ending the same ones); None where they differ."""
    source_parts, target_parts = clauses(source), clauses(target)
    if [p[2] for p in source_parts] != [p[2] for p in target_parts]:
        return None
    return [((a, b), (c, d)) for (a, b, _), (c, d, _) in zip(source_parts, target_parts, strict=True)]


def counterpart(source: str, target: str, at: int) -> tuple[int, int] | None:
    """The span of the clause of ``target`` that renders the clause of ``source`` holding
    offset ``at`` (from its first word to its last), where both have the same clauses; else
    None."""
    pairs = aligned(source, target)
    for (a, b), (c, d) in pairs or ():
        if a <= at < b:
            words = list(WORD.finditer(target, c, d))
            return (words[0].start(), words[-1].end()) if words else None
    return None
