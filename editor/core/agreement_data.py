"""The determiners of one gender and the noun endings of the other, per language: a
determiner before a noun whose ending says the other gender disagrees with it ("una tamaño",
"le configuration")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Agreement:
    """One language's gendered determiners and telling noun endings, lowercase. Only
    determiners that are never a pronoun before a verb ("una", "della"; not Spanish "la",
    also "her": "la compro", nor a demonstrative: "queste sono", "esta" for "está") and
    endings that say the gender of nearly every noun with them."""

    feminine: frozenset[str] = frozenset()  # determiners only written before a feminine word
    masculine: frozenset[str] = frozenset()  # determiners only written before a masculine word
    masculine_endings: tuple[str, ...] = ()  # endings of masculine nouns ("o")
    feminine_endings: tuple[str, ...] = ()  # endings of feminine nouns ("ción", "tion")
    # Endings that end as a masculine ending does but are not masculine ("-ção" ends in "o")
    not_masculine: tuple[str, ...] = ()
    # The open ending of most feminine nouns ("a": "la casa"), a tell only after a singular
    # masculine determiner that is no pronoun, and the endings of words with it that are
    # masculine or of both genders ("el problema", "el planeta", "el artista")
    open_feminine: tuple[str, ...] = ()
    not_feminine: tuple[str, ...] = ()
    # Verbs that open masculine compounds with a noun ("guarda" of "el guardarropa", "para" of
    # "il parabrezza"): such a word ends as its feminine noun does and is none.
    verb_openings: frozenset[str] = frozenset()
    # A singular verb's ending and its plural's, in the present ("a", "ano": "ripara",
    # "riparano"): a word after a plural subject with such a plural about as common is a
    # singular verb ("I nostri volontari non ripara").
    verb_plurals: tuple[tuple[str, str], ...] = ()
    # Endings of singular verbs that end as a plural does ("-vient" of "survient", "convient")
    singular_verb_endings: tuple[str, ...] = ()
    # Words against their ending ("la mano", "la foto", "una macro", "el día"), and invariable ones
    # written after any determiner ("alla loro")
    exceptions: frozenset[str] = frozenset()
    # A subject's determiner and noun, a form of "to be" and a predicate adjective or
    # participle ("el casco es obligatorio"): the determiners by gender, singular then plural
    # ("el", "la"; "los", "las"), the forms of "to be" and its kin by number ("es"; "son"),
    # the words that may stand between (negations, degree adverbs: "no", "muy"), and the
    # predicate's endings by gender, singular then plural (("o", "a"), ("os", "as"); French
    # ("é", "ée")). Empty: the language's predicates are not read.
    subjects: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    copulas: tuple[frozenset[str], ...] = ()
    predicate_adverbs: frozenset[str] = frozenset()
    adverb_ending: str = ""  # of adverbs, which may stand there too ("mente": "severamente vietate")
    predicate_endings: tuple[tuple[str, str], ...] = ()
    # A singular predicate adjective's endings by gender where they are not the participle's
    # of ``predicate_endings`` (French ("", "e"): "gratuit", "gratuite"): read after those.
    adjective_endings: tuple[str, str] | tuple[()] = ()
    # Endings of a participle's stem before its gender's ending ("reembolsad-", "rimborsat-"):
    # its other gender's form is a word however rare ("reembolsadas").
    participle_stems: tuple[str, ...] = ()
    # Singular forms of common verbs ("debe", "puede", "tiene"): one after a plural subject
    # ("los niños debe") disagrees with it, as a singular form of "to be" (``copulas``) does.
    singular_verbs: frozenset[str] = frozenset()
    # Adjectives that describe the subject wherever they stand ("sozinho", "seul", "juntos"):
    # one after an object ("conduzir uma visita sozinho") is no attribute of it.
    depictives: frozenset[str] = frozenset()
    # Adjectives that open a preposition of two words, with the word after them ("junto a",
    # "vicino alla"): such a one after a noun is no attribute of it and keeps its form.
    preposition_phrases: frozenset[str] = frozenset()
    # Possessives among the determiners, which may follow their noun too ("da parte nostra",
    # "a casa vostra"): one after a noun that follows a function word says nothing of the word after it.
    possessives: frozenset[str] = frozenset()
    # Pronouns of the first person plural ("wir", "wij"; not one that is also a possessive,
    # "ihr", "jullie"): one right after a singular verb ("moet wij", "muss wir": a question's
    # or an inverted sentence's order) disagrees with it.
    plural_pronouns: frozenset[str] = frozenset()
    # Masculine determiners that feminine nouns opening with a stressed "a" take ("el agua",
    # "un hacha"): no slip there. Determiners that are object pronouns too ("lo", "le": "lo
    # faccio", "la faccio"), and nouns of both genders, with two meanings ("el orden", "la
    # orden"): a noun's gender is not told from them against its paragraph.
    open_a_masculine: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    both_genders: frozenset[str] = frozenset()
    hyphen_clitics: frozenset[str] = frozenset()  # pronouns hyphened onto a verb ("realiza-se")
    # Endings of feminine plural participles that no verb form shares ("-adas", "-idas"):
    # one after a masculine plural determiner and noun ("os blocos marcadas") disagrees.
    participle_endings: tuple[str, ...] = ()
    # Endings of plural participles ("-ados", "-idas"; "-ati"): one right after a singular
    # copula ("e será devolvidos", "è stati ammessi" aside) disagrees with it.
    plural_participles: tuple[str, ...] = ()
    # The impersonal pronoun ("si"): after it a singular copula takes a plural participle ("si
    # è passati": one has moved).
    impersonals: frozenset[str] = frozenset()
    # Words for "of", alone or with an article ("di", "del", "de la"), that open a complement
    # between a subject's noun and its verb ("le bombole del gas devono essere rimosse"): the
    # subject is the noun before them.
    of_words: frozenset[str] = frozenset()
    # Other prepositions that open a complement of one word there ("le lezioni perse per
    # malattia possono essere recuperate"), read for predicates only.
    complements: frozenset[str] = frozenset()
    # Endings of the plural predicates read for gender, where the language's plural adjectives
    # of another class serve both genders ("disponibili", "presenti"): its participles ("-ati",
    # "-ite"). Empty: every plural predicate is read.
    plural_predicates: tuple[str, ...] = ()
    # Endings of singular participles and adjectives (French "é", "ble") whose plural adds
    # ``plural_ending`` ("s"): one after a plural subject and "to be" disagrees with it, where
    # the determiner serves both genders and its noun's ending tells the gender
    # (:mod:`agreement_plurals`).
    singular_predicates: tuple[str, ...] = ()
    plural_ending: str = ""
    # Relative pronouns ("que") and the reflexive pronoun ("se"): a singular verb after the
    # reflexive, last in a clause that a plural subject and a relative clause open ("los
    # pedidos que no se recojan … se reciclará"), disagrees (:mod:`agreement_relatives`).
    relatives: frozenset[str] = frozenset()
    reflexive: str = ""
    # Endings only plural nouns have ("-ers", "-ingen") and determiners of the plural only
    # ("onze", "alle"), where the article does not tell the number: a subject so opening its
    # sentence before a singular verb disagrees ("Leerlingen moet"; :mod:`agreement_nouns`).
    plural_nouns: tuple[str, ...] = ()
    plural_determiners: frozenset[str] = frozenset()
    # Pronouns that follow a verb as its subject, the sentence opened by its object ("Fietsen
    # mag je hier niet parkeren"), and those that do so after a singular form of "to be" only,
    # an article after other verbs ("Leerlingen is het niet toegestaan"; "zet het buffet op").
    subject_pronouns: frozenset[str] = frozenset()
    dummy_subjects: frozenset[str] = frozenset()
    # Determiners after which an adjective before its noun takes the ending of the second of
    # ``declined_endings`` ("einen", "dem": "-en"), and the ending it must not take there
    # (the first: "-e"): "einen schriftliche Abmahnung" disagrees. Words of that ending that
    # open an extended attribute ("einige": "den einige Jahre alten Wagen") are
    # ``declension_skips``. Empty: not read.
    declined_determiners: frozenset[str] = frozenset()
    declined_endings: tuple[str, str] = ("", "")
    # ... and the determiners after which it takes the first ending, not the second ("eine":
    # "eine zweiten Person" disagrees)
    plain_determiners: frozenset[str] = frozenset()
    declension_skips: frozenset[str] = frozenset()
    # Prepositions with the determiners of a case none of them governs, lowercase ("bei",
    # "mit": never "einen"; "für", "ohne": never "einem"): such a pair is a case slip.
    preposition_cases: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # A preposition with a determiner in the case of a motion, lowercase ("in einen", "ins"),
    # and the forms of verbs of rest ("bleiben", "befindet"): one of those later in the clause
    # wants the case of a place ("müssen in einen separaten Raum bleiben": "in einem").
    motion_phrases: frozenset[str] = frozenset()
    rest_verbs: frozenset[str] = frozenset()
    # Particles of verbs of rest that stand last in their clause ("statt" of "findet … statt"),
    # read there only: elsewhere they are prepositions ("statt einer Karte").
    rest_particles: frozenset[str] = frozenset()
    # Endings of the only nouns read after those determiners ("-je": a Dutch diminutive is
    # neuter, "een zwarte balletpakje" disagrees), empty for any noun; and the changes of a
    # stem's last letter where the ending comes off ("lieve" -> "lief").
    declined_nouns: tuple[str, ...] = ()
    stem_changes: tuple[tuple[str, str], ...] = ()
    # Singular determiners of both genders ("cada", "ogni", "chaque"): a subject they open
    # takes its gender from its noun's ending (``masculine_endings``, ``feminine_endings``),
    # and a predicate of the other gender disagrees ("cada instrumento é inspecionada").
    neutral_determiners: frozenset[str] = frozenset()
    # A person's title after a masculine determiner before a first name of a woman's ending
    # ("pelo escultor Filomena Tavares", "dal maestro Giulia Benvenuti"): the title's endings
    # and those of its feminine form ("-o", "-a"; "-ore", "-rice"), the masculine singular
    # determiners with their prepositions' contractions ("dal", "pelo"), the possessives
    # that may follow them, the ending of women's first names ("-a") and the men's first
    # names that end so ("Andrea", "Luca"), lowercase (:mod:`agreement_persons`).
    # Neuter nouns that end a compound too ("museum": "kaasmuseum"), lowercase, and the
    # determiners of the other gender only ("de", "deze", "onze"): one before such a noun in
    # the singular, maybe with adjectives between, disagrees ("de kleine kaasmuseum", "Onze
    # proeflokaal"; :mod:`agreement_neuters`).
    neuter_heads: tuple[str, ...] = ()
    common_determiners: frozenset[str] = frozenset()
    feminine_titles: tuple[tuple[str, str], ...] = ()
    masculine_articles: frozenset[str] = frozenset()
    masculine_possessives: frozenset[str] = frozenset()
    women_ending: str = ""
    men_in_women_ending: frozenset[str] = frozenset()
    # Words with a form for each gender and number that stand after an article, lowercase:
    # (masculine singular, feminine singular, masculine plural, feminine plural), "" where there
    # is none or it is another word too (Italian "prima": "before"); and the forms of the word
    # for "all", which stands before one. One of one gender or number next to an article of
    # the other (``subjects``) disagrees with it: "el primera clase", "todos as janelas".
    gendered_words: tuple[tuple[str, str, str, str], ...] = ()
    all_forms: tuple[str, str, str, str] = ("", "", "", "")
    # Pronouns of a part with a form for each gender ("ninguno", "ninguna"), and the words
    # for "of" with a plural article of each gender ("de los", "de las"): the pronoun takes
    # the gender of the group it is part of, "ninguno de las aguas" disagrees.
    partitives: tuple[tuple[str, str], ...] = ()
    of_plurals: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
