"""Per-language knowledge as data tables: months, quotes, number formats, closed-class words.

Code asks ``language(code)`` and reads fields; no language appears in an if-chain elsewhere.
An unknown language gets neutral defaults, so every check still runs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LanguageData:
    """What the engine knows about one language."""

    code: str
    name: str
    months: frozenset[str] = frozenset()
    # Quotation marks as (opening, closing) pairs, primary style first.
    quotes: tuple[tuple[str, str], ...] = (("\u201c", "\u201d"), ("\u2018", "\u2019"))
    decimal_mark: str = "."
    group_marks: str = ","
    # Closed-class words (articles, prepositions, conjunctions, pronouns), lowercase.
    function_words: frozenset[str] = frozenset()
    # Words for numbers that a translation may spell out, value by word.
    number_words: tuple[tuple[str, float], ...] = ()
    # Scale words: "million" -> 1e6.
    scale_words: tuple[tuple[str, float], ...] = ()
    # Whether nouns are capitalised (German): inner capitals mean less there.
    capitalises_nouns: bool = False
    # Punctuation preceded by a (narrow) no-break space in this language, e.g. French ":;!?".
    spaced_punctuation: str = ""
    # Ordinals are written "3." (German "am 3. Mai"): a full stop after a number may not end
    # a sentence.
    ordinal_dot: bool = False
    # Letters glued to a digit that make it an ordinal: "3rd", "3e".
    ordinal_suffixes: frozenset[str] = frozenset()
    # Letters glued to a year that make it a decade: "1990s", "90er".
    decade_suffixes: frozenset[str] = frozenset()
    # Marks after an hour that make it afternoon ("3pm", "3 p.m."): 3 may then be 15.
    afternoon_marks: frozenset[str] = frozenset()
    # Words a currency or unit symbol is written as: ("euro", "€").
    unit_words: tuple[tuple[str, str], ...] = ()
    # Closed-class words that are capitalised mid-sentence by rule (German polite "Sie",
    # English "I"): a capital there is no sign of a sentence start.
    capitalised_pronouns: frozenset[str] = frozenset()
    # Words whose doubling is grammatical ("had had", French reflexive "nous nous").
    repeatable_words: frozenset[str] = frozenset()
    # Endings that inflect a word (plural, case, agreement): "Literals" is "Literal" + "s",
    # not "Liter" + "als".
    inflection_endings: tuple[str, ...] = ()
    # Derivations as (ending of the derived word, ending of its base), tried once an
    # inflection ending is stripped: German participles "löschend" <- "löschen", so
    # "löschenden" is a word, not "löschen" + "den".
    derivations: tuple[tuple[str, str], ...] = ()
    # Sentence-final marks as this language writes them, where they differ: (".", "。").
    sentence_marks: tuple[tuple[str, str], ...] = ()
    # Prepositions, and the relative pronouns that may follow one at the start of a clause and
    # then meet an article of the same form (German ", nach der der Zeiger stoppt"): such a
    # doubling is grammatical.
    prepositions: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN = LanguageData(
    code="en",
    name="English",
    months=_words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    quotes=(("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"')),
    decimal_mark=".",
    group_marks=",",
    function_words=_words(
        "a an the and or but nor so yet for of in on at to from by with without about into onto "
        "over under after before since until as than that this these those which who whom whose "
        "what when where while if because although though it its he she they we you i his her "
        "their our your my is are was were be been being has have had do does did not no"
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
        ("twenty", 20),
        ("thirty", 30),
        ("hundred", 100),
        ("dozen", 12),
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
    ordinal_suffixes=_words("st nd rd th"),
    decade_suffixes=_words("s"),
    afternoon_marks=_words("pm p.m."),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dollar", "$"),
        ("dollars", "$"),
        ("pound", "£"),
        ("pounds", "£"),
        ("percent", "%"),
        ("yen", "¥"),
    ),
    capitalised_pronouns=_words("i i'm i've i'll i'd"),
    repeatable_words=_words("had that"),
    inflection_endings=("s", "es", "ed", "ing", "er", "est"),
    derivations=(("ies", "y"), ("ied", "y"), ("ing", "e"), ("ed", "e")),
)

_DE = LanguageData(
    code="de",
    name="German",
    months=_words(
        "januar februar märz april mai juni juli august september oktober november dezember "
        "jänner jan feb mär apr jun jul aug sep sept okt nov dez"
    ),
    quotes=(("\u201e", "\u201c"), ("\u201a", "\u2018"), ("\u00bb", "\u00ab"), ("\u203a", "\u2039")),
    decimal_mark=",",
    group_marks=".\u202f\u00a0 ",
    function_words=_words(
        "der die das den dem des ein eine einer einem einen eines und oder aber doch sondern "
        "denn in im ins an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben "
        "zwischen durch für gegen ohne um bis seit während wegen trotz als wie wenn dass ob weil "
        "da so auch nicht kein keine es er sie wir ihr ich du sich sein seine ihre ihren unser "
        "ist sind war waren wird werden wurde wurden hat haben hatte laut dies diese dieser "
        "dieses jene jener welche welcher welches man noch schon nur"
    ),
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
        ("zwölf", 12),
        ("zwanzig", 20),
        ("dreißig", 30),
        ("hundert", 100),
        ("dutzend", 12),
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
    decade_suffixes=_words("er"),
    unit_words=(
        ("euro", "€"),
        ("dollar", "$"),
        ("us-dollar", "$"),
        ("pfund", "£"),
        ("prozent", "%"),
        ("yen", "¥"),
    ),
    capitalised_pronouns=_words("sie ihr ihre ihrer ihrem ihren ihres ihnen"),
    inflection_endings=("e", "n", "s", "en", "er", "es", "em"),
    derivations=(("end", "en"), ("ernd", "ern"), ("elnd", "eln")),
    prepositions=_words(
        "an auf aus außer bei bis durch für gegen gegenüber hinter in mit nach neben ohne seit "
        "statt trotz über um unter von vor während wegen zu zwischen"
    ),
    relative_pronouns=_words("der die das dem den denen deren dessen"),
)

_FR = LanguageData(
    code="fr",
    name="French",
    months=_words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "janv févr avr juil sept oct nov déc"
    ),
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2039", "\u203a")),
    decimal_mark=",",
    group_marks="\u202f\u00a0 .",
    function_words=_words(
        "le la les l un une des du de d et ou mais donc car ni que qui quoi dont où dans en sur "
        "sous avec sans pour par vers chez entre depuis pendant avant après au aux ce cet cette "
        "ces il elle ils elles nous vous je tu on se sa son ses leur leurs est sont était "
        "ne pas plus selon comme"
    ),
    number_words=(
        ("zéro", 0),
        ("un", 1),
        ("une", 1),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("vingt", 20),
        ("trente", 30),
        ("cent", 100),
        ("douzaine", 12),
    ),
    scale_words=(
        ("mille", 1e3),
        ("million", 1e6),
        ("millions", 1e6),
        ("milliard", 1e9),
        ("milliards", 1e9),
        ("md", 1e9),
    ),
    spaced_punctuation=":;!?",
    repeatable_words=_words("nous vous"),
    ordinal_suffixes=_words("e er re ème eme nd nde"),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dollar", "$"),
        ("dollars", "$"),
        ("livre", "£"),
        ("livres", "£"),
        ("yen", "¥"),
    ),
    inflection_endings=("s", "x", "e", "es"),
    derivations=(("aux", "al"), ("elle", "el"), ("enne", "en")),
)

_ES = LanguageData(
    code="es",
    name="Spanish",
    months=_words(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
        "noviembre diciembre ene feb mar abr jun jul ago sept sep oct nov dic"
    ),
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2018", "\u2019")),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=_words(
        "el la los las lo un una unos unas al del de y e o u pero sino ni que quien quienes "
        "cual cuales cuyo donde cuando como en con sin por para sobre entre hasta desde hacia "
        "contra según durante tras ante bajo se su sus le les me te nos os mi mis tu tus este "
        "esta estos estas ese esa esos esas es son era fue ha han no más muy ya"
    ),
    number_words=(
        ("cero", 0),
        ("uno", 1),
        ("una", 1),
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
        ("veinte", 20),
        ("treinta", 30),
        ("cien", 100),
        ("docena", 12),
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
    ordinal_suffixes=_words("º ª o a er"),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dólar", "$"),
        ("dólares", "$"),
        ("libra", "£"),
        ("libras", "£"),
        ("yen", "¥"),
        ("yenes", "¥"),
    ),
    inflection_endings=("s", "es"),
)

_IT = LanguageData(
    code="it",
    name="Italian",
    months=_words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre genn febbr apr giu lug ago sett ott nov dic"
    ),
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2018", "\u2019")),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=_words(
        "il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei degli "
        "delle al allo alla ai agli alle dal dalla dai dalle nel nello nella nei negli nelle "
        "sul sulla sui sulle e ed o ma però che chi cui dove quando come se si non più "
        "questo questa questi queste quello quella è sono era ha hanno suo sua suoi sue"
    ),
    number_words=(
        ("zero", 0),
        ("uno", 1),
        ("una", 1),
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
        ("venti", 20),
        ("trenta", 30),
        ("cento", 100),
        ("dozzina", 12),
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
    ordinal_suffixes=_words("º ª o a"),
    unit_words=(
        ("euro", "€"),
        ("dollaro", "$"),
        ("dollari", "$"),
        ("sterlina", "£"),
        ("sterline", "£"),
        ("yen", "¥"),
    ),
    capitalised_pronouns=_words("lei"),  # the polite "Lei"
    inflection_endings=("i", "e", "a", "o"),
)

_PT = LanguageData(
    code="pt",
    name="Portuguese",
    months=_words(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro jan fev mar abr jun jul ago set out nov dez"
    ),
    quotes=(("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u2018", "\u2019")),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=_words(
        "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela "
        "pelos pelas para com sem sobre entre até desde contra segundo durante após e ou mas "
        "que quem qual quais cujo onde quando como se seu sua seus suas lhe lhes este esta "
        "isto esse essa isso é são era foi não mais muito já"
    ),
    number_words=(
        ("zero", 0),
        ("um", 1),
        ("uma", 1),
        ("dois", 2),
        ("duas", 2),
        ("três", 3),
        ("quatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("sete", 7),
        ("oito", 8),
        ("nove", 9),
        ("dez", 10),
        ("onze", 11),
        ("doze", 12),
        ("vinte", 20),
        ("trinta", 30),
        ("cem", 100),
        ("dúzia", 12),
    ),
    scale_words=(
        ("mil", 1e3),
        ("milhão", 1e6),
        ("milhões", 1e6),
        ("bilhão", 1e9),  # Brazil; Portugal writes "mil milhões"
        ("bilhões", 1e9),
        ("bi", 1e9),
        ("mi", 1e6),
    ),
    ordinal_suffixes=_words("º ª o a"),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dólar", "$"),
        ("dólares", "$"),
        ("libra", "£"),
        ("libras", "£"),
        ("iene", "¥"),
        ("ienes", "¥"),
        ("real", "R$"),
        ("reais", "R$"),
    ),
    inflection_endings=("s", "es"),
)

_NL = LanguageData(
    code="nl",
    name="Dutch",
    months=_words(
        "januari februari maart april mei juni juli augustus september oktober november "
        "december jan feb mrt apr jun jul aug sep sept okt nov dec"
    ),
    quotes=(("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u201e", "\u201d")),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=_words(
        "de het een en of maar want dus dat die dit deze wie wat waar wanneer hoe in op aan "
        "met zonder voor na naar van uit bij om over onder tussen tot door tegen volgens "
        "tijdens sinds zijn haar hun hij zij ze wij we het is was werd wordt niet geen ook "
        "nog al er"
    ),
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
        ("twaalf", 12),
        ("twintig", 20),
        ("dertig", 30),
        ("honderd", 100),
        ("dozijn", 12),
    ),
    scale_words=(
        ("duizend", 1e3),
        ("miljoen", 1e6),
        ("mln", 1e6),
        ("miljard", 1e9),
        ("mld", 1e9),
        ("biljoen", 1e12),
    ),
    ordinal_suffixes=_words("e de ste"),
    decade_suffixes=_words("er"),
    unit_words=(
        ("euro", "€"),
        ("dollar", "$"),
        ("pond", "£"),
        ("yen", "¥"),
        ("procent", "%"),
    ),
    inflection_endings=("s", "en", "e"),
)

_JA = LanguageData(
    code="ja",
    name="Japanese",
    quotes=(("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u201c", "\u201d")),
    decimal_mark=".",
    group_marks=",",
    function_words=_words("の は が を に へ と で も や から まで より か ね よ"),
    number_words=(
        ("一", 1),
        ("二", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
        ("十", 10),
    ),
    # Written against the number, with no space: "400万" is four million.
    scale_words=(("千", 1e3), ("万", 1e4), ("億", 1e8), ("兆", 1e12)),
    unit_words=(("円", "¥"), ("ドル", "$"), ("ユーロ", "€")),
    sentence_marks=((".", "\u3002"), ("!", "\uff01"), ("?", "\uff1f")),
)

_ZH = LanguageData(
    code="zh",
    name="Chinese",
    quotes=(("\u201c", "\u201d"), ("\u300c", "\u300d"), ("\u2018", "\u2019")),
    decimal_mark=".",
    group_marks=",",
    function_words=_words("的 了 在 是 和 与 或 也 就 都 而 及 从 到 对 把 被"),
    number_words=(
        ("一", 1),
        ("二", 2),
        ("两", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
        ("十", 10),
    ),
    scale_words=(("千", 1e3), ("万", 1e4), ("萬", 1e4), ("亿", 1e8), ("億", 1e8)),
    unit_words=(("元", "¥"), ("美元", "$"), ("欧元", "€")),
    sentence_marks=((".", "\u3002"), ("!", "\uff01"), ("?", "\uff1f")),
)

_RU = LanguageData(
    code="ru",
    name="Russian",
    months=_words(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
    ),
    quotes=(("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("\u201c", "\u201d")),
    decimal_mark=",",
    group_marks="\u00a0\u202f .",
    function_words=_words(
        "и в во не на с со что как по к ко из от до за для о об обо у же бы но а или ли то "
        "это он она оно они мы вы я его её ее их при без над под между через после перед "
        "который которая которое которые так также уже ещё еще"
    ),
    number_words=(
        ("ноль", 0),
        ("один", 1),
        ("одна", 1),
        ("одно", 1),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
        ("шесть", 6),
        ("семь", 7),
        ("восемь", 8),
        ("девять", 9),
        ("десять", 10),
        ("одиннадцать", 11),
        ("двенадцать", 12),
        ("двадцать", 20),
        ("тридцать", 30),
        ("сто", 100),
        ("дюжина", 12),
    ),
    # Scale words in the forms numbers take ("2 миллиона", "5 миллионов").
    scale_words=(
        ("тыс", 1e3),
        ("тысяча", 1e3),
        ("тысячи", 1e3),
        ("тысяч", 1e3),
        ("млн", 1e6),
        ("миллион", 1e6),
        ("миллиона", 1e6),
        ("миллионов", 1e6),
        ("млрд", 1e9),
        ("миллиард", 1e9),
        ("миллиарда", 1e9),
        ("миллиардов", 1e9),
        ("трлн", 1e12),
        ("триллион", 1e12),
        ("триллиона", 1e12),
        ("триллионов", 1e12),
    ),
    unit_words=(
        ("евро", "€"),
        ("доллар", "$"),
        ("доллара", "$"),
        ("долларов", "$"),
        ("рубль", "₽"),
        ("рубля", "₽"),
        ("рублей", "₽"),
        ("процент", "%"),
        ("процента", "%"),
        ("процентов", "%"),
    ),
    inflection_endings=("а", "ы", "и", "ов", "ев", "ам", "ах", "ой", "ей", "ом", "у", "ю", "е"),
)

_TABLE = {data.code: data for data in (_EN, _DE, _FR, _ES, _IT, _PT, _NL, _RU, _JA, _ZH)}


def language(code: str) -> LanguageData:
    """The data for an ISO 639-1 code ("de", "de-AT" -> "de"); neutral defaults if unknown."""
    base = code.lower().replace("_", "-").split("-")[0]
    return _TABLE.get(base) or LanguageData(code=base, name=base)


def known_languages() -> tuple[str, ...]:
    return tuple(sorted(_TABLE))
