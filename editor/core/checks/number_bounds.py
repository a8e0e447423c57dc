"""A bound before a number turned around in the translation: "at least €45" as "höchstens 45
€" (at most), "more than 5" as "moins de 5". The phrases are the languages' ``bounds``, each
a lower bound with its opposite upper bound (:mod:`editor.core.checks.number_directions`
reads the words of a change the same way). Four more tables of opposites are read alike, each
compared only with itself: ``deadlines`` ("no later than 3 days" as "frühestens 3 Tage"),
``frequencies`` ("at least every 8 hours" as "не чаще одного раза в 8 часов"), ``date_spans``
before a day of a month ("from 1 May" as "bis zum 1. Mai") and ``time_sides`` ("after 20:30")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from editor.core.checks.base import Fix
from editor.core.checks.negation_words import any_word, idle_blanked, live_negation, negation_pattern
from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number, one_words
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import LanguageData, language

_LOOK_BACK = 32  # characters before a number where its bound phrase may stand
_LOWER, _UPPER = "lower", "upper"
_ADVERB = 5  # letters of a bound adverb's last word ("au minimum"; not "au plus", of "au plus tard")
_WORD = re.compile(r"[^\W\d_]+")
# A negation in the few words before a bound turns it ("do not take more than 8" is "at most
# 8"): no phrase is compared there.
_CLAUSE, _NEGATION_WORDS = 40, 6
_KINDS = ("bounds", "deadlines", "frequencies", "date_spans", "time_sides")
# After a bound phrase: an article, a noun ("up to a value of", "bis zu einem Wert von"), a short word, a sign
_TAIL = r",?[\s\u00a0]+(?:[^\W\d_]{1,5}[\s\u00a0]+[^\W\d_]{3,12}[\s\u00a0]+)?"  # ("há, pelo menos, 3")
_TAIL += r"(?:[^\W\d_]{1,3}['’]?[\s\u00a0]*)?(?:[^\w\s]{1,2}[\s\u00a0]?)?\Z"  # ("au moins 30 €")
# After a bound of a frequency: up to three words ("не реже одного раза в 6 часов").
_FREQUENCY_TAIL = r"(?:,?[\s\u00a0]+[^\W\d_]+){0,3},?[\s\u00a0]+\Z"
# The words after the day of a date ("1 May", "1er mai", "1 de mayo", "1. Mai").
_AFTER_DAY = re.compile(r"[^\W\d_]{0,3}\.?°?[\s\u00a0]+(?:[^\W\d_]{1,2}[\s\u00a0]+)?([^\W\d_]+)")


@lru_cache(maxsize=128)
def _after(code: str) -> re.Pattern[str] | None:
    """A pattern for a bound phrase after its number, its unit or sign and up to two words
    between, that ends the clause ("4 heures au maximum.", "20 minutes minimum,", "12 and over")."""
    tables = _bounds(code)
    if tables is None:
        return None
    # (not an abbreviation: "30 min." is minutes; not a word that opens a time or range, nor
    # a separable verb's particle: "fährt um 9 Uhr ab")
    reach = _reach_only(code)
    closing = sorted((p for p in tables[1] if not p.endswith(".") and p not in reach), key=len, reverse=True)
    alternation = "|".join(re.escape(p) for p in closing)
    # An adverb of a preposition and a longer word ("au minimum", "al massimo") bounds the
    # number before it wherever the clause goes on ("25 £ au minimum pour la réparation"),
    # unless a number follows it, which it bounds ("2 enfants au moins 3 adultes").
    adverbs = "|".join(re.escape(p) for p in closing if " " in p and len(p.rsplit(" ", 1)[1]) >= _ADVERB)
    free = rf"|(?:{adverbs})(?![\s\u00a0]+\d)" if adverbs else ""
    return re.compile(
        rf"(?:[\s\u00a0]*[^\w\s]{{1,2}})?(?:[\s\u00a0]+[^\W\d_]+){{0,2}}?[\s\u00a0]+"
        rf"(?P<phrase>(?:{alternation})(?=[\s\u00a0]*(?:[,;:!?)]|\.(?!\w)|$)){free})",
        re.IGNORECASE,
    )


@lru_cache(maxsize=128)
def _bounds(
    code: str, kind: str = "bounds"
) -> tuple[re.Pattern[str], dict[str, tuple[str, str]], frozenset[str]] | None:
    """A pattern for a bound phrase of the table ``kind`` right before a number, each phrase's
    direction and opposite, and the language's words of negation."""
    data = language(code)
    pairs = _table(data, kind)
    if not pairs:
        return None
    phrases = opposites(pairs, _LOWER, _UPPER)
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    tail = _FREQUENCY_TAIL if kind == "frequencies" else _TAIL
    if kind == "deadlines" and data.weekdays:  # a weekday before the time ("by Friday at 12:00")
        tail = rf"(?:[\s\u00a0]+(?:{alternatives(set().union(*data.weekdays))}),?)?" + tail
    pattern = re.compile(rf"(?<![^\W\d_])(?P<phrase>{alternation}){tail}", re.IGNORECASE)
    # ("without" negates its noun, not a bound further on: "without heating for no more than 3 days")
    return pattern, phrases, data.negations - data.double_negatives


def bound_phrases(code: str) -> dict[str, tuple[str, str]]:
    """The language's bound phrases (``bounds`` and ``reach_bounds``), each with its side and opposite."""
    tables = _bounds(code)
    return {} if tables is None else tables[1]


def _table(data: LanguageData, kind: str) -> tuple[tuple[str, str], ...]:
    """The pairs of opposite phrases of the table ``kind``: ``bounds`` with ``reach_bounds``,
    ``time_sides`` of the language's ``opposites``."""
    if kind == "time_sides":
        return data.opposites.time_sides
    pairs: tuple[tuple[str, str], ...] = getattr(data, kind)
    return pairs + data.reach_bounds if kind == "bounds" else pairs


def opposites(pairs: tuple[tuple[str, str], ...], first: str, second: str) -> dict[str, tuple[str, str]]:
    """Each phrase of a table of opposites with its side (``first`` or ``second``) and its
    opposite (the first listed where a phrase has several)."""
    phrases: dict[str, tuple[str, str]] = {}
    for one, other in pairs:
        phrases.setdefault(one, (first, other))
        phrases.setdefault(other, (second, one))
    return phrases


def negated(text: str, start: int, negations: frozenset[str], count: int = _NEGATION_WORDS) -> bool:
    """Whether a negation stands in the ``count`` words before ``start`` in its clause (not
    before a comma: "If you do not, a charge of up to €350")."""
    first = max(0, start - _CLAUSE)
    first = max(first, *(text.rfind(mark, first, start) + 1 for mark in ",;:"))
    before = _WORD.findall(text, first, start)[-count:]
    return any(word.lower() in negations for word in before)


def bound_before(
    text: str, number: Number, code: str, kind: str = "bounds", negative: bool = False
) -> tuple[str, int, int] | None:
    """The bound phrase of the table ``kind`` right before ``number`` (lowercase), and where
    it stands; none after a negation ("not at least", "cannot have more than"), or with
    ``negative`` only one after a negation; and for a span of dates none before a number that
    is no day of a month nor a clock time ("until 4:00 pm" said "a partir das 16h00")."""
    tables = _bounds(code, kind)
    if tables is None or (number.part and kind not in _TIMED):
        return None  # (a time's hour is a part: "nooit voor 22.00 uur")
    if not (number.digits or min(number.values, default=0) >= 2):
        return None  # (a word for one: "more than one" is "several", "at least one" "any")
    pattern, _, negations = tables
    found = pattern.search(text, max(0, number.start - _LOOK_BACK), number.start)
    if found is None:
        return None
    if negated(text, found.start(), negations) != negative:
        return None  # "cannot have more than 8", "не должно быть больше 8"
    if found.group("phrase").lower() in _reach_only(code) and _RANGE_OPENED.search(
        text, max(0, found.start() - _LOOK_BACK), found.start()
    ):
        return None  # "10 bis 30 €", "de 10 hasta 30": a range's second number
    if kind == "date_spans" and not _clock_time(number) and not _day_of_month(text, number, code):
        return None
    return found.group("phrase").lower(), found.start("phrase"), found.end("phrase")


def _day_of_month(text: str, number: Number, code: str) -> bool:
    """Whether ``number`` is the day of a date, a month's name after it ("1 May", "1er mai")."""
    month = _AFTER_DAY.match(text, number.end)
    return month is not None and month.group(1).lower() in language(code).months


_TIMED = frozenset({"time_sides", "date_spans"})  # the tables read before a clock time's hour
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}")  # a clock time as written ("16:00", "4.30", "16h00")


def _clock_time(number: Number) -> bool:
    """Whether ``number`` is a clock time: its hour and minutes ("16h00"), or an hour read on
    both clocks ("4 pm", "16 Uhr": 4 and 16)."""
    low, high = min(number.values, default=0), max(number.values, default=0)
    return bool(_CLOCK.fullmatch(number.text)) or (len(number.values) == 2 and high == low + 12)


# A number, a unit or sign of up to five letters, then the space before a word ("10 € bis")
# (not a number a comma closes: "on 051 649 2207, up to 30 days")
_RANGE_OPENED = re.compile(
    r"\d(?:\S*[^\s,;:])?[\s\u00a0]+(?:[^\w\s]{1,2}[\s\u00a0]+|[^\W\d_]{1,5}\.?[\s\u00a0]+)?\Z"
)


@lru_cache(maxsize=32)
def _reach_only(code: str) -> frozenset[str]:
    """The language's ``reach_bounds`` that are none of its ``bounds`` ("bis", "hasta")."""
    data = language(code)
    return frozenset(
        {p for pair in data.reach_bounds for p in pair} - {p for pair in data.bounds for p in pair}
    )


def bound_near(text: str, number: Number, code: str, kind: str = "bounds") -> tuple[str, int, int] | None:
    """The bound phrase of :func:`bound_before`, or for ``bounds`` one that closes the clause
    after the number ("4 heures au maximum", "20 minutes minimum") where none stands before."""
    found = bound_before(text, number, code, kind)
    if found is not None or kind != "bounds" or number.part:
        return found
    if not (number.digits or min(number.values, default=0) >= 2):
        return None
    pattern = _after(code)
    tables = _bounds(code)
    if pattern is None or tables is None:
        return None
    after = pattern.match(text, number.end)
    if after is None or negated(text, number.start, tables[2]):
        return None
    if one_words(code).match(text, after.end() + 1):
        return None  # the bound of a "one" after it ("2 enfants, au moins un adulte")
    return after.group("phrase").lower(), after.start("phrase"), after.end("phrase")


def directed(text: str, number: Number, code: str, kind: str) -> tuple[str, int, int, str, bool] | None:
    """The bound phrase of :func:`bound_near` with its side, or for ``bounds`` one right after
    a negation ("must not play more than 3"), with whether it is negated. Two negated bounds
    compare as written ("non devono trasmettere meno di 3" turns it); a negated one and a plain
    one do not compare, as a negation's reach is not read ("not vacuumed in over 2 billion")."""
    tables = _bounds(code, kind)
    if tables is None:
        return None
    found = bound_near(text, number, code, kind)
    if found is None and kind == "time_sides":
        found = _side_after(text, number, code)
    if found is not None:
        return (*found, tables[1][found[0]][0], False)
    if kind == "bounds" and (trailing := trailing_bound(text, number, code)) is not None:
        return (*trailing, False)
    if kind not in ("bounds", "time_sides"):
        return None  # ("do not arrive before 8:15" said "nicht nach 8:15 Uhr": both negated)
    found = bound_before(text, number, code, kind, negative=True)
    if found is None or any(word in tables[2] for word in _WORD.findall(found[0])):
        return None  # a phrase with its own negation ("pas plus de"): said twice
    return (*found, tables[1][found[0]][0], True)


def trailing_bound(text: str, number: Number, code: str) -> tuple[str, int, int, str] | None:
    """A bound written after its number and up to two words ("7 nights or more", "18 and
    over"; the language's ``trailing_bounds``), lowercase, where it stands and its side."""
    found = _trailing_bounds(code)
    if found is None or number.part:
        return None
    pattern, sides = found
    after = pattern.match(text, number.end)
    if after is None:
        return None
    phrase = after.group("phrase").lower()
    return phrase, after.start("phrase"), after.end("phrase"), sides[phrase][0]


@lru_cache(maxsize=32)
def _trailing_bounds(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None:
    pairs = language(code).opposites.trailing_bounds
    if not pairs:
        return None
    sides = opposites(pairs, _LOWER, _UPPER)
    pattern = re.compile(
        rf"(?:[\s\u00a0]+[^\W\d_]+){{0,2}}?[\s\u00a0]+(?P<phrase>{alternatives(set(sides))})(?![^\W\d_])",
        re.IGNORECASE,
    )
    return pattern, sides


def _side_after(text: str, number: Number, code: str) -> tuple[str, int, int] | None:
    """A side of a time after the span of time a number counts ("10 working days after the
    event", "5 dagen na de vervaldatum"), lowercase, and where it stands; not after a negation."""
    pattern = _span_then_side(code)
    tables = _bounds(code, "time_sides")
    if pattern is None or tables is None or number.part:
        return None
    found = pattern.match(text, number.end)
    if found is None:
        return None
    lowered = text.lower()
    if len(lowered) == len(text):  # ("no later than 21 days before": no negation)
        lowered = idle_blanked(lowered, code)
    if negated(lowered, number.start, tables[2]):
        return None
    return found.group("phrase").lower(), found.start("phrase"), found.end("phrase")


_UNIT_ENDING = 3  # letters of an ending on a unit of time ("Werktagen", "dagen", "hours")


@lru_cache(maxsize=32)
def _span_then_side(code: str) -> re.Pattern[str] | None:
    """A unit of time (the language's ``rate_periods`` and ``working_days``) right after a
    number, then a side of a time."""
    data = language(code)
    sides = {p for pair in data.opposites.time_sides for p in pair}
    calendar, working = data.working_days
    units = {w for forms in data.rate_periods for w in forms} | set(calendar + working)
    if not sides or not units:
        return None
    return re.compile(
        rf"[\s\u00a0]+(?:{alternatives(units)})[^\W\d_]{{0,{_UNIT_ENDING}}}[\s\u00a0]+"
        rf"(?P<phrase>{alternatives(sides)})(?![^\W\d_])",
        re.IGNORECASE,
    )


def may_bound(lower: str, code: str) -> bool:
    """Whether ``lower`` (a text in lowercase) holds a bound phrase of the language anywhere
    (inside a word too): one scan."""
    pattern = _bound_cue(code)
    return pattern is not None and pattern.search(lower) is not None


@lru_cache(maxsize=32)
def _bound_cue(code: str) -> re.Pattern[str] | None:
    data = language(code)
    phrases: set[str] = {phrase for kind in _KINDS for pair in _table(data, kind) for phrase in pair}
    phrases |= {phrase for pair in data.opposites.trailing_bounds for phrase in pair}
    return re.compile(alternatives(phrases)) if phrases else None


def turned_bounds(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Numbers of the source with a bound before them whose equal in the target has the
    opposite bound before it, and none with the source's direction."""
    for kind in _KINDS:
        yield from _turned(source, target, source_lang, target_lang, said, written, kind)


def _said_both_ways(
    texts: tuple[str, str],
    number: Number,
    numbers: tuple[Sequence[Number], Sequence[Number]],
    codes: tuple[str, str],
    kind: str,
    direction: str,
) -> bool:
    """Whether other numbers of the source of ``number``'s value have bounds of ``direction``,
    as many as the translation's numbers of that value have ("dogs up to 20 kg …; dogs over 20
    kg" said "bis 20 kg … über 20 kg": the "über" is the other one's)."""
    counts = []
    for text, found, code in zip(texts, numbers, codes, strict=True):
        bounds = (directed(text, n, code, kind) for n in found if not n.part and number.matches(n))
        counts.append(sum(1 for bound in bounds if bound is not None and bound[3] == direction))
    return 0 < counts[1] <= counts[0]


def _opposite_phrase(phrase: str, table: dict[str, tuple[str, str]], code: str) -> str:
    """The opposite of a bound ``phrase`` of the language: from ``table``, or from its bounds
    written after their number ("ou moins" -> "ou plus")."""
    if phrase in table:
        return table[phrase][1]
    trailing = _trailing_bounds(code)
    return trailing[1][phrase][1] if trailing is not None else phrase


def _bounded_alike(
    text: str, number: Number, found: Sequence[Number], code: str, kind: str, direction: str
) -> int:
    """How many numbers of ``text`` of ``number``'s value have a bound of ``direction`` ("21
    days before … 21 days before": two)."""
    bounds = (directed(text, n, code, kind) for n in found if not n.part and number.matches(n))
    return sum(1 for bound in bounds if bound is not None and bound[3] == direction)


def _one_side(target: str, phrases: dict[str, tuple[str, str]], direction: str, code: str, at: int) -> bool:
    """Whether the target says no phrase of ``direction`` and its language's opposites read
    its words of before and after (``prior_words``) as :mod:`negation` does, the one at
    ``at`` among them (not German "vor der Veranstaltung": only "vor Beginn" is read)."""
    sides = language(code).opposites.prior_words | language(code).opposites.after_words
    if not any(target[at : at + len(side)].lower() == side for side in sides):
        return False
    said = any_word(frozenset(p for p, (side, _) in phrases.items() if side == direction))
    return said is None or said.search(target.lower()) is None


def negated_bound(text: str, bound: tuple[str, int, int, str, bool], code: str) -> bool:
    """Whether a bound is negated, right before it or further back in its clause, whose reach
    is not read ("does not know how to handle more than 8": at most 8; "never … watches more
    than 30 years old"): it compares with a negated one only ("jamais … de plus de 30 ans")."""
    return bound[4] or (negation_pattern(code) is not None and clause_negated(text, bound[1], code))


def clause_negated(text: str, at: int, code: str) -> bool:
    """Whether a negation stands before ``at`` in its clause ("can't have more than one", "не
    может ли … более одной")."""
    pattern = negation_pattern(code)
    opened = max(text.rfind(mark, 0, at) for mark in ",;:.!?")
    if pattern is None:
        return True
    clause = text[opened + 1 : at]
    found = live_negation(clause, pattern, code)  # ("no later than" negates nothing)
    # ("without" negates its noun: "without heating for no more than 3 days")
    return found is not None and clause[found[0] : found[1]].lower() not in language(code).double_negatives


def _turned(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
    kind: str,
) -> Iterator[Slip]:
    ours, theirs = _bounds(source_lang, kind), _bounds(target_lang, kind)
    if ours is None or theirs is None:
        return
    reported: set[int] = set()
    for number in said:
        bound = directed(source, number, source_lang, kind)
        if bound is None:
            continue
        negated = negated_bound(source, bound, source_lang)
        direction = bound[3]
        turned, nearest = None, 0.0
        kept = 0  # the translation's bounds of the same direction on the same value
        for other in written:
            if (other.part and kind not in _TIMED) or not number.matches(other):
                continue
            if kind in _TIMED and _day_of_month(source, number, source_lang) != _day_of_month(
                target, other, target_lang
            ):
                continue  # a day of a month and a clock time ("from 1 October" and "jusqu'à 13 h")
            theirs_bound = directed(target, other, target_lang, kind)
            if theirs_bound is None or negated_bound(target, theirs_bound, target_lang) != negated:
                continue
            if theirs_bound[3] == direction:
                kept += 1
                continue
            sides = ((source, target), number, (said, written), (source_lang, target_lang), kind)
            if _said_both_ways(*sides, theirs_bound[3]) or theirs_bound[1] in reported:
                continue  # "up to 20 kg … over 20 kg": the other one's bound
            # the opposite bound nearest to where the source's stands ("at most 3 … longer than
            # 3" said "al massimo 3 … meno di 3": the second)
            where = abs(theirs_bound[1] / max(1, len(target)) - bound[1] / max(1, len(source)))
            if turned is None or where < nearest:
                turned, nearest = theirs_bound[:3], where
        if (
            turned is not None
            and kept
            and kept >= _bounded_alike(source, number, said, source_lang, kind, direction)
        ):
            turned = None  # said with the same direction as often as the source says it
        if (
            turned is not None
            and kind == "time_sides"
            and not bound[4]  # (negation does not read a negated side: "ne pas arriver après")
            and _one_side(target, theirs[1], direction, target_lang, turned[1])
        ):
            continue  # a sentence that says the other side only is negation's ("before" said "après")
        if turned is not None:
            phrase, start, end = turned
            reported.add(start)
            fix = _opposite_phrase(phrase, theirs[1], target_lang)
            written_phrase = target[start:end]
            fix = fix[0].upper() + fix[1:] if written_phrase[:1].isupper() else fix
            yield Slip(
                start,
                end,
                f"'{written_phrase}' bounds the number the other way than "
                f"'{source[bound[1] : bound[2]]}' in the source",
                Fix(start, end, fix),
                (bound[1], bound[2]),
            )
