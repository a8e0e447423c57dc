"""Which quotation marks a translation writes: the target language's own, the source
language's, or another language's ("„…“" in Portuguese); and accents written for apostrophes
("dell´acqua")."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.base import CheckContext
from editor.core.checks.lexicon import zipf
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment


def writes_own_marks(segment: Segment, context: CheckContext) -> bool:
    """Whether the segment's paragraph (as far as the document statistics know it) writes
    one of the target language's typographic opening marks."""
    openers = [opener for opener, _ in language(context.target_lang).quotes if opener != '"']
    terms = term_stats(context.stats)
    paragraph = terms.paragraph(segment) if terms is not None else [segment]
    return any(opener in part.target for part in paragraph for opener in openers)


@lru_cache(maxsize=32)
def foreign_pairs(source_lang: str, target_lang: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The source language's typographic quotation pairs that the target language does not
    write, each as its marks (the closer is a cheap test) and a pattern of a quotation in it: the
    opener at a word's start, the closer at a word's end (so an apostrophe, "geht’s", is none);
    and German low marks where the target language never writes them (the opener as the
    cheap test)."""
    source, target = language(source_lang).quotes, language(target_lang).quotes
    if target[0][0] == '"':
        return ()
    used = {mark for pair in target for mark in pair}
    found = []
    for opener, closer in source:
        if opener == '"' or (opener, closer) in target or closer in used:
            continue
        found.append(
            (
                opener,
                closer,
                re.compile(
                    rf"(?<![^\s(\[\u2014\u2013-]){re.escape(opener)}(?=\S)"
                    rf"([^{re.escape(opener + closer)}\n]{{1,300}}?)(?<=\S){re.escape(closer)}(?![^\W\d_])"
                ),
            )
        )
    # German-style low opening marks, which no language without them writes: a quotation of
    # another language's style wherever it comes from ("„Esperamos…“" in Portuguese)
    for opener in _LOW_OPENERS:
        if opener in used or any(opener == pair[0] for pair in found):
            continue
        closers = _LOW_OPENERS[opener]
        found.append(
            (
                opener,
                opener,
                re.compile(
                    rf"(?<![^\s(\[\u2014\u2013-]){opener}(?=\S)([^{opener}{closers}\n]{{1,300}}?)(?<=\S)"
                    rf"[{closers}](?![^\W\d_])"
                ),
            )
        )
    return tuple(found)


# Low opening quotation marks and the marks that close them in the languages that write them
_LOW_OPENERS = {"\u201e": "\u201c\u201d"}


# An acute accent between two letters, where an apostrophe belongs ("dell´acqua"): typed on a
# keyboard whose apostrophe key is elsewhere, or converted badly. (Not the backtick: Markdown
# and programs quote code with it.)
_ACCENT_APOSTROPHE = re.compile(r"\u00b4(?<=[^\W\d_]\u00b4)(?=[^\W\d_])")


def accent_apostrophes(text: str, source: str) -> list[tuple[int, str]]:
    """Where ``text`` writes an accent for an apostrophe, with the apostrophe it writes
    elsewhere (the typographic one where it writes none), unless the source writes the accent
    so too (a transliteration: "Qur´an")."""
    if "\u00b4" not in text:
        return []
    found = []
    for m in _ACCENT_APOSTROPHE.finditer(text):
        if _ACCENT_APOSTROPHE.search(source) is not None:
            return []
        found.append((m.start(), "'" if "'" in text and "\u2019" not in text else "\u2019"))
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
