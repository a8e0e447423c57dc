"""lost_qualifier's other side: an "always" the translation adds ("são sempre cobradas" for
"are charged in full"), which turns a statement into a rule without exception, an
exception it appends (", salvo menores acompañados"), which narrows the rule, and a price
said per person where the source says it for nobody in particular."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from editor.core.checks.negation_words import any_word
from editor.core.checks.numparse import numbers
from editor.core.checks.qualifier_bounds import added_bound
from editor.core.checks.tax_basis import TAX_WORDS
from editor.core.langdata import language


@lru_cache(maxsize=16)
def _patterns(source_lang: str, target_lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The target language's words for "always" and its set phrases with them that say
    something else ("immer mehr": more and more, "nog steeds": still, "sempre che": provided
    that); the source language's words a translation may say with its "always": "always"
    itself, "never", "still", "each", "every", "whenever" and the like."""
    source, target = language(source_lang), language(target_lang)
    licences = source.always_words | source.never_words | source.still_words
    licences |= source.qualifiers.always_phrases | source.qualifiers.distributives
    return any_word(target.always_words), any_word(target.qualifiers.always_phrases), any_word(licences)


def added_always(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a word for "always" in ``target`` that no word of ``source`` licenses,
    outside the target language's set phrases; or None."""
    always, idle, licences = _patterns(source_lang, target_lang)
    if always is None or licences is None or not language(source_lang).always_words:
        return None
    lowered = target.lower()
    if len(lowered) != len(target) or always.search(lowered) is None:
        return None  # (one scan: most translations say no "always")
    if any(not _per_period(source, m, source_lang) for m in licences.finditer(source.lower())):
        return None  # (an amount per night is none per person: "€25 per night" → "a notte e per persona")
    spans = [m.span() for m in idle.finditer(lowered)] if idle is not None else []
    for m in always.finditer(lowered):
        if not any(start <= m.start() < end for start, end in spans):
            return m.span()
    return None


_TIMES = frozenset({"only", "until", "till", "before", "after"})  # bounds, not exceptions


@lru_cache(maxsize=16)
def _exceptions(
    source_lang: str, target_lang: str
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The target language's words for an exception after a comma (", salvo", ", außer": its
    exceptive words that are exclusions, not "without"); the source language's words that
    say one (its exceptive words and exclusions, not its bounds of time), its negations, which
    may say one too ("not on Sundays" said "salvo los domingos"), and its words for including."""
    source, target = language(source_lang), language(target_lang)
    words = (target.exceptive_words & target.qualifiers.exclusions) - target.double_negatives
    said = (source.exceptive_words - _TIMES) | source.qualifiers.exclusions
    pattern = any_word(words)
    return (
        re.compile(rf", (?:{pattern.pattern})") if pattern else None,
        any_word(said),
        any_word(source.negations),
        any_word(source.opposites.included_words),
    )


def added_exception(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of an exception the translation appends after a comma (", salvo menores
    acompañados"), where the source says no exception, and no negation unless it includes
    something ("not permitted anywhere, including outdoor areas": ", excepto en las zonas al
    aire libre" turns it); or None."""
    written, said, negations, inclusions = _exceptions(source_lang, target_lang)
    found = _unlicensed(written, said, source, target)
    if found is None:
        return None
    if negations is not None and negations.search(source.lower()) is not None:
        if inclusions is None or inclusions.search(source.lower()) is None:
            return None
    return found.start() + 2, found.end()


@lru_cache(maxsize=16)
def _gratis(source_lang: str, target_lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The target language's plain words for free of charge; the source language's words
    that may say or imply one: its own, its phrases of a price of nothing, its words for
    included, its negations ("no charge", "not charged")."""
    source, target = language(source_lang), language(target_lang)
    said = source.qualifiers.plain_gratis | source.qualifiers.gratis | source.opposites.included_words
    return any_word(target.qualifiers.plain_gratis), any_word(said | source.negations)


def added_gratis(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a word for free of charge in ``target`` ("eine kostenlose Ersatzeinheit"
    for "a replacement session") where the source says nothing that may say one (a word of it
    that opens a compound with a word of content says none: "free-range eggs" said "ovos
    gratuitos"); or None."""
    written, said = _gratis(source_lang, target_lang)
    # (blanked only where the translation says free of charge: most sources have a hyphen)
    if said is not None and written is not None and "-" in source and written.search(target.lower()):
        grammar = language(source_lang).function_words
        lowered = source.lower()
        source = said.sub(lambda m: _compounded(lowered, m, grammar), lowered)
    found = _unlicensed(written, said, source, target)
    return None if found is None else found.span()


_NEXT_PART = re.compile(r"-([^\W\d_]+)")


def _compounded(text: str, m: re.Match[str], grammar: frozenset[str]) -> str:
    """The word of match ``m`` of ``text``, blanked where it opens a compound with a word of
    content after a hyphen ("free-range"; not "free-of-charge")."""
    part = _NEXT_PART.match(text, m.end())
    return " " * len(m.group()) if part is not None and part.group(1).lower() not in grammar else m.group()


def _unlicensed(
    written: re.Pattern[str] | None, said: re.Pattern[str] | None, source: str, target: str
) -> re.Match[str] | None:
    """The first match of ``written`` in the target (lowercase) where ``said`` matches nothing
    of the source (lowercase): a word the translation adds; None where either is missing."""
    if written is None or said is None:
        return None
    lowered = target.lower()
    found = written.search(lowered) if len(lowered) == len(target) else None
    return None if found is None or said.search(source.lower()) is not None else found


# Up to three words (an amount's sign among them) between a number and what it is said per:
# "28 £ par personne", "€ 45 pro Person".
_PER_GAP = re.compile(r"(?:[\s\u00a0]*[%‰$€£¥])?(?:[\s\u00a0]+[^\W\d_]+){0,3}?[\s\u00a0]+\Z")


@lru_cache(maxsize=16)
def _per_person(source_lang: str, target_lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The target language's words for "per person"; the source language's words that say an
    amount for each one of anything ("each", "per", "a head")."""
    said = language(source_lang).qualifiers
    return any_word(language(target_lang).qualifiers.per_person), any_word(
        said.distributives | said.per_person
    )


@lru_cache(maxsize=16)
def _tails(lang: str) -> tuple[str, ...]:
    """The last word of each of the language's words for "per person" without its first
    letter, which a capital may change ("Person", "erson"): a test of the text as written."""
    return tuple({phrase.split()[-1][1:] for phrase in language(lang).qualifiers.per_person})


def added_per_person(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a "per person" the translation gives right after an amount of the source
    ("28 £ par personne" for "the hourly rate is £28"), where the source says no amount for
    each one of anything: the price now reads per head. Or None."""
    written, licences = _per_person(source_lang, target_lang)
    if written is None or licences is None or not any(tail in target for tail in _tails(target_lang)):
        return None  # (substring tests: most translations say no such thing)
    lowered = target.lower()
    if len(lowered) != len(target) or (found := written.search(lowered)) is None:
        return None
    if any(not _per_period(source, m, source_lang) for m in licences.finditer(source.lower())):
        return None  # (an amount per night is none per person: "€25 per night" → "a notte e per persona")
    amounts = [n for n in numbers(source, source_lang) if not n.part and not n.literal]
    for n in numbers(target, target_lang) if amounts else ():
        gap = _PER_GAP.match(target[n.end : found.start()]) if n.end <= found.start() else None
        if gap is not None and not n.part and any(a.matches(n) for a in amounts):
            return found.span()
    return None


def _per_period(source: str, said: re.Match[str], lang: str) -> bool:
    """Whether a word that says an amount for each one ("per", "every") is said of a period
    ("per night", "each week"; data ``rate_periods``), not of people or things."""
    after = _WORD_AFTER.match(source, said.end())
    return after is not None and any(after.group(1).lower() in forms for forms in language(lang).rate_periods)


_STEM = 6  # letters of a word for included that its other forms share ("includ")
_PRICE_REACH = 30  # characters before a word for included where the price it widens stands
_DIGIT_BEFORE = re.compile(r"\d")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


@lru_cache(maxsize=16)
def _included(lang: str) -> re.Pattern[str] | None:
    return any_word(language(lang).opposites.included_words)


def added_inclusion(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a word for included after a price of the translation and the word after it
    ("21 € per persoon inclusief drankjes"), where the source has no word for included or
    "with": the price now covers more than the source says; or None."""
    written = _included(target_lang)
    lowered = target.lower()
    found = None if written is None or len(lowered) != len(target) else written.search(lowered)
    if found is None or not _DIGIT_BEFORE.search(target, max(0, found.start() - _PRICE_REACH), found.start()):
        return None
    if _included_said(source_lang).search(source.lower()):
        return None
    after = _WORD_AFTER.match(target, found.end())
    if after is None or after.group(1).lower() in TAX_WORDS:
        return None  # a tax basis ("inclusief 21% btw") is another rule's
    return found.start(), after.end()


@lru_cache(maxsize=16)
def _included_said(lang: str) -> re.Pattern[str]:
    """The language's words for included, by their stems so that a verb says it too
    ("includes" of "included"), and for "with"."""
    data = language(lang)
    stems = {word[:_STEM] for word in data.opposites.included_words} | data.with_words
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(stems))) or '(?!)'})")


# What a translation adds to a sentence in prose, and what that says: each rule above, a
# function of (source, target, source language, target language) giving the added words' span
# or None, with what its finding says of them.
ADDED: tuple[tuple[Callable[[str, str, str, str], tuple[int, int] | None], str], ...] = (
    (added_always, "(always) has no counterpart in the source: a rule without exception is added"),
    (added_exception, "(an exception) has no counterpart in the source: the rule is narrowed"),
    (added_gratis, "(free of charge) has no counterpart in the source: a price of nothing is added"),
    (added_bound, "(a bound) has no counterpart in the source: the number is bounded"),
    (added_per_person, "has no counterpart in the source: the amount now reads per person"),
    (added_inclusion, "(included) has no counterpart in the source: the price covers more"),
)
