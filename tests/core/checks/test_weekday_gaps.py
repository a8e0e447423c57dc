"""number_mismatch: weekdays of the source left out or named as another, with no date beside them."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

# (source, target, target language)
GOOD = [
    ("We are open on Mondays and Fridays.", "Wir haben montags und freitags geöffnet.", "de"),
    ("The market is held on Tuesday and Saturday.", "Le marché a lieu le mardi et le samedi.", "fr"),
    ("Visits are possible from Monday to Friday.", "Le visite sono possibili dal lunedì al venerdì.", "it"),
    # the days said another way, or abbreviated
    ("We are closed on Saturdays and Sundays.", "Am Wochenende haben wir geschlossen.", "de"),
    ("Open Monday to Friday and on Saturday.", "Geöffnet Mo–Fr und samstags.", "de"),
    # "weekdays" said as "Monday to Friday", and the other way round
    (
        "Orders arrive on weekdays and on Saturdays.",
        "Bestellungen kommen montags bis freitags und samstags.",
        "de",
    ),
    ("Open Monday to Friday and on Saturdays.", "Geöffnet werktags und samstags.", "de"),
    # inflected, joined into a compound
    ("On Sunday morning and on Monday we rest.", "Am Sonntagvormittag und am Montag ruhen wir.", "de"),
    ("On Easter Sunday and Monday we are closed.", "Am Ostersonntag und Ostermontag ist zu.", "de"),
    ("The shop opens on Saturdays.", "De winkel is zaterdags open.", "nl"),
    # a day that is part of a name, kept or translated
    ("Prices drop on Black Friday and on Monday.", "Die Preise sinken am Black Friday und am Montag.", "de"),
    ("Prices drop on Black Friday and on Monday.", "Los precios bajan el lunes y en el Viernes Negro.", "es"),
    # a day kept as written in a name as often as the source writes it
    ('Join our "Green Sunday" market.', "Venha ao nosso mercado «Green Sunday».", "pt"),
    # a format's help, whose examples translations localise
    ("%A   the full weekday name (e.g., Sunday)", "%A   voller Name des Wochentags (z. B. Freitag)", "de"),
    # a day before a date is compared with its date (calendar_slips)
    ("Closed on Friday 9 June and on Monday.", "Geschlossen am Freitag, 9. Juni, und am Montag.", "de"),
    # a compound's first half said for Sunday ("Sonn- und Feiertage"), no abbreviated range
    (
        "Open Monday to Friday and on Saturday from 9:30; closed on Sundays and public holidays.",
        "Montags bis freitags und samstags ab 9:30 Uhr geöffnet; an Sonn- und Feiertagen geschlossen.",
        "de",
    ),
]

# (source, target, target language, [flagged text], message part)
BAD = [
    (
        "Open Monday to Friday and on Saturday from 9:30; closed on Sundays and public holidays.",
        "Montags bis freitags und sonntags ab 9:30 Uhr geöffnet; an Sonn- und Feiertagen geschlossen.",
        "de",
        ["sonntag"],
        "where the source has 'Saturday'",
    ),
    # "weekdays" said as "Monday to Friday", the other day named as another
    (
        "Orders reach us before 11:30 on weekdays and before 10:00 on Saturdays.",
        "Bestellungen erreichen uns montags bis freitags vor 11:30 Uhr und sonntags vor 10:00 Uhr.",
        "de",
        ["sonntag"],
        "where the source has 'Saturdays'",
    ),
    # a day also kept in a name the translation keeps ("Green Sunday") is still a day to find
    (
        'Every Saturday, and on the first Sunday of each month a "Green Sunday" market.',
        "Todos os sábados e, no primeiro sábado de cada mês, um mercado «Green Sunday».",
        "pt",
        ["sábado"],
        "where the source has 'Sunday'",
    ),
    # a clock time after a day is no day of the month ("Friday, 9:15")
    (
        "Group lessons run from Sunday to Friday, 9:15 to 11:45 a.m.",
        "Les cours collectifs ont lieu du lundi au vendredi, de 9 h 15 à 11 h 45.",
        "fr",
        ["lundi"],
        "where the source has 'Sunday'",
    ),
    (
        "We are open on Mondays and Fridays from 8 am.",
        "Wir haben montags von 8 Uhr geöffnet.",
        "de",
        ["montags"],
        "'Fridays' of the source is missing",
    ),
    (
        "The market is held on Tuesday and Saturday.",
        "Le marché a lieu le mardi.",
        "fr",
        ["mardi"],
        "'Saturday' of the source is missing",
    ),
    (
        "The market is held on Tuesday.",
        "Le marché a lieu le jeudi.",
        "fr",
        ["jeudi"],
        "where the source has 'Tuesday'",
    ),
    (
        "Open Tuesday to Friday from 9.",
        "Geöffnet Mittwoch bis Freitag ab 9 Uhr.",
        "de",
        ["Mittwoch"],
        "where the source has 'Tuesday'",
    ),
    (
        "Collections are on Wednesdays.",
        "Las recogidas son los jueves.",
        "es",
        ["jueves"],
        "where the source has 'Wednesdays'",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_good_is_silent(source: str, target: str, lang: str) -> None:
    assert run("number_mismatch", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected", "message"), BAD)
def test_bad_is_found(source: str, target: str, lang: str, expected: list[str], message: str) -> None:
    issues = [i for i in run("number_mismatch", source, target, "en", lang) if i.side == "target"]
    assert [i.text for i in issues] == expected
    assert message in issues[0].message


def test_a_day_named_as_another_gets_the_days_name_as_its_fix() -> None:
    (issue,) = run(
        "number_mismatch", "The market is held on Tuesday.", "Der Markt findet am Donnerstag statt."
    )
    assert issue.suggestion == "Dienstag"
