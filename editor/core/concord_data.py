"""Negative concord: the words for "nobody", "nothing" and "none" that Spanish, Portuguese
and Italian write after a verb only with a negation before it ("no compartan … con nadie");
and the paraphrases of a negation that may close a clause as a verb's particle instead."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Concord:
    """Word classes of one language, lowercase (see each field)."""

    # The words ("nadie", "nada", "ningún"): one after a verb with no negation before it in
    # its clause ("que compartan este código con nadie") negates nothing of its own; it is
    # what is left of a negation that was lost.
    words: frozenset[str] = frozenset()
    # Words after which a clause opens ("que", "si", "cuando"): one of the words right after
    # one stands before its verb ("que nadie lo comparta"), or compares ("más que nadie").
    openers: frozenset[str] = frozenset()
    # Paraphrases of a negation (``negation_paraphrases``) that also close a clause as a
    # separable verb's particle ("statt" of "finden … statt", to take place): there they
    # paraphrase nothing.
    particles: frozenset[str] = frozenset()
