"""How a language writes the names of places, peoples and organisations, for the name checks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NameForms:
    """Closed lists, lowercase."""

    # First letters the language's local forms of place names write otherwise, each as the
    # source's letter and the local one ("jg": "Jaffa" -> "Giaffa"; "ck": "Cologne" -> "Köln").
    respelled_initials: frozenset[str] = frozenset()
    # Endings that make a place's adjective ("Maltese", "Icelandic", "Parisian"): a
    # translation writes the adjective its own way ("maltesisch", "maltais").
    demonym_endings: tuple[str, ...] = ()
    # Suffixes that make an adjective of a place's or people's name, before the ending ("-an-"
    # of "birmano"; "-sk-" of "komiiskii", in Latin letters as other alphabets are compared):
    # a name said with the target's adjective.
    adjective_suffixes: tuple[str, ...] = ()
    # Words that head names of companies and places ("Software", "Bank", "Street"): a rare
    # word before one is a name, also where it opens a sentence ("Brenlow Software").
    name_heads: frozenset[str] = frozenset()
    # Words that link the words of one name or title ("Head of Sales", "Bank of Spain",
    # "Minister for Health"): a capitalised word linked so is part of that name, which a
    # translation renders as a whole.
    name_links: frozenset[str] = frozenset()
    # The words that end a street's name in a postal address ("Street", "Road", "Lane"),
    # lowercase: after a house number, the name is an address, which a translation keeps as
    # written ("27 Canal Street", not "Via del Canale 27").
    street_heads: frozenset[str] = frozenset()
    # Words that open a street's name ("rue", "Via", "calle"), lowercase; where a language
    # writes them last, joined to the name ("Bahnhofstraße"), they are its ``street_heads``.
    street_openers: frozenset[str] = frozenset()
