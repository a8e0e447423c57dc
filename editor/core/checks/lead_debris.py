"""Debris that opens a target whose source does not open so: a Markdown heading marker, a
segment number in brackets from a CAT tool's export, a chatbot's preamble to its reply. A
helper of ``stray_artifact``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from editor.core.langdata import language

# "## Title": one to six markers and a space before a letter (not "#1", not "#hashtag").
_HEADING = re.compile(r"#{1,6}[ \u00a0]+(?=[^\W\d_])")
# "[4] Text", "[12]\tText": a number in brackets before the text.
_NUMBERED = re.compile(r"\[\d{1,4}\][ \t\u00a0]+(?=\S)")
# A word of the source about translating ("translation", "übersetzt"): then the target may say it.
_STEM = 3  # letters dropped from a reply opener's longest word to make the stem looked for
# After a reply opener: up to three more words ("into French"), then a colon, or a line break
# or the end.
_OPENER_END = r"(?:[ \u00a0][^\W\d_]+){0,3}[ \u00a0]*(?::[ \u00a0]*|\s*\n\s*|\s*$)"


class Lead(NamedTuple):
    end: int
    what: str


def lead_debris(source: str, target: str, source_lang: str, target_lang: str) -> Lead | None:
    """The debris that opens ``target`` (it starts at 0), if the source opens with none of it."""
    first = target[:1]
    if first == "#":
        m = _HEADING.match(target)
        if m is not None and not source.lstrip().startswith("#"):
            return Lead(m.end(), "a Markdown heading marker")
        return None
    if first == "[":
        m = _NUMBERED.match(target)
        if m is not None and not _NUMBERED.match(source.lstrip()):
            return Lead(m.end(), "a segment number in brackets")
        return None
    pattern = _reply_opener(target_lang)
    if pattern is None or not first.isalpha():
        return None
    m = pattern.match(target)
    if m is None or any(stem in source.casefold() for stem in _stems(source_lang)):
        return None
    return Lead(m.end(), "a chatbot's preamble to the translation")


@lru_cache(maxsize=32)
def _reply_opener(code: str) -> re.Pattern[str] | None:
    openers = language(code).reply_openers
    if not openers:
        return None
    alternatives = "|".join(re.escape(opener) for opener in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives}){_OPENER_END}", re.IGNORECASE)


@lru_cache(maxsize=32)
def _stems(code: str) -> tuple[str, ...]:
    """Stems of the source language's words about translating; English's where it has none."""
    openers = language(code).reply_openers or language("en").reply_openers
    longest = (max(opener.split(), key=len) for opener in openers)
    return tuple({word[: max(len(word) - _STEM, _STEM + 2)] for word in longest})
