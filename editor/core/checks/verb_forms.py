"""Verb forms a token may be rather than two words glued together: a verb's form or a word
made from it ("numera", "renommages"), a verb's stem and a noun (a tool's name,
"bloccaruota"), a verb with a pronoun written onto it ("pulsarla"). Helpers of
:mod:`editor.core.checks.word_splits`."""

from __future__ import annotations

from editor.core.checks.fusion import COMMON, WHOLE_KNOWN, known
from editor.core.checks.lexicon import zipf
from editor.core.langdata import LanguageData


def verb_beyond(token: str, at: int, lang: str, data: LanguageData) -> bool:
    """Whether a verb's stem runs on past ``at``, or ends there and the token goes on with the
    verb's vowel: the token is a form of the verb or a word made from it ("numera",
    "renommages"; "bloqueante" of "bloquear"), not two words."""
    return any(
        (cut > at or token[cut] == ending[0]) and known(token[:cut].lower() + ending, lang, data, WHOLE_KNOWN)
        for cut in range(at, len(token))
        for ending in data.infinitive_endings
    )


def conjugated(word: str, lang: str, data: LanguageData) -> bool:
    """Whether ``word`` is a form of a common verb by one of the language's
    ``person_endings`` ("retenemos": "retener"), however rare the form itself."""
    lower = word.lower()
    return any(
        lower.endswith(ending)
        and len(lower) > len(ending) + 2
        and zipf(lower[: -len(ending)] + infinitive, lang) >= COMMON
        for ending, infinitive in data.person_endings
    )


def verb_and_noun(token: str, at: int, lang: str, data: LanguageData) -> bool:
    """Whether the token's part before ``at`` is a verb's stem (with its vowel, "blocca" of
    "bloccare") and the rest a word: how Romance languages name tools ("bloccaruota",
    "abrelatas"), not two words run together."""
    return token[at - 1] in "aei" and any(
        zipf(token[: at - 1] + ending, lang) >= COMMON for ending in data.infinitive_endings
    )


_HOST_LETTERS = 4  # letters of a head from which on only a verb form takes a pronoun ("hazlo", "dime")


def enclitic_host(token: str, head: str, pronoun: str, data: LanguageData) -> bool:
    """Whether ``head`` may be a verb's form with ``pronoun`` written onto it: any, in a
    language without data ``enclitic_hosts`` or for a pronoun other words end in ("-os",
    "-te"); else one with their ending, a short one (an imperative, "haz"), or one written
    with an accent the pronoun moved ("llámame")."""
    endings, bare = data.enclitic_hosts
    if pronoun not in bare or len(head) < _HOST_LETTERS or not token.isascii():
        return True
    return head.lower().endswith(endings)
