"""named_entity on a double-barrelled surname cut to its first half in the translation."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

# (source, target, target language, expected spans)
CASES = [
    ("Ask Rosa Vidal-Quintana at the desk.", "Pregunte a Rosa Vidal en recepción.", "es", ["Rosa Vidal"]),
    ("The prize went to Ines Abreu-Sjöberg.", "Der Preis ging an Ines Abreu.", "de", ["Ines Abreu"]),
    # the whole surname, written with another dash or in brackets; a name of another script;
    # a pair of places or words, not a person's name after her first name
    ("Ask Rosa Vidal-Quintana at the desk.", "Pregunte a Rosa Vidal-Quintana en recepción.", "es", []),
    ("Ask Rosa Vidal-Quintana at the desk.", "Pregunte a Rosa Vidal‑Quintana en recepción.", "es", []),
    ("Ask Rosa Vidal-Quintana.", "Pregunte a Rosa Vidal (Quintana).", "es", []),
    ("Ask Rosa Vidal-Quintana.", "Спросите Розу Видаль-Кинтану.", "ru", []),
    ("Flights to Baden-Baden are full.", "Les vols pour Baden-Baden sont complets.", "fr", []),
    ("Use the Auto-Save option.", "Utilisez l’option Enregistrement auto.", "fr", []),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), CASES)
def test_a_double_surname_cut_in_half(source: str, target: str, lang: str, expected: list[str]) -> None:
    issues = run("named_entity", source, target, "en", lang)
    assert [i.text for i in issues if "second half" in i.message] == expected
