"""Short forms of the source language left in a translation: a title of courtesy before a
name ("Mr Roe" in Italian), the abbreviation of "number" before a numeral ("No. 7" in German),
the possessive "'s" on a name in a language that has none ("de Anna's" in Spanish)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.stats_terms import TermStats
from editor.core.langdata import language

_NAME_AFTER = re.compile(r"\.?[ \u00a0]+[^\W\d_]")  # a title's full stop, a space, a name's letter
_NUMBER_AFTER = re.compile(r"[ \u00a0]?\d")
_POSSESSIVE = re.compile(r"(?<![^\W\d_'’])([^\W\d_][^\W\d_'’]*)['’]s(?![^\W\d_])")


class ShortForm(NamedTuple):
    start: int
    end: int
    kind: str  # "title", "number sign" or "possessive"


@lru_cache(maxsize=64)
def _titles(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """The source language's titles of courtesy that the target language does not write,
    capitalised, as whole words."""
    left = language(source_lang).courtesy_titles - language(target_lang).titles
    if not left:
        return None
    alternation = "|".join(sorted((t.capitalize() for t in left), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


@lru_cache(maxsize=64)
def _signs(source_lang: str, target_lang: str) -> tuple[str, ...]:
    """The source language's signs for "number" that the target language does not write;
    none where the target language's are unknown. Only signs with a full stop: "No" alone is
    a word ("No 5-Sterne-Hotel")."""
    ours = language(target_lang).number_signs
    if not ours:
        return ()
    return tuple(s for s in language(source_lang).number_signs - ours if s.endswith("."))


def left_short_forms(
    source: str, target: str, source_lang: str, target_lang: str, terms: TermStats | None
) -> Iterator[ShortForm]:
    """The short forms of the source language that ``target`` keeps (see the module's doc):
    each written by the source too (the possessive: on a name the document's sources write
    bare), not quoted."""
    titles = _titles(source_lang, target_lang)
    if titles is not None and titles.search(source):
        for m in titles.finditer(target):
            if (
                _NAME_AFTER.match(target, m.end())
                and _upper_after(target, m.end())
                and _loose(target, m.start())
            ):
                if re.search(rf"(?<![^\W\d_]){m.group()}\.?[ \u00a0]+[^\W\d_]", source):
                    yield ShortForm(m.start(), m.end() + (target[m.end() : m.end() + 1] == "."), "title")
    for sign in _signs(source_lang, target_lang):
        if sign not in target or sign not in source:
            continue
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(sign)}", target):
            if _NUMBER_AFTER.match(target, m.end()) and _loose(target, m.start()):
                yield ShortForm(m.start(), m.end(), "number sign")
    if "s" in target and ("'s" in target or "’s" in target):
        yield from _possessives(source, target, source_lang, target_lang, terms)


def _possessives(
    source: str, target: str, source_lang: str, target_lang: str, terms: TermStats | None
) -> Iterator[ShortForm]:
    """Names with the source language's possessive "'s" in a target language without one;
    a name the document's sources write bare too (a person's, a place's), not a brand that
    has the "'s" in every use ("Hallam's" of a shop)."""
    ours = language(target_lang)
    if not language(source_lang).possessive_apostrophe or ours.possessive_apostrophe or not ours.known:
        return
    for m in _POSSESSIVE.finditer(target):
        name = m.group(1)
        if not name[0].isupper() or not name[1:].islower() or not _loose(target, m.start()):
            continue  # a clitic ("Wie geht's"), an acronym's plural ("PDF's")
        if _bare(name, source, terms):
            yield ShortForm(m.start(), m.end(), "possessive")


def _bare(name: str, source: str, terms: TermStats | None) -> bool:
    """Whether the source, or the document's sources, write ``name`` without "'s"."""
    if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_]|['’]s(?![^\W\d_]))", source):
        return True
    if terms is None:
        return False
    return terms.capitals[name] > terms.capitals[f"{name}'s"]


def _upper_after(text: str, end: int) -> bool:
    after = _NAME_AFTER.match(text, end)
    return after is not None and after.group()[-1].isupper()


def _loose(text: str, start: int) -> bool:
    """Not quoted ("„Mr. Robot“", a title's), not inside a token (a code, an address)."""
    before = text[start - 1 : start]
    return not before or before.isspace() or before in "(["
