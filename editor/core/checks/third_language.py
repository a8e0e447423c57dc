"""Words of a third language in a translation: neither the source's nor the target's.

Machine translation between close languages slips into a neighbour's words: a German
"aber" in a Dutch sentence, a Spanish "pero" in a Portuguese one. Such a word is an
everyday word of one of the languages the checks know (one of its function words, or one of
its commonest words by wordfreq) that the target language hardly writes, standing alone
between two lowercase words of the target language. A word that stands among words of its
own language is a quoted title or a name ("chili con carne", "Museo del Prado"), and one the
source writes is kept on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.base import Severity
from editor.core.checks.leftover import quoted
from editor.core.checks.lexicon import common_words, has_lexicon, zipf
from editor.core.checks.memo import TokenMemo
from editor.core.checks.prose import running_prose
from editor.core.langdata import known_languages, language
from editor.core.languages._latin import LATIN_WORDS

_WORD = re.compile(r"[^\W\d_]+")
_COMMON = 5.0  # Zipf: a word this common in its language is one of its everyday words
_MARGIN = 2.5  # Zipf points it must be commoner there than in the target language
_KNOWN = 4.0  # Zipf: the words of another language kept to weigh a neighbour against
_OWN = 4.0  # Zipf: a word this common in the target language may be one of its own words
_NEIGHBOUR = 2.5  # Zipf: a neighbour this common in the target language is one of its words
_PROSE_WORDS = 6  # words of a target sentence that reads as prose, not a label or a command
_SHORT = 3  # letters a neighbour of a one-letter word needs ("x y z" is a list of letters)
_LATIN_END = 0x250  # letters below are Latin


@dataclass(frozen=True, slots=True)
class Stray:
    """A word of another language in the target: where, and whose it is."""

    start: int
    end: int
    lang: str  # the language whose word it is
    severity: Severity


def stray_words(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Stray]:
    """The words of ``target`` that belong to a third language (see the module's notes)."""
    table = _strays(source_lang, target_lang)
    if table is None or not table.memo.any_suspect(target):
        return  # most segments stop here: no such word at all
    if not running_prose(target, _PROSE_WORDS) or "  " in target.strip():
        return  # a label, a command, or columns of a table ("type  aux  name")
    said = set(_WORD.findall(source.casefold()))
    for m in _WORD.finditer(target):
        word = m.group()
        lang = table.words.get(word)
        if lang is None or word in said:
            continue
        if not _among_target_words(target, m, lang, target_lang, table) or quoted(target, m.start()):
            continue
        common = language(lang)
        function = word in common.function_words or word in common.conjunctions or word in common.negations
        # a word the target language writes often too is maybe its own (Dutch "es", an ash
        # tree); not a letter, whose frequency counts lists and symbols ("y" in Italian)
        own = len(word) > 1 and zipf(word, target_lang) >= _OWN
        yield Stray(m.start(), m.end(), lang, Severity.WARNING if function and not own else Severity.INFO)


def _among_target_words(text: str, word: re.Match[str], lang: str, target_lang: str, table: _Table) -> bool:
    """Whether the word stands between two lowercase words of the target language, a space
    apart (or a comma before it: ", pero"), each at least as common there as in ``lang``: in
    the translation's own sentence, not a phrase of its own language ("con carne") or a name
    ("Museo del Prado"), nor a piece of a compound ("x-y")."""
    before = re.search(r"([^\W\d_]+),? \Z", text[max(0, word.start() - 40) : word.start()])
    after = re.match(r" ([^\W\d_]+)(?![\w'’-])", text[word.end() : word.end() + 40])
    if before is None or after is None or text[word.end() : word.end() + 1] in ("-", "'", "’"):
        return False
    shortest = _SHORT if len(word.group()) == 1 else 1
    rivals = table.rivals[lang]
    for neighbour in (before.group(1), after.group(1)):
        if not neighbour.islower() or len(neighbour) < shortest:
            return False
        here = zipf(neighbour, target_lang)
        if here < _NEIGHBOUR or here < rivals.get(neighbour, 0.0):
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Table:
    words: dict[str, str]  # a suspect word -> the language it belongs to
    memo: TokenMemo
    # For each of those languages, the words a neighbour may be that it writes more often than
    # the target language does (and the target often enough): a neighbour's other test. Only
    # these are kept of its common words (a few hundred of 7 000: 4 MB less in each process).
    rivals: dict[str, dict[str, float]]


@lru_cache(maxsize=16)
def _strays(source_lang: str, target_lang: str) -> _Table | None:
    """The words of the other languages the checks know that the target language hardly
    writes, with their language; None where the target language is not written in Latin
    letters or has no word list."""
    source, target = _base(source_lang), _base(target_lang)
    if not has_lexicon(target) or not _latin(target):
        return None
    own = language(target)
    theirs = own.function_words | own.conjunctions | own.prepositions | own.negations | own.determiners
    found: dict[str, str] = {}
    rivals: dict[str, dict[str, float]] = {}
    for lang in known_languages():
        if lang in (source, target) or not _latin(lang):
            continue
        data = language(lang)
        listed = data.function_words | data.conjunctions | data.prepositions | data.negations
        known = common_words(lang, _KNOWN)  # (not kept: see _Table.rivals)
        rivals[lang] = {
            word: there
            for word, there in known.items()
            if there > (here := zipf(word, target)) and here >= _NEIGHBOUR
        }
        candidates = {w for w, z in known.items() if z >= _COMMON} | {w for w in listed if w in known}
        for word in candidates:
            there = known[word]
            if word in theirs or word in LATIN_WORDS or not word.isalpha() or not word.islower():
                continue
            if there - zipf(word, target) < _MARGIN or zipf(word, source) >= there:
                continue
            found.setdefault(word, lang)  # languages in order: the same table every run
    if not found:
        return None
    words = frozenset(found)
    memo = TokenMemo(lambda token: any(w in words for w in _WORD.findall(token)))
    return _Table(found, memo, {lang: rivals[lang] for lang in set(found.values())})


def _latin(lang: str) -> bool:
    """Whether the language writes its function words in Latin letters."""
    words = language(lang).function_words
    return bool(words) and all(ord(ch) < _LATIN_END for w in words for ch in w)


def _base(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]
