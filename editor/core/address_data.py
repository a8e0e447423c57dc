"""How a language addresses the reader ("Sie" or "du"), for the checks of a document's register."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Address:
    """The reader addressed as "you": a document that says "Sie" throughout and "du" once
    has slipped. Polite forms are matched as written and not at a sentence start (German
    "Ihnen" is polite, "ihnen" is "them"); familiar ones in any case. Only forms that say
    nothing else ("du", not Dutch "je", also "one")."""

    polite: frozenset[str] = frozenset()
    familiar: frozenset[str] = frozenset()
    # The polite forms are also the familiar plural (French "vous"): a polite form in a
    # familiar document is then no slip.
    polite_plural: bool = False
    # Set phrases with a familiar form that address no one (Russian "ух ты", "wow"), lowercase.
    idioms: frozenset[str] = frozenset()
    # Polite pronouns that are also articles (Italian "La contatteremo", "Le ricordiamo"; "La
    # casa" is an article), lowercase: capitalised mid-sentence only before a verb, told by
    # one of ``clitic_verbs``' endings.
    clitics: frozenset[str] = frozenset()
    clitic_verbs: tuple[str, ...] = ()
