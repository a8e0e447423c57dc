"""Sufficient statistics of TER, chrF and BLEU per segment, and their sums for the document.

Hypothesis = the MT as imported, reference = the post-edited target (HTER's convention). The
document values come from summed statistics, exactly as sacrebleu's ``corpus_score`` computes
them, so an edit changes the totals by one subtraction and one addition. An unedited segment's
statistics have a closed form (no edit, every n-gram matches) and cost a tokenisation only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

_CHRF_ORDER = 6
_BLEU_ORDER = 4


@lru_cache(maxsize=1)
def _metrics() -> tuple[TER, CHRF, BLEU]:
    """The metrics of the document figures: sacrebleu's defaults, as ``corpus_score`` uses them
    (a corpus without any 4-gram match scores BLEU 0, not the mean of the orders it has)."""
    return TER(), CHRF(), BLEU()


@lru_cache(maxsize=1)
def _sentence_bleu() -> BLEU:
    """BLEU of one segment, with the effective order sacrebleu advises for sentence BLEU: a
    short segment without 4-grams is scored on the orders it has. Same statistics, other score."""
    return BLEU(effective_order=True)


@dataclass(frozen=True, slots=True)
class SegmentScores:
    """One segment's edit distances and metric statistics (MT -> current target)."""

    chars_distance: int
    chars_total: int  # the longer of the two texts, in characters
    words_distance: int
    ter: tuple[float, float]  # (edits, reference words)
    chrf: tuple[int, ...]  # sacrebleu's chrF statistics
    bleu: tuple[int, ...]  # sacrebleu's BLEU statistics

    @property
    def chars_ratio(self) -> float:
        return self.chars_distance / self.chars_total if self.chars_total else 0.0

    @property
    def hter(self) -> float:
        edits, words = self.ter
        return 100 * edits / words if words else (100.0 if edits else 0.0)

    def chrf_score(self) -> float:
        return float(_metrics()[1]._compute_score_from_stats(list(self.chrf)).score)

    def bleu_score(self) -> float:
        return float(_sentence_bleu()._compute_score_from_stats(list(self.bleu)).score)


def scores_for(mt: str, target: str) -> SegmentScores:
    """The scores of one segment; sacrebleu's own statistics unless the target is the MT."""
    ter, chrf, bleu = _metrics()
    if mt == target:
        return _unedited(mt)
    edits = ter._extract_corpus_statistics([mt], [[target]])[0]
    return SegmentScores(
        chars_distance=Levenshtein.distance(mt, target),
        chars_total=max(len(mt), len(target)),
        words_distance=Levenshtein.distance(mt.split(), target.split()),
        ter=(edits[0], edits[1]),
        chrf=tuple(chrf._extract_corpus_statistics([mt], [[target]])[0]),
        bleu=tuple(bleu._extract_corpus_statistics([mt], [[target]])[0]),
    )


def _unedited(text: str) -> SegmentScores:
    """Closed forms for hypothesis == reference (checked against sacrebleu in the tests)."""
    chars = len("".join(text.split()))
    chrf: list[int] = []
    for n in range(1, _CHRF_ORDER + 1):
        count = max(0, chars - n + 1)
        chrf += [count, count, count]
    tokens = len(_metrics()[2].tokenizer(text.rstrip()).split()) if text.strip() else 0
    ngrams = [max(0, tokens - n + 1) for n in range(1, _BLEU_ORDER + 1)]
    return SegmentScores(
        chars_distance=0,
        chars_total=len(text),
        words_distance=0,
        ter=(0.0, float(len(text.split()))),
        chrf=tuple(chrf),
        bleu=(tokens, tokens, *ngrams, *ngrams),
    )


class Totals:
    """Summed statistics of many segments; add and remove in O(1)."""

    def __init__(self) -> None:
        self.chars_distance = 0
        self.chars_total = 0
        self.words_distance = 0
        self.ter = [0.0, 0.0]
        self.chrf = [0] * (3 * _CHRF_ORDER)
        self.bleu = [0] * (2 + 2 * _BLEU_ORDER)

    def add(self, scores: SegmentScores, sign: int = 1) -> None:
        self.chars_distance += sign * scores.chars_distance
        self.chars_total += sign * scores.chars_total
        self.words_distance += sign * scores.words_distance
        for k, value in enumerate(scores.ter):
            self.ter[k] += sign * value
        for k, count in enumerate(scores.chrf):
            self.chrf[k] += sign * count
        for k, count in enumerate(scores.bleu):
            self.bleu[k] += sign * count

    @property
    def chars_ratio(self) -> float:
        return self.chars_distance / self.chars_total if self.chars_total else 0.0

    def hter(self) -> float:
        return float(_metrics()[0]._compute_score_from_stats(self.ter).score)

    def chrf_score(self) -> float:
        return float(_metrics()[1]._compute_score_from_stats(self.chrf).score)

    def bleu_score(self) -> float:
        return float(_metrics()[2]._compute_score_from_stats(self.bleu).score)
