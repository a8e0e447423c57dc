"""A price's tax said included in the source and added in the translation, or the reverse
("incl. VAT" -> "zzgl. MwSt.", "plus VAT" -> "TTC"): another price, by the tax. And a tax
basis the translation states where the source says nothing of a tax ("€45 per night" ->
"45 € por noche, IVA incluido"): an addition that promises what the source does not."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.prose import running_prose
from editor.core.checks.wordtrie import CaselessWords
from editor.core.langdata import language
from editor.core.model import Segment

_AMOUNT = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
# A tax's name or abbreviation in any of the languages, lowercase.
TAX_WORDS = ("vat", "tax", "gst", "mwst", "ust", "tva", "iva", "btw", "ндс", "ht", "ttc")
# ... opening a word: a source with none says nothing of a tax ("taxi" is enough to stay silent)
_TAX_WORD = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(TAX_WORDS)})", re.IGNORECASE)


def _pattern(entries: frozenset[str]) -> re.Pattern[str] | None:
    """The phrases as whole words, either apostrophe where one stands, up to three words
    (a rate: "VAT at 23% is added") where one writes "…", and a rate before or after the
    tax's word ("inclusief 21% btw", "IVA del 21 % incluido")."""
    if not entries:
        return None
    gap = r"\s+(?:\S+\s+){0,3}?"
    escaped = (gap.join(_words(part) for part in e.split(" … ")) for e in entries)
    words = "|".join(sorted(escaped, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})(?![\w-])", re.IGNORECASE)


_RATE = r"\d+(?:[.,]\d+)?[\s\u00a0]?%"


def _words(part: str) -> str:
    """One part of a phrase as a pattern: its words, a rate allowed around the tax's."""
    said = []
    for word in part.split(" "):
        written = re.escape(word).replace("'", "['’]")
        if word.lower() in TAX_WORDS:
            written = rf"(?:{_RATE}\s+)?{written}(?:\s+(?:[^\W\d_]{{1,3}}\s+)?{_RATE})?"
        said.append(written)
    return r"\s+".join(said)


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's phrases for a tax included and for one added."""
    data = language(lang).qualifiers
    return _pattern(data.tax_included), _pattern(data.tax_excluded)


@lru_cache(maxsize=16)
def _pieces(lang: str) -> CaselessWords:
    """The tax's word of each phrase, or its longest word: a text that holds none, ignoring
    case as the phrases do, holds no phrase (most texts, told by one scan for first letters;
    the phrases' pattern, a lookbehind first, tries every position)."""
    data = language(lang).qualifiers
    pieces = set()
    for entry in data.tax_included | data.tax_excluded:
        words = [word for word in re.split(r"[\s'…]+", entry) if word]
        pieces.add(next((word for word in words if word in TAX_WORDS), max(words, key=len)))
    return CaselessWords(pieces, r"\b")


def _basis(text: str, lang: str) -> tuple[bool, re.Match[str] | None] | None:
    """Whether ``text`` says its tax is included (True) or added (False), with where, if it
    says one of them only."""
    included, excluded = _patterns(lang)
    if included is None or excluded is None:
        return None
    if not _pieces(lang).found_in(text):
        return None
    inc, exc = included.search(text), excluded.search(text)
    if (inc is None) == (exc is None):
        return None
    return (True, inc) if inc is not None else (False, exc)


def tax_slip(segment: Segment, source_lang: str, target_lang: str) -> tuple[int, int, str] | None:
    """(start, end, message) on the target where it says the tax of the source's price the
    other way round, if it does."""
    said = _basis(segment.source, source_lang)
    if said is None or len(_AMOUNT.findall(segment.target)) > len(_AMOUNT.findall(segment.source)):
        return None  # a price the translation adds may be the other one ("(300 € netto)")
    written = _basis(segment.target, target_lang)
    if written is None or written[0] == said[0] or written[1] is None or said[1] is None:
        return None
    how = "included" if said[0] else "added"
    return (
        written[1].start(),
        written[1].end(),
        f"'{written[1].group()}' where the source says the tax is {how} ('{said[1].group()}')",
    )


def tax_added(segment: Segment, source_lang: str, target_lang: str) -> tuple[int, int, str] | None:
    """(start, end, message) on the target's tax basis where the source, which names an amount
    or is a sentence of prose, says nothing of a tax."""
    if not _pieces(target_lang).found_in(segment.target):
        return None  # the common case: no piece of a tax phrase
    if _TAX_WORD.search(segment.source) or not (
        _AMOUNT.search(segment.source) or running_prose(segment.source)
    ):
        return None  # (a sentence of prose may say a payment with no amount: "the rest is paid on the day")
    written = _basis(segment.target, target_lang)
    if written is None or written[1] is None:
        return None
    how = "included" if written[0] else "added"
    phrase = written[1]
    return (
        phrase.start(),
        phrase.end(),
        f"'{phrase.group()}' says the tax is {how}; the source says nothing of a tax",
    )
