"""stray_artifact on a web address's slug made of the source's words ("visiting-hours-update"
in a Dutch text): a warning; phrases written with hyphens, the source's own identifiers and
words both languages share stay silent."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run, spans

# (source, target, target language, flagged text)
BAD = [
    (
        "Our new parking rules apply from 1 March.",
        "parking-rules-change Onze nieuwe parkeerregels gelden vanaf 1 maart.",
        "nl",
        "parking-rules-change",
    ),
    (
        "Read the guide to the summer opening times below.",
        "Lesen Sie unten den Leitfaden summer-opening-times zu den Öffnungszeiten im Sommer.",
        "de",
        "summer-opening-times",
    ),
    (
        "The summer timetable starts on Monday.",
        "Les horaires d’été commencent lundi. summer-timetable-notice",
        "fr",
        "summer-timetable-notice",
    ),
    # a number ends it: one word of the source is enough
    (
        "Two heat pumps on the roof will replace the heating plant.",
        "Twee warmtepompen op het dak heating-upgrade-2025 vervangen de stookinstallatie.",
        "nl",
        "heating-upgrade-2025",
    ),
    # ... a word the target language writes too ("livery"), beside one only the source's writes
    (
        "DIY livery costs £55 per week for a stable and shared grazing.",
        "Zelfverzorging kost £ 55 per week livery-fees-2024 voor een box en gedeelde weidegrond.",
        "nl",
        "livery-fees-2024",
    ),
    # the language's code ends it: a resource's key, whose words need not be the source's
    (
        "The barrier opens with the code printed on your booking.",
        "De slagboom gaat open met de code arrival-info-nl die op uw boeking staat.",
        "nl",
        "arrival-info-nl",
    ),
    # a version tag ends it: a file's name, whatever its words' language
    (
        "The full price is charged if we cannot get in.",
        "O preço total é cobrado se não conseguirmos entrar relatorio-visita-janelas-v3.",
        "pt",
        "relatorio-visita-janelas-v3",
    ),
    # three words that each lean to the source language, though the source writes none
    # of them (or only one): a slug of that language all the same
    (
        "Book online or call us.",
        "Marque online ou ligue-nos guitar-repair-terms.",
        "pt",
        "guitar-repair-terms",
    ),
    (
        "Our opening times change in summer.",
        "Unsere Öffnungszeiten ändern sich im Sommer (siehe summer-special-offers).",
        "de",
        "summer-special-offers",
    ),
    # the target language's words with their accents stripped, as a web address writes them
    (
        "A day pass for the ice rink costs €12.",
        "O passe diário da pista custa 12 € bilhetes-pista-precos.",
        "pt",
        "bilhetes-pista-precos",
    ),
    (
        "The hall is on the second floor.",
        "La salle se trouve au deuxième étage. acces-salle-etage",
        "fr",
        "acces-salle-etage",
    ),
    # two words before the first sentence's capital, which no sentence opens with
    (
        "Welcome to Riverside FM, the community radio station for Northgate.",
        "guida-volontari Benvenuti a Riverside FM, la radio comunitaria di Northgate.",
        "it",
        "guida-volontari",
    ),
    (
        "Please read these rules before your first visit.",
        "bezoek-regels Lees deze regels voor uw eerste bezoek.",
        "nl",
        "bezoek-regels",
    ),
]

# (source, target, target language)
GOOD = [
    # words written with their accents, or a phrase with a function word
    ("Ask at the front desk.", "Demandez au rez-de-chaussée, à l'accueil.", "fr"),
    ("It was a ready-to-wear look.", "Era um visual pronto-a-vestir, de preço baixo.", "pt"),
    # phrases written with hyphens have function words, of either language
    (
        "We offer a state of the art solution for small firms.",
        "Wir bieten eine state-of-the-art Lösung für kleine Firmen.",
        "de",
    ),
    ("The shop sells tools for home repairs.", "De doe-het-zelf-winkel verkoopt gereedschap.", "nl"),
    # words both languages write ("hotel", "restaurant", "bar")
    (
        "The building houses a hotel, a restaurant and a bar.",
        "In het gebouw zit een hotel-restaurant-bar.",
        "nl",
    ),
    # two parts only: a compound
    ("Guests can check in online from noon.", "Gasten kunnen vanaf twaalf uur online check-in doen.", "nl"),
    # the source writes identifiers with hyphens: the translation's is one of them, localised
    (
        "Specify it with --base=<base-commit-id> by hand.",
        "Especifíquelo a mano con --base=<id-commit-base>.",
        "es",
    ),
    # words that do not each lean to the source language ("software" is German too), of
    # which the source writes none
    ("We use free tools for everything.", "Wir nutzen open-source-software für alles.", "de"),
    # a number after a word the target language writes too, or after words the source lacks
    ("The hotel opened in 2025.", "Het hotel-restaurant-2025 ging open in 2025.", "nl"),
    ("The boiler is new.", "De ketel is nieuw (heating-upgrade-2025).", "nl"),
    # a code after words both languages write, or after a function word
    ("The hotel is open.", "Het hotel-restaurant-nl is open.", "nl"),
    ("Our pages are listed below.", "Nos pages sont listées ci-dessous : mode-de-fr.", "fr"),
    # a label of a compound and a name, no sentence after it
    ("SubRip subtitles", "sous-titres SubRip", "fr"),
    # a compound opening a sentence in lowercase where the source does too
    ("e-mail Support if you need help.", "e-mail Support als u hulp nodig hebt.", "nl"),
    # a version tag after two words, or after a phrase with a function word
    ("Install the new driver first.", "Installieren Sie zuerst den treiber-update-v2.", "de"),
    ("Read the guide.", "Lisez le guide mise-en-route-v2.", "fr"),
]


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_slug_of_the_source_words_is_a_warning(source: str, target: str, lang: str, expected: str) -> None:
    issues = run("stray_artifact", source, target, "en", lang)
    assert spans(issues) == [expected]
    assert [i.severity for i in issues] == [Severity.WARNING]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_hyphenated_words_are_silent(source: str, target: str, lang: str) -> None:
    assert spans(run("stray_artifact", source, target, "en", lang)) == []
