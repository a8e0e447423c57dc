"""lost_qualifier's other side: an "always" the translation adds ("são sempre cobradas" for
"are charged in full"), which turns a statement into a rule without exception."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.langdata import language


@lru_cache(maxsize=16)
def _always(code: str) -> re.Pattern[str] | None:
    """The language's words for "always", as whole words, in one case-insensitive scan."""
    words = language(code).always_words
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _licences(code: str) -> re.Pattern[str] | None:
    """The source language's words that a translation may say with its "always": "always"
    itself, "never", "still", "each", "every", and its set phrases with them."""
    data = language(code)
    entries = data.always_words | data.never_words | data.still_words | data.qualifiers.always_phrases
    entries |= data.qualifiers.distributives
    if not entries:
        return None
    alternation = "|".join(map(re.escape, sorted(entries, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _idle(code: str) -> re.Pattern[str] | None:
    """The target language's set phrases whose "always" says something else ("immer mehr":
    more and more, "nog steeds": still, "sempre che": provided that)."""
    phrases = language(code).qualifiers.always_phrases
    if not phrases:
        return None
    alternation = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def added_always(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a word for "always" in ``target`` that no word of ``source`` licenses
    (see :func:`_licences`), outside the target language's set phrases; or None."""
    pattern, licences = _always(target_lang), _licences(source_lang)
    if pattern is None or licences is None or not language(source_lang).always_words:
        return None
    found = pattern.search(target)
    if found is None or licences.search(source) is not None:
        return None
    idle = _idle(target_lang)
    spans = [m.span() for m in idle.finditer(target)] if idle is not None else []
    for m in pattern.finditer(target, found.start()):
        if not any(start <= m.start() < end for start, end in spans):
            return m.span()
    return None
