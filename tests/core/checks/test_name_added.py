"""named_entity on a name the translation writes and the source does not: a brand added
("et sur Facebook") or a place put for the source's ("Vienna" for "Venice")."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

_WHY = "is a name the source does not write"

# (source, target, target language, flagged text)
BAD = [
    (
        "Results will be posted on our website within 48 hours of the last round.",
        "Les résultats seront publiés sur notre site web et sur Facebook dans les 48 heures "
        "suivant la dernière ronde.",
        "fr",
        "Facebook",
    ),
    (
        "The collection includes rare maps of Venice and Lyon printed before 1700.",
        "La collezione comprende rare mappe di Vienna e Lione stampate prima del 1700.",
        "it",
        "Vienna",
    ),
    (
        "You can book a table by phone or through our website, up to two weeks ahead.",
        "Puede reservar mesa por teléfono, por Instagram o en nuestra web, con hasta dos "
        "semanas de antelación.",
        "es",
        "Instagram",
    ),
]

# (source, target, target language)
GOOD = [
    # the source's own name, or one like it (inflected, respelled)
    # its local form, as the target language writes it ("Fries" for "Frisian")
    (
        "The café serves soup, sandwiches and Frisian sugar bread until half past four.",
        "Het café serveert tot half vijf soep, broodjes en Fries suikerbrood.",
        "nl",
    ),
    (
        "Follow us on Facebook for news about the next tournament and its results.",
        "Suivez-nous sur Facebook pour les nouvelles du prochain tournoi et ses résultats.",
        "fr",
    ),
    (
        "The pool manager, Claire Davidson, checks the water twice a day in summer.",
        "La responsable de la piscine, Claire Davidsons, contrôle l’eau deux fois par jour en été.",
        "fr",
    ),
    # a word of the target language, capitalised in a title or a name of its own
    (
        "Mrs Dupont will welcome you at the door and show you to your room.",
        "Madame Dupont vous accueillera à la porte et vous conduira à votre chambre.",
        "fr",
    ),
    # a loanword inside a name the translation made of its own words
    (
        "The rules were approved by the Leisure Committee of the Borough Council on 18 July.",
        "Il regolamento è stato approvato dalla Commissione Sport e Tempo libero del Borough Council "
        "il 18 luglio.",
        "it",
    ),
    # ... or the first word of a source's name said with the target's words ("Sports Department")
    (
        "The skatepark, in Villeurbanne, is managed by the City's Sports Department.",
        "Le skatepark, à Villeurbanne, est géré par la Direction des sports de la Ville.",
        "fr",
    ),
    # a numbered place's noun, which the language capitalises ("Sale 3 e 4": rooms 3 and 4)
    (
        "Rooms 3 and 4 focus on the Low Countries and France, with maps of both.",
        "Le Sale 3 e 4 sono dedicate ai Paesi Bassi e alla Francia, con mappe di entrambi.",
        "it",
    ),
    # the word that opens a sentence
    (
        "We open at nine. Parking is free for all guests who stay the night.",
        "Apriamo alle nove. Parking gratuito per tutti gli ospiti che pernottano.",
        "it",
    ),
    # a language that capitalises its nouns: a capital there is no sign of a name
    (
        "Guests can leave their bags at reception until the evening of their last day.",
        "Gäste können ihr Gepäck bis zum Abend ihres letzten Tages im Hotel lassen.",
        "de",
    ),
    # a title of the target language for the source's ("Prof.ª" for "Ms")
    (
        "The teachers are Ms Helena Vasconcelos (History) and Mr Andrés Quiroga (Spanish).",
        "Os professores são a Prof.ª Helena Vasconcelos (História) e o Prof. Andrés Quiroga (Espanhol).",
        "pt",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_name_the_source_does_not_write_is_a_warning(
    source: str, target: str, lang: str, expected: str
) -> None:
    found = [i for i in run("named_entity", source, target, "en", lang) if _WHY in i.message]
    assert [(i.text, i.severity) for i in found] == [(expected, Severity.WARNING)]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_names_of_the_source_and_the_target_languages_words_are_silent(
    source: str, target: str, lang: str
) -> None:
    assert [i.text for i in run("named_entity", source, target, "en", lang) if _WHY in i.message] == []
