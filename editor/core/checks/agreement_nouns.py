"""agreement: a singular verb right after a plural subject told by its noun, in a language
whose article does not tell the number (Dutch "de"): a noun of an ending only plurals have
("Leerlingen moet", "Deelnemers mag"), or one after a determiner of the plural ("Onze
medewerkers zet"). A helper of ``agreement``; the data are ``Agreement.plural_nouns``,
``plural_determiners``, ``singular_verbs``, ``subject_pronouns``, ``dummy_subjects``,
``copulas`` and ``stem_changes``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.agreement_predicates import NumberSlip
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_KNOWN = 2.5  # Zipf: the noun's singular is a word of the language
_NOUN = 5  # letters of a plural noun at least ("kazen")
_ALIKE = 1.0  # Zipf points a plural noun's singular may be rarer than it, at most
_VOWELS = frozenset("aeiouy")
_BARE = 7  # letters of a plural noun that opens a sentence bare at least (not "Anders")


def plural_noun_slips(text: str, lang: str) -> Iterator[NumberSlip]:
    """Each verb right after a plural subject that opens its sentence (or follows a colon or
    semicolon), singular (data ``singular_verbs``): the subject a noun of an ending only
    plurals have (data ``plural_nouns``: "-ers", "-ingen"), or a determiner of the plural
    (``plural_determiners``: "onze", "alle"), maybe an adjective, and a noun in "-en" or "-s"
    whose singular is a word. Not where a pronoun follows the verb: the subject then comes
    after it ("Fietsen mag je"); nor after a coordinator where the verb ends its clause, a
    subordinate clause's with the subject before ("wenn er … und die Anmeldungen hat")."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    agreement = language(lang).agreement
    for m in pattern.finditer(text):
        noun, verb = m.group(2).lower(), m.group(3)
        after = text[m.end() : m.end() + 8].split(maxsplit=1)
        if after and after[0].lower() in agreement.subject_pronouns:
            continue  # the subject after its verb: "Fietsen mag je hier niet parkeren"
        singular = agreement.copulas[0] if agreement.copulas else frozenset()
        if after and after[0] in agreement.dummy_subjects and verb.lower() in singular:
            continue  # "Leerlingen is het niet toegestaan": it is not allowed to pupils
        if m.group(1) is None and not (len(noun) >= _BARE and noun.endswith(agreement.plural_nouns)):
            continue
        if m.group(1) is not None and not noun.endswith(agreement.plural_nouns) and not _plural(noun, lang):
            continue
        if m.start() and text[m.start() - 2] not in ".!?:;" and not _WORD_AFTER.match(text, m.end()):
            continue  # after a coordinator, the verb last in a clause: a subordinate clause's
        if verb.lower() in agreement.singular_verbs:
            yield NumberSlip(m.start(3), m.end(3), text[m.start() : m.end(2)])


_WORD_AFTER = re.compile(r" [^\W\d_]")  # (a main clause's verb stands second, words after it)


def _plural(noun: str, lang: str) -> bool:
    """Whether a noun after a plural determiner ends as a plural does and its singular is a word
    about as common: "-s" after it ("medewerkers": "medewerker"), or "-en" after it as Dutch
    spelling writes it (a single consonant after a single vowel says a long one, "vragen":
    "vraag"; a doubled one a short one, "lessen": "les"; data ``stem_changes``, "kazen":
    "kaas"), not a singular noun in "-en" ("molen", "keuken")."""
    if len(noun) < _NOUN:
        return False
    if noun.endswith("s"):
        singular = noun[:-1]
    elif noun.endswith("en"):
        singular = noun[:-2]
        if singular[-1] not in _VOWELS and singular[-1] == singular[-2]:
            singular = singular[:-1]
        elif singular[-1] not in _VOWELS and singular[-2] in _VOWELS and singular[-3] not in _VOWELS:
            singular = singular[:-1] + singular[-2:]
        for said, written in language(lang).agreement.stem_changes:
            if singular.endswith(said):
                singular = singular[: -len(said)] + written
    else:
        return False
    return zipf(singular, lang) >= max(_KNOWN, zipf(noun, lang) - _ALIKE)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A sentence's start, maybe a plural determiner (group 1) and an adjective in "-e", a
    noun (2) and the word after it (3)."""
    data = language(lang)
    agreement = data.agreement
    if not agreement.plural_nouns or not agreement.singular_verbs:
        return None
    determiners = alternatives(set(agreement.plural_determiners))
    # (or a coordinator that opens a clause of its own: "…, und die Teilnehmenden wird")
    joined = "".join(f"|(?<= {re.escape(word)} )" for word in sorted(data.coordinators))
    return re.compile(
        rf"(?:^|(?<=[.!?:;] ){joined})(?:((?i:{determiners})) (?:[^\W\d_]+e )?)?"
        rf"([^\W\d_]{{4,}}) ([^\W\d_]{{2,}})(?![\w'’-])"
    )
