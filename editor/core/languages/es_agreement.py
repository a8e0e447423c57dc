"""Spanish gender and number agreement (``Agreement``), a table of ``es``."""

from __future__ import annotations

from editor.core.agreement_data import Agreement
from editor.core.languages._text import before_each, gendered, words

AGREEMENT = Agreement(
    gendered_words=gendered(
        "primer primera - -; primero primera primeros primeras; "
        "segundo segunda segundos segundas; tercer tercera - -; "
        "tercero tercera terceros terceras; último última últimos últimas; "
        "próximo próxima próximos próximas; mismo misma mismos mismas"
    ),
    partitives=(("ninguno", "ninguna"), ("alguno", "alguna")),
    of_plurals=(frozenset({"de los"}), frozenset({"de las"})),
    all_forms=("todo", "toda", "todos", "todas"),
    subjects=(
        (words("el un este ese aquel nuestro vuestro"), words("la una esta esa aquella nuestra vuestra")),
        (words("los unos estos esos aquellos nuestros"), words("las unas estas esas aquellas nuestras")),
    ),
    copulas=(
        words("es está era será fue resulta queda parece estaba sería")
        | frozenset({"debe ser", "puede ser", "deberá ser", "podrá ser", "tiene que ser"})
        | frozenset({"debe estar", "puede estar", "deberá estar", "podrá estar", "tiene que estar"}),
        words("son están eran serán fueron resultan quedan parecen estaban serían")
        | frozenset({"deben ser", "pueden ser", "deberán ser", "podrán ser", "tienen que ser"})
        | frozenset({"deben estar", "pueden estar", "deberán estar", "podrán estar", "tienen que estar"}),
    ),
    depictives=words("solo solos sola solas juntos juntas mismo mismos"),
    preposition_phrases=before_each("junto respecto", "-", "a al con"),
    possessives=words("nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras"),
    adverb_ending="mente",
    predicate_adverbs=words(
        "no muy bastante tan siempre también todavía aún ya demasiado poco tanto más menos justo"
    ),
    predicate_endings=(("o", "a"), ("os", "as")),
    participle_stems=("ad", "id"),
    of_words=words("de del"),
    neutral_determiners=words("cada cualquier"),
    feminine_titles=(("or", "ora"), ("o", "a"), ("és", "esa")),
    masculine_articles=words("el un del al"),
    masculine_possessives=words("nuestro vuestro"),
    women_ending="a",
    men_in_women_ending=words("luca sasha nikita ilya joshua"),
    relatives=words("que"),
    reflexive="se",
    participle_endings=("adas", "idas"),
    plural_participles=("ados", "idos", "adas", "idas"),
    impersonals=words("se"),
    singular_verbs=words(
        "debe puede tiene necesita suele ha va cuesta incluye ofrece dura empieza comienza termina "
        "abre cierra paga recibe"
    ),
    open_a_masculine=words("el un del al algún ningún"),
    clitics=words("lo la los las le les"),
    both_genders=words(
        "orden capital cometa corte frente cura parte radio final margen pendiente guía policía"
    ),
    feminine=words(
        "una unas nuestra nuestras vuestra vuestras otra otras dicha dichas esa esas aquella aquellas"
    ),
    masculine=words(
        "un unos el del al este estos ese esos aquel aquellos nuestro nuestros vuestro otro otros "
        "dicho dichos"
    ),
    masculine_endings=("o", "os"),
    feminine_endings=(
        "ción",
        "ciones",
        "sión",
        "siones",
        "dad",
        "dades",
        "tud",
        "tudes",
        "umbre",
        "umbres",
    ),
    open_feminine=("a",),
    verb_plurals=(("a", "an"), ("e", "en"), ("á", "án")),
    verb_openings=words("guarda para porta saca abre lava limpia quita corta salva cuenta pasa toca tira"),
    not_feminine=("ma", "ta", "ista", "cida", "iatra", "día"),
    exceptions=words(
        "mano manos foto fotos moto motos radio radios libido seo dinamo macro macros auto "
        "media día tranvía mapa papa sofá koala panda puma cobra gorila yoga karma"
    ),
)
