"""A person's two names written the other way round in the translation ("Constantinescu Radu"
for "Radu Constantinescu"). A helper of ``named_entity``."""

from __future__ import annotations

import re

from editor.core.checks.names import Name, target_language_word, word_kind
from editor.core.model import Segment


def swapped_names(segment: Segment, name: Name, source_lang: str, target_lang: str) -> re.Match[str] | None:
    """Where the translation writes the name's two words the other way round, side by side,
    and never in the source's order; None elsewhere. With a comma between them ("Constantinescu,
    Radu") the order is a list's."""
    if len(name.words) != 2 or not name.distinctive:
        return None
    first, second = name.words
    # a person's names: two rare words written as names are ("XML AppStream" for
    # "AppStream XML", "Hex Intel" for "Intel Hex" follow the language's word order)
    if not all(
        w.istitle()
        and w.isalpha()
        and word_kind(w, source_lang) == "rare"
        and not target_language_word(w, source_lang, target_lang)
        for w in name.words
    ):
        return None  # (a word of the target language in it, "Hauptbahnhof", names a place)
    target = segment.target
    if f"{first} {second}" in target or f"{second} {first}" not in target:
        return None
    found = re.search(rf"(?<![^\W\d_]){re.escape(second)} {re.escape(first)}(?![^\W\d_])", target)
    if found is None or f"{second} {first}" in segment.source:
        return None
    return found
