"""Which capitalised words after a comma, semicolon or colon start a sentence whose full stop
was lost ("… le toit, Pour les fenêtres …", Dutch "… de kast: In de gang …"), for
:mod:`editor.core.checks.boundary`; and the small tests of a join's first word it shares
(whether it stands free, whether a one-letter second word is an elided article)."""

from __future__ import annotations

import re

from editor.core.checks.lexicon import is_known
from editor.core.langdata import LanguageData

_COMMON = 4.0  # Zipf frequency of a word that opens sentences rather than names something
_MIN_LETTERS = 3
_SALUTATION_WORDS = 5  # a salutation and its addressee: "Sehr geehrte Frau Dr. Roe"
_ELIDED = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}['’]\Z")
_ELIDED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,6})['’]\Z")  # "dell’", "quest’": a function word
_SENTENCE_MARK = re.compile(r"[.!?…:;\n]")


def common_start(word: str, source: str, lang: str, data: LanguageData) -> bool:
    """Whether a capitalised ``word`` after a comma or colon is an ordinary word that only a
    sentence's start capitalises: its lowercase form a common word of the language, not a
    polite pronoun nor salutation, not a word the source writes capitalised (a name: "Rosa", "Bianca"), in a
    language that does not capitalise its nouns."""
    lower = word.lower()
    return (
        not data.capitalises_nouns
        and len(word) >= _MIN_LETTERS
        and lower not in data.capitalised_pronouns
        and lower not in data.salutations  # "Madame, Monsieur": a salutation's pair
        and lower not in data.courtesy_titles
        and re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", source) is None
        and is_known(lower, lang, _COMMON)
    )


def after_salutation(text: str, start: int, data: LanguageData) -> bool:
    """Whether the comma at ``start`` ends a letter's salutation: its sentence opens with one
    of the language's salutations a few words before ("Liebe Frau Roe, …")."""
    if not data.salutations:
        return False
    opening = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, start)), default=0)
    words = text[opening:start].split()
    return 0 < len(words) <= _SALUTATION_WORDS and words[0].lower() in data.salutations


def elision(target: str, m: re.Match[str], source: str) -> bool:
    """Whether a one-letter second word is an elided article ("L’application") that the
    source does not write too (a code literal: "L'\\u%x")."""
    written = target[m.start(3) : m.end(3) + 1]
    return written[-1:] in ("'", "’") and written[0] + "'" not in source and written[0] + "’" not in source


def free(text: str, m: re.Match[str], data: LanguageData) -> bool:
    """Whether a join's first word stands free: alone, after an elided word ("d’imprimer",
    Italian "all’improvviso") or as the last part of a compound ("XKB-Optionen"); not after
    an apostrophe inside a word ("rock’n’roll", "it's") nor inside a command-line option
    ("--no-warnings")."""
    start = m.start()
    if not start:
        return True
    if text[start - 1] in "'’":
        if _ELIDED.search(text, max(0, start - 3), start) is not None:
            return True
        elided = _ELIDED_WORD.search(text, max(0, start - 8), start)
        return elided is not None and any(elided.group(1).lower() + v in data.function_words for v in "aeo")
    if text[start - 1] == "-":
        token = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
        return not text.startswith("-", token)
    return True
