"""agreement: an adjective whose ending does not follow its determiner ("einen schriftliche
Abmahnung", "dem neue Mitglied": after "einen" or "dem" a German adjective ends in "-en"; "een
zwarte balletpakje": before a Dutch diminutive, neuter, "een" takes the bare adjective). A
helper of ``agreement``; the words are each language's ``Agreement``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.agreement_predicates import OPENS
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_KNOWN = 2.0  # Zipf: the adjective and its form with the right ending are words of the language
_OPENS = re.compile(OPENS)  # matched where the determiner starts
# Before the determiner: a comma and at most two words (a preposition): a relative pronoun
# ("der Mann, den schöne Frauen lieben"; ", bis zu dem neue Daten …"), no article
_RELATIVE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,2}\Z")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")


class DeclensionSlip(NamedTuple):
    start: int
    end: int
    determiner: str  # as written
    fixed: str  # the adjective with the ending the determiner asks for; "" where unsure


def declension_slips(text: str, lang: str) -> Iterator[DeclensionSlip]:
    """Each adjective right after one of the language's ``declined_determiners`` and before
    its noun that has the ending it must not have there, where the form with the right
    ending is a word too ("einen schriftliche Abmahnung": "schriftlichen"). Not after a
    comma (the determiner is a relative pronoun), nor a function word ("um den die
    Beschriftung rotiert") or a word of ``declension_skips``."""
    tables = language(lang)
    data = tables.agreement
    grammar = tables.function_words | tables.determiners  # "um den die Beschriftung rotiert"
    plain, declined = data.declined_endings
    yield from _slips(text, lang, data.declined_determiners, (plain, declined), grammar)
    # ("eine zweiten Person": "zweite"; after a preposition the determiner's case may be the
    # slip, "zu eine neueren Version", so no fix is offered)
    for slip in _slips(text, lang, data.plain_determiners, (declined, plain), grammar):
        before = _WORD_BEFORE.search(text, 0, slip.start - len(slip.determiner) - 1)
        governed = before is not None and before.group(1).lower() in tables.prepositions
        yield slip._replace(fixed="") if governed else slip


def _slips(
    text: str, lang: str, determiners: frozenset[str], endings: tuple[str, str], grammar: frozenset[str]
) -> Iterator[DeclensionSlip]:
    pattern = _pattern(lang, determiners, endings[0])
    if pattern is None:
        return
    data = language(lang).agreement
    wrong, right = endings
    for m in pattern.finditer(text):
        adjective = m.group(1)
        if adjective in data.declension_skips or adjective in grammar:
            continue
        # the scan finds the adjective and its noun after a determiner's last letters: the
        # word they end must be a determiner, no word's tail ("Wagen neue Räder"),
        # with no word or code before it
        end = start = m.start() + 2
        while start and text[start - 1].isalpha():
            start -= 1
        determiner = text[start:end]
        if determiner.lower() not in determiners or _OPENS.match(text, start) is None:
            continue
        if _RELATIVE.search(text, max(0, start - 30), start):
            continue
        fixed = _stem(adjective[: len(adjective) - len(wrong)], lang) + right
        if zipf(adjective, lang) >= _KNOWN and zipf(fixed, lang) >= _KNOWN:
            yield DeclensionSlip(m.start(1), m.end(1), determiner, fixed)


_VOWEL_BEFORE = re.compile(r"(?<![aeiou])([aeiou])([^\W\d_aeiou])$")


def _stem(stem: str, lang: str) -> str:
    """The stem as the language writes it alone, where it is a commoner word so: its last
    letter changed (``stem_changes``: "liev" -> "lief") and a single vowel before it doubled
    ("grot" -> "groot", "rod" -> "rood"), as a syllable that lost its ending closes."""
    changes = language(lang).agreement.stem_changes
    if not changes:
        return stem
    found = [stem]
    for old, new in changes:
        if stem.endswith(old):
            found.append(stem[: len(stem) - len(old)] + new)
    found += [_VOWEL_BEFORE.sub(r"\1\1\2", form) for form in found]
    return max(found, key=lambda form: zipf(form, lang))


@lru_cache(maxsize=16)
def _pattern(lang: str, determiners: frozenset[str], ending: str) -> re.Pattern[str] | None:
    """The last two letters of one of ``determiners``, a lowercase word with the wrong
    ``ending`` (group 1), and a noun (capitalised in a language that capitalises its nouns):
    a scan that starts at a letter, which Python's engine runs far faster than one that
    starts at the determiners' alternation behind a lookbehind."""
    data = language(lang)
    if not determiners or not ending:
        return None
    wrong = re.escape(ending)
    # the determiners' last two letters, lowercase (a determiner in capitals, "DEM", is not
    # read): where they share the first, the scan starts at a literal, the fastest start
    ends = [_letters({d[k] for d in determiners}) for k in (-2, -1)]
    noun = r"[^\W\d_a-z][^\W\d_]+" if data.capitalises_nouns else r"[^\W\d_]{2,}"
    if data.agreement.declined_nouns:
        noun += "(?:" + "|".join(map(re.escape, data.agreement.declined_nouns)) + ")"
    return re.compile(rf"{ends[0]}{ends[1]} ([^\W\d_A-Z]{{2,}}{wrong}) {noun}(?![\w'’-])")


def _letters(letters: set[str]) -> str:
    """A pattern of one of ``letters``: the letter itself where it is one."""
    if len(letters) == 1:
        return re.escape(next(iter(letters)))
    return "[" + "".join(re.escape(letter) for letter in sorted(letters)) + "]"


class CaseSlip(NamedTuple):
    start: int
    end: int
    preposition: str  # as written
    determiner: str
    verb: str = ""  # a verb of rest later in the clause, after a motion's case ("bleiben")


def case_slips(text: str, lang: str) -> Iterator[CaseSlip]:
    """Each preposition right before a determiner of a case it never governs ("bei einen
    Nachbarn", "für einem Kunden"; the language's ``preposition_cases``)."""
    found = _case_pattern(lang)
    if found is None:
        return
    pattern, wrong = found
    for m in pattern.finditer(text):
        preposition, determiner = m.group(1), m.group(2)
        if determiner.lower() in wrong[preposition.lower()]:
            yield CaseSlip(m.start(), m.end(), preposition, determiner)
    yield from _moved_to_rest(text, lang)


@lru_cache(maxsize=16)
def _case_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, frozenset[str]]] | None:
    pairs = language(lang).agreement.preposition_cases
    if not pairs:
        return None
    wrong: dict[str, frozenset[str]] = {}
    for prepositions, determiners in pairs:
        for preposition in prepositions:
            wrong[preposition] = wrong.get(preposition, frozenset()) | determiners
    ours = "|".join(sorted(map(re.escape, wrong), key=len, reverse=True))
    theirs = "|".join(sorted(map(re.escape, set().union(*wrong.values())), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])((?i:{ours})) ((?i:{theirs}))(?![\w'’-])"), wrong


def _moved_to_rest(text: str, lang: str) -> Iterator[CaseSlip]:
    """A preposition with a determiner of motion ("in einen", "ins") whose clause goes on to
    a verb of rest ("in einen separaten Raum bleiben"): the case of a place is wanted."""
    patterns = _rest_patterns(lang)
    if patterns is None:
        return
    motion, clause, rest = patterns
    particles = language(lang).agreement.rest_particles
    for m in motion.finditer(text):
        rest_of_clause = clause.match(text, m.end())
        verb = rest.search(rest_of_clause.group()) if rest_of_clause is not None else None
        if verb is not None and verb.group().lower() in particles and rest_of_clause is not None:
            verb = verb if not rest_of_clause.group()[verb.end() :].strip() else None  # (last only)
        if verb is not None:
            preposition, _, determiner = m.group().partition(" ")
            yield CaseSlip(m.start(), m.end(), preposition, determiner or preposition, verb.group())


@lru_cache(maxsize=16)
def _rest_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The motion phrases, the rest of a clause (up to a mark or a coordinator) and the verbs
    of rest of the language."""
    data = language(lang)
    phrases, verbs = data.agreement.motion_phrases, data.agreement.rest_verbs | data.agreement.rest_particles
    if not phrases or not verbs:
        return None
    joins = alternatives(set(data.coordinators))
    return (
        re.compile(rf"(?<![\w'’-])(?i:{alternatives(set(phrases))})(?![\w'’-])"),
        re.compile(rf"[^,;:.!?()\n]*?(?=[,;:.!?()\n]|\s(?i:{joins})\s|$)"),
        re.compile(rf"(?<![\w'’-])(?i:{alternatives(set(verbs))})(?![\w'’-])"),
    )
