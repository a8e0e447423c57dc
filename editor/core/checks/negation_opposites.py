"""negation: a word of the source said as its opposite, neither side negated: "allowed" as
"interdit", "switched off" as "aktiviert", "open" as "cerrado", "easily" as "difficilmente"
(used by :mod:`negation`; the words are each language's ``Opposites``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.negation_parts import CLAUSE_END, aligned
from editor.core.checks.negation_words import (
    WORD,
    any_word,
    live_negation,
    negation_pattern,
    sentence_of,
    stems,
)
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language
from editor.core.opposite_data import Opposites

_FORCE = ("mandatory_words", "advised_words")  # a requirement said as advice, or advice as one
# The classes of opposite words, in pairs: each said as the other turns the sentence around.
_PAIRS = (
    ("permission_words", "prohibition_words"),
    ("required_words", "prohibition_words"),
    ("mandatory_words", "optional_words"),
    ("surcharge_words", "discount_words"),
    ("enabled_words", "disabled_words"),
    ("open_words", "closed_words"),
    ("easy_words", "hard_words"),
    ("more_words", "less_words"),
    ("morning_words", "evening_words"),
    ("left_words", "right_words"),
    ("behind_words", "front_words"),
    ("inside_words", "outside_words"),
    ("above_words", "below_words"),
    ("exempt_words", "subject_words"),
    ("hot_words", "cold_words"),
    ("minimum_words", "maximum_words"),
    ("prior_words", "after_words"),
    ("half_words", "double_words"),
    ("high_words", "low_words"),
    ("early_words", "late_words"),
    ("first_words", "last_words"),
    ("arrival_words", "departure_words"),
    ("summer_words", "winter_words"),
    ("upstream_words", "downstream_words"),
    ("north_words", "south_words"),
    ("east_words", "west_words"),
    ("advised_words", "discouraged_words"),
    _FORCE,
    ("included_words", "excluded_words"),
)
# Read one way only: a prohibition is often said as what one must do instead ("pets are
# prohibited" -> "i cani devono restare fuori"); "last" is often "previous" ("last month" ->
# "im vergangenen Monat") and "early" said "first" ("an early beneficiary" -> "zu den ersten")
_ONE_WAY = frozenset({"required_words", "first_words"})
# The classes of a bound or a time, which an exception ("open until 5" is "closed after 5")
# does not turn around
_BOUNDS = frozenset({"minimum_words", "prior_words"})
_ADVICE = frozenset({"advised_words"})  # advice, negated further on ("recommend that you do not")
_NEAR = 0.4  # how far (a share of the translation) a whole word's opposite may stand from it
# The classes whose words are whole words, not stems (see ``Opposites``)
_WHOLE = frozenset(
    {"left_words", "right_words", "hot_words", "cold_words", "behind_words", "front_words"}
    | {"inside_words", "outside_words", "above_words", "below_words"}
    | {"minimum_words", "maximum_words", "prior_words", "after_words"}
    | {"half_words", "double_words", "high_words", "low_words", "early_words", "late_words"}
    | {"first_words", "last_words", "arrival_words", "departure_words", "summer_words", "winter_words"}
    | {"upstream_words", "downstream_words", "north_words", "south_words", "east_words", "west_words"}
)


@dataclass(frozen=True, slots=True)
class Opposite:
    """The source's word (its span) and the translation's opposite (its span)."""

    said: tuple[int, int]
    written: tuple[int, int]


def opposite(
    source: str, target: str, source_lang: str, target_lang: str, prose: Callable[[], bool]
) -> Opposite | None:
    """The first word of the source that the translation says with a word of the opposite
    class and none of the word's own, neither negated in its clause, in a source that says no
    word of the opposite class itself ("enabled, the screen is disabled": two states) nor an
    exception ("open daily except Mondays" is "closed on Mondays" too); ``prose`` tells
    whether the segment is running prose (asked only when needed)."""
    lowered = source.lower()
    cue = _cue(source_lang)
    if cue is None or cue.search(lowered) is None:
        return None  # (one scan: most sentences say none of these words)
    # the classes whose words open a word of the source ("late" in "later", not "related")
    cued = {m.group() for m in cue.finditer(lowered) if not lowered[m.start() - 1 : m.start()].isalpha()}
    if not cued:
        return None
    ours, theirs = language(source_lang).opposites, language(target_lang).opposites
    for one, other in _PAIRS:
        for said_name, other_name in ((one, other), (other, one)):
            if other_name in _ONE_WAY or cued.isdisjoint(getattr(ours, said_name)):
                continue
            found = _opposed(
                source, target, lowered, (ours, theirs), (said_name, other_name), (source_lang, target_lang)
            )
            if found is None or not prose():
                continue
            if one == "more_words" and (
                _in_bound(source, found.said, source_lang) or _in_bound(target, found.written, target_lang)
            ):
                continue  # a bound ("or more", "au moins"): number_mismatch compares bounds
            if one == "above_words" and _NUMBER_AFTER.match(source, found.said[1]):
                continue  # a bound ("above 30 °C"): number_mismatch's
            if one != "more_words" and _compared_apart(source, target, found, (ours, theirs)):
                continue  # "more difficult" said "meno facile": the comparative turns it back
            # (an exception turns a rule or a state, not a time, a side or a measure: "late
            # entries are accepted only if space allows" said "anticipées" is no exception's)
            sentence = sentence_of(lowered, found.said[0])  # ("… only with … . … are exempt")
            # (nor a requirement's force: "required … before" said "recommandé … avant")
            excepting = (
                one not in _BOUNDS | _WHOLE
                and (one, other) != _FORCE
                and _excepted(sentence, source_lang)
                and not _exception_kept(sentence, target, found.written[0], (source_lang, target_lang))
            )
            if excepting:
                continue
            if _negated(source, found.said[0], source_lang, one in _ADVICE):
                if one not in _WHOLE or not _negated(target, found.written[0], target_lang):
                    continue  # "not allowed" said "interdit"; but "never before" said "nunca después"
                return found
            if _negated(target, found.written[0], target_lang) and not _own_part(
                source, target, found.written[0], (source_lang, target_lang)
            ):
                continue  # "nicht verboten" says "allowed"; "is not allowed" is another matter
            return found
    return None


def _opposed(
    source: str,
    target: str,
    lowered: str,
    words: tuple[Opposites, Opposites],
    names: tuple[str, str],
    langs: tuple[str, str],
) -> Opposite | None:
    """A word of the source's class ``said_name`` and one of the target's ``other_name``,
    where the target has no word of ``said_name`` and the source none of ``other_name`` (or,
    for whole words, fewer than the target)."""
    ours, theirs = words
    said_name, other_name = names
    said: frozenset[str] = getattr(ours, said_name)
    if not any(word in lowered for word in said):
        return None
    pattern = _whole if said_name in _WHOLE else stems
    said_pattern, wrong_pattern = pattern(said), pattern(getattr(theirs, other_name))
    if said_pattern is None or wrong_pattern is None:
        return None
    found, wrong = said_pattern.search(source), wrong_pattern.search(target)
    if said_name in _WHOLE and found is not None:
        # common words ("left" the verb, "right" for correct): the opposite must stand about
        # where one of the source's words does, not in another clause of a long sentence
        found, wrong = next(
            (
                (said, near)
                for said in said_pattern.finditer(source)
                if (near := _near(said, source, target, wrong_pattern))
            ),
            (found, None),
        )
    if other_name in _AMOUNTS and wrong is not None and found is not None:
        # "plus petit", "più bassa": a comparative's direction is its adjective's; of the
        # source's comparative ("more heavily"), one whose word is of no class of opposites
        # ("meno pesantemente"; not "less easy", said for "harder")
        grammar = language(langs[1]).function_words  # what follows a word for an amount
        compared = not _amount(source, found.end(), language(langs[0]).function_words)
        near = _near(found, source, target, wrong_pattern) if compared else None
        if near is not None and not (near.group()[:1].islower() and _plain(target, near.end(), langs[1])):
            near = None  # (a correlative opens its sentence: "Plus loin …, moindre …")
        wrong = next((m for m in wrong_pattern.finditer(target) if _amount(target, m.end(), grammar)), near)
    if found is None or wrong is None:
        return None
    other, same = pattern(getattr(ours, other_name)), pattern(getattr(theirs, said_name))
    both = other is not None and other.search(source) is not None
    if same is not None and same.search(target) is not None:
        # both words: two rules in one sentence; but of whole words the source says more
        # times, one turned ("begins 20 minutes before … closes 5 minutes before" said
        # "avant … après")
        if both or said_name not in _WHOLE or len(same.findall(target)) >= len(said_pattern.findall(source)):
            return None
    if both and other is not None:
        # both in the source: two rules or states, each said its own way, unless the class
        # is gone from the translation and the other written once more ("keep right … pass
        # on your left" as "esquerdo … pela esquerda"; "open … closed" as "geopend … geopend")
        if len(wrong_pattern.findall(target)) <= len(other.findall(source)):
            return None
        where = found.start() / max(1, len(source)) * len(target)  # (the one where the word stands)
        wrong = min(wrong_pattern.finditer(target), key=lambda m: abs(m.start() - where))
    word = WORD.match(target, wrong.start())
    end = max(wrong.end(), word.end() if word else 0)
    return Opposite(found.span(), (wrong.start(), end))


def _near(said: re.Match[str], source: str, target: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The match of ``pattern`` in ``target`` nearest where the source's word ``said`` stands
    (by its share of the text), if it is near enough."""
    where = said.start() / max(1, len(source)) * len(target)
    near = min(pattern.finditer(target), key=lambda m: abs(m.start() - where), default=None)
    return near if near is not None and abs(near.start() - where) <= _NEAR * len(target) else None


# The classes of a state, which a negation turns into its opposite's ("included" said "nicht
# inbegriffen", "allowed" said "non consentito")
_STATES = (
    "permission_words",
    "prohibition_words",
    "enabled_words",
    "disabled_words",
    "open_words",
    "closed_words",
    "advised_words",
    "discouraged_words",
    "included_words",
    "excluded_words",
)
_NEGATION_BEFORE = 12  # characters before the state's word its negation may stand


def negated_state(
    source: str, target: str, source_lang: str, target_lang: str, prose: Callable[[], bool]
) -> Opposite | None:
    """The first word of a state's class in the source, not negated there, said by the
    translation only with its own words of the class, each negated in its clause and the
    first right after a negation ("small parts are included" said "sind nicht inbegriffen"):
    the negation turns the state around. Not where the source makes an exception ("included
    except …"). (An obligation said negated is ``added_negation``'s.)"""
    lowered = source.lower()
    cue = _cue(source_lang)
    cued = {m.group() for m in cue.finditer(lowered)} if cue is not None else set()
    if not cued:
        return None  # (one scan: most sentences say none of these words)
    ours, theirs = language(source_lang).opposites, language(target_lang).opposites
    for name in _STATES:
        if cued.isdisjoint(getattr(ours, name)):
            continue
        said, written = stems(getattr(ours, name)), stems(getattr(theirs, name))
        found = said.search(source) if said is not None and written is not None else None
        if found is None or written is None or source[found.start()].isupper():
            continue  # ("Open Days": a name)
        if _negated(source, found.start(), source_lang):
            continue  # ("is not included" said "n'est pas compris")
        hits = list(written.finditer(target))
        if not hits or not all(_negated(target, m.start(), target_lang) for m in hits):
            continue
        start, word = hits[0].start(), WORD.match(target, hits[0].start())
        before = _negation_before(target, start, target_lang)
        clause = lowered[slice(*_clause_span(lowered, found.start()))]
        kept = _without_kept(clause, target[slice(*_clause_span(target, start))], source_lang, target_lang)
        if before is None or (_excepted(clause, source_lang) and not kept) or not prose():
            return None  # (an exception of its clause: "for adults only, lunch included" makes none)
        return Opposite(found.span(), (before, max(hits[0].end(), word.end() if word else 0)))
    return None


def _without_kept(clause: str, written: str, source_lang: str, target_lang: str) -> bool:
    """Whether the source's clause excepts with a word for "without" only and the translation's
    keeps one ("allowed without flash": "non consentito … senza flash"): a negation turns it."""
    said = set(exceptions.findall(clause)) if (exceptions := _exceptions(source_lang)) else set()
    kept = (without := _doubles(target_lang)) is not None and without.search(written.lower()) is not None
    return kept and bool(said) and said <= language(source_lang).double_negatives


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """Where the clause of ``text`` that holds ``at`` opens and closes."""
    opened = max((m.end() for m in CLAUSE_END.finditer(text, 0, at)), default=0)
    closed = CLAUSE_END.search(text, at)
    return opened, closed.start() if closed else len(text)


def _negation_before(text: str, at: int, lang: str) -> int | None:
    """Where a plain negation stands right before ``at``, with one word between at most
    ("nicht inbegriffen", "non sono ammessi", "pas compris"; not "sans nom doit", nor "non
    suivi est désactivé", which negates another word)."""
    opened = max(0, at - _NEGATION_BEFORE)
    while opened and text[opened - 1].isalnum():
        opened -= 1  # from a word's start
    window = text[opened:at]
    last = next(reversed(list(_plain_negation(lang).finditer(window.lower()))), None)
    if last is None or len(WORD.findall(window, last.end())) > 1:
        return None
    return opened + last.start()


@lru_cache(maxsize=16)
def _plain_negation(lang: str) -> re.Pattern[str]:
    """The language's negating words but those for "without" ("sans nom" is "unnamed")."""
    data = language(lang)
    return any_word(data.negations - data.double_negatives) or re.compile("(?!)")


_AFTER_NEGATION = re.compile(r"(?:\s+[^\W\d_]+){1,2}")  # "not allowed", "not be allowed"


def kept_positive(
    source: str, target: str, at: int, source_lang: str, target_lang: str
) -> tuple[int, int] | None:
    """The translation's word for what the source's negation ending at ``at`` negates, where
    that is a word of a class of opposites ("not allowed": "permitido"), said without the
    negation: its span, or None."""
    after = _AFTER_NEGATION.match(source, at)
    if after is None:
        return None
    ours, theirs = language(source_lang).opposites, language(target_lang).opposites
    for pair in _PAIRS:
        for name in pair:
            pattern = _whole if name in _WHOLE else stems
            said, written = pattern(getattr(ours, name)), pattern(getattr(theirs, name))
            if said is None or written is None or said.search(after.group()) is None:
                continue
            found = list(written.finditer(target))
            if found:  # the one said without its negation: of several, the nearest to its place
                where = at / max(1, len(source))
                near = min(found, key=lambda m: abs(m.start() / max(1, len(target)) - where))
                word = WORD.match(target, near.start())
                return near.start(), max(near.end(), word.end() if word else 0)
    return None


@lru_cache(maxsize=64)
def _whole(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, not the first part of a hyphenated one
    ("après-midi"), in one case-insensitive scan."""
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternation})(?![\w-])", re.IGNORECASE)


_AMOUNTS = frozenset({"more_words", "less_words"})
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")


def _amount(text: str, end: int, grammar: frozenset[str]) -> bool:
    """Whether a word for more or less ending at ``end`` says an amount ("60 % en plus",
    "plus de 40", "di più"): a function word or no word follows it, not the adjective of a
    comparative ("plus petit", "più bassa"), whose direction is the adjective's."""
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in grammar


@lru_cache(maxsize=16)
def _cue(lang: str) -> re.Pattern[str] | None:
    """Any word of the language of any class above."""
    data = language(lang).opposites
    words = {word for pair in _PAIRS for name in pair for word in getattr(data, name)}
    return re.compile(alternatives(words)) if words else None


def _compared_apart(source: str, target: str, found: Opposite, words: tuple[Opposites, Opposites]) -> bool:
    """Whether the source's word and the translation's opposite are each a comparative's, of
    opposite directions ("more difficult", "meno facile"): the same comparison."""
    ours, theirs = words
    before, after = (
        _WORD_BEFORE.search(source, 0, found.said[0]),
        _WORD_BEFORE.search(target, 0, found.written[0]),
    )
    if before is None or after is None:
        return False
    said, written = before.group(1).lower(), after.group(1).lower()
    return (said in ours.more_words and written in theirs.less_words) or (
        said in ours.less_words and written in theirs.more_words
    )


def _plain(text: str, end: int, lang: str) -> bool:
    """Whether the word after a comparative's "more" or "less" ending at ``end`` is of no
    class of opposites ("pesantemente", not "facile"): the comparative's direction is its own."""
    after = _NEXT_WORD.match(text, end)
    cue = _cue(lang)
    return after is not None and (cue is None or cue.search(after.group(1).lower()) is None)


def _in_bound(text: str, span: tuple[int, int], lang: str) -> bool:
    """Whether the word at ``span`` is part of one of the language's bound phrases before or
    after a number ("au moins", "or more", "bis zu")."""
    pattern = _bound_phrases(lang)
    return pattern is not None and any(
        m.start() <= span[0] and span[1] <= m.end()
        for m in pattern.finditer(text.lower(), max(0, span[0] - _BOUND_REACH), span[1] + _BOUND_REACH)
    )


_NUMBER_AFTER = re.compile(r"[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?[-+−$€£¥]?\d")  # "above 30", "below the 5"
_BOUND_REACH = 20  # characters a bound phrase reaches either side of its word


@lru_cache(maxsize=32)
def _bound_phrases(lang: str) -> re.Pattern[str] | None:
    data = language(lang)
    pairs = data.bounds + data.reach_bounds + data.opposites.trailing_bounds
    phrases = {phrase for pair in pairs for phrase in pair if " " in phrase}
    return re.compile(rf"(?<![^\W\d_]){alternatives(phrases)}(?![^\W\d_])") if phrases else None


def _negated(text: str, at: int, lang: str, advice: bool = False) -> bool:
    """Whether the clause of ``text`` holds a negating word before ``at`` or right after the
    word there: a negation comes before what it negates ("are not allowed", "n'est pas
    obligatoire", "nicht erlaubt") or right after a modal ("must not"); one further on
    negates another part joined on ("are compulsory and boots are not allowed"). A word of
    ``advice`` is negated by one anywhere after it up to a coordinator ("we recommend that
    you do not drive", said "nous déconseillons de conduire"; not "recommended but not
    required")."""
    pattern = negation_pattern(lang)
    if pattern is None:
        return True  # a language without the data: nothing can be told
    opened, closed = _clause_span(text, at)
    word = WORD.match(text, at)
    after = _NEXT_WORD.match(text, word.end()) if word else None  # "must not"
    end = after.end() if after else word.end() if word else at
    if advice:
        joined = _joins(lang).search(text, word.end() if word else at)
        end = joined.start() if joined else len(text)
    chunk = text[opened : min(end, closed)]
    # ("no later than" negates nothing; "without" only the words right after it: "sans difficulté")
    doubles, lowered = _doubles(lang), chunk.lower()
    for m in doubles.finditer(lowered) if doubles is not None and len(lowered) == len(chunk) else ():
        if len(chunk[m.end() : at - opened].split()) > 1:
            chunk = chunk[: m.start()] + " " * (m.end() - m.start()) + chunk[m.end() :]
    return live_negation(chunk, pattern, lang) is not None


def _own_part(source: str, target: str, at: int, langs: tuple[str, str]) -> bool:
    """Whether the word at ``at`` stands in a part of the translation with no negation before
    it, the translation parted before a coordinator where the source has a comma and the same
    coordinator ("No abandone la ruta y manténgase en el lado izquierdo" for "Do not leave the
    route, and keep to the right")."""
    pattern = negation_pattern(langs[1])
    for _, (start, end) in aligned(source, target, langs) or ():
        if start <= at < end and pattern is not None:
            return live_negation(target[start:at], pattern, langs[1]) is None
    return False


@lru_cache(maxsize=16)
def _joins(lang: str) -> re.Pattern[str]:
    """A coordinator of the language, or a word that joins a clause of contrast ("but")."""
    data = language(lang)
    return any_word(data.coordinators | data.contrastive_words) or re.compile("(?!)")


@lru_cache(maxsize=16)
def _doubles(lang: str) -> re.Pattern[str] | None:  # its words for "without" ("sans", "ohne")
    return any_word(language(lang).double_negatives)


@lru_cache(maxsize=16)
def _exceptions(lang: str) -> re.Pattern[str] | None:
    return any_word(language(lang).exceptive_words)


_JOINED = re.compile(r",\s*$")  # a word after a comma joins a clause: ", but the river is closed"
# After a joining word: a negation and a word, which is another predicate ("recommended but not
# required"), not a time or place ("but not on Sundays": an exception)
_PREDICATE = re.compile(r"\s+(\w+)\s+(\w+)")


def _exception_kept(sentence: str, target: str, at: int, langs: tuple[str, str]) -> bool:
    """Whether the source's sentence (lowercase) excludes something ("closed on holidays,
    except …") and the translation's sentence that holds ``at`` does too ("geopend, behalve
    …"): the rule is said with its exception, so its word is no paraphrase of it."""
    said, written = (any_word(language(lang).qualifiers.exclusions) for lang in langs)
    if said is None or written is None or said.search(sentence) is None:
        return False
    return written.search(sentence_of(target.lower(), at)) is not None


def _excepted(lowered: str, lang: str) -> bool:
    """Whether the source makes an exception ("except", "until", "only", "daily but
    Mondays"): the translation may say the rest with the opposite word. A "but" after a
    comma joins another clause, which says its own word ("all year, but the river is
    closed"), and so does one before a negated predicate ("recommended but not required")."""
    pattern = _exceptions(lang)
    if pattern is None:
        return False
    data = language(lang)
    for m in pattern.finditer(lowered):
        if m.group() not in data.contrastive_words:
            return True
        if _JOINED.search(lowered, 0, m.start()) is not None:
            continue
        after = _PREDICATE.match(lowered, m.end())
        if after is None or after.group(1) not in data.negations or after.group(2) in data.function_words:
            return True
    return False
