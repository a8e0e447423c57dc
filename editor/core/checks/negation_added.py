"""A negation the translation adds to an obligation or a permission: "must be neutered" said
"müssen nicht kastriert sein" (need not be), "you may cancel free of charge" said "können Sie
nicht kostenlos stornieren". A helper of ``negation``."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.negation_words import any_word, idle_blanked, paraphrases, prefixed
from editor.core.langdata import language

_NEAR = 2  # words between an obligation and the negation of it: "müssen … nicht", "no … tienen"
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+['’]?\s+){1,2}\Z")  # up to _NEAR words, no mark between
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+){1,2}")


@lru_cache(maxsize=32)
def _obligations(code: str) -> re.Pattern[str] | None:
    data = language(code)
    return any_word(data.obligations | data.permissions)


@lru_cache(maxsize=32)
def _negating(code: str) -> re.Pattern[str] | None:
    data = language(code)
    return any_word(data.negations - data.double_negatives)  # ("sans nom" is "unnamed")


def added_negation(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """The negation the translation puts beside its word of obligation or permission (a
    negating word up to two words before or after it), the message, and the source's such
    word (in lowercase: "May" is a month), where the source negates nothing and says no
    paraphrase of a negation ("only", "except", "unless", which a translation may say with
    one); or None."""
    said_pattern = _obligations(source_lang)
    lowered = source.lower()
    found = said_pattern.finditer(lowered) if said_pattern is not None else ()
    said = next((m for m in found if not source[m.start()].isupper()), None)
    if said is None:
        return None  # most sentences: one scan
    written_pattern, negating = _obligations(target_lang), _negating(target_lang)
    if written_pattern is None or negating is None:
        return None
    written = target.lower()
    if negating.search(written) is None:
        return None  # most translations of such a sentence negate nothing: one scan
    written = idle_blanked(written, target_lang)  # ("n'importe quel": any)
    for obligation in written_pattern.finditer(written):
        # the words around it in its clause
        before = _WORDS_BEFORE.search(written, 0, obligation.start())
        after = _WORDS_AFTER.match(written, obligation.end())
        start = before.start() if before else obligation.start()
        negation = negating.search(written, start, after.end() if after else obligation.end())
        if negation is None:
            continue
        if paraphrases(lowered, source_lang) or prefixed(source, source_lang):
            return None  # ("unsupported, must be 3" said "nicht unterstützt, muss 3 sein")
        why = f"'{source[slice(*said.span())]}' of the source is negated in the translation"
        return negation.span(), why + f" ('{target[slice(*negation.span())]}')", said.span()
    return None
