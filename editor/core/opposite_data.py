"""The words of a language for things and their opposites, which a translation may say a
negation with ("not optional" -> "obligatorio", "not allowed" -> "verboten")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Opposites:
    """Word classes of one language, lowercase (see each field)."""

    # Verbs of choosing, lowercase ("decide", "opt"): their "not" ("decide not to go") is said
    # in translations with a word for deciding against ("sich gegen … entscheiden").
    choice_verbs: frozenset[str] = frozenset()
    # Words that carry the negation of a choice, lowercase: "gegen" of "sich gegen … entscheiden",
    # "renoncer", "verzichten"; one of six letters or more also opens its inflected forms.
    declining_words: frozenset[str] = frozenset()
    # Words for being allowed and for being forbidden, lowercase ("allowed", "forbidden"); one
    # of six letters or more also opens its inflected forms ("autorisé" in "autorisées"). One
    # said as the other, neither negated, turns a rule into its opposite.
    permission_words: frozenset[str] = frozenset()
    prohibition_words: frozenset[str] = frozenset()
    # Words for being required, lowercase ("must", "compulsory", "obligatorio"), read as the
    # two above against ``prohibition_words``: "must be worn" said "è vietato indossare".
    required_words: frozenset[str] = frozenset()
    # Words for a charge added to a price and for one taken off it, lowercase ("surcharge",
    # "Aufschlag"; "discount", "Rabatt"), read as the two above: "a surcharge of 15%" said "ein
    # Rabatt von 15 %" turns the price around.
    surcharge_words: frozenset[str] = frozenset()
    discount_words: frozenset[str] = frozenset()
    # Words for a setting or device being on and being off, lowercase ("enabled", "switched
    # off"), read as the two above: "is off by default" said "ist standardmäßig aktiviert"
    # turns a setting around.
    enabled_words: frozenset[str] = frozenset()
    disabled_words: frozenset[str] = frozenset()
    # Words for a place or thing being open and being closed, as a state (the adjective or
    # participle: "cerrado", not the verb "cierra"), and for easy and difficult, lowercase,
    # read as the two above: "open from 9 to 5" said "fermé de 9 h à 17 h", "stains easily"
    # said "macchia difficilmente" turn a fact around.
    open_words: frozenset[str] = frozenset()
    closed_words: frozenset[str] = frozenset()
    easy_words: frozenset[str] = frozenset()
    hard_words: frozenset[str] = frozenset()
    # Words for more and for less (of an amount: "60% less", "a lower dose"), and for the
    # morning and the evening, lowercase, read as the two above: "uses 60% less electricity"
    # said "60 % d'électricité en plus", "every evening" said "todas las mañanas".
    more_words: frozenset[str] = frozenset()
    less_words: frozenset[str] = frozenset()
    morning_words: frozenset[str] = frozenset()
    evening_words: frozenset[str] = frozenset()
    # Adverbs of doing a thing right ("properly", "correctly"), lowercase: a "not" before one
    # is said in translations with a word for "badly" ("not seated properly": "mal encaixado").
    right_adverbs: frozenset[str] = frozenset()
    # Words for doing a thing badly or wrongly ("mal", "falsch"), lowercase: they say "not …
    # properly" of another language.
    wrong_adverbs: frozenset[str] = frozenset()
    # Words for optional and for mandatory, lowercase; one of six letters or more also opens
    # its inflected forms ("obligatori" in "obligatorias"). A "not" before one ("is not
    # optional") is said in translations with the other ("es obligatorio").
    optional_words: frozenset[str] = frozenset()
    mandatory_words: frozenset[str] = frozenset()
    # Verbs of a lack among the negation's paraphrases, lowercase ("miss", "fails"): one
    # before a negation in its clause is a verb of its own ("Students who miss 20% do not"),
    # which a translation renders with its paraphrase ("Les étudiants qui manquent").
    lacking_verbs: frozenset[str] = frozenset()
    # Words for waiting and for "before", lowercase, read as the two above: "do not swim for
    # 2 hours after eating" is said "wait 2 hours before swimming".
    waiting_words: frozenset[str] = frozenset()
    before_words: frozenset[str] = frozenset()
    # Words for the left and the right side and for hot and cold, lowercase, each a whole word
    # (no stems: "rechts" opens "Rechtsanwalt"), read as the pairs above: "keep right" said
    # "halten Sie sich links", "cold wash" said "lavage à chaud". Common words with other
    # senses ("left" the verb, "right" for correct): the opposite must stand about where the
    # source's word does. (The first and the last are no such pair: "last month" is said
    # "vergangenen Monat", "over the past years" "in den letzten Jahren".)
    left_words: frozenset[str] = frozenset()
    right_words: frozenset[str] = frozenset()
    # Words for behind and in front of, lowercase, whole words, read as the two above:
    # "behind the café" said "vor dem Café" moves the place.
    behind_words: frozenset[str] = frozenset()
    front_words: frozenset[str] = frozenset()
    # ... and for inside and outside ("drinnen", "extérieur"): "wait outside the fence" said
    # "attendre à l'intérieur de la clôture" moves the place.
    inside_words: frozenset[str] = frozenset()
    outside_words: frozenset[str] = frozenset()
    # ... and for exempt from and subject to ("exonéré", "soumis"): "exempt from this
    # authorisation" said "soumis à cette autorisation" turns the rule
    exempt_words: frozenset[str] = frozenset()
    subject_words: frozenset[str] = frozenset()
    # ... and for above and below ("au-dessus", "sotto"; not a bound before a number: "above 30 °C")
    above_words: frozenset[str] = frozenset()
    below_words: frozenset[str] = frozenset()
    hot_words: frozenset[str] = frozenset()
    cold_words: frozenset[str] = frozenset()
    # Prefixes that negate an adjective or a participle and seldom open another word ("un" of
    # "unused", "non"), lowercase: a translation says such a word with a negating word before
    # its own ("não utilizadas"), which then renders no "not" of the sentence.
    participle_prefixes: tuple[str, ...] = ()
    # ... and endings of a compound that say "without" ("-free" of "gluten-free"), which a
    # translation says with its word for "without" ("sem glúten").
    without_endings: tuple[str, ...] = ()
    # Words for the least and the most allowed ("minimum", "massima"), and the prepositions
    # for before and after a time ("avant", "après"; where they have other common senses, as
    # German "vor", "nach", only before a moment: "vor Beginn"), lowercase, each a whole word
    # or phrase, read as the pairs above: "a
    # minimum term of 6 months" said "una durata massima di 6 mesi", "before 5 pm" said
    # "après 17 h".
    minimum_words: frozenset[str] = frozenset()
    maximum_words: frozenset[str] = frozenset()
    prior_words: frozenset[str] = frozenset()
    after_words: frozenset[str] = frozenset()
    # Words for after and before right before a number or a time, lowercase, as pairs (after,
    # before): ("after", "before"), ("nach", "vor"). Read only against the same number in the
    # other language: "after 20:30" said "vor 20:30 Uhr", "after 2 years" said "vor 2 Jahren".
    time_sides: tuple[tuple[str, str], ...] = ()
    # Bounds written after their number, as pairs (lower, upper), lowercase: ("or more", "or
    # less"), ("oder mehr", "oder weniger"). "7 nights or more" said "massimo 7 notti" is the
    # other bound; read wherever they stand in the clause, a few words after the number.
    trailing_bounds: tuple[tuple[str, str], ...] = ()
    # Bound phrases (of ``bounds``, ``reach_bounds``, ``trailing_bounds``), lowercase, that
    # include their number ("at least", "or more", "almeno") and that exclude it ("more than",
    # "più di"): one said as the other on the same side is off by one ("10 or more" said "più
    # di 10"). Phrases read loosely ("over 18" for "18 and over") are in neither.
    inclusive_bounds: frozenset[str] = frozenset()
    exclusive_bounds: frozenset[str] = frozenset()
    # Words for half and for double ("metade", "dobro"), and for high and low ("hoge",
    # "lage"), lowercase, each a whole word, read as the pairs above: "half price" said "o
    # dobro do preço", "tall units" said "lage kasten". Not words with other common senses
    # ("medio" of "por medio de", "bajo" the preposition, "bas" of "en bas").
    half_words: frozenset[str] = frozenset()
    double_words: frozenset[str] = frozenset()
    high_words: frozenset[str] = frozenset()
    low_words: frozenset[str] = frozenset()
    # ... and for early and late ("cedo", "atrasado"; not "tarde", also the afternoon)
    early_words: frozenset[str] = frozenset()
    late_words: frozenset[str] = frozenset()
    # ... and for first and last ("erste", "laatste"; not Italian "prima", also "before")
    first_words: frozenset[str] = frozenset()
    last_words: frozenset[str] = frozenset()
    # ... and for arrival and departure ("Anreise", "vertrek"), and for summer and winter
    # ("zomer", "inverno"; not French "été", also "been")
    arrival_words: frozenset[str] = frozenset()
    departure_words: frozenset[str] = frozenset()
    summer_words: frozenset[str] = frozenset()
    winter_words: frozenset[str] = frozenset()
    # ... and for up and down a river ("flussaufwärts", "a valle")
    upstream_words: frozenset[str] = frozenset()
    downstream_words: frozenset[str] = frozenset()
    # ... and for the four quarters of the compass ("nördlich", "a sud"; French "est" is
    # also "is": only "à l'est", "oriental")
    north_words: frozenset[str] = frozenset()
    south_words: frozenset[str] = frozenset()
    east_words: frozenset[str] = frozenset()
    west_words: frozenset[str] = frozenset()
    # ... and for advice for and against ("empfohlen", "sconsigliat")
    advised_words: frozenset[str] = frozenset()
    discouraged_words: frozenset[str] = frozenset()
    # Words for a thing included in a price and for one left out ("inkl.", "esclusa"),
    # lowercase; one of six letters or more also opens its inflected forms: "€30, including
    # the zip" said "30 €, cerniera esclusa" is another price.
    included_words: frozenset[str] = frozenset()
    excluded_words: frozenset[str] = frozenset()
    # Words for "other" ("andere", "otros"): one renders the source's own, and says no
    # negation though a paraphrase of one ("not the same": "un autre")
    other_words: frozenset[str] = frozenset()
    # A negation before a noun and a word for a lack after it in its clause ("no parts are
    # missing", "nothing is missing"), lowercase: the two say the positive ("all parts are
    # there"), which a translation may say with no negation.
    lack_pairs: tuple[tuple[str, str], ...] = ()
