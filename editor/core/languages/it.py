"""Italian: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.concord_data import Concord
from editor.core.langdata import LanguageData
from editor.core.languages._text import in_order, phrases, units, words
from editor.core.languages.it_agreement import AGREEMENT
from editor.core.languages.it_opposites import OPPOSITES
from editor.core.name_data import NameForms
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="it",
    names=NameForms(
        street_openers=words("via viale piazza vicolo"),  # (not "corso": "corso di Inglese")
        adjective_suffixes=("an", "es", "in", "ic", "ens"),
        respelled_initials=words("jg"),
    ),
    name="Italian",
    clock_names=(("mezzanotte", 0), ("mezzogiorno", 12)),
    unit_fractions=(("mezzo _", 0.5), ("quarto di _", 0.25), ("tre quarti di _", 0.75), ("_ e mezzo", 1.5)),
    fraction_units=(("litr", "l"), ("chil", "kg"), ("chilogramm", "kg"), ("chilometr", "km"), ("metr", "m")),
    time_spans=(
        ("mezz'ora", 30),
        ("mezz’ora", 30),
        ("mezzora", 30),
        ("quarto d'ora", 15),
        ("quarto d’ora", 15),
        ("tre quarti d'ora", 45),
        ("tre quarti d’ora", 45),
        ("ora e mezza", 90),
        ("ora e mezzo", 90),
    ),
    repeatable_words=frozenset({"a mano"}),  # "a mano a mano": little by little
    range_words=words("a e o"),
    or_words=words("o od oppure"),
    compass_letters=(("N", "n"), ("S", "s"), ("E", "e"), ("O", "w"), ("W", "w")),
    clock_articles=words("le alle dalle"),
    negative_words=frozenset({"meno", "sotto zero", "sotto lo zero", "negativ"}),
    months=words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre genn febbr apr giu lug ago sett ott nov dic"
    ),
    calendar=in_order(
        "gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; "
        "novembre; dicembre"
    ),
    workday_words=phrases("giorni feriali; feriali; giorni lavorativi"),
    weekdays=in_order("lunedì; martedì; mercoledì; giovedì; venerdì; sabato; domenica"),
    digit_dates="dmy",
    marks_after_quote=True,
    clause_dash="\u2013",
    symmetric_dashes=True,
    spaces_units=True,
    currency_after=True,
    elided_words=words("l dell all dall nell sull coll un d c quest quell tutt nessun"),
    full_forms=tuple(
        (full, full[:-1])
        for full in "lo la della dello alla allo dalla dallo nella nello sulla sullo quella quello "
        "questa questo".split()
    )
    + (("una", "un"),),
    bound_elisions=words("l dell all dall nell sull coll d c quest quell tutt anch senz quand dov com cos"),
    final_accents=(("a", "à"), ("e", "èé"), ("i", "ì"), ("o", "ò"), ("u", "ù")),  # the commoner form wins
    cut_words=words("po mo be to di da fa sta va"),
    misaccented_words=tuple(
        (word, word[:-1] + "é")
        for word in (
            "perchè poichè affinchè benchè finchè sicchè cosicchè giacchè purchè anzichè "
            "fuorchè nè sè ventitrè trentatrè quarantatrè cinquantatrè sessantatrè"
        ).split()
    ),
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2018", "\u2019")),
    sentence_words=words(
        "ore mai via sia no bar file top post app card set spot laser targa nodo grano fasi sai "
        "fai va sa so fa me te lo ne ci vi li mica usa ama nato pass dea ira"
    ),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=words(
        "il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei degli "
        "delle al allo alla ai agli alle dal dalla dai dalle nel nello nella nei negli nelle "
        "sul sulla sui sulle e ed o ma però che chi cui dove quando come se si non più "
        "questo questa questi queste quello quella è sono era ha hanno suo sua suoi sue "
        "entro dopo oltre senza durante presso"
    ),
    number_words=(
        ("zero", 0),
        ("uno", 1),
        ("una", 1),
        ("un", 1),
        ("due", 2),
        ("tre", 3),
        ("quattro", 4),
        ("cinque", 5),
        ("sei", 6),
        ("sette", 7),
        ("otto", 8),
        ("nove", 9),
        ("dieci", 10),
        ("undici", 11),
        ("dodici", 12),
        ("tredici", 13),
        ("quattordici", 14),
        ("quindici", 15),
        ("sedici", 16),
        ("diciassette", 17),
        ("diciotto", 18),
        ("diciannove", 19),
        ("venti", 20),
        ("trenta", 30),
        ("quaranta", 40),
        ("cinquanta", 50),
        ("sessanta", 60),
        ("settanta", 70),
        ("ottanta", 80),
        ("novanta", 90),
        # elided before a vowel ("vent'anni", "trent'anni")
        ("vent", 20),
        ("trent", 30),
        ("quarant", 40),
        ("cinquant", 50),
        ("sessant", 60),
        ("settant", 70),
        ("ottant", 80),
        ("novant", 90),
        ("cento", 100),
        ("dozzina", 12),
        # ordinals, which a translation may write for a numbered item ("week 5": "la quinta settimana")
        ("terzo", 3),
        ("terza", 3),
        ("quarto", 4),
        ("quarta", 4),
        ("quinto", 5),
        ("quinta", 5),
        ("sesto", 6),
        ("sesta", 6),
        ("settimo", 7),
        ("settima", 7),
        ("ottavo", 8),
        ("ottava", 8),
        ("nono", 9),
        ("nona", 9),
        ("decimo", 10),
        ("decima", 10),
        ("undicesimo", 11),
        ("undicesima", 11),
        ("dodicesimo", 12),
        ("dodicesima", 12),
    ),
    scale_words=(
        ("mila", 1e3),
        ("mille", 1e3),
        ("milione", 1e6),
        ("milioni", 1e6),
        ("mln", 1e6),
        ("miliardo", 1e9),
        ("miliardi", 1e9),
        ("mld", 1e9),
    ),
    ordinal_suffixes=words("º ª o a"),
    bounds=(
        ("almeno", "al massimo"),
        ("come minimo", "al massimo"),
        ("non meno di", "non più di"),
        ("un minimo di", "un massimo di"),
        ("minimo", "massimo"),
        ("min.", "max."),
        ("più di", "meno di"),
        ("oltre", "sotto"),
        ("superiore", "inferiore"),
        ("superiori", "inferiori"),
        ("non inferiore", "non superiore"),  # "non inferiore a 5 °C": at least
        ("non inferiori", "non superiori"),
        ("maggiori di", "minori di"),  # of an age: "i minori di 14 anni", "under 14"
    ),
    reach_bounds=(
        ("almeno", "fino a"),
        ("a partire da", "al massimo"),
    ),
    directions=(
        ("più", "meno"),
        ("maggiore", "minore"),
        ("superiore", "inferiore"),
        ("aumento", "diminuzione"),
        ("aumento", "riduzione"),
        ("aumento", "calo"),
        ("crescita", "calo"),
        ("rialzo", "ribasso"),
        ("aumentato", "diminuito"),
        ("aumentata", "diminuita"),
        ("salito", "sceso"),
        ("salita", "scesa"),
        ("saliti", "scesi"),
        ("salite", "scese"),
        ("cresciuto", "calato"),
        ("sopra", "sotto"),
    ),
    deadlines=(("non prima di", "non oltre"), ("al più presto", "al più tardi")),
    frequencies=(
        ("almeno ogni", "al massimo ogni"),
        ("almeno una volta ogni", "al massimo una volta ogni"),
    ),
    date_spans=(
        ("a partire dal", "fino al"),
        ("a decorrere dal", "fino al"),
        ("dal", "entro il"),
        ("a partire dalle", "fino alle"),  # of a clock time
    ),
    comparative_words=words("più meno"),
    rate_periods=in_order("; giorno notte; settimana; mese; anno"),
    rate_markers=frozenset({"al", "alla", "all'", "all’", "a", "per", "ogni"}),
    rate_adverbs=in_order("; giornalier; settimanal; mensil; annual annuo annua annui annue"),
    times_words=words("volta volte"),
    point_words=("punt", "pp", "p.p.", "p. p."),
    minor_currency_words=words("centesim cent penny pence"),
    working_days=(
        ("giorn",),
        ("giorni lavorativ", "giorno lavorativ", "giorni ferial", "giornate lavorativ"),
    ),
    percent_words=("per cento", "percento", "percentual"),
    abbreviation_expansions=(
        ("ad es.", "ad esempio"),
        ("per es.", "per esempio"),
        ("es.", "esempio"),
        ("ecc.", "eccetera"),
    ),
    article_contractions=units(
        "in: nel nello nella nei negli nelle nell'; a: al allo alla ai agli alle all'; "
        "da: dal dallo dalla dai dagli dalle dall'"
    ),
    contraction_adverbs=phrases("al massimo; al minimo; al più; al meno; al limite"),
    percent_sign="%",
    currency_words=words(
        "euro dollar sterlin libbr yen franc centesim penny pence coron rubl rupi yuan renminbi "
        "peso pesos real reais zloty złoty fiorin forint lira lire lev leu lei won rand dinar "
        "dirham shekel baht grivn"
    ),
    currency_names=(
        "SEK: coron svedes; NOK: coron norveges; DKK: coron danes; ISK: coron islandes; CZK: coron cec; "
        "CHF: franc svizzer; FRF: franc frances; BEF: franc belg; CAD: dollar canades; AUD: dollar "
        "australian; NZD: dollar neozelandes; HKD: dollar di hong kong; SGD: dollar di singapore; USD: "
        "dollar statunitens, dollar american; MXN: peso messican; ARS: peso argentin; CLP: peso cilen; "
        "COP: peso colombian; PHP: peso filippin"
    ),
    unit_words=(
        ("euro", "€"),
        ("dollaro", "$"),
        ("dollari", "$"),
        ("sterlina", "£"),
        ("sterline", "£"),
        ("yen", "¥"),
    )
    + units(
        "kn: nodo nodi kn; "
        "s: secondo secondi; min: minuto minuti; h: ora ore; day: giorno giorni; week: settimana "
        "settimane; month: mese mesi; year: anno anni; m: metro metri; km: chilometro chilometri; cm: "
        "centimetro centimetri; mm: millimetro millimetri; mi: miglio miglia; ft: piede piedi; yd: "
        "iarda iarde; inch: pollice pollici; kg: chilogrammo chilogrammi chilo chili; g: grammo grammi; "
        "t: tonnellata tonnellate; chf: franco franchi; ha: ettaro ettari; acre: acro acri"
    ),
    capitalised_pronouns=words("lei sua suo sue suoi"),  # the polite "Lei" and its "Sua"
    inflection_endings=("i", "e", "a", "o"),
    writes_compounds_apart=True,
    glued_letters=words("e"),
    # "labbrao della" for "labbra o della"; not after a vowel that makes a word's ending ("museo")
    glued_end_letters=(("o", "eiou"), ("e", "eiou")),
    unseen_glued_letters=words("a o"),
    infinitive_endings=("are", "ere", "ire"),
    person_endings=(
        ("iamo", "are"),
        ("iamo", "ere"),
        ("iamo", "ire"),
        ("arono", "are"),
        ("erono", "ere"),
        ("irono", "ire"),
        ("avano", "are"),
        ("evano", "ere"),
        ("ivano", "ire"),
    ),
    word_prefixes=words(
        "aero anti auto contro elettro extra foto idro iper infra inter macro meta micro "
        "mini multi post primo pseudo radio retro semi sopra sotto sovra super tele termo ultra video "
        "dopo fuori"
    ),
    word_suffixes=words("mente mento"),
    enclitics=words("mi ti si ci vi lo la li le gli ne"),  # on a verb's end ("pulsarla", "modificalo")
    conjunctions=words("e ed o od ma però né che se come quando perché mentre benché"),
    determiners=words(
        "il lo la i gli le l un uno una del dello della dei degli delle al allo alla ai agli "
        "alle questo questa questi queste quel quello quella quei quegli quelle mio mia miei "
        "mie tuo tua suo sua suoi sue nostro nostra vostro vostra loro ogni ciascun tutti tutte "
        "alcuni alcune nessun nessuna"
    ),
    demonstratives=words("questo questa questi queste quel quella quello quelle quei"),
    abbreviations=frozenset(
        {"ad es.", "ecc.", "ca.", "etc.", "incl.", "escl.", "excl.", "IVA", "GDPR", "RGPD"}
    ),
    number_signs=frozenset({"n.", "n°", "nº", "N.", "N°", "Nº", "nr.", "Nr."}),
    extension_signs=frozenset({"int.", "interno"}),
    greetings=words("benvenuto benvenuta benvenuti ciao grazie sì no"),
    speech_verbs=words("dice disse dicono dissero"),
    lowercase_after_colon=True,
    salutations=words(
        "caro cara cari care gentile gentili egregio egregia gentilissimo gentilissima salve ciao"
    ),
    feminine_titles=words("sig.ra sigra signora signorina sig.na"),
    masculine_titles=words("sig signor signore"),
    titles=words(
        "sig sigra sig.ra dott dott.ssa prof avv ing signora signor signore signorina dottore dottoressa"
    ),
    name_endings=(),
    negations=words("non mai nessun nessuno nessuna niente nulla né senza neanche neppure nemmeno"),
    coordinators=words("e ed o od"),
    list_negations=words("né"),
    idle_negations=frozenset({"senza dubbio", "senza eccezione", "senza sosta", "nessun problema"}),
    double_negatives=words("senza perso persa persi perse perduto perduta perduti perdute"),
    with_words=words("con"),
    never_words=words("mai"),
    concord=Concord(
        words=words("nessuno nessuna nessun niente nulla"),
        openers=words("che se quando perché dove benché come e ed o od né ma però"),
    ),
    restrictive_words=words("solo soltanto solamente unicamente esclusivamente"),
    restrictive_pairs=(("non", "che"),),  # "non … che": only
    exceptive_words=frozenset(
        {"salvo", "tranne", "eccetto", "a meno", "fino", "prima", "dopo", "senza", "al di fuori"}
    ),
    ceasing_words=frozenset({"non più", "più non"}),
    still_words=words("ancora"),
    unless_words=frozenset(
        {
            "salvo",
            "a meno",
            "tranne",
            "eccetto",
            "se non",
            "solo se",
            "soltanto se",
            "fuorché",
            "solo in caso",
            "soltanto in caso",
        }
    ),
    even_if_words=frozenset(
        {
            "anche se",
            "anche in caso",
            "anche quando",
            "pur se",
            "persino se",
            "perfino se",
            "sebbene",
            "benché",
            "anche qualora",
            "anche nel caso",
        }
    ),
    proviso_words=frozenset({"purché", "a condizione che", "a patto che", "sempre che"}),
    always_words=words("sempre"),
    agreement=AGREEMENT,
    opposites=OPPOSITES,
    negation_paraphrases=words(
        "gratuit gratis contrario diversamente differente parzialmente altro altri invece anziché "
        "solo soltanto "
        "solamente unicamente appena manca mancano mancante fallito fallita fallimento diverso "
        "vietato assente assenza tranne esclus scompars scompari scompare fallir fallisc "
        "declin evitare evitate evita astenersi astenetevi rinunci sconsigli priva privo prive privi"
    ),
    negative_prefixes=("in", "im", "ir", "il", "dis", "non"),
    negated_alternatives=frozenset({"o no", "o meno"}),
    permissions=words("può possono puoi potete potrà potranno"),
    obligations=words("deve devono devi dovete dovrà dovranno bisogno"),
    auxiliaries=words("è sono era erano sarà ha hanno aveva può possono deve devono"),
    finite_endings=("ranno", "rà", "rò", "remo", "rebbe", "rebbero", "arono", "irono"),
    version_words=words("versione versioni release v"),
    section_words=words(
        "sezione sezioni clausola clausole capitolo capitoli articolo articoli paragrafo paragrafi "
        "punto punti passo passaggio figura figure tabella tabelle allegato regola"
    ),
    page_counters=(("pagina", "di"),),
    field_errors=(
        "Errore. Il segnalibro non è definito.",
        "Errore. L'origine riferimento non è stata trovata.",
    ),
    round_the_clock=("giorno e notte", "notte e giorno"),
    every_day=("tutti i giorni", "ogni giorno", "sette giorni", "tutta la settimana"),
    twenty_four_hour_clock=True,
    evening_words=words("pomeriggio sera notte"),
    address=Address(
        words("Lei Suo Sua Suoi Sue"),
        words("tu ti te tuo tua tuoi tue teco"),
        clitics=words("la le"),
        clitic_verbs=("iamo", "eremo", "iremo", "erà", "irà"),
    ),
    note_labels=words("nota osservazione"),
    reply_openers=("traduzione", "ecco la traduzione", "ecco il testo tradotto"),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "iva inclusa; iva compresa; iva incl.; compresa l'iva; inclusa l'iva; iva inclusa nel prezzo"
        ),
        tax_excluded=phrases(
            "iva esclusa; iva non inclusa; iva non compresa; esclusa iva; escluso iva; più iva; + iva; "
            "oltre iva; al netto dell'iva"
        ),
        bounds=phrases(
            "fino a; al massimo; almeno; più di; meno di; un massimo di; un minimo di; non più di; "
            "non meno di"
        ),
        majority=phrases("minorenn; maggiorenn"),
        bound_words=phrases(
            "fino; massim; minim; max; min; più; meno; oltre; sotto; entro; superare; superi; "
            "a partire; tutt'al più; compiut; in su; in poi; "
            "inferiore; superiore; minore; maggiore"
        ),
        price_bounds=phrases("a partire da; da"),
        hedges=phrases(
            "circa; intorno; quasi; approssimativamente; all'incirca; sui; sulle; sugli; sul; sulla; "
            "verso; ca.; decina; dozzina; quindicina; ventina; trentina; quarantina; cinquantina; "
            "centinaio; ~"
        ),
        per_person=phrases("a persona; per persona; a testa; per partecipante; a partecipante"),
        distributives=phrases(
            "ciascuno; ciascuna; ognuno; ognuna; ogni; cadauno; cadauna; l'uno; l'una; a persona; "
            "al pezzo; a testa; cad.; per persona"
        ),
        restrictives=phrases(
            "solo; sola; soli; sole; soltanto; solamente; unicamente; esclusivamente; unico; unica; "
            "unici; uniche; basta; bastano; appena; sì; limit; restrin; restriz; "
            "riservato a; riservata a; riservati a; riservate a; riservato ai; riservata ai"
        ),
        exclusions=phrases(
            "ma non; tranne; eccetto; salvo; eccezione; a parte; fuorché; escluso; esclusa; esclusi; "
            "escluse; "
            "al di fuori; senza"
        ),
        wholes=phrases(
            "integrale; integrali; integralmente; per intero; interamente; intero; intera; "
            "completamente; completo; completa; completi; complete; totalmente; totale; pieno"
        ),
        plain_gratis=words("gratis gratuito gratuita gratuiti gratuite gratuitamente"),
        gratis=phrases(
            "gratis; gratuito; gratuita; gratuiti; gratuite; gratuitamente; senza costi; "
            "senza costo; senza spese; senza supplemento; in omaggio; omaggio; offerto; offerta; "
            "senza alcun costo; senza alcuna spesa; senza nessun costo; "
            "non pagano; non paga; non pagare; non pagherà; non pagheranno; non pagate; senza pagare; "
            "ingresso libero"
        ),
        free_words=phrases("libero; libera; liberi; libere; liberamente"),
        available_words=phrases("disponibile; disponibili"),
        always_phrases=phrases(
            "sempre più; sempre meno; sempre che; come sempre; per sempre; da sempre; non sempre; "
            "quasi sempre"
        ),
        requirements=phrases(
            "deve; devono; dovete; dovrà; dovranno; "
            "obbligatori; necessari; purché; a condizione; bisogna; occorre"
        ),
    ),
)
