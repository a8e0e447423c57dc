"""A name's particle said otherwise between its words kept as written ("Van de Schuit" for the
source's "Van der Schuit", "Maria de Souza" for "Maria da Souza"): another family's name."""

from __future__ import annotations

import re

from editor.core.checks.lexicon import zipf
from editor.core.langdata import language

_COMMON = 3.0  # Zipf: a word this common in the source language is no name's last word

# Two capitalised words with a short lowercase word between them ("Van der Schuit", "Ponte di
# Legno"); the second opens a look-ahead, so that it may be the first of the next match too.
_PARTICLED = re.compile(
    r"(?<![\w-])([^\W\d_a-z][^\W\d_]+) ([^\W\d_A-Z]{1,3}) (?=([^\W\d_a-z][^\W\d_]+)(?![\w-]))"
)


def particle_slips(source: str, target: str, source_lang: str) -> list[tuple[int, int, str]]:
    """(start, end, message) on the target for each name of the source with a particle between
    two capitalised words that the translation writes with those words and another particle
    between, never with the source's. A word of the source's language between them is none of
    a name's particles ("WebM and Matroska", "Newcastle on Tyne"): the translation says it its
    own way."""
    found: dict[tuple[int, int], str] = {}
    own = language(source_lang).function_words
    for m in _PARTICLED.finditer(source):
        first, particle, last = m.group(1), m.group(2), m.group(3)
        name = f"{first} {particle} {last}"
        if first not in target or name in target or particle in own or zipf(last, source_lang) >= _COMMON:
            continue  # (a common word after it makes a phrase: "Ops per Instruction")
        written = re.compile(rf"(?<![\w-]){re.escape(first)} ([^\W\d_A-Z]{{1,3}}) {re.escape(last)}(?![\w-])")
        for other in written.finditer(target):
            if other.group(1) != particle:
                found[other.span()] = f"'{other.group()}' for the name '{name}' of the source"
    return [(start, end, message) for (start, end), message in found.items()]
