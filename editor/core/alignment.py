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
# (The order breaks ties: a sentence said twice in a row pairs its first copy, the second is
# the one added.)
SENTENCE_SHAPES = ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2), (2, 2))
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


# A number or a capitalised token: ``\d+(?:[.,]\d+)*|[A-Z][\w-]*``, written to open with one
# character class, which lets the regex engine skip the other characters (most of them) fast.
_CAPITAL_RE = re.compile(r"[\dA-Z](?:(?<=\d)\d*(?:[.,]\d+)*|[\w-]*)")
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
_GROUPED_DIGITS = re.compile(r"\d[.,]\d")  # where a number has a separator


def anchors_among(text: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """The anchors of ``vocabulary`` (another text's anchors) that occur in ``text`` as words.

    Wherever they stand: a name that opens the translated sentence still anchors it.
    """
    if not vocabulary:
        return frozenset()
    if _GROUPED_DIGITS.search(text):  # numbers meet without their separators
        found = set(_WORDISH.findall(text))
        found.update([t.replace(".", "").replace(",", "") for t in found if t[0].isdigit()])
        return frozenset(found & vocabulary)
    # Tokenising the whole text is the slow part, and most of it is in no vocabulary.
    return frozenset(tok for tok in vocabulary if tok in text and _is_word_of(tok, text))


def _is_word_of(tok: str, text: str) -> bool:
    """True when ``tok`` is one of the words of ``text``, looking only around its occurrences:
    no word spans a space, so the words between two spaces are the same on their own."""
    at = text.find(tok)
    while at >= 0:
        end = text.find(" ", at + len(tok))
        if tok in _WORDISH.findall(text, text.rfind(" ", 0, at) + 1, len(text) if end < 0 else end):
            return True
        at = text.find(tok, at + 1)
    return False


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
    if m not in cost[n]:
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
        pi, pj, p = back[i][j]
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


_Side = tuple[int, int]  # a bead side's total length and its anchors as a bit mask


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
) -> tuple[list[dict[int, float]], list[dict[int, tuple[int, int, float]]]]:
    """The dynamic programme: by row i, the cheapest cost of every reachable (i, j) and its
    back pointer.

    One tight loop with local names: it runs for every paragraph of a big import. What does
    not depend on both i and j (a side's length and anchors, whether a bead would straddle a
    paragraph break there) is worked out once per row or column, outside it; anchor sets
    become bit masks, so that the size of a symmetric difference is an integer's bit count.
    """
    bits = {tok: 1 << k for k, tok in enumerate(frozenset().union(*sa, *ta))}
    src_sides = _sides(sa, src_lengths, src_breaks, {a for a, _ in shapes}, bits)
    tgt_sides = _sides(ta, tgt_lengths, tgt_breaks, {b for _, b in shapes}, bits)
    length_cost = _length_costs(ratio)
    inf = math.inf
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int, float]]] = [{} for _ in range(n + 1)]
    cost[0][0] = 0.0
    slope = m / n if n else 0.0
    for i in range(n + 1):
        # The steps that can end in row i, in the order of ``shapes`` (it breaks ties).
        steps = [
            (a, b, _STEP_COST[(a, b)], cost[i - a].get, s_side, tgt_sides[b])
            for a, b in shapes
            if (s_side := src_sides[a][i]) is not None
        ]
        row, back_row = cost[i], back[i]
        lo, hi = 0, m
        if band is not None:
            centre = round(i * slope)
            lo, hi = max(0, centre - band), min(m, centre + band)
        for j in range(max(lo, 0 if i else 1), hi + 1):
            best, arg = inf, None
            for a, b, fixed, prev_cost, (s_len, s_bits), t_sides in steps:
                t_side = t_sides[j]
                if t_side is None:
                    continue
                prev = prev_cost(j - b)
                if prev is None:
                    continue
                t_len, t_bits = t_side
                base = prev + fixed
                anchor = _ANCHOR_WEIGHT * (s_bits ^ t_bits).bit_count()
                if base + anchor >= best:
                    continue  # the length cost is never negative: this step cannot win
                if a and b:
                    c, p = length_cost(s_len, t_len)
                    total = base + c + anchor
                else:
                    total, p = base + anchor, 0.0
                if total < best:
                    best, arg = total, (i - a, j - b, p)
            if arg is not None:
                row[j], back_row[j] = best, arg
    return cost, back


_STEP_COST = {
    shape: prior + (0.0 if shape[0] and shape[1] else _INDEL_COST) for shape, prior in _PRIOR_COST.items()
}


def _sides(
    sets: Sequence[frozenset[str]],
    lengths: Sequence[int],
    breaks: frozenset[int],
    widths: set[int],
    bits: dict[str, int],
) -> dict[int, list[_Side | None]]:
    """For each width and end index k, the length and anchors of a bead side of ``width``
    units ending at k; None where there is no such side or it would straddle a break."""
    n = len(lengths)
    pref = _prefix(lengths)
    masks = [sum(map(bits.__getitem__, s)) for s in sets]  # distinct bits: a sum is a union
    out: dict[int, list[_Side | None]] = {}
    for width in widths:
        sides: list[_Side | None] = [None] * min(width, n + 1)
        for k in range(width, n + 1):
            start = k - width
            if width > 1 and not breaks.isdisjoint(range(start + 1, k)):
                sides.append(None)  # a bead may not straddle a paragraph break
            else:
                mask = 0
                for unit_mask in masks[start:k]:
                    mask |= unit_mask
                sides.append((pref[k] - pref[start], mask))
        out[width] = sides
    return out


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


def _prefix(lengths: Sequence[int]) -> list[int]:
    out = [0]
    for length in lengths:
        out.append(out[-1] + length)
    return out


def _union(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    if len(sets) == 1:
        return sets[0]  # most beads are 1-1: no copy
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
