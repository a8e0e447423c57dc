"""Sentence boundaries lost after a token the source ends a sentence with and the target writes
the same (a code, a number, a name): "… Leeds LS2 7QT! Il negozio …" → "… Leeds LS2 7QT Il
negozio …"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from editor.core.checks.sentence_ends import polite_clitic, sentence_count
from editor.core.langdata import LanguageData, language

_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
_QUOTES = "\"'“”„‟‘’‚‛«»‹›「」『』"
# A token (letters and digits, maybe joined by a hyphen or slash, a decimal mark or a colon
# between digits) right before a sentence mark, then a space and a new sentence's capital or
# digit: "7QT! The", "B-12. In", "2026. We".
_SOURCE_TOKEN_END = re.compile(
    rf"(?<![\w\-/.,:])([^\W_](?:[\w\-/]|[.,:](?=\d))*)([.!?…])[{_QUOTES})\]]*\s+[{_QUOTES}(\[]*[{_UPPER}\d]"
)
_HAS_MARK = re.compile(rf"[\d{_UPPER}]")  # a code, number or name, not a common word


@cache
def closed_class(data: LanguageData) -> frozenset[str]:
    """The words that start a sentence when capitalised after a lowercase word: function words,
    determiners ("Jede Option"), conjunctions ("Falls …"), words that open a request
    ("Bitte …") and negating words of three letters or more ("Nada de …", "Nichts …")."""
    negating = frozenset(word for word in data.negations if len(word) > 2)
    return data.function_words | data.determiners | data.conjunctions | data.sentence_openers | negating


@cache
def _opening(data: LanguageData) -> frozenset[str]:
    """The words that start a sentence when capitalised after a code or a number (the
    language's closed-class words), not a polite pronoun ("Sie"), nor one letter."""
    return frozenset(w for w in closed_class(data) if len(w) > 1 and w not in data.capitalised_pronouns)


def kept_token_stops(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int, str, str]]:
    """Each place where the target writes a token the source ends a sentence with (every time
    the source writes it) and a capitalised closed-class word follows it with no mark, while
    the target has fewer sentences than the source: its span, the message and the fix. Not
    where the source writes that word with the word after it (a name, "La Scala"), nor a
    polite pronoun that is also an article before its verb (Italian "La contatteremo")."""
    ends: dict[str, str] = {}
    for m in _SOURCE_TOKEN_END.finditer(source):
        token = m.group(1)
        if f"{token} " in target and _HAS_MARK.search(token):
            ends.setdefault(token, m.group(2))
    if not ends:
        return  # the common case: no token of a source's sentence end in the target
    data = language(target_lang)
    opening = _opening(data)
    fewer: bool | None = None
    for token, mark in ends.items():
        written = re.compile(rf"(?<![\w\-/.,:]){re.escape(token)}(?![\w\-/]|[.,:]\d)")
        if sum(1 for _ in written.finditer(source)) != sum(
            1 for m in _SOURCE_TOKEN_END.finditer(source) if m.group(1) == token
        ):
            continue  # the source also writes it inside a sentence
        for m in written.finditer(target):
            after = _NEXT.match(target, m.end())
            if after is None or after.group(1).lower() not in opening or after.group(1).isupper():
                continue
            word, following = after.group(1), after.group(2)
            if following and f"{word} {following}" in source:
                continue  # a name that starts with an article ("La Stampa")
            if polite_clitic(target, word, after.end(1), data):
                continue
            if fewer is None:
                fewer = sentence_count(target, target_lang) < sentence_count(source, source_lang)
            if not fewer:
                return
            yield (
                m.start(),
                after.end(1),
                f"the source ends a sentence after '{token}'; here '{word}' follows it with no "
                "full stop (a full stop seems lost)",
                f"{token}{mark} {word}",
            )


# The word after a token (one space, a capital), and the word after that
_NEXT = re.compile(rf" ([{_UPPER}][^\W\d_]*)(?![\w\-’'])(?: ([^\W\d_]+))?")
