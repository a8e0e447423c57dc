"""agreement: a person's title in its masculine form, after a masculine determiner, before a
woman's first name ("presidido pelo escultor Filomena Tavares", "tenuti dal maestro Giulia
Benvenuti", "Il nostro istruttore capo, Elisabetta Scarpa"): the title takes the woman's
gender ("pela escultora", "dalla maestra"). A helper of ``agreement``; the data are
``Agreement.feminine_titles``, ``masculine_articles``, ``masculine_possessives``,
``women_ending`` and ``men_in_women_ending``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_KNOWN = 2.5  # Zipf: the title is a word of the language ...
_KNOWN_FEMININE = 2.0  # ... and its feminine form too, however rarer ("escultora" 2.3) ...
_RARER = 1.5  # ... by this many Zipf points at most ("tasta" for "tasto" is 1.7 rarer)
_COMMON = 3.5  # Zipf: a word this common in the source language is no surname ("Lock") ...
_COMMON_HERE = 4.5  # ... nor a name this common in the target's ("cocina"; not "Costa", 4.4)


class TitleSlip(NamedTuple):
    start: int  # the determiner's start
    end: int  # the title's end
    name: str  # the woman's first name
    fixed: str  # the title's feminine form


def title_slips(text: str, lang: str, source_lang: str) -> Iterator[TitleSlip]:
    """Each masculine title (a word whose feminine form, by the language's endings, is a word
    too, about as common: "maestro", "maestra"; not "tasto", "tasta") between a masculine
    determiner (maybe with a possessive) and a first name of a woman's ending followed by a
    surname (no very common words: "Il tasto Kana Lock" names a key, "nuestro colaborador
    Cocina Lucero" a firm; so a name as common as "Maria" is left too), with maybe a second
    word after the title ("maestro mosaicista", "istruttore capo") and a comma; not a man's
    name of that ending ("Andrea")."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    agreement, function_words = language(lang).agreement, language(lang).function_words
    for m in pattern.finditer(text):
        title, name = m.group(2), m.group(4)
        if title in function_words or name.lower() in agreement.men_in_women_ending:
            continue
        first, surname = name.lower(), m.group(5).lower()
        common = max(zipf(first, lang), zipf(surname, lang)) >= _COMMON_HERE
        if common or zipf(surname, source_lang) >= _COMMON:
            continue  # (a name of words, a firm's or a key's: "Cocina Lucero", "Kana Lock")
        fixed = _feminine(title, lang)
        if fixed is not None:
            yield TitleSlip(m.start(1), m.end(2), name, fixed)


def _feminine(title: str, lang: str) -> str | None:
    """The feminine form of ``title`` by the first of the language's endings it takes that
    makes a word and no verb's form, where ``title`` is a word too; else None."""
    known = zipf(title, lang)
    if known < _KNOWN:
        return None
    for his, hers in language(lang).agreement.feminine_titles:
        if title.endswith(his) and len(title) > len(his) + 2:
            form = title[: len(title) - len(his)] + hers
            if zipf(form, lang) >= max(_KNOWN_FEMININE, known - _RARER) and not _verb(form, lang):
                return form
    return None


def _verb(word: str, lang: str) -> bool:
    """Whether ``word`` is a verb's singular by its plural (``verb_plurals``): "progetta",
    "progettano" (the feminine form of "progetto" is no title)."""
    return any(
        word.endswith(singular) and zipf(word[: len(word) - len(singular)] + plural, lang) >= _KNOWN_FEMININE
        for singular, plural in language(lang).agreement.verb_plurals
    )


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A masculine determiner, maybe with a possessive, or a possessive alone (group 1), a
    title (2), maybe another word (3), maybe a comma, a capitalised first name of a woman's
    ending (4) and a surname (5)."""
    agreement = language(lang).agreement
    if not agreement.feminine_titles or not agreement.masculine_articles or not agreement.women_ending:
        return None
    possessives = alternatives(set(agreement.masculine_possessives) or {"(?!)"})
    ending = re.escape(agreement.women_ending)
    return re.compile(
        rf"(?<![\w'’-])((?i:{alternatives(set(agreement.masculine_articles))})(?: (?i:{possessives}))?"
        rf"|(?i:{possessives})) ([^\W\d_A-Z]{{4,}})(?: ([^\W\d_A-Z]{{3,}}))?,? "
        rf"([A-Z][^\W\d_A-Z]+{ending}) ([A-Z][^\W\d_]+)"
    )
