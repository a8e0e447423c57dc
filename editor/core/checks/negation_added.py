"""A negation the translation adds to an obligation or a permission: "must be neutered" said
"müssen nicht kastriert sein" (need not be), "you may cancel free of charge" said "können Sie
nicht kostenlos stornieren"; and one it drops from them: "may not go onto the ice" said "podem
entrar no gelo". A helper of ``negation``."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.negation_parts import clauses
from editor.core.checks.negation_words import (
    SENTENCE_STOPS,
    any_word,
    closed_at,
    idle_blanked,
    opened_at,
    paraphrases,
    prefixed,
    stems,
)
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


def lost_modal_negation(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A word of permission (or of obligation, of being allowed or included) the source
    negates ("may not go onto the ice", "not permitted without approval") that the
    translation says without a negation ("mas podem entrar no gelo", "zonder toestemming
    toegestaan"), where it negates something else ("não pagam entrada"): in a pair of
    sentences (a text of as many sentences as the source is read sentence by sentence, one of
    others not at all), the translation has no more such words than the source, more of them
    not negated, and fewer negated, with no paraphrase of a negation ("proibido") or negated
    word ("impossibile") to say the rest. The source's negation and the translation's word
    nearest where it stands; or None."""
    lowered = source.lower()
    kinds = [_modal_pattern(source_lang, kind) for kind in _KINDS]
    if not any(p is not None and p.search(lowered) for p in kinds) and not _merged_negation(
        source_lang
    ).search(lowered):
        return None  # most negated sentences have no word of permission or obligation: one scan
    said_parts, written_parts = _sentences(source), _sentences(target)
    if len(said_parts) != len(written_parts):
        return None
    for (a, b), (c, d) in zip(said_parts, written_parts, strict=True):
        found = _lost_modal(source[a:b], target[c:d], source_lang, target_lang)
        if found is not None:
            (e, f), (g, h) = found
            return (a + e, a + f), (c + g, c + h)
    return None


def _lost_modal(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """:func:`lost_modal_negation` in one pair of sentences."""
    for kind in _KINDS:
        said = _modals(source.lower(), source_lang, kind, reach=False)
        written = _modals(target.lower(), target_lang, kind, reach=True)
        said_negated = [negation for _, negation in said if negation is not None]
        written_plain = [m for m, negation in written if negation is None]
        said_plain = len(said) - len(said_negated)
        if not said_negated or not said_plain < len(written_plain) <= len(written) <= len(said):
            continue
        others = paraphrases(target, target_lang) + prefixed(target, target_lang)
        if len(written) - len(written_plain) + others >= len(said_negated):
            continue
        where = said_negated[0].start() / max(len(source), 1)
        nearest = min(written_plain, key=lambda m: abs(m.start() / max(len(target), 1) - where))
        rest = _WORD_REST.match(target, nearest.end())  # the stem's word goes on ("permitid|o")
        end = rest.end() if rest else nearest.end()
        return said_negated[0].span(), (nearest.start(), end)
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text``, from its clauses."""
    spans: list[tuple[int, int]] = []
    start = None
    for a, b, ends in clauses(text):
        start = a if start is None else start
        if ends:
            spans.append((start, b))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _modals(
    lowered: str, code: str, kind: str, reach: bool
) -> list[tuple[re.Match[str], re.Match[str] | None]]:
    """The words of ``kind`` (see ``_KINDS``) of ``lowered``, each with the
    negating word up to two words before or after it in its clause, or with ``reach``
    anywhere before it in its clause ("nicht zugegriffen werden kann") or after it before
    the next such word ("dürfen es Kindern nicht geben", "kann eine Tabelle, die …, nicht
    leeren"), or None. A word that is one with its negation ("cannot")
    is a permission negated."""
    pattern, negating = _modal_pattern(code, kind), _negating(code)
    if pattern is None or negating is None:
        return []
    lowered = idle_blanked(lowered, code)
    found: list[tuple[re.Match[str], re.Match[str] | None]] = list(
        (m, m) for m in (_merged_negation(code).finditer(lowered) if kind == "permissions" else ())
    )
    words = list(pattern.finditer(lowered))
    for k, m in enumerate(words):
        before = _WORDS_BEFORE.search(lowered, 0, m.start())
        negation = negating.search(lowered, before.start(), m.start()) if before else None
        if negation is None and reach:
            opened = max(opened_at(lowered, m.start(), SENTENCE_STOPS + ","), words[k - 1].end() if k else 0)
            end = min(
                closed_at(lowered, m.end(), SENTENCE_STOPS),
                words[k + 1].start() if k + 1 < len(words) else len(lowered),
            )
            negation = negating.search(lowered, opened, m.start()) or _negating_after(code).search(
                lowered, m.end(), end
            )
        elif negation is None:
            after = _WORDS_AFTER.match(lowered, m.end())
            negation = negating.search(lowered, m.end(), after.end()) if after else None
        found.append((m, negation))
    return found


@lru_cache(maxsize=32)
def _negating_after(code: str) -> re.Pattern[str]:
    """The negating words that negate a word before them: not "nem", "ni", which join a list
    whose negation stands before it ("é permitido trazer vinho nem cerveja")."""
    data = language(code)
    return any_word(data.negations - data.double_negatives - data.list_negations) or re.compile("(?!)")


_WORD_REST = re.compile(r"\w*")


@lru_cache(maxsize=64)
def _modal_pattern(code: str, kind: str) -> re.Pattern[str] | None:
    data = language(code)
    if kind == "included":
        return stems(data.opposites.included_words)
    modals = any_word(getattr(data, kind))
    allowed = stems(data.opposites.permission_words) if kind == "permissions" else None
    if modals is None or allowed is None:
        return modals or allowed
    return re.compile(f"{modals.pattern}|{allowed.pattern}", allowed.flags)


# Words of permission ("may", "können", and for being allowed: "allowed", "permitido"), of
# obligation ("must"), and for being included ("included", "compreso")
_KINDS = ("permissions", "obligations", "included")


@lru_cache(maxsize=32)
def _merged_negation(code: str) -> re.Pattern[str]:
    return any_word(language(code).negated_modals) or re.compile("(?!)")
