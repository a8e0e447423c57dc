"""lost_sentence_boundary: MT ran two sentences together ("… gebracht wurde Im vergangenen …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import groupby

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.langdata import language
from editor.core.model import Segment
from editor.core.segmentation import split_sentences

# A lowercase word, one space, a capitalised word: "wurde Im". Not the first part of a
# compound ("binäre Ein-/Ausgabe", "des Nicht‐Verzeichnisses").
_JOIN = re.compile(r"(?<![\w\-'’])([^\W\d_]*[a-zß-öø-ÿ])( )([A-ZÀ-ÖØ-Þ][^\W\d_]*)(?![\w\-\u2010\u2011/'’.])")


@cache
def _candidate(code: str) -> re.Pattern[str]:
    """A fast first look for :data:`_JOIN` matches whose second word is one of the language's
    function words ("wurde Im"): the pattern starts with a literal space, so the regex engine
    skips to spaces instead of trying every position (~10x faster than ``_JOIN`` itself).
    Finds every text ``_JOIN`` would flag, and a few more, which ``_JOIN`` then settles."""
    words = sorted(w for w in language(code).function_words if w)
    alternatives = []
    for first, group in groupby(words, key=lambda w: w[0]):
        rest = "|".join(sorted((re.escape(w[1:]) for w in group), key=len, reverse=True))
        alternatives.append(f"{re.escape(first.upper())}(?i:{rest})")
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf" (?<=[a-zß-öø-ÿ] )(?:{'|'.join(alternatives)})(?![^\W\d_])")


@register
class LostSentenceBoundaryCheck(Check):
    id = "lost_sentence_boundary"
    name = "Lost sentence boundary"
    description = (
        "A capitalised function word right after a lowercase word with no punctuation between "
        "them (a full stop was lost), checked against the number of sentences in the source."
    )
    severity = Severity.WARNING
    category = "Fluency/Punctuation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        target = segment.target
        if not target.strip():
            return
        if not _candidate(context.target_lang).search(target):
            return
        data = language(context.target_lang)
        joins = [
            m
            for m in _JOIN.finditer(target)
            if m.group(3).lower() in data.function_words
            and m.group(3).lower() not in data.capitalised_pronouns
            and m.group(3) != m.group(3).upper()  # an acronym ("IT", "AI") is no function word
        ]
        if not joins:
            return
        fewer = _sentence_count(target, context.target_lang) < _sentence_count(
            segment.source, context.source_lang
        )
        for m in joins:
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(3)}' after '{m.group(1)}' reads as a new sentence: a full stop seems lost"
                + (" (the source has more sentences)" if fewer else ""),
                fix=Fix(m.start(), m.end(), f"{m.group(1)}. {m.group(3)}"),
                severity=Severity.ERROR if fewer else None,
            )


def _sentence_count(text: str, lang: str) -> int:
    return len(split_sentences(text, lang)) if text.strip() else 0
