"""English: what the checks know of it."""

from __future__ import annotations

from editor.core.agreement_data import Agreement
from editor.core.langdata import LanguageData
from editor.core.languages._text import in_order, ordinals, phrases, units, words
from editor.core.languages.en_opposites import OPPOSITES
from editor.core.name_data import NameForms
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="en",
    name="English",
    clock_names=(("midnight", 0), ("noon", 12), ("midday", 12)),
    unit_fractions=(
        ("half a _", 0.5),
        ("half _", 0.5),
        ("quarter of a _", 0.25),
        ("three quarters of a _", 0.75),
        ("_ and a half", 1.5),
    ),
    fraction_units=(
        ("litre", "l"),
        ("liter", "l"),
        ("kilo", "kg"),
        ("kilogram", "kg"),
        ("kilometre", "km"),
        ("kilometer", "km"),
        ("metre", "m"),
        ("meter", "m"),
    ),
    time_spans=(
        ("half an hour", 30),
        ("half-hour", 30),
        ("half hour", 30),
        ("quarter of an hour", 15),
        ("quarter-hour", 15),
        ("three quarters of an hour", 45),
        ("an hour and a half", 90),
        ("hour and a half", 90),
        ("one and a half hours", 90),
    ),
    range_words=words("to and or"),
    or_words=words("or"),
    compass_letters=(("N", "n"), ("S", "s"), ("E", "e"), ("W", "w")),
    spelled_suffixes=words("fold"),
    negative_words=frozenset({"minus", "below zero", "negative"}),
    months=words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    calendar=in_order(
        "january; february; march; april; May; june; july; august; september; october; november; december"
    ),
    workday_words=phrases("weekdays; weekday; working days; business days; workdays"),
    weekdays=in_order("monday; tuesday; wednesday; thursday; friday; saturday; sunday"),
    holiday_heads=words("day eve"),
    date_abbreviations=words(
        "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    quotes=(("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"')),
    decimal_mark=".",
    group_marks=",",
    function_words=words(
        "a an the and or but nor so yet for of in on at to from by with without about into onto "
        "over under after before since until as than that this these those which who whom whose "
        "what when where while if because although though it its he she they we you i his her "
        "their our your my is are was were be been being has have had do does did not no "
        "across through along between behind beyond around towards toward against among within "
        "throughout upon during despite including excluding"
    ),
    number_words=(
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("dozen", 12),
        *ordinals("fourth; fifth; sixth; seventh; eighth; ninth; tenth", 4),
    ),
    scale_words=(
        ("thousand", 1e3),
        ("million", 1e6),
        ("millions", 1e6),
        ("billion", 1e9),
        ("billions", 1e9),
        ("trillion", 1e12),
        ("m", 1e6),
        ("bn", 1e9),
        ("k", 1e3),
    ),
    ordinal_suffixes=words("st nd rd th"),
    decade_suffixes=words("s"),
    evening_words=words("afternoon afternoons evening evenings tonight"),
    afternoon_marks=words("pm p.m."),
    morning_marks=words("am a.m."),
    periods=words("Q1 Q2 Q3 Q4 H1 H2 FY"),
    bounds=(
        ("at least", "at most"),
        ("no less than", "no more than"),
        ("not less than", "not more than"),
        ("no fewer than", "no more than"),
        ("no shorter than", "no longer than"),
        ("not shorter than", "not longer than"),
        ("a minimum of", "a maximum of"),
        ("minimum", "maximum"),
        ("min.", "max."),
        ("more than", "less than"),
        ("more than", "fewer than"),
        ("over", "under"),
        ("above", "below"),
        ("higher than", "lower than"),
        ("greater than", "less than"),
        ("older than", "younger than"),
        ("longer than", "shorter than"),
        ("larger than", "smaller than"),
        ("heavier than", "lighter than"),
        ("at least", "limited to"),
        ("at least", "capped at"),
        ("over the age of", "under the age of"),
        ("above the age of", "below the age of"),
    ),
    # (no lower word: "from 5" opens a range as often; "from the age of 16" does not)
    reach_bounds=(("at least", "up to"), ("from the age of", "up to the age of")),
    directions=(
        ("more", "less"),
        ("more", "fewer"),
        ("higher", "lower"),
        ("increase", "decrease"),
        ("increase", "reduction"),
        ("increase", "decline"),
        ("increase", "drop"),
        ("increasing", "decreasing"),
        ("rise", "fall"),
        ("rises", "falls"),
        ("rose", "fell"),
        ("risen", "fallen"),
        ("rising", "falling"),
        ("growth", "decline"),
        ("grew", "shrank"),
        ("above", "below"),
    ),
    deadlines=(
        ("no earlier than", "no later than"),
        ("not earlier than", "not later than"),
        ("no sooner than", "no later than"),
    ),
    frequencies=(
        ("at least every", "at most every"),
        ("at least once every", "at most once every"),
    ),
    date_spans=(
        ("from", "until"),
        ("starting", "till"),
        ("starting from", "through"),
        ("beginning", "by"),
        ("since", "up to"),
        ("as from", "until"),
        ("effective", "until"),
    ),
    comparative_words=words("more less"),
    rate_periods=in_order("hour; day night nights; week; month; year annum"),
    rate_markers=words("per a an each every"),
    rate_adverbs=in_order("hourly; daily; weekly; monthly; yearly annually annual"),
    frequency_words=(("once", 1), ("twice", 2), ("thrice", 3)),
    times_words=words("time times"),
    point_words=("percentage point", "percent point", "per cent point"),
    minor_currency_words=words("p pence penny pennies cent cents ¢"),
    working_days=(
        ("day", "calendar day"),
        ("working day", "business day", "workday", "work day", "working-day", "business-day"),
    ),
    percent_words=("percent", "per cent", "percentage", "pct"),
    abbreviation_expansions=(
        ("e.g.", "for example"),
        ("e.g.", "for instance"),
        ("i.e.", "in other words"),
        ("etc.", "and so on"),
        ("etc.", "et cetera"),
    ),
    percent_sign="%",
    currency_words=words(
        "euro dollar pound sterling yen franc cent pence penny crown krone kronor rouble ruble "
        "rupee yuan renminbi peso real reais zloty forint lira lev leu lei won rand dinar dirham "
        "shekel baht hryvni"
    ),
    currency_names=(
        "SEK: swedish kron, swedish crown; NOK: norwegian kron, norwegian crown; DKK: danish kron, danish "
        "crown; ISK: icelandic kr; CZK: czech korun, czech crown; CHF: swiss franc; FRF: french franc; "
        "BEF: belgian franc; CAD: canadian dollar; AUD: australian dollar; NZD: new zealand dollar; HKD: "
        "hong kong dollar; SGD: singapore dollar; USD: us dollar, u.s. dollar, american dollar; MXN: "
        "mexican peso; ARS: argentine peso, argentinian peso; CLP: chilean peso; COP: colombian peso; "
        "PHP: philippine peso"
    ),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dollar", "$"),
        ("dollars", "$"),
        ("pound", "£"),
        ("pounds", "£"),
        ("percent", "%"),
        ("yen", "¥"),
    )
    + units(
        "kn: knot knots kts; km/h: kph; mph: mph; "
        "s: second seconds sec secs; min: minute minutes mins; h: hour hours hrs; day: day days; week: "
        "week weeks; month: month months; year: year years; m: metre metres meter meters; km: kilometre "
        "kilometres kilometer kilometers; cm: centimetre centimetres centimeter centimeters; mm: "
        "millimetre millimetres millimeter millimeters; mi: mile miles; ft: foot feet; yd: yard yards; "
        "inch: inch inches; kg: kilogram kilograms kilogramme kilogrammes kilo kilos; g: gram grams "
        "gramme grammes; t: tonne tonnes; chf: franc francs; ha: hectare hectares; acre: acre acres"
    ),
    capitalised_pronouns=words("i i'm i've i'll i'd"),
    # "had had", "that that"; a pronoun before the possessive of its form ("give her her keys")
    repeatable_words=words("had that her"),
    plural_endings=("s",),
    inflection_endings=("s", "es", "ed", "ing", "er", "est"),
    derivations=(("ies", "y"), ("ied", "y"), ("ing", "e"), ("ed", "e")),
    sentence_openers=words("please"),
    conjunctions=words("and or but nor as than that if because while although whether so unless since"),
    relative_pronouns=words("who whom whose which that"),
    determiners=words(
        "the a an this that these those my your his her its our their no every each all both "
        "some any several many few such which whose"
    ),
    demonstratives=words("this these that those"),
    # (and the officers' titles written in capitals: "Acme CEO Jane Roe" -> "Acme-Chefin Jane Roe")
    abbreviations=frozenset(
        {"e.g.", "i.e.", "approx.", "etc.", "incl.", "excl.", "VAT", "GDPR", "hrs", "TBC", "TBA", "T&Cs"}
    ),
    courtesy_titles=words("mr mrs ms mx"),
    number_signs=frozenset({"No.", "no.", "Nos.", "nos."}),
    possessive_apostrophe=True,
    extension_signs=frozenset({"ext.", "Ext."}),
    # not "hello", "hi": also a program's greeting kept as it is ("Hello World")
    greetings=words("welcome hello hi thanks thank yes no sorry goodbye"),
    speech_verbs=words("says said"),
    salutations=words("dear"),
    feminine_titles=words("mrs ms miss"),
    masculine_titles=words("mr"),
    titles=words(
        "mr mrs ms mx miss dr doctor prof sir dame lord lady rev st ceo cfo cto coo mayor president "
        "chancellor minister governor senator councillor judge professor"
    ),
    name_endings=("s",),
    names=NameForms(
        demonym_endings=("ese", "ian", "ic", "ish", "an"),
        name_heads=words(
            "software systems technologies group holdings bank airlines airways motors labs "
            "university college institute council foundation association company corporation "
            "inc ltd plc street road avenue square lane lake river island bay valley hotel "
            "hospital museum airport station castle bridge"
        ),
        name_links=words("of for"),
        street_heads=words(
            "street st road rd avenue ave lane drive place square crescent close terrace "
            "boulevard row grove gardens court parade mews walk hill quay wharf"
        ),
    ),
    negations=words("not never cannot no none nothing nobody neither nor nowhere without"),
    coordinators=words("and or"),
    # (a subject pronoun before a verb: a clause, "we never allow")
    agreement=Agreement(subject_pronouns=words("i we you he she they")),
    opposites=OPPOSITES,
    negation_paraphrases=words(
        "different differently absent partial partially other contrary unlike instead only just "
        "merely solely hardly miss misses missed missing lacks lacking failed fails unable except unless"
    ),
    negative_prefixes=("un", "non", "in", "im", "dis"),
    negative_suffixes=("less",),
    verb_endings=("ed",),
    negated_alternatives=frozenset({"or not", "or none", "or neither", "or nothing"}),
    double_negatives=words("without lost"),
    with_words=words("with"),
    never_words=words("never"),
    restrictive_words=words("only solely merely just exclusively"),
    exceptive_words=frozenset(
        {"except", "unless", "until", "till", "only", "other than", "before", "after", "without"}
        | {"apart from", "save for", "excluding", "outside", "but"}
    ),
    contrastive_words=words("but"),
    ceasing_words=frozenset({"no longer", "anymore", "any longer", "any more"}),
    still_words=words("still"),
    unless_words=frozenset({"unless", "except if", "except when", "only if", "only when"}),
    even_if_words=frozenset(
        {
            "even if",
            "even when",
            "even though",
            "although",
            "though",
            "even in case",
            "even in the event",
            "even where",
        }
    ),
    proviso_words=frozenset({"provided that", "providing that", "as long as", "on condition that"}),
    always_words=words("always"),
    idle_negations=frozenset(
        {
            "no more than",
            "no less than",
            "no fewer than",
            "no later than",
            "no earlier than",
            "not more than",
            "not less than",
            "not later than",
            "not earlier than",
            # a bound, not "no longer" (any more): "at most", "höchstens", "como máximo"
            "no longer than",
            "not longer than",
            "no matter",
            "no doubt",
            # "fine", said so in the other language too ("kein Problem")
            "no problem",
            "not a problem",
            # "non-" that names a thing, not the lack of one ("a non-profit": "gemeinnützig")
            "non-profit",
            "non-profits",
            "non-stop",
            "non-slip",
            "non-stick",
            "non-fiction",
            "non-woven",
            "sine qua non",
            "non sequitur",
            "persona non grata",
            "without exception",
            "without doubt",
            "without a doubt",
            "without fail",
            "not only",
            "nothing but",
            "nothing more than",
            "nothing less than",
            "none other than",
            "second to none",
            "for nothing",
            "neither here nor there",
            "both or neither",
            "if none is",
            "if none are",
            "if none was",
            "if none were",
        }
    ),
    permissions=frozenset({"may", "can", "are allowed to", "is allowed to", "are welcome to"}),
    obligations=frozenset(
        {"must", "have to", "has to", "had to", "need", "needs", "need to", "needs to", "required to"}
    ),
    negated_modals=frozenset({"cannot", "can't", "can’t"}),
    auxiliaries=words(
        "am is are was were be been has have had do does did can could will would shall should may "
        "might must cannot"
    ),
    version_words=words(
        "version versions release releases v upgrade upgrades upgrading upgraded downgrade migrate "
        "migrating migration"
    ),
    section_words=words(
        "section sections clause clauses chapter chapters article articles paragraph paragraphs "
        "item items step steps figure figures fig table tables appendix annex point points rule "
        "rules subsection"
    ),
    page_counters=(("page", "of"),),
    field_errors=(
        "Error! Bookmark not defined.",
        "Error! Reference source not found.",
    ),
    # (Keys named by everyday words, "Home", "End", "Delete", are common words already.)
    key_names=words(
        "esc backspace altgr del ins pageup pagedown pgup pgdn capslock numlock scrolllock "
        "spacebar printscreen prtsc sysrq enter"
    ),
    question_words=words("whether if how what which when where who why"),
    round_the_clock=(
        "around the clock",
        "round the clock",
        "round-the-clock",
        "day and night",
        "night and day",
    ),
    every_day=("every day", "daily", "seven days", "all week"),
    note_labels=words("note"),
    reply_openers=(
        "translation",
        "here is the translation",
        "here's the translation",
        "here is the translated text",
        "here's the translated text",
        "here is your translation",
    ),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "including vat; incl. vat; incl vat; inc. vat; inc vat; vat included; vat inclusive; "
            "inclusive of vat; including tax; including taxes; tax included; taxes included; incl. tax; "
            "including gst; incl. gst; gst inclusive; include … vat; includes … vat; include … tax"
        ),
        tax_excluded=phrases(
            "excluding vat; excl. vat; excl vat; ex. vat; ex vat; plus vat; + vat; vat excluded; "
            "exclusive of vat; before vat; excluding tax; excluding taxes; plus tax; plus taxes; "
            "before tax; excl. tax; plus gst; excluding gst; excl. gst; vat … is added; vat … will be added; "
            "vat … is charged on top; exclude … vat; excludes … vat; exclude … tax"
        ),
        bounds=phrases(
            "up to; at most; at least; a maximum of; a minimum of; maximum of; minimum of; "
            "no more than; not more than; no less than; not less than; no fewer than; not fewer than; "
            "no longer than; not longer than; "
            "more than; less than; fewer than; max.; min.; limited to; capped at; restricted to"
        ),
        majority=phrases("minors; underage; under-age"),
        bound_words=phrases(
            "maximum; minimum; max; min; over; under; above; below; within; until; till; by; before; "
            "no later than; or more; or less; or fewer; exceed; upwards; plus; "
            "shorter; longer; smaller; larger; greater; bigger; higher; lower; less; more; fewer; "
            "older; younger; than"
        ),
        price_bounds=phrases("from"),
        hedges=phrases(
            "about; approximately; approx.; approx; around; roughly; circa; some; an estimated; nearly; "
            "almost"
        ),
        per_person=phrases(
            "per person; per head; a head; per adult; per child; per participant; per guest; pp; p.p."
        ),
        distributives=phrases("each; apiece; per; every; a head"),
        restrictives=phrases("only; solely; exclusively; merely"),
        exclusions=phrases("except; excluding; apart from; save for; with the exception of; aside from"),
        wholes=phrases(
            "in full; in its entirety; in their entirety; full refund; fully refunded; fully refundable"
        ),
        plain_gratis=words("free complimentary gratis"),
        available_words=phrases("available"),
        gratis=phrases(
            "for free; free of charge; at no charge; at no extra charge; at no additional charge; "
            "at no cost; at no extra cost; at no additional cost; free of cost; "
            "go free; goes free; ride free; rides free; travel free; travels free; stay free; "
            "stays free; eat free; eats free; get in free; gets in free; admitted free; "
            "a free; is free; are free"
        ),
        always_phrases=phrases(
            "whenever; every time; at all times; constantly; continuously; permanently; invariably; "
            "forever; ever; usually; generally; as usual; increasingly; more and more; any time; "
            "anytime; all the time; regularly"
        ),
        idle=phrases(
            "each way; each direction; not only; if only; only just; the only; an only; "
            "only to find; only to discover; only to learn; only to realise; only to realize; "
            "each other; each and every; "
            "about us; about it; "
            "a free hand; is free to; are free to; free of; free from"
        ),
        conditions=phrases("if; provided; providing; as long as; once"),
        requirements=phrases(
            "must; need to; needs to; have to; has to; necessary; required; requires; "
            "mandatory; compulsory; obligatory"
        ),
    ),
)
