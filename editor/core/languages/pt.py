"""Portuguese: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.agreement_data import Agreement
from editor.core.concord_data import Concord
from editor.core.langdata import LanguageData
from editor.core.languages._text import before_each, gendered, in_order, phrases, units, words
from editor.core.languages.pt_opposites import OPPOSITES
from editor.core.name_data import NameForms
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="pt",
    names=NameForms(
        street_openers=words("rua avenida praça travessa estrada"),
        adjective_suffixes=("an", "ês", "es", "ens", "in", "ic"),
    ),
    name="Portuguese",
    clock_names=(("meia-noite", 0), ("meio-dia", 12)),
    unit_fractions=(("meio _", 0.5), ("quarto de _", 0.25), ("três quartos de _", 0.75), ("_ e meio", 1.5)),
    fraction_units=(
        ("litro", "l"),
        ("quilo", "kg"),
        ("quilograma", "kg"),
        ("quilómetro", "km"),
        ("quilômetro", "km"),
        ("metro", "m"),
    ),
    time_spans=(
        ("meia hora", 30),
        ("meia-hora", 30),
        ("quarto de hora", 15),
        ("três quartos de hora", 45),
        ("hora e meia", 90),
    ),
    range_words=words("a e ou"),
    or_words=words("ou"),
    compass_letters=(("N", "n"), ("S", "s"), ("L", "e"), ("E", "e"), ("O", "w"), ("W", "w")),
    clock_words=words("h horas"),
    clock_articles=words("às as"),
    hour_range_accent=(words("das de desde"), "as", "às"),
    negative_words=frozenset({"menos", "abaixo de zero", "negativ"}),
    months=words(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro jan fev mar abr jun jul ago set out nov dez"
    ),
    calendar=in_order(
        "janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro"
    ),
    workday_words=phrases("dias úteis; dias de semana"),
    weekdays=in_order(
        "segunda-feira segunda; terça-feira terça; quarta-feira quarta; quinta-feira quinta; "
        "sexta-feira sexta; sábado; domingo"
    ),
    digit_dates="dmy",
    marks_after_quote=True,
    clause_dash="\u2014",
    spaces_units=True,
    currency_after=True,
    quotes=(("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u2018", "\u2019")),
    sentence_words=words("vi ex"),
    decimal_mark=",",
    group_marks=".\u00a0\u202f ",
    function_words=words(
        "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela "
        "pelos pelas para com sem sobre entre até desde contra segundo durante após fora e ou mas "
        "que quem qual quais cujo cuja cujos cujas onde quando como se seu sua seus suas lhe lhes este esta "
        "isto esse essa isso é são era foi não mais muito já"
    ),
    number_joiners=words("e"),
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
        ("treze", 13),
        ("catorze", 14),
        ("quatorze", 14),
        ("quinze", 15),
        ("dezesseis", 16),
        ("dezasseis", 16),
        ("dezessete", 17),
        ("dezassete", 17),
        ("dezoito", 18),
        ("dezenove", 19),
        ("dezanove", 19),
        ("vinte", 20),
        ("trinta", 30),
        ("quarenta", 40),
        ("cinquenta", 50),
        ("sessenta", 60),
        ("setenta", 70),
        ("oitenta", 80),
        ("noventa", 90),
        ("cem", 100),
        ("dúzia", 12),
        # ordinals (not "quarta", "quinta", "sexta": also weekdays)
        ("terceiro", 3),
        ("terceira", 3),
        ("quarto", 4),
        ("quinto", 5),
        ("sexto", 6),
        ("sétimo", 7),
        ("sétima", 7),
        ("oitavo", 8),
        ("oitava", 8),
        ("nono", 9),
        ("nona", 9),
        ("décimo", 10),
        ("décima", 10),
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
    ordinal_suffixes=words("º ª o a"),
    bounds=(
        ("pelo menos", "no máximo"),
        ("no mínimo", "no máximo"),
        ("não menos de", "não mais de"),
        ("um mínimo de", "um máximo de"),
        ("mínimo", "máximo"),
        ("mín.", "máx."),
        ("mais de", "menos de"),
        ("acima de", "abaixo de"),
        ("superior", "inferior"),
        ("superiores", "inferiores"),
        ("não inferior", "não superior"),  # "não inferior a 5 °C": at least
        ("não inferiores", "não superiores"),
        ("maiores de", "menores de"),  # of an age: "maiores de 65", "over 65"
        ("maior de", "menor de"),
    ),
    reach_bounds=(
        ("pelo menos", "até"),
        ("a partir de", "no máximo"),
    ),
    directions=(
        ("mais", "menos"),
        ("maior", "menor"),
        ("superior", "inferior"),
        ("aumento", "diminuição"),
        ("aumento", "redução"),
        ("aumento", "queda"),
        ("subida", "descida"),
        ("crescimento", "queda"),
        ("aumentou", "diminuiu"),
        ("subiu", "desceu"),
        ("subiu", "caiu"),
        ("cresceu", "caiu"),
        ("acima", "abaixo"),
    ),
    deadlines=(
        ("não antes de", "não depois de"),
        ("o mais cedo", "o mais tardar"),
    ),
    frequencies=(
        ("pelo menos a cada", "no máximo a cada"),
        ("pelo menos uma vez a cada", "no máximo uma vez a cada"),
    ),
    date_spans=(
        ("a partir de", "até"),
        ("desde", "até"),
        ("a partir das", "até"),  # of a clock time: "a partir das 16h00"
    ),
    comparative_words=words("mais menos"),
    rate_periods=in_order("hora; dia noite; semana; mês; ano"),
    rate_markers=frozenset({"por", "ao", "à", "a cada", "cada"}),
    rate_adverbs=in_order("; diário diária; semanal semanais; mensal mensais; anual anuais"),
    times_words=words("vez vezes"),
    point_words=("ponto", "p.p.", "pp"),
    minor_currency_words=words("cêntimo centavo cent pence penny pêni"),
    working_days=(("dia",), ("dias úteis", "dia útil", "dias uteis", "dia util")),
    percent_words=("por cento", "porcentagem", "percentagem", "percentual", "percentuais"),
    abbreviation_expansions=(
        ("p. ex.", "por exemplo"),
        ("ex.", "exemplo"),
        ("etc.", "et cetera"),
        ("i. e.", "isto é"),
    ),
    article_contractions=units(
        "em: no na nas; de: do da dos das; a: ao aos à às; por: pelo pela pelos pelas"
    ),
    contraction_adverbs=phrases("pelo menos; ao menos; no máximo; no mínimo; ao todo; no total"),
    percent_sign="%",
    currency_words=words(
        "euro dólar dolar libra esterlina iene ienes yen franco cêntimo centavo pêni coroa rublo "
        "rupia yuan iuane renminbi peso real reais zloty złoty florim forint lira leu lei won "
        "rand dinar dirham shekel baht grívnia"
    ),
    currency_names=(
        "SEK: coroa suec; NOK: coroa norueguesa; DKK: coroa dinamarquesa; ISK: coroa islandesa; CZK: "
        "coroa checa, coroa tcheca; CHF: franco suíç, franco suic; FRF: franco francês, franco frances; "
        "BEF: franco belga; CAD: dólar canadense, dólar canadiano; AUD: dólar australiano; NZD: dólar "
        "neozelandês, dólar neozelandes; HKD: dólar de hong kong; SGD: dólar de singapura; USD: dólar "
        "americano, dólar norte-americano, dólar estadunidense; MXN: peso mexicano; ARS: peso argentino; "
        "CLP: peso chileno; COP: peso colombiano; PHP: peso filipino"
    ),
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
    )
    + units(
        "kn: nó nós kn; "
        "s: segundo segundos; min: minuto minutos; h: hora horas; day: dia dias; week: semana semanas; "
        "month: mês meses; year: ano anos; m: metro metros; km: quilômetro quilômetros quilómetro "
        "quilómetros; cm: centímetro centímetros; mm: milímetro milímetros; mi: milha milhas; ft: pé "
        "pés; yd: jarda jardas; inch: polegada polegadas; kg: quilograma quilogramas quilo quilos; g: "
        "grama gramas; t: tonelada toneladas; chf: franco francos; ha: hectare hectares; acre: acre acres"
    ),
    plural_endings=("s",),
    inflection_endings=("s", "es"),
    writes_compounds_apart=True,
    infinitive_endings=("ar", "er", "ir"),
    person_endings=(
        ("amos", "ar"),
        ("emos", "er"),
        ("imos", "ir"),
        ("aram", "ar"),
        ("eram", "er"),
        ("iram", "ir"),
        ("avam", "ar"),
        ("iam", "er"),
        ("iam", "ir"),
    ),
    unseen_glued_letters=words("a e o"),
    word_prefixes=words(
        "aero anti auto contra eletro entre extra foto hidro hiper infra inter macro meta "
        "micro mini multi primo pseudo radio retro semi sobre super tele termo ultra vídeo"
    ),
    word_suffixes=words("mente"),
    # Participles and the personal infinitive, which end like "do", "da", "em": "pausada" is
    # "pausar" as a participle, "corresponderem" is "corresponder", not "pausa da".
    derivations=(
        ("que", "car"),  # the subjunctive of a verb in -car ("calque" <- "calcar"), not "cal que"
        ("ado", "ar"),
        ("ada", "ar"),
        ("ido", "er"),
        ("ida", "er"),
        ("ido", "ir"),
        ("ida", "ir"),
        ("rem", "r"),
    ),
    conjunctions=words("e ou mas nem que se como quando porque embora enquanto pois"),
    # "if" before the reflexive or impersonal pronoun of its form ("se se esquecer da senha")
    repeatable_words=words("se"),
    determiners=words(
        "o a os as um uma uns umas do da dos das no na nos nas ao à aos às este esta estes "
        "estas esse essa esses essas aquele aquela meu minha seu sua seus suas nosso nossa cada "
        "todo toda todos todas alguns algumas nenhum nenhuma"
    ),
    demonstratives=words("este esta estes estas esse essa esses essas aquele aquela aqueles aquelas"),
    # ("hrs" after a time as the Americas write it, "18:00 hrs")
    abbreviations=frozenset({"p. ex.", "ex.", "aprox.", "etc.", "incl.", "excl.", "IVA", "RGPD", "hrs"}),
    number_abbreviation="º",
    number_signs=frozenset({"n.º", "nº", "n.°", "n°", "N.º", "Nº", "N.°", "N°"}),
    extension_signs=frozenset({"ramal", "ext.", "Ext."}),
    greetings=words("bem-vindo bem-vinda olá obrigado obrigada sim não"),
    speech_verbs=words("diz disse dizem disseram"),
    lowercase_after_colon=True,
    salutations=words("caro cara caros caras prezado prezada prezados prezadas olá oi querido querida"),
    feminine_titles=words("sra srta senhora dona"),
    masculine_titles=words("sr senhor"),
    titles=words("sr sra srta dr dra prof senhora senhor dona"),
    name_endings=(),
    negations=words("não nunca jamais nenhum nenhuma nada ninguém nem sem tampouco"),
    coordinators=words("e ou"),
    list_negations=words("nem"),
    idle_negations=frozenset({"sem dúvida", "sem exceção", "sem problema", "nenhum problema"}),
    double_negatives=words("sem perdido perdida perdidos perdidas"),
    with_words=words("com"),
    never_words=words("nunca jamais"),
    concord=Concord(
        words=words("ninguém nada nenhum nenhuma"),
        openers=words("que se quando porque onde embora como e ou nem mas porém"),
    ),
    restrictive_words=words("só somente apenas unicamente exclusivamente"),
    exceptive_words=frozenset(
        {"salvo", "exceto", "a menos", "a não ser", "até", "antes", "depois", "sem", "fora de"}
    ),
    ceasing_words=frozenset(
        {"já não", "não mais", "deixa de", "deixará de", "deixam de", "deixou de", "deixaram de"}
    ),
    still_words=words("ainda"),
    unless_words=frozenset(
        {
            "salvo",
            "a menos",
            "exceto",
            "a não ser",
            "só se",
            "apenas se",
            "somente se",
            "só em caso",
            "apenas em caso",
            "somente em caso",
        }
    ),
    even_if_words=frozenset(
        {"mesmo que", "mesmo se", "mesmo em caso", "mesmo quando", "ainda que", "mesmo no caso", "embora"}
    ),
    proviso_words=frozenset({"desde que", "contanto que", "com a condição de", "sob a condição de"}),
    always_words=words("sempre"),
    agreement=Agreement(
        gendered_words=gendered(
            "primeiro primeira primeiros primeiras; segundo segunda segundos segundas; "
            "terceiro terceira terceiros terceiras; último última últimos últimas; "
            "próximo próxima próximos próximas; mesmo mesma mesmos mesmas"
        ),
        partitives=(("nenhum", "nenhuma"), ("algum", "alguma")),
        of_plurals=(words("dos"), words("das")),
        all_forms=("todo", "toda", "todos", "todas"),
        subjects=(
            (words("o um este esse aquele nosso"), words("a uma esta essa aquela nossa")),
            (words("os uns estes esses aqueles nossos"), words("as umas estas essas aquelas nossas")),
        ),
        copulas=(
            words("é está era será foi fica parece estava seria")
            | frozenset({"deve ser", "pode ser", "deverá ser", "poderá ser", "tem de ser"})
            | frozenset({"deve estar", "pode estar", "deverá estar", "poderá estar", "tem de estar"}),
            words("são estão eram serão foram ficam parecem estavam seriam")
            | frozenset({"devem ser", "podem ser", "deverão ser", "poderão ser", "têm de ser"})
            | frozenset({"devem estar", "podem estar", "deverão estar", "poderão estar", "têm de estar"}),
        ),
        depictives=words("sozinho sozinhos sozinha sozinhas só sós juntos juntas mesmo mesmos"),
        preposition_phrases=before_each("junto", "-", "a à ao aos às de da do das dos com"),
        possessives=words("nosso nossa nossos nossas vosso vossa vossos vossas"),
        adverb_ending="mente",
        predicate_adverbs=words("não muito bem sempre também ainda já demasiado pouco tão mais menos mesmo"),
        predicate_endings=(("o", "a"), ("os", "as")),
        participle_stems=("ad", "id"),
        of_words=words("de do da dos das"),
        neutral_determiners=words("cada qualquer"),
        feminine_titles=(("or", "ora"), ("o", "a"), ("ês", "esa")),
        masculine_articles=words("o um do no ao pelo dum num"),
        masculine_possessives=words("nosso vosso seu meu teu"),
        women_ending="a",
        men_in_women_ending=words("luca sasha nikita ilya joshua"),
        participle_endings=("adas", "idas"),
        plural_participles=("ados", "idos", "adas", "idas"),
        impersonals=words("se"),
        singular_verbs=words(
            "deve pode tem precisa costuma vai custa inclui oferece dura começa termina abre fecha "
            "paga recebe"
        ),
        clitics=words("o a os as"),
        hyphen_clitics=words("se lhe lhes me te nos vos o a os as lo la los las no na nas"),
        both_genders=words("capital cura rádio grama moral cabeça guia"),
        feminine=words(
            "uma umas da das na nas pela pelas numa duma desta destas dessa dessas "
            "nossa nossas minha minhas outra outras essa essas aquela aquelas"
        ),
        masculine=words(
            "um uns do dos ao aos pelo pelos num dum deste destes desse desses este estes esse esses "
            "aquele aqueles seu seus meu meus nosso nossos outro outros"
        ),
        masculine_endings=("o", "os"),
        feminine_endings=("ção", "ções", "dade", "dades", "tude", "tudes"),
        not_masculine=("ão", "ãos"),
        open_feminine=("a",),
        verb_plurals=(("a", "am"), ("e", "em"), ("á", "ão")),
        not_feminine=("ma", "ta", "ista", "cida", "iatra", "dia"),
        exceptions=words(
            "foto fotos moto motos tribo tribos libido macro macros auto "
            "dia mapa papa guia colega sofá koala panda puma cobra gorila ioga carma"
        ),
    ),
    opposites=OPPOSITES,
    negation_paraphrases=words(
        "gratuit grátis contrário diferente ausente ausência parcialmente outro outra vez invés só apenas "
        "somente falta dispens "
        "faltam falha falhou proibido exceto salvo excluíd "
        "declin evite evitem evitar abstenha abster renunci desaconselh"
    ),
    negative_prefixes=("in", "im", "des", "não"),
    negated_alternatives=frozenset({"ou não"}),
    permissions=words("pode podem poderá poderão"),
    obligations=words("deve devem deverá deverão precisa precisam")
    | frozenset({"tem de", "têm de", "tem que", "têm que", "tens de"}),
    auxiliaries=words("é são era eram será está estão tem têm havia pode podem deve devem há"),
    finite_endings=("rão", "rá", "rei", "remos", "riam", "aram", "eram", "iram"),
    version_words=words("versão versões v"),
    section_words=words(
        "seção secção seções cláusula cláusulas capítulo capítulos artigo artigos parágrafo item "
        "itens ponto pontos passo passos figura figuras tabela tabelas anexo regra"
    ),
    page_counters=(("página", "de"),),
    field_errors=(
        "Erro! Indicador não definido.",
        "Erro! Marcador não definido.",
        "Erro! A origem da referência não foi encontrada.",
        "Erro! Origem da referência não encontrada.",
    ),
    round_the_clock=("dia e noite", "noite e dia"),
    every_day=("todos os dias", "diariamente", "cada dia", "sete dias", "toda a semana"),
    twenty_four_hour_clock=True,
    evening_words=words("tarde noite"),
    address=Address(words("você"), words("tu ti contigo teu tua teus tuas")),
    note_labels=words("nota observação"),
    reply_openers=("tradução", "aqui está a tradução", "segue a tradução", "aqui está o texto traduzido"),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "iva incluído; iva incluido; iva incl.; com iva; incluindo iva; impostos incluídos; "
            "incluem iva; inclui iva; incluem o iva; inclui o iva"
        ),
        tax_excluded=phrases(
            "iva excluído; iva não incluído; sem iva; mais iva; + iva; acrescido de iva; excluindo iva; "
            "acresce iva; acresce o iva"
        ),
        bounds=phrases(
            "até; no máximo; no mínimo; pelo menos; mais de; menos de; um máximo de; um mínimo de; "
            "não mais de; não menos de"
        ),
        majority=phrases("menores de idade; menor de idade; maiores de idade; maior de idade"),
        bound_words=phrases(
            "máxim; mínim; máx; mín; max; min; mais; menos; acima; abaixo; a partir; desde; dentro; "
            "exced; ultrapass; completos; em diante; "
            "menor; maior; inferior; superior"
        ),
        price_bounds=phrases("a partir de; desde"),
        hedges=phrases(
            "cerca; aproximadamente; uns; umas; quase; por volta; em torno; perto; aprox.; aprox; "
            "à volta; mais ou menos; ~"
        ),
        per_person=phrases("por pessoa; por participante; por cabeça"),
        distributives=phrases("cada; cada um; cada uma; unidade; por pessoa; por unidade; por adulto"),
        restrictives=phrases(
            "só; somente; apenas; unicamente; exclusivamente; única; único; únicas; únicos; basta; "
            "bastam; sozinho; sozinha; senão; limit; restring; restri; "
            "reservado a; reservada a; reservados a; reservadas a; reservado aos; reservada aos"
        ),
        exclusions=phrases(
            "mas não; exceto; salvo; menos; exceção; excepção; fora; excluindo; exclusão; além; sem"
        ),
        wholes=phrases(
            "integral; integrais; integralmente; totalidade; por inteiro; completo; completa; "
            "completamente; totalmente; total"
        ),
        plain_gratis=words("grátis gratuito gratuita gratuitos gratuitas gratuitamente"),
        gratis=phrases(
            "grátis; gratuito; gratuita; gratuitos; gratuitas; gratuitamente; sem custos; sem custo; "
            "sem encargos; de graça; oferta; oferecido; oferecida; "
            "sem qualquer custo; sem nenhum custo; sem qualquer encargo; "
            "não pagam; não paga; não pagar; não pagará; não pagarão; sem pagar; entrada livre"
        ),
        free_words=phrases("livre; livres; livremente"),
        available_words=phrases("disponível; disponíveis"),
        always_phrases=phrases(
            "sempre que; como sempre; para sempre; desde sempre; nem sempre; quase sempre"
        ),
        requirements=phrases(
            "deve; devem; deverá; deverão; obrigatóri; necessári; "
            "desde que; é preciso; tem de; tem que; têm de; têm que; precisa"
        ),
    ),
)
