"""untranslated: a target that is the source, or runs of source-language words left in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.memo import TokenMemo
from editor.core.checks.registry import register
from editor.core.model import Segment
from editor.core.text import normalize

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MIN_RUN = 3  # words in a row copied from the source that read as the source language
_MARGIN = 1.0  # Zipf points a word must be more common in the source language
_LEXICAL = 2.5  # a word at least this common in the source language is a real word there


@register
class UntranslatedCheck(Check):
    id = "untranslated"
    name = "Untranslated text"
    description = (
        "The target is the source unchanged, or holds a run of words copied from the source "
        "that belong to the source language, not the target language."
    )
    severity = Severity.WARNING
    category = "Accuracy/Untranslated"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source, target = segment.source, segment.target
        if not source.strip() or not target.strip():
            return
        if context.source_lang.split("-")[0] == context.target_lang.split("-")[0]:
            return
        if normalize(source).strip().casefold() == normalize(target).strip().casefold():
            if _foreign_words(target, context) >= 1:
                yield self.issue(
                    segment,
                    context,
                    0,
                    len(target),
                    "The target is the source text, untranslated",
                    severity=Severity.ERROR,
                )
            return
        yield from self._fragments(segment, context)

    def _fragments(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not (has_lexicon(context.source_lang) and has_lexicon(context.target_lang)):
            return  # no word lists: no word can be told to be foreign
        if not _foreign_words_in(context.source_lang, context.target_lang).any_suspect(segment.target):
            return  # no source-language word in the target at all: most segments stop here
        source_words = set(_WORD.findall(segment.source.casefold()))
        run: list[re.Match[str]] = []
        for m in [*_WORD.finditer(segment.target), None]:
            if m is not None and m.group().casefold() in source_words and _is_foreign(m.group(), context):
                run.append(m)
                continue
            if len(run) >= _MIN_RUN and _adjacent(segment.target, run):
                start, end = run[0].start(), run[-1].end()
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{segment.target[start:end]}' is copied from the source, untranslated",
                )
            run = []


@lru_cache(maxsize=16)
def _foreign_words_in(source_lang: str, target_lang: str) -> TokenMemo:
    """Remembers which tokens hold a word of the source language that the target language
    does not use."""
    context = CheckContext(source_lang=source_lang, target_lang=target_lang)
    return TokenMemo(lambda token: any(_is_foreign(w, context) for w in _WORD.findall(token)))


def _is_foreign(word: str, context: CheckContext) -> bool:
    """A word of the source language that the target language does not use."""
    if not (has_lexicon(context.source_lang) and has_lexicon(context.target_lang)):
        return False
    there = zipf(word, context.source_lang)
    return there >= _LEXICAL and there - zipf(word, context.target_lang) >= _MARGIN


def _foreign_words(text: str, context: CheckContext) -> int:
    return sum(1 for w in _WORD.findall(text) if _is_foreign(w, context))


def _adjacent(text: str, run: list[re.Match[str]]) -> bool:
    """The words follow each other with only spaces (or light punctuation) between them."""
    return all(not text[a.end() : b.start()].strip(" ,'’-") for a, b in zip(run, run[1:], strict=False))
