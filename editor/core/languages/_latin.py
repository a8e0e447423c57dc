"""Latin words every language the checks know writes in set phrases ("per capita", "et al.",
"a priori", "vice versa", "de facto"): in a translation they belong to no other language."""

from __future__ import annotations

from editor.core.languages._text import words

LATIN_WORDS = words(
    "a ab ad ante apud bis circa cum de e et ex extra in infra inter intra ipso non per post pro "
    "qua quo quod sic sine sub sui super supra ultra via vice versa versus vs etc al"
)
