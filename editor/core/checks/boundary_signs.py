"""Sentence boundaries lost where a mark other than a plain full stop held them: the full stop
of an abbreviation that also ended the sentence ("… в 2024 г Поэтому …"), and the one before a
sentence written in brackets and opened by a function word ("… le prix (Pour les groupes, le
tarif est réduit.)")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.langdata import language

_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
_LOWER = "a-zß-öø-ÿα-ωа-яё"
# a lowercase word, a space, then a bracket that holds a whole sentence: a capital, at least
# three more words, a lowercase word of three letters or more (no abbreviation) and its mark
_BRACKETED = re.compile(
    rf"(?<![\w.-])([{_LOWER}]{{2,}}) \((?=[{_UPPER}][{_LOWER}]*(?: [^()\n ]+){{3,}}?"
    rf"(?<=[{_LOWER}]{{3}})[.!?]\))([{_UPPER}][{_LOWER}]*)"
)

# the source's own bracketed sentence after a word with no mark ("link (We asked them.)")
_SOURCE_BRACKET = re.compile(rf"[^\W_][\"”’]? \([{_UPPER}][^()]*[.!?][\"”’]?\)")


@lru_cache(maxsize=32)
def _year_pattern(code: str) -> re.Pattern[str] | None:
    signs = language(code).year_signs
    if not signs:
        return None
    alternatives = "|".join(re.escape(sign) for sign in sorted(signs, key=len, reverse=True))
    # a year (four digits), its sign without the full stop, then a capitalised word
    return re.compile(rf"(?<![\d.,])(?:1\d{{3}}|20\d{{2}}) ({alternatives})(?= [{_UPPER}][{_LOWER}])")


def lost_stops(source: str, target: str, target_lang: str) -> Iterator[tuple[int, int, str, str]]:
    """Each lost boundary of these kinds in ``target``: its span, the message and the fix of
    the span. Not where the source too writes a bracketed sentence after a word with no
    mark."""
    pattern = _year_pattern(target_lang)
    if pattern is not None and " " in target:
        for m in pattern.finditer(target):
            end = target.find(" ", m.end(1) + 1)
            end = len(target) if end < 0 else end
            yield (
                m.start(1),
                end,
                f"'{m.group(1)}' takes a full stop, which also ends the sentence here: "
                f"'{target[m.end(1) + 1 : end]}' runs on from it",
                f"{m.group(1)}.{target[m.end(1) : end]}",
            )
    if " (" in target and not _SOURCE_BRACKET.search(source):
        data = language(target_lang)
        # a sentence's first word, not a noun or a name ("leer (Dateisystem nicht …)")
        opening = data.function_words | data.determiners | data.conjunctions | data.sentence_openers
        for m in _BRACKETED.finditer(target):
            if m.group(2).lower() not in opening and m.group(2).lower() not in data.prepositions:
                continue
            yield (
                m.start(1),
                m.end(2),
                f"the bracketed sentence '({m.group(2)} …' follows '{m.group(1)}' with no full stop: "
                "the sentence before it seems to have lost its end",
                f"{m.group(1)}. ({m.group(2)}",
            )
