"""Two words the source writes apart, kept as they are and run together in the target: a
brand and its model ("Lumo ax-20" -> "Lumoax-20", "Vento 7" -> "Vento7"). The parts need no
word list: the source shows the space that was lost.

Two capitalised words joined ("NumLock" for "Num Lock") are left to :mod:`merged_token`'s
word lists: software writes key and product names so.
"""

from __future__ import annotations

import re
from itertools import pairwise

from editor.core.checks.fusion import WHOLE_KNOWN
from editor.core.checks.glued_marks import GluedMark
from editor.core.checks.lexicon import is_known
from editor.core.text import SPACELESS

_SPACELESS = re.compile(f"[{SPACELESS}]")
# letters and digits, a hyphen or a full stop inside ("ax-20", "2.x")
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
# A letter and a digit in one token ("Vento7", "ax-20"): most texts have none, and the
# source's pairs need no look then.
# (the digit first: a scan stops at digits only, five times faster than at every letter)
_LETTER_THEN_DIGIT = re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][-.]\d))")
_MIN_PART = 2  # a first part of one letter is as often a name's initial or a series ("X 11")


def glued_source_words(target: str, source: str, lang: str) -> list[GluedMark]:
    """Where ``target`` holds, as one token, two tokens that follow each other in ``source``
    with a space between them, the second holding a digit (a model's code, a version),
    written exactly as the source writes them: no word the translation made of them, no join
    the source writes too, no name the word lists hold as one word."""
    if not _LETTER_THEN_DIGIT.search(target) or " " not in source or _SPACELESS.search(target):
        return []
    found = []
    for a, b in pairwise(_TOKEN.finditer(source)):
        if a.end() + 1 != b.start() or source[a.end()] != " ":
            continue
        first, second = a.group(), b.group()
        joined = first + second
        if joined not in target:  # the cheap test, before any other
            continue
        if len(first) < _MIN_PART or not first[-1].isalpha():
            continue  # a number and its unit are unit_glue's ("5 GB" -> "5GB")
        if not any(ch.isdigit() for ch in second):
            continue
        if re.search(rf"(?<![^\W_]){re.escape(joined)}(?![^\W_])", source, re.IGNORECASE):
            continue  # the source writes it as one word too
        letters = joined.replace("-", "")
        if is_known(letters, lang, WHOLE_KNOWN) or is_known(letters, "en", WHOLE_KNOWN):
            continue  # a name spelt as one word ("PowerPoint")
        for m in re.finditer(rf"(?<![^\W_]){re.escape(joined)}(?![^\W_])", target):
            why = f"'{first}' and '{second}' are fused; the source writes them apart"
            found.append(GluedMark(m.start(), m.end(), m.start() + len(first), why))
    return found
