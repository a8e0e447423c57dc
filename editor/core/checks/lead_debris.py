"""Debris that opens a target whose source does not open so: a Markdown heading marker, a
segment number in brackets from a CAT tool's export, a chatbot's preamble to its reply; and a
chatbot's note on its translation after the text or in brackets ("(Hinweis: 'am' wurde als
Vormittag übersetzt.)"). A helper of ``stray_artifact``."""

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
_SHORT_STEM = 5
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


# A note: in brackets anywhere, or after a sentence's end to the end of the text; a word and a
# colon open it ("Hinweis:", "Note :"), a word about translating is in it.
_BRACKETED_NOTE = re.compile(r"[(\[][ \u00a0]*[*_]*([^\W\d_]+)[*_]*[ \u00a0]*:[^()\[\]\n]{3,300}[)\]]")
_TRAILING_NOTE = re.compile(r"(?<=[.!?\n])[ \u00a0\n]*[*_]*([^\W\d_]+)[*_]*[ \u00a0]*:[^\n]{3,300}\Z")


def translator_note(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a note on the translation that the target adds, if the source speaks of no
    translation: one of the language's words for a note (data ``note_labels``) and a colon,
    and a word about translating after it."""
    if ":" not in target:
        return None
    labels = language(target_lang).note_labels
    if not labels or any(stem in source.casefold() for stem in _stems(source_lang)):
        return None
    stems = _short_stems(target_lang)
    for pattern in (_BRACKETED_NOTE, _TRAILING_NOTE):
        for m in pattern.finditer(target):
            if m.group(1).lower() in labels and any(stem in m.group().casefold() for stem in stems):
                return m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
    return None


@lru_cache(maxsize=32)
def _short_stems(code: str) -> tuple[str, ...]:
    """The first letters of the target language's words about translating ("übers", "tradu")."""
    words = (word for opener in language(code).reply_openers for word in opener.split())
    return tuple({word[:_SHORT_STEM] for word in words if len(word) >= _SHORT_STEM + 2})
