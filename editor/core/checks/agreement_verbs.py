"""agreement: a verb of the other number than its subject by its ending ("I nostri volontari
non ripara", "Il saldo devono"). A helper of ``agreement``; the endings are each language's
``Agreement.verb_plurals``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.agreement_data import Agreement
from editor.core.checks.agreement_forms import FormSlip
from editor.core.checks.agreement_predicates import (
    OPENS,
    WORD_BEFORE,
    NumberSlip,
    between_words,
    names_days,
    opens_clause,
    time_words,
)
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import LanguageData, language

_VERB_ALIKE = 1.0  # Zipf points a verb's singular and plural differ by at most ("sopra", "soprano": 2)
_VERB_STEM = 3  # letters before a plural verb's ending at least ("tem" is no plural of "te")
_VERB_KNOWN = 2.0  # Zipf: both forms are words of the language ("almoçam" 2.2)


def inflected_slips(text: str, lang: str, plural: bool = True, source_lang: str = "") -> Iterator[NumberSlip]:
    """Each word after a plural subject that opens its clause (as :func:`number_slips` reads
    it) that is a singular verb by its ending: its plural (data ``verb_plurals``) a word about
    as common ("I nostri volontari non ripara", "Os alunos almoça"); not ``plural``: each
    plural verb so after a singular subject ("Il saldo devono", "el resto se abonan"), whose
    noun is no time ("Il mese scorso sono …": last month, they were), and which is no commoner
    word of ``source_lang`` ("token")."""
    pattern = _inflected_pattern(lang, plural)
    if pattern is None:
        return
    data = language(lang)
    for m in pattern.finditer(text):
        words = m.group(2).split()
        if _resumed(words, data):
            continue  # an object's pronoun, an article's look-alike: "Las colchas las colgará el comité"
        # the verb after the noun's adjective, or the word taken for one ("Il saldo devono essere")
        tries = [(m.start(3), m.group(3), words)]
        if len(words) == 2 and words[1].lower() in data.enclitics:
            tries = [(m.start(3), m.group(3), words[:1])]  # a reflexive pronoun ("el resto se abonan")
        elif len(words) == 2 and m.end(2) == m.start(3) - 1:
            tries.append((m.end(2) - len(words[1]), words[1], words[:1]))
        before = WORD_BEFORE.search(text, 0, m.start())
        for at, verb, said in tries:
            if verb in data.function_words or not _other_verb(
                verb, data.agreement, (lang, source_lang), plural
            ):
                continue
            if said[-1].lower() in data.function_words or said[0].lower() in data.function_words:
                continue  # a complement's noun ("los tiempos de espera")
            if data.infinitive_endings and verb.endswith(data.infinitive_endings):
                continue  # after a verb of the subject's ("i nomi devono cominciare")
            if not plural and (
                said[0].lower().endswith(data.plural_endings) or said[0].lower() in time_words(lang)
            ):
                continue
            if not plural and before is not None and before.group(1).lower() in data.list_negations:
                continue  # a subject of two: "nem a ligação nem o referente foram"
            # ("each" opens a subject after "and" too: "e cada rótulo devem")
            joined = before is not None and before.group(1).lower() in data.coordinators
            each = joined and m.group(1).lower() in data.agreement.neutral_determiners
            opens = each or opens_clause(text, m.start(), lang)
            if opens and not names_days(said[0], lang):
                yield NumberSlip(at, at + len(verb), " ".join([m.group(1), *said]))
                break


def resumed_slips(text: str, lang: str) -> Iterator[FormSlip]:
    """Each object's pronoun that takes up a plural noun phrase before it in the other gender
    ("Las colchas los colgará el comité": "las"), the pronoun an article's look-alike, before
    a singular verb: the phrase is its object, not its subject ("Los niños las ven")."""
    data = language(lang)
    pattern = _inflected_pattern(lang, True)
    if pattern is None:
        return
    his, hers = data.agreement.subjects[1]
    singular = tuple(one for one, _ in data.agreement.verb_plurals)
    plural = tuple(many for _, many in data.agreement.verb_plurals)
    for m in pattern.finditer(text):
        words = m.group(2).split()
        if not _resumed(words, data):
            continue
        pronoun, verb = words[-1].lower(), m.group(3)
        if verb.endswith(singular) and not verb.endswith(plural):  # the verb's subject is another
            determiner = m.group(1).lower()
            if (determiner in his and pronoun in hers) or (determiner in hers and pronoun in his):
                at = m.end(2) - len(words[-1])
                yield FormSlip(at, m.end(2), f"{m.group(1)} {words[0]}", words[-1])


def _resumed(words: list[str], data: LanguageData) -> bool:
    """Whether the words after a subject's determiner are its noun and an object's pronoun that
    looks like an article ("colchas las"): the phrase is the verb's object, taken up."""
    return len(words) == 2 and words[1].lower() in data.enclitics and words[1].lower() in data.determiners


def _other_verb(word: str, agreement: Agreement, langs: tuple[str, str], plural: bool) -> bool:
    """Whether ``word`` is a verb of the other number than a ``plural`` subject's (singular;
    else plural) by its ending (data ``verb_plurals``), the form of the subject's number
    about as common; ``langs``: the text's language and the source's ("" if unknown)."""
    lang, source_lang = langs
    for singular, plural_ending in agreement.verb_plurals:
        said, wanted = (singular, plural_ending) if plural else (plural_ending, singular)
        if word.endswith(said):
            if not plural and (
                len(word) - len(said) < _VERB_STEM
                or (agreement.singular_verb_endings and word.endswith(agreement.singular_verb_endings))
                or word[: -len(said)] + wanted in language(lang).function_words  # "foram": "fora"
                or (source_lang and zipf(word, source_lang) >= zipf(word, lang))  # the source's ("token")
            ):
                return False
            here, other = zipf(word, lang), zipf(word[: -len(said)] + wanted, lang)
            return min(here, other) >= _VERB_KNOWN and abs(here - other) <= _VERB_ALIKE
    return False


@lru_cache(maxsize=32)
def _inflected_pattern(lang: str, plural: bool) -> re.Pattern[str] | None:
    agreement = language(lang).agreement
    if len(agreement.subjects) < 2 or not agreement.verb_plurals:
        return None
    his, hers = agreement.subjects[1 if plural else 0]
    determiners = his | hers if plural else his | hers | agreement.neutral_determiners  # "cada"
    # (a possessive or an adjective with the noun: "I nostri volontari", "os alunos novos"; a
    # reflexive pronoun before the verb: "los pedidos se reciclará")
    between = "|".join((between_words(agreement), alternatives(set(language(lang).enclitics) or {"(?!)"})))
    # (a pronoun may be hyphened onto the verb: "As oficinas realiza-se")
    clitic = (
        rf"(?=-(?:{alternatives(set(agreement.hyphen_clitics))})(?![\w'’-]))|"
        if agreement.hyphen_clitics
        else ""
    )
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(determiners))})) ([^\W\d_]+(?: [^\W\d_A-Z]+)?)"
        rf"(?:[ '’](?i:{between}))*[ '’]([^\W\d_A-Z]{{3,}})(?:{clitic}(?![\w'’-]))"
    )
