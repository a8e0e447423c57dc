"""One word said twice in two forms: an article in full and elided ("la l'école"), a
hyphenated pronoun twice at a verb's end ("dites-nous-nous"), a name in two scripts ("Вера
Vera"). A helper of ``repeated_word``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from editor.core.checks.stutters import Stutter
from editor.core.langdata import language

# A hyphenated word whose last part comes twice ("prévenez-les-les"): a stem before it
_HYPHEN_TWICE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)*)-([^\W\d_]+)-(\2)(?![\w-])")


@lru_cache(maxsize=16)
def _full_then_elided(lang: str) -> re.Pattern[str] | None:
    """A word in full, a space, and its elided form glued to a lowercase word ("la l'eau"):
    a capital after the apostrophe is a name that carries its own ("de d'Artagnan")."""
    pairs = language(lang).full_forms
    if not pairs:
        return None
    either = "|".join(f"{re.escape(full)} {re.escape(cut)}" for full, cut in pairs)
    return re.compile(rf"(?<![\w'’-])(?:{either})['’](?=[^\W\d_])", re.IGNORECASE)


def full_and_elided(target: str, lang: str) -> Iterator[Stutter]:
    """An article or pronoun written in full and then elided before the same word ("le
    l'hôtel"): the fix keeps the elided form."""
    if "'" not in target and "\u2019" not in target:
        return
    pattern = _full_then_elided(lang)
    if pattern is None:
        return
    for m in pattern.finditer(target):
        after = target[m.end() :]
        if not after[:1].islower():
            continue  # a name with its particle ("de d'Artagnan")
        cut = m.group().split(" ", 1)[1]
        yield Stutter(m.start(), m.end(), cut)


def pronoun_twice(source: str, target: str, lang: str) -> Iterator[Stutter]:
    """A verb with a pronoun hyphenated to it twice ("donnez-moi-moi"): the last part of a
    hyphenated word said again, a function word of the language, the stem another word and
    the source not writing it so."""
    if target.count("-") < 2:
        return
    words = language(lang).function_words
    for m in _HYPHEN_TWICE.finditer(target):
        stem, part = m.group(1), m.group(2)
        if part.lower() not in words or stem.lower().split("-")[-1] == part.lower() or m.group() in source:
            continue
        yield Stutter(m.start(), m.end(), f"{stem}-{part}")


# A capitalised Cyrillic or Greek word and a capitalised Latin word after it ("Вера Vera")
_NAME_THEN_LATIN = re.compile(
    r"(?<![^\W_])([\u0400-\u042f\u0386-\u03ab][\u0430-\u045f\u03ac-\u03ce]+) ([A-Z][a-z]+)(?![^\W_])"
)
_SAME_NAME = 80  # rapidfuzz ratio of the first's Latin letters and the second, lowercase


def name_in_two_scripts(source: str, target: str) -> Iterator[Stutter]:
    """A name written in Cyrillic or Greek letters and then again in the Latin letters of the
    source ("Вера Vera"), where the source writes the Latin word but never twice in a row:
    the fix keeps the target's script."""
    if target.isascii():
        return
    for m in _NAME_THEN_LATIN.finditer(target):
        first, second = m.groups()
        if not re.search(rf"(?<![^\W_]){second}(?![^\W_])", source):
            continue
        if re.search(rf"(?<![^\W_]){second}\s+{second}(?![^\W_])", source, re.IGNORECASE):
            continue
        if fuzz.ratio(anyascii(first).lower(), second.lower()) >= _SAME_NAME:
            yield Stutter(m.start(), m.end(), first)
