"""Questions and exclamations that a language opens with a mark of their own (Spanish "¿…?",
"¡…!"), written with the closing mark only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.langdata import language

# Where a sentence begins: after a sentence mark and a space, or a line break
# (a line break alone does not end one: message catalogues wrap their sentences)
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n\s*\n")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"\w+\W*$")
_CLAUSE_MARKS = ",;:("
_INTRODUCES = re.compile(r"(?::|\s[–—])\s+")  # a colon or a spaced dash, before what it introduces


class Unopened(NamedTuple):
    """A closing mark whose sentence has no opening one: where to point (the sentence's first
    word when the question is the whole sentence, else the mark itself), the marks, and the
    fix (the word with the opening mark before it), if it can be told."""

    start: int
    end: int
    closer: str
    opener: str
    fix: str | None


def _named(word: str, source: str, following: str) -> bool:
    """Whether the source writes ``word`` with its mark ("Yahoo!", "squash!") other than at the
    end of its text or of a sentence, or before the word that follows it in the translation
    too ("Yahoo! Mail"): a name or a command, whose mark ends no sentence. One that ends the
    source's sentences ("Welcome to Hive Works!") ends an exclamation there too."""
    for found in re.finditer(rf"(?<!\w){re.escape(word)}", source):
        after = _NEXT_WORD.match(source, found.end())
        if not _ENDS_SENTENCE.match(source, found.end()) or (after is not None and after[1] == following):
            return True
    return False


_NEXT_WORD = re.compile(r"\s+(\w+)")


# what follows a mark that ends a sentence: the text's end, or a space and a capital
_ENDS_SENTENCE = re.compile(r"\s*$|\s+[\"'“«(]*[^\W\d_](?<=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


@lru_cache(maxsize=32)
def _closing_pattern(code: str) -> re.Pattern[str] | None:
    pairs = language(code).opening_marks
    if not pairs:
        return None
    closers = "".join(re.escape(closer) for closer, _ in pairs)
    # a mark closing a word (or a quotation or bracket after one), before a space or the end:
    # not "?" inside an address or quoted alone ("'?'"), not "?!" counted twice;
    # or a mark after a number where a sentence plainly ends there (a capital follows, or the
    # text ends): "… abre a las 9!", not "?" in an address or a query string
    return re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][\"”»’)]))[{closers}]+(?=[\s\"'”»’)\]]|$)"
        rf"|(?<=\d)[{closers}](?=\s+[\"'“«(]*[A-ZÀ-ÖØ-ÞА-ЯЁ]|\s*$)"
    )


def unopened(text: str, code: str, source: str = "") -> Iterator[Unopened]:
    """The closing marks of ``text`` whose sentence holds no opening mark, in a language that
    writes one (``opening_marks``); not a word with its mark as the source writes it, a name
    ("Yahoo!") or a command ("squash!")."""
    pattern = _closing_pattern(code)
    if pattern is None or not any(closer in text for closer, _ in language(code).opening_marks):
        return
    openers = dict(language(code).opening_marks)
    begin = 0
    for m in pattern.finditer(text):
        sentence_start = begin
        for end in _SENTENCE_END.finditer(text, begin, m.start()):
            sentence_start = end.end()
        begin = m.end()
        stretch = text[sentence_start : m.start()]
        needed = [openers[ch] for ch in dict.fromkeys(m.group()) if ch in openers]
        if not needed or any(opener in stretch for opener in openers.values()):
            continue
        first = _FIRST_WORD.search(text, sentence_start, m.start())
        if first is None:
            continue  # "?" alone, or after a number: nothing to open
        last = _LAST_WORD.search(text, sentence_start, m.end())
        if last is not None and not last.group()[0].isdigit() and last.group() in source:
            following = _NEXT_WORD.match(text, m.end())
            if len(stretch.split()) < 2 or _named(last.group(), source, following[1] if following else ""):
                continue  # a name alone ("Yahoo! Internet") or inside a sentence
        opener = "".join(needed)
        introduced = [*_INTRODUCES.finditer(stretch)]
        if introduced and not any(mark in stretch[introduced[-1].end() :] for mark in _CLAUSE_MARKS):
            # after a colon or a dash, the question or exclamation is what follows it
            # ("Gracias por su apoyo: ¡hagamos …!")
            opening = _FIRST_WORD.search(text, sentence_start + introduced[-1].end(), m.start())
            if opening is not None:
                yield Unopened(opening.start(), opening.end(), m.group(), opener, opener + opening.group())
                continue
        if any(mark in stretch for mark in _CLAUSE_MARKS):
            # the question may open after a clause ("Si tiene dudas, ¿…?"): the mark only
            yield Unopened(m.start(), m.end(), m.group(), opener, None)
        else:
            yield Unopened(first.start(), first.end(), m.group(), opener, opener + first.group())
