"""Spanish: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.concord_data import Concord
from editor.core.langdata import LanguageData
from editor.core.languages._text import in_order, phrases, units, words
from editor.core.languages.es_agreement import AGREEMENT
from editor.core.languages.es_opposites import OPPOSITES
from editor.core.name_data import NameForms
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="es",
    names=NameForms(
        street_openers=words("calle avenida plaza paseo camino"),
        adjective_suffixes=("an", "és", "es", "ens", "in", "ic", "ol", "í"),
    ),
    name="Spanish",
    clock_names=(("medianoche", 0), ("mediodía", 12)),
    unit_fractions=(("medio _", 0.5), ("cuarto de _", 0.25), ("tres cuartos de _", 0.75), ("_ y medio", 1.5)),
    fraction_units=(("litro", "l"), ("kilo", "kg"), ("kilogramo", "kg"), ("kilómetro", "km"), ("metro", "m")),
    time_spans=(
        ("media hora", 30),
        ("cuarto de hora", 15),
        ("tres cuartos de hora", 45),
        ("hora y media", 90),
    ),
    range_words=words("a y o e"),
    or_words=words("o u"),
    compass_letters=(("N", "n"), ("S", "s"), ("E", "e"), ("O", "w"), ("W", "w")),
    clock_words=words("h horas"),
    clock_articles=words("las"),
    negative_words=frozenset({"menos", "bajo cero", "negativ"}),
    months=words(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
        "noviembre diciembre ene feb mar abr jun jul ago sept sep oct nov dic"
    ),
    calendar=in_order(
        "enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre setiembre; octubre; "
        "noviembre; diciembre"
    ),
    workday_words=phrases("días laborables; entre semana; días hábiles"),
    weekdays=in_order("lunes; martes; miércoles; jueves; viernes; sábado; domingo"),
    digit_dates="dmy",
    marks_after_quote=True,
    clause_dash="\u2014",
    spaces_units=True,
    currency_after=True,
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2018", "\u2019")),
    sentence_words=words("no bien sobre entre contra mar auto extra super mini micro mega mono ex"),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=words(
        "el la los las lo un una unos unas al del de y e o u pero sino ni que quien quienes "
        "cual cuales cuyo cuya cuyos cuyas donde cuando como en con sin por para sobre entre "
        "hasta desde hacia "
        "contra según durante tras ante bajo se su sus le les me te nos os mi mis tu tus este "
        "esta estos estas ese esa esos esas es son era fue ha han no más muy ya a"
    ),
    number_joiners=words("y"),
    number_words=(
        ("cero", 0),
        ("uno", 1),
        ("una", 1),
        ("un", 1),
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
        ("diez", 10),
        ("once", 11),
        ("doce", 12),
        ("trece", 13),
        ("catorce", 14),
        ("quince", 15),
        ("dieciséis", 16),
        ("diecisiete", 17),
        ("dieciocho", 18),
        ("diecinueve", 19),
        ("veinte", 20),
        ("treinta", 30),
        ("cuarenta", 40),
        ("cincuenta", 50),
        ("sesenta", 60),
        ("setenta", 70),
        ("ochenta", 80),
        ("noventa", 90),
        ("cien", 100),
        ("docena", 12),
        # ordinals, which a translation may write for a numbered item ("week 5": "la quinta semana")
        ("tercero", 3),
        ("tercera", 3),
        ("tercer", 3),
        ("cuarto", 4),
        ("cuarta", 4),
        ("quinto", 5),
        ("quinta", 5),
        ("sexto", 6),
        ("sexta", 6),
        ("séptimo", 7),
        ("séptima", 7),
        ("octavo", 8),
        ("octava", 8),
        ("noveno", 9),
        ("novena", 9),
        ("décimo", 10),
        ("décima", 10),
        ("undécimo", 11),
        ("undécima", 11),
        ("duodécimo", 12),
        ("duodécima", 12),
    ),
    scale_words=(
        ("mil", 1e3),
        ("millón", 1e6),
        ("millones", 1e6),
        ("millardo", 1e9),
        ("millardos", 1e9),
        ("billón", 1e12),  # the long scale: a million millions
        ("billones", 1e12),
    ),
    # (and Latin America's: "1ro", "2do", "4to", "7mo", "8vo", "9no", "3ra")
    ordinal_suffixes=words("º ª o a er ro ra do da to ta vo va no na mo ma"),
    bounds=(
        ("al menos", "como máximo"),
        ("como mínimo", "como máximo"),
        ("por lo menos", "a lo sumo"),
        ("no menos de", "no más de"),
        ("un mínimo de", "un máximo de"),
        ("mínimo", "máximo"),
        ("mín.", "máx."),
        ("más de", "menos de"),
        ("por encima de", "por debajo de"),
        ("superior", "inferior"),
        ("superiores", "inferiores"),
        ("no inferior", "no superior"),  # "no inferior a 5 °C": at least
        ("no inferiores", "no superiores"),
        ("mayores de", "menores de"),  # of an age: "mayores de 65", "over 65"
        ("mayor de", "menor de"),
    ),
    reach_bounds=(
        ("al menos", "hasta"),
        ("a partir de", "como máximo"),
    ),
    directions=(
        ("más", "menos"),
        ("mayor", "menor"),
        ("superior", "inferior"),
        ("aumento", "disminución"),
        ("aumento", "reducción"),
        ("aumento", "descenso"),
        ("aumento", "caída"),
        ("subida", "bajada"),
        ("alza", "baja"),
        ("aumentó", "disminuyó"),
        ("subió", "bajó"),
        ("creció", "cayó"),
        ("por encima", "por debajo"),
    ),
    deadlines=(
        ("como muy pronto", "como muy tarde"),
        ("no antes de", "a más tardar"),
    ),
    frequencies=(
        ("al menos cada", "como máximo cada"),
        ("al menos una vez cada", "como máximo una vez cada"),
    ),
    date_spans=(
        ("a partir del", "hasta el"),
        ("desde el", "hasta el"),
        ("a partir de", "hasta"),
        ("desde", "hasta"),
    ),
    comparative_words=words("más menos"),
    rate_periods=in_order("hora; día noche; semana; mes; año"),
    rate_markers=words("por al cada"),
    rate_adverbs=in_order("; ; semanal; mensual; anual"),
    times_words=words("vez veces"),
    point_words=("punto", "pp", "p. p."),
    minor_currency_words=words("céntimo centavo penique cent cents"),
    working_days=(
        ("día", "dias"),
        ("días hábil", "día hábil", "días laborabl", "día laborabl", "dias hábil"),
    ),
    percent_words=("por ciento", "porcentaje", "porcentual"),
    abbreviation_expansions=(("p. ej.", "por ejemplo"), ("por ej.", "por ejemplo"), ("etc.", "etcétera")),
    article_contractions=units("a: al; de: del"),
    contraction_adverbs=phrases("al menos; al máximo; al mínimo; al igual"),
    percent_sign="\u00a0%",
    currency_words=words(
        "euro dólar dolar libra esterlina yen yenes franco céntimo centavo penique corona rublo "
        "rupia yuan renminbi peso real reales esloti zloty złoty forinto forint lira leu lei won "
        "rand dinar dírham shéquel séquel baht grivna"
    ),
    currency_names=(
        "SEK: corona sueca; NOK: corona noruega; DKK: corona danesa; ISK: corona islandesa; CZK: corona "
        "checa; CHF: franco suizo; FRF: franco francés, franco frances; BEF: franco belga; CAD: dólar "
        "canadiense; AUD: dólar australiano; NZD: dólar neozelandés, dólar neozelandes; HKD: dólar de "
        "hong kong, dólar hongkonés, dólar hongkones; SGD: dólar de singapur, dólar singapurense; USD: "
        "dólar estadounidense, dólar americano; MXN: peso mexicano; ARS: peso argentino; CLP: peso "
        "chileno; COP: peso colombiano; PHP: peso filipino"
    ),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dólar", "$"),
        ("dólares", "$"),
        ("libra", "£"),
        ("libras", "£"),
        ("yen", "¥"),
        ("yenes", "¥"),
    )
    + units(
        "kn: nudo nudos kn; "
        "s: segundo segundos; min: minuto minutos; h: hora horas; day: día días; week: semana semanas; "
        "month: mes meses; year: año años; m: metro metros; km: kilómetro kilómetros; cm: centímetro "
        "centímetros; mm: milímetro milímetros; mi: milla millas; ft: pie pies; yd: yarda yardas; inch: "
        "pulgada pulgadas; kg: kilogramo kilogramos kilo kilos; g: gramo gramos; t: tonelada toneladas; "
        "chf: franco francos; ha: hectárea hectáreas; acre: acre acres"
    ),
    plural_endings=("s",),
    inflection_endings=("s", "es"),
    writes_compounds_apart=True,
    glued_letters=words("y"),
    # "mesasy sillas", "fotoy" for "mesas y sillas" (a word that ends so, "convoy", is listed)
    glued_end_letters=(("y", ""), ("o", "aeiou")),
    unseen_glued_letters=words("a o"),
    infinitive_endings=("ar", "er", "ir"),
    person_endings=(
        ("amos", "ar"),
        ("emos", "er"),
        ("imos", "ir"),
        ("aron", "ar"),
        ("ieron", "er"),
        ("ieron", "ir"),
        ("aban", "ar"),
        ("ían", "er"),
        ("ían", "ir"),
    ),
    word_prefixes=words(
        "aero anti auto contra electro entre extra foto hidro hiper infra inter macro meta "
        "micro mini multi post primo pseudo radio retro semi sobre super tele termo ultra video"
    ),
    word_suffixes=words("mente"),
    derivations=(("que", "car"),),  # the subjunctive of a verb in -car ("calque"), not "cal que"
    # Pronouns written onto the end of a verb ("pulsarla", "modificalo").
    enclitics=words("me te se nos os lo la los las le les"),
    enclitic_hosts=(("ar", "er", "ir", "ndo"), words("se me nos")),
    conjunctions=words("y e o u pero sino ni que si como cuando porque aunque mientras pues"),
    determiners=words(
        "el la los las lo un una unos unas del al este esta estos estas ese esa esos esas aquel "
        "aquella aquellos aquellas mi mis tu tus su sus nuestro nuestra nuestros nuestras cada "
        "todo toda todos todas varios varias algunos algunas ningún ninguna cualquier"
    ),
    demonstratives=words("este esta estos estas ese esa esos esas aquel aquella aquellos aquellas"),
    # ("hrs" after a time as the Americas write it, "18:00 hrs")
    abbreviations=frozenset({"p. ej.", "aprox.", "etc.", "incl.", "excl.", "IVA", "RGPD", "hrs"}),
    # (Latin America writes "No." too: "Ley No. 5")
    number_abbreviation="º",
    number_signs=frozenset(
        {"n.º", "nº", "n.°", "n°", "N.º", "Nº", "N.°", "N°", "núm.", "Núm.", "No.", "no."}
    ),
    extension_signs=frozenset({"ext.", "Ext.", "extensión", "int."}),
    greetings=words("bienvenido bienvenida bienvenidos hola gracias sí no"),
    speech_verbs=words("dice dijo dicen dijeron"),
    lowercase_after_colon=True,
    salutations=words("querido querida queridos queridas estimado estimada estimados estimadas hola"),
    salutation_mark=":",
    feminine_titles=words("sra srta señora señorita doña dña"),
    masculine_titles=words("sr señor don"),
    titles=words("sr sra srta d dña don doña dr dra señora señor señorita"),
    name_endings=(),
    negations=words("no nunca jamás ningún ninguno ninguna nada nadie ni sin tampoco"),
    coordinators=words("y e o u"),
    opening_marks=(("?", "¿"), ("!", "¡")),
    list_negations=words("ni"),
    idle_negations=frozenset({"sin embargo", "sin duda", "sin excepción", "sin falta", "ningún problema"}),
    double_negatives=words("sin perdido perdida perdidos perdidas"),
    with_words=words("con"),
    never_words=words("nunca jamás"),
    concord=Concord(
        words=words("nadie nada ningún ninguno ninguna"),
        openers=words("que si cuando porque donde aunque como y e o u ni pero sino"),
    ),
    restrictive_words=words("solo sólo solamente únicamente exclusivamente"),
    exceptive_words=frozenset(
        {"salvo", "excepto", "a menos", "a no ser", "hasta", "antes", "después", "sin", "fuera de"}
    ),
    ceasing_words=frozenset({"ya no", "no más", "dejará de", "dejan de", "deja de", "dejó de", "dejaron de"}),
    still_words=words("todavía aún"),
    unless_words=frozenset(
        {
            "salvo",
            "a menos",
            "excepto",
            "a no ser",
            "solo si",
            "sólo si",
            "únicamente si",
            "solo en caso",
            "sólo en caso",
            "únicamente en caso",
        }
    ),
    even_if_words=frozenset(
        {
            "incluso si",
            "aun si",
            "aunque",
            "incluso en caso",
            "aun cuando",
            "incluso cuando",
            "aun en caso",
            "incluso aunque",
            "incluso en el caso",
        }
    ),
    proviso_words=frozenset({"siempre que", "siempre y cuando", "con tal de que", "a condición de que"}),
    always_words=words("siempre"),
    agreement=AGREEMENT,
    opposites=OPPOSITES,
    negation_paraphrases=words(
        "gratuit gratis contrario diferente distinto ausente ausencia parcialmente otro otra otros lugar "
        "vez solo sólo dispens excluid aparte "
        "únicamente apenas fracas falta faltan faltante fallo falló fallido prohibid salvo excepto "
        "declin evite eviten evitar absténgase abstenerse renunci desaconsej"
    ),
    negative_prefixes=("in", "im", "des", "no"),
    negated_alternatives=frozenset({"o no"}),
    permissions=words("puede pueden puedes podrá podrán podéis"),
    obligations=words("debe deben debes deberá deberán necesita necesitan")
    | frozenset({"tiene que", "tienen que", "tienes que", "hay que"}),
    auxiliaries=words("es son era eran será está están ha han había puede pueden debe deben hay"),
    finite_endings=("rán", "rás", "rá", "ré", "remos", "ría", "rían", "rías", "ríamos", "aron", "ieron"),
    version_words=words("versión versiones v"),
    section_words=words(
        "sección secciones cláusula cláusulas capítulo capítulos artículo artículos apartado "
        "apartados párrafo punto puntos paso pasos figura figuras tabla tablas anexo regla"
    ),
    page_counters=(("página", "de"),),
    field_errors=(
        "¡Error! Marcador no definido.",
        "¡Error! No se encuentra el origen de la referencia.",
    ),
    question_words=words("si cómo qué cuál cuándo dónde quién"),
    round_the_clock=("día y noche", "noche y día"),
    every_day=("todos los días", "a diario", "diariamente", "cada día", "siete días", "toda la semana"),
    twenty_four_hour_clock=True,
    evening_words=words("tarde noche"),
    address=Address(
        words("usted"),
        words("tú ti te tu tus contigo vosotros vosotras os vuestro vuestra vuestros vuestras"),
    ),
    note_labels=words("nota observación aclaración"),
    reply_openers=(
        "traducción",
        "aquí está la traducción",
        "aquí tienes la traducción",
        "aquí tiene la traducción",
        "aquí está el texto traducido",
    ),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "iva incluido; iva incluida; iva incl.; incluido el iva; incluido iva; con iva; "
            "impuestos incluidos"
        ),
        tax_excluded=phrases(
            "iva excluido; iva no incluido; sin iva; más iva; + iva; excluido el iva; impuestos no incluidos"
        ),
        bounds=phrases(
            "hasta; como máximo; como mínimo; al menos; por lo menos; más de; menos de; un máximo de; "
            "un mínimo de; no más de; no menos de"
        ),
        majority=phrases("menores de edad; menor de edad; mayores de edad; mayor de edad"),
        bound_words=phrases(
            "máxim; mínim; máx; mín; max; min; más; menos; a lo sumo; como mucho; cuando mucho; "
            "superar; supere; excede; exceder; a partir; desde; dentro; cumplidos; en adelante; "
            "menor; mayor; inferior; superior; debajo; encima"
        ),
        price_bounds=phrases("desde; a partir de"),
        hedges=phrases(
            "unos; unas; aproximadamente; alrededor; cerca; casi; en torno; aprox.; aprox; hacia; "
            "sobre; rondan; ronda; del orden; poco más; poco menos; ~"
        ),
        per_person=phrases("por persona; por cabeza; por participante"),
        distributives=phrases(
            "cada; cada uno; cada una; unidad; c/u; por persona; por cabeza; por unidad; por adulto"
        ),
        restrictives=phrases(
            "solo; sólo; solamente; únicamente; exclusivamente; única; único; únicas; únicos; apenas; "
            "basta; bastan; tan solo; sino; no más; limit; restring; restric; sola; solos; solas; "
            "reservado a; reservada a; reservados a; reservadas a; reservado para; reservada para"
        ),
        exclusions=phrases("pero no; excepto; salvo; menos; excepción; aparte; fuera de; exceptuando; sin"),
        wholes=phrases(
            "íntegro; íntegra; íntegramente; integral; integralmente; totalidad; completo; completa; "
            "completamente; por completo; entero; entera; totalmente; total"
        ),
        plain_gratis=words("gratis gratuito gratuita gratuitos gratuitas gratuitamente"),
        gratis=phrases(
            "gratis; gratuito; gratuita; gratuitos; gratuitas; gratuitamente; sin coste; sin costo; "
            "sin cargo; sin cargos; sin recargo; de regalo; "
            "sin ningún coste; sin ningún costo; sin coste alguno; sin costo alguno; sin ningún cargo; "
            "no pagan; no paga; no pagar; no pagará; no pagarán; no pagáis; sin pagar; entrada libre"
        ),
        free_words=phrases("libre; libres; libremente"),
        available_words=phrases("disponible; disponibles"),
        always_phrases=phrases(
            "siempre que; como siempre; para siempre; siempre y cuando; desde siempre; no siempre; "
            "casi siempre"
        ),
        requirements=phrases(
            "debe; deben; debes; deberá; deberán; obligatori; necesari; "
            "imprescindible; siempre que; siempre y cuando; hay que; tiene que; tienen que; requisito"
        ),
    ),
)
