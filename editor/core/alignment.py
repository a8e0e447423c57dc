"""Monotone n:m alignment of paragraphs and sentences: Gale–Church lengths plus lexical anchors.

Lengths carry most of the signal; anchors that survive translation (numbers, names, acronyms)
break ties, so that an MT which lost a sentence boundary still aligns two source sentences with
one target sentence (2-1) instead of drifting.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Gale & Church (1993) priors for bead shapes, as -log probabilities.
_PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 1): 0.045,
    (1, 2): 0.045,
    (2, 2): 0.011,
}
PARAGRAPH_SHAPES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
SENTENCE_SHAPES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
_VARIANCE = 6.8
_ANCHOR_WEIGHT = 1.5
_INDEL_COST = 1.0
_ANCHOR_RE = re.compile(
    r"\d+(?:[.,]\d+)*"  # numbers
    r"|(?<=\w\W)[A-Z][\w-]*[A-Z0-9][\w-]*"  # inner capitals or digits (OpenAI, GPT-4)
    r"|\b[A-Z]{2,}\b"  # acronyms
    r"|(?<=[a-z,;:] )[A-Z][a-z]+"  # capitalised words mid-sentence
)


@dataclass(frozen=True, slots=True)
class Bead:
    """One aligned group: ``src`` and ``tgt`` are half-open index ranges into the inputs."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    score: float

    @property
    def kind(self) -> str:
        return f"{self.src_end - self.src_start}-{self.tgt_end - self.tgt_start}"


def anchors(text: str) -> frozenset[str]:
    """Tokens likely to survive translation unchanged: numbers, names, acronyms."""
    out = set()
    for m in _ANCHOR_RE.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            tok = re.sub(r"[.,]", "", tok)
        out.add(tok)
    return frozenset(out)


def _length_probability(src_len: int, tgt_len: int, ratio: float) -> float:
    """Two-sided probability that tgt_len arises from src_len under the length model."""
    if src_len == 0 and tgt_len == 0:
        return 1.0
    mean = (src_len + tgt_len / ratio) / 2
    delta = (tgt_len - src_len * ratio) / math.sqrt(_VARIANCE * max(mean, 1.0))
    return max(2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2)))), 1e-300)


def align(
    src_lengths: Sequence[int],
    tgt_lengths: Sequence[int],
    *,
    src_anchors: Sequence[frozenset[str]] | None = None,
    tgt_anchors: Sequence[frozenset[str]] | None = None,
    shapes: Sequence[tuple[int, int]] = SENTENCE_SHAPES,
    src_breaks: frozenset[int] = frozenset(),
    tgt_breaks: frozenset[int] = frozenset(),
    ratio: float | None = None,
    band: int | None = None,
) -> list[Bead]:
    """Align two sequences of units by dynamic programming; returns beads in order.

    ``*_breaks`` are unit indices that start a new block (a paragraph): no bead may
    contain a break except at its first unit. ``band`` limits the search to a diagonal
    corridor (for long inputs); by default it is unlimited.
    """
    n, m = len(src_lengths), len(tgt_lengths)
    if ratio is None:
        ratio = (sum(tgt_lengths) or 1) / (sum(src_lengths) or 1)
        ratio = min(max(ratio, 0.2), 5.0)
    sa = src_anchors or [frozenset()] * n
    ta = tgt_anchors or [frozenset()] * m
    src_pref = _prefix(src_lengths)
    tgt_pref = _prefix(tgt_lengths)
    inf = math.inf
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    slope = m / n if n else 0.0
    for i in range(n + 1):
        lo, hi = 0, m
        if band is not None:
            centre = round(i * slope)
            lo, hi = max(0, centre - band), min(m, centre + band)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for a, b in shapes:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev = cost.get((pi, pj))
                if prev is None:
                    continue
                if any(pi < k < i for k in src_breaks) or any(pj < k < j for k in tgt_breaks):
                    continue
                ls = src_pref[i] - src_pref[pi]
                lt = tgt_pref[j] - tgt_pref[pj]
                if a and b:
                    p = _length_probability(ls, lt, ratio)
                    c = -math.log(p) - math.log(_PRIORS[(a, b)])
                else:
                    # Gale–Church's length term makes any omission look impossibly
                    # expensive; a fixed cost lets a real omission beat a lopsided merge.
                    p = 0.0
                    c = _INDEL_COST - math.log(_PRIORS[(a, b)])
                c += _ANCHOR_WEIGHT * _unmatched(sa[pi:i], ta[pj:j])
                total = prev + c
                if total < best:
                    best, arg = total, (pi, pj, p)
            if arg is not None:
                cost[(i, j)] = best
                back[(i, j)] = arg
    if (n, m) not in cost:
        if band is not None:
            return align(
                src_lengths, tgt_lengths, src_anchors=src_anchors, tgt_anchors=tgt_anchors,
                shapes=shapes, src_breaks=src_breaks, tgt_breaks=tgt_breaks, ratio=ratio,
                band=None if band > max(n, m) else band * 4,
            )
        raise ValueError("no alignment satisfies the paragraph breaks")
    beads = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, p = back[(i, j)]
        beads.append(Bead(pi, i, pj, j, _score(p, sa[pi:i], ta[pj:j])))
        i, j = pi, pj
    beads.reverse()
    return beads


def _prefix(lengths: Sequence[int]) -> list[int]:
    out = [0]
    for length in lengths:
        out.append(out[-1] + length)
    return out


def _union(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets) if sets else frozenset()


def _unmatched(src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]]) -> int:
    a, b = _union(src), _union(tgt)
    return len(a - b) + len(b - a)


def _score(p: float, src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]]) -> float:
    """A 0–1 confidence: the length fit, blended with anchor agreement where there are anchors."""
    if not src or not tgt:
        return 0.0
    a, b = _union(src), _union(tgt)
    if not a and not b:
        return round(p, 3)
    agreement = len(a & b) / len(a | b)
    return round(0.5 * p + 0.5 * agreement, 3)
