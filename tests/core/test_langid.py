"""Guessing a language leaves the process able to fork its workers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from editor.core.langid import guess_language, language_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Commission announced new funding for supercomputers.", "en"),
        ("Die Europäische Kommission hat neue Mittel für Supercomputer angekündigt.", "de"),
        ("1234 5678 -- ...", "en"),  # nothing to go on
    ],
)
def test_guess_language(text, code):
    assert guess_language(text) == code


LANGUAGE_CODES = [  # (what a user typed, the code used)
    ("en", "en"),
    ("EN", "en"),
    ("De", "de"),
    ("de-DE", "de"),
    ("de_AT", "de"),
    ("zh-Hant-TW", "zh"),
    ("deu", "de"),
    ("ger", "de"),
    ("yue", "yue"),  # ISO 639-3 without a 639-1 code
    (" fr ", "fr"),
]
NOT_LANGUAGES = ["xx", "zz", "und", "x-klingon", "english", "12", "", "de-", "e"]


@pytest.mark.parametrize(("tag", "code"), LANGUAGE_CODES)
def test_language_code_reads_a_users_tag(tag, code):
    assert language_code(tag) == code


@pytest.mark.parametrize("tag", NOT_LANGUAGES)
def test_language_code_refuses_what_names_no_language(tag):
    with pytest.raises(ValueError, match="not an ISO 639-1 or 639-3 language code"):
        language_code(tag)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_guessing_starts_no_thread():
    """py3langid imports numpy, whose OpenBLAS would start a thread per core: a process with
    threads spawns its check workers instead of forking them (slower, more memory)."""
    code = (
        "from editor.core.langid import guess_language\n"
        "from editor.core.procs import threads_running\n"
        "guess_language('Die Europäische Kommission hat neue Mittel angekündigt.')\n"
        "print(threads_running())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"
