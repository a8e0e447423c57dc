"""How the words of a name of the source reach the translation: kept as written, or, in a
place's name whose last words describe it ("Glacier Point Ice Rink"), the description said in
the target language's words and the rest kept ("a pista de gelo Glacier Point")."""

from __future__ import annotations

import re

from editor.core.checks.name_targets import word_key
from editor.core.checks.names import Name, word_kind, zipf
from editor.core.langdata import language

_WORD_ZIPF = 3.0  # at or above: a word of the language ("Rink" 3.4), not a surname ("Pryce" 2.8)
_TARGET_ZIPF = 2.5  # a German noun after the name is a word of the language ("Eisbahn" 2.7)
_NEXT_WORD = re.compile(r"[\s\-‐]*([^\W\d_]+)")


def translated_head(
    target: str, name: Name, hits: list[list[tuple[str, int, int]]], source_lang: str, target_lang: str
) -> bool:
    """Whether the words of ``name`` the translation lacks are its last ones, each a word of
    the source language and no acronym, and the translation writes the words before them with
    no other name's word after them ("Glacier Point abre", not "Hartley & Zonen"): the
    description translated, as the target language says it."""
    lost = [k for k, found in enumerate(hits) if not found]
    if not lost or lost[0] == 0 or lost != list(range(lost[0], len(hits))):
        return False
    for k in lost:
        word = name.words[k]
        if word_kind(word, source_lang) == "acronym" or zipf(word.lower(), source_lang) < _WORD_ZIPF:
            return False
    nouns = language(target_lang).capitalises_nouns  # (there "Eisbahn" is a capitalised word)
    for _, _, end in hits[lost[0] - 1]:
        after = _NEXT_WORD.match(target, end)
        if after is None or not after[1][:1].isupper():
            continue
        if not nouns or after[1] in name.words or zipf(after[1].lower(), target_lang) < _TARGET_ZIPF:
            return False
    return True


def kept_as_written(name: Name, hits: list[list[tuple[str, int, int]]]) -> bool:
    """Whether the translation writes a word of the name as the source does: then another word
    of it changed is a slip ("Lorenzo Ferrari" for "Lorenzo Ferrante"), not the name's local
    form, which renders all of it ("Monte Ventoso" for "Mont Ventoux")."""
    return any(any(w[0] == word_key(part) for w in hit) for part, hit in zip(name.words, hits, strict=True))
