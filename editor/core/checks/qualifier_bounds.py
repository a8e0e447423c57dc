"""lost_qualifier: a bound of the source's number ("up to 40", "at least 18", "a maximum of
two", "at least half") that the translation drops, giving the same number with no word of a
bound anywhere ("40 places", "de helft")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.number_bounds import negated, trailing_bound
from editor.core.checks.numparse import Number, numbers, one_words
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_STEM = 5  # letters from which a word also opens its inflected forms ("maximal" -> "maximale")
# Between a bound and its number: spaces, a currency sign ("up to €40", "au moins 30 €")
_GAP = re.compile(r"[\s\u00a0]+(?:[^\w\s]{1,2}[\s\u00a0]?)?")
# Values a bound before them is said in other ways ("at least one" -> "un ou plusieurs",
# "more than one" -> "plusieurs"): no bound of them is read.
_VAGUE = frozenset({0.0, 1.0})
_WORD = re.compile(r"\S+")
_NEAR_BEFORE = 4  # words before a number a bound of it may stand ("mindestens seit zwei")
_NEAR_AFTER = 4  # words after it ("zwei Jahre oder länger", "auf 25 € pro Woche begrenzt")
_RANGE_WORDS = 3  # words between a range's first number and the bound of its second
# After a price's number: its sign, then a range's word or dash ("£18 to £25", "18–25 €")
_COMPOUND_NUMBER = re.compile(r"\d-[^\W\d_]")  # "30-day": a number opening a compound
_HALF = re.compile(r"[^\W\d_]+")  # a word, read against the languages' words for half
_NEXT = re.compile(r"[\s\u00a0]*(?:[^\w\s\-–—][\s\u00a0]*)?(?:([^\W\d_]+)|[-–—])")


@dataclass(frozen=True, slots=True)
class LostBound:
    """The source's bound (its span), and the translation's number that lost it (its span)."""

    said: tuple[int, int]
    written: tuple[int, int]


def may_bound(lowered: str, code: str) -> bool:
    """Whether ``lowered`` (a source in lowercase) holds a bound phrase of its language: one
    substring test per phrase."""
    q = language(code).qualifiers
    trailing = {phrase for pair in language(code).opposites.trailing_bounds for phrase in pair}
    return any(phrase in lowered for phrase in q.bounds | q.price_bounds | trailing)


_NEGATION_NEXT = 2  # words between a negation and a bound it makes a set phrase of ("not more than")
_TARGET_NEGATION_WORDS = 8  # words before the number a translation's negation may stand


def lost_bound(source: str, target: str, source_lang: str, target_lang: str) -> LostBound | None:
    """The first bound of ``source`` right before a number (none after a negation: "you do
    not need more than 2", none closing a range: "from 4 up to 12") whose number the
    translation gives with no word of a bound, of an estimate or of a restriction near it,
    nor near another number of its value (a few words either side: "mindestens seit zwei
    Jahren", "zwei Jahre oder länger"; another number's "mindestens 23" in the same sentence
    is that number's); or None."""
    pattern, wanted = _source_pattern(source_lang), _target_pattern(target_lang)
    if pattern is None or wanted is None:
        return None
    lowered = source.lower()
    if len(lowered) != len(source):
        return None  # a letter whose lowercase is longer ("İ"): offsets would shift
    said: dict[int, Number] | None = None
    written: tuple[Number, ...] | None = None
    prices = language(source_lang).qualifiers.price_bounds
    for found in pattern.finditer(lowered):
        if found.group() not in _lower_bounds(source_lang) and _opened_by_number(
            lowered, found.start(), source_lang
        ):
            continue  # "from 4 up to 12": a range, "de 4 à 12" (a lower bound closes none)
        negations = language(source_lang).negations
        apart = False  # "cannot walk for at least 3 km", not "do not need more than 2" (said "only 2")
        if negated(lowered, found.start(), negations):
            apart = not negated(lowered, found.start(), negations, _NEGATION_NEXT)
            if not apart:
                continue
        gap = _GAP.match(source, found.end())
        said = said if said is not None else {n.start: n for n in numbers(source, source_lang)}
        number = said.get(gap.end() if gap else found.end())
        if number is None and found.group() not in prices:
            at, langs = gap.end() if gap else found.end(), (source_lang, target_lang)
            half = _lost_half(source, target, at, langs) or _lost_one(source, target, at, langs)
            if half is not None:
                return LostBound(found.span(), half)
        if number is None or number.part or not number.values.isdisjoint(_VAGUE):
            continue
        if found.group() in prices and not lowest_price(source, found.end(), number, source_lang):
            continue
        written = written if written is not None else numbers(target, target_lang)
        same = [n for n in written if not n.part and number.matches(n)]
        if apart:  # the translation negates the clause too, or says the rule its own way
            theirs = language(target_lang).negations
            same = [n for n in same if negated(target.lower(), n.start, theirs, _TARGET_NEGATION_WORDS)]
        # (a word for "from" bounds a price said "from"; "up to 30" said "da 30" is no bound)
        kept = wanted if found.group() in prices else _target_pattern(target_lang, prices=False)
        if same and kept and not any(_kept(target, n, written, kept, target_lang) for n in same):
            # of the same numbers ("3 to 10 … at least 3 × 3"), the one about where it stands
            where = number.start / max(1, len(source)) * len(target)
            lost = min(same, key=lambda n: abs(n.start - where))
            return LostBound(found.span(), (lost.start, lost.end))
    return _lost_trailing(source, target, source_lang, target_lang)


def _lost_trailing(source: str, target: str, source_lang: str, target_lang: str) -> LostBound | None:
    """The first bound of ``source`` written after its number ("wind force 6 or more", "12 and
    over"; data ``opposites.trailing_bounds``) whose number the translation gives with no word
    of a bound near it, nor a "+" after it ("windkracht 6"); or None."""
    wanted = _target_pattern(target_lang, prices=False)
    if wanted is None or not language(source_lang).opposites.trailing_bounds:
        return None
    written: tuple[Number, ...] | None = None
    for number in numbers(source, source_lang):
        if number.part or not number.values.isdisjoint(_VAGUE):
            continue
        bound = trailing_bound(source, number, source_lang)
        if bound is None or negated(source.lower(), number.start, language(source_lang).negations):
            continue
        written = written if written is not None else numbers(target, target_lang)
        same = [n for n in written if not n.part and number.matches(n)]
        if len(same) == 1 and not target.startswith("+", same[0].end):
            if not _kept(target, same[0], written, wanted, target_lang):
                return LostBound((bound[1], bound[2]), (same[0].start, same[0].end))
    return None


def added_bound(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a bound of the target language's (one of its ``bounds`` pairs, "au moins",
    "mindestens") right before a number that the source gives too, where the source has no
    word that may say a bound, an estimate or a restriction a few words around that number,
    nor a "+" after it ("prévoyez au moins une heure" for "allow one hour"); not a clock
    time's number."""
    bounds = _bound_pattern(target_lang)
    theirs = _target_pattern(source_lang)
    if bounds is None or theirs is None:
        return None
    lowered = target.lower()
    if len(lowered) != len(target) or bounds.search(lowered) is None:
        return None  # (one scan: most translations bound nothing)
    said: list[Number] | None = None
    for found in bounds.finditer(lowered):
        if found.start() and (lowered[found.start() - 1].isalnum() or lowered[found.start() - 1] in "_-"):
            continue  # inside a word
        said = said if said is not None else [n for n in numbers(source, source_lang) if not n.part]
        gap = _GAP.match(target, found.end())
        at = gap.end() if gap else found.end()
        number = next((n for n in numbers(target[at:], target_lang) if n.start == 0), None)
        if number is not None and not number.part:
            same = [(n.start, n.end) for n in said if n.matches(number)]
        elif one_words(target_lang).match(target, at):  # "au moins une heure" for "one hour"
            same = [m.span() for m in one_words(source_lang).finditer(source)]
        else:
            continue
        if same and not any(
            source.startswith("+", end) or _bounded(source, start, end, theirs, source_lang)
            for start, end in same
        ):
            return found.span()
    return None


_OBJECT = re.compile(r"[\s\u00a0]+[^\W\d_]")


def _bounded(source: str, start: int, end: int, words: re.Pattern[str], code: str) -> bool:
    """Whether a word of ``words`` stands a few words around the source's number at
    ``start:end``; after it, not a function word with its object ("10 minutes before their
    class" is no bound of the 10; "12 and over" is)."""
    first, last = _around_span(source, start, end)
    if words.search(source, first, start):
        return True
    data = language(code)
    for m in words.finditer(source, end, last):
        if m.group().lower() not in data.function_words or not _OBJECT.match(source, m.end()):
            return True
        before = source[: m.start()].split()[-1:]
        if before and before[0].lower() in data.coordinators:
            return True  # "12 and over pay"
    return False


@lru_cache(maxsize=16)
def _bound_pattern(code: str) -> re.Pattern[str] | None:
    """The language's pairs of bounds (data ``bounds``), as whole words, lowercase; not its
    prepositions ("unter 0800 …": a telephone number; "über 30 Jahre": an age the source may
    say "aged 30 and over")."""
    data = language(code)
    phrases = {b for pair in data.bounds for b in pair} - data.prepositions
    if not phrases:
        return None
    # (no lookbehind first: a scan that opens with the phrases' letters runs far faster; the
    # caller tests the character before)
    return re.compile(rf"(?:{alternatives(phrases)})(?=[\s\u00a0])")


def _lost_half(source: str, target: str, at: int, langs: tuple[str, str]) -> tuple[int, int] | None:
    """The translation's word for half (data ``opposites.half_words``) that a bound of the
    source before its own ("at least half", "up to half") lost: the source's word opens at
    ``at``, and the translation writes one such word only, with no word of a bound near it
    ("de helft" for "at least half")."""
    word = _HALF.match(source, at)
    if word is None or word.group().lower() not in language(langs[0]).opposites.half_words:
        return None
    halves = language(langs[1]).opposites.half_words
    found = [m for m in _HALF.finditer(target) if m.group().lower() in halves]
    if len(found) != 1:
        return None
    wanted = _target_pattern(langs[1])
    span = _around_span(target, found[0].start(), found[0].end())
    if wanted is None or wanted.search(target, *span) is not None:
        return None
    return found[0].span()


def _lost_one(source: str, target: str, at: int, langs: tuple[str, str]) -> tuple[int, int] | None:
    """The translation's "one" and unit ("uma semana") that a bound of the source before its
    own lost ("at least one week"): the source's word for one opens at ``at`` with a unit's
    word after it (data ``unit_words``), and the translation writes one word for one before
    a word of that unit only, with no word of a bound near it. ("One" is no number of
    :func:`numbers`: it is mostly an article.)"""
    said = one_words(langs[0]).match(source, at)
    unit = said and _unit_after(source, said.end(), langs[0])
    if not unit:
        return None
    found = [
        m for m in one_words(langs[1]).finditer(target) if _unit_after(target, m.end(), langs[1]) == unit
    ]
    wanted = _target_pattern(langs[1])
    if len(found) != 1 or wanted is None:
        return None
    unit_word = _HALF.match(target, found[0].end() + 1)  # (found: the unit's word)
    start, end = found[0].start(), unit_word.end() if unit_word else found[0].end()
    return None if wanted.search(target, *_around_span(target, start, end)) else (start, end)


def _unit_after(text: str, at: int, lang: str) -> str | None:
    """The unit of the word after ``at`` (one space between), if it is a unit's word."""
    word = _HALF.match(text, at + 1) if text[at : at + 1] == " " else None
    return None if word is None else dict(language(lang).unit_words).get(word.group().lower())


def lowest_price(source: str, after: int, number: Number, lang: str) -> bool:
    """Whether a price bound (``price_bounds``, ending at ``after``) opens a price (a currency
    sign beside the number: "from £18", "ab 18 €") that no range goes on from ("from £18 to
    £25", "from £18–25")."""
    signs = source[after : number.start] + source[number.end : number.end + 2]
    if not any(unicodedata.category(ch) == "Sc" for ch in signs):
        return False
    rest = _NEXT.match(source, number.end)
    if rest is None:
        return True
    word = rest.group(1)
    return word is not None and word.lower() not in language(lang).range_words


def _kept(text: str, number: Number, others: tuple[Number, ...], wanted: re.Pattern[str], lang: str) -> bool:
    """Whether a bound word stands a few words around ``number``, or after the next number
    that a coordinator joins to it in its clause, which bounds both ("120 passagers et 18
    véhicules au maximum")."""
    if wanted.search(text, *_around(text, number)) is not None:
        return True
    closing = _closing_bound(lang)
    clause = _CLAUSE_END.search(text, number.end)
    if closing is not None and closing.search(text, number.end, clause.start() if clause else len(text)):
        return True  # further on in its clause ("trois fois par saison au maximum")
    later = next((n for n in others if n.start >= number.end and not n.part), None)
    if later is None:
        return False
    between = text[number.end : later.start]
    joined = any(word.lower() in language(lang).coordinators for word in _WORD.findall(between))
    if not joined or any(mark in between for mark in ",;:.!?()"):
        return False
    return wanted.search(text, later.end, _around(text, later)[1]) is not None


_CLAUSE_END = re.compile(r"[,;:!?()]|\.(?!\d)")


@lru_cache(maxsize=16)
def _closing_bound(code: str) -> re.Pattern[str] | None:
    """The language's bound pairs' phrases ("au maximum", "höchstens"), as whole words."""
    phrases = {phrase for pair in language(code).bounds for phrase in pair if phrase.strip()}
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE) if phrases else None


def _around(text: str, number: Number) -> tuple[int, int]:
    """The span of ``text`` from a few words before ``number`` to a few words after it."""
    return _around_span(text, number.start, number.end)


def _around_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` from a few words before ``start`` to a few words after ``end``."""
    before = [m.start() for m in _WORD.finditer(text, 0, start)][-_NEAR_BEFORE:]
    after = [m.end() for m in _WORD.finditer(text, end)][:_NEAR_AFTER]
    return (before[0] if before else 0), (after[-1] if after else len(text))


def _opened_by_number(lowered: str, start: int, code: str) -> bool:
    """Whether a number stands a few words before ``start`` in its clause ("from 4 up to 12",
    not "at least 23 years old and … at least two"); not one that opens a compound ("a
    30-day pass with up to 45 minutes"), nor one a coordinator joins to the bound ("2 adults
    and up to 3 children")."""
    opened = max(lowered.rfind(stop, 0, start) for stop in ",;:.!?(")
    words = lowered[opened + 1 : start].split()[-_RANGE_WORDS:]
    if words and words[-1] in language(code).coordinators:
        return False
    return any(any(ch.isdigit() for ch in word) and not _COMPOUND_NUMBER.search(word) for word in words)


@lru_cache(maxsize=16)
def _lower_bounds(code: str) -> frozenset[str]:
    """The language's lower bounds ("at least", "more than"): the first of its ``bounds``
    pairs. A number before one opens no range ("call 01945 880 217 at least 3 days ahead")."""
    return frozenset(low for low, _ in language(code).bounds)


@lru_cache(maxsize=16)
def _source_pattern(code: str) -> re.Pattern[str] | None:
    """The language's bounds, as whole words, followed by a space."""
    q = language(code).qualifiers
    phrases = q.bounds | q.price_bounds
    if not phrases:
        return None
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?=[\s\u00a0])")


@lru_cache(maxsize=16)
def _target_pattern(code: str, prices: bool = True) -> re.Pattern[str] | None:
    """Any word of the language that may say a bound, an estimate or a restriction: its
    bounds and its other bound words, the bound pairs it compares numbers by, its hedges and
    restrictive words, with ``prices`` its words for a lowest price ("from"); a word of five
    letters or more also opens longer ones."""
    data = language(code)
    q = data.qualifiers
    entries = set(q.bounds | q.bound_words | q.hedges | q.restrictives | data.restrictive_words)
    entries |= q.price_bounds if prices else set()
    entries |= {phrase for pairs in (data.bounds, data.deadlines) for pair in pairs for phrase in pair}
    entries |= {phrase for pair in data.opposites.trailing_bounds for phrase in pair}
    entries = {e for e in entries if e.strip()}
    if not entries:
        return None
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        escaped = re.escape(entry).replace("'", "['’]")
        if data.wide_script or entry.endswith("'"):
            parts.append(escaped)
        elif len(entry) >= _STEM and entry.replace(" ", "").isalpha():
            parts.append(escaped + r"\w*")
        else:
            parts.append(escaped + r"(?![\w-])")
    if data.wide_script:
        return re.compile("|".join(parts))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})", re.IGNORECASE)
