"""How many paraphrases of a negation a negated source sentence says beside its negation,
which its translation renders too ("no other food": "ninguna otra comida"), so that only
more of them say the negation."""

from __future__ import annotations

import re

from editor.core.checks.negation_words import WORD, paraphrase_pattern
from editor.core.langdata import language

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def contrasted(source: str, span: tuple[int, int] | None, code: str) -> int:
    """How many paraphrases of a negation the source's sentence says beside its negation:
    before it, in a clause of their own ("on the terrace only, never inside"), or as the word
    right after it ("not different"). The translation says them too ("solo", "anders"), and
    needs one more to say the negation. Not inside a compound ("read-only"); not a word for
    "other", which :func:`other_pairs` pairs."""
    if span is None:
        return 0
    return (
        _contrasted_before(source, span, code)
        + _paraphrase_after(source, span, code)
        + _contrasted_after(source, span, code)
    )


# a sentence's end (not a web address's dot); a semicolon parts clauses, like a comma
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_CLAUSE_MARKS = ",:;"


def _contrasted_after(source: str, span: tuple[int, int], code: str) -> int:
    """How many paraphrases of a negation the clauses after the negation's own say, up to its
    sentence's end ("are not included, except for the club"): the translation renders them
    ("sauf"). Not a restrictive word ("could not read: read only 3"), which translations say
    in too many forms ("soli") to be counted on both sides."""
    stop = _SENTENCE_END.search(source, span[1])
    end = stop.start() if stop else len(source)
    opened = min(
        (at for at in (source.find(mark, span[1], end) for mark in _CLAUSE_MARKS) if at >= 0), default=-1
    )
    pattern = paraphrase_pattern(code)
    if opened < 0 or pattern is None:
        return 0
    after = source[opened:end]
    restrictive = language(code).restrictive_words
    others = language(code).opposites.other_words
    return sum(
        "-" not in after[m.start() - 1 : m.start()] + after[m.end() : m.end() + 1]
        and m.group().lower() not in restrictive
        and m.group().lower() not in others
        for m in pattern.finditer(after)
    )


def _paraphrase_after(source: str, span: tuple[int, int], code: str) -> int:
    """1 where the word after the negation is a paraphrase of one ("not different"): the
    translation renders that word too ("nicht anders"), so its "anders" says no negation; else
    0. A word for "other" ("no other food": "ninguna otra comida") is :func:`other_pairs`'."""
    after = _NEXT_WORD.match(source, span[1])
    pattern = paraphrase_pattern(code)
    if after is None or pattern is None or after.group(1).lower() in language(code).opposites.other_words:
        return 0  # ("no other food": see other_pairs)
    return int(pattern.fullmatch(after.group(1)) is not None)


def _contrasted_before(source: str, span: tuple[int, int], code: str) -> int:
    opened = max((m.start() for m in _SENTENCE_END.finditer(source, 0, span[0])), default=-1)
    before = source[opened + 1 : span[0]]
    pattern = paraphrase_pattern(code)
    if not any(mark in before for mark in _CLAUSE_MARKS):
        # in the negation's own clause ("only members may not"), a paraphrase is part of it,
        # but for a verb of its own ("Students who miss … do not"); a restriction with a verb
        # of its own between ("may only enter with a pass and must not stay") is not
        verbs = language(code).opposites.lacking_verbs
        own = sum(m.group().lower() in verbs for m in pattern.finditer(before)) if pattern else 0
        return _restricted_apart(before.lower(), code) + own
    if pattern is None:
        return 0
    others = language(code).opposites.other_words
    return sum(
        "-" not in before[m.start() - 1 : m.start()] + before[m.end() : m.end() + 1]
        and m.group().lower() not in others
        for m in pattern.finditer(before)
    )


_OPENS_CONJUNCT = 1  # words before a negation a coordinator opening its conjunct stands ("and cannot")


def _restricted_apart(before: str, code: str) -> int:
    """How many restrictive words ("only") of ``before`` (the source's sentence up to its
    negation, lowercase) an auxiliary verb follows ("may only enter … and must not"): each
    restricts a verb of its own, which the translation's "nur" renders."""
    data = language(code)
    if not data.restrictive_words or not data.auxiliaries:
        return 0
    words = [(m.start(), m.group()) for m in WORD.finditer(before)]
    # a verb of the negation's own after the restriction: an auxiliary, or a coordinator
    # right before the negation, which opens its conjunct ("are only valid … and cannot")
    apart = [at for at, word in words if word in data.auxiliaries]
    apart += [at for at, word in words[-_OPENS_CONJUNCT:] if word in data.coordinators]
    return sum(
        word in data.restrictive_words and any(at > start for at in apart)
        for start, word in words
        if "-" not in before[start - 1 : start]  # "read-only"
    )


_OTHER_WORD = re.compile(r"[^\W\d_]+")


def other_pairs(source: str, text: str, source_lang: str, target_lang: str) -> int:
    """How many words for "other" of ``text`` (a translation of ``source``) render the source's
    own ("other dogs are not permitted": "andere Hunde"; "adds another 40 minutes": "otros
    40 minutos"): as many as both say. Such a word is a paraphrase of a negation, but there
    it says none."""
    theirs, ours = language(source_lang).opposites.other_words, language(target_lang).opposites.other_words
    if not theirs or not ours:
        return 0
    said = sum(w.lower() in theirs for w in _OTHER_WORD.findall(source))
    return min(said, sum(w.lower() in ours for w in _OTHER_WORD.findall(text))) if said else 0
