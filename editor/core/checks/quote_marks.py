"""Which quotation marks a translation writes: the target language's own, the source
language's, or another language's ("„…“" in Portuguese); and accents written for apostrophes
("dell´acqua")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.base import CheckContext, Severity
from editor.core.checks.lexicon import zipf
from editor.core.checks.stats import QuoteStats, quoted_words
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment


def writes_own_marks(segment: Segment, context: CheckContext, outer: bool = False) -> bool:
    """Whether the segment's paragraph (as far as the document statistics know it) writes
    one of the target language's typographic opening marks (``outer``: its first)."""
    quotes = language(context.target_lang).quotes[: 1 if outer else None]
    openers = [opener for opener, _ in quotes if opener != '"']
    terms = term_stats(context.stats)
    paragraph = terms.paragraph(segment) if terms is not None else [segment]
    return any(opener in part.target for part in paragraph for opener in openers)


class QuotePair(NamedTuple):
    """Quotation marks a translation should not write, and a pattern of a quotation in them."""

    opener: str
    closer: str  # the cheap test: a text without it has no such quotation
    pattern: re.Pattern[str]
    nested: bool = False  # the target language's own, written only inside another quotation
    mixed: bool = False  # the target language's opener, closed by a mark of no style of its own


class QuoteSlip(NamedTuple):
    start: int
    end: int
    why: str
    fix: str
    severity: Severity


def _quotation(opener: str, closer: str) -> re.Pattern[str]:
    """A quotation in these marks: the opener at a word's start, the closer at a word's end
    (so an apostrophe, "geht’s", is none)."""
    return re.compile(
        rf"(?<![^\s(\[\u2014\u2013-]){re.escape(opener)}(?=\S)"
        rf"([^{re.escape(opener + closer)}\n]{{1,300}}?)(?<=\S){re.escape(closer)}(?![^\W\d_])"
    )


@lru_cache(maxsize=32)
def foreign_pairs(source_lang: str, target_lang: str) -> tuple[QuotePair, ...]:
    """The source language's typographic quotation pairs that the target language does not
    write, or writes only inside another quotation (data ``outer_quotes_only``: English “…”
    in Russian, which opens with «…»); and German low marks where the target language never
    writes them (the opener as the cheap test)."""
    source, target = language(source_lang).quotes, language(target_lang).quotes
    if target[0][0] == '"':
        return ()
    used = {mark for pair in target for mark in pair}
    inner = target[1:] if language(target_lang).outer_quotes_only else ()
    found = []
    for opener, closer in source:
        if opener == '"' or (opener, closer) == target[0]:
            continue
        if (opener, closer) in inner:
            found.append(QuotePair(opener, closer, _quotation(opener, closer), nested=True))
        elif (opener, closer) not in target and closer not in used:
            found.append(QuotePair(opener, closer, _quotation(opener, closer)))
    # Single angle quotes, the inner marks of a language that opens with double ones ("‹…›"
    # in French, whose quotation is «…»), outside a quotation; spaced as the outer ones may be
    if target[0] == ("\u00ab", "\u00bb") and ("\u2039", "\u203a") in target[1:]:
        found.append(
            QuotePair(
                "\u2039",
                "\u203a",
                re.compile(
                    "(?<![^\\s(\\[\u2014\u2013-])\u2039[ \u00a0\u202f]?(?=\\S)"
                    "([^\u2039\u203a\u00ab\u00bb\\n]{1,300}?)(?<=\\S)[ \u00a0\u202f]?\u203a(?![^\\W\\d_])"
                ),
                nested=True,
            )
        )
    # German-style low opening marks, which no language without them writes: a quotation of
    # another language's style wherever it comes from ("„Esperamos…“" in Portuguese)
    for opener in _LOW_OPENERS:
        if opener in used or any(opener == pair.opener for pair in found):
            continue
        closers = _LOW_OPENERS[opener]
        found.append(
            QuotePair(
                opener,
                opener,
                re.compile(
                    rf"(?<![^\s(\[\u2014\u2013-]){opener}(?=\S)([^{opener}{closers}\n]{{1,300}}?)(?<=\S)"
                    rf"[{closers}](?![^\W\d_])"
                ),
            )
        )
    # Guillemets where the language writes none ("«…»" in Dutch): another language's style
    if "\u00ab" not in used and "\u00bb" not in used:
        found.append(
            QuotePair(
                "\u00ab",
                "\u00ab",  # (the opener as the cheap test, as for low marks: another language's)
                re.compile(
                    "(?<![^\\s(\\[\u2014\u2013-])\u00ab[ \u00a0\u202f]?(?=\\S)"
                    "([^\u00ab\u00bb\\n]{1,300}?)(?<=\\S)[ \u00a0\u202f]?\u00bb(?![^\\W\\d_])"
                ),
            )
        )
    # The language's own opener closed by a double closing mark it never writes ("„…”" in
    # German, which closes with "“").
    for opener, closer in target:
        if opener in _STRAIGHT_OR_SINGLE:
            continue
        for other in _DOUBLE_CLOSERS:
            if other not in used:
                found.append(
                    QuotePair(
                        opener,
                        other,
                        re.compile(
                            rf"(?<![^\s(\[\u2014\u2013-]){re.escape(opener)}(?=\S)"
                            rf"([^{re.escape(opener + closer + _DOUBLE_CLOSERS)}\n]{{1,300}}?)(?<=\S)"
                            rf"{re.escape(other)}(?![^\W\d_])"
                        ),
                        mixed=True,
                    )
                )
    # The language's opener closed by the closer of its pair of the other kind, double for
    # single ("„…‘", "‚…“" in German): not a closer that is an apostrophe ("’") or an opener.
    openers = {pair[0] for pair in target}
    for opener, closer in target:
        for other_opener, other in target:
            if (
                (opener in _SINGLE_MARKS) == (other in _SINGLE_MARKS)
                or other in openers
                or other in "'\u2019"
                or opener in "'\u2019\""
            ):
                continue
            found.append(
                QuotePair(
                    opener,
                    other,
                    re.compile(
                        rf"(?<![^\s(\[\u2014\u2013-]){re.escape(opener)}[ \u00a0\u202f]?(?=\S)"
                        rf"([^{re.escape(opener + closer + other_opener + other)}\n]{{1,300}}?)(?<=\S)"
                        rf"[ \u00a0\u202f]?{re.escape(other)}(?![^\W\d_])"
                    ),
                    mixed=True,
                )
            )
    return tuple(found)


def foreign_quotes(
    segment: Segment, context: CheckContext, foreign: tuple[QuotePair, ...]
) -> list[QuoteSlip]:
    """Quotations in marks of another language's style (English “…” in German, which writes
    „…“): a warning where the document or the paragraph writes the language's own marks, else
    information (a house style). German low marks in a language that never writes them
    ("„Esperamos“") are a warning. Marks the language writes only inside a quotation, outside
    one ("“…”" in Russian), are a warning where the translation writes its outer marks
    anywhere, else information. A literal quoted as the source quotes it ("‘%s’") is kept."""
    target = segment.target
    data = language(context.target_lang)
    pairs = data.quotes
    quotes = getattr(context.stats, "quotes", None)
    stats = quotes if isinstance(quotes, QuoteStats) else None
    native = writes_own_marks(segment, context) or (stats is not None and stats.native_style)
    single = next((pair for pair in pairs if pair[0] in _SINGLE_OPENERS), pairs[0])
    found = []
    for pair in foreign:
        if pair.closer not in target or pair.opener not in target:
            continue  # each pattern opens with its opener and ends with its closer
        opener, closer = single if pair.opener in _SINGLE_OPENERS and not pair.nested else pairs[0]
        for m in pair.pattern.finditer(target):
            if m.group() in segment.source and not (
                stats and stats.foreign_slips and quoted_words(m.group(1))
            ):
                continue  # a literal ("‘%s’"), or a document that keeps the source's marks
            if pair.mixed:
                own = dict(pairs)[pair.opener]
                why = (
                    f"Quotation opened with {pair.opener} but closed with {pair.closer}, where "
                    f"{data.name} closes it with {own}"
                )
                found.append(QuoteSlip(m.start(), m.end(), why, m.group()[:-1] + own, Severity.WARNING))
                continue
            if pair.nested:
                if target.count(opener, 0, m.start()) > target.count(closer, 0, m.start()):
                    continue  # inside a quotation: where the language writes them
                why = (
                    f"Quotation marks {pair.opener}…{pair.closer} outside a quotation, where "
                    f"{data.name} writes {opener}…{closer}"
                )
                warn = (
                    pair.opener == "\u2039"  # no style opens a quotation with it
                    or (stats is not None and (stats.native > 0 or stats.foreign_slips))
                    or writes_own_marks(segment, context, outer=True)
                )
            else:
                whose = "another" if pair.closer == pair.opener else "the source's"
                why = (
                    f"Quotation marks {m.group()[0]}…{m.group()[-1]} of {whose} language, where "
                    f"{data.name} writes {opener}…{closer}"
                )
                warn = native or pair.closer == pair.opener or (stats is not None and stats.foreign_slips)
            severity = Severity.WARNING if warn else Severity.INFO
            inner = m.group(1)
            if pair.nested and data.spaced_quotes == (opener, closer):
                inner = f"\u00a0{inner}\u00a0"  # French « … »
            found.append(QuoteSlip(m.start(), m.end(), why, opener + inner + closer, severity))
    return found


# Low opening quotation marks and the marks that close them in the languages that write them
_LOW_OPENERS = {"\u201e": "\u201c\u201d"}
_SINGLE_OPENERS = "\u201a\u2039\u2018"  # ‚ ‹ ‘
_STRAIGHT_OR_SINGLE = "\"'\u201a\u2039\u203a\u2018\u2019"
_SINGLE_MARKS = "\u201a\u2018\u2019\u2039\u203a'"  # ‚ ‘ ’ ‹ › '
_DOUBLE_CLOSERS = "\u201c\u201d\u00ab\u00bb\u300d"  # “ ” « » 」


# A mark that looks like an apostrophe between two letters, where an apostrophe belongs
# ("dell´acqua", "l′hôtel"): an accent typed on a keyboard whose apostrophe key is elsewhere,
# a prime or a modifier letter of a converter or a font. (A backtick only as the text's one,
# after a cased letter and before a lowercase one, "l`acqua" or "L`acqua": Markdown and
# programs quote code with pairs of them.)
_LOOKALIKES = {
    "\u00b4": "an accent",
    "\u02ca": "an accent",
    "`": "an accent",
    "\u2032": "a prime",
    "\u02b9": "a prime",
}
_ACCENT_APOSTROPHE = re.compile(r"[\u00b4\u02ca`\u2032\u02b9](?<=[^\W\d_].)(?=[^\W\d_])")


def accent_apostrophes(text: str, source: str) -> list[tuple[int, str, str]]:
    """Where ``text`` writes an accent or a prime for an apostrophe, with the apostrophe it
    writes elsewhere (the typographic one where it writes none) and what the mark is, unless
    the source writes such a mark between letters too (a transliteration: "Qur´an")."""
    if text.isascii() and "`" not in text:
        return []
    found = []
    for m in _ACCENT_APOSTROPHE.finditer(text):
        at = m.start()
        if m.group() == "`" and (
            text.count("`") > 1
            or "'" in text[at:]
            or not (text[at - 1].isupper() or text[at - 1].islower())
            or not text[at + 1].islower()
        ):
            continue  # code's marks, GNU's `quote', a mark of a script without case
        if _ACCENT_APOSTROPHE.search(source) is not None:
            return []
        apostrophe = "'" if "'" in text and "\u2019" not in text else "\u2019"
        found.append((m.start(), apostrophe, _LOOKALIKES[m.group()]))
    return found


# A word ending in a vowel with a straight apostrophe after it, before a space, a mark or the
# end ("perche' no", "E' chiuso"): the apostrophe may stand for the vowel's accent.
_APOSTROPHE_ACCENT = re.compile(r"(?<![^\W\d_'])([^\W\d_]*[aeiouAEIOU])'(?=[\s.,;:!?)]|$)")
_COMMON = 3.0  # Zipf: the accented word is an everyday word of the language ("perché", "è")


def typed_accents(text: str, source: str, code: str) -> list[tuple[int, int, str]]:
    """(start, end, fix) for each word of ``text`` written with an apostrophe for its final
    accent, as keyboards without the accented capital make writers do ("E'" for "È",
    "perche'" for "perché"), where the language accents final vowels (data
    ``final_accents``); not a word the language cuts with an apostrophe ("po'", data
    ``cut_words``), nor one the source writes so."""
    data = language(code)
    if not data.final_accents or "'" not in text:
        return []
    found = []
    for m in _APOSTROPHE_ACCENT.finditer(text):
        word = m.group(1)
        if word.lower() in data.cut_words or m.group() in source:
            continue
        stem, vowel = word[:-1], word[-1]
        forms = [
            stem + (a.upper() if vowel.isupper() else a)
            for a in dict(data.final_accents).get(vowel.lower(), "")
        ]
        best = max(forms, key=lambda form: zipf(form.lower(), code), default="")  # "perché", not "perchè"
        if best and zipf(best.lower(), code) >= _COMMON:
            found.append((m.start(), m.end(), best))
    return found
