"""The source's negating words that negate no clause of its own, blanked out before the
:mod:`negation` check reads a sentence: a negation with its double ("not … without"), set
phrases ("no more than 3"), a negation offered as a choice ("visible or not"). And a "not …
unless" whose translation keeps the exception only (:func:`unless_kept`)."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.negation_words import any_word, idle_blanked, negation_pattern, sentence_begin
from editor.core.langdata import language


@lru_cache(maxsize=32)
def second_negation(code: str) -> re.Pattern[str] | None:
    """The language's words that negate what follows them ("ohne"), as whole words."""
    return any_word(language(code).double_negatives)


@lru_cache(maxsize=32)
def double_pattern(code: str) -> re.Pattern[str] | None:
    """A negating word with a word of ``double_negatives`` after it in its clause and no other
    negating word between ("not … without"; of "may not enter and must not touch … without"
    the second), in one scan of lowercased text."""
    words = _alternations(code)
    if words is None:
        return None
    negating, second = words
    return re.compile(rf"\b(?:{negating})\b(?=(?:(?!\b(?:{negating})\b)[^,;:.!?])*?\b(?P<second>{second})\b)")


def _alternations(code: str) -> tuple[str, str] | None:
    """The language's negating words but its ``double_negatives``, and those, each as an
    alternation of escaped words (the longest first); None without them."""
    data = language(code)
    if not data.double_negatives or not data.negations:
        return None
    negating = "|".join(map(re.escape, sorted(data.negations - data.double_negatives, key=len, reverse=True)))
    return negating, "|".join(map(re.escape, sorted(data.double_negatives, key=len, reverse=True)))


def double_negative(lowered: str, code: str) -> tuple[int, int, str] | None:
    """The span of the first negating word of ``lowered`` that a word of ``double_negatives``
    follows in its clause ("not" in "will not open without a key"), and that word; or None."""
    pattern = double_pattern(code)
    found = None if pattern is None else pattern.search(lowered)
    return None if found is None else (*found.span(), found.group("second"))


@lru_cache(maxsize=32)
def _after_pattern(code: str) -> re.Pattern[str] | None:
    """A word of ``double_negatives`` with a negating word after it in its clause and no
    other negating word between ("without a passport will not be admitted")."""
    words = _alternations(code)
    if words is None:
        return None
    negating, second = words
    return re.compile(rf"\b(?:{second})\b(?:(?!\b(?:{negating})\b)[^,;:.!?])*?\b(?P<first>{negating})\b")


def negated_after(lowered: str, code: str) -> tuple[int, int] | None:
    """The span of a negating word that follows a word of ``double_negatives`` in its clause
    ("not" of "horses without a passport will not be admitted": admitted only with one), or
    None. Its translation keeps both; the second's counterpart ("sin") is no negation of
    the first's (:func:`seconds_blanked`)."""
    pattern = _after_pattern(code)
    found = None if pattern is None else pattern.search(lowered)
    return None if found is None else found.span("first")


def seconds_blanked(text: str, code: str) -> str:
    """``text`` with its words of ``double_negatives`` ("sin", "ohne") blanked out, in its own
    case (as :func:`doubles_blanked` does)."""
    pattern, lowered = second_negation(code), text.lower()
    if pattern is None or len(lowered) != len(text):
        return text
    for m in list(pattern.finditer(lowered)):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def doubles_blanked(text: str, code: str) -> str:
    """``text`` with each of its double negatives ("non … senza": a positive) blanked out, in
    its own case: where the source's is, the translation's says no negation."""
    pattern, lowered = double_pattern(code), text.lower()
    if pattern is None or len(lowered) != len(text):
        return text
    for m in list(pattern.finditer(lowered)):
        for start, end in (m.span(), m.span("second")):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_alternatives(lowered: str, code: str) -> str:
    """``lowered`` with its phrases that negate no clause blanked out, so that their negating
    word is not found: set phrases ("no more than 3") and phrases that offer the negation as
    a choice, at a clause's end ("visible or not.") or after a question word ("whether or not
    it is shown"); "empty or not seated" negates."""
    data = language(code)
    double = double_pattern(code)  # "not leave without telling": a positive
    if double is not None and any(word in lowered for word in data.double_negatives):
        # both words: the second ("without", "ohne") negates on its own elsewhere
        lowered = doubles_blanked(lowered, code)
    for first, second in data.opposites.lack_pairs:  # "no parts are missing": a positive
        if second in lowered:
            pattern = rf"\b{re.escape(first)}\b(?=[^,;:.!?]*?\b({re.escape(second)})\b)"
            for m in re.finditer(pattern, lowered):
                for start, end in (m.span(), m.span(1)):
                    lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    for phrase in data.idle_negations:  # "no more than": a bound, no negated clause
        if phrase in lowered:
            lowered = re.sub(rf"\b{re.escape(phrase)}\b", lambda m: " " * len(m.group()), lowered)
    for phrase in data.negated_alternatives:
        if phrase not in lowered:
            continue
        pattern = rf"(?:(?P<before>\w+)\s+)?(?P<phrase>\b{re.escape(phrase)}\b)(?P<end>\s*(?:[,;:.!?)]|$))?"
        for m in re.finditer(pattern, lowered):
            if m.group("end") is not None or m.group("before") in data.question_words:
                start, end = m.span("phrase")
                lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


@lru_cache(maxsize=32)
def _unless_proper(code: str) -> re.Pattern[str] | None:
    """The language's words for "unless" that say an exception ("sauf", "à moins", "es sei
    denn"), not a proviso ("sofern") nor a restriction ("seulement si")."""
    data = language(code)
    words = data.unless_words & (data.qualifiers.exclusions | data.exceptive_words)
    return any_word(words - data.proviso_words)


def unless_kept(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of the translation's word for "unless" where the source negates before its
    own ("cannot be transferred to another vehicle unless …") and the translation's sentence
    negates nothing before that word ("peut être transférée …, sauf si …"): the exception
    now narrows a permission, the opposite. None otherwise."""
    said, written = _unless_proper(source_lang), _unless_proper(target_lang)
    negating, theirs = negation_pattern(source_lang), negation_pattern(target_lang)
    if said is None or written is None or negating is None or theirs is None:
        return None
    lowered, lowered_target = source.lower(), target.lower()
    if len(lowered_target) != len(target):
        return None  # (a letter whose lowercase is longer would shift the offsets)
    unless = said.search(lowered)
    if unless is None:
        return None
    opened = sentence_begin(lowered, unless.start())
    negation = negating.search(idle_blanked(lowered, source_lang), opened, unless.start())
    if negation is None or any(
        mark in lowered[negation.end() : unless.start()].rstrip(" ,") for mark in ",;:"
    ):
        return None  # (a negation in a clause of its own: "if you do not come, a fee …, unless")
    kept = written.search(lowered_target)
    if kept is None:
        return None
    opened = sentence_begin(lowered_target, kept.start())
    if theirs.search(idle_blanked(lowered_target, target_lang), opened, kept.start()) is not None:
        return None
    return kept.span()
