"""agreement: a word with a form for each gender and number ("todo", "primero") beside an
article of another gender or number: after it ("el primera clase", "la primero") or, for a
word of totality, before one of its number ("todos as janelas", "tutte i giorni"; not "ont
toutes la même largeur", which belongs to the subject). Both are closed classes
of the language's data (``gendered_words`` and the articles of ``subjects``), so one of them
next to the other says the slip without a noun's gender."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.langdata import language

_Form = tuple[int, int]  # (gender: 0 masculine, 1 feminine; number: 0 singular, 1 plural)
_CLAUSE_START = re.compile(r"(?:^|[.,;:!?]\s*)\Z")  # what a clause's first word follows


class FormSlip(NamedTuple):
    start: int
    end: int
    article: str
    word: str


class _Tables(NamedTuple):
    pattern: re.Pattern[str]
    articles: dict[str, _Form]
    words: dict[str, _Form]


@lru_cache(maxsize=16)
def _tables(lang: str) -> _Tables | None:
    data = language(lang).agreement
    if not data.gendered_words or not data.subjects:
        return None
    articles: dict[str, _Form | None] = {}
    for number, genders in enumerate(data.subjects):
        for gender, written in enumerate(genders):
            for form in written:
                # a form of two genders or numbers ("les") says nothing
                articles[form] = (gender, number) if form not in articles else None
    known = {a: f for a, f in articles.items() if f is not None}
    words: dict[str, _Form | None] = {}
    for entry in (*data.gendered_words, data.all_forms):
        for k, form in enumerate(entry):
            place = (k % 2, k // 2)
            if form:  # (a form of two places says nothing)
                words[form] = place if words.get(form, place) == place else None
    forms = {w: f for w, f in words.items() if f is not None}
    every = [w for w in data.all_forms if w in forms]
    if not known or not forms:
        return None
    a = "|".join(sorted(map(re.escape, known), key=len, reverse=True))
    w = "|".join(sorted(map(re.escape, set(forms) - set(every)), key=len, reverse=True)) or "(?!)"
    alls = "|".join(sorted(map(re.escape, every), key=len, reverse=True)) or "(?!)"
    # (a number may stand between an article and its word: "los 3 primeros meses")
    pattern = re.compile(
        rf"(?<![\w'’-])(?i:(?P<a1>{a}) (?:\d+ )?(?P<w1>{w})|(?P<w2>{alls}) (?P<a2>{a}))(?![\w'’-])"
    )
    return _Tables(pattern, known, forms)


def form_slips(text: str, lang: str) -> Iterator[FormSlip]:
    """The article and word pairs of ``text`` that disagree in gender or number."""
    tables = _tables(lang)
    if tables is None:
        return
    data = language(lang).agreement
    for m in tables.pattern.finditer(text):
        article, word = (m.group("a1"), m.group("w1")) if m.group("a1") else (m.group("a2"), m.group("w2"))
        if not (article.islower() or article[1:].islower()) or not word[1:].islower():
            continue  # a name's words ("El Primero")
        said, written = tables.articles[article.lower()], tables.words[word.lower()]
        if said == written or (m.group("a2") and said[1] != written[1]):
            continue  # (a plural "all" before a singular article floats: "ont toutes la même")
        if said[0] != written[0] and said[1] != written[1]:
            continue  # another gender and number: no article of it ("não emprestar a terceiros")
        if m.group("a2") and _open_a(text, m.end(), article, data.open_a_masculine):
            continue  # "toda el agua"
        if m.group("a2") and article.lower() in data.clitics and _CLAUSE_START.search(text, 0, m.start()):
            continue  # a subject and an object pronoun: "Todos las conocen"
        yield FormSlip(m.start(), m.end(), article, word)


@lru_cache(maxsize=16)
def _partitive_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int], dict[str, int]] | None:
    """A pronoun of a part, a space and a word for "of" with a plural article; each one's
    gender (0 masculine, 1 feminine)."""
    data = language(lang).agreement
    if not data.partitives or not any(data.of_plurals):
        return None
    pronouns = {form: k for pair in data.partitives for k, form in enumerate(pair)}
    groups = {form: k for k, forms in enumerate(data.of_plurals) for form in forms}
    p = "|".join(sorted(map(re.escape, pronouns), key=len, reverse=True))
    g = "|".join(sorted(map(re.escape, groups), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:(?P<p>{p}) (?P<g>{g}))(?![\w'’-])"), pronouns, groups


def partitive_slips(text: str, lang: str) -> Iterator[FormSlip]:
    """A pronoun of a part of the other gender than its group: "ninguno de las aguas"."""
    tables = _partitive_pattern(lang)
    if tables is None:
        return
    pattern, pronouns, groups = tables
    for m in pattern.finditer(text):
        if pronouns[m.group("p").lower()] != groups[m.group("g").lower()]:
            yield FormSlip(m.start(), m.end(), m.group("g"), m.group("p"))


def _open_a(text: str, end: int, article: str, articles: frozenset[str]) -> bool:
    """Whether ``article``, ending at ``end``, is one that a feminine noun opening with a
    stressed "a" takes, and such a noun may follow ("el agua", "el aula")."""
    return article.lower() in articles and text[end + 1 : end + 2].lower() in ("a", "á", "h")
