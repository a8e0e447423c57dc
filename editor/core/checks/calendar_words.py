"""A month's or a weekday's name of the source language left in a date of the translation
("9. March 2027", "el Sunday 4 de mayo"), and the source language's ordinal ending left on a
number ("la 12th edizione") or its abbreviation of a phrase ("e.g.")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.leftover import sentence_start
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d")
# What may stand between the name and the number of its date: a space, a comma or a full
# stop ("Sunday, 4", "9. March"), an article or a preposition ("4 de mayo")
_NEAR = 12
_BESIDE = 4  # words between a name and the translation's own one in a span or list of them
_BESIDE_CHARS = 40  # characters those words are read from


class LeftName(NamedTuple):
    start: int
    end: int
    word: str
    kind: str  # "month" or "weekday"
    fix: str | None  # the target language's name, when it has one form


@lru_cache(maxsize=64)
def _names(source_lang: str, target_lang: str) -> dict[str, tuple[str, str | None]]:
    """The source language's month and weekday names that the target language does not
    write, by their form (lowercase, or as written when the data writes it with a capital:
    "May", not the verb), with their kind and the target language's name."""
    source, target = language(source_lang), language(target_lang)
    found: dict[str, tuple[str, str | None]] = {}
    for kind, theirs, ours in (
        ("month", source.calendar, target.calendar),
        ("weekday", source.weekdays, target.weekdays),
    ):
        written = {form.lower() for forms in ours for form in forms}
        for index, forms in enumerate(theirs):
            local = sorted(ours[index]) if index < len(ours) else []
            fix = local[0] if len(local) == 1 else None
            for form in forms:
                if form.lower() not in written:
                    found[form] = (kind, fix)
    return found


@lru_cache(maxsize=64)
def _pattern(source_lang: str, target_lang: str) -> re.Pattern[str]:
    """Any of :func:`_names` as a whole word, in one scan (as written where the data writes a
    capital, else in any case)."""
    names = sorted(_names(source_lang, target_lang), key=len, reverse=True)
    alternation = "|".join(re.escape(n) if n != n.lower() else f"(?i:{re.escape(n)})" for n in names)
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def left_names(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[LeftName]:
    """The month and weekday names of the source language in ``target`` that the source
    writes too, next to a number of their date or within a few words of the target
    language's own name of one ("from June to September"), not in a name ("Black Friday")."""
    names = _names(source_lang, target_lang)
    if not names or _said(source_lang, target_lang).search(source) is None:
        return  # (one scan of the source: most say no month's or weekday's name)
    dated = _NUMBER.search(target) is not None
    pattern = _pattern(source_lang, target_lang)
    capitalise = language(target_lang).capitalises_nouns
    for m in pattern.finditer(target):
        word = m.group()
        entry = names.get(word) or (names.get(word.lower()) if word[0].isupper() or word.islower() else None)
        if entry is None or word not in source:
            continue
        kind, fix = entry
        if not (dated and _dated(target, m.start(), m.end(), kind)) and not _beside_own(
            target, m.start(), m.end(), kind, target_lang
        ):
            continue
        before = _WORD.findall(target, max(0, m.start() - 30), m.start())
        if before and before[-1][0].isupper() and not sentence_start(target, m.start()):
            continue  # a name's last word ("Black Friday 2025", "Super Tuesday")
        if fix is not None:
            fix = fix.capitalize() if capitalise else fix
        yield LeftName(m.start(), m.end(), word, kind, fix)


def _beside_own(text: str, start: int, end: int, kind: str, code: str) -> bool:
    """Whether the target language's own name of a month (or weekday, by ``kind``) stands
    a few function words from the name: a span or list of them ("van June tot en met september",
    "el lunes y el Friday")."""
    own = _own(code)[kind]
    between = language(code).function_words
    before = _WORD.findall(text, max(0, start - _BESIDE_CHARS), start)[-_BESIDE:]
    after = _WORD.findall(text, end, end + _BESIDE_CHARS)[:_BESIDE]
    for words in (after, before[::-1]):
        for word in words:  # from the name outwards, over function words only
            if word.lower() in own:
                return True
            if word.lower() not in between:
                break
    return False


@lru_cache(maxsize=64)
def _said(source_lang: str, target_lang: str) -> re.Pattern[str]:
    """Any of :func:`_names` as written, lowercase, capitalised or in capitals, in one
    case-sensitive scan (a case-insensitive one is several times slower)."""
    names = _names(source_lang, target_lang)
    forms = set(names) | {name[:1].upper() + name[1:] for name in names} | {n.upper() for n in names}
    return re.compile(alternatives(forms))


@lru_cache(maxsize=16)
def _own(code: str) -> dict[str, frozenset[str]]:
    """The language's month and weekday names, lowercase, by kind."""
    data = language(code)
    return {
        "month": frozenset(form.lower() for forms in data.calendar for form in forms),
        "weekday": frozenset(form.lower() for forms in data.weekdays for form in forms),
    }


def _dated(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a number of a date stands next to the name: right before a month ("9.
    March"), after it ("March 9", "Sunday, 4 …")."""
    before = text[max(0, start - _NEAR) : start]
    after = text[end : end + _NEAR]
    if kind == "month" and re.search(r"\d[.,]?\s*(?:[^\W\d_]{1,3}\s+)?\Z", before):
        return True
    return re.match(r"[.,]?\s*(?:[^\W\d_]{1,3}\s+)?\d", after) is not None


@lru_cache(maxsize=64)
def _ordinal(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """A number with an ordinal ending of the source language that the target language does
    not write ("12th" in Italian, which writes "12ª"; French writes "2nd" too)."""
    left = language(source_lang).ordinal_suffixes - language(target_lang).ordinal_suffixes
    endings = {e for e in left if e.isalpha()}
    if not endings:
        return None
    alternation = "|".join(sorted(endings, key=len, reverse=True))
    # standing as a word does: after a space or an opening mark, not in a code ("~2st")
    # (the digit first, so that a scan skips to digits; the lookbehind is tested after it)
    return re.compile(rf"\d(?<![^\s(\[\"'“„«‘]\d)\d*(?:{alternation})(?![^\W_])")


def left_ordinals(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[re.Match[str]]:
    """Numbers of ``target`` written with an ordinal ending of the source language, as the
    source writes them, and not in a name the source has too ("5th Avenue")."""
    pattern = _ordinal(source_lang, target_lang)
    if pattern is None or not _NUMBER.search(target):
        return
    for m in pattern.finditer(target):
        if m.group() not in source:
            continue
        after = _WORD.match(target, m.end() + 1) if target[m.end() : m.end() + 1] == " " else None
        if after is not None and after.group()[0].isupper() and f"{m.group()} {after.group()}" in source:
            continue  # a name's part ("21st Century Fox", "5th Avenue")
        yield m


_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")  # "e.g.", "i.e.": letters each with its full stop


@lru_cache(maxsize=64)
def _left(source_lang: str, target_lang: str) -> frozenset[str]:
    return language(source_lang).abbreviations - language(target_lang).abbreviations


@lru_cache(maxsize=64)
def _abbreviation(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """Any abbreviation of the source language that the target language does not write."""
    left = _left(source_lang, target_lang)
    if not left:
        return None
    alternation = "|".join(re.escape(a) for a in sorted(left, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def left_abbreviations(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[re.Match[str]]:
    """Abbreviations of the source language in ``target``, not quoted, not a gloss in
    brackets ("TVA (VAT)"): one the source writes too ("e.g." in a French sentence, "VAT" in
    a German one), or one of initials ("i.e.") the source may have spelled out ("for example"
    rendered "e.g."): no word of the target language is written that way."""
    pattern = _abbreviation(source_lang, target_lang)
    if pattern is None or not any(a in target for a in _left(source_lang, target_lang)):
        return
    for m in pattern.finditer(target):
        if not (m.group() in source or _INITIALS.fullmatch(m.group())):
            continue
        if re.search(r"[\"'“”„«»‘’`]\Z", target[: m.start()]):
            continue  # quoted
        if target[m.start() - 1 : m.start()] == "(" and target[m.end() : m.end() + 1] == ")":
            continue  # a gloss of the translation's own term
        yield m
