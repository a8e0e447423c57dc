"""agreement: a singular verb with the reflexive pronoun after a plural subject and the
relative clause that follows it ("los pedidos que no se recojan en un plazo de 30 días se
reciclará"): the verb agrees with the subject across the clause. A helper of ``agreement``;
the data are ``Agreement.relatives`` and ``reflexive``, with ``subjects`` and
``verb_plurals``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.agreement_predicates import OPENS, NumberSlip, opens_clause
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_CLAUSE_WORDS = 14  # words of the relative clause and the verb's at most
_VERB = 4  # letters of the verb at least ("monta"; not "da")
_WORD = re.compile(r"[\w'’-]+")
_STOP = re.compile(r"[,;:.!?()\"“”«»]")


def relative_slips(text: str, lang: str) -> Iterator[NumberSlip]:
    """Each singular verb after the reflexive pronoun (data ``reflexive``: "se"), the last in
    its clause, where a plural subject opens the clause and a relative pronoun (``relatives``:
    "que") follows its noun: the subject's verb, singular by its ending ("se monta", "se
    reembolsa"); not one before an infinitive or "que" ("se recomienda llevar": impersonal),
    nor one after a coordinator (another clause), nor a "se" right after the relative pronoun
    (the relative clause's own)."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    data = language(lang)
    agreement = data.agreement
    for m in pattern.finditer(text):
        if not opens_clause(text, m.start(), lang):
            continue
        stop = _STOP.search(text, m.end())
        words = list(_WORD.finditer(text, m.end(), stop.start() if stop else len(text)))[:_CLAUSE_WORDS]
        for k, word in enumerate(words):
            if word.group().lower() in data.coordinators:
                words = words[:k]
                break
        found = [k for k in range(1, len(words) - 1) if words[k].group().lower() == agreement.reflexive]
        if not found:
            continue
        verb = words[found[-1] + 1]
        after = words[found[-1] + 2].group().lower() if found[-1] + 2 < len(words) else ""
        if _infinitive(after, lang) or after in agreement.relatives:
            continue
        if _singular(verb.group(), lang):
            yield NumberSlip(verb.start(), verb.end(), f"{m.group(1)} {m.group(2)}")


def _singular(word: str, lang: str) -> bool:
    """Whether a word after the reflexive pronoun, a verb, is singular by its ending (data
    ``verb_plurals``; however rare: "se reciclará")."""
    plurals = language(lang).agreement.verb_plurals
    return (
        word.islower()
        and len(word) >= _VERB
        and word.endswith(tuple(one for one, _ in plurals))
        and not word.endswith(tuple(many for _, many in plurals))
    )


def _infinitive(word: str, lang: str) -> bool:
    """Whether ``word`` is an infinitive, maybe with pronouns written onto it ("reservarlos")."""
    data = language(lang)
    for clitic in sorted(data.enclitics, key=len, reverse=True):
        if word.endswith(clitic) and word[: -len(clitic)].endswith(data.infinitive_endings):
            return True
    return word.endswith(data.infinitive_endings)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A plural determiner (group 1), its noun (2) and a relative pronoun."""
    agreement = language(lang).agreement
    if not agreement.relatives or not agreement.reflexive or len(agreement.subjects) < 2:
        return None
    determiners, relatives = agreement.subjects[1][0] | agreement.subjects[1][1], agreement.relatives
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(determiners))})) ([^\W\d_]+) (?:{alternatives(set(relatives))})\b"
    )
