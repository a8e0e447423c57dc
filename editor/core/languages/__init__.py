"""The languages the checks know, one module each (``DATA``: a :class:`LanguageData`)."""

from __future__ import annotations

from editor.core.langdata import LanguageData
from editor.core.languages import de, en, es, fr, it, ja, ko, nl, pt, ru, zh

TABLE: dict[str, LanguageData] = {
    module.DATA.code: module.DATA for module in (en, de, fr, es, it, pt, nl, ru, ja, zh, ko)
}
