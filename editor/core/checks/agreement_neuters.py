"""agreement: a determiner of the common gender only before a singular neuter noun, maybe
with adjectives between ("de kleine kaasmuseum", "Onze proeflokaal", "de ondertekende
reserveringsformulier"), where a compound takes the gender of its last part. A helper of
``agreement``; the data are ``Agreement.neuter_heads`` and ``common_determiners``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language


class NeuterSlip(NamedTuple):
    start: int  # the determiner's start
    end: int  # the noun's end
    determiner: str
    noun: str
    head: str  # the noun's neuter last part


def neuter_slips(text: str, lang: str) -> Iterator[NeuterSlip]:
    """Each such determiner with its noun (see the module); not a noun of the exceptions."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    agreement = language(lang).agreement
    for m in pattern.finditer(text):
        noun = m.group(3).lower()
        head = next((h for h in agreement.neuter_heads if noun.endswith(h)), None)
        if head is None or noun in agreement.exceptions:
            continue
        yield NeuterSlip(m.start(1), m.end(3), m.group(1), m.group(3), head)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A common determiner (group 1), adjectives in "-e" (2) and a lowercase word (3) that ends
    as one of the neuter nouns does, not part of a longer compound or a name."""
    agreement = language(lang).agreement
    if not agreement.neuter_heads or not agreement.common_determiners:
        return None
    heads = alternatives(set(agreement.neuter_heads))
    return re.compile(
        rf"(?<![\w'’-])((?i:{alternatives(set(agreement.common_determiners))})) "
        rf"((?:[^\W\d_A-Z]+e )*)([^\W\d_A-Z]*(?:{heads}))(?![\w'’-])"
    )
