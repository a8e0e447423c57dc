"""German: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.agreement_data import Agreement
from editor.core.concord_data import Concord
from editor.core.langdata import LanguageData
from editor.core.languages._text import in_order, ordinals, phrases, units, words
from editor.core.languages.de_opposites import OPPOSITES
from editor.core.name_data import NameForms
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="de",
    names=NameForms(
        street_heads=words("straße strasse gasse allee"),  # (not "platz", "weg": "Parkplatz")
        adjective_suffixes=("isch", "an", "es"),
        respelled_initials=words("ck cz"),
    ),
    name="German",
    clock_names=(("mitternacht", 0), ("mittag", 12), ("mittags", 12)),
    unit_fractions=(
        ("halb _", 0.5),
        ("viertel _", 0.25),
        ("dreiviertel _", 0.75),
        ("anderthalb _", 1.5),
        ("eineinhalb _", 1.5),
    ),
    fraction_units=(("liter", "l"), ("kilo", "kg"), ("kilogramm", "kg"), ("kilometer", "km"), ("meter", "m")),
    time_spans=(
        ("halbe stunde", 30),
        ("halben stunde", 30),
        ("viertelstunde", 15),
        ("dreiviertelstunde", 45),
        ("dreiviertel stunde", 45),
        ("anderthalb stunden", 90),
        ("eineinhalb stunden", 90),
    ),
    range_words=words("bis und oder"),
    or_words=words("oder"),
    compass_letters=(("N", "n"), ("S", "s"), ("O", "e"), ("E", "e"), ("W", "w")),
    spelled_suffixes=words(
        "fach mal malig prozentig erjahre sekündig minütig stündig tägig wöchig monatig jährig köpfig "
        "teilig stöckig sitzig türig bett"
    ),
    negative_words=frozenset({"minus", "unter null", "negativ", "minusgrad"}),
    months=words(
        "januar februar märz april mai juni juli august september oktober november dezember "
        "jänner jan feb mär apr jun jul aug sep sept okt nov dez"
    ),
    calendar=in_order(
        "januar jänner; februar; märz; april; mai; juni; juli; august; september; oktober; november; dezember"
    ),
    workday_words=phrases("werktags; werktag; werktagen; wochentags; wochentagen"),
    weekdays=in_order("montag; dienstag; mittwoch; donnerstag; freitag; samstag sonnabend; sonntag sonn-"),
    clock_words=words("uhr"),
    half_hour_words=words("halb"),
    digit_dates="dmy",
    hyphen_halves=True,
    marks_after_quote=True,
    clause_dash="\u2013",
    symmetric_dashes=True,
    spaces_units=True,
    currency_after=True,
    quotes=(("\u201e", "\u201c"), ("\u201a", "\u2018"), ("\u00bb", "\u00ab"), ("\u203a", "\u2039")),
    sentence_words=words("mich mag ok"),
    decimal_mark=",",
    group_marks=".\u202f\u00a0 ",
    function_words=words(
        "der die das den dem des ein eine einer einem einen eines und oder aber doch sondern ab "
        "denn in im ins an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben "
        "zwischen durch für gegen ohne um bis seit während wegen trotz als wie wenn dass ob weil "
        "da so auch nicht kein keine es er sie wir ihr ich du sich sein seine ihre ihren unser "
        "ist sind war waren wird werden wurde wurden hat haben hatte laut dies diese dieser "
        "dieses jene jener welche welcher welches man noch schon nur"
    ),
    noun_homographs=words("waren wegen trotz"),  # goods, ways, defiance: capitalised, nouns
    number_words=(
        ("null", 0),
        ("eins", 1),
        ("ein", 1),
        ("eine", 1),
        ("zwei", 2),
        ("drei", 3),
        ("vier", 4),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("acht", 8),
        ("neun", 9),
        ("zehn", 10),
        ("elf", 11),
        ("anderthalb", 1.5),
        ("eineinhalb", 1.5),
        ("zwölf", 12),
        ("dreizehn", 13),
        ("vierzehn", 14),
        ("fünfzehn", 15),
        ("sechzehn", 16),
        ("siebzehn", 17),
        ("achtzehn", 18),
        ("neunzehn", 19),
        ("zwanzig", 20),
        ("dreißig", 30),
        ("vierzig", 40),
        ("fünfzig", 50),
        ("sechzig", 60),
        ("siebzig", 70),
        ("achtzig", 80),
        ("neunzig", 90),
        ("hundert", 100),
        ("dutzend", 12),
        *ordinals(
            "vierte vierten vierter viertes viertem; fünfte fünften fünfter fünftes fünftem; "
            "sechste sechsten sechster sechstes sechstem; siebte siebten siebter siebtes siebtem; "
            "achter achtes achtem; neunte neunten neunter neuntes neuntem; "
            "zehnte zehnten zehnter zehntes zehntem",
            4,
        ),
    ),
    scale_words=(
        ("tausend", 1e3),
        ("million", 1e6),
        ("millionen", 1e6),
        ("mio", 1e6),
        ("milliarde", 1e9),
        ("milliarden", 1e9),
        ("mrd", 1e9),
        ("billion", 1e12),
        ("billionen", 1e12),
    ),
    capitalises_nouns=True,
    ordinal_dot=True,
    decade_suffixes=words("er"),
    numeral_suffixes=words("fach malig mal stel tel prozentig"),
    percent_suffixes=("ig",),
    bounds=(
        ("mindestens", "höchstens"),
        ("wenigstens", "höchstens"),
        ("nicht weniger als", "nicht mehr als"),
        ("minimal", "maximal"),
        ("min.", "max."),
        ("mehr als", "weniger als"),
        ("über", "unter"),
        ("oberhalb", "unterhalb"),
        ("höher als", "niedriger als"),
        ("älter als", "jünger als"),
    ),
    reach_bounds=(
        ("mindestens", "bis zu"),
        ("ab", "höchstens"),  # "ab 18 Jahren", "ab 3 Personen"
        ("ab", "bis"),  # "bis 30 €" (up to); a range's "10 bis 30" is read as a range
    ),
    directions=(
        ("mehr", "weniger"),
        ("höher", "niedriger"),
        ("höher", "geringer"),
        ("anstieg", "rückgang"),
        ("zunahme", "abnahme"),
        ("erhöhung", "senkung"),
        ("erhöhung", "verringerung"),
        ("wachstum", "rückgang"),
        ("steigt", "sinkt"),
        ("steigen", "sinken"),
        ("stieg", "sank"),
        ("stiegen", "sanken"),
        ("gestiegen", "gesunken"),
        ("zugenommen", "abgenommen"),
        ("erhöht", "gesenkt"),
        ("erhöht", "verringert"),
        ("über", "unter"),
    ),
    deadlines=(
        ("frühestens", "spätestens"),
        ("nicht früher als", "nicht später als"),
    ),
    frequencies=(
        ("mindestens alle", "höchstens alle"),
        ("mindestens einmal alle", "höchstens einmal alle"),
        ("nicht seltener als", "nicht häufiger als"),
    ),
    date_spans=(
        ("ab", "bis"),
        ("ab dem", "bis zum"),
        ("vom", "bis zur"),
        ("seit", "bis spätestens"),
        ("seit dem", "bis einschließlich"),
    ),
    comparative_words=words("mehr weniger"),
    rate_periods=in_order("stunde; tag nacht; woche; monat; jahr"),
    rate_markers=words("pro je im am jeden jede jedes"),
    rate_adverbs=in_order("stündlich; täglich; wöchentlich; monatlich; jährlich"),
    times_words=words("mal"),
    point_words=("prozentpunkt", "punkt", "pp", "pp."),
    minor_currency_words=words("cent pence penny pennies rappen ct"),
    working_days=(("tag", "kalendertag"), ("werktag", "arbeitstag", "werktäg", "arbeitstäg")),
    percent_words=("prozent", "proz.", "vomhundert"),
    abbreviation_expansions=(
        ("z. B.", "zum Beispiel"),
        ("d. h.", "das heißt"),
        ("usw.", "und so weiter"),
        ("bzw.", "beziehungsweise"),
        ("u. a.", "unter anderem"),
        ("ggf.", "gegebenenfalls"),
        ("evtl.", "eventuell"),
    ),
    article_contractions=units(
        "in: im ins; an: am ans; zu: zum zur; von: vom; bei: beim; für: fürs; durch: durchs; über: übers"
    ),
    contraction_adverbs=phrases(
        "zum beispiel; zum teil; zum glück; zum einen; zum anderen; im allgemeinen; "
        "im wesentlichen; im übrigen; im grunde; im prinzip; im durchschnitt; im voraus; "
        "am besten; am meisten; am wenigsten; am ehesten; am liebsten"
    ),
    percent_sign="\u00a0%",
    currency_words=words(
        "euro dollar pfund sterling yen franken cent rappen penny pence krone kronen rubel rupie "
        "yuan renminbi peso real reais zloty złoty forint lira lew leu lei won rand dinar dirham "
        "schekel baht hrywnj"
    ),
    currency_names=(
        "SEK: schwedisch kron; NOK: norwegisch kron; DKK: dänisch kron; ISK: isländisch kr; CZK: "
        "tschechisch kron; CHF: schweizer franken; FRF: französisch franc, französisch frank; BEF: "
        "belgisch franc, belgisch frank; CAD: kanadisch dollar; AUD: australisch dollar; NZD: "
        "neuseeländisch dollar; HKD: hongkong-dollar; SGD: singapur-dollar; USD: us-dollar, amerikanisch "
        "dollar; MXN: mexikanisch peso; ARS: argentinisch peso; CLP: chilenisch peso; COP: kolumbianisch "
        "peso; PHP: philippinisch peso"
    ),
    unit_words=(
        ("euro", "€"),
        ("dollar", "$"),
        ("us-dollar", "$"),
        ("pfund", "£"),
        ("prozent", "%"),
        ("yen", "¥"),
    )
    + units(
        "kn: knoten kn; km/h: kmh; "
        "s: sekunde sekunden; min: minute minuten; h: stunde stunden; day: tag tage tagen; week: woche "
        "wochen; month: monat monate monaten; year: jahr jahre jahren; m: meter metern; km: kilometer "
        "kilometern; cm: zentimeter zentimetern; mm: millimeter millimetern; mi: meile meilen; ft: fuß; "
        "yd: yard yards; inch: zoll; kg: kilogramm kilo kilos; g: gramm; t: tonne tonnen; chf: franken; "
        "ha: hektar; acre: acre acres; m²: quadratmeter quadratmetern; "
        "km²: quadratkilometer quadratkilometern"
    ),
    capitalised_pronouns=words("sie ihr ihre ihrer ihrem ihren ihres ihnen"),
    # the subject pronoun before the object of its form ("weil sie sie kennt")
    repeatable_words=words("sie"),
    inflection_endings=("e", "n", "s", "en", "er", "es", "em"),
    derivations=(("end", "en"), ("ernd", "ern"), ("elnd", "eln")),
    gender_endings=words("in innen"),
    agent_endings=("er", "or", "ist", "ant", "ent", "eur", "ör", "oge", "ekt"),
    prepositions=words(
        "ab an auf aus außer bei bis durch für gegen gegenüber hinter in mit nach neben ohne seit "
        "statt trotz über um unter von vor während wegen zu zwischen à"
    ),
    relative_pronouns=words("der die das dem den denen deren dessen"),
    sentence_openers=words("bitte"),
    conjunctions=words(
        "und oder aber sondern denn als dass ob weil wenn wie während obwohl damit sodass bevor "
        "nachdem falls sowie bzw"
    ),
    determiners=words(
        "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem "
        "keiner keines dies diese dieser dieses diesem diesen jene jener jenes jenem jenen alle "
        "allen aller alles beide beiden jede jeder jedes jedem jeden mein meine meinen meinem "
        "meiner dein deine deinen deinem deiner sein seine seinen seinem seiner seines ihr ihre "
        "ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure euren eurem "
        "manche mancher manchen einige einiger einigen mehrere mehrerer mehreren viele vieler "
        "vielen wenige wenigen welche welcher welches welchem welchen solche solcher solchen "
        "deren dessen sämtliche sämtlichen viel wenig ganz im am zum zur vom ins beim"
    ),
    demonstratives=words("dieser diese dieses diesen diesem"),
    abbreviations=frozenset({"z. B.", "z.B.", "d. h.", "d.h.", "bzw.", "ca.", "usw.", "etc."})
    | words("inkl. exkl. MwSt. USt. DSGVO"),
    number_signs=frozenset({"Nr.", "Nrn."}),
    extension_signs=frozenset({"Durchw.", "DW", "App.", "intern", "Nebenstelle"}),
    greetings=words("willkommen hallo danke ja nein"),
    speech_verbs=words("sagt sagte sagen sagten"),
    salutations=words("liebe lieber liebes hallo hi sehr geehrte geehrter"),
    feminine_titles=words("frau fräulein fr"),
    masculine_titles=words("herr herrn hr"),
    titles=words("herr herrn frau fräulein hr fr dr prof"),
    name_endings=("s", "er"),
    negations=words(
        "nicht nichts kein keine keinen keinem keiner keines keins nie niemals niemand niemandem niemanden "
        "nirgends nirgendwo weder ohne keinerlei"
    ),
    coordinators=words("und oder sowie"),
    idle_negations=frozenset({"ohne weiteres", "ohne zweifel", "ohne ausnahme", "kein problem"}),
    concord=Concord(particles=words("statt")),  # "An Feiertagen finden Prüfungen statt."
    double_negatives=words("ohne verloren"),
    with_words=words("mit"),
    never_words=words("nie niemals"),
    restrictive_words=words("nur lediglich ausschließlich bloß allein"),
    exceptive_words=frozenset(
        {"außer", "es sei denn", "sofern", "bis", "ausgenommen", "vor", "nach", "ohne", "abgesehen"}
    ),
    ceasing_words=frozenset({"nicht mehr", "nie mehr", "nicht länger", "keine mehr", "nimmer"}),
    still_words=words("noch"),
    unless_words=frozenset(
        {
            "es sei denn",
            "außer",
            "sofern",
            "ausgenommen",
            "nur wenn",
            "nur bei",
            "nur im fall",
            "vorbehaltlich",
            "bis auf",
            "mit ausnahme",
        }
    ),
    even_if_words=frozenset(
        {
            "auch wenn",
            "selbst wenn",
            "sogar wenn",
            "auch dann",
            "selbst bei",
            "auch im fall",
            "selbst im fall",
            "wenngleich",
            "obwohl",
            "obgleich",
        }
    ),
    proviso_words=frozenset({"sofern", "vorausgesetzt", "unter der bedingung"}),
    always_words=words("immer stets"),
    opposites=OPPOSITES,
    negation_paraphrases=words(
        "kostenlos kostenfrei gebührenfrei gratis umsonst inbegriffen anders andere anderen anderer "
        "abweichend abwesen ungleich partiell teilweise statt anstatt "
        "anstelle nur erst ausschließlich höchstens kaum fehlt fehlen fehlend fehlende "
        "fehl fehlgeschlagen fehlschl scheitert gescheitert verboten außer ausgenommen zuzüglich zzgl "
        "exklusive exkl verschwund "
        "verzicht vermeid unterlass abraten abgeraten absehen abzusehen überspr"
    )
    | frozenset({"rate … ab", "rät … ab", "raten … ab", "ratet … ab", "riet … ab", "rieten … ab"})
    # "sehen Sie von einem Besuch ab": refrain from visiting
    | frozenset({"sehe … ab", "sehen … ab", "seht … ab", "sieh … ab", "sieht … ab"}),
    negative_prefixes=("un", "nicht", "miss"),
    negative_suffixes=(  # with the endings of an adjective's forms ("zinsfreie")
        *("los", "lose", "losen", "loser", "loses", "losem"),
        *("frei", "freie", "freien", "freier", "freies", "freiem"),
    ),
    negated_alternatives=frozenset({"oder nicht"}),
    permissions=words("kann können kannst könnt darf dürfen dürft"),
    obligations=words("muss musst müssen müsst musste mussten brauchen braucht"),
    auxiliaries=words(
        "bin bist ist sind seid war waren sei wäre wird werden wurde wurden hat haben hatte hatten "
        "kann können konnte darf dürfen muss müssen soll sollen will wollen möchte"
    ),
    version_words=words("version versionen release releases v upgrade migration"),
    section_words=words(
        "abschnitt abschnitte abschnitts kapitel ziffer ziffern artikel absatz absätze punkt punkte "
        "schritt schritte abbildung abb tabelle tabellen anhang anlage klausel klauseln nummer nr "
        "regel"
    ),
    page_counters=(("seite", "von"),),
    field_errors=(
        "Fehler! Textmarke nicht definiert.",
        "Fehler! Verweisquelle konnte nicht gefunden werden.",
    ),
    question_words=words("ob wie was welche welcher welches wann wo wer warum"),
    round_the_clock=("rund um die uhr", "tag und nacht", "tag wie nacht"),
    every_day=("täglich", "jeden tag", "an allen tagen", "sieben tage", "die ganze woche"),
    twenty_four_hour_clock=True,
    evening_words=words("nachmittag nachmittags abend abends nachts"),
    address=Address(
        words("Sie Ihnen Ihr Ihre Ihrer Ihrem Ihren Ihres"),
        words("du dich dir dein deine deiner deinem deinen deines euch euer eure eurer eurem euren eures"),
    ),
    note_labels=words("hinweis anmerkung anm notiz"),
    reply_openers=(
        "übersetzung",
        "hier ist die übersetzung",
        "hier ist der übersetzte text",
        "hier die übersetzung",
    ),
    agreement=Agreement(
        singular_verbs=words(
            "ist hat muss kann darf soll will wird war hatte musste konnte durfte sollte wollte wurde"
        ),
        plural_pronouns=words("wir"),
        # ("die" is feminine too: a noun of a plural's ending tells the number, "-ungen")
        plural_nouns=("ungen", "innen", "enden", "heiten", "keiten", "schaften", "ionen", "täten"),
        plural_determiners=words("die alle diese unsere meine keine"),
        subject_pronouns=words("ich du er sie es man wir ihr der das ein eine dieser dieses jeder niemand"),
        # (the bare forms of "a" and the possessives: masculine or neuter; "Ihr", not "ihr"; and
        # the genitives of "the" and "a", "des Region")
        masculine=words(
            "ein kein mein dein sein unser euer ihr des eines keines meines seines "
            "einem keinem meinem seinem unserem diesem jedem"
        ),
        feminine_endings=("ung", "heit", "keit", "schaft", "tät", "tion", "sion", "gion", "xion", "statt"),
        not_feminine=("sprung", "schwung"),
        exceptions=words("dung hornung"),
        declined_determiners=words(
            "den dem einen einem keinen keinem meinen meinem deinen deinem seinen seinem ihren "
            "ihrem unseren unserem euren eurem diesen diesem jenen jenem jeden jedem welchen "
            "welchem allen"
        ),
        declined_endings=("e", "en"),
        plain_determiners=words("eine"),
        preposition_cases=(
            (words("mit bei aus von nach seit gegenüber"), words("einen")),  # dative only
            (words("für durch gegen"), words("einem dem")),  # accusative only ("um", "ohne": "… zu")
        ),
        motion_phrases=phrases("in einen; ins; in die; in eine; auf die; auf eine; auf einen"),
        rest_verbs=words(
            "bleiben bleibt bleibe bleibst blieb blieben geblieben befinden befindet befand befanden "
            "aufbewahrt aufbewahren aufzubewahren gelagert lagern wohnen wohnt gewohnt"
        ),
        rest_particles=words("statt"),  # "findet in die Lossestraße statt": takes place
        declension_skips=words(
            "einige mehrere viele wenige zahlreiche etliche beide andere verschiedene sämtliche "
            "gerade lange beige orange"
        ),
    ),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "inkl. mwst; inkl mwst; inklusive mwst; inkl. mehrwertsteuer; inklusive mehrwertsteuer; "
            "einschließlich mwst; einschließlich mehrwertsteuer; mwst. inbegriffen; inkl. ust; "
            "inklusive ust"
        ),
        tax_excluded=phrases(
            "zzgl. mwst; zzgl mwst; zuzüglich mwst; zzgl. mehrwertsteuer; zuzüglich mehrwertsteuer; "
            "exkl. mwst; exkl mwst; exklusive mwst; ohne mwst; ohne mehrwertsteuer; plus mwst; + mwst; "
            "zzgl. ust; exkl. ust"
        ),
        bounds=phrases(
            "bis zu; höchstens; maximal; mindestens; wenigstens; mehr als; weniger als; "
            "nicht mehr als; nicht weniger als; max.; min."
        ),
        majority=phrases("minderjährig; volljährig"),
        bound_words=phrases(
            "bis; ab; max; min; maximum; minimum; höchst; mindest; mehr; weniger; über; unter; "
            "innerhalb; binnen; spätestens; frühestens; überschreit; unterschreit; darüber; zumindest; "
            "kleiner; größer; länger; kürzer; höher; niedriger; geringer; unterhalb; oberhalb; begrenzt; "
            "beschränkt; limitiert"
        ),
        price_bounds=phrases("ab"),
        hedges=phrases(
            "etwa; ca.; ca; circa; zirka; rund; ungefähr; annähernd; gegen; knapp; fast; nahezu; "
            "schätzungsweise; um die; an die; gut; runde; ~; um den; um das"
        ),
        per_person=phrases("pro person; je person; pro kopf; pro teilnehmer; je teilnehmer"),
        distributives=phrases(
            "je; jeweils; pro; jede; jeder; jedes; jedem; jeden; einzeln; stück; stk; à; pauschal"
        ),
        restrictives=phrases(
            "nur; lediglich; ausschließlich; bloß; allein; erst; einzig; nichts als; ausnahmslos; "
            "beschränk; einschränk; eingeschränkt; begrenz; vorbehalten"
        ),
        exclusions=phrases(
            "nur nicht; aber nicht; außer; ausser; ausgenommen; abgesehen; ausnahme; bis auf; "
            "mit ausnahme; ohne; zzgl.; zzgl; zuzüglich"
        ),
        unrelated=words(
            "außerdem ausserdem außergewöhnlich außergewöhnliche außergewöhnlichen "
            "einzigartig einzigartige einzigartigen"
        ),
        wholes=phrases(
            "vollständig; vollständige; vollständigen; voll; volle; vollen; voller; komplett; gesamt; "
            "gesamte; gesamten; ganz; ganze; ganzen; zur gänze; in voller höhe"
        ),
        plain_gratis=words(
            "kostenlos kostenlose kostenlosen kostenloser kostenloses kostenfrei kostenfreie kostenfreien "
            "gratis umsonst unentgeltlich unentgeltliche gebührenfrei gebührenfreie"
        ),
        gratis=phrases(
            "kostenlos; kostenfrei; gratis; umsonst; unentgeltlich; gebührenfrei; ohne aufpreis; "
            "ohne kosten; ohne zusätzliche kosten; ohne mehrkosten; "
            "ohne jegliche kosten; ohne weitere kosten; ohne extra kosten; "
            "zahlen nichts; zahlt nichts; nichts zahlen; nichts bezahlen; zahlen keinen eintritt; "
            "freien eintritt; freier eintritt; eintritt frei"
        ),
        free_words=phrases("frei; freie; freien; freier; freies; freiem"),
        available_words=phrases("verfügbar; verfügbare; verfügbaren; verfügbarer; verfügbares"),
        always_phrases=phrases(
            "immer mehr; immer weniger; immer noch; noch immer; immer wieder; wie immer; für immer; "
            "immer wenn; immer dann; immer häufiger; immer öfter; immer besser; immer größer; "
            "immer beliebter"
        ),
        requirements=phrases(
            "muss; müssen; musst; müsst; erforderlich; nötig; notwendig; vorausgesetzt; voraussetz; sofern"
        ),
    ),
)
