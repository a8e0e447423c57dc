"""Straight quotation marks ("…") in a target language that has its own („…“, «…»): where the
source writes typographic ones, or the translation writes its language's elsewhere. A helper
of ``punctuation``."""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.checks.base import CheckContext, Severity
from editor.core.checks.prose import running_prose, technical_document
from editor.core.checks.quote_marks import QuoteSlip, writes_own_marks
from editor.core.checks.stats import STRAIGHT_PAIR, TYPOGRAPHIC, QuoteStats, quoted_prose, quoted_words
from editor.core.langdata import language
from editor.core.model import Segment

_OPENING_MARKS = "\u201c\u201e\u00ab"  # “ „ «
_CLOSING_MARKS = "\u201d\u201c\u00bb"  # ” “ »


def straight_quotes(segment: Segment, context: CheckContext) -> Iterator[QuoteSlip]:
    """Straight quotation marks where the source writes typographic ones and the target
    language has its own ("…" for „…“): information, as some teams keep straight ones by
    convention; a warning when the same segment writes the language's marks, or when the
    translation renders the source's quotations in them and in straight ones only once or
    twice (see :attr:`QuoteStats.flattened_slips`). Where the source writes straight ones or
    none, a warning when the paragraph writes the language's marks; information when the
    document does."""
    source, target = segment.source, segment.target
    styles = language(context.target_lang).quotes
    primary = opener, closer = styles[0]
    if opener == '"':
        return
    quotes = getattr(context.stats, "quotes", None)
    if isinstance(quotes, QuoteStats) and quotes.style != opener:
        # the language's other style, which the document writes ("«…»" in Portuguese)
        opener, closer = next(pair for pair in styles if pair[0] == quotes.style)
    if '"' in source or not TYPOGRAPHIC.search(source):
        # The source's straight quotes say nothing of the translation's style; the
        # document's own quotations do.
        everyday = not technical_document(context.stats) and running_prose(source)
        if writes_own_marks(segment, context):
            # the same paragraph writes both styles
            message = f"Straight quotation marks beside {opener}…{closer} in the same paragraph"
            severity = Severity.WARNING
        elif isinstance(quotes, QuoteStats) and (quotes.few_straight or (everyday and not quotes.native)):
            # a translation's only quotations, once or twice, left in the source's marks (in
            # everyday prose, names quoted as the source writes them too: "Warm Winter")
            name = language(context.target_lang).name
            message = f"Straight quotation marks where {name} writes {opener}…{closer}"
            severity = Severity.WARNING if quotes.few_straight or not quotes.straight else Severity.INFO
        elif isinstance(quotes, QuoteStats) and everyday and quotes.native and not quotes.straight:
            # an everyday translation that quotes in the language's marks elsewhere and in
            # straight ones nowhere but where the source does ("ON AIR" beside «…»)
            message = f"Straight quotation marks where this translation writes {opener}…{closer}"
            severity = Severity.WARNING
        elif not isinstance(quotes, QuoteStats) or not quotes.native_style:
            return
        else:
            # information: translations by several hands mix styles (message catalogues),
            # each many times; once or twice, it is a slip
            message = f"Straight quotation marks where this translation writes {opener}…{closer}"
            severity = Severity.WARNING if quotes.straight_slips else Severity.INFO
        # words quoted as the source writes them are a literal ("git fetch"), kept as it is;
        # in everyday prose, a name's quotation marks are the language's too ("Warm Winter"),
        # and so are a word's ("répondu "approuvé"": no value of a program there)
        for m in STRAIGHT_PAIR.finditer(target):
            said = m.group(1)
            if (quoted_prose(said) or (everyday and said.replace(" ", "").rstrip(".").isalpha())) and (
                everyday or said not in source
            ):
                yield QuoteSlip(
                    m.start(), m.end(), message, _requoted(said, opener, closer, context), severity
                )
        return
    message = f"Straight quotation marks where the source has typographic ones: {opener}…{closer}"
    # the source's other quotations are in the language's marks: these are slips
    slipped = (
        "Straight quotation marks where the source has typographic ones, which this "
        f"translation writes {opener}…{closer} elsewhere"
    )
    slips = isinstance(quotes, QuoteStats) and quotes.flattened_slips
    if isinstance(quotes, QuoteStats) and not quotes.rendered:
        slipped = message  # (the translation's only quotations)
    own = primary[0] in target  # the primary style's (not "“" in Japanese)
    pairs = list(STRAIGHT_PAIR.finditer(target))
    for m in pairs:
        fix = _requoted(m.group(1), opener, closer, context)
        if own:
            yield QuoteSlip(m.start(), m.end(), message, fix, Severity.WARNING)
        elif slips and quoted_words(m.group(1)):
            yield QuoteSlip(m.start(), m.end(), slipped, fix, Severity.WARNING)
        else:
            yield QuoteSlip(m.start(), m.end(), message, fix, Severity.INFO)
    if not pairs:
        severity = Severity.WARNING if own or slips else Severity.INFO
        yield from _straight_edges(source.strip(), target, opener, closer, severity)


def _requoted(said: str, opener: str, closer: str, context: CheckContext) -> str:
    """``said`` in the language's marks, with the no-break spaces inside them that it writes
    ("« approuvé »" in French)."""
    if language(context.target_lang).spaced_quotes == (opener, closer):
        return f"{opener}\u00a0{said.strip()}\u00a0{closer}"
    return opener + said + closer


def _straight_edges(
    source: str, target: str, opener: str, closer: str, severity: Severity
) -> Iterator[QuoteSlip]:
    """A quotation over several sentences: the source's segment opens (or closes) it with a
    typographic mark and the translation's with a straight one."""
    start, end = len(target) - len(target.lstrip()), len(target.rstrip())
    if source[:1] in _OPENING_MARKS and target[start : start + 1] == '"':
        why = f"Straight quotation mark where the source opens with {source[0]}: {opener}"
        yield QuoteSlip(start, start + 1, why, opener, severity)
    if source[-1:] in _CLOSING_MARKS and end and target[end - 1] == '"' and target.count('"') == 1:
        why = f"Straight quotation mark where the source closes with {source[-1]}: {closer}"
        yield QuoteSlip(end - 1, end, why, closer, severity)
