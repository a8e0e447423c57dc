"""agreement: an adjective whose ending does not follow its determiner ("einen schriftliche
Abmahnung", "dem neue Mitglied": after "einen" or "dem" a German adjective ends in "-en"). A
helper of ``agreement``; the words are each language's ``Agreement``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.agreement_predicates import OPENS
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_KNOWN = 2.0  # Zipf: the adjective and its form with the right ending are words of the language
# Before the determiner: a comma and at most two words (a preposition): a relative pronoun
# ("der Mann, den schöne Frauen lieben"; ", bis zu dem neue Daten …"), no article
_RELATIVE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,2}\Z")


class DeclensionSlip(NamedTuple):
    start: int
    end: int
    determiner: str  # as written
    fixed: str  # the adjective with the ending the determiner asks for


def declension_slips(text: str, lang: str) -> Iterator[DeclensionSlip]:
    """Each adjective right after one of the language's ``declined_determiners`` and before
    its noun that has the ending it must not have there, where the form with the right
    ending is a word too ("einen schriftliche Abmahnung": "schriftlichen"). Not after a
    comma (the determiner is a relative pronoun), nor a function word ("um den die
    Beschriftung rotiert") or a word of ``declension_skips``."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    tables = language(lang)
    data = tables.agreement
    grammar = tables.function_words | tables.determiners  # "um den die Beschriftung rotiert"
    wrong, right = data.declined_endings
    for m in pattern.finditer(text):
        adjective = m.group(2)
        if adjective in data.declension_skips or adjective in grammar:
            continue
        if _RELATIVE.search(text, max(0, m.start() - 30), m.start()):
            continue
        fixed = adjective[: len(adjective) - len(wrong)] + right
        if zipf(adjective, lang) >= _KNOWN and zipf(fixed, lang) >= _KNOWN:
            yield DeclensionSlip(m.start(2), m.end(2), m.group(1), fixed)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A declined determiner, a lowercase word with the wrong ending, and a noun (capitalised
    in a language that capitalises its nouns)."""
    data = language(lang)
    determiners = data.agreement.declined_determiners
    if not determiners:
        return None
    wrong = re.escape(data.agreement.declined_endings[0])
    noun = r"[^\W\d_a-z][^\W\d_]+" if data.capitalises_nouns else r"[^\W\d_]{2,}"
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(determiners))})) ([^\W\d_A-Z]{{2,}}{wrong}) {noun}(?![\w'’-])"
    )
