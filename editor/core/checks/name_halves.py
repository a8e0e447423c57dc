"""A double-barrelled surname of the source cut to its first half in the translation
("Rosa Vidal-Quintana" -> "Rosa Vidal")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.names import target_language_word
from editor.core.langdata import language

# A capitalised word (a first name or a surname's particle) and a hyphenated pair of
# capitalised words ("Vidal-Quintana"), each part three letters or more.
_DOUBLE = re.compile(r"(?<![\w\-‐])([^\W\d_]+) ([^\W\d_]{3,})[-‐]([^\W\d_]{3,})(?![\w\-‐])")
_DASHES = r"\-‐‑–—"
# A hyphen between a lowercase letter and a capital ("Vidal-Quintana"): found from the hyphen
# on, in C, before the whole pattern is tried.
_CAPITAL_AFTER_HYPHEN = re.compile(r"[-‐](?<=[a-z\u00df-\u00ff].)[A-Z\u00c0-\u00d6\u00d8-\u00de]")


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def cut_surnames(source: str, target: str) -> Iterator[tuple[int, int, str]]:
    """The spans of the names in ``target`` written with the first name (or particle) and the
    first half of a hyphenated surname of the source and nothing of its second half anywhere
    in the target, with the source's full surname."""
    if ("-" not in source and "‐" not in source) or _CAPITAL_AFTER_HYPHEN.search(source) is None:
        return
    folded = target.casefold()
    for m in _DOUBLE.finditer(source):
        before, first, second = m.groups()
        if not (before[0].isupper() and _capitalised(first) and _capitalised(second)):
            continue
        if second.casefold() in folded:
            continue  # written somewhere, maybe apart or in brackets
        for cut in re.finditer(
            rf"(?<![\w{_DASHES}]){re.escape(before)} {re.escape(first)}(?![\w{_DASHES}])", target
        ):
            yield cut.start(), cut.end(), f"{first}-{second}"


_NAME_AFTER = re.compile(r" ([A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]{2,})(?![\w\-‐])")


def renamed_surname(
    source: str, target: str, words: tuple[str, ...], first_at: list[int], langs: tuple[str, str]
) -> tuple[int, int] | None:
    """The span of another surname written after a person's first name kept as written
    ("Claire Davidson" for "Claire Dawson"): two words of letters, neither a word of the target
    language (a place's head word, "Bahnhof" for "Station", is translated), the new one
    nowhere in the source. ``first_at``: where the target writes the first name."""
    if len(words) != 2 or not all(w.isalpha() and w.istitle() for w in words):
        return None
    source_lang, target_lang = langs
    for at in first_at:
        found = _NAME_AFTER.match(target, at + len(words[0]))
        written = found.group(1).lower() if found is not None else ""
        if found is None or found.group(1) in source or written.startswith(words[1].lower()[:-1]):
            continue  # (the surname inflected: "Dawsons")
        if not any(target_language_word(w, source_lang, target_lang) for w in (words[1], found.group(1))):
            return found.span(1)
    return None


_NAME_BEFORE = re.compile(r"(?<![\w'’\-‐])([A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]{2,}) \Z")


def renamed_half(
    source: str,
    target: str,
    words: tuple[str, ...],
    hits: list[list[tuple[str, int, int]]],
    langs: tuple[str, str],
) -> tuple[tuple[int, int], str] | None:
    """The span of another surname after a person's first name kept as written ("Claire
    Davidson" for "Claire Dawson", see :func:`renamed_surname`), or of another first name
    before the surname kept ("Marguerite Okafor" for "Margaret Okafor": the target
    language's form of the name, which a translation does not give a person), and the
    source's word it stands for; or None. The other first name opens with the same letter
    (a form of the same name) and is no title ("Madame Okafor")."""
    first_at = [start for word, start, _ in hits[0] if word == words[0]] if hits else []
    renamed = renamed_surname(source, target, words, first_at, langs)
    if renamed is not None:
        return renamed, words[1]
    if len(words) != 2 or len(hits) != 2 or hits[0] or not all(w.isalpha() and w.istitle() for w in words):
        return None
    titles = language(langs[0]).titles | language(langs[1]).titles
    for word, start, _ in hits[1]:
        found = _NAME_BEFORE.search(target, max(0, start - 30), start) if word == words[1] else None
        if found is None:
            continue
        given = found.group(1)
        if given not in source and given[0] == words[0][0] and given.lower() not in titles:
            return found.span(1), words[0]
    return None
