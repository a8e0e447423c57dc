"""negation: a source's negation said as its opposite, with a word the translation has.

A dropped "not" leaves nothing behind; these slips leave a word that says the opposite:
"without" said "with" ("sans" -> "avec"), "never" said as a restriction ("ne … que", "nur"),
"no longer" said "still" ("nog"), "unless" said "even if" ("anche se") or "provided that"
("pourvu que"), "never" said "not always" ("nicht immer"). Each is told by the words of both
languages (language data ``with_words``, ``never_words``, ``restrictive_words``,
``restrictive_pairs``, ``exceptive_words``, ``ceasing_words``, ``still_words``,
``unless_words``, ``even_if_words``, ``proviso_words``, ``always_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.negation_parts import aligned
from editor.core.checks.negation_words import (
    CONTRACTED,
    any_word,
    idle_blanked,
    negating,
    negation_pattern,
    opened_at,
    paraphrases,
    prefixed,
)
from editor.core.checks.wordtrie import CaselessWords
from editor.core.langdata import language

_CLAUSE_STOPS = ",;:.!?"
_BOUND = re.compile(r"\s+than\b")  # "no longer than": a bound, no ceasing
_PROVISO_REACH = 30  # characters after "provided that" where a negation says "unless" again


@dataclass(frozen=True, slots=True)
class Turn:
    """The source's word (its span in the source) and the translation's opposite (its span
    in the translation)."""

    start: int
    end: int
    said: tuple[int, int]


def turned(
    source: str, target: str, source_lang: str, target_lang: str, prose: Callable[[], bool]
) -> Turn | None:
    """The first of the source's negations that the translation says as its opposite, or
    None; ``prose`` tells whether the segment is running prose (asked only when needed)."""
    cue = _cues(source_lang)
    if cue is None or not cue.found_in(source):
        return None  # no "without", "never", "no longer", "unless": most sentences, in one scan
    lowered, lowered_target = source.lower(), target.lower()
    if len(lowered) != len(source) or len(lowered_target) != len(target):
        return None  # a letter whose lowercase is longer ("İ"): offsets would shift
    return (
        _with_for_without(lowered, lowered_target, source_lang, target_lang, prose)
        or _restricted(lowered, target, lowered_target, source_lang, target_lang)
        or _still(lowered, lowered_target, source_lang, target_lang)
        or _even_if(lowered, lowered_target, source_lang, target_lang)
        or _unless_for_even_if(lowered, lowered_target, source_lang, target_lang)
        or _proviso(lowered, lowered_target, source_lang, target_lang)
        or _not_always(lowered, lowered_target, source_lang, target_lang)
    )


@lru_cache(maxsize=16)
def _cues(lang: str) -> CaselessWords | None:
    """Any word one of the rules below starts from, in any case: a substring test of each
    rule's own (they test the lowercased source again)."""
    data = language(lang)
    cues = (
        data.double_negatives | data.never_words | data.ceasing_words | data.unless_words | data.even_if_words
    )
    if not cues:
        return None
    return CaselessWords({cue.lower() for cue in cues})


def says_negation(text: str, lang: str) -> bool:
    """Whether ``text`` (lowercase) says a negation in any of the usual ways: a negating
    word, a paraphrase ("nur", "sauf"), a word with a negative prefix ("ungültig")."""
    pattern = negation_pattern(lang)
    if pattern is not None and negating(text, pattern, idle_blanked(text, lang)) is not None:
        return True
    return paraphrases(text, lang) > 0 or prefixed(text, lang)


def _with_for_without(
    lowered: str, target: str, source_lang: str, target_lang: str, prose: Callable[[], bool]
) -> Turn | None:
    """A "without" of the source that no negation governs ("reimbursed without approval";
    not "not allowed without consent", which says "only with consent") said with the
    target's "with": the translation has no "without", more "with"s than the source, and
    no negation at all."""
    source_data, target_data = language(source_lang), language(target_lang)
    if not any(word in lowered for word in source_data.double_negatives):
        return None
    without, with_here = _words(source_data.double_negatives), _words(target_data.with_words)
    if without is None or with_here is None or not target_data.double_negatives:
        return None
    said = with_here.search(target)
    if said is None or any(word in target for word in target_data.double_negatives):
        return None
    with_there = _words(source_data.with_words)
    there = 0 if with_there is None else len(with_there.findall(lowered))
    if len(with_here.findall(target)) <= there or says_negation(target, target_lang) or not prose():
        return None  # software messages say "fails without" as they like
    pattern = negation_pattern(source_lang)
    pairs = aligned(lowered, target)
    for m in without.finditer(idle_blanked(lowered, source_lang)):
        opened = opened_at(lowered, m.start(), _CLAUSE_STOPS)
        clause = lowered[opened : m.start()]
        if CONTRACTED.search(clause) or (pattern is not None and pattern.search(clause)):
            continue  # "not … without": the positive, said "only with" as often as not
        if pairs is not None:
            # where the clauses pair, the "with" stands in the clause of the "without" (not in
            # "funcionan con una moneda; la pérdida de una llave" for "take a coin; lost keys")
            part = next(((c, d) for (a, b), (c, d) in pairs if a <= m.start() < b), None)
            here = None if part is None else with_here.search(target, *part)
            if here is None:
                continue
            return Turn(m.start(), m.end(), here.span())
        return Turn(m.start(), m.end(), said.span())
    return None


def _restricted(
    lowered: str, target: str, lowered_target: str, source_lang: str, target_lang: str
) -> Turn | None:
    """A "never" with no exception in its sentence ("we never close accounts …")
    whose translation negates only with a restriction ("nous ne fermons que …", "nur"),
    which says the opposite. With an exception ("never … except on Sundays") a restriction
    says it well ("only on Sundays")."""
    never = _words(language(source_lang).never_words)
    found = None if never is None else never.search(lowered)
    if found is None:
        return None
    exceptive = _words(language(source_lang).exceptive_words)
    if exceptive is not None and exceptive.search(lowered):
        return None
    restriction = _restriction(lowered_target, target_lang)
    if restriction is None or not says_negation(lowered_target, target_lang):
        return None
    blanked = _unrestricted(lowered_target, target_lang)
    if says_negation(blanked, target_lang):
        return None
    return Turn(*found.span(), restriction)


def _still(lowered: str, target: str, source_lang: str, target_lang: str) -> Turn | None:
    """A "no longer" ("not … any more") said with the target's "still" ("nog", "encore") and
    no negation: what stops is said to go on."""
    source_data = language(source_lang)
    if not any(phrase in lowered for phrase in source_data.ceasing_words):
        return None
    ceasing, still = _words(source_data.ceasing_words), _words(language(target_lang).still_words)
    if ceasing is None or still is None:
        return None
    found = next((m for m in ceasing.finditer(lowered) if not _BOUND.match(lowered, m.end())), None)
    pattern = negation_pattern(source_lang)
    if found is None or pattern is None or negating(lowered, pattern) is None:
        return None  # "any more" asks for more ("any more questions?") without a negation
    said = still.search(target)
    if said is None or says_negation(target, target_lang):
        return None
    still_there = _words(source_data.still_words)
    if still_there is not None and len(still_there.findall(lowered)) >= len(still.findall(target)):
        return None  # the source's own "still" ("still works, but no longer charges")
    return Turn(*found.span(), said.span())


def _even_if(lowered: str, target: str, source_lang: str, target_lang: str) -> Turn | None:
    """An "unless" said "even if" ("no refund unless the trip is called off" -> "… even if
    it is called off"): the translation has no word for "unless" ("salvo", "tenzij", "es sei denn")
    and more words for "even if" than the source."""
    source_data, target_data = language(source_lang), language(target_lang)
    said = (source_data.unless_words, target_data.unless_words)
    return _said_as_other(lowered, target, said, (source_data.even_if_words, target_data.even_if_words))


def _unless_for_even_if(lowered: str, target: str, source_lang: str, target_lang: str) -> Turn | None:
    """An "even if" said "unless" ("closes at 17:00, even if volunteers are still free" -> "…
    a meno che non ci siano volontari"), the opposite of :func:`_even_if`. Only phrases ("even
    if", not "though": "…, though division by 0 is trapped" said "… außer Kraft")."""
    source_data, target_data = language(source_lang), language(target_lang)
    phrases = frozenset(word for word in source_data.even_if_words if " " in word)
    said = (phrases, target_data.even_if_words)
    return _said_as_other(lowered, target, said, (source_data.unless_words, target_data.unless_words))


def _said_as_other(
    lowered: str,
    target: str,
    said: tuple[frozenset[str], frozenset[str]],
    other: tuple[frozenset[str], frozenset[str]],
) -> Turn | None:
    """A word of the source's class ``said`` (its words in the source's and the target's
    language) that the translation says with the ``other`` class only: it has no word of
    ``said`` and more words of ``other`` than the source."""
    if not any(word in lowered for word in said[0]):
        return None
    ours, theirs = _words(said[0]), _words(other[1])
    if ours is None or theirs is None:
        return None
    found, written = ours.search(lowered), theirs.search(target)
    if found is None or written is None:
        return None
    kept = _words(said[1])
    if kept is not None and kept.search(target):
        return None
    there = _words(other[0])
    if there is not None and len(there.findall(lowered)) >= len(theirs.findall(target)):
        return None
    return Turn(*found.span(), written.span())


def _proviso(lowered: str, target: str, source_lang: str, target_lang: str) -> Turn | None:
    """An "unless" said "provided that" ("no refund unless it is cancelled" -> "… pourvu
    qu'il soit annulé", see :func:`_said_as_proviso`), with no negation in the few words
    after the source's "unless" ("unless it was not reported": "provided it was reported",
    see :func:`proviso_negation`)."""
    pair = _said_as_proviso(lowered, target, source_lang, target_lang)
    if pair is None or _negated_after(lowered, pair[0].end(), source_lang) is not None:
        return None
    return Turn(*pair[0].span(), pair[1].span())


def proviso_negation(lowered: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of the source's negation inside its "unless" clause where the translation
    says the clause as a proviso with no negation ("unless the damage was not reported" ->
    "purché il danno sia stato segnalato"): two negations said as none."""
    pair = _said_as_proviso(lowered, target, source_lang, target_lang)
    return None if pair is None else _negated_after(lowered, pair[0].end(), source_lang)


def unless_as_proviso(
    lowered: str, span: tuple[int, int], target: str, source_lang: str, target_lang: str
) -> bool:
    """Whether the source's negation at ``span`` comes before its "unless" and the translation
    says a proviso ("cannot be transferred unless you tell us" -> "kann übertragen werden,
    sofern Sie uns informieren"): the positive under its condition, which the source says too."""
    return _unless_and_proviso(lowered, target.lower(), source_lang, target_lang, span[1]) is not None


def _said_as_proviso(
    lowered: str, target: str, source_lang: str, target_lang: str
) -> tuple[re.Match[str], re.Match[str]] | None:
    """:func:`_unless_and_proviso`, where the translation has no word for "unless" and more
    words for "provided that" than the source."""
    pair = _unless_and_proviso(lowered, target, source_lang, target_lang)
    if pair is None:
        return None
    source_data, target_data = language(source_lang), language(target_lang)
    unless_here = _words(target_data.unless_words)
    if unless_here is not None and unless_here.search(target):
        return None
    there, proviso = _words(source_data.proviso_words), _words(target_data.proviso_words)
    if (
        there is not None
        and proviso is not None
        and len(there.findall(lowered)) >= len(proviso.findall(target))
    ):
        return None
    return pair


def _unless_and_proviso(
    lowered: str, target: str, source_lang: str, target_lang: str, start: int = 0
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The source's first "unless" from ``start`` (an "only if" is a proviso already) and the
    translation's (``target``, lowercase) first "provided that", with no negation in the few
    words after it ("provided it is not …" says "unless" again)."""
    source_data, target_data = language(source_lang), language(target_lang)
    if not any(word in lowered for word in source_data.unless_words) or not target_data.proviso_words:
        return None
    unless, proviso = _words(source_data.unless_words), _words(target_data.proviso_words)
    if unless is None or proviso is None:
        return None
    found = next(
        (
            m
            for m in unless.finditer(lowered, start)
            if m.group().split()[0] not in source_data.restrictive_words
        ),
        None,
    )
    said = proviso.search(target)
    if found is None or said is None:
        return None
    pattern = negation_pattern(target_lang)
    if pattern is not None and pattern.search(target, said.end(), said.end() + _PROVISO_REACH):
        return None
    return found, said


def _negated_after(lowered: str, at: int, lang: str) -> tuple[int, int] | None:
    """The span of a negating word in the few characters after ``at`` in its clause."""
    pattern = negation_pattern(lang)
    clause = re.split(r"[,;:.!?]", lowered[at : at + _PROVISO_REACH], maxsplit=1)[0]
    found = None if pattern is None else pattern.search(lowered, at, at + len(clause))
    return None if found is None else found.span()


def _not_always(lowered: str, target: str, source_lang: str, target_lang: str) -> Turn | None:
    """A "never" said "not always" ("is never charged" -> "n'est pas toujours facturé"): the
    translation has a negating word right before a word for "always", no word for "never",
    and the source no "always" of its own."""
    source_data, target_data = language(source_lang), language(target_lang)
    never, always = _words(source_data.never_words), _not_always_pattern(target_lang)
    if never is None or always is None:
        return None
    found, said = never.search(lowered), always.search(target)
    if found is None or said is None:
        return None
    never_here, always_there = _words(target_data.never_words), _words(source_data.always_words)
    if (never_here is not None and never_here.search(target)) or (
        always_there is not None and always_there.search(lowered)
    ):
        return None
    return Turn(*found.span(), said.span())


@lru_cache(maxsize=16)
def _not_always_pattern(lang: str) -> re.Pattern[str] | None:
    """A negating word of ``lang`` and a word for "always" at most one word after it
    ("pas toujours", "nicht immer", "не всегда")."""
    data = language(lang)
    if not data.always_words or not data.negations:
        return None
    negations = "|".join(re.escape(w) for w in sorted(data.negations, key=len, reverse=True))
    always = "|".join(re.escape(w) for w in sorted(data.always_words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{negations})(?:\s+\w+)?\s+(?:{always})(?!\w)")


def _restriction(lowered: str, lang: str) -> tuple[int, int] | None:
    """The span of the first restriction of ``lowered``: a restrictive word ("nur"), or a
    pair ("ne … que") with no other negating word between its words."""
    found = [whole for whole, _ in _restrictions(lowered, lang)]
    return min(found) if found else None


def _unrestricted(lowered: str, lang: str) -> str:
    """``lowered`` with its restrictions blanked out (see :func:`_restriction`): the word that
    would count as a negation or its paraphrase ("nur", the "ne" of "ne … que")."""
    for _, (start, end) in _restrictions(lowered, lang):
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


def _restrictions(lowered: str, lang: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each restriction of ``lowered``: its span, and the span of its negating word."""
    found = []
    words = _words(language(lang).restrictive_words)
    if words is not None:
        found += [(m.span(), m.span()) for m in words.finditer(lowered)]
    pattern = negation_pattern(lang)
    for pair in _pairs(lang):
        for m in pair.finditer(lowered):
            if pattern is None or not pattern.search(lowered, m.end(1), m.start(2)):
                found.append((m.span(), m.span(1)))
    return found


@lru_cache(maxsize=32)
def _pairs(lang: str) -> tuple[re.Pattern[str], ...]:
    """The language's restrictive pairs as patterns: the first word (group 1; elided before
    a vowel: "n'") and the second (group 2) later in its clause."""
    patterns = []
    for first, second in language(lang).restrictive_pairs:
        opening, closing = _elided(first), _elided(second)
        patterns.append(re.compile(rf"\b({opening})[^,;:.!?]*?\b({closing})"))
    return tuple(patterns)


def _elided(word: str) -> str:
    """A word, or its elided form before a vowel ("ne", "n'") when it ends in "e"."""
    if not word.endswith("e"):
        return rf"{re.escape(word)}\b"
    return rf"{re.escape(word)}\b|{re.escape(word[:-1])}['’]"


@lru_cache(maxsize=64)
def _words(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` (phrases too), whole, in one scan of lowercased text."""
    return any_word(words)
