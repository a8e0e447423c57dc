"""agreement: a determiner of one gender before a noun whose ending says the other."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run, spans

# (source, target, target language): determiners and nouns that agree, and what looks alike
GOOD = [
    ("He found a new job.", "Encontró un trabajo nuevo.", "es"),
    ("She asked for a photo.", "Pidió una foto.", "es"),  # feminine, though it ends in "o"
    ("Raise your hand.", "Levante la mano.", "es"),
    ("I buy it on Mondays.", "La compro los lunes.", "es"),  # "la" is also "her": not listed
    ("These are the rules.", "Queste sono le regole.", "it"),  # a demonstrative as a pronoun
    ("They left with their bags.", "Sono partiti con le loro borse.", "it"),
    ("They arrived with their luggage.", "Sono arrivati alla loro casa.", "it"),  # "loro" is invariable
    ("Leave the key at reception.", "Deixe a chave na receção.", "pt"),  # "-ção" ends in "o"
    ("A sub-transaction failed.", "Una sotto-transazione non è riuscita.", "it"),  # a compound's part
    ("The configuration is saved.", "La configuration est enregistrée.", "fr"),
    ("It is a new section.", "C'est une nouvelle section.", "fr"),
    ("The Fiat is parked outside.", "Una Fiat è parcheggiata fuori.", "it"),  # a name
    ("The size is wrong.", "Der Größe ist falsch.", "de"),  # no data for German
]

# (source, target, target language, the marked spans)
BAD = [
    ("The file has a size of 4 bytes.", "El archivo tiene una tamaño de 4 bytes.", "es", ["una tamaño"]),
    ("Pick a position.", "Elija el posición.", "es", ["el posición"]),
    ("The title of the dialog.", "Il titolo della dialogo.", "it", ["della dialogo"]),
    ("Similar to an action.", "Simili a un azione.", "it", ["un azione"]),
    ("Bring a coat.", "Traga uma casaco.", "pt", ["uma casaco"]),
    ("Return it to your unit.", "Devolva-o ao seu unidade.", "pt", ["seu unidade"]),
    ("The configuration is missing.", "Le configuration est manquante.", "fr", ["Le configuration"]),
    (
        "Use an instruction and a section.",
        "Utilisez un instruction et un section.",
        "fr",
        ["un instruction", "un section"],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_agreeing_words_stay_silent(source: str, target: str, lang: str) -> None:
    assert run("agreement", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_determiner_of_the_other_gender_is_marked(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    assert spans(run("agreement", source, target, "en", lang)) == expected
