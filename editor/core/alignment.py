"""Monotone n:m alignment of paragraphs and sentences: Gale–Church lengths plus lexical anchors.

Lengths carry most of the signal; anchors that survive translation (numbers, names, acronyms)
break ties, so that an MT which lost a sentence boundary still aligns two source sentences with
one target sentence (2-1) instead of drifting.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

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


_CAPITAL_RE = re.compile(r"\d+(?:[.,]\d+)*|[A-Z][\w-]*")
_INNER_CAPITAL = re.compile(r"[A-Z0-9]")
_MID_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz,;:")


def anchors(text: str) -> frozenset[str]:
    """Tokens likely to survive translation unchanged: numbers, names, acronyms.

    Numbers lose their separators (1,234 and 1.234 meet); a capitalised token counts when it
    has inner capitals or digits (OpenAI, GPT-4), is an acronym, or stands mid-sentence.
    """
    out = set()
    for m in _CAPITAL_RE.finditer(text):
        tok = m.group()
        start = m.start()
        if tok[0].isdigit():
            if start and text[start - 1].isalpha():
                continue
            out.add(tok.replace(".", "").replace(",", ""))
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # not at a word start
        rest = tok[1:]
        if _INNER_CAPITAL.search(rest):
            if len(tok) >= 2 and (tok.isupper() or start >= 2):
                out.add(tok)
            continue
        mid_sentence = start >= 2 and text[start - 1] == " " and text[start - 2] in _MID_SENTENCE
        if mid_sentence and rest.isalpha():
            out.add(tok)
    return frozenset(out)


_WORDISH = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d][\w-]*")


def anchors_among(text: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """The anchors of ``vocabulary`` (another text's anchors) that occur in ``text`` as words.

    Wherever they stand: a name that opens the translated sentence still anchors it.
    """
    if not vocabulary:
        return frozenset()
    found = set(_WORDISH.findall(text))
    for tok in [t for t in found if t[0].isdigit()]:
        found.add(tok.replace(".", "").replace(",", ""))
    return frozenset(found & vocabulary)


def _length_probability(src_len: int, tgt_len: int, ratio: float) -> float:
    """Two-sided probability that tgt_len arises from src_len under the length model."""
    if src_len == 0 and tgt_len == 0:
        return 1.0
    mean = (src_len + tgt_len / ratio) / 2
    delta = (tgt_len - src_len * ratio) / math.sqrt(_VARIANCE * max(mean, 1.0))
    return max(math.erfc(abs(delta) / _SQRT2), 1e-300)


_SQRT2 = math.sqrt(2)
_PRIOR_COST = {shape: -math.log(p) for shape, p in _PRIORS.items()}


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
    sa = list(src_anchors) if src_anchors else [frozenset()] * n
    ta = list(tgt_anchors) if tgt_anchors else [frozenset()] * m
    if n == m and (1, 1) in shapes and not src_breaks and not tgt_breaks:
        diagonal = _confident_diagonal(src_lengths, tgt_lengths, sa, ta, ratio)
        if diagonal is not None:
            return diagonal
    cost, back = _search(n, m, shapes, sa, ta, src_lengths, tgt_lengths, src_breaks, tgt_breaks, ratio, band)
    if (n, m) not in cost:
        if band is not None:
            return align(
                src_lengths,
                tgt_lengths,
                src_anchors=src_anchors,
                tgt_anchors=tgt_anchors,
                shapes=shapes,
                src_breaks=src_breaks,
                tgt_breaks=tgt_breaks,
                ratio=ratio,
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


_CONFIDENT = 0.5


def _confident_diagonal(
    src_lengths: Sequence[int],
    tgt_lengths: Sequence[int],
    sa: Sequence[frozenset[str]],
    ta: Sequence[frozenset[str]],
    ratio: float,
) -> list[Bead] | None:
    """The 1-1 diagonal when every pair fits well by length and no target unit holds an
    anchor of another source unit; None when the search is needed.

    Most sentence pairs of a translation are such runs; skipping the search for them keeps
    import linear without changing what the search would find.
    """
    beads = []
    for k, (ls, lt) in enumerate(zip(src_lengths, tgt_lengths, strict=False)):
        p = _length_probability(ls, lt, ratio)
        if p < _CONFIDENT or not ta[k] <= sa[k]:
            return None
        beads.append(Bead(k, k + 1, k, k + 1, _score(p, sa[k : k + 1], ta[k : k + 1])))
    return beads


def _search(
    n: int,
    m: int,
    shapes: Sequence[tuple[int, int]],
    sa: Sequence[frozenset[str]],
    ta: Sequence[frozenset[str]],
    src_lengths: Sequence[int],
    tgt_lengths: Sequence[int],
    src_breaks: frozenset[int],
    tgt_breaks: frozenset[int],
    ratio: float,
    band: int | None,
) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], tuple[int, int, float]]]:
    """The dynamic programme: cheapest cost of every reachable (i, j) and its back pointer.

    One tight loop with local names: it runs for every paragraph of a big import.
    """
    src_pref, tgt_pref = _prefix(src_lengths), _prefix(tgt_lengths)
    src_block, tgt_block = _blocks(n, src_breaks), _blocks(m, tgt_breaks)
    steps = [(a, b, _PRIOR_COST[(a, b)] + (0.0 if a and b else _INDEL_COST)) for a, b in shapes]
    length_cost = _length_costs(ratio)
    src_runs = {a: _runs(sa, a) for a, _ in shapes if a > 1}
    tgt_runs = {b: _runs(ta, b) for _, b in shapes if b > 1}
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    slope = m / n if n else 0.0
    for i in range(n + 1):
        lo, hi = 0, m
        if band is not None:
            centre = round(i * slope)
            lo, hi = max(0, centre - band), min(m, centre + band)
        for j in range(max(lo, 0 if i else 1), hi + 1):
            best, arg = math.inf, None
            for a, b, fixed in steps:
                pi, pj = i - a, j - b
                prev = cost.get((pi, pj)) if pi >= 0 and pj >= 0 else None
                # A bead may not straddle a paragraph break.
                if (
                    prev is None
                    or (a > 1 and src_block[pi] != src_block[i - 1])
                    or (b > 1 and tgt_block[pj] != tgt_block[j - 1])
                ):
                    continue
                c, p = (
                    length_cost(src_pref[i] - src_pref[pi], tgt_pref[j] - tgt_pref[pj])
                    if a and b
                    else (0.0, 0.0)
                )
                s_set = sa[pi] if a == 1 else (_EMPTY if a == 0 else src_runs[a][pi])
                t_set = ta[pj] if b == 1 else (_EMPTY if b == 0 else tgt_runs[b][pj])
                total = prev + fixed + c + (_ANCHOR_WEIGHT * len(s_set ^ t_set) if s_set or t_set else 0.0)
                if total < best:
                    best, arg = total, (pi, pj, p)
            if arg is not None:
                cost[(i, j)], back[(i, j)] = best, arg
    return cost, back


@lru_cache(maxsize=8)
def _length_costs(ratio: float) -> Callable[[int, int], tuple[float, float]]:
    """A memoised (cost, probability) of a bead's lengths; lengths repeat across a document.

    Gale–Church's length term would make any omission look impossibly expensive, so 1-0
    and 0-1 beads pay the fixed ``_INDEL_COST`` instead (see ``_search``).
    """

    @lru_cache(maxsize=1 << 16)
    def cost(src_len: int, tgt_len: int) -> tuple[float, float]:
        p = _length_probability(src_len, tgt_len, ratio)
        return -math.log(p), p

    return cost


def _blocks(n: int, breaks: frozenset[int]) -> list[int]:
    """Block number of each unit: it grows by one at every break."""
    out, block = [], 0
    for k in range(n):
        if k in breaks:
            block += 1
        out.append(block)
    return out


def _prefix(lengths: Sequence[int]) -> list[int]:
    out = [0]
    for length in lengths:
        out.append(out[-1] + length)
    return out


_EMPTY: frozenset[str] = frozenset()


def _runs(sets: Sequence[frozenset[str]], width: int) -> list[frozenset[str]]:
    """The union of ``width`` consecutive sets starting at each index."""
    return [_union(sets[k : k + width]) for k in range(len(sets))]


def _union(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets) if sets else frozenset()


def _score(p: float, src: Sequence[frozenset[str]], tgt: Sequence[frozenset[str]]) -> float:
    """A 0–1 confidence: the length fit, blended with anchor agreement where there are anchors."""
    if not src or not tgt:
        return 0.0
    a, b = _union(src), _union(tgt)
    if not a and not b:
        return round(p, 3)
    agreement = len(a & b) / len(a | b)
    return round(0.5 * p + 0.5 * agreement, 3)
