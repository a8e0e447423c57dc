"""negation: a negated source sentence whose translation negates nothing."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

GOOD = [
    # (source, target, src, tgt)
    (
        "Do not use this medicine after the expiry date.",
        "Usi questo medicinale solo prima della scadenza.",
        "en",
        "it",
    ),
    (
        "Do not use this medicine after the expiry date.",
        "Non usi questo medicinale dopo la data di scadenza.",
        "en",
        "it",
    ),
    ("You must not give it to children under 12.", "Sie dürfen es Kindern unter 12 nicht geben.", "en", "de"),
    ("The tenant shall not keep pets in the flat.", "Le locataire ne peut pas garder d'animaux.", "en", "fr"),
    ("It doesn't work on older phones at all.", "No funciona en teléfonos antiguos.", "en", "es"),
    (
        "Smoking is never allowed inside the building.",
        "Nunca se permite fumar dentro del edificio.",
        "en",
        "es",
    ),
    # Said with a negative prefix or a paraphrase of the language.
    ("The old file format is not valid any more.", "Das alte Dateiformat ist nicht mehr gültig.", "en", "de"),
    (
        "The old file format is not valid any more today.",
        "Das alte Dateiformat ist inzwischen ungültig.",
        "en",
        "de",
    ),
    (
        "This address is not known to the server today.",
        "El servidor desconoce esta dirección.",
        "en",
        "es",
    ),
    (
        "Use the cable provided, not a cheaper one from elsewhere.",
        "Utilisez le câble fourni plutôt qu'un autre.",
        "en",
        "fr",
    ),
    (
        "The sender of this message is not known to us at all.",
        "Der Absender dieser Nachricht ist uns völlig unbekannt.",
        "en",
        "de",
    ),
    (
        "The sound is not enabled on this computer yet.",
        "Le son est encore désactivé sur cet ordinateur.",
        "en",
        "fr",
    ),
    (
        "The value is not in the range the field allows.",
        "Значение находится за пределами допустимого диапазона поля.",
        "en",
        "ru",
    ),
    # "or not" offers the other choice and negates nothing.
    (
        "Whether or not the clock is shown in the top panel.",
        "Indica si el reloj se muestra en el panel superior.",
        "en",
        "es",
    ),
    (
        "The panel shows the clock, whether it is needed or not.",
        "Das Feld zeigt die Uhr in jedem Fall an.",
        "en",
        "de",
    ),
    # "not … properly" said with a word for "badly".
    (
        "The cover is not closed properly, so the pump stops after a minute.",
        "Le couvercle est mal fermé, la pompe s'arrête donc au bout d'une minute.",
        "en",
        "fr",
    ),
    (
        "If the filter isn't correctly fitted, water runs past it.",
        "Wenn der Filter falsch eingebaut ist, läuft das Wasser daran vorbei.",
        "en",
        "de",
    ),
    # Too short to tell: a label is often said with one word.
    ("File not found", "Fichier introuvable", "en", "fr"),
    # "No." is an abbreviation; a keyword kept as written.
    (
        "See form No. 5 for all the details you need.",
        "Siehe Formular Nr. 5 für alle Einzelheiten.",
        "en",
        "de",
    ),
    (
        "The column is declared NOT NULL in the old schema.",
        "Die Spalte ist im alten Schema NOT NULL.",
        "en",
        "de",
    ),
    # The same language on both sides, or a language without the data.
    ("Do not close the window while it runs.", "Do not close the window while it runs.", "en", "en"),
    ("Do not close the window while it runs.", "実行中はウィンドウを閉じないでください。", "en", "ja"),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt"), GOOD)
def test_silent(source: str, target: str, src: str, tgt: str) -> None:
    assert run("negation", source, target, src, tgt) == []


BAD = [
    # (source, target, src, tgt, flagged source text, severity)
    (
        "Do not use this medicine after the expiry date.",
        "Usi questo medicinale dopo la data di scadenza.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Do not give this medicine to children under 12.",
        "Dê este medicamento a crianças com menos de 12 anos.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "The Tenant shall not sublet the Property or any part of it.",
        "Het is de Huurder toegestaan het Gehuurde of een deel ervan onder te verhuren.",
        "en",
        "nl",
        "not",
        Severity.WARNING,
    ),
    (
        "The update doesn't delete your notebooks or their attachments.",
        "Das Update löscht Ihre Notizbücher und deren Anhänge.",
        "en",
        "de",
        "doesn't",
        Severity.WARNING,
    ),
    (
        "Sie dürfen das Gerät niemals im Regen benutzen.",
        "You may use the device in the rain.",
        "de",
        "en",
        "niemals",
        Severity.WARNING,
    ),
    # An ordinary word opening with a prefix's letters negates nothing: "nombre" is no
    # "no" + "mbre", "importante" no "im" + "portante", "unsere" no "un" + "sere".
    (
        "Please do not write your name on the envelope.",
        "Escriba su nombre en el sobre, por favor.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    (
        "It is not important to keep the receipt after a year.",
        "È importante conservare lo scontrino dopo un anno.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "Our rooms cannot be booked for a single night.",
        "Unsere Zimmer können für eine einzige Nacht gebucht werden.",
        "en",
        "de",
        "cannot",
        Severity.WARNING,
    ),
    (
        "Whether or not the file exists, the app does not delete the folder.",
        "Che il file esista o meno, l'app elimina la cartella.",
        "en",
        "it",
        "not",
        Severity.WARNING,
    ),
    (
        "The blender stops when the lid is open or not locked.",
        "O liquidificador para quando a tampa está aberta ou travada.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    # An error is no negation: "no reinicie" lost, "el error" said.
    (
        "If the light flashes, do not restart the printer yet.",
        "Si la luz parpadea por un error, reinicie la impresora.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # "mal" says "not properly", not another "not" of the source, nor a "not" without it.
    (
        "Do not open the lid while the cover is not closed properly.",
        "Abra a tampa enquanto a cobertura está mal fechada.",
        "en",
        "pt",
        "not",
        Severity.WARNING,
    ),
    (
        "The lid does not open until the machine has cooled down.",
        "La tapa se abre mal hasta que la máquina se haya enfriado.",
        "en",
        "es",
        "not",
        Severity.WARNING,
    ),
    # A software message: a negation is often rephrased there ("verbergen" for "do not
    # show"), so only a hint.
    (
        "Cannot open file '%s' for writing now.",
        "Datei »%s« kann zum Schreiben geöffnet werden.",
        "en",
        "de",
        "Cannot",
        Severity.INFO,
    ),
]


@pytest.mark.parametrize(("source", "target", "src", "tgt", "flagged", "severity"), BAD)
def test_flagged(source: str, target: str, src: str, tgt: str, flagged: str, severity: Severity) -> None:
    issues = run("negation", source, target, src, tgt)
    assert [(i.side, i.text, i.severity) for i in issues] == [("source", flagged, severity)]
