"""named_entity: a street's name in a postal address of the source, or named alone, translated."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

# (source, target, target language)
GOOD = [
    # the address kept as written, the number before or after it
    (
        "The shop is at 27 Canal Street, Manchester.",
        "Der Laden ist in der Canal Street 27, Manchester.",
        "de",
    ),
    (
        "The shop is at 27 Canal Street, Manchester.",
        "La tienda está en el 27 de Canal Street, Manchester.",
        "es",
    ),
    ("Send it to 4 Abbey Rd. today.", "Schicken Sie es heute an 4 Abbey Rd.", "de"),
    # a street with no house number is no address ("the Silk Road"); no number kept, nowhere to judge
    (
        "Trade ran along the Silk Road for 1500 years.",
        "Il commercio seguì la Via della Seta per 1500 anni.",
        "it",
    ),
    ("The shop is at 27 Canal Street.", "Il negozio si trova sul canale.", "it"),
    # a number of another kind before a capitalised word
    ("In 2020 Main Street was closed.", "Im Jahr 2020 wurde die Main Street gesperrt.", "de"),
    # a street named alone and kept; a common noun ending like a street ("Parkplatz"), a course
    (
        "Use the car park in Station Street.",
        "Nutzen Sie den Parkplatz in der Station Street.",
        "de",
    ),
    (
        "Our school on Mill Lane runs an English course.",
        "La scuola in Mill Lane organizza un corso di Inglese.",
        "it",
    ),
    # a street the source writes in the target's language, kept (its street word lowercase)
    (
        "Our shop at 14 Rue des Tanneurs in Dijon opens at nine.",
        "Notre boutique, au 14, rue des Tanneurs à Dijon, ouvre à neuf heures.",
        "fr",
    ),
    ("Visit us at Via Garibaldi 12 in Turin.", "Venite a trovarci in Via Garibaldi 12 a Torino.", "it"),
    # ... or of another language: another street kind is another place
    ("Park in Calle Mayor, then walk to the shop.", "Aparque en la plaza Mayor y vaya a la tienda.", "es"),
]

# (source, target, target language, flagged text, fix)
BAD = [
    (
        "The shop is at 27 Canal Street, Manchester.",
        "Il negozio si trova in Via del Canale 27, a Manchester.",
        "it",
        "Via del Canale",
        "Canal Street",
    ),
    (
        "The workshop at 27 Canal Street runs a course.",
        "L'officina al numero 27 di Via del Canale organizza un corso.",
        "it",
        "Via del Canale",
        "Canal Street",
    ),
    # a street named without a number, given a name in the target's language
    (
        "Use the public car park in Station Street, where residents park free.",
        "Nutzen Sie den öffentlichen Parkplatz in der Bahnhofstraße, wo Bewohner kostenlos parken.",
        "de",
        "Bahnhofstraße",
        "Station Street",
    ),
    (
        "The restaurant is on Mill Lane, next to the station.",
        "Il ristorante si trova in Via del Mulino, accanto alla stazione.",
        "it",
        "Via del Mulino",
        "Mill Lane",
    ),
    # the name kept, its street word translated and joined to it
    (
        "Do not follow your satnav into Borrowdale Lane, which is too narrow for caravans.",
        "Volg uw navigatiesysteem niet naar de Borrowdale-laan, want die is te smal voor caravans.",
        "nl",
        "Borrowdale-laan",
        "Borrowdale Lane",
    ),
    # a street the source writes in the target's language, written with other words
    (
        "Our shop at 14 Rue des Tanneurs in Dijon opens at nine.",
        "Notre boutique, au 14, rue des Tanneries à Dijon, ouvre à neuf heures.",
        "fr",
        "rue des Tanneries",
        "rue des Tanneurs",
    ),
    (
        "Visit us at Via Garibaldi 12 in Turin.",
        "Venite a trovarci in Via Garibaldo 12 a Torino.",
        "it",
        "Via Garibaldo",
        "Via Garibaldi",
    ),
    (
        "Our office is at Calle Mayor 5, near the cathedral.",
        "Nuestra oficina está en la calle Principal 5, cerca de la catedral.",
        "es",
        "calle Principal",
        "calle Mayor",
    ),
    # only the street's own word is capitalised: no fix, the language's street word is outside
    ("The shop is at 27 Canal Street.", "Le magasin se trouve au 27, rue du Canal.", "fr", "Canal", None),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_good_is_silent(source: str, target: str, lang: str) -> None:
    assert [i for i in run("named_entity", source, target, "en", lang) if "street" in i.message] == []


@pytest.mark.parametrize(("source", "target", "lang", "flagged", "fix"), BAD)
def test_a_translated_street_is_flagged(
    source: str, target: str, lang: str, flagged: str, fix: str | None
) -> None:
    issues = [i for i in run("named_entity", source, target, "en", lang) if "street" in i.message]
    assert [(i.text, i.suggestion) for i in issues] == [(flagged, fix)]
