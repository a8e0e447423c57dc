"""How often the document's translations keep a capitalised word of the source as written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from editor.core.checks.base import CheckContext
from editor.core.checks.lexicon import zipf
from editor.core.checks.names import Name, lone_capitals
from editor.core.checks.prose import running_prose
from editor.core.checks.stats_terms import TermStats, source_capitals, term_key, term_stats, term_variant
from editor.core.model import Segment
from editor.core.text import SPACELESS_CHAR

if TYPE_CHECKING:
    from editor.core.checks.name_targets import TargetIndex

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
    ("Old Corn Exchange" kept in a French text): kept at least twice, and no word of the target
    language (far less common there than in the source's); a name of two words or more (of
    four letters or more), kept once, its words side by side, not all of them the target
    language's. Never translated (kept as often as the other sources write it with a capital);
    else 0."""
    terms = term_stats(context.stats)
    if terms is None or not terms.capitals:
        return 0
    # a name of two words or more kept side by side once is a name kept ("Old Corn Exchange")
    need = 1 if len(name.words) > 1 else KEPT_ELSEWHERE
    least = 0
    # its short words ("Old") are not counted: two counted words or more, or the one
    counted = [word for word in name.words if len(word) >= _MIN_KEPT_WORD]
    if len(counted) < min(2, len(name.words)) or not all(word.isalpha() for word in name.words):
        return 0
    if need == 1 and (
        all(_target_word(word, context) for word in counted) or SPACELESS_CHAR.search(segment.target)
    ):
        return 0  # ("Park Hotel" in German; a script without spaces runs words together)
    for word in counted:
        if len(counted) == 1 and _target_word(word, context):
            return 0  # a word of the target language too ("Park", "Hotel"): kept whatever it names
        kept = kept_count(word, segment, terms, need)
        written = terms.capitals[word] - source_capitals(segment.source).count(word)
        if not kept or kept < written:
            return 0
        least = kept if not least else min(least, kept)
    for first, second in zip(counted, counted[1:], strict=False):
        # the name's words kept side by side, as the name ("Corn Exchange"), not each apart
        pair = f"{first} {second}"
        least = min(least, terms.spaced.get(term_key(pair), Counter()).get(term_variant(pair), 0))
    return least if least >= need else 0


def _target_word(word: str, context: CheckContext) -> bool:
    """Whether a word is about as common in the target language as in the source's."""
    return zipf(word, context.target_lang) > zipf(word, context.source_lang) - _TARGET_KNOWN


def dropped_kept(
    segment: Segment, context: CheckContext, index: Callable[[], TargetIndex]
) -> Iterator[tuple[int, str, int]]:
    """An everyday word the source writes with a capital ("Linux or Windows") is no name by
    itself; where the document's translations keep it as written, it is one, and a translation
    that drops or translates it is probably wrong. Each such word of the source missing from
    ``index()`` (the target's words), with its offset and how often it is kept elsewhere."""
    terms = term_stats(context.stats)
    if terms is None or not terms.variants or not running_prose(segment.source):
        return
    for start, word in lone_capitals(segment.source, context.source_lang):
        kept = kept_count(word, segment, terms, KEPT_ELSEWHERE)
        if kept and not index().find(word):
            yield start, word, kept
