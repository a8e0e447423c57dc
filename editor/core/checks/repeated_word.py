"""repeated_word: the same word (or two) twice in a row ("die die"), but not "die, die"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat
from operator import eq

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

# One or two spaces between: a wider gap or a tab is layout (a column of a help text).
_WORD_TWICE = r"(?<![\w'’-])([^\W\d_]+(?:['’-][^\W\d_]+)*)({gap})(\1)(?![\w'’-])"
_TWICE = re.compile(_WORD_TWICE.format(gap=r"[ \u00a0]{1,2}"), re.IGNORECASE)
_TWICE_ANY_GAP = re.compile(_WORD_TWICE.format(gap=r"\s+"), re.IGNORECASE)
# Two words and the same two again: "Version 2.3 Version 2.3".
# Each a word or a number, as written (a placeholder, "%s", or an option, "-n", repeats on
# purpose), one of them a word of three letters at least.
_PAIR_TWICE = re.compile(
    r"(?<![\w'’%$-])((?=\S*[^\W\d_]{3}|\S+ \S*[^\W\d_]{3})"
    r"(?:[^\W_]+(?:[.,]\d+)* [^\W_]+(?:[.,]\d+)*)) \1(?![\w'’-])"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_ECHOED, _ECHO_SPAN = 4, 4  # a word of the source (letters), said again within so many words
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_CLAUSE_MARKS = ",;:(–—"
# Punctuation around words, dropped before the quick test ("notes notes." has "notes" twice).
_MARKS = ".,;:!?…\"'`“”„«»‚‘’()[]"
_BARE = str.maketrans("", "", _MARKS)
_OPENING = "\"'`“„«‚‘(["


@register
class RepeatedWordCheck(Check):
    id = "repeated_word"
    name = "Repeated word"
    description = (
        "The same word, or the same two words, twice in a row with only a space between (not "
        "across punctuation)."
    )
    severity = Severity.WARNING
    category = "Fluency/Grammar"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        words = segment.target.casefold().split()
        if any(map(eq, words, words[2:])):  # "Version 2.3 Version 2.3": maybe a phrase twice
            yield from self._phrases(segment, context, words)
        # No word twice in a row, the second maybe before punctuation ("notes notes."), the
        # first maybe after an opening mark ("(so so)") but not before a comma ("die, die"):
        # the common case, decided at C speed.
        if not any(
            map(eq, map(str.lstrip, words, repeat(_OPENING)), map(str.strip, words[1:], repeat(_MARKS)))
        ):
            return
        source = segment.source.casefold().translate(_BARE).split()
        if any(a == b and a[:1].isalpha() for a, b in zip(source, source[1:], strict=False)) or (
            _TWICE_ANY_GAP.search(segment.source)
        ):
            return  # the author repeats a word too ("bye bye", "`help help'"): a faithful echo
        data = language(context.target_lang)
        target = segment.target
        for m in _TWICE.finditer(target):
            word = m.group(1).casefold()
            if word in data.repeatable_words or _opens_clause(target, m.start(), word, data):
                # The language allows it ("had had"), or a clause starts with the word
                # (German ", die die Amerikaner …", ", nach der der Zeiger …").
                continue
            if m.group(1) != m.group(3) and word in data.capitalised_pronouns:
                continue  # two words: German polite "Sie" and "sie" ("fügen Sie sie hinzu")
            if len(word) > 1 and m.group(1).isupper() != m.group(3).isupper():
                continue  # a placeholder in capitals and its word ("ДНЕЙ дней", "DAYS days")
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )

    def _phrases(self, segment: Segment, context: CheckContext, words: list[str]) -> Iterator[Issue]:
        """Two words repeated as a pair ("die Version 2.3 Version 2.3"), not where the source
        says a word twice too, nor a phrase the language repeats."""
        bare = [word.strip(_MARKS) for word in words]
        pairs = zip(bare, bare[1:], bare[2:], bare[3:], strict=False)
        if not any(a == c and b == d and a != b for a, b, c, d in pairs):
            return
        said = _LETTERS.findall(segment.source.casefold())
        if any(
            len(word) >= _ECHOED and word in said[k + 1 : k + 1 + _ECHO_SPAN] for k, word in enumerate(said)
        ):
            return  # the source says a word twice close by ("version info version"): an echo
        repeatable = language(context.target_lang).repeatable_words
        for m in _PAIR_TWICE.finditer(segment.target):
            if m.group(1).casefold() in repeatable:
                continue  # the language's own ("a mano a mano")
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )


def _opens_clause(text: str, start: int, word: str, data: LanguageData) -> bool:
    """Whether a relative pronoun opens a clause and meets an article of the same form
    (", die die Amerikaner …", ", auf die die Nutzer …"). Any other word doubled after a
    comma is a slip (", um um", ", und und")."""
    if word not in data.relative_pronouns:
        return False
    before = text[max(0, start - 40) : start].rstrip()
    if before and before[-1] in _CLAUSE_MARKS:
        return True
    # A preposition opening the clause, after its comma (", auf die die Nutzer …").
    previous = _LAST_WORD.search(before)
    if previous is None or previous.group(1).lower() not in data.prepositions:
        return False
    rest = before[: previous.start()].rstrip()
    return bool(rest) and rest[-1] in _CLAUSE_MARKS
