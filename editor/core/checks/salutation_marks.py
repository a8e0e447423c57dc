"""A letter's salutation closed with the source language's mark where the target language
writes another: a comma after a Spanish salutation, which takes a colon ("Querida Ana,")."""

from __future__ import annotations

import re

from editor.core.langdata import language

# a line that holds only a salutation: its word, up to five more words, and a comma
_SALUTATION_LINE = re.compile(r"^[ \t]*([^\W\d_]+)((?:[ \t]+[^\s,:;.!?]+){0,5}),[ \t]*$", re.MULTILINE)


def _salutations(text: str, words: frozenset[str]) -> list[re.Match[str]]:
    return [m for m in _SALUTATION_LINE.finditer(text) if m.group(1).lower() in words]


def salutation_commas(source: str, target: str, source_lang: str, target_lang: str) -> list[int]:
    """Where the comma closing a salutation line of ``target`` stands, when the target
    language closes salutations with another mark and the source has a salutation line of its
    own closed with a comma (a letter, not a list's line)."""
    ours = language(target_lang)
    if not ours.salutation_mark or "," not in target:
        return []
    found = _salutations(target, ours.salutations)
    if not found or not _salutations(source, language(source_lang).salutations):
        return []
    return [m.end(2) for m in found]
