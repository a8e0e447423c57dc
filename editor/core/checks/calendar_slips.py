"""A month of the source named as another in the translation ("14 February" -> "14 janvier")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.number_words import calendar, names_month


def month_slips(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Months of the source each with the other month the target names in its place ("14
    February" -> "14 janvier"): only where the target names a month the source does not, so
    that a date written in digits ("14.2.") or left out is not taken for a change."""
    if not names_month(source, source_lang):
        return  # the common case: a substring test per month, in C
    source_months, target_months = calendar(source_lang), calendar(target_lang)
    if source_months is None or target_months is None or not source_months[0].search(source):
        return
    said = [(source_months[1][m.group().lower()], m) for m in source_months[0].finditer(source)]
    written = [(target_months[1][m.group().lower()], m) for m in target_months[0].finditer(target)]
    missing, other = unpaired(said, written, len(source), len(target))
    yield from zip(missing, other, strict=False)


def unpaired(
    said: list[tuple[int, re.Match[str]]],
    written: list[tuple[int, re.Match[str]]],
    said_len: int,
    written_len: int,
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Months of each text left over once each is paired with the same one
    of the other, nearest first by proportion of the texts' lengths: counted, so that "June
    ... June" given as "Juli ... Juni" leaves the first June and "Juli"."""
    pairs = sorted(
        (abs(a.start() / max(1, said_len) - b.start() / max(1, written_len)), x, y)
        for x, (i, a) in enumerate(said)
        for y, (k, b) in enumerate(written)
        if i == k
    )
    left, right = set(range(len(said))), set(range(len(written)))
    for _, x, y in pairs:
        if x in left and y in right:
            left.remove(x)
            right.remove(y)
    return [said[x][1] for x in sorted(left)], [written[y][1] for y in sorted(right)]
