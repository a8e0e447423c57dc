"""Document-wide statistics built once per check pass and shared by per-segment checks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.checks.paragraph_breaks import BreakStats
from editor.core.checks.prose import RegisterStats
from editor.core.checks.spaced_marks import SpacingStats, quote_spacing_stats, spacing_stats
from editor.core.checks.stats_address import AddressStats
from editor.core.checks.stats_terms import SegmentLookup, TermStats, TermStatsBuilder
from editor.core.checks.unit_glue import UnitStats
from editor.core.langdata import language
from editor.core.model import Document, Segment
from editor.core.text import text_width


@dataclass
class LengthStats:
    """Characters of source and target over segments where both sides have text; for a
    language written in wide characters, display widths (see :func:`measure`)."""

    source_chars: int = 0
    target_chars: int = 0
    wide: tuple[bool, bool] = (False, False)  # (source, target) in a wide script

    def add(self, segment: Segment, sign: int = 1) -> None:
        if segment.source.strip() and segment.target.strip():
            self.source_chars += sign * (text_width if self.wide[0] else len)(segment.source)
            self.target_chars += sign * (text_width if self.wide[1] else len)(segment.target)

    @property
    def ratio(self) -> float | None:
        """Target characters per source character in this document, once there is enough text."""
        if self.source_chars < _MIN_CHARS_FOR_RATIO:
            return None
        return self.target_chars / self.source_chars


_MIN_CHARS_FOR_RATIO = 200
# A pair of straight double quotes around a short text ("…").
STRAIGHT_PAIR = re.compile(r'"([^"\n]{1,200})"')
# A quotation of words, not of code ("%s", "$@", "org.kde", "help set"): words and a space,
# none of the characters of code.
_CODE = re.compile(r"[%$\\/_={}<>@#|.:-]\S|\S[%$\\/_={}<>@#|]")
_HOUSE_STYLE = 2  # segments with the language's own quotation marks that make them the document's
_DOMINANT = 3  # ... and how many times as many as those with straight quotation marks
# Typographic quotation marks: a source that writes them is typeset with care.
TYPOGRAPHIC = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]")
# Quotations of the source written in straight marks that are a translation's slips, not its
# convention: a convention recurs (a catalogue by several hands writes both, dozens of times)
_SLIPS = 2
_SINGLE_MARKS = "\u2018\u201a\u2039\u203a"  # ‘ ‚ ‹ ›: nested quotations, not a style


def quoted_prose(quoted: str) -> bool:
    """Whether the text inside quotation marks is words of prose: two or more, no code."""
    return " " in quoted.strip() and any(ch.isalpha() for ch in quoted) and _CODE.search(quoted) is None


def quoted_words(quoted: str) -> bool:
    """Whether the text inside quotation marks is words of prose or one word with a capital,
    a label or a name ("Report"; not a value, "always")."""
    return quoted_prose(quoted) or (quoted.isalpha() and quoted.istitle())


@dataclass
class QuoteStats:
    """How the translation writes its quotations: segments with the target language's own
    opening mark ("„") and segments with a pair of straight ones."""

    opener: str = ""  # the target language's primary opening mark; "" when it is straight
    # every opening double mark of the language's styles ("“" and "«" in Portuguese)
    openers: tuple[str, ...] = ()
    styles: dict[str, int] = field(default_factory=dict)  # segments with each of them

    @property
    def style(self) -> str:
        """The opening mark the document writes most (the primary one among equals)."""
        marks = self.openers or (self.opener,)
        return max(marks, key=lambda mark: (self.styles.get(mark, 0), mark == self.opener))

    native: int = 0
    straight: int = 0
    # segments whose source quotes in typographic marks only: rendered with the language's
    # opener, or with straight marks around words
    rendered: int = 0
    flattened: int = 0
    # ... rendered in the source language's marks (“…” in German), which the language does not write
    foreign: int = 0

    def add(self, segment: Segment, sign: int = 1) -> None:
        if not self.opener:
            return
        target = segment.target
        written = [mark for mark in self.openers or (self.opener,) if mark in target]
        native = bool(written)
        if native:
            self.native += sign
            for mark in written:
                self.styles[mark] = self.styles.get(mark, 0) + sign
        if '"' in target and any(
            quoted_prose(m.group(1)) and m.group(1) not in segment.source
            for m in STRAIGHT_PAIR.finditer(target)
        ):
            self.straight += sign  # words of the translation's own in straight quotation marks
        source = segment.source
        if "\u201d" in target and "\u201c" in target and "\u201c" not in (self.openers or (self.opener,)):
            self.foreign += sign  # the source language's marks (“…” in German)
        if '"' not in source and TYPOGRAPHIC.search(source):
            if self.opener in target:
                self.rendered += sign
            elif '"' in target and any(quoted_words(m.group(1)) for m in STRAIGHT_PAIR.finditer(target)):
                self.flattened += sign

    def merge(self, other: QuoteStats) -> None:
        """Take in the counts ``other`` made of other segments (every count field)."""
        for name in ("native", "straight", "rendered", "flattened", "foreign"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mark, count in other.styles.items():
            self.styles[mark] = self.styles.get(mark, 0) + count

    @property
    def native_style(self) -> bool:
        """Whether the document writes the language's own marks, not straight ones."""
        return self.native >= _HOUSE_STYLE and self.native >= _DOMINANT * self.straight

    @property
    def few_straight(self) -> bool:
        """Whether the translation writes none of the language's marks and straight ones
        around its own words once or twice: slips, not a convention."""
        return self.native == 0 and 0 < self.straight <= _SLIPS

    @property
    def straight_slips(self) -> bool:
        """Whether the document writes the language's own marks and straight ones only once
        or twice: those are slips, not a second hand's convention."""
        return self.native_style and self.straight <= _SLIPS

    @property
    def flattened_slips(self) -> bool:
        """Whether the translation writes the source's typographic quotations in straight
        marks only once or twice, and no more often than in the language's: those are slips
        (a text that writes straight ones throughout keeps a convention; one with a single
        quotation, the pipeline flattened)."""
        return 0 < self.flattened <= min(max(self.rendered, 1), _SLIPS)

    @property
    def foreign_slips(self) -> bool:
        """The same for the source language's marks (“…” in German): once or twice, slips."""
        return 0 < self.foreign <= min(max(self.rendered, 1), _SLIPS)


def _quote_stats(lang: str) -> QuoteStats:
    opener = language(lang).quotes[0][0] if lang else '"'
    if opener == '"':
        return QuoteStats()
    data = language(lang)
    # the styles a quotation may open with (not those only written inside one, "„" in Russian)
    pairs = data.quotes[:1] if data.outer_quotes_only else data.quotes
    return QuoteStats(opener=opener, openers=tuple(mark for mark, _ in pairs if mark not in _SINGLE_MARKS))


@dataclass
class DocumentStats:
    """What per-segment checks need to know about the rest of the document."""

    segments: int
    terms: TermStats = field(default_factory=TermStats)
    lengths: LengthStats = field(default_factory=LengthStats)
    quotes: QuoteStats = field(default_factory=QuoteStats)
    spacing: SpacingStats = field(default_factory=SpacingStats)
    quote_spacing: SpacingStats = field(default_factory=SpacingStats)
    units: UnitStats = field(default_factory=UnitStats)
    address: AddressStats = field(default_factory=AddressStats)
    breaks: BreakStats = field(default_factory=BreakStats)
    register: RegisterStats = field(default_factory=RegisterStats)

    @classmethod
    def build(cls, document: Document) -> DocumentStats:
        builder = DocumentStatsBuilder(document, (document.source_lang, document.target_lang))
        for segment in document:
            builder.add(segment)
        return builder.finish()

    def update(self, old: Segment, new: Segment) -> None:
        """Keep the statistics current after one edit (fits ``Document.subscribe``)."""
        self.terms.update(old, new)
        self.lengths.add(old, -1)
        self.lengths.add(new)
        self.quotes.add(old, -1)
        self.quotes.add(new)
        self.spacing.add(old, -1)
        self.spacing.add(new)
        self.quote_spacing.add(old, -1)
        self.quote_spacing.add(new)
        self.units.add(old, -1)
        self.units.add(new)
        self.address.add(old, -1)
        self.address.add(new)
        if old.source != new.source:  # (the register is the sources': an edit of a target keeps it)
            self.register.add(old, -1)
            self.register.add(new)


class DocumentStatsBuilder:
    """Builds :class:`DocumentStats` in one pass over the segments, in order, keeping none of
    them; ``lookup`` is where checks will find other segments by id, ``languages`` (source,
    target) say how lengths are measured."""

    def __init__(self, lookup: SegmentLookup | None, languages: tuple[str, str] = ("", "")) -> None:
        self._terms = TermStatsBuilder(lookup)
        self._lengths = LengthStats(wide=(wide_script(languages[0]), wide_script(languages[1])))
        self._quotes = _quote_stats(languages[1])
        self._spacing = spacing_stats(languages[1])
        self._quote_spacing = quote_spacing_stats(languages[1])
        self._units = UnitStats(languages[1])
        self._address = AddressStats(languages[1])
        self._breaks = BreakStats()
        self._register = RegisterStats()
        self._count = 0

    def add(self, segment: Segment) -> None:
        self._terms.add(segment)
        self._lengths.add(segment)
        self._quotes.add(segment)
        self._spacing.add(segment)
        self._quote_spacing.add(segment)
        self._units.add(segment)
        self._address.add(segment)
        self._breaks.add(segment)
        self._register.add(segment)
        self._count += 1

    def merge(self, other: DocumentStatsBuilder) -> None:
        """Take in what ``other`` saw of the segments that follow this one's."""
        self._terms.merge(other._terms)
        self._lengths.source_chars += other._lengths.source_chars
        self._lengths.target_chars += other._lengths.target_chars
        self._quotes.merge(other._quotes)
        self._spacing.merge(other._spacing)
        self._quote_spacing.merge(other._quote_spacing)
        self._units.merge(other._units)
        self._address.merge(other._address)
        self._breaks.merge(other._breaks)
        self._register.merge(other._register)
        self._count += other._count

    def finish(self) -> DocumentStats:
        return DocumentStats(
            segments=self._count,
            terms=self._terms.finish(),
            lengths=self._lengths,
            quotes=self._quotes,
            spacing=self._spacing,
            quote_spacing=self._quote_spacing,
            units=self._units,
            address=self._address,
            breaks=self._breaks,
            register=self._register,
        )


def measure(lang: str) -> Callable[[str], int]:
    """How the length of a text in ``lang`` is measured: display width for a language written
    in wide characters ("演算子族" is as long as "operator"), else characters (the cheap
    way: a scan for wide characters costs more than the rest of the length check)."""
    return text_width if wide_script(lang) else len


def wide_script(lang: str) -> bool:
    return bool(lang) and language(lang).wide_script
