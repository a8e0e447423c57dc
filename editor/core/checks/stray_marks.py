"""Debris of a document's conversion left in running text: a page's counter of a PDF's header
or footer, a link's scheme before an address, a word processor's comment anchor. Helpers of
``stray_artifact``; each finds only what the source does not have itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.langdata import language


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    what: str
    replacement: str | None  # None: deleted with a space beside it


PAGE = "a page's counter from a document's header or footer"
SCHEME = "a link's scheme left before an address"
ANCHOR = "a comment anchor of a word processor"


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=64)
def _page_counter(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """A page's counter ("Seite 1 von 2") in the target's language, the source's or English."""
    pairs = {pair for lang in (target_lang, source_lang, "en") for pair in language(lang).page_counters}
    if not pairs:
        return None
    words = "|".join(rf"{re.escape(page)}\s+(\d{{1,4}})\s+{re.escape(of)}" for page, of in sorted(pairs))
    return re.compile(rf"(?<!\w)(?:{words})\s+(\d{{1,4}})(?!\w|[.,]\d)", re.IGNORECASE)


def page_counters(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Mark]:
    """A page's counter ("Seite 1 von 2") where the source has none: the first number no
    greater than the second, and not both numbers in the source ("on page 3 of 40")."""
    pattern = _page_counter(source_lang, target_lang)
    if pattern is None or pattern.search(source):
        return
    numbers = set(re.findall(r"\d+", source))
    for m in pattern.finditer(target):
        first, last = (g for g in m.groups() if g is not None)
        if int(first) > int(last) or int(first) == 0 or {first, last} <= numbers:
            continue
        yield Mark(m.start(), m.end(), PAGE, None)


# "mailto:" before an e-mail address, "tel:" before a number, not inside markup or a link
_SCHEME = re.compile(r"(?<![\w\"'=(<:/.-])(?:(?i:mailto):(?=[\w.+-]+@\w)|tel:(?=\+?\d))")


def schemes(source: str, target: str) -> Iterator[Mark]:
    """A link's scheme left in prose ("schreiben Sie an mailto:info@…") where the source
    writes none."""
    lowered = source.lower()
    for m in _SCHEME.finditer(target):
        if m.group().lower() not in lowered:
            yield Mark(m.start(), m.end(), SCHEME, "")


# "[AB1]": a reviewer's initials and the comment's number, as a converted .docx prints them
_ANCHOR = re.compile(r"(?<=[\w.,;:!?)\s])\[([^\W\d_]{1,3})(\d{1,3})\]")
_BRACKETED_CODE = re.compile(r"\[[^\W\d_]+\d+\]")


def anchors(source: str, target: str) -> Iterator[Mark]:
    """A comment anchor after a word or a mark, in capitals, where the source has no bracketed
    code of letters and a number ("[F1]", "[ARG1]") that the target's could stand for, nor the
    anchor's letters as a word."""
    if _BRACKETED_CODE.search(source):
        return
    for m in _ANCHOR.finditer(target):
        initials = m.group(1)
        if initials.isupper() and re.search(rf"\b{initials}(?![^\W\d_])", source) is None:
            # (not a code of the source written without its hyphen, "[UTF8]" for "UTF-8")
            glued = not target[m.start() - 1].isspace()  # glued to its word: only the anchor goes
            yield Mark(m.start(), m.end(), ANCHOR, "" if glued else None)


def conversion_marks(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Mark]:
    """This module's marks in ``target``, each kind only past a cheap test of its characters."""
    if _DIGIT.search(target):
        yield from page_counters(source, target, source_lang, target_lang)
    if ":" in target:
        yield from schemes(source, target)
    if "[" in target:
        yield from anchors(source, target)
