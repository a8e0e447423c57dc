"""A street's name in a postal address of the source translated: "27 Canal Street" given as
"Via del Canale 27". A reader finds the place by the name as written, so a translation keeps
an address's street as the source writes it. The address is told by a house number right
before a name ending in one of the source language's street words (data ``street_heads``);
the translation is judged where it keeps that house number and not the name. A street named
alone ("in Station Street") is judged where the source names one street, the translation does
not keep it, and names one street of its own language's making in its place ("in der
Bahnhofstraße", "in Via del Mulino"; data ``street_heads`` where the language joins them,
``street_openers`` where they open the name)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import CheckContext
from editor.core.langdata import language
from editor.core.model import Segment
from editor.core.text import DIGIT

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LEAD = 2  # lowercase words between the number and the name it gives
_LINK = 3  # letters of a lowercase word that links a name's words ("del", "de", "du")
_CLAUSE_END = re.compile(r"[,;:.()\n]")
_REACH = 40  # characters on either side of the house number where the street's name stands


@lru_cache(maxsize=16)
def _address(code: str) -> re.Pattern[str] | None:
    """A house number, then capitalised words ending in a street word ("27 Canal Street")."""
    heads = language(code).names.street_heads
    if not heads:
        return None
    alternation = "|".join(sorted((re.escape(h.capitalize()) for h in heads), key=len, reverse=True))
    words = r"(?:[A-Z][^\W\d_]+[ \u00a0]){1,3}"
    pattern = rf"(?<![\w.,])(\d{{1,5}}[a-zA-Z]?)[ \u00a0]+({words}(?:{alternation})\.?)(?![^\W\d_])"
    return re.compile(pattern)


def translated_streets(segment: Segment, context: CheckContext) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, street, fix) on the target for each address of the source whose house
    number the translation keeps with another street name beside it; for a street named
    without a number, the one street name of the target's language in its place (see
    :func:`_named_street`); and a street the source names in the target's language that the
    translation writes otherwise (see :func:`_own_street`). No fix where the street's own word
    is kept beside the language's ("27, rue du Canal" for "27 Canal Street")."""
    source, target, source_lang = segment.source, segment.target, context.source_lang
    if (own := _own_street(source, target, context.target_lang)) is not None:
        yield own
        return
    pattern = _address(source_lang)
    if pattern is None:
        return
    if (found := _named_street(source, target, source_lang, context.target_lang)) is not None:
        yield *found, _fix(target[found[0] : found[1]], found[2])
        return
    if not DIGIT.search(source):
        return
    for m in pattern.finditer(source):
        number, street = m.group(1), m.group(2).rstrip(".").strip()
        if street in target:
            continue
        said = [n for n in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w])", target)]
        if len(said) != 1:
            continue  # no house number kept, or more than one: no place to judge
        span = _name_beside(target, said[0].start(), said[0].end())
        if span is not None:
            yield span[0], span[1], street, _fix(target[span[0] : span[1]], street)


def _fix(said: str, street: str) -> str | None:
    return None if said.split()[0] in street.split() else street


def _own_street(source: str, target: str, target_lang: str) -> tuple[int, int, str, str] | None:
    """A street the source names as the target's language writes it ("14 Rue des Tanneurs"
    in a French translation) that the translation writes with other words ("rue des
    Tanneries"): the one such street of each side, the source's not kept (its opening
    street word's case aside), the target's not the source's. The fix keeps the target's
    street word ("rue des Tanneurs")."""
    openers, here = language(target_lang).names.street_openers, _streets_here(target_lang)
    if here is None or not any(opener.capitalize() in source for opener in openers):
        return None
    named = [_name_only(m.group()) for m in here.finditer(source) if m.group()[:1].isupper()]
    named = [street for street in named if street.split()[0].lower() in openers]
    if len(named) != 1 or named[0].lower() in target.lower():
        return None
    written = [(m.start(), _name_only(m.group())) for m in here.finditer(target)]
    written = [(start, said) for start, said in written if said.lower() not in source.lower()]
    if len(written) != 1:
        return None
    (start, said), opener = written[0], named[0].split()[0]
    if said.split()[0].lower() != opener.lower():
        return None  # another kind of street: another place
    return start, start + len(said), named[0], said.split()[0] + named[0][len(opener) :]


def _name_only(street: str) -> str:
    """A street's name without what follows it: up to a short link after a name's word
    ("Rue des Tanneurs" of "Rue des Tanneurs in Dijon")."""
    words = street.split(" ")
    for k in range(2, len(words)):
        if words[k][:1].islower() and words[k - 1][:1].isupper():
            return " ".join(words[:k])
    return street


def _name_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of capitalised words (short lowercase links allowed inside: "Via del Canale")
    right before the number ("Via del Canale 27"), else right after it, a link or the street's
    word between ("al 27 di Via del Canale", "27, rue du Canal"), within the number's clause."""
    before = text[max(0, start - _REACH) : start]
    stops = list(_CLAUSE_END.finditer(before))
    offset = max(0, start - _REACH) + (stops[-1].end() if stops else 0)
    words = [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text, offset, start)]
    if words and words[-1][1] >= start - 1 and words[-1][2][:1].isupper():
        return _run(words[::-1])
    after = text[end : end + _REACH]
    stop = _CLAUSE_END.search(after, 1 if after[:1] == "," else 0)  # "27, rue du Canal"
    words = [
        (end + m.start(), end + m.end(), m.group())
        for m in _WORD.finditer(after[: stop.start() if stop else None])
    ]
    lead = 0
    while lead < min(_LEAD, len(words)) and not words[lead][2][:1].isupper():
        lead += 1  # a link or the language's street word first ("di Via …", "rue du Canal")
    return _run(words[lead:])


def _run(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the capitalised words from the first of ``words`` on, links between them."""
    capitals = []
    for position, (_, _, word) in enumerate(words):
        if word[:1].isupper():
            capitals.append(position)
        elif len(word) > _LINK or not capitals:
            break
    if not capitals:
        return None
    chosen = [words[k] for k in range(capitals[-1] + 1)]
    return min(w[0] for w in chosen), max(w[1] for w in chosen)


_HOUSE_NUMBER_BEFORE = re.compile(r"\d[a-z]?,?[ \u00a0]\Z")


@lru_cache(maxsize=16)
def _street(code: str) -> re.Pattern[str] | None:
    """A street's name without a number: capitalised words ending in a street word ("Mill
    Lane", "Station Street")."""
    heads = language(code).names.street_heads
    if not heads:
        return None
    alternation = "|".join(
        sorted((re.escape(h.capitalize()) for h in heads if len(h) > 2), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w.])(?:[A-Z][^\W\d_]+[ \u00a0]){{1,3}}(?:{alternation})(?![^\W\d_])")


@lru_cache(maxsize=16)
def _streets_here(code: str) -> re.Pattern[str] | None:
    """A street's name in the target's language: a capitalised compound ending in a street word
    ("Bahnhofstraße", "Molenstraat") or a street word opening capitalised words, short links
    between ("Via del Mulino", "rue du Moulin"); the compound maybe hyphenated ("Borrowdale-laan")."""
    names = language(code).names
    parts = []
    if names.street_heads:
        ends = "|".join(sorted(map(re.escape, names.street_heads), key=len, reverse=True))
        parts.append(rf"(?<![\w-])[A-ZÄÖÜ][^\W\d_]+(?:-?(?i:{ends}))(?![^\W\d_])")
    if names.street_openers:
        opens = "|".join(sorted(map(re.escape, names.street_openers), key=len, reverse=True))
        link = r"(?:[a-z\u00e0-\u00ff]{1,3}[ \u00a0'\u2019])?"  # "del ", "du ", "d'"
        parts.append(rf"(?<![\w-])(?i:{opens})(?:[ \u00a0]{link}[A-Z][^\W\d_]+){{1,3}}")
    return re.compile("|".join(parts)) if parts else None


def _named_street(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[int, int, str] | None:
    """A street the source names without a number ("on Station Street") that the translation
    names in its own language ("in der Bahnhofstraße", "in Via del Mulino"): the one street
    name of each, the source's not kept, the target's not the source's."""
    pattern, here = _street(source_lang), _streets_here(target_lang)
    if pattern is None or here is None:
        return None
    found = list(pattern.finditer(source))
    said = [m.group() for m in found]
    if len(said) != 1 or said[0] in target:
        return None
    written = [m for m in here.finditer(target) if m.group() not in source]
    if len(written) != 1:
        return None
    # the name's own words kept only inside the street the target names ("Borrowdale-laan");
    # an address's are its own rule's ("27, rue du Canal")
    outside = target
    if not _HOUSE_NUMBER_BEFORE.search(source, 0, found[0].start()):
        outside = target[: written[0].start()] + " " + target[written[0].end() :]
    if any(w in outside for w in said[0].split()[:-1]):
        return None
    return written[0].start(), written[0].end(), said[0]
