"""punctuation on straight quotation marks over a whole document: once or twice beside the
language's own marks, a slip and a warning; a convention (straight ones throughout, or
written many times by several hands) information at most."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity, build_context, get_check
from tests.factories import make_document

Pairs = list[tuple[str, str]]

# The source quotes in typographic marks; the translation writes the language's own for some
# and straight ones for one or two of them: those are warnings, the language's marks the fix.
SLIPS: list[tuple[str, Pairs, list[tuple[str, str]]]] = [
    (
        "it",
        [
            ("The course is called “Mend It Yourself”.", "Il corso si chiama «Riparalo da te»."),
            (
                "One guest wrote: “I learnt more in an evening than in a year.”",
                'Un ospite ha scritto: "Ho imparato più in una sera che in un anno."',
            ),
        ],
        [('"Ho imparato più in una sera che in un anno."', "«Ho imparato più in una sera che in un anno.»")],
    ),
    (
        "de",
        [
            ("Press “Book now” to reserve.", "Drücken Sie „Jetzt buchen“, um zu reservieren."),
            ("Then open “My bookings”.", "Öffnen Sie dann „Meine Buchungen“."),
            ("Choose “Cancel booking” there.", 'Wählen Sie dort "Buchung stornieren".'),
        ],
        [('"Buchung stornieren"', "„Buchung stornieren“")],
    ),
    # The document's only quotation, a label of one word: the pipeline flattened it.
    (
        "de",
        [
            ("Check the brakes before you ride.", "Prüfen Sie vor der Fahrt die Bremsen."),
            ("Press the red “Report” button.", 'Drücken Sie die rote Taste "Report".'),
        ],
        [('"Report"', "„Report“")],
    ),
    # Everyday prose: a name quoted as the source writes it, in straight marks.
    (
        "de",
        [
            ("Call us from Monday to Friday.", "Rufen Sie uns von Montag bis Freitag an."),
            (
                'Unclaimed coats go to the charity "Warm Hands" after three months.',
                'Nicht abgeholte Mäntel gehen nach drei Monaten an die Hilfsorganisation "Warm Hands".',
            ),
        ],
        [('"Warm Hands"', "„Warm Hands“")],
    ),
    # Everyday prose that quotes in the language's marks elsewhere, and in straight ones only
    # where the source does: a sign's words of capitals too
    (
        "it",
        [
            (
                'Keep the door closed when the red "ON AIR" light is on.',
                'Tenete la porta chiusa quando è accesa la luce rossa "ON AIR".',
            ),
            (
                'As our manager puts it: "Radio is a team sport."',
                "Come dice la nostra responsabile: «La radio è uno sport di squadra».",
            ),
        ],
        [('"ON AIR"', "«ON AIR»")],
    ),
    # ... an abbreviation with its full stop too
    (
        "it",
        [
            ("Keep the tablets below 25 °C.", "Conservi le compresse sotto i 25 °C."),
            (
                'Do not use them after the date printed after "EXP".',
                'Non le usi dopo la data riportata dopo "Scad.".',
            ),
        ],
        [('"Scad."', "«Scad.»")],
    ),
    # ... and a word the translation quotes so, with the spaces French writes inside its marks
    (
        "fr",
        [
            ("We email you a proof before we print.", "Nous vous envoyons une épreuve avant l’impression."),
            (
                'Nothing is printed until you have replied "approved" by email.',
                'Rien n’est imprimé tant que vous n’avez pas répondu "approuvé" par e-mail.',
            ),
        ],
        [('"approuvé"', "«\u00a0approuvé\u00a0»")],
    ),
    # The source quotes in straight marks, and so does the translation, its only quotation.
    (
        "de",
        [
            ("Call us from Monday to Friday.", "Rufen Sie uns von Montag bis Freitag an."),
            (
                'As our customers say, "The best move is the one you hardly notice."',
                'Wie unsere Kunden sagen: "Der beste Umzug ist der, den man kaum bemerkt."',
            ),
        ],
        [
            (
                '"Der beste Umzug ist der, den man kaum bemerkt."',
                "„Der beste Umzug ist der, den man kaum bemerkt.“",
            )
        ],
    ),
    # The source writes no quotation marks of its own: the translation's style decides.
    (
        "fr",
        [
            ("The menu has a Help page.", "Le menu comporte une page « Aide en ligne »."),
            ("Open the Settings page.", "Ouvrez la page « Réglages du compte »."),
            ("Open the Search page.", "Ouvrez la page « Recherche avancée »."),
            ("Then use the Reset button.", 'Utilisez ensuite le bouton "Remise à zéro".'),
        ],
        [('"Remise à zéro"', "«\u00a0Remise à zéro\u00a0»")],
    ),
    # The language's second style, which the document writes: its marks are the fix.
    (
        "pt",
        [
            (
                'Our course "Portuguese Classics" runs on Tuesdays.',
                "O curso «Clássicos Portugueses» decorre às terças.",
            ),
            ('"Seafood Saturday" includes lunch.', "O «Sábado do Marisco» inclui almoço."),
            ('Ask for "Sweets of the Convent" in May.', "Peça os «Doces Conventuais» em maio."),
            ('Try "Knife Skills in One Morning".', 'Experimente "Técnicas de Faca numa Manhã".'),
        ],
        [('"Técnicas de Faca numa Manhã"', "«Técnicas de Faca numa Manhã»")],
    ),
]

# No slip to warn of (information at most): straight marks throughout; straight ones written
# as often as a second hand's convention; a literal in straight marks; the source's own.
CONVENTIONS: list[tuple[str, Pairs]] = [
    (
        "de",
        [
            ('He said "yes, please".', 'Er sagte "ja, bitte".'),
            ('She said "no, thanks".', 'Sie sagte "nein, danke".'),
            ('They said "maybe later".', 'Sie sagten "vielleicht später".'),
        ],
    ),
    (
        "de",
        [
            ("Press “Book now” to reserve.", 'Drücken Sie "Jetzt buchen", um zu reservieren.'),
            ("Then open “My bookings”.", 'Öffnen Sie dann "Meine Buchungen".'),
        ],
    ),
    # software text: the words quoted as the source writes them are a literal
    (
        "de",
        [
            ("Use %s to list the files.", "Verwenden Sie %s, um die Dateien aufzulisten."),
            ("Press <b>OK</b> to go on.", "Drücken Sie <b>OK</b>, um fortzufahren."),
            ("Set {name} before you start.", "Legen Sie {name} fest, bevor Sie beginnen."),
            (
                'Type "show all branches" in the box to see them.',
                'Geben Sie "show all branches" in das Feld ein, um sie zu sehen.',
            ),
        ],
    ),
    (
        "it",
        [
            ("Click “Save file”.", "Fate clic su «Salva file»."),
            ("Click “Open file”.", "Fate clic su «Apri file»."),
            ("Click “Close file”.", "Fate clic su «Chiudi file»."),
            ("Click “Print file”.", 'Fate clic su "Stampa file".'),
            ("Click “Send file”.", 'Fate clic su "Invia file".'),
            ("Click “Copy file”.", 'Fate clic su "Copia file".'),
        ],
    ),
    (
        "it",
        [
            ("Click “Save file”.", "Fate clic su «Salva file»."),
            ("Set the mode to “lockscreen”.", 'Impostate la modalità su "lockscreen".'),
        ],
    ),
    (
        "fr",
        [
            ('Click "Save".', 'Cliquez sur "Enregistrer".'),
            ("Click “Open”.", "Cliquez sur « Ouvrir »."),
        ],
    ),
    (
        "fr",
        [
            ("The menu has a Help page.", "Le menu comporte une page « Aide en ligne »."),
            ("Open the Settings page.", "Ouvrez la page « Réglages du compte »."),
            ("Open the Search page.", "Ouvrez la page « Recherche avancée »."),
            ("Open the News page.", "Ouvrez la page « Dernières nouvelles »."),
            ("Open the Terms page.", "Ouvrez la page « Conditions générales »."),
            ("Open the Print page.", "Ouvrez la page « Impression rapide »."),
            ("Open the Share page.", "Ouvrez la page « Partage de fichiers »."),
            ("Open the Mail page.", "Ouvrez la page « Courrier entrant »."),
            ("Open the Help page.", "Ouvrez la page « Aide et support »."),
            ("Then use the Reset button.", 'Utilisez ensuite le bouton "Remise à zéro".'),
            ("Then use the Clear button.", 'Utilisez ensuite le bouton "Tout effacer".'),
            ("Then use the Undo button.", 'Utilisez ensuite le bouton "Annuler tout".'),
        ],
    ),
]


def _straight(lang: str, pairs: Pairs) -> list[tuple[str, str | None, Severity]]:
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    return [
        (issue.text, issue.suggestion, issue.severity)
        for segment in document
        for issue in get_check("punctuation").check(segment, context)
        if issue.message.startswith("Straight")
    ]


@pytest.mark.parametrize(("lang", "pairs", "expected"), SLIPS)
def test_straight_quotes_beside_the_languages_own_are_warnings(
    lang: str, pairs: Pairs, expected: list[tuple[str, str]]
) -> None:
    assert _straight(lang, pairs) == [(text, fix, Severity.WARNING) for text, fix in expected]


@pytest.mark.parametrize(("lang", "pairs"), CONVENTIONS)
def test_straight_quotes_by_convention_are_no_warning(lang: str, pairs: Pairs) -> None:
    assert [found for found in _straight(lang, pairs) if found[2] is not Severity.INFO] == []


def test_the_document_statistics_follow_an_edit() -> None:
    """With the language's marks edited out, straight ones are the translation's style."""
    from dataclasses import replace

    lang, pairs, _ = SLIPS[0]
    document = make_document(pairs, "en", lang)
    context = build_context(document)
    assert context.stats.quotes.flattened_slips
    old = document[1]
    context.stats.update(old, replace(old, target='Il corso si chiama "Riparalo da te".'))
    assert (context.stats.quotes.rendered, context.stats.quotes.flattened) == (0, 2)
    assert not context.stats.quotes.flattened_slips
