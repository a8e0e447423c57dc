"""The words of a language for the qualifiers a translation may drop ("about", "each", "only")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Closed word classes, lowercase; a phrase is written with its spaces. A word of five
    letters or more also opens its inflected forms ("einzig" in "einzigen")."""

    # "about", "etwa", "environ": a number said as an estimate.
    hedges: frozenset[str] = frozenset()
    # "each", "je", "chacun", "per": an amount said for every one of several things.
    distributives: frozenset[str] = frozenset()
    # "per person", "pro Person", "par personne": an amount said for each person, lowercase.
    per_person: frozenset[str] = frozenset()
    # "up to", "at least", "a maximum of", "bis zu", "au moins": a bound said right before a
    # number, which a translation that keeps the number must say somehow.
    bounds: frozenset[str] = frozenset()
    # More words a translation may say a bound with, lowercase, besides ``bounds``, the
    # language's bound pairs, hedges and restrictive words: "bis", "ab", "maximum" after the
    # number, "révolus" ("18 ans révolus": at least 18).
    bound_words: frozenset[str] = frozenset()
    # Words for the young under the age of majority and the adults over it ("minderjährig",
    # "mineurs", "maggiorenni"): "under 18" said without its number. Stems open their forms.
    majority: frozenset[str] = frozenset()
    # "from", "ab", "à partir de" before a price ("from £18"): the lowest price, a bound, where
    # no range goes on from it ("from £18 to £25").
    price_bounds: frozenset[str] = frozenset()
    # "only", "nur", "erst", "seul": a restriction.
    restrictives: frozenset[str] = frozenset()
    # "except", "außer", "sauf": an exception from what the sentence says.
    exclusions: frozenset[str] = frozenset()
    # "free of charge", "for free", "kostenlos", "gratuit": a price of nothing, said outright.
    gratis: frozenset[str] = frozenset()
    # Words that say free of charge and nothing else ("kostenlos", "gratuit", "free"): one in a
    # translation whose source says nothing of a price of nothing adds it.
    plain_gratis: frozenset[str] = frozenset()
    # "in full", "intégralement", "vollständig": the whole amount, refunded or paid.
    wholes: frozenset[str] = frozenset()
    # Words for "free" in its other senses ("libre", "frei", "livre": unoccupied, at liberty):
    # a translation with one renders a source's bare "free" ("a free afternoon").
    free_words: frozenset[str] = frozenset()
    # Words for "available" ("disponible", "verfügbar"): one renders a source's "free" in that
    # sense ("if a stylist is free"), unless the source says "available" itself.
    available_words: frozenset[str] = frozenset()
    # Set phrases with a word for "always" that say something else ("immer mehr", "nog
    # steeds", "sempre che"), and the source's phrases a translation may say with its "always"
    # ("whenever", "at all times"): an "always" outside them, with none of the source's, is added.
    always_phrases: frozenset[str] = frozenset()
    # A price's tax said included ("incl. VAT", "TTC") or added ("plus VAT", "HT"): the one
    # said as the other is another price.
    tax_included: frozenset[str] = frozenset()
    tax_excluded: frozenset[str] = frozenset()
    # Words that open with a stem of these classes but say none of them ("außerdem":
    # moreover, "einzigartig": unique): a translation's word for no qualifier.
    unrelated: frozenset[str] = frozenset()
    # Set phrases of the source whose qualifier qualifies nothing ("not only", "each other").
    idle: frozenset[str] = frozenset()
    # "if", "provided": a condition; "only" before one restricts by it ("only available if you
    # book"), which a translation may say as a requirement instead ("muss gebucht werden").
    conditions: frozenset[str] = frozenset()
    # "must", "muss", "doit", "erforderlich": a requirement, lowercase.
    requirements: frozenset[str] = frozenset()
