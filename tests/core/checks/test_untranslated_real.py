"""untranslated on software text: a target kept as the source is an error only when it reads
as an untranslated sentence; commands, keywords and product names are kept on purpose."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

# (source, target, target language): deliberately kept as they are
GOOD = [
    ("svn log --limit <n> [<path>]", "svn log --limit <n> [<path>]", "de"),
    ("max_depth=%d", "max_depth=%d", "de"),
    ("CLOSE_WAIT", "CLOSE_WAIT", "fr"),
    ("ESTABLISHED", "ESTABLISHED", "de"),
    ("Contoso Cordless Optical Mouse", "Contoso Cordless Optical Mouse", "de"),
    ("Contoso Cordless Optical Mouse", "Contoso Cordless Optical Mouse", "fr"),
    (
        "Use ALTER TABLE DROP COLUMN here.",
        "Verwenden Sie hier ALTER TABLE DROP COLUMN.",
        "de",
    ),
    (
        "Please run 'git notes merge --commit' now.",
        "Bitte führen Sie jetzt 'git notes merge --commit' aus.",
        "de",
    ),
]

GOOD += [
    # values and keywords the source lists, kept as they are: no function word, or commas
    ("formats: aligned, asciidoc, csv, html", "Formate: aligned, asciidoc, csv, html", "de"),
    ("use lt le eq ne ge gt", "verwenden Sie lt le eq ne ge gt", "de"),
    ("see the predicate evaluation cost table", "siehe predicate evaluation cost table", "de"),
]

# (source, target, target language, [(flagged text, severity)])
BAD = [
    # A quotation left in the source language, up to where the target's own words start
    # ("a estimé"), and a fragment copied with its numbers.
    (
        "“This is a clean beat on every line,” said Priya Raman.",
        "« This is a clean beat on every line », a estimé Priya Raman.",
        "fr",
        [("is a clean beat on every line", Severity.WARNING)],
    ),
    (
        "It causes fever in about 1 in 4 children, the study says.",
        "Es verursacht Fieber in about 1 in 4 children, so die Studie.",
        "de",
        [("in about 1 in 4 children", Severity.WARNING)],
    ),
    (
        "internal error: unknown opcode %d while decoding",
        "internal error: unknown opcode %d while decoding",
        "de",
        [("internal error: unknown opcode %d while decoding", Severity.ERROR)],
    ),
    (
        "Could not open the file.",
        "Could not open the file.",
        "fr",
        [("Could not open the file.", Severity.ERROR)],
    ),
    ("folder", "folder", "de", [("folder", Severity.WARNING)]),
    ("Network Settings", "Network Settings", "de", [("Network Settings", Severity.WARNING)]),
    ("print FILE to STDOUT", "print FILE to STDOUT", "fr", [("print FILE to STDOUT", Severity.WARNING)]),
    (
        "Then we will see what happens next.",
        "Dann we will see what happens next.",
        "de",
        [("see what happens next", Severity.WARNING)],
    ),
    (  # words both languages have ("instructions") inside a clause the source writes so
        "One of these instructions may not be run in parallel.",
        "Cette instruction peut être exécutée of these instructions may not en parallèle.",
        "fr",
        [("of these instructions may not", Severity.WARNING)],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_kept_on_purpose_is_silent(source: str, target: str, lang: str) -> None:
    assert run("untranslated", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_untranslated_prose_is_found(
    source: str, target: str, lang: str, expected: list[tuple[str, Severity]]
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == expected
