"""A double-barrelled surname of the source cut to its first half in the translation
("Rosa Vidal-Quintana" -> "Rosa Vidal")."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A capitalised word (a first name or a surname's particle) and a hyphenated pair of
# capitalised words ("Vidal-Quintana"), each part three letters or more.
_DOUBLE = re.compile(r"(?<![\w\-‐])([^\W\d_]+) ([^\W\d_]{3,})[-‐]([^\W\d_]{3,})(?![\w\-‐])")
_DASHES = r"\-‐‑–—"
# A hyphen between a lowercase letter and a capital ("Vidal-Quintana"): found from the hyphen
# on, in C, before the whole pattern is tried.
_CAPITAL_AFTER_HYPHEN = re.compile(r"[-‐](?<=[a-z\u00df-\u00ff].)[A-Z\u00c0-\u00d6\u00d8-\u00de]")


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def cut_surnames(source: str, target: str) -> Iterator[tuple[int, int, str]]:
    """The spans of the names in ``target`` written with the first name (or particle) and the
    first half of a hyphenated surname of the source and nothing of its second half anywhere
    in the target, with the source's full surname."""
    if ("-" not in source and "‐" not in source) or _CAPITAL_AFTER_HYPHEN.search(source) is None:
        return
    folded = target.casefold()
    for m in _DOUBLE.finditer(source):
        before, first, second = m.groups()
        if not (before[0].isupper() and _capitalised(first) and _capitalised(second)):
            continue
        if second.casefold() in folded:
            continue  # written somewhere, maybe apart or in brackets
        for cut in re.finditer(
            rf"(?<![\w{_DASHES}]){re.escape(before)} {re.escape(first)}(?![\w{_DASHES}])", target
        ):
            yield cut.start(), cut.end(), f"{first}-{second}"
