"""A currency named in words as another country's than the source's code or sign says
("NOK 240" -> "240 Swedish kronor", "CHF 50" -> "50 French francs")."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.numparse import Number
from editor.core.langdata import language

_SPACE = r"[\s\u00a0\u202f]"


@lru_cache(maxsize=32)
def _names(code: str) -> re.Pattern[str] | None:
    """A currency's name right after a number, maybe after a word joining a scale to it ("2
    millions de couronnes"), one named group per ISO code; each word may take any ending."""
    table = language(code).currency_names
    if not table:
        return None
    groups = []
    for entry in table.split(";"):
        iso, _, forms = entry.partition(":")
        words = [
            f"{_SPACE}+".join(rf"{re.escape(word)}\w*" for word in form.split()) for form in forms.split(",")
        ]
        groups.append(f"(?P<{iso.strip()}>{'|'.join(words)})")
    return re.compile(rf"{_SPACE}?(?:(?:de|of|di|d['’]){_SPACE})?(?:{'|'.join(groups)})(?!\w)", re.IGNORECASE)


def other_currency(
    codes: frozenset[str], target: str, other: Number, target_lang: str
) -> tuple[int, int, str] | None:
    """The currency named after ``other`` of the target (start, end, its ISO code), where it is
    none of ``codes``, the currencies the source's code or sign may stand for."""
    names = _names(target_lang)
    if names is None or not codes:
        return None
    found = names.match(target, other.end)
    if found is None or found.lastgroup is None or found.lastgroup in codes:
        return None
    return found.start(found.lastgroup), found.end(), found.lastgroup
