"""Per-language knowledge as data tables: months, quotes, number formats, closed-class words.

Code asks ``language(code)`` and reads fields; no language appears in an if-chain elsewhere.
An unknown language gets neutral defaults, so every check still runs. The tables themselves
are in ``editor.core.languages``, one module per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from editor.core.address_data import Address
from editor.core.agreement_data import Agreement
from editor.core.concord_data import Concord
from editor.core.name_data import NameForms
from editor.core.opposite_data import Opposites
from editor.core.qualifier_data import Qualifiers


@dataclass(frozen=True, slots=True)
class LanguageData:
    """What the engine knows about one language."""

    code: str
    name: str
    months: frozenset[str] = frozenset()
    # The months in order, each by its full name (and other full spellings: "Jänner"), as a
    # translation writes them: a month of the source given as another is a changed date.
    calendar: tuple[frozenset[str], ...] = ()
    # The order of day, month and year in a date written in digits ("dmy": 1.6.2026), where
    # the language has one order ("" for English, whose countries differ).
    digit_dates: str = ""
    weekdays: tuple[frozenset[str], ...] = ()  # from Monday, each as its lowercase forms
    workday_words: frozenset[str] = frozenset()  # "weekdays", "werktags": said "Monday to Friday"
    holiday_heads: frozenset[str] = frozenset()  # last words of holidays' names ("day", "eve")
    # Quotation marks as (opening, closing) pairs, primary style first.
    quotes: tuple[tuple[str, str], ...] = (("\u201c", "\u201d"), ("\u2018", "\u2019"))
    # Only the first pair of ``quotes`` opens a quotation; the others are written inside one
    # (Russian «…„…“…», French «…“…”…»): one of them outside is another language's style.
    outer_quotes_only: bool = False
    decimal_mark: str = "."
    group_marks: str = ","
    # Closed-class words (articles, prepositions, conjunctions, pronouns), lowercase.
    function_words: frozenset[str] = frozenset()
    # Words for numbers that a translation may spell out, value by word.
    number_words: tuple[tuple[str, float], ...] = ()
    # Words that join tens and units in a number written out ("trinta e cinco"), lowercase.
    number_joiners: frozenset[str] = frozenset()
    # Scale words: "million" -> 1e6.
    scale_words: tuple[tuple[str, float], ...] = ()
    # Whether nouns are capitalised (German): inner capitals mean less there.
    capitalises_nouns: bool = False
    # Punctuation preceded by a (narrow) no-break space in this language, e.g. French ":;!?".
    spaced_punctuation: str = ""
    # Quotation marks written with a space inside them, as (opening, closing): French "« oui »".
    spaced_quotes: tuple[str, str] = ("", "")
    # A comma or full stop after a quotation goes after its closing mark ("„…“, sagt"), where
    # English writes it before (“…,” says): one before it is the source's order copied.
    marks_after_quote: bool = False
    # The dash written with spaces between clauses ("–" in German, "—" in Russian): a spaced
    # hyphen where the source has a dash is one lost.
    clause_dash: str = ""
    # The dash that opens the author's words after a quotation and its comma (Russian
    # "«…», — говорит"), where the source needs none: a hyphen written there is one lost.
    speech_dash: str = ""
    # A dash between words takes a space on both sides (German "das Ende – und", Russian
    # "дом — крепость"): one spaced on one side only lost the other space. Not in Spanish,
    # Portuguese or Catalan, whose asides and dialogue open with a dash glued to the word after
    # it ("—dijo él—"), nor in English, whose attributions do ("—Jane Doe").
    symmetric_dashes: bool = False
    # A space between a number and its unit symbol ("68 m²", "5 kg"): one glued where the
    # source writes the space was lost. Unit symbols of the language's own script ("5 кг").
    spaces_units: bool = False
    unit_symbols: frozenset[str] = frozenset()
    # The euro and pound signs written after the amount, spaced ("42 €"): "42€" lost a space.
    currency_after: bool = False
    # Ordinals are written "3." ("am 3. Mai"): a full stop after a number may end no sentence.
    ordinal_dot: bool = False
    # Words sentencex takes for abbreviations, lowercase, that end sentences ("mich." in German).
    sentence_words: frozenset[str] = frozenset()
    # Letters glued to a digit that make it an ordinal: "3rd", "3e".
    ordinal_suffixes: frozenset[str] = frozenset()
    # Letters glued to a year that make it a decade: "1990s", "90er".
    decade_suffixes: frozenset[str] = frozenset()
    # Suffixes written straight after a numeral, inflected as a word is: German "8fach",
    # "die 10fachen", "3mal", "32stel" (the rules write no hyphen there).
    numeral_suffixes: frozenset[str] = frozenset()
    # Endings written straight after a percent sign, as German "5%ige" for "5-prozentige".
    percent_suffixes: tuple[str, ...] = ()
    # Suffixes written onto a number word that keep its value: German "fünffach", "dreimal",
    # English "fivefold", "dreitägig", "zesjarig" (not fractions: "Viertel" is no 4).
    spelled_suffixes: frozenset[str] = frozenset()
    # Marks after an hour that make it afternoon ("3pm", "3 p.m."): 3 may then be 15.
    afternoon_marks: frozenset[str] = frozenset()
    # Words after an hour of the 24-hour clock ("18 Uhr"): such an hour may render the
    # source's hour of the 12-hour clock ("around 6" in the evening).
    clock_words: frozenset[str] = frozenset()
    # Midnight's and noon's words and hours (("midnight", 0)): "12 Uhr" for it is 12 h off.
    clock_names: tuple[tuple[str, int], ...] = ()
    # Spans in fractions of an hour, with their minutes ("half an hour": 30); fractions of a
    # metric unit ("halb _": 0.5, "_" its word, any word any ending) and its words' starts
    # ("liter": "l"): "30 minutes" said "eine halbe Stunde", "500 ml" "ein halber Liter".
    time_spans: tuple[tuple[str, int], ...] = ()
    unit_fractions: tuple[tuple[str, float], ...] = ()
    fraction_units: tuple[tuple[str, str], ...] = ()
    # Words before such an hour ("verso le 18", "a las 18", "às 18").
    clock_articles: frozenset[str] = frozenset()
    # Marks after an hour that make it morning ("10.30 a.m."): with the afternoon marks, they
    # make "10.30" a clock time, not a decimal.
    morning_marks: frozenset[str] = frozenset()
    # Written times are on the 24-hour clock ("19.30", "19 h 30"): an afternoon time of a
    # 12-hour source ("7.30 p.m.") given with its 12-hour hour is wrong, unless one of the
    # ``evening_words`` ("di sera", "de la tarde") or a p.m. mark says it.
    twenty_four_hour_clock: bool = False
    evening_words: frozenset[str] = frozenset()
    # Words before an hour that say half an hour BEFORE it, lowercase (German "halb sieben",
    # Dutch "half zeven": 6.30): such an hour also reads as the one before it.
    half_hour_words: frozenset[str] = frozenset()
    # Abbreviations of a part of the year ("Q3", "H1", "FY"): translations spell them out
    # ("drittes Quartal"), so they are no names to keep.
    periods: frozenset[str] = frozenset()
    # Words and phrases that make a number negative, written around it instead of a minus
    # sign ("minus 4", "4 Grad unter null"), lowercase.
    negative_words: frozenset[str] = frozenset()
    # Words that negate a clause ("not", "never", "kein"), lowercase; a contraction's first
    # part counts ("n'" of "n'est").
    negations: frozenset[str] = frozenset()
    # Negating words that open a negation another word closes ("ne" of "ne … pas"),
    # lowercase: the two count as one negation.
    negation_openers: frozenset[str] = frozenset()
    # Conjunctions that join two verbs or clauses of equal rank ("and", "or"), lowercase.
    coordinators: frozenset[str] = frozenset()
    # Words a translation may say a negation with, lowercase: a restriction or contrast ("nur"
    # for "not ... unless", "statt" for "not"), a lack or a failure ("fehlt": "could not").
    negation_paraphrases: frozenset[str] = frozenset()
    # Prefixes that negate the word they open ("un" of "ungültig", "im" of "impossible").
    negative_prefixes: tuple[str, ...] = ()
    # Suffixes that say "without" what the word before them names ("los" of "kostenlos",
    # "less" of "useless"); the word before them must be one of the language.
    negative_suffixes: tuple[str, ...] = ()
    # Endings of inflected verb forms ("ed" of "painted") that a language borrowing the word
    # does not take over with it: such a word in another language's text is left untranslated.
    verb_endings: tuple[str, ...] = ()
    # Phrases that offer a negation as the other choice, lowercase: "whether or not it is
    # shown", "visible or not" negate nothing, and translations drop them ("si se muestra").
    negated_alternatives: frozenset[str] = frozenset()
    # Phrases whose negating word negates no clause, lowercase: bounds and set phrases ("no
    # more than", "no matter"), which translations say without one ("höchstens", "quel que").
    idle_negations: frozenset[str] = frozenset()
    # The word for "nor" ("nem", "ni"): one alone after a list's comma ("usa fuego, animales
    # ni cañones") joins a negated list's last item, whose negation another word must say.
    list_negations: frozenset[str] = frozenset()
    # Words that negate what follows them ("without"), lowercase: a negation with one after it
    # in its clause says the positive ("do not leave without checking" is "check first").
    double_negatives: frozenset[str] = frozenset()
    # The preposition "with", lowercase: the opposite of a "without" (``double_negatives``).
    with_words: frozenset[str] = frozenset()
    # Words for "never", lowercase: a restriction ("only") does not say it.
    never_words: frozenset[str] = frozenset()
    concord: Concord = Concord()  # "nadie" after a verb needs a "no" before it
    # Words that restrict ("only", "nur"), lowercase, and pairs whose first negates nothing when
    # the second follows in its clause, no other negation between ("ne … que", "n'", "qu'").
    restrictive_words: frozenset[str] = frozenset()
    restrictive_pairs: tuple[tuple[str, str], ...] = ()
    # Words and phrases that make an exception, lowercase ("never … except on Sundays" may be
    # said "only on Sundays"), and those that after a comma join a clause ("all year, but …").
    exceptive_words: frozenset[str] = frozenset()
    contrastive_words: frozenset[str] = frozenset()
    # Phrases for a thing that stops ("no longer", "nicht mehr"), lowercase, and words for one
    # that goes on ("still", "nog"): the one said as the other says the opposite.
    ceasing_words: frozenset[str] = frozenset()
    still_words: frozenset[str] = frozenset()
    # Words and phrases for "unless", lowercase, and for "even if", its opposite.
    unless_words: frozenset[str] = frozenset()
    even_if_words: frozenset[str] = frozenset()
    # Words and phrases for "provided that", lowercase: an "unless" said as one turns the
    # condition around. Words for "always", lowercase: a "never" said "not always" weakens it.
    proviso_words: frozenset[str] = frozenset()
    always_words: frozenset[str] = frozenset()
    # Qualifiers a translation may drop ("about 30", "5 € each", "only", "except").
    qualifiers: Qualifiers = Qualifiers()
    # Words and phrases of obligation ("must", "have to", "müssen") and of permission ("may",
    # "können"), lowercase: one the source says with no negation, said negated ("müssen
    # nicht", "können nicht"), is "need not", "cannot"; ``negated_modals`` are both in one.
    obligations: frozenset[str] = frozenset()
    permissions: frozenset[str] = frozenset()
    negated_modals: frozenset[str] = frozenset()
    # Auxiliary and modal verbs, lowercase ("is", "can", "must"): a short text with one is a sentence
    # ("The key is not included."), not a label ("File not found").
    auxiliaries: frozenset[str] = frozenset()
    # Endings of finite verb forms (future, conditional), lowercase: a negative prefix before
    # one makes a verb of undoing ("se desharán": come loose), no negated state.
    finite_endings: tuple[str, ...] = ()
    # Words whose opposite a translation may say a negation with ("is not optional": "es
    # obligatorio"; "allowed" said "forbidden" turns a rule around).
    opposites: Opposites = Opposites()
    agreement: Agreement = Agreement()  # gendered determiners and telling noun endings
    # Words that join the two ends of a range ("19.1 to 19.4 billion", "19.100 y 19.400
    # millones"): a scale word after the second end also scales the first.
    range_words: frozenset[str] = frozenset()
    # Words for "or" between two alternatives, lowercase: a range of the source said with one
    # between its ends ("6–8 days" -> "6 oder 8 Tage") gives two values instead of a span.
    or_words: frozenset[str] = frozenset()
    # A coordinate's compass letters after its degrees, with their direction (("O", "e") in
    # German, ("O", "w") in French): "4° W" written "4° E" is another place.
    compass_letters: tuple[tuple[str, str], ...] = ()
    # Words a currency or unit symbol is written as: ("euro", "€").
    unit_words: tuple[tuple[str, str], ...] = ()
    # Currencies named so that their country is told, by ISO 4217 code, as the starts of their
    # words, lowercase ("SEK: swedish kron; CHF: swiss franc", the words' endings left open).
    currency_names: str = ""
    # Words after a number for days, as (calendar days, working days), lowercase, each also
    # as the start of a longer word ("tag" of "Tagen", "werktag"): one said as the other.
    working_days: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # Words for percent, lowercase, each also as the start of a longer word ("prozent" of
    # "Prozentpunkte", "percent" of "percentuale"): a number near one counts a percentage.
    percent_words: tuple[str, ...] = ()
    # Contractions of a preposition with the article, as (contraction, preposition) pairs
    # ("im", "in"): the preposition before its own contraction says it twice ("in im Haus").
    # Only pairs a careful text never writes so (not Italian "su sul": "su" is also "up").
    article_contractions: tuple[tuple[str, str], ...] = ()
    # Abbreviations with the words they stand for, as (abbreviation, expansion) pairs
    # ("z. B.", "zum Beispiel"): the one right before the other says it twice.
    abbreviation_expansions: tuple[tuple[str, str], ...] = ()
    # Adverbs opened by such a contraction, lowercase ("au moins", "zum beispiel"): any
    # preposition may stand before them ("à au moins 10 %").
    contraction_adverbs: frozenset[str] = frozenset()
    # The percent sign as the language writes it after a number ("4 %" in German, "4%").
    percent_sign: str = "%"
    # Words that say a number counts percentage points, lowercase, each also as the start of a
    # longer word ("prozentpunkt", "punti", "п. п."): a number of the source said in points and
    # in the translation in per cent with none of them beside it has changed.
    point_words: tuple[str, ...] = ()
    # Bounds said before a number, lowercase, as pairs of opposites (lower bound, upper bound):
    # ("at least", "at most"), ("more than", "less than"). One said as the other turns a
    # limit around ("at least 45" -> "höchstens 45").
    bounds: tuple[tuple[str, str], ...] = ()
    # Bounds with words that also open a time or a range ("up to", "ab", "até"), as above: read only against
    # the source's bound turned ("up to 3" said "ab 3"), not as one added ("das 9h até às 18h").
    reach_bounds: tuple[tuple[str, str], ...] = ()
    # Words of a change or comparison beside a number, lowercase, as pairs of opposites (up, down):
    # ("more", "less"), ("increase", "decrease"). One of five letters or more also opens its inflected
    # forms (two letters more). One said as the other turns a change around ("8% less" -> "8 % mehr").
    directions: tuple[tuple[str, str], ...] = ()
    # Three more tables of opposite bounds before a number, read like ``bounds`` and each compared
    # only with itself: deadlines (earliest, latest: "no earlier than", "no later than"), bounds
    # of a frequency (at least as often, at most as often: "at least every", "не реже") and the
    # ends of a span of dates, before a day of a month (from, until: "from", "bis zum").
    deadlines: tuple[tuple[str, str], ...] = ()
    frequencies: tuple[tuple[str, str], ...] = ()
    date_spans: tuple[tuple[str, str], ...] = ()
    # Words of a direction that also make the adjective after them comparative, lowercase
    # ("plus bas" is lower, "más barato" cheaper): before a word that is no function word (nor a
    # noun, where nouns are capitalised: "mehr Strom") they say no direction of their own.
    comparative_words: frozenset[str] = frozenset()
    # Units of time a rate is given per, in order: hour, day, week, month, year; each as the
    # lowercase forms written after one of the ``rate_markers`` ("per day", "pro Tag", "al mes").
    rate_periods: tuple[frozenset[str], ...] = ()
    # Words before such a unit that make a rate of it ("per", "a", "im", "par", "al"),
    # lowercase; one ending in an apostrophe is written onto the unit ("all'anno").
    rate_markers: frozenset[str] = frozenset()
    # Words that say a rate's unit of time by themselves ("monthly", "monatlich"), lowercase, in
    # the order of ``rate_periods`` (an empty entry where the language has none to rely on);
    # each also opens its inflected forms (four letters more: "monatlichen").
    rate_adverbs: tuple[frozenset[str], ...] = ()
    # Words for how often, with their count ("once" 1, "twice" 2, "дважды" 2), lowercase.
    frequency_words: tuple[tuple[str, int], ...] = ()
    # Nouns counted to say how often ("times", "Mal", "fois", "veces"), lowercase: a number
    # before one is a frequency ("two times", "zweimal", "dos veces").
    times_words: frozenset[str] = frozenset()
    # Names of currencies, lowercase, each also as the start of a longer word ("dollar" of
    # "dollari", "рубл" of "рублей"), besides the ``unit_words`` for currencies.
    currency_words: frozenset[str] = frozenset()
    # The names of currencies' small units ("pence", "cent", "centime"; a letter alone, "p",
    # only glued to the number: "40p"), lowercase, each also as the start of a longer word: an
    # amount of the source in one, in the translation in a main unit ("40 £"), has changed.
    minor_currency_words: frozenset[str] = frozenset()
    # Closed-class words that are capitalised mid-sentence by rule (German polite "Sie",
    # English "I"): a capital there is no sign of a sentence start.
    capitalised_pronouns: frozenset[str] = frozenset()
    # How the reader is addressed (polite and familiar forms of "you").
    address: Address = Address()
    # Words whose doubling is grammatical ("had had", French reflexive "nous nous").
    repeatable_words: frozenset[str] = frozenset()
    # Endings that inflect a word (plural, case, agreement): "Literals" is "Literal" + "s",
    # not "Liter" + "als".
    inflection_endings: tuple[str, ...] = ()
    # Endings that make a noun plural ("Mondays" is "Monday" + "s"): a capitalised plural of
    # an everyday word is an everyday word, not a name.
    plural_endings: tuple[str, ...] = ()
    # Endings that make a person noun feminine, spelled as a function word is: German
    # "Analystin", "Bürgerinnen", also after a gender mark ("Bürger:innen"). A word the
    # word list has seen with one is that word, not a noun with "in" glued on.
    gender_endings: frozenset[str] = frozenset()
    # Endings of the nouns for people that take a gender ending ("Recruiter" -> "Recruiterin",
    # "Autor" -> "Autorin"): such a noun with one is a word even where the list lacks it,
    # unless the source writes the noun and the function word apart ("team in" -> "Teamin").
    agent_endings: tuple[str, ...] = ()
    # Derivations as (ending of the derived word, ending of its base), tried once an inflection ending is
    # stripped: German participles "löschend" <- "löschen", so "löschenden" is a word, not "löschen" + "den".
    derivations: tuple[tuple[str, str], ...] = ()
    # Sentence-final marks as this language writes them, where they differ: (".", "。").
    sentence_marks: tuple[tuple[str, str], ...] = ()
    # Closing marks that the language also opens with a mark of their own: Spanish ("?", "¿") and ("!", "¡").
    opening_marks: tuple[tuple[str, str], ...] = ()
    # Prepositions and relative pronouns (a clause's opener; one after a preposition may meet an article
    # of its form, German ", nach der der Zeiger stoppt": a doubling that is grammatical).
    prepositions: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    # Pronouns written onto a verb's end ("pulsarla"): no function word glued on; where given, the endings
    # of the verb forms taking one unaccented ("-ar", "-ndo"), the pronouns ending no other word ("restose").
    enclitics: frozenset[str] = frozenset()
    enclitic_hosts: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    noun_homographs: frozenset[str] = frozenset()  # function words that are nouns ("was", "Waren")
    # Conjunctions: they join what follows them and never end a sentence.
    conjunctions: frozenset[str] = frozenset()
    # Words that open a request and are capitalised only there ("Bitte …", "Please …", "Veuillez …"):
    # after a lowercase word, a sentence starts (unless an article precedes: "eine Bitte").
    sentence_openers: frozenset[str] = frozenset()
    # Articles, demonstratives, possessives and quantifiers (with a language's contractions of
    # preposition and article, "im", "du"): words before a noun, which never end a sentence.
    determiners: frozenset[str] = frozenset()
    # Words that open an indirect question ("Whether …", "How long …"): a translation may ask
    # it directly, with a question mark the source does not have.
    question_words: frozenset[str] = frozenset()
    # The names of keyboard keys ("Esc", "Backspace"), which translations localise ("Échap",
    # "Rücktaste") like abbreviations: no proper names.
    key_names: frozenset[str] = frozenset()
    # Demonstratives, lowercase ("this", "diese"): a capitalised phrase after one is a term a
    # text defines ("this Tenancy Agreement"), no proper name.
    demonstratives: frozenset[str] = frozenset()
    # Short names of the weekdays and months ("Fri", "Sept"), lowercase: translated like
    # words ("Fr.", "sept."), no names.
    date_abbreviations: frozenset[str] = frozenset()
    # Titles before a person's name, lowercase and without the full stop ("Ms", "Frau", "Mme",
    # "CEO"): translated with the language's own ("Ms Vos" -> "mevrouw Vos"), no part of the name.
    titles: frozenset[str] = frozenset()
    # Abbreviations of the language's own words and acronyms of its own names, as written
    # ("e.g.", "z. B.", "VAT", "TVA"): one of the source language's that the target language
    # does not write is left untranslated.
    abbreviations: frozenset[str] = frozenset()
    # Titles of courtesy before a person's name, lowercase and without the full stop ("mr",
    # "ms"): one the target language's ``titles`` lack is left untranslated ("Ms Roe" in
    # Spanish, which writes "la Sra. Roe").
    courtesy_titles: frozenset[str] = frozenset()
    # Titles of courtesy by the person's gender, lowercase and without the last full stop
    # ("ms", "frau", "mme", "sig.ra"; "mr", "herr", "m", "sig"): a title of the other gender
    # than the source's before the same name is a mistranslation ("Ms Roe" -> "Herr Roe").
    feminine_titles: frozenset[str] = frozenset()
    masculine_titles: frozenset[str] = frozenset()
    # Words that open a letter before the addressee's name, lowercase ("dear", "liebe",
    # "estimada"): one of the source language's that the target language neither has nor uses
    # as a word of its own is left untranslated ("Dear Ana" in a Spanish letter).
    salutations: frozenset[str] = frozenset()
    # Greetings, thanks and one-word answers that open a text, lowercase ("welcome", "thanks",
    # "yes"): one of the source language's left before words of the translation is untranslated.
    greetings: frozenset[str] = frozenset()
    # Forms of the verb of saying that attribute a quotation ("says", "sagt", "dit"): one said
    # twice in one attribution ("…“, sagt Ana, sagt sie") is a repeat.
    speech_verbs: frozenset[str] = frozenset()
    # Abbreviations after a year's number that are written with a full stop ("г" of "2024 г."):
    # one without it before a capital lost the stop that also ended the sentence.
    year_signs: frozenset[str] = frozenset()
    # The mark after a letter's salutation where it is not a comma (":" in "Querida Ana:").
    salutation_mark: str = ""
    # Whether a sentence after a colon starts lowercase (Dutch, French, Spanish): a common word
    # capitalised after a colon, where the source has a sentence more, starts a sentence whose
    # full stop became the colon ("… de kast: In de gang …").
    lowercase_after_colon: bool = False
    # Abbreviations written before a telephone extension's number, as written ("ext.",
    # "Durchw.", "poste"): one of the source language's that the target language does not write
    # is left untranslated ("ext. 12" in German). Empty where unknown: nothing is reported.
    extension_signs: frozenset[str] = frozenset()
    # The abbreviations of "number" written before a numeral, as written ("No.", "Nr.", "n°",
    # "№"): one the target language does not write is left untranslated ("No. 7" in German).
    # Empty where unknown: nothing is reported.
    number_signs: frozenset[str] = frozenset()
    # The language writes a name's possessive with an apostrophe and "s" ("Anna's"): a language
    # without one (German "Annas", French "d'Anna") shows the source's left over.
    possessive_apostrophe: bool = False
    # The endings a rare name takes in the language, such as the genitive "s" ("Ostroms") or a
    # place's adjective ("Gütersloher"); None where names decline (Russian, Polish: any short
    # ending may be one). Another ending makes another name ("Daniela" for "Daniel").
    name_endings: tuple[str, ...] | None = None
    # Words that name a version ("version 9.3", "Version 9.3"): the number after one is a
    # version, written with dots in every language, not a decimal in a convention.
    version_words: frozenset[str] = frozenset()
    # Words that name a numbered part of a text ("clause 4.2", "Abschnitt 4.2"): the number
    # after one is a section number, kept as it is in every language.
    section_words: frozenset[str] = frozenset()
    # A page's counter as a PDF's header or footer prints it, lowercase: the word for "page" and
    # the word between the two numbers ("seite", "von": "Seite 3 von 4").
    page_counters: tuple[tuple[str, str], ...] = ()
    # The messages a word processor (Word) writes in place of a broken field, as its version in
    # this language prints them: a bookmark not defined, a cross-reference's source not found.
    # Matched ignoring case and the spacing around marks.
    field_errors: tuple[str, ...] = ()
    # Phrases that say "at every hour of the day" ("rund um die Uhr", "jour et nuit") or
    # name a day of 24 hours (Russian "сутки"), lowercase: a translation may say a "24-hour"
    # service or "within 24 hours" with one and no number.
    round_the_clock: tuple[str, ...] = ()
    # Phrases for "on every day of the week", lowercase ("jeden Tag", "sin días libres"): what
    # the "7" of "24/7" says.
    every_day: tuple[str, ...] = ()
    # Compounds are written as separate words ("cajero automático"): a lowercase token no word
    # list holds that reads as two common words is two words run together. Not so in German or
    # Dutch, which write compounds closed.
    writes_compounds_apart: bool = False
    # Words of one letter that MT runs into the next word (Russian "в доме" -> "вдоме"): a
    # token no list holds that is one of them before a common word is two words. Not those
    # the language also builds words with (Russian "о", Spanish "a": "описатель", "alegal").
    glued_letters: frozenset[str] = frozenset()
    # Words of one letter the language also builds words with (Spanish "a": "amoral"): one glued to a common
    # word of four letters or more is two words only where no list holds the token at all ("otarjeta").
    unseen_glued_letters: frozenset[str] = frozenset()
    # Particles of two letters or more that the language writes apart before a word and MT runs into it
    # (Russian "не" before a verb: "не трогайте" -> "нетрогайте"), lowercase: judged as ``glued_letters`` are
    # (the whole rare, the rest common and far commoner: not "неделя", "небольшой", nor a rare form of a known
    # word), the rest with an ending of ``glued_particle_endings``.
    glued_particles: frozenset[str] = frozenset()
    # Words of one letter that MT runs onto the END of the word before (Russian "насоса и фильтр" -> "насосаи
    # фильтр"), each with the last letters of the words before it after which the two may read as one word's
    # form, where the letter is never taken for a word (Russian "и" after a consonant: a plural, "ключи"; "в"
    # after a vowel: a gerund, "прочитав").
    glued_end_letters: tuple[tuple[str, str], ...] = ()
    # Endings of the words a particle is written apart from (Russian verbs' "ть", "ете",
    # "ла"): a rest ending otherwise (an adjective, "неуказанный") may be one word with it.
    glued_particle_endings: tuple[str, ...] = ()
    # Compounds that share a part are written with a hyphen for it ("Ein- und Ausfuhr",
    # "in- en uitvoer"): a hyphen glued to a conjunction lost its space.
    hyphen_halves: bool = False
    # Prefixes the language builds words with ("auto", "multi", "sotto"), lowercase: a word no
    # list holds that starts with one is a coinage ("multicarácter"), not two words fused.
    word_prefixes: frozenset[str] = frozenset()
    # Suffixes that are words of their own too ("mente"): a word ending in one is a derivation
    # ("concorrentemente"), not two words fused.
    word_suffixes: frozenset[str] = frozenset()
    # The endings of the infinitive ("er", "ir", "re"): a word no list holds that starts with
    # a verb's stem is a form derived from the verb ("renommages", "renommer"), not two words;
    # and endings of forms that say their person, with the infinitive's ("emos", "er"): a form
    # of a common verb is a word however rare ("retenemos" + "el" is two words fused).
    infinitive_endings: tuple[str, ...] = ()
    person_endings: tuple[tuple[str, str], ...] = ()
    # How it writes names of places, peoples and organisations.
    names: NameForms = NameForms()
    # Words the language elides before a vowel, lowercase ("l", "qu": "l'arrivée"; "l' autobus"
    # is a slip). ``full_forms``: words with their elided form (("la", "l")): "la l'école".
    elided_words: frozenset[str] = frozenset()
    full_forms: tuple[tuple[str, str], ...] = ()
    # Elided forms that are no word alone, lowercase ("nell", "qu"): one written with a space
    # before a word that opens with a vowel or "h" lost its apostrophe ("nell atrio").
    bound_elisions: frozenset[str] = frozenset()
    # The mark of the abbreviation of the word for "number" (Spanish and Portuguese "n.º",
    # the masculine ordinal indicator): a degree sign there ("n.° 5") is a slip. French
    # writes "n°" with the degree sign, and has none.
    number_abbreviation: str = ""
    # A final vowel's accented forms (("e", "èé") in Italian, the commoner word wins): a word
    # written with an apostrophe for its accent ("perche'") is a slip; ``cut_words`` end
    # with an apostrophe as they should ("po'", "di'").
    final_accents: tuple[tuple[str, str], ...] = ()
    cut_words: frozenset[str] = frozenset()
    # Words written with the wrong accent, lowercase, with their right form (Italian
    # "benchè", "benché": the "-ché" words and "né", "sé" take the acute).
    misaccented_words: tuple[tuple[str, str], ...] = ()
    # A range of hours ("das 8h às 18h"): the words that open it, and the word that closes it
    # written without its accent, with the right form (Portuguese "as", "às").
    hour_range_accent: tuple[frozenset[str], str, str] = (frozenset(), "", "")
    # Written in wide characters (Chinese, Japanese, Korean): lengths are display widths.
    wide_script: bool = False
    # How a chatbot's reply opens before the text it was asked to translate, lowercase and
    # without the colon ("here is the translation"): a target opening so, where the source
    # speaks of no translation, carries the reply's preamble.
    reply_openers: tuple[str, ...] = ()
    # Words that open a note, lowercase ("hinweis", "note"): with a colon and a word about
    # translating after it, a note on the translation that a chatbot added.
    note_labels: frozenset[str] = frozenset()
    # False for a language with no table here: every reading of a number counts ("7,1", "7.1").
    known: bool = True


@lru_cache(maxsize=64)
def language(code: str) -> LanguageData:
    """The data for an ISO 639-1 code ("de", "de-AT" -> "de"); neutral defaults if unknown."""
    base = code.lower().replace("_", "-").split("-")[0]
    return _table().get(base) or LanguageData(
        code=base, name=base, group_marks=",. \u00a0\u202f'", known=False
    )


def known_languages() -> tuple[str, ...]:
    return tuple(sorted(_table()))


@lru_cache(maxsize=1)
def _table() -> dict[str, LanguageData]:
    # The languages' modules import this one for LanguageData: their table is read on first use.
    from editor.core.languages import TABLE

    return TABLE
