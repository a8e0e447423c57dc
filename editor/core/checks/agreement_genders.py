"""A noun written after a determiner of one gender where its paragraph writes it after the
other's ("uscite dal sauna" beside "usare la sauna"): the gender a language gives a noun does
not change within a text. A helper of ``agreement``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

_MIN_LETTERS = 4  # a shorter word may be a verb after a pronoun ("la ha", "lo ha")
_OPEN_A = ("a", "á", "ha", "há")  # "el agua", "un hacha": the masculine form before a stressed "a"


@dataclass(frozen=True, slots=True)
class GenderSlip:
    start: int
    end: int
    word: str
    written: str  # the paragraph's other determiner and the word ("la sauna")


def gender_slips(target: str, paragraph: Iterable[str], lang: str) -> Iterator[GenderSlip]:
    """The determiners of ``target`` (only those that are never a pronoun: "dal", not "la")
    before a noun that the ``paragraph``'s texts (``target`` among them) write more often
    after a determiner of the other gender, or as often, where its ending says that gender
    ("sauna" ends as feminine nouns do)."""
    tables = _tables(lang)
    if tables is None:
        return
    pattern, genders, curated, endings, open_a = tables
    agreement = language(lang).agreement
    both_genders = agreement.exceptions | agreement.both_genders
    counts: dict[str, Counter[str]] = {}
    example: dict[tuple[str, str], str] = {}
    for text in paragraph:
        for m in pattern.finditer(text):
            determiner, word = m.group(1).lower(), m.group(2)
            counts.setdefault(word, Counter())[genders[determiner]] += 1
            example.setdefault((word, genders[determiner]), m.group())
    for m in pattern.finditer(target):
        determiner, word = m.group(1).lower(), m.group(2)
        if determiner not in curated or word in both_genders:
            continue
        if determiner in open_a and word.startswith(_OPEN_A):
            continue
        gender = genders[determiner]
        other = "f" if gender == "m" else "m"
        seen = counts.get(word, Counter())
        if not seen[other] or seen[other] < seen[gender]:
            continue
        if seen[other] == seen[gender] and not word.endswith(endings[other]):
            continue  # as often either way: the ending must say which
        yield GenderSlip(m.start(1), m.end(2), word, example[(word, other)])


@lru_cache(maxsize=16)
def _tables(
    lang: str,
) -> (
    tuple[re.Pattern[str], dict[str, str], frozenset[str], dict[str, tuple[str, ...]], frozenset[str]] | None
):
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
    return pattern, genders, frozenset(curated), endings, data.open_a_masculine
