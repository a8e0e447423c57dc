"""How often the document's translations keep a capitalised word of the source as written."""

from __future__ import annotations

from collections import Counter

from editor.core.checks.base import CheckContext
from editor.core.checks.lexicon import zipf
from editor.core.checks.names import Name
from editor.core.checks.stats_terms import TermStats, source_capitals, term_key, term_stats, term_variant
from editor.core.model import Segment

KEPT_ELSEWHERE = 2  # how often the document's translations keep a capitalised word as written
_KEPT_SHARE = 0.8  # ... against how often its sources write it
_MIN_KEPT_WORD = 4  # shorter words are not counted in the sources (stats_terms)
_TARGET_KNOWN = 1.0  # Zipf points a word is commoner in the source language: no target word


def kept_count(word: str, segment: Segment, terms: TermStats, least: int) -> int:
    """How often the document's translations keep a word as written, where that is at least
    ``least`` times and about as often as its other sources write it with a capital inside
    a sentence (else 0: translated as often as not, a label, "File", "Authentication")."""
    kept = terms.variants_of(word).get(term_variant(word), 0)
    if kept < least:
        return 0
    written = terms.capitals[word] - source_capitals(segment.source).count(word)
    return kept if kept >= _KEPT_SHARE * written else 0


def always_kept(name: Name, segment: Segment, context: CheckContext) -> int:
    """How often the document's other translations keep a name of everyday words as written
    ("Old Mill" kept in a French text), where each of its words is no word of the target
    language (far less common there than in the source's), is kept at least twice and never
    translated (kept as often as the other sources write it with a capital), and its words
    are kept side by side; else 0."""
    terms = term_stats(context.stats)
    if terms is None or not terms.capitals:
        return 0
    least = 0
    for word in name.words:
        if len(word) < _MIN_KEPT_WORD or not word.isalpha():
            return 0
        if zipf(word, context.target_lang) > zipf(word, context.source_lang) - _TARGET_KNOWN:
            return 0  # a word of the target language too ("Park", "Hotel"): kept whatever it names
        kept = kept_count(word, segment, terms, KEPT_ELSEWHERE)
        written = terms.capitals[word] - source_capitals(segment.source).count(word)
        if not kept or kept < written:
            return 0
        least = kept if not least else min(least, kept)
    for first, second in zip(name.words, name.words[1:], strict=False):
        # the name's words kept side by side, as the name ("Old Mill"), not each apart
        pair = f"{first} {second}"
        least = min(least, terms.spaced.get(term_key(pair), Counter()).get(term_variant(pair), 0))
    return least if least >= KEPT_ELSEWHERE else 0
