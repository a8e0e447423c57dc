"""A name in the translation that the source does not write: a brand or a place the
translation added ("sur notre site web et sur Facebook" for "on our website") or put for the
source's own ("Vienna" for "Venice"). A helper of ``named_entity``.

Only in languages that write their nouns in lowercase (a capital inside a sentence is a name
there), and only for a word that is as much the source language's as the target's: a name
both write alike ("Facebook", "Davidson"), not a word of the target language ("Madame",
"Casa"), which a translation may well capitalise in a name of its own."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.process import extractOne

from editor.core.checks.lexicon import zipf
from editor.core.checks.names import opens_sentence
from editor.core.checks.prose import everyday_sentence, technical_document
from editor.core.langdata import language
from editor.core.model import Segment

# "Facebook", not "EU" nor "iPad"; not before a number, as a numbered place's noun is written
# ("le Sale 3 e 4": rooms 3 and 4)
_TITLE_WORD = re.compile(r"(?<![\w-])[^\W\d_a-z][^\W\d_A-Z]{2,}(?![\w-])(?!\s+\d)")
_KNOWN = 3.0  # Zipf in the source language at least: a name its texts write often
_THEIRS = 0.5  # Zipf points the target language may write the word more often, at most
_ALIKE = 75  # rapidfuzz ratio to a source word: the same name, inflected or respelled
_LETTERS = re.compile(r"[^\W\d_]+")
_OWN_WORD = 1.0  # Zipf points the target language writes a word more often than the source's


def added_names(
    segment: Segment, source_lang: str, target_lang: str, stats: object
) -> list[tuple[int, int, str]]:
    """(start, end, message) on the target for each word written with a capital inside a
    sentence that is a name the source does not write, nor anything like it. In everyday
    text only: software text capitalises its labels and keys ("Touche Entrée", "Windows")."""
    if language(target_lang).capitalises_nouns or source_lang.split("-")[0] == target_lang.split("-")[0]:
        return []
    if technical_document(stats) or not everyday_sentence(segment.target, stats):
        return []
    target, lowered = segment.target, segment.source.lower()
    said: list[str] | None = None  # the source's words, read at the first candidate
    titles = language(target_lang).titles  # "Prof." for "Ms": a title, translated
    found = []
    for match in _TITLE_WORD.finditer(target):
        word = match.group().lower()
        if (
            word in lowered
            or word in titles
            or opens_sentence(target, match.start())
            or _beside_kept(target, match, lowered)
        ):
            continue
        if _in_own_name(target, match, lowered, (source_lang, target_lang)):
            continue
        if _heads_translated_name(target, match, segment.source) or _local_form(word, segment.source):
            continue
        known = zipf(word, source_lang)
        if known < _KNOWN or zipf(word, target_lang) - known >= _THEIRS:
            continue
        said = _LETTERS.findall(lowered) if said is None else said
        if said and extractOne(word, said, scorer=fuzz.ratio, score_cutoff=_ALIKE) is not None:
            continue
        why = f"'{match.group()}' is a name the source does not write: added, or put for another?"
        found.append((match.start(), match.end(), why))
    return found


def _beside_kept(target: str, match: re.Match[str], lowered: str) -> bool:
    """Whether a capitalised word next to the match is one the source writes: then it is
    part of the source's name, altered ("Claire Davidson" for "Claire Dawson"), which the
    name's own rules judge."""
    before = _LETTERS.findall(target, max(0, match.start() - 30), match.start())
    after = _LETTERS.match(target, match.end() + 1)
    return any(
        word[0].isupper() and word.lower() in lowered
        for word in before[-1:] + ([after.group()] if after else [])
    )


def _in_own_name(target: str, match: re.Match[str], lowered: str, langs: tuple[str, str]) -> bool:
    """Whether the capitalised word before the match is a word of the target language that
    the source does not write: the match is then part of a name the translation made of its
    own words ("Commissione Sport e Tempo libero" for "Leisure Committee")."""
    before = _LETTERS.findall(target, max(0, match.start() - 30), match.start())
    if not before or not before[-1][0].isupper() or not target[: match.start()].rstrip().endswith(before[-1]):
        return False
    word = before[-1].lower()
    source_lang, target_lang = langs
    return word not in lowered and zipf(word, target_lang) - zipf(word, source_lang) >= _OWN_WORD


_NAME_AFTER = 3  # words after a capitalised word that may hold a word of the source's name it translates


def _heads_translated_name(target: str, match: re.Match[str], source: str) -> bool:
    """Whether one of the few words after the match is a capitalised word of the source (in
    any case): the match opens the translation of a source's name of common words ("la
    Direction des sports" for "the Sports Department")."""
    after = _LETTERS.findall(target, match.end(), match.end() + 40)[:_NAME_AFTER]
    capitalised = {word.lower() for word in _LETTERS.findall(source) if word[0].isupper()}
    return any(word.lower() in capitalised for word in after)


_LOCAL_START = 3  # letters a name's local form starts with as the name does ("Fries", "Frisian")


def _local_form(word: str, source: str) -> bool:
    """Whether a word of the source capitalised inside a sentence starts with the same letters
    as ``word``: ``word`` is maybe its local form ("Fries" for "Frisian", "Londres" for
    "London"), which the name's own rules judge (a sentence's first word is no name)."""
    return any(
        name.group()[0].isupper()
        and len(name.group()) > _LOCAL_START
        and name.group()[:_LOCAL_START].lower() == word[:_LOCAL_START]
        and not opens_sentence(source, name.start())
        for name in _LETTERS.finditer(source)
    )
