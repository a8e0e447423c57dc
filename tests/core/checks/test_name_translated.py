"""named_entity on a name of the source translated word for word into the target language's
words ("Willow Farm Kennels" -> "la Ferme des Saules"): marked where it stands."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

_WHY = "stands where it would be"

# (source, target, target language, flagged text)
BAD = [
    (
        "Welcome to Willow Farm Kennels, a family-run boarding kennel near the village of Hatfield.",
        "Bienvenue à la Ferme des Saules, une pension familiale pour chiens près du village de Hatfield.",
        "fr",
        "Ferme des Saules",
    ),
    # a sentence's first word ("Bienvenidos") is no part of it
    (
        "Welcome to Bramble Cottage in Hawkshead, a quiet house with a garden and two bedrooms.",
        "¡Bienvenidos a Casa Zarzamora, en Hawkshead, una casa tranquila con jardín y dos dormitorios.",
        "es",
        "Casa Zarzamora",
    ),
]

# (source, target, target language)
GOOD = [
    # the name kept, with a description in the target language's words around it
    (
        "Welcome to Willow Farm Kennels, a family-run boarding kennel near the village of Hatfield.",
        "Bienvenue à Willow Farm Kennels, une pension familiale pour chiens près du village de Hatfield.",
        "fr",
    ),
    # a name of everyday words that languages translate ("United Kingdom")
    (
        "Drivers from outside the United Kingdom must show their passport when they collect the car.",
        "Bestuurders van buiten het Verenigd Koninkrijk moeten bij het ophalen hun paspoort tonen.",
        "nl",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_name_translated_word_for_word_is_marked_in_the_translation(
    source: str, target: str, lang: str, expected: str
) -> None:
    assert [i.text for i in run("named_entity", source, target, "en", lang) if _WHY in i.message] == [
        expected
    ]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_a_name_kept_or_a_name_languages_translate_is_not(source: str, target: str, lang: str) -> None:
    assert [i.text for i in run("named_entity", source, target, "en", lang) if _WHY in i.message] == []
