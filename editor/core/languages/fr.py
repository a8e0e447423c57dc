"""French: what the checks know of it."""

from __future__ import annotations

from editor.core.address_data import Address
from editor.core.langdata import LanguageData
from editor.core.languages._text import before_each, in_order, phrases, units, words
from editor.core.languages.fr_agreement import AGREEMENT
from editor.core.name_data import NameForms
from editor.core.opposite_data import Opposites
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="fr",
    names=NameForms(
        street_openers=words("rue avenue boulevard chemin allée quai impasse place"),
        adjective_suffixes=("ais", "ois", "ien", "ain", "an", "iqu", "in"),
    ),
    name="French",
    clock_names=(("minuit", 0), ("midi", 12)),
    unit_fractions=(("demi _", 0.5), ("quart de _", 0.25), ("trois quarts de _", 0.75), ("_ et demi", 1.5)),
    fraction_units=(
        ("litre", "l"),
        ("kilo", "kg"),
        ("kilogramme", "kg"),
        ("kilomètre", "km"),
        ("mètre", "m"),
    ),
    time_spans=(
        ("demi-heure", 30),
        ("quart d'heure", 15),
        ("quart d’heure", 15),
        ("trois quarts d'heure", 45),
        ("trois quarts d’heure", 45),
        ("heure et demie", 90),
    ),
    range_words=words("à et ou"),
    or_words=words("ou"),
    compass_letters=(("N", "n"), ("S", "s"), ("E", "e"), ("O", "w"), ("W", "w")),
    clock_words=words("h heures heure"),
    negative_words=frozenset(
        {"moins", "sous zéro", "au-dessous de zéro", "en dessous de zéro", "en-dessous de zéro", "négati"}
    ),
    months=words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "janv févr avr juil sept oct nov déc"
    ),
    calendar=in_order(
        "janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre"
    ),
    workday_words=phrases("en semaine; jours ouvrables; jours ouvrés"),
    weekdays=in_order("lundi; mardi; mercredi; jeudi; vendredi; samedi; dimanche"),
    digit_dates="dmy",
    marks_after_quote=True,
    clause_dash="\u2013",
    symmetric_dashes=True,
    spaces_units=True,
    currency_after=True,
    elided_words=words("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu"),
    full_forms=(("le", "l"), ("la", "l"), ("de", "d"), ("je", "j"), ("ne", "n"), ("que", "qu")),
    bound_elisions=words("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu"),
    outer_quotes_only=True,
    quotes=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2039", "\u203a")),
    sentence_words=words("sec art ex vol"),
    decimal_mark=",",
    group_marks="\u202f\u00a0 .",
    function_words=words(
        "le la les l un une des du de d et ou mais donc car ni que qui quoi dont où dans en sur "
        "sous avec sans pour par vers chez entre depuis pendant avant après au aux ce cet cette "
        "ces il elle ils elles nous vous je tu on se sa son ses leur leurs est sont était "
        "ne pas plus selon comme à"
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
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("dix-sept", 17),
        ("dix-huit", 18),
        ("dix-neuf", 19),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
        ("cent", 100),
        ("douzaine", 12),
        # ordinals, which a translation may write for a numbered item ("week 5": "la cinquième semaine")
        ("troisième", 3),
        ("quatrième", 4),
        ("cinquième", 5),
        ("sixième", 6),
        ("septième", 7),
        ("huitième", 8),
        ("neuvième", 9),
        ("dixième", 10),
        ("onzième", 11),
        ("douzième", 12),
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
    spaced_quotes=("\u00ab", "\u00bb"),
    repeatable_words=words("nous vous"),
    ordinal_suffixes=words("e er re ème eme nd nde"),
    bounds=(
        ("au moins", "au plus"),
        ("au minimum", "au maximum"),
        ("pas moins de", "pas plus de"),
        ("minimum", "maximum"),
        ("min.", "max."),
        ("plus de", "moins de"),
        ("au-dessus de", "en dessous de"),
        ("supérieur", "inférieur"),
        ("supérieure", "inférieure"),
        ("supérieurs", "inférieurs"),
        ("supérieures", "inférieures"),
    ),
    reach_bounds=(
        ("au moins", "jusqu'à"),
        ("au moins", "jusqu’à"),
        ("à partir de", "au plus"),
        ("dès", "au plus"),
    ),
    directions=(
        ("plus", "moins"),
        ("supérieur", "inférieur"),
        ("hausse", "baisse"),
        ("augmentation", "diminution"),
        ("augmentation", "réduction"),
        ("augmentation", "baisse"),
        ("progression", "recul"),
        ("augmente", "diminue"),
        ("augmenté", "diminué"),
        ("augmenté", "baissé"),
        ("progressé", "reculé"),
        ("au-dessus", "en dessous"),
        ("au-dessus", "au-dessous"),
    ),
    deadlines=(
        ("au plus tôt", "au plus tard"),
        ("pas avant", "pas après"),
    ),
    frequencies=(
        ("au moins toutes les", "au plus toutes les"),
        ("au moins une fois toutes les", "au plus une fois toutes les"),
    ),
    date_spans=(
        ("à partir du", "jusqu'au"),
        ("à compter du", "jusqu’au"),
        ("dès le", "jusqu'au"),
        ("depuis le", "jusqu'au"),
        ("à partir de", "jusqu'à"),  # of a clock time: "à partir de 16 h"
        ("à partir de", "jusqu’à"),
    ),
    comparative_words=words("plus moins"),
    rate_periods=in_order("heure; jour journée nuit; semaine; mois; an année"),
    rate_markers=words("par chaque"),
    rate_adverbs=in_order("; journalier; hebdomadaire; mensuel; annuel"),
    times_words=words("fois"),
    point_words=("point", "pt", "pp"),
    minor_currency_words=words("centime cent cents penny pence ct"),
    working_days=(("jour", "journée"), ("jours ouvr", "jour ouvr", "journées ouvr")),
    percent_words=("pour cent", "pourcent", "pour-cent"),
    abbreviation_expansions=(
        ("p. ex.", "par exemple"),
        ("c.-à-d.", "c'est-à-dire"),
        ("etc.", "et cetera"),
        ("etc.", "et cætera"),
    ),
    article_contractions=units("à: au aux; de: du"),
    contraction_adverbs=phrases(
        "au moins; au plus; au maximum; au minimum; au total; au mieux; au pire; au besoin; "
        "au final; aux alentours"
    ),
    percent_sign="\u00a0%",
    currency_words=words(
        "euro dollar livre sterling yen franc centime cent penny pence couronne rouble roupie "
        "yuan renminbi peso real réal reais zloty złoty forint lire lira lev leu lei won rand "
        "dinar dirham shekel baht hryvnia"
    ),
    currency_names=(
        "SEK: couronne suédoise; NOK: couronne norvégienne; DKK: couronne danoise; ISK: couronne "
        "islandaise; CZK: couronne tchèque; CHF: franc suisse; FRF: franc français; BEF: franc belge; "
        "CAD: dollar canadien; AUD: dollar australien; NZD: dollar néo-zélandais; HKD: dollar de hong "
        "kong, dollar hongkongais; SGD: dollar de singapour, dollar singapourien; USD: dollar américain; "
        "MXN: peso mexicain; ARS: peso argentin; CLP: peso chilien; COP: peso colombien; PHP: peso "
        "philippin"
    ),
    unit_words=(
        ("euro", "€"),
        ("euros", "€"),
        ("dollar", "$"),
        ("dollars", "$"),
        ("livre", "£"),
        ("livres", "£"),
        ("yen", "¥"),
    )
    + units(
        "kn: nœud nœuds noeud noeuds kn; "
        "s: seconde secondes; min: minute minutes; h: heure heures; day: jour jours; week: semaine "
        "semaines; month: mois; year: an ans année années; m: mètre mètres; km: kilomètre kilomètres; "
        "cm: centimètre centimètres; mm: millimètre millimètres; mi: mile miles; ft: pied pieds; "
        "yd: yard yards; inch: pouce pouces; kg: kilogramme kilogrammes kilo kilos; g: gramme grammes; "
        "t: tonne tonnes; chf: "
        "franc francs; kb: ko; mb: mo; gb: go; tb: to; ha: hectare hectares; acre: acre acres"
    ),
    plural_endings=("s",),
    inflection_endings=("s", "x", "e", "es"),
    writes_compounds_apart=True,
    infinitive_endings=("er", "ir", "re"),
    word_prefixes=words(
        "aéro anti auto contre électro extra hydro hyper infra inter macro méta micro "
        "mini multi photo post primo pseudo radio rétro semi sous super télé thermo ultra vidéo"
    ),
    derivations=(("aux", "al"), ("elle", "el"), ("enne", "en")),
    sentence_openers=words("veuillez"),
    conjunctions=words("et ou mais donc car ni que si comme quand lorsque puisque bien"),
    determiners=words(
        "le la les l un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses "
        "notre nos votre vos leur leurs chaque tout toute tous toutes plusieurs quelques aucun "
        "aucune quel quelle quels quelles certains certaines"
    ),
    demonstratives=words("ce cet cette ces"),
    abbreviations=frozenset({"p. ex.", "c.-à-d.", "env.", "etc.", "incl.", "excl.", "TVA", "RGPD"}),
    number_signs=frozenset({"n°", "nº", "no", "N°", "Nº", "No", "nos", "Nos"}),
    extension_signs=frozenset({"poste", "p."}),
    greetings=words("bienvenue bonjour merci oui non"),
    speech_verbs=words("dit disent"),
    lowercase_after_colon=True,
    salutations=words("cher chère chers chères bonjour salut madame monsieur"),
    feminine_titles=words("mme mlle mmes madame mademoiselle"),
    masculine_titles=words("m monsieur mm"),
    titles=words("m mme mlle mm mmes dr pr me madame monsieur mademoiselle"),
    name_endings=(),
    negations=words("ne n pas non jamais aucun aucune rien personne ni sans nul nulle guère"),
    coordinators=words("et ou"),
    negation_openers=words("ne n"),
    list_negations=words("ni"),
    idle_negations=frozenset(
        {"sans doute", "sans aucun doute", "sans exception", "sans cesse", "n'importe", "n’importe"}
        | {"pas de problème", "aucun problème"}
    )
    # "personne" after a determiner is a person, not nobody ("toute personne", "par personne")
    | before_each("toute une la cette chaque par autre tierce seule", "-", "personne"),
    double_negatives=words("sans perdu perdue perdus perdues"),
    with_words=words("avec"),
    never_words=words("jamais"),
    restrictive_words=words("seulement uniquement exclusivement"),
    restrictive_pairs=(("ne", "que"),),
    exceptive_words=frozenset(
        {"sauf", "à moins", "excepté", "hormis", "jusqu", "avant", "après", "sans", "en dehors"}
    ),
    ceasing_words=frozenset({"ne plus", "n'est plus", "plus jamais", "plus du tout"}),
    still_words=words("encore toujours"),
    unless_words=frozenset(
        {
            "sauf",
            "à moins",
            "excepté",
            "hormis",
            "seulement si",
            "uniquement si",
            "sous réserve",
            "seulement en cas",
            "uniquement en cas",
        }
    ),
    even_if_words=frozenset(
        {
            "même si",
            "même en cas",
            "même lorsque",
            "même quand",
            "quand bien même",
            "bien que",
            "alors même",
            "même dans le cas",
        }
    ),
    proviso_words=frozenset(
        {"pourvu que", "à condition que", "à condition de", "à condition qu", "à la condition que"}
    ),
    always_words=words("toujours"),
    agreement=AGREEMENT,
    opposites=Opposites(
        time_sides=(("après", "avant"), ("après le", "avant le")),
        trailing_bounds=(("ou plus", "ou moins"), ("et plus", "et moins")),
        inclusive_bounds=phrases(
            "au moins; au minimum; au maximum; au plus; minimum; maximum; jusqu'à; ou plus; et plus; ou moins"
        ),
        exclusive_bounds=phrases("plus de; moins de"),
        declining_words=words("renonc"),
        permission_words=words("autorisé permis"),
        prohibition_words=words("interdit"),
        required_words=words("obligatoire requis doit doivent devez"),
        surcharge_words=words("majoration supplément"),
        discount_words=words("réduction remise rabais"),
        enabled_words=words("activé allumé"),
        disabled_words=words("désactivé éteint éteinte éteints éteintes inactif inactive"),
        open_words=words("ouvert"),
        closed_words=words("fermé fermée fermés"),
        easy_words=words("facile facilité aisé aisée aisément"),
        hard_words=words("difficile difficulté"),
        more_words=words("plus davantage supérieur supérieure"),
        less_words=words("moins inférieur inférieure"),
        morning_words=words("matin matins matinée matinées"),
        evening_words=words("soir soirs soirée soirées"),
        left_words=words("gauche gauches"),
        right_words=words("droite droites"),
        behind_words=words("derrière"),
        front_words=words("devant"),
        inside_words=words("intérieur intérieure intérieurs intérieures dedans"),
        outside_words=words("extérieur extérieure extérieurs extérieures dehors"),
        exempt_words=words("exempt exempté exonéré dispensé"),
        subject_words=words("soumis soumise soumises assujetti"),
        above_words=words("au-dessus dessus"),
        below_words=words("au-dessous dessous en-dessous"),
        hot_words=words("chaud chaude chauds chaudes"),
        cold_words=words("froid froide froids froides"),
        half_words=words("moitié demi demie"),
        double_words=words("double doubles"),
        high_words=words("haut haute hauts hautes"),
        low_words=words("basse basses"),
        other_words=words("autre autres"),
        included_words=words("compris comprise inclus incluse"),
        excluded_words=words("exclu exclue exclus exclues"),
        early_words=words("tôt anticipé anticipée anticipés anticipées précoce précoces"),
        late_words=words("tard retard tardif tardive tardifs tardives"),
        first_words=words("premier première premiers premières"),
        last_words=words("dernier dernière derniers dernières"),
        arrival_words=words("arrivée arrivées"),
        departure_words=words("départ départs"),
        summer_words=words("estival estivale estivaux estivales"),
        winter_words=words("hiver hivers hivernal hivernale hivernaux hivernales"),
        upstream_words=phrases("en amont"),
        downstream_words=phrases("en aval"),
        north_words=phrases("nord; septentrional; septentrionale"),
        south_words=phrases("sud; méridional; méridionale"),
        east_words=phrases(
            "à l'est; à l’est; de l'est; de l’est; oriental; orientale; orientaux; orientales"
        ),
        west_words=phrases("ouest; occidental; occidentale; occidentaux; occidentales"),
        advised_words=words("recommand conseill"),
        discouraged_words=words("déconseill"),
        minimum_words=words("minimum minimal minimale minimaux minimales"),
        maximum_words=words("maximum maximal maximale maximaux maximales"),
        prior_words=words("avant précédant"),
        after_words=words("après"),
        right_adverbs=words("correctement"),
        wrong_adverbs=words("mal incorrectement"),
        optional_words=words(
            "optionnel optionnelle optionnels optionnelles facultatif facultative facultatifs facultatives"
        ),
        mandatory_words=words("obligatoire obligatoires"),
        waiting_words=words("attendre attendez attends patienter patientez"),
        before_words=words("avant"),
    ),
    negation_paraphrases=words(
        "gratuit contrairement différemment différent différente absent absente absence partiellement "
        "autre autres "
        "lieu plutôt seulement uniquement manque manquant manquante échoué échec impossible "
        "interdit sauf hormis hors exclu exclue exclus exclues échoue disparu disparaî disparai "
        "déclin renonc évitez éviter évite abstenez abstenir déconseill ignoré"
    ),
    negative_prefixes=("in", "im", "ir", "il", "non", "dés", "dé", "mé"),
    negated_alternatives=frozenset({"ou non", "ou pas"}),
    permissions=words("peut peuvent pouvez pouvons"),
    obligations=words("doit doivent devez dois devons devra devront besoin"),
    auxiliaries=words("est sont était étaient sera seront a ont avait peut peuvent doit doivent faut"),
    finite_endings=("ront", "rons", "rez", "rai", "ras", "rait", "raient", "rions", "riez"),
    version_words=words("version versions v"),
    section_words=words(
        "section sections clause clauses chapitre chapitres article articles paragraphe paragraphes "
        "point points étape étapes figure figures tableau tableaux annexe règle"
    ),
    page_counters=(("page", "sur"), ("page", "de")),
    field_errors=(
        "Erreur ! Signet non défini.",
        "Erreur ! Source du renvoi introuvable.",
    ),
    question_words=words("si comment quel quelle quels quelles quand où qui pourquoi"),
    round_the_clock=("jour et nuit", "nuit et jour"),
    every_day=("tous les jours", "chaque jour", "sept jours", "toute la semaine", "j/7"),
    twenty_four_hour_clock=True,
    evening_words=words("après-midi soir"),
    address=Address(words("vous votre vos"), words("tu toi te ta tes"), polite_plural=True),
    note_labels=words("note remarque nb ndt"),
    reply_openers=("traduction", "voici la traduction", "voici le texte traduit", "voici votre traduction"),
    qualifiers=Qualifiers(
        tax_included=phrases(
            "ttc; tva incluse; tva comprise; toutes taxes comprises; taxes comprises; y compris la tva; "
            "tva inclus"
        ),
        tax_excluded=phrases(
            "ht; hors taxes; hors taxe; hors tva; tva en sus; plus tva; + tva; tva non comprise; "
            "tva non incluse"
        ),
        bounds=phrases(
            "jusqu'à; au plus; au maximum; au moins; au minimum; plus de; moins de; pas plus de; "
            "pas moins de; un maximum de; un minimum de"
        ),
        majority=phrases("mineur; majeur"),
        bound_words=phrases(
            "jusqu'; jusque; maximum; minimum; max; min; maximal; minimal; plus; moins; au-delà; "
            "dépass; excéd; révolus; à partir; dès; limite; dans les; d'ici; "
            "inférieur; supérieur; moindre; dessous; dessus"
        ),
        price_bounds=phrases("à partir de; dès"),
        hedges=phrases(
            "environ; près de; quelque; quelques; approximativement; autour; vers; à peu près; presque; "
            "quasi; env.; dizaine; douzaine; quinzaine; vingtaine; trentaine; quarantaine; "
            "cinquantaine; soixantaine; centaine; ~"
        ),
        per_person=phrases("par personne; par tête; par participant"),
        distributives=phrases(
            "chacun; chacune; chaque; pièce; unité; l'un; l'une; tous les; toutes les; par personne; "
            "par pièce; par tête; par adulte; par enfant"
        ),
        restrictives=phrases(
            "seulement; uniquement; que des; exclusivement; seul; seule; seuls; seules; simplement; juste; "
            "rien que; sur simple; limit; restrei; restrict; "
            "réservé aux; réservée aux; réservés aux; réservées aux; réservé à; réservée à"
        ),
        exclusions=phrases(
            "mais pas; sauf; excepté; hormis; exception; en dehors; hors; ht; exclu; exclus; exclue; sans"
        ),
        wholes=phrases(
            "intégral; intégrale; intégraux; intégrales; intégralement; intégralité; en totalité; en "
            "entier; entièrement; totalement; complètement; complet; complète"
        ),
        plain_gratis=words("gratuit gratuite gratuits gratuites gratuitement gracieusement"),
        gratis=phrases(
            "gratuit; gratuitement; gratis; sans frais; sans supplément; sans surcoût; sans coût; "
            "offert; offerte; offerts; offertes; gracieusement; "
            "sans aucun frais; sans aucuns frais; sans aucun coût; sans aucun supplément; "
            "ne paient pas; ne payent pas; ne paie pas; ne payez pas; ne paient rien; sans payer; "
            "entrée libre"
        ),
        free_words=phrases("libre; libres; librement"),
        available_words=phrases("disponible; disponibles"),
        always_phrases=phrases(
            "toujours plus; toujours moins; pas toujours; toujours pas; comme toujours; "
            "pour toujours; depuis toujours"
        ),
        requirements=phrases(
            "doit; doivent; devez; devra; devront; obligatoire; "
            "obligatoirement; nécessaire; il faut; faut; à condition; sous réserve"
        ),
    ),
)
