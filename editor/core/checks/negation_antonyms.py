"""A negation the translation says without a negating word, by an antonym or by its
consequence: "is not optional" as "es obligatorio", "do not swim for 2 hours after eating"
as "wait 2 hours before swimming", "not seated properly" as "mal encaixado", "choose not to
renew" as "renoncer au renouvellement" (used by :mod:`negation`)."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.negation_words import WORD, any_word, negated_clause, only_negation, stems
from editor.core.langdata import language

_GOVERNED_WORDS = 3  # words after the "not" its adjective may come: "not strictly optional"
_MANNER_WORDS = 3  # words after the "not" its adverb may come: "not seated properly"
_CHOICE_WORDS = 2  # words before the "not" its verb of choosing may come: "chose to not"
# The units of a stretch of time, by their codes in ``unit_words``
_TIME_UNITS = frozenset({"min", "h", "day", "week", "month", "year"})
_UNIT_NAME = 3  # letters at least: a unit's name ("hours", "horas"), not its symbol ("h")


def said_by_antonym(
    lowered: str, pattern: re.Pattern[str], source_lang: str, target: str, target_lang: str
) -> bool:
    """Whether the source's only negation governs a word for optional or for mandatory ("is
    not optional", "not required"), or for switched on or off ("not enabled"), and the
    translation has a word for the other ("es obligatorio", "facultatif", "ausgeschaltet")."""
    src, tgt = language(source_lang), language(target_lang)
    pairs = (
        (src.opposites.optional_words, tgt.opposites.mandatory_words),
        (src.opposites.mandatory_words, tgt.opposites.optional_words),
        (src.opposites.enabled_words, tgt.opposites.disabled_words),
        (src.opposites.disabled_words, tgt.opposites.enabled_words),
    )
    if not any(said and opposite for said, opposite in pairs):
        return False
    clause = negated_clause(lowered, pattern)
    if clause is None:
        return False
    following = WORD.findall(clause)[:_GOVERNED_WORDS]
    for said, opposite in pairs:
        said_pattern, opposite_pattern = stems(said), stems(opposite)
        if said_pattern is None or opposite_pattern is None:
            continue
        if any(said_pattern.match(word) for word in following):
            return opposite_pattern.search(target) is not None
    return False


def said_as_waiting(
    lowered: str, pattern: re.Pattern[str], source_lang: str, target: str, target_lang: str
) -> bool:
    """Whether the source's only negation has a stretch of time after it in its clause ("do
    not swim for 2 hours after eating") and the translation says to wait before doing it: a
    word for waiting and one for "before" ("wait 2 hours before swimming")."""
    tgt = language(target_lang)
    waiting, before = stems(tgt.opposites.waiting_words), stems(tgt.opposites.before_words)
    if waiting is None or before is None or waiting.search(target) is None or before.search(target) is None:
        return False
    clause = negated_clause(lowered, pattern)
    said = None if clause is None else _duration(source_lang).search(clause)
    if said is None:
        return False
    # the same stretch of time, said with a unit's name ("12 horas"; not the clock time "12h")
    return any(m.group(1) == said.group(1) for m in _duration(target_lang).finditer(target.lower()))


@lru_cache(maxsize=16)
def _duration(code: str) -> re.Pattern[str]:
    """A number and a unit of time of the language after it ("12 hours", "2 days")."""
    names = sorted(
        (
            word
            for word, unit in language(code).unit_words
            if unit in _TIME_UNITS and word.isalpha() and len(word) >= _UNIT_NAME
        ),
        key=len,
        reverse=True,
    )
    alternation = "|".join(map(re.escape, names)) or "(?!)"
    return re.compile(rf"(?<![\d.,])(\d+)[\s\u00a0]*(?:{alternation})\b")


@lru_cache(maxsize=32)
def _wrong_pattern(code: str) -> re.Pattern[str] | None:
    """A language's words for "badly", "wrongly" ("mal", "falsch"), found in one scan."""
    return any_word(language(code).opposites.wrong_adverbs)


def said_badly(
    lowered: str, pattern: re.Pattern[str], source_lang: str, target: str, target_lang: str
) -> bool:
    """Whether the source's only negation governs an adverb of doing right ("not seated
    properly") and the translation says it with a word for "badly" ("mal encaixado"). With a
    second negation in the source, "mal" says one of them at most."""
    right = language(source_lang).opposites.right_adverbs
    wrong = _wrong_pattern(target_lang)
    if not right or wrong is None or wrong.search(target.lower()) is None:
        return False
    clause = negated_clause(lowered, pattern)
    if clause is None:
        return False
    return any(word in right for word in WORD.findall(clause)[:_MANNER_WORDS])


def declined(lowered: str, pattern: re.Pattern[str], source_lang: str, target: str, target_lang: str) -> bool:
    """Whether the source's only negation follows a verb of choosing ("if you choose not to
    renew") and the translation says it with a word for deciding against ("sich gegen eine
    Verlängerung entscheiden", "renoncer au renouvellement")."""
    choices = language(source_lang).opposites.choice_verbs
    declining = stems(language(target_lang).opposites.declining_words)
    if not choices or declining is None or declining.search(target) is None:
        return False
    only = only_negation(lowered, pattern)
    if only is None:
        return False
    before = WORD.findall(lowered[: only[0]])[-_CHOICE_WORDS:]
    return any(word in choices for word in before)
