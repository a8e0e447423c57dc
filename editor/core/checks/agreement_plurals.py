"""agreement: a predicate after a plural subject whose determiner serves both genders (French
"les", "ces"), read by the subject's noun: of the other gender than the noun's ending says
("Les annulations ne sont pas remboursés"), or singular ("Les frais ne sont pas
remboursable"). A helper of ``agreement``; the data are ``Agreement.copulas`` (the plural's),
``predicate_endings``, ``feminine_endings``, ``masculine_endings`` and ``singular_predicates``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.agreement_predicates import (
    OPENS,
    PredicateSlip,
    between_words,
    opens_clause,
    other_form,
)
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_KNOWN = 2.0  # Zipf: the predicate's plural is a word of the language ("remboursables" 2.3)
_ALIKE = 2.0  # Zipf points a predicate's singular and plural differ by at most


def shared_plural_slips(text: str, lang: str) -> Iterator[PredicateSlip]:
    """Each predicate after a plural subject that opens its clause, its determiner of both
    genders, a noun, at most two lowercase words that join nothing ("plus tardives"), the
    words that may stand between and a plural form of "to be": a plural participle of the
    gender the noun's ending does not say, or a singular participle or adjective (data
    ``singular_predicates``) whose plural is a word about as common."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    data = language(lang)
    agreement = data.agreement
    plural, singular_his = agreement.plural_ending, agreement.predicate_endings[0][0]
    for m in pattern.finditer(text):
        noun, predicate = m.group(2).lower(), m.group(4)
        attribute = m.group(3).split()
        if predicate in data.function_words or any(word in data.conjunctions for word in attribute):
            continue  # ("Les ateliers et visites sont …": two subjects)
        if not opens_clause(text, m.start(), lang) or noun in agreement.exceptions:
            continue
        fixed = None
        if predicate.endswith(agreement.singular_predicates) and not predicate.endswith(plural):
            form = predicate + plural
            if zipf(form, lang) >= _KNOWN and zipf(predicate, lang) - zipf(form, lang) <= _ALIKE:
                fixed = form
        elif (masculine := _noun_gender(noun, lang)) is not None:
            # a participle ("remboursés"), else an adjective ("gratuites") of the other gender
            fixed = other_form(predicate, masculine, agreement.predicate_endings[1], lang)
            if (
                fixed is None
                and agreement.adjective_endings
                and not predicate.endswith(singular_his + plural)
            ):
                his, hers = agreement.adjective_endings
                fixed = other_form(predicate, masculine, (his + plural, hers + plural), lang)
        if fixed is not None:
            yield PredicateSlip(m.start(4), m.end(4), f"{m.group(1)} {m.group(2)}", fixed)


def _noun_gender(noun: str, lang: str) -> bool | None:
    """Whether a noun's ending says masculine (True) or feminine (False); None if it says
    neither or its word is listed against its ending."""
    agreement = language(lang).agreement
    if noun.endswith(agreement.masculine_endings) and not noun.endswith(agreement.not_masculine):
        return True
    if noun.endswith(agreement.feminine_endings) and not noun.endswith(agreement.not_feminine):
        return False
    return None


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    agreement = language(lang).agreement
    if len(agreement.subjects) < 2 or len(agreement.copulas) < 2 or not agreement.singular_predicates:
        return None
    his, hers = agreement.subjects[1]
    shared = his & hers
    if not shared:
        return None
    between = between_words(agreement)
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(shared))})) ([^\W\d_]+)((?: [^\W\d_A-Z]{{2,}}){{0,2}}?)"
        rf"(?: (?i:{between}))* (?i:{alternatives(set(agreement.copulas[1]))})"
        rf"(?: (?i:{between}))* ([^\W\d_A-Z]{{4,}})(?![\w'’-])"
    )
