"""named_entity on software text: placeholders, key names, units and Title Case labels are
translated on purpose; brands and model names still have to survive."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

# (source, target, target language): correct translations
GOOD = [
    ("Compare FILE1 with FILE2 and report.", "Vergleicht DATEI1 mit DATEI2 und meldet.", "de"),
    ("True when EXPR1 is larger than EXPR2.", "Wahr, wenn AUSDR1 größer als AUSDR2 ist.", "de"),
    ("Print the STRING and then STRING2.", "Affiche la CHAÎNE puis CHAÎNE2.", "fr"),
    ("Show only the NUMBERth match.", "Afficher seulement la NOMBRE-ième correspondance.", "fr"),
    ("Press Ctrl to copy the item.", "Drücken Sie Strg, um das Element zu kopieren.", "de"),
    ("Select the Nth line of the list.", "Wählt die n-te Zeile der Liste.", "de"),
    ("Keep the N'th field only.", "Ne garder que le n-ième champ.", "fr"),
    ("Disk size (KiB)", "Taille du disque (Kio)", "fr"),
    ("%sPlease check your settings.", "%sBitte prüfen Sie Ihre Einstellungen.", "de"),
    ("%sUnknown sender: %s", "%sExpéditeur inconnu : %s", "fr"),
    ("Enable Accelerators", "Tastenkürzel aktivieren", "de"),
    ("Kinetic Scrolling", "Kinetisches Rollen", "de"),
    ("Smooth Scrolling", "Défilement doux", "fr"),
    ("Options:\n  -q\tSuppresses all output", "Optionen:\n  -q\tUnterdrückt jede Ausgabe", "de"),
    ("%9d   Readable lines in total\n", "%9d   Lesbare Zeilen insgesamt\n", "de"),
    (
        "Usage: list\nIf PATH is given, list it.",
        "Aufruf: list\nFalls PFAD angegeben ist, wird er aufgelistet.",
        "de",
    ),
    ("Copy it to newDirectory/data first.", "Kopieren Sie es zuerst nach neuesVerzeichnis/data.", "de"),
    ("Use Num Lock for the keypad.", "NumLock für den Ziffernblock verwenden.", "de"),
    ("The TreeView widget", "Das Tree-View-Widget", "de"),
    # An identifier's English plural ending may go; inflected, it is itself.
    ("Which GdkEvents reach the widget", "Quels GdkEvent atteignent le widget", "fr"),
    ("Store the ListStore's rows.", "Speichert die Zeilen des ListStores.", "de"),
    # Prompt keys in both cases are localised.
    ("Answer yYnN", "Antwort jJnN", "de"),
    # So are the names of keys, and a menu's mnemonic marks no name.
    ("Map Caps Lock to another Esc", "Verr. maj. devient une autre touche Échap", "fr"),
    ("Press Backspace to undo", "Drücken Sie die Rücktaste zum Rückgängigmachen", "de"),
    ("_Leave Fullscreen", "_Quitter le plein écran", "fr"),
    ("&Open Bookmarks", "&Lesezeichen öffnen", "de"),
    # A column of a table's header or rows is a label.
    ("  Offset   VirtAddr   PhysAddr", "  Décalage Adr.vir.  Adr.phys.", "fr"),
    ("Name:\tTotalSize\n", "Nom :\tTaille totale\n", "fr"),
    # Written with or without diacritics, a name is the same ("Nikšić"); so are cognates.
    ("Written by Hrvoje Niksic.", "Écrit par Hrvoje Nikšić.", "fr"),
    ("It needs a Boolean value", "Il faut une valeur booléenne", "fr"),
]

# (source, target, target language, [(flagged text, side, severity)])
BAD = [
    (
        "Tune the build for the Cortex-A72 core.",
        "Optimise la compilation pour le cœur Cortex-A9.",
        "fr",
        [("A72", "source", Severity.WARNING)],
    ),
    (
        "We asked Zendesk for comment.",
        "Wir fragten das Unternehmen.",
        "de",
        [("Zendesk", "source", Severity.WARNING)],
    ),
    (
        "%s: sync with Zendesk failed",
        "%s: Synchronisierung fehlgeschlagen",
        "de",
        [("Zendesk", "source", Severity.WARNING)],
    ),
    ("Open PayPal", "Bezahlfreund öffnen", "de", [("PayPal", "source", Severity.WARNING)]),
    (
        "The TreeView widget",
        "Das Baumansicht-Widget",
        "de",
        [("TreeView", "source", Severity.WARNING)],
    ),
    (
        "Sync your iPhone now.",
        "Synchronisiere jetzt dein Telefon.",
        "de",
        [("iPhone", "source", Severity.WARNING)],
    ),
    (
        "The tool was built by Hugging Face in Paris.",
        "Das Werkzeug wurde von Umarmendes Gesicht in Paris gebaut.",
        "de",
        [("Hugging Face", "source", Severity.WARNING)],
    ),
    (
        "It met Mistral AI in Paris.",
        "Es traf Mistral-KI in Paris.",
        "de",
        [("Mistral-KI", "target", Severity.WARNING)],
    ),
    # Another identifier is not the name, however alike: a longer one, one letter changed,
    # one translated in part ("GtkPlage").
    (
        "The ToolItemGroup this ToolItem belongs to.",
        "Die ToolItemGroup, zu der dieses Element gehört.",
        "de",
        [("ToolItem", "source", Severity.WARNING)],
    ),
    # An option's letters after a column's tab are no label: a letter dropped is found.
    (
        "\t-abcD or -x file\n",
        "\t-abD o -x archivo\n",
        "es",
        [("abcD", "source", Severity.WARNING)],
    ),
    (
        "Compile the OpenCL kernel.",
        "Compile le noyau OpenGL.",
        "fr",
        [("OpenGL", "target", Severity.WARNING)],
    ),
    (
        "The GtkRange of the slider",
        "Le GtkPlage du curseur",
        "fr",
        [("GtkRange", "source", Severity.WARNING)],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_translated_on_purpose_is_silent(source: str, target: str, lang: str) -> None:
    assert run("named_entity", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_lost_name_is_found(
    source: str, target: str, lang: str, expected: list[tuple[str, str, Severity]]
) -> None:
    issues = run("named_entity", source, target, "en", lang)
    assert [(i.text, i.side, i.severity) for i in issues] == expected
