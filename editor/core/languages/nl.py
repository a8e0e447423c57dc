"""Dutch: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.agreement_data import Agreement
from editor.core.langdata import LanguageData
from editor.core.languages._text import before_each, in_order, phrases, units, words
from editor.core.name_data import NameForms
from editor.core.opposite_data import Opposites
from editor.core.qualifier_data import Qualifiers

# The names of a moment an event begins or ends at, with their articles, after "voor", "na".
_MOMENTS = "- het de", "begin einde afloop start aanvang aankomst vertrek sluiting"

DATA = LanguageData(
    code="nl",
    name="Dutch",
    clock_names=(("middernacht", 0), ("middag", 12)),
    unit_fractions=(
        ("half _", 0.5),
        ("halve _", 0.5),
        ("kwart _", 0.25),
        ("driekwart _", 0.75),
        ("anderhalve _", 1.5),
        ("anderhalf _", 1.5),
    ),
    fraction_units=(("liter", "l"), ("kilo", "kg"), ("kilogram", "kg"), ("kilometer", "km"), ("meter", "m")),
    time_spans=(
        ("half uur", 30),
        ("halfuur", 30),
        ("kwartier", 15),
        ("drie kwartier", 45),
        ("anderhalf uur", 90),
    ),
    names=NameForms(
        street_heads=words("straat laan gracht steeg"),  # (not "weg", "plein": "snelweg")
        respelled_initials=words("ck"),
    ),
    range_words=words("tot en of"),
    or_words=words("of"),
    compass_letters=(("N", "n"), ("Z", "s"), ("S", "s"), ("O", "e"), ("E", "e"), ("W", "w")),
    spelled_suffixes=words("voudig maal daags jarig weeks maands koppig delig persoons"),
    negative_words=frozenset({"minus", "onder nul", "negatie"}),
    months=words(
        "januari februari maart april mei juni juli augustus september oktober november "
        "december jan feb mrt apr jun jul aug sep sept okt nov dec"
    ),
    calendar=in_order(
        "januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december"
    ),
    workday_words=phrases("werkdagen; doordeweeks; op weekdagen"),
    weekdays=in_order("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    clock_words=words("uur"),
    half_hour_words=words("half"),
    digit_dates="dmy",
    hyphen_halves=True,
    clause_dash="\u2013",
    symmetric_dashes=True,
    spaces_units=True,
    quotes=(("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u201e", "\u201d")),
    sentence_words=words("dat pas best hand top al me pan hert volt mand os app ex"),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=words(
        "de het een en of maar want à dus dat die dit deze wie wat waar wanneer hoe in op aan "
        "met zonder voor na naar van uit bij om over onder tussen tot door tegen volgens "
        "tijdens sinds zijn haar hun hij zij ze wij we het is was werd wordt niet geen ook "
        "nog al er dankzij ondanks vanwege binnen buiten zoals omdat toen"
    ),
    noun_homographs=words("was want haar"),  # wax, mitten, hair ("handbalwas", "paardenhaar")
    number_words=(
        ("nul", 0),
        ("een", 1),
        ("één", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
        ("tien", 10),
        ("elf", 11),
        ("anderhalf", 1.5),
        ("twaalf", 12),
        ("dertien", 13),
        ("veertien", 14),
        ("vijftien", 15),
        ("zestien", 16),
        ("zeventien", 17),
        ("achttien", 18),
        ("negentien", 19),
        ("twintig", 20),
        ("dertig", 30),
        ("veertig", 40),
        ("vijftig", 50),
        ("zestig", 60),
        ("zeventig", 70),
        ("tachtig", 80),
        ("negentig", 90),
        ("honderd", 100),
        ("dozijn", 12),
        # ordinals, which a translation may write for a numbered item ("week 5": "de vijfde week")
        ("derde", 3),
        ("vierde", 4),
        ("vijfde", 5),
        ("zesde", 6),
        ("zevende", 7),
        ("achtste", 8),
        ("negende", 9),
        ("tiende", 10),
        ("elfde", 11),
        ("twaalfde", 12),
    ),
    scale_words=(
        ("duizend", 1e3),
        ("miljoen", 1e6),
        ("mln", 1e6),
        ("miljard", 1e9),
        ("mld", 1e9),
        ("biljoen", 1e12),
    ),
    ordinal_suffixes=words("e de ste"),
    decade_suffixes=words("er"),
    bounds=(
        ("minstens", "hoogstens"),
        ("ten minste", "ten hoogste"),
        ("minstens", "hooguit"),
        ("op zijn minst", "op zijn hoogst"),
        ("minimaal", "maximaal"),
        ("niet minder dan", "niet meer dan"),
        ("min.", "max."),
        ("meer dan", "minder dan"),
        ("boven", "onder"),
        ("hoger dan", "lager dan"),
        ("ouder dan", "jonger dan"),
    ),
    reach_bounds=(("vanaf", "maximaal"), ("minimaal", "tot")),
    directions=(
        ("meer", "minder"),
        ("hoger", "lager"),
        ("stijging", "daling"),
        ("toename", "afname"),
        ("verhoging", "verlaging"),
        ("groei", "krimp"),
        ("stijgt", "daalt"),
        ("stijgen", "dalen"),
        ("steeg", "daalde"),
        ("gestegen", "gedaald"),
        ("toegenomen", "afgenomen"),
        ("boven", "onder"),
    ),
    deadlines=(
        ("op zijn vroegst", "op zijn laatst"),
        ("niet eerder dan", "niet later dan"),
        ("op zijn vroegst", "uiterlijk"),
    ),
    frequencies=(
        ("minstens elke", "hoogstens elke"),
        ("ten minste elke", "ten hoogste elke"),
        ("minstens om de", "hoogstens om de"),
    ),
    date_spans=(
        ("vanaf", "tot"),
        ("met ingang van", "tot en met"),
        ("sinds", "tot"),
    ),
    comparative_words=words("meer minder"),
    rate_periods=in_order("uur; dag nacht; week; maand; jaar"),
    rate_markers=words("per elke iedere"),
    rate_adverbs=in_order("; dagelijks; wekelijks; maandelijks; jaarlijks"),
    times_words=words("keer maal"),
    point_words=("procentpunt", "punt", "pp"),
    minor_currency_words=words("cent pence penny"),
    working_days=(("dag", "kalenderdag"), ("werkdag",)),
    percent_words=("procent", "percent"),
    abbreviation_expansions=(
        ("bijv.", "bijvoorbeeld"),
        ("bv.", "bijvoorbeeld"),
        ("d.w.z.", "dat wil zeggen"),
        ("enz.", "enzovoort"),
        ("o.a.", "onder andere"),
    ),
    percent_sign="%",
    currency_words=words(
        "euro dollar pond sterling yen frank cent penny pence kroon kronen roebel roepie yuan "
        "renminbi peso real reais zloty złoty forint lira lev leu lei won rand dinar dirham "
        "sjekel baht hryvnja"
    ),
    currency_names=(
        "SEK: zweedse kro; NOK: noorse kro; DKK: deense kro; ISK: ijslandse kr; CZK: tsjechische kro; "
        "CHF: zwitserse frank; FRF: franse frank; BEF: belgische frank; CAD: canadese dollar; AUD: "
        "australische dollar; NZD: nieuw-zeelandse dollar; HKD: hongkongse dollar; SGD: singaporese "
        "dollar; USD: amerikaanse dollar; MXN: mexicaanse peso; ARS: argentijnse peso; CLP: chileense "
        "peso; COP: colombiaanse peso; PHP: filipijnse peso"
    ),
    unit_words=(
        ("euro", "€"),
        ("dollar", "$"),
        ("pond", "£"),
        ("yen", "¥"),
        ("procent", "%"),
        ("percent", "%"),
    )
    + units(
        "kn: knoop knopen kn; km/h: km/u; "
        "s: seconde seconden; min: minuut minuten; h: uur uren; day: dag dagen; week: week weken; "
        "month: maand maanden; year: jaar jaren; m: meter; km: kilometer; cm: centimeter; mi: mijl "
        "mijlen; ft: voet; yd: yard yards; inch: inch inches duim; kg: kilogram kilo; g: gram; t: ton; "
        "ha: hectare hectaren; acre: acre acres"
    ),
    plural_endings=("s",),
    inflection_endings=("s", "en", "e", "er"),  # "er": comparatives and doers ("onderhouder")
    derivations=(("nd", "n"),),  # present participles: "blokkerende" <- "blokkeren", "gaande"
    conjunctions=words("en of maar want dus dat als omdat toen terwijl hoewel zodat"),
    prepositions=words(
        "aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per "
        "rond sinds tegen tijdens tot tussen uit van vanaf vanwege via voor volgens zonder"
    ),
    determiners=words(
        "de het een deze dit die dat mijn jouw zijn haar ons onze hun uw elke ieder iedere alle "
        "sommige geen welke"
    ),
    demonstratives=words("deze dit die dat"),
    # a conjunction or relative pronoun before a demonstrative of the same form, with no
    # comma in Dutch ("weet dat dat niet nodig is", "kinderen die die dag speelden"); a
    # pronoun before the object, reflexive or possessive of its form ("heb je je sleutel",
    # "hebben ze ze gezien", "gaf haar haar jas", "hebben jullie jullie tas"; not "u", whose
    # possessive is "uw" and whose reflexive is mostly "zich"); a verb before the possessive of
    # its form ("dat zijn zijn schoenen")
    repeatable_words=words("dat die je ze haar jullie zijn"),
    abbreviations=frozenset(
        {"bijv.", "bv.", "d.w.z.", "i.e.", "ca.", "enz.", "etc.", "incl.", "excl.", "btw", "AVG", "GDPR"}
    ),
    number_signs=frozenset({"nr.", "Nr.", "nrs.", "Nrs.", "no.", "No."}),
    possessive_apostrophe=True,
    extension_signs=frozenset({"toestel", "tst.", "tst"}),
    greetings=words("welkom hallo bedankt dank ja nee"),
    speech_verbs=words("zegt zei zeggen zeiden"),
    lowercase_after_colon=True,
    salutations=words("beste geachte lieve hallo hoi hi"),
    feminine_titles=words("mevr mw mevrouw"),
    masculine_titles=words("dhr meneer heer"),
    titles=words("dhr mevr mw hr dr prof mr mevrouw meneer heer"),
    name_endings=("s", "se", "er"),
    negations=words("niet geen nooit niets niemand nergens noch zonder"),
    coordinators=words("en of"),
    idle_negations=frozenset({"zonder twijfel", "zonder uitzondering", "geen probleem"}),
    double_negatives=words("zonder verloren"),
    with_words=words("met"),
    never_words=words("nooit"),
    restrictive_words=words("alleen slechts uitsluitend enkel"),
    exceptive_words=frozenset({"behalve", "tenzij", "uitgezonderd", "tot", "voor", "na", "zonder", "buiten"}),
    contrastive_words=words("maar"),
    ceasing_words=frozenset({"niet meer", "niet langer", "nooit meer", "geen meer"}),
    still_words=words("nog"),
    unless_words=frozenset(
        {
            "tenzij",
            "behalve",
            "uitgezonderd",
            "alleen als",
            "alleen wanneer",
            "alleen bij",
            "behoudens",
            "enkel als",
            "slechts als",
        }
    ),
    even_if_words=frozenset(
        {
            "zelfs als",
            "zelfs wanneer",
            "zelfs bij",
            "zelfs in geval",
            "ook als",
            "ook wanneer",
            "hoewel",
            "ook in geval",
            "ook in het geval",
            "zelfs in het geval",
        }
    ),
    proviso_words=frozenset({"mits", "op voorwaarde dat", "zolang"}),
    always_words=words("altijd steeds"),
    opposites=Opposites(
        time_sides=(("na", "vóór"), ("na", "voor")),
        # ("voor" alone is also "for", "na" a particle: only before a moment, "na afloop")
        prior_words=words("voordat alvorens") | before_each("voor vóór", *_MOMENTS),
        after_words=words("nadat") | before_each("na", *_MOMENTS),
        trailing_bounds=(("of meer", "of minder"), ("of ouder", "of jonger"), ("en ouder", "en jonger")),
        inclusive_bounds=phrases(
            "minstens; ten minste; minimaal; maximaal; hoogstens; ten hoogste; "
            "of meer; of minder; of ouder; en ouder"
        ),
        exclusive_bounds=phrases("meer dan; minder dan"),
        declining_words=words("tegen afzien afziet"),
        permission_words=words("toegestaan"),
        prohibition_words=words("verboden"),
        required_words=words("verplicht moet moeten"),
        surcharge_words=words("toeslag meerprijs"),
        discount_words=words("korting"),
        enabled_words=words("ingeschakeld geactiveerd aangezet"),
        disabled_words=words("uitgeschakeld gedeactiveerd uitgezet"),
        open_words=words("open geopend"),
        closed_words=words("gesloten"),
        easy_words=words("makkelijk gemakkelijk eenvoudig moeiteloos"),
        hard_words=words("moeilijk lastig moeizaam"),
        more_words=words("meer hoger hogere"),
        less_words=words("minder lager lagere"),
        morning_words=words("ochtend ochtends"),
        evening_words=words("avond avonds"),
        left_words=words("links linker linkse"),
        right_words=words("rechts rechter rechtse"),
        behind_words=words("achter achterkant"),
        front_words=words("voor voorkant"),
        inside_words=words("binnen binnenin"),
        outside_words=words("buiten"),
        exempt_words=words("vrijgesteld"),
        subject_words=words("onderworpen onderhevig"),
        above_words=words("boven"),
        below_words=words("beneden"),
        hot_words=words("heet hete warm warme"),
        cold_words=words("koud koude"),
        half_words=words("half halve helft"),
        double_words=words("dubbel dubbele tweemaal"),
        high_words=words("hoog hoge"),
        low_words=words("laag lage"),
        other_words=words("ander andere anderen"),
        included_words=words("inclusief inbegrepen incl"),
        excluded_words=words("exclusief excl"),
        early_words=words("vroeg vroege vroegtijdig"),
        late_words=words("laat late"),
        first_words=words("eerste"),
        last_words=words("laatste"),
        arrival_words=words("aankomst"),
        departure_words=words("vertrek"),
        summer_words=words("zomer"),
        winter_words=words("winter"),
        upstream_words=phrases("stroomopwaarts"),
        downstream_words=phrases("stroomafwaarts"),
        north_words=phrases("noord; noorden; noordelijk; noordelijke"),
        south_words=phrases("zuid; zuiden; zuidelijk; zuidelijke"),
        east_words=phrases("oost; oosten; oostelijk; oostelijke"),
        west_words=phrases("west; westen; westelijk; westelijke"),
        advised_words=words("aanbevol aanbevel aangerad aanrad"),
        discouraged_words=words("afgerad afrad"),
        minimum_words=words("minimum minimaal minimale minstens"),
        maximum_words=words("maximum maximaal maximale hoogstens hooguit"),
        right_adverbs=words("goed correct juist"),
        wrong_adverbs=words("verkeerd slecht"),
        optional_words=words("optioneel optionele facultatief facultatieve vrijwillig vrijwillige"),
        mandatory_words=words("verplicht"),
        waiting_words=words("wacht wachten"),
        before_words=words("voordat alvorens"),
    ),
    negation_paraphrases=words(
        "gratis kosteloos inbegrepen anders ander andere afwezig gedeeltelijk plaats alleen pas slechts "
        "nauwelijks ontbreekt "
        "ontbreken mislukt verboden behalve exclusief excl "
        "vermijd vermijden afzien afraden afgeraden"
    )
    | frozenset({"raad … af", "raadt … af", "raden … af", "raadde … af", "raadden … af"}),
    negative_prefixes=("on", "niet"),
    negative_suffixes=("loos", "loze", "vrij", "vrije"),  # with an adjective's inflected form
    negated_alternatives=frozenset({"of niet"}),
    permissions=words("kan kunnen kunt mag mogen"),
    obligations=words("moet moeten hoeft hoeven"),
    auxiliaries=words(
        "is zijn was waren wordt worden werd werden heeft hebben had kan kunnen mag mogen moet moeten "
        "zal zullen"
    ),
    version_words=words("versie versies v"),
    section_words=words(
        "sectie secties clausule hoofdstuk hoofdstukken artikel artikelen paragraaf lid punt punten "
        "stap stappen figuur tabel bijlage regel"
    ),
    page_counters=(("pagina", "van"),),
    field_errors=(
        "Fout! Bladwijzer niet gedefinieerd.",
        "Fout! Verwijzingsbron niet gevonden.",
    ),
    round_the_clock=("dag en nacht", "de klok rond", "rond de klok"),
    every_day=("elke dag", "dagelijks", "alle dagen", "zeven dagen", "de hele week"),
    twenty_four_hour_clock=True,
    evening_words=words("middag middags avond avonds nacht"),
    address=Address(words("u uw U Uw"), words("jij jou jouw jezelf")),
    note_labels=words("opmerking noot"),
    reply_openers=("vertaling", "hier is de vertaling", "hier is de vertaalde tekst"),
    agreement=Agreement(
        singular_verbs=words(
            "is heeft moet kan mag zal wil wordt was had moest kon mocht zou wilde werd gaat komt "
            "krijgt blijft geeft neemt doet staat ligt zegt ziet vindt maakt houdt brengt biedt "
            "zorgt vraagt zet kost betaalt ontvangt"  # (not "laat": "laat we gaan" is "let us go")
        ),
        plural_pronouns=words("wij we"),
        plural_nouns=("ers", "ingen", "heden", "ties", "teiten"),
        plural_determiners=words("onze alle deze beide sommige enkele vele andere"),
        subject_pronouns=words("je jij u we wij hij zij ze men er ik"),
        dummy_subjects=words("het"),
        copulas=(words("is was"), words("zijn waren")),
        declined_determiners=words("een geen elk ieder"),
        declined_endings=("e", ""),
        declined_nouns=("je",),
        neuter_heads=(
            "museum",
            "formulier",
            "lokaal",
            "bewijs",
            "gebouw",
            "centrum",
            "terrein",
            "programma",
            "bedrijf",
            "kantoor",
            "station",
            "restaurant",
            "kasteel",
            "eiland",
            "strand",
            "reglement",
            "document",
            "contract",
            "verzoek",
            "pakket",
            "product",
            "artikel",
            "materiaal",
            "gereedschap",
            "apparaat",
            "evenement",
            "bezoek",
            "bericht",
            "toernooi",
            "concert",
            "seizoen",
            "weekend",
            "personeel",
            "bedrag",
            "tarief",
            "ticket",
            "huis",
            "boek",
        ),
        common_determiners=words("de deze onze elke iedere welke"),  # (not "die": also "who")
        stem_changes=(("v", "f"), ("z", "s")),
        # (the neuter forms before a noun of a suffix only common nouns have: "elk mogelijkheid")
        masculine=words("elk ieder dit welk"),
        feminine_endings=("heid", "ing", "tie", "teit", "erij"),
        exceptions=words("ding onding"),
    ),
    qualifiers=Qualifiers(
        tax_included=phrases("incl. btw; incl btw; inclusief btw; btw inbegrepen; met btw"),
        tax_excluded=phrases(
            "excl. btw; excl btw; exclusief btw; ex. btw; ex btw; plus btw; + btw; zonder btw; "
            "btw niet inbegrepen"
        ),
        bounds=phrases(
            "tot; maximaal; hoogstens; ten hoogste; minstens; ten minste; minimaal; meer dan; "
            "minder dan; niet meer dan; niet minder dan"
        ),
        majority=phrases("minderjarig; meerderjarig"),
        bound_words=phrases(
            "max; min; maximum; minimum; meer; minder; ruim; boven; onder; vanaf; uiterlijk; binnen; "
            "overschrijd; hooguit; beperkt; gelimiteerd; gemaximeerd; "
            "kleiner; groter; korter; langer; hoger; lager; ouder; jonger"
        ),
        price_bounds=phrases("vanaf"),
        hedges=phrases(
            "ongeveer; circa; ca.; ca; zo'n; rond; rondom; omstreeks; bijna; pakweg; zowat; "
            "om en nabij; ruim; krap; ~"
        ),
        per_person=phrases("per persoon; p.p.; per deelnemer"),
        distributives=phrases("per; elk; elke; ieder; iedere; stuk; telkens; p.p."),
        restrictives=phrases(
            "alleen; slechts; uitsluitend; enkel; pas; enige; enig; maar; louter; exclusief; beperk; "
            "begrens; voorbehouden"
        ),
        exclusions=phrases(
            "maar niet; behalve; uitgezonderd; uitzondering; buiten; exclusief; excl.; excl; zonder"
        ),
        wholes=phrases("volledig; volledige; geheel; helemaal; volle; compleet; integraal; totaal"),
        plain_gratis=words("gratis kosteloos kosteloze"),
        gratis=phrases(
            "gratis; kosteloos; kosteloze; zonder kosten; zonder extra kosten; zonder meerprijs; "
            "zonder toeslag; vrij; vrije; "
            "zonder enige kosten; zonder bijkomende kosten; zonder bijkosten; "
            "betalen niets; betaalt niets; niets betalen; hoeven niet te betalen; hoeft niet te betalen"
        ),
        free_words=phrases("vrij; vrije"),
        available_words=phrases("beschikbaar; beschikbare"),
        always_phrases=phrases(
            "steeds meer; steeds minder; nog steeds; steeds weer; zoals altijd; voor altijd; "
            "altijd al; niet altijd; bijna altijd; steeds vaker; steeds beter"
        ),
        requirements=phrases("moet; moeten; verplicht; nodig; vereist; mits; op voorwaarde"),
    ),
)
