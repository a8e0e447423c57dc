"""A bound before an amount said in words ("no more than the price of a full day") that the
translation says with the opposite bound ("mindestens jedoch den Preis eines ganzen Tages"),
and a lowest price ("from €15") said as the highest ("fino a 15 €"). A helper of
``number_mismatch``, beside :func:`~editor.core.checks.number_one_bounds.turned_one` (a bound
before a word for one) and the bounds before numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Fix
from editor.core.checks.number_bounds import bound_near, bound_phrases, clause_negated
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import numbers
from editor.core.checks.qualifier_bounds import lowest_price
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

# a number in the phrase after the bound: the bounds of numbers read it
_NUMBER_AFTER = re.compile(r"[^\d.!?;]{0,25}\d")
_WORD_BOUND = 6  # letters of a one-word bound that is no preposition ("mindestens", not "über")


def amount_slips(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """The bounds of amounts the translation turns: :func:`turned_amount`, :func:`turned_price`."""
    yield from turned_amount(source, target, source_lang, target_lang)
    yield from turned_price(source, target, source_lang, target_lang)


def turned_amount(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """The source's one bound right before a determiner ("no more than the price") said with
    the opposite bound before one in the translation, maybe a word between ("mindestens jedoch
    den Preis"), where the translation says no bound of the source's side; neither negated."""
    ours, theirs = _pattern(source_lang, 0), _pattern(target_lang, 1)
    lowered, written = source.lower(), target.lower()
    if ours is None or theirs is None or len(lowered) != len(source) or len(written) != len(target):
        return
    said = [m for m in ours.finditer(lowered) if _bare(source, m, source_lang)]
    if len(said) != 1:
        return
    sides, phrases = bound_phrases(target_lang), [m.group() for m in _phrases(target_lang).finditer(written)]
    side = bound_phrases(source_lang)[said[0].group("phrase")][0]
    if any(sides.get(phrase, ("", ""))[0] == side for phrase in phrases):
        return  # the source's side said somewhere
    conjunctions = language(target_lang).conjunctions  # ("de nivel superior si la lista")
    turned = [
        m
        for m in theirs.finditer(written)
        if _bare(target, m, target_lang) and m.group("between") not in conjunctions
    ]
    if len(turned) != 1:
        return
    start, end = turned[0].span("phrase")
    phrase = said[0].group("phrase")
    why = f"'{target[start:end]}' bounds the amount the other way than '{phrase}' in the source"
    yield _slip(target, (start, end), sides[turned[0].group("phrase")][1], why, said[0].span("phrase"))


def turned_price(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Slip]:
    """A lowest price of the source (a word of its ``price_bounds`` before an amount with its
    currency that no range goes on from: "from €15") whose amount the translation bounds from
    above ("fino a 15 €"): the price turned into a cap."""
    prices = language(source_lang).qualifiers.price_bounds
    written = language(target_lang).qualifiers.price_bounds
    if not prices or not written:
        return
    lowered, before = source.lower(), _price_before(source_lang)
    sides = bound_phrases(target_lang)
    for number in numbers(source, source_lang):
        said = before.search(lowered, max(0, number.start - _LOOK_BACK), number.start)
        if said is None or number.part:
            continue
        if clause_negated(source, said.start(1), source_lang) or not lowest_price(
            source, said.end(1), number, source_lang
        ):
            continue
        for other in numbers(target, target_lang):
            if other.part or not number.matches(other):
                continue
            bound = bound_near(target, other, target_lang)
            if bound is None or sides.get(bound[0], ("", ""))[0] != "upper":
                continue
            start, end = bound[1], bound[2]
            word = source[slice(*said.span(1))]
            why = f"'{target[start:end]}' caps the price that '{word}' in the source starts from"
            fix = max(sorted(written), key=len)  # (the fullest phrase, "a partire da")
            yield _slip(target, (start, end), fix, why, said.span(1))
            break


def _slip(target: str, span: tuple[int, int], fix: str, why: str, said: tuple[int, int]) -> Slip:
    """A bound turned at ``span`` of ``target``, its fix capitalised as the words it replaces."""
    start, end = span
    fix = fix[0].upper() + fix[1:] if target[start:end][:1].isupper() else fix
    return Slip(start, end, why, Fix(start, end, fix), said)


_LOOK_BACK = 24  # characters before an amount its price's word may stand


@lru_cache(maxsize=32)
def _price_before(code: str) -> re.Pattern[str]:
    """A word of the language's ``price_bounds`` right before an amount (group 1), maybe its
    currency's sign between, in lowercase text."""
    phrases = alternatives(set(language(code).qualifiers.price_bounds))
    return re.compile(rf"(?<![^\W\d_])({phrases})[\s\u00a0]*[^\w\s]{{0,2}}[\s\u00a0]*\Z")


def _bare(text: str, found: re.Match[str], lang: str) -> bool:
    """Whether a bound phrase is no short preposition ("über die Konfiguration": about), bounds
    no number after it, and has no negation before it."""
    phrase = found.group("phrase")
    if " " not in phrase and len(phrase) < _WORD_BOUND:
        return False
    return _NUMBER_AFTER.match(text, found.end()) is None and not clause_negated(text, found.start(), lang)


@lru_cache(maxsize=32)
def _pattern(code: str, between: int) -> re.Pattern[str] | None:
    """A bound phrase of the language (group ``phrase``), up to ``between`` words, and a
    determiner, in lowercase text."""
    phrases, determiners = bound_phrases(code), language(code).determiners
    if not phrases or not determiners:
        return None
    return re.compile(
        rf"(?<![^\W\d_])(?P<phrase>{alternatives(set(phrases))})(?:[\s\u00a0]+(?P<between>[^\W\d_]+)){{0,{between}}}"
        rf"[\s\u00a0]+(?:{alternatives(set(determiners))})(?![\w'’-])"
    )


@lru_cache(maxsize=32)
def _phrases(code: str) -> re.Pattern[str]:
    """Any bound phrase of the language, as words, in lowercase text."""
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives(set(bound_phrases(code)))})(?![^\W\d_])")
