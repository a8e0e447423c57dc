"""How the language tables write their sets: one string per set, parted by spaces or ";"."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words written as one string, for the tables ("der die das")."""
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """A set of phrases written as one string ("au moins; au plus")."""
    return frozenset(entry.strip() for entry in text.split(";"))


def before_each(prepositions: str, articles: str, nouns: str) -> frozenset[str]:
    """Phrases of a preposition, maybe an article, and a noun, from one string of each, the
    empty article written "-" ("vor", "- dem der", "beginn ende": "vor beginn", "vor dem ende")."""
    return frozenset(
        " ".join(part for part in (preposition, article, noun) if part != "-")
        for preposition in prepositions.split()
        for article in articles.split()
        for noun in nouns.split()
    )


def in_order(text: str) -> tuple[frozenset[str], ...]:
    """Sets of words in order, written as one string ("januar jänner; februar; …")."""
    return tuple(frozenset(entry.split()) for entry in text.split(";"))


def units(text: str) -> tuple[tuple[str, str], ...]:
    """Unit words by unit, written as one string ("min: minute minutes; h: hour hours"), as
    (word, unit) pairs for ``unit_words``; also contractions by preposition ("in: im ins")
    for ``article_contractions``."""
    pairs = []
    for entry in text.split(";"):
        unit, _, forms = entry.partition(":")
        pairs += [(form, unit.strip()) for form in forms.split()]
    return tuple(pairs)


def ordinals(text: str, first: int) -> tuple[tuple[str, float], ...]:
    """Ordinal words by value from ``first`` on, written as one string with their forms
    ("vierte vierten; fünfte fünften; …"), as (word, value) pairs for ``number_words``."""
    return tuple(
        (form, float(first + k)) for k, entry in enumerate(text.split(";")) for form in entry.split()
    )


def gendered(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """``gendered_words`` from "primero primera primeros primeras; primer primera - -": four
    forms per entry, "-" for none."""
    found = []
    for entry in text.split(";"):
        forms = [form if form != "-" else "" for form in entry.split()]
        if len(forms) != 4:
            raise ValueError(f"four forms expected: {entry!r}")
        found.append((forms[0], forms[1], forms[2], forms[3]))
    return tuple(found)
