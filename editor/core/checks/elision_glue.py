"""A word run into the elided article or preposition after it, the space lost before the
apostrophe: "risultatidell'anno" for "risultati dell'anno", "ingénieursl'année" for
"ingénieurs l'année". The tokens around an apostrophe are letters on both sides, so the
fusion hides inside the run before it: a common word followed by one of the language's
elided forms that is no word alone (data ``bound_elisions``).

Not a run the word lists hold ("aujourd'hui", "grand'uomo"), an elided form that ends in
another ("quelqu'un"), an English contraction quoted in the text ("doesn't"), nor a join the
source writes too."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.fusion import COMMON, WHOLE_KNOWN
from editor.core.checks.glued_marks import GluedMark
from editor.core.checks.lexicon import has_lexicon, is_known, zipf
from editor.core.langdata import language

# A run of letters right before an apostrophe and a letter: where an elided form ends.
_BEFORE_APOSTROPHE = re.compile(r"['\u2019](?<=[^\W\d_]['\u2019])(?=[^\W\d_])")
_RUN_END = re.compile(r"[^\W\d_]+$")
_TAIL = re.compile(r"[^\W\d_]+")
_MIN_HEAD = 3  # a word of two letters glued on is as often an old spelling or a name's part


@lru_cache(maxsize=16)
def _forms(code: str) -> tuple[str, ...]:
    """The language's elided forms that are no word alone, the longest first."""
    return tuple(sorted(language(code).bound_elisions, key=len, reverse=True))


def glued_elisions(target: str, source: str, lang: str) -> list[GluedMark]:
    """Each common word glued to the elided form after it, with the fix: a space between."""
    if "'" not in target and "\u2019" not in target:
        return []
    forms = _forms(lang)
    if not forms or not has_lexicon(lang):
        return []
    found = []
    for m in _BEFORE_APOSTROPHE.finditer(target):
        run_match = _RUN_END.search(target, max(0, m.start() - 40), m.start())
        if run_match is None:
            continue
        run = run_match.group()
        lower = run.lower()
        if lower in forms or zipf(lower, lang) >= WHOLE_KNOWN or is_known(lower, "en", WHOLE_KNOWN):
            continue
        form = next((f for f in forms if lower.endswith(f) and len(lower) - len(f) >= _MIN_HEAD), None)
        if form is None:
            continue
        head = run[: -len(form)]
        if not (head.islower() or head.istitle()) or not run[-len(form) :].islower():
            continue
        if zipf(head.lower(), lang) < COMMON:
            continue
        tail = _TAIL.match(target, m.end())
        end = tail.end() if tail else m.end()
        token = target[run_match.start() : end]
        if token in source:
            continue  # the source writes the join too
        at = run_match.start() + len(head)
        why = f"'{head}' and '{target[at:end]}' are fused; a space is missing"
        found.append(GluedMark(run_match.start(), end, at, why))
    return found
