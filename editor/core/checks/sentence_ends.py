"""Where sentences may end, and which of a translation's sentence starts render which of the
source's: for :mod:`editor.core.checks.boundary`; and whether a final ellipsis cuts off a
sentence the source ends (for ``punctuation``). Also the small text helpers the boundary check
shares: a text laid out in lines or columns, the word before a place, a sentence's start."""

from __future__ import annotations

import re

from editor.core.checks.lexicon import is_known
from editor.core.langdata import LanguageData
from editor.core.segmentation import split_sentences

_MIN_STEM = 4  # an adjective's stem; shorter ones are too often chance words
_KNOWN = 3.0  # Zipf frequency of a stem a reader knows
_FORMS = 2.0  # Zipf frequency of an adjective's other inflected forms
# A sentence of the source that ends in a word of four letters or more and a full stop (not
# "etc.", "usw.", whose list an ellipsis may stand for).
_SENTENCE_START = re.compile(r"[.!?:]\s+")
_CUT_WORDS = 3
_WORD_STOP = re.compile(r"[^\W\d_]{4}[\"'”’)\]]?\.[\s\"'”’)\]]*$")


def cut_off(source: str) -> bool:
    """Whether an ellipsis that ends a translation where ``source`` ends with a full stop cuts
    the sentence off: the source writes no ellipsis (in code, "ALTER … RENAME …", or as its
    own style) and ends a word with its stop, no abbreviation, in a sentence of some words."""
    if "..." in source or "\u2026" in source or _WORD_STOP.search(source) is None:
        return False
    # a sentence of three words at least ending in a word not in capitals: a status message
    # ("Skipping.", "Set to PAUSED.") is written with an ellipsis by many translators
    sentence = _SENTENCE_START.split(source.rstrip())[-1].split()
    return len(sentence) >= _CUT_WORDS and not sentence[-1].isupper()


def _stands_before(lower: str, data: LanguageData) -> bool:
    """A word that stands before what it belongs to: an article, preposition or conjunction."""
    return lower in data.determiners or lower in data.conjunctions or lower in data.prepositions


def may_end_sentence(word: str, previous: str, lang: str, data: LanguageData) -> bool:
    """Whether a sentence may end in ``word``: no article, preposition, conjunction or other
    word that stands before what it belongs to; in a language that capitalises nouns, no
    adjective inflected to agree with one: "ungültiges", "zusätzliche" (see :func:`_declined`),
    or "restlichen" after an article ("die restlichen Felder"; after "zu", "stehen" is a verb)."""
    lower = word.lower()
    if _stands_before(lower, data):
        return False
    if not data.capitalises_nouns or not word[0].islower() or lower in data.function_words:
        return True
    after_article = previous.lower() in data.determiners
    for ending in data.inflection_endings:
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < _MIN_STEM or not is_known(stem, lang, _KNOWN):
            continue
        if (len(ending) > 1 and ending != "en") or after_article:
            return False
        if len(ending) == 1 and _declined(stem, lang, data):
            return False
    return True


def _declined(stem: str, lang: str, data: LanguageData) -> bool:
    """Whether ``stem`` is an adjective's: two of its longer inflected forms are words too
    ("zusätzlich": "zusätzlichen", "zusätzlicher"; not "heut" of "bis heute"). Such a word with
    a one-letter ending ("zusätzliche Kosten") stands before its noun wherever it is."""
    return (
        sum(is_known(stem + ending, lang, _FORMS) for ending in data.inflection_endings if len(ending) > 1)
        >= 2
    )


def matched_starts(starts: list[int], kept: list[int], source: int, target: int) -> dict[int, int]:
    """The source's sentence starts the target's ``kept`` ones translate: each of ``kept``
    paired, in order, with the source start nearest in proportion (fewest total drift)."""
    if not kept:
        return {}
    # cost[i][j]: best drift pairing kept[:j] with starts[:i], kept[j-1] with starts[i-1] or before
    inf = float("inf")
    cost = [[inf] * (len(kept) + 1) for _ in range(len(starts) + 1)]
    for i in range(len(starts) + 1):
        cost[i][0] = 0.0
    for i in range(1, len(starts) + 1):
        for j in range(1, min(i, len(kept)) + 1):
            pair = cost[i - 1][j - 1] + abs(starts[i - 1] / source - kept[j - 1] / target)
            cost[i][j] = min(cost[i - 1][j], pair)
    pairs: dict[int, int] = {}
    i, j = len(starts), len(kept)
    while j:
        if cost[i][j] == cost[i - 1][j] and i - 1 >= j:
            i -= 1
            continue
        pairs[starts[i - 1]] = kept[j - 1]
        i, j = i - 1, j - 1
    return pairs


_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*\Z")
_OPENERS = " \t\n\"'“„«‘(["


def layout(text: str) -> bool:
    """Lines or columns (a list of options, a table header): their items end without a full
    stop freely, so sentence counts say nothing."""
    return "\n" in text.strip() or "\t" in text or "   " in text


def previous_word(text: str, end: int) -> str:
    m = _LAST_WORD.search(text, max(0, end - 40), end)
    return m.group(1) if m else ""


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text or a sentence (after openers and spaces).
    A short look back first: called for every word of a source, it must not copy the text.
    A full stop glued to a lowercase word is inside an address ("info@example.co.uk"), and
    the address may end a sentence."""
    before = text[max(0, start - 40) : start].rstrip(_OPENERS)
    if not before and start > 40:
        before = text[:start].rstrip(_OPENERS)
    if not before:
        return True
    glued = text[start - 1] in ".!?:;" and text[start : start + 1].islower()
    return before[-1] in ".!?:;\n" and not glued


def sentence_count(text: str, lang: str) -> int:
    return len(split_sentences(text, lang)) if text.strip() else 0


# The word after a space at a place (a join's next word)
NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def polite_clitic(text: str, word: str, end: int, data: LanguageData) -> bool:
    """Whether ``word``, ending at ``end``, is a polite pronoun that is also an article and a
    verb follows it (Italian "… superiori La contatteremo"): capitalised by courtesy, no
    sentence start."""
    if word.lower() not in data.address.clitics:
        return False
    after = NEXT_WORD.match(text, end)
    return (
        after is not None and after.group(1).islower() and after.group(1).endswith(data.address.clitic_verbs)
    )
