"""Two numbers of the source given to each other's thing: the same two values in the
translation, each beside the word the source gives the other one ("iOS 12 and Android 9" ->
"iOS 9 und Android 12"). Only a word the translation keeps as written (a name, a code) ties a
number to its thing: a translated noun could be told only with a dictionary."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from editor.core.checks.number_slip import Slip
from editor.core.checks.numparse import Number
from editor.core.langdata import language

_BEFORE = re.compile(r"([^\W\d_][\w.+-]*)[ \u00a0]\Z")  # "Android 9"
_AFTER = re.compile(r"[ \u00a0]?[%\uff05]?[ \u00a0]([^\W\d_][\w+-]*)")  # "70 % Merino"
_REACH = 40


def swapped_pairs(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    said: Sequence[Number],
    written: Sequence[Number],
) -> Iterator[Slip]:
    """Pairs of numbers of the source with two values, each tied to its own word kept as
    written in the translation, that the translation ties to each other's word."""
    ours = [n for n in said if n.digits and not n.part and not n.literal]
    if len(ours) < 2:
        return
    theirs = [n for n in written if n.digits and not n.part and not n.literal]
    idle = language(source_lang).function_words | language(target_lang).function_words
    once = [n for n in ours if sum(n.matches(m) for m in ours) == 1]
    for i, first in enumerate(once):
        for second in once[i + 1 :]:
            if first.matches(second):
                continue
            there = [[m for m in theirs if n.matches(m)] for n in (first, second)]
            if len(there[0]) != 1 or len(there[1]) != 1:
                continue
            one, other = there[0][0], there[1][0]
            for side in (_BEFORE, _AFTER):
                words = [_word(text, n, side) for text, n in ((source, first), (source, second))]
                kept = [_word(target, n, side) for n in (one, other)]
                if (
                    None in words
                    or words[0] == words[1]
                    or any(w in idle for w in words)
                    or kept != [words[1], words[0]]
                ):
                    continue
                pairs = ((one, first, words[1], second), (other, second, words[0], first))
                for mine, wanted, word, right in sorted(pairs, key=lambda p: p[0].start):
                    yield Slip(
                        mine.start,
                        mine.end,
                        f"'{mine.text}' beside '{word}', which the source gives '{right.text}'",
                        None,
                        (wanted.start, wanted.end),
                    )
                break


def _word(text: str, number: Number, side: re.Pattern[str]) -> str | None:
    """The word right before or after the number, lowercase."""
    if side is _BEFORE:
        found = side.search(text, max(0, number.start - _REACH), number.start)
    else:
        found = side.match(text, number.end)
    return found.group(1).lower() if found else None
