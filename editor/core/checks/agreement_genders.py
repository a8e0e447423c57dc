"""A noun written after a determiner of one gender where its paragraph writes it after the
other's ("uscite dal sauna" beside "usare la sauna"): the gender a language gives a noun does
not change within a text; and an adjective of the other gender right after a determiner and
a noun that agree ("las bolsas negros"). A helper of ``agreement``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.agreement_data import Agreement
from editor.core.checks.agreement_predicates import OPENS, gendered_plural, other_form
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_ARTICLE_NEXT = re.compile(r" ([^\W\d_]+)")
_MIN_LETTERS = 4  # a shorter word may be a verb after a pronoun ("la ha", "lo ha")
_ATTRIBUTE_ALIKE = 1.0  # Zipf points an adjective's two forms differ by at most ("solo", "sola": 1.2)
_OPEN_A = ("a", "á", "ha", "há")  # "el agua", "un hacha": the masculine form before a stressed "a"


@dataclass(frozen=True, slots=True)
class GenderSlip:
    start: int
    end: int
    word: str
    written: str  # the paragraph's other determiner and the word ("la sauna")


def gender_slips(target: str, others: Callable[[], Iterable[str]], lang: str) -> Iterator[GenderSlip]:
    """The determiners of ``target`` (only those that are never a pronoun: "dal", not "la")
    before a noun that its paragraph's texts (``target`` and what ``others`` gives, read only
    where the target has such a determiner) write more often after a determiner of the other
    gender, or as often, where its ending says that gender ("sauna" ends as feminine nouns do)."""
    tables = _tables(lang)
    if tables is None:
        return
    pattern, genders = tables.pattern, tables.genders
    agreement = language(lang).agreement
    both_genders = agreement.exceptions | agreement.both_genders
    candidates = [
        m
        for m in pattern.finditer(target)
        if m.group(1).lower() in tables.curated
        and m.group(2) not in both_genders
        and not (m.group(1).lower() in tables.open_a and m.group(2).startswith(_OPEN_A))
    ]
    if not candidates:
        return  # most sentences: the paragraph is not read
    counts: dict[str, Counter[str]] = {}
    example: dict[tuple[str, str], str] = {}
    for text in [*others(), target]:
        for m in pattern.finditer(text):
            determiner, word = m.group(1).lower(), m.group(2)
            counts.setdefault(word, Counter())[genders[determiner]] += 1
            example.setdefault((word, genders[determiner]), m.group())
    for m in candidates:
        determiner, word = m.group(1).lower(), m.group(2)
        gender = genders[determiner]
        other = "f" if gender == "m" else "m"
        seen = counts.get(word, Counter())
        if not seen[other] or seen[other] < seen[gender]:
            continue
        if seen[other] == seen[gender] and not word.endswith(tables.endings[other]):
            continue  # as often either way: the ending must say which
        yield GenderSlip(m.start(1), m.end(2), word, example[(word, other)])


@dataclass(frozen=True, slots=True)
class _Tables:
    pattern: re.Pattern[str]  # a gendered determiner and the word after it
    genders: dict[str, str]  # each determiner's gender, "m" or "f"
    curated: frozenset[str]  # the determiners that are never a pronoun
    endings: dict[str, tuple[str, ...]]  # each gender's endings
    open_a: frozenset[str]  # see ``Agreement.open_a_masculine``


@lru_cache(maxsize=16)
def _tables(lang: str) -> _Tables | None:
    data = language(lang).agreement
    if not data.subjects or not data.predicate_endings:
        return None
    masculine = data.masculine.union(*(m for m, _ in data.subjects))
    feminine = data.feminine.union(*(f for _, f in data.subjects))
    both = masculine & feminine  # ("les", "ces")
    genders = dict.fromkeys((w for w in masculine - both if len(w) > 1), "m")
    genders.update(dict.fromkeys((w for w in feminine - both if len(w) > 1), "f"))
    endings = {
        "m": tuple(m for m, _ in data.predicate_endings),
        "f": tuple(f for _, f in data.predicate_endings),
    }
    pattern = re.compile(
        rf"(?<![\w'’-])((?i:{alternatives(set(genders))})) ([^\W\d_A-Z]{{{_MIN_LETTERS},}})(?![\w'’-])"
    )
    curated = (data.masculine | data.feminine) - both - data.clitics
    return _Tables(pattern, genders, frozenset(curated), endings, data.open_a_masculine)


@dataclass(frozen=True, slots=True)
class AttributeSlip:
    start: int
    end: int
    noun: str  # the determiner and noun, as written
    fixed: str  # the adjective in their gender


def attribute_slips(text: str, lang: str) -> Iterator[AttributeSlip]:
    """Each adjective right after a feminine determiner and a noun with a feminine ending
    ("las bolsas", "un'autorizzazione": the language's ``feminine_endings`` too) that ends
    as masculine adjectives do ("negros"), where its feminine form is a word about as common
    (not an adverb, "solo", nor a noun, "centro"), it is no function word and no preposition
    before an article ("secondo il"). (After a masculine noun a verb ends as a feminine adjective does: "el
    documento termina"; only a feminine plural participle, which no verb form ends as, is
    read there: "os blocos marcadas".)"""
    agreement, function_words = language(lang).agreement, language(lang).function_words
    articles = frozenset().union(*(his | hers for his, hers in agreement.subjects))
    for number, pattern in enumerate(_attribute_patterns(lang)):
        his, hers = agreement.predicate_endings[number]
        for m in pattern.finditer(text):
            noun, adjective = m.group(2), m.group(3)
            if _preposition(text, m.end(3), adjective, articles, agreement):
                continue  # a preposition before its noun phrase ("la lingua secondo il locale")
            if not noun.endswith(hers) and not noun.endswith(agreement.feminine_endings):
                continue  # ("las bolsas", "un'autorizzazione")
            if (
                noun in agreement.exceptions
                or noun in agreement.neutral_determiners  # "a cada posto": "a" is "to" there
                or adjective in function_words
                or adjective in agreement.depictives
            ):
                continue
            if number and not gendered_plural(adjective, agreement):
                continue
            fixed = other_form(adjective, False, (his, hers), lang, _ATTRIBUTE_ALIKE)
            if fixed is not None:
                yield AttributeSlip(m.start(3), m.end(3), text[m.start(1) : m.end(2)], fixed)
    yield from _bare_slips(text, lang, articles)
    participles = _participle_pattern(lang)
    his, hers = agreement.predicate_endings[-1] if agreement.predicate_endings else ("", "")
    for m in participles.finditer(text) if participles is not None else ():
        noun, participle = m.group(2), m.group(3)
        if noun.endswith(his) and noun not in agreement.exceptions:
            fixed = other_form(participle, True, (his, hers), lang, _ATTRIBUTE_ALIKE)
            if fixed is not None:
                yield AttributeSlip(m.start(3), m.end(3), f"{m.group(1)} {noun}", fixed)


def _preposition(text: str, end: int, adjective: str, articles: frozenset[str], agreement: Agreement) -> bool:
    """Whether ``adjective``, ending at ``end``, is a preposition: an article follows it ("secondo
    il"), or it opens a preposition of two words with the word after it ("junto à", "vicino alla")."""
    after = _ARTICLE_NEXT.match(text, end)
    if after is None:
        return False
    following = after[1].lower()
    if following in articles and _participle(adjective, agreement):
        # a participle before an article of its own gender is said of that noun ("uma vez
        # terminado o prazo"); before one of the other, the word is a preposition ("uma zona
        # reservado a fumadores": "a" is "to" there)
        return not any(following in hers and following not in his for his, hers in agreement.subjects)
    return following in articles or f"{adjective.lower()} {following}" in agreement.preposition_phrases


def _participle(word: str, agreement: Agreement) -> bool:
    """Whether ``word`` is a participle by its stem's ending ("reservad-o", "rimborsat-i")."""
    stems = agreement.participle_stems
    return bool(stems) and word.lower().rstrip("s")[:-1].endswith(stems)


def _bare_slips(text: str, lang: str, articles: frozenset[str]) -> Iterator[AttributeSlip]:
    """:func:`attribute_slips` of a noun with no determiner before it whose ending only
    feminine nouns have (``feminine_endings``: "con instrucciones escritos"), its number told
    by its last letter (the masculine plural predicate's: "-s", "-i")."""
    pattern = _bare_pattern(lang)
    if pattern is None:
        return
    agreement, function_words = language(lang).agreement, language(lang).function_words
    plural = agreement.predicate_endings[-1][0][-1:]
    openers = articles | agreement.of_words
    for m in pattern.finditer(text):
        noun, adjective = m.group(1), m.group(2)
        before = _WORD_BEFORE.search(text, 0, m.start())
        if before is not None and before[1].lower() in openers:
            continue  # read with its determiner; a complement ("documento de identificação válido")
        if _preposition(text, m.end(2), adjective, articles, agreement):
            continue  # a preposition before its noun phrase
        if adjective in function_words or adjective in agreement.depictives or noun in agreement.exceptions:
            continue
        number = int(noun.endswith(plural) and len(agreement.predicate_endings) > 1)
        if number and not gendered_plural(adjective, agreement):
            continue
        fixed = other_form(adjective, False, agreement.predicate_endings[number], lang, _ATTRIBUTE_ALIKE)
        if fixed is not None:
            yield AttributeSlip(m.start(2), m.end(2), noun, fixed)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’ ]?\Z")


@lru_cache(maxsize=16)
def _bare_pattern(lang: str) -> re.Pattern[str] | None:
    """A lowercase noun with a feminine ending (group 1) and the word after it (2)."""
    agreement = language(lang).agreement
    if not agreement.feminine_endings or not agreement.predicate_endings:
        return None
    endings = "|".join(map(re.escape, agreement.feminine_endings))
    return re.compile(rf"(?<![\w'’-])([^\W\d_A-Z]{{2,}}(?:{endings})) ([^\W\d_A-Z]{{3,}})(?![\w'’-])")


@lru_cache(maxsize=16)
def _participle_pattern(lang: str) -> re.Pattern[str] | None:
    """A masculine plural determiner, a noun, and a feminine plural participle (data
    ``participle_endings``): "los grupos reservadas", "os blocos marcadas"."""
    agreement = language(lang).agreement
    if not agreement.participle_endings or len(agreement.subjects) < 2:
        return None
    his, hers = agreement.subjects[1]
    endings = "|".join(map(re.escape, agreement.participle_endings))
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(his - hers))})) "
        rf"([^\W\d_A-Z]{{3,}}) ([^\W\d_A-Z]+(?:{endings}))(?![\w'’-])"
    )


@lru_cache(maxsize=16)
def _attribute_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    agreement = language(lang).agreement
    found = []
    for (his, hers), _ in zip(agreement.subjects, agreement.predicate_endings, strict=False):
        found.append(  # a feminine determiner (not one of both genders, "les"), a noun, a word
            re.compile(  # (an elided determiner joined to its noun: "un'autorizzazione")
                rf"{OPENS}((?i:{alternatives(set(hers - his))}))(?:(?<=['’])| )"
                rf"([^\W\d_A-Z]{{3,}}) ([^\W\d_A-Z]{{3,}})(?![\w'’-])"
            )
        )
    return tuple(found)
