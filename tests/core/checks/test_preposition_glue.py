"""merged_token on a preposition glued to a rare word in a language that writes compounds
closed ("handgelbij de ingang"): a warning with the space as the fix, only where an article
follows; real compounds, and compounds whose last word ends as a preposition, stay silent."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run, spans

# (source, target, target language)
GOOD = [
    # Closed compounds that end in no preposition, however rare.
    (
        "A visit to the hospital is free for close family.",
        "Een ziekenhuisbezoek is gratis voor de naaste familie.",
        "nl",
    ),
    (
        "The visiting rules hang by the door of the ward.",
        "De bezoekregeling hangt bij de deur van de afdeling.",
        "nl",
    ),
    # Not judged without an article after it, which a preposition opens its phrase with.
    ("Put the hand gel back afterwards.", "Zet de handgelbij later terug.", "nl"),
    # A compound whose last word ends in a preposition's letters ("Werkstatt", "Wegen").
    (
        "The boat workshop of the harbour repairs every kind of boat.",
        "Die Bootswerkstatt des Hafens repariert jede Art von Boot.",
        "de",
    ),
    (
        "On the forest hiking paths of the region dogs must be kept on a lead.",
        "Auf den Waldwanderwegen der Region müssen Hunde angeleint werden.",
        "de",
    ),
    # Not judged: a preposition of two letters, which too many words end in.
    ("The small shop in the village sells bread.", "De dorpswinkelin het dorp verkoopt brood.", "nl"),
    # Pronominal adverbs are words ("daarbij", "hiervoor").
    ("With it the hospital offers free parking.", "Daarbij biedt het ziekenhuis gratis parkeren.", "nl"),
]

# (source, target, target language, [flagged text], fix)
BAD = [
    (
        "Clean your hands with the hand gel at the door of the ward.",
        "Reinig uw handen met de handgelbij de deur van de afdeling.",
        "nl",
        ["handgelbij"],
        "handgel bij",
    ),
    (
        "Take the medicine cabinet out of the room before cleaning.",
        "Haal het medicijnkastjeuit de kamer voor het schoonmaken.",
        "nl",
        ["medicijnkastjeuit"],
        "medicijnkastje uit",
    ),
    (
        "Please use the hand gel at the entrance of the station.",
        "Bitte benutzen Sie das Handgelbei dem Eingang der Station.",
        "de",
        ["Handgelbei"],
        "Handgel bei",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_good_is_silent(source: str, target: str, lang: str) -> None:
    assert spans(run("merged_token", source, target, "en", lang)) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected", "fix"), BAD)
def test_bad_is_a_warning_with_the_space_as_fix(
    source: str, target: str, lang: str, expected: list[str], fix: str
) -> None:
    issues = run("merged_token", source, target, "en", lang)
    assert spans(issues) == expected
    assert [i.severity for i in issues] == [Severity.WARNING]
    assert [i.suggestion for i in issues] == [fix]
