"""Italian's gender and number agreement (``Agreement``), a table of ``it``."""

from __future__ import annotations

from editor.core.agreement_data import Agreement
from editor.core.languages._text import before_each, gendered, phrases, words

AGREEMENT = Agreement(
    gendered_words=gendered(
        "primo - primi prime; secondo seconda secondi seconde; terzo terza terzi terze; "
        "ultimo ultima ultimi ultime; prossimo prossima prossimi prossime; "
        "stesso stessa stessi stesse"
    ),
    partitives=(("nessuno", "nessuna"), ("ognuno", "ognuna"), ("ciascuno", "ciascuna")),
    of_plurals=(words("dei degli"), words("delle")),
    all_forms=("tutto", "tutta", "tutti", "tutte"),
    subjects=(
        (words("il lo un uno questo quel quello nostro"), words("la una un' un’ questa quella nostra")),
        (words("i gli questi quei"), words("le queste quelle")),
    ),
    copulas=(
        # ("venire": passive; "andare": a passive of obligation, "il modulo va compilato")
        words("è era sarà fu resta risulta rimane sembra sarebbe viene verrà verrebbe venne va")
        | phrases("deve essere; può essere; dovrà essere; potrà essere"),
        words(
            "sono erano saranno furono restano risultano rimangono sembrano sarebbero vengono verranno vanno"
        )
        | phrases("devono essere; possono essere; dovranno essere; potranno essere"),
    ),
    depictives=words("solo soli sola sole stesso stessi"),
    preposition_phrases=before_each(
        "vicino lontano rispetto riguardo fino",
        "-",
        "a al allo alla ai agli alle all da dal dallo dalla dai dagli dalle dall",
    ),
    adverb_ending="mente",
    predicate_adverbs=words(
        "non molto sempre anche ancora già troppo poco tanto più meno proprio davvero stato stata stati state"
    ),
    predicate_endings=(("o", "a"), ("i", "e")),
    participle_stems=("at", "it", "ut"),
    neutral_determiners=words("ogni qualsiasi qualunque l' l’"),
    feminine_titles=(("tore", "trice"), ("iere", "iera"), ("o", "a"), ("e", "essa")),
    masculine_articles=words("il lo un uno dal dallo del dello al allo nel nello sul sullo col"),
    masculine_possessives=words("nostro vostro suo mio tuo loro"),
    women_ending="a",
    men_in_women_ending=words(
        "andrea luca nicola mattia elia tobia enea gianluca battista sasha nikita ilya joshua"
    ),
    plural_predicates=("ati", "ate", "iti", "ite", "uti", "ute", "si", "se", "tti", "tte", "sti", "ste"),
    plural_participles=("ati", "ate", "iti", "ite", "uti", "ute"),
    impersonals=words("si"),
    of_words=words("di del dello della dei degli delle"),
    complements=words("per con senza sul sulla sui sulle nel nella nei nelle al alla ai alle dal dalla"),
    singular_verbs=words(
        "deve può ha va costa include offre dura inizia comincia termina apre chiude paga riceve"
    ),
    possessives=words("nostro nostra nostri nostre vostro vostra vostri vostre"),
    clitics=words("lo la le li gli"),
    both_genders=words("fine capitale fronte radio boa"),
    feminine=words(
        "una della delle alla alle nella nelle sulla sulle dalla dalle nostra nostre vostra vostre"
    ),
    masculine=words(
        "il lo un del dello al allo nel nello sul sullo dal dallo questo quello nostro vostro "
        "dei degli ai agli nei negli sui dai"
    ),
    masculine_endings=("o",),
    feminine_endings=("zione", "zioni"),
    open_feminine=("a",),
    verb_plurals=(("a", "ano"), ("e", "ono"), ("à", "anno")),
    verb_openings=words("porta para salva guarda lava asciuga apri spazza tosta copri scola passa"),
    not_feminine=("ma", "ta", "ista", "cida", "iatra"),
    exceptions=words(
        "mano foto moto radio eco dinamo biro libido auto loro macro volta "
        "media papa collega boia vaglia koala panda puma cobra gorilla yoga karma sofà"
    ),  # "una volta finito"
)
