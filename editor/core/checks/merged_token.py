"""merged_token: two words fused where MT lost a space (and often punctuation) between them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.lexicon import has_lexicon, is_known
from editor.core.checks.memo import MAX_REMEMBERED, TokenMemo
from editor.core.checks.registry import register
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

_RUN = re.compile(r"[^\W_]+")  # letters and digits, no hyphens: each part of a compound
_DIGITS_LETTERS = re.compile(r"(\d+)([^\W\d_]+)")
_LETTERS_DIGITS = re.compile(r"([^\W\d_]+)(\d+)")
# Unit and suffix abbreviations written glued to numbers in many languages ("5km", "4x").
_GLUED_UNITS = frozenset(
    "k m g t x h s d y mm cm km m2 km2 mg kg ml cl dl hl ha ms min hrs hz khz mhz ghz kb mb gb tb pb "
    "kbit mbit gbit kw kwh mw mwh gw gwh tw twh w v mv kv ma a ah mah nm µm fps dpi ppi px pt em "
    "rem bn mn mio mrd mill tsd bp kt lbs lb oz ft in yd mi mph kmh sek std jh jhd nd st rd th "
    "er e ème eme re".split()
)
_COMMON = 3.0  # Zipf frequency of a word a reader knows (about once per million words)
_VERY_COMMON = 4.0
# A fused token this common as a whole is a word or brand ("YouTube", "PowerPoint"); web text
# holds rarer fusions ("thehouse" at 1.2) that are still typos.
_WHOLE_KNOWN = 2.0
_MIN_PART = 2


@dataclass(frozen=True, slots=True)
class _Split:
    at: int  # offset inside the token
    glue: str  # what goes between the parts
    why: str


@register
class MergedTokenCheck(Check):
    id = "merged_token"
    name = "Merged words"
    description = (
        "Two words fused where the space, and often punctuation, was lost: a capital inside a "
        "word, a number glued to a word, a word glued to a function word. Names that occur in "
        "the source and real compounds stay silent."
    )
    severity = Severity.ERROR
    category = "Fluency/Spelling"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        lang = context.target_lang
        data = language(lang)
        runs = _runs(lang)
        target = segment.target
        if not runs.tokens.any_suspect(target):
            return  # the common case: decided by set operations in C
        source_tokens: set[str] | None = None
        for m in _RUN.finditer(target):
            token = m.group()
            split = runs.judge(token)
            if split is _BY_SOURCE:
                split = _digits_then_word(token, segment.source, lang, data)
            if not isinstance(split, _Split):
                continue
            if source_tokens is None:
                source_tokens = {m.group().lower() for m in _RUN.finditer(segment.source)}
            if token.lower() in source_tokens:
                continue  # the source has it too: a name ("DeepMind"), not a fusion
            fix = Fix(m.start(), m.end(), token[: split.at] + split.glue + token[split.at :])
            yield self.issue(segment, context, m.start(), m.end(), split.why, fix=fix)


# What a run of letters and digits is, judged once per language and remembered (see
# editor.core.checks.memo): a _Split, _BY_SOURCE or None.
_BY_SOURCE = object()  # a number glued to a word: the fix depends on the source


class _Runs(dict[str, object]):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang, self.data = lang, language(lang)
        self.tokens = TokenMemo(lambda token: any(self.judge(run) is not None for run in _RUN.findall(token)))

    def judge(self, run: str) -> object:
        verdict = self.get(run, self)  # self: not judged yet (None is a verdict)
        if verdict is self:
            verdict = _verdict(run, self.lang, self.data)
            if len(self) >= MAX_REMEMBERED:
                self.clear()  # forget: memory stays bounded
            self[run] = verdict
        return verdict


@lru_cache(maxsize=16)
def _runs(lang: str) -> _Runs:
    return _Runs(lang)


def _verdict(token: str, lang: str, data: LanguageData) -> object:
    if not _worth_a_look(token, _tails(data)):
        return None
    if token[0].isdigit():
        return _BY_SOURCE if _digits_then_word(token, "", lang, data) is not None else None
    return _split(token, "", lang, data)


@lru_cache(maxsize=16)
def _tails(data: LanguageData) -> tuple[str, ...]:
    return tuple(sorted(w for w in data.function_words if len(w) >= 3))


def _worth_a_look(token: str, tails: tuple[str, ...]) -> bool:
    """Cheap string tests that rule out most tokens before any frequency lookup: a fused
    token mixes digits and letters, has a capital inside, or ends in a function word."""
    if len(token) < 6 and not token[:1].isdigit():
        return False  # a fused word with parts of at least 2 and 3 letters; "3die" is shorter
    if not token.isalpha():
        return True  # digits and letters
    if token.isupper():
        return False  # an acronym
    if token.islower() or token.istitle():
        return token.lower().endswith(tails)
    return True  # a capital inside the word


def _split(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    if token[0].isdigit():
        return _digits_then_word(token, source, lang, data)
    if token[-1].isdigit():
        return _word_then_digits(token, lang, data)
    if any(ch.isdigit() for ch in token) or _known(token, lang, data, _WHOLE_KNOWN):
        return None
    return _case_change(token, lang, data) or _function_word_tail(token, lang, data)


def _known(word: str, lang: str, data: LanguageData, threshold: float = _COMMON) -> bool:
    """A word the language's frequency list knows (or, with no list, a function word)."""
    if has_lexicon(lang):
        return is_known(word, lang, threshold)
    return word.lower() in data.function_words and threshold < _WHOLE_KNOWN


def _case_change(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "wordWord": one lowercase->uppercase step between two common words."""
    steps = [i for i in range(1, len(token)) if token[i - 1].islower() and token[i].isupper()]
    if len(steps) != 1:
        return None
    at = steps[0]
    left, right = token[:at], token[at:]
    if len(left) < _MIN_PART or len(right) < _MIN_PART or not right[1:].islower():
        return None
    if not (_known(left, lang, data) and _known(right, lang, data)):
        return None
    if right.lower() in data.function_words and right.lower() not in data.capitalised_pronouns:
        # A capitalised function word starts a sentence: the full stop was lost too.
        return _Split(at, ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost")
    return _Split(at, " ", f"'{left}' and '{right}' are fused; a space is missing")


def _function_word_tail(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "Wordund": a common word with a function word glued to its end."""
    lower = token.lower()
    for word in data.function_words:
        if len(word) < 3 or not lower.endswith(word) or len(token) - len(word) < 3:
            continue
        head = token[: -len(word)]
        if _known(head, lang, data) and token[-len(word)].islower():
            return _Split(len(head), " ", f"'{head}' and '{word}' are fused; a space is missing")
    return None


def _digits_then_word(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    """ "3die": a number glued to a common lowercase word (not a unit, ordinal or decade)."""
    m = _DIGITS_LETTERS.fullmatch(token)
    if m is None:
        return None
    digits, word = m.groups()
    if not word.islower() or len(word) < _MIN_PART or _is_suffix(word, data):
        return None
    if not (word in data.function_words or _known(word, lang, data, _VERY_COMMON)):
        return None
    mark = _mark_after_number(source, digits)
    return _Split(len(digits), mark + " ", f"the number {digits} is glued to the word '{word}'")


def _word_then_digits(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "Jahr2024": a common word glued to a number."""
    m = _LETTERS_DIGITS.fullmatch(token)
    if m is None:
        return None
    word, digits = m.groups()
    if len(word) < 3 or not word[1:].islower() or not _known(word, lang, data, _VERY_COMMON):
        return None
    return _Split(len(word), " ", f"the word '{word}' is glued to the number {digits}")


def _is_suffix(word: str, data: LanguageData) -> bool:
    return (
        word in _GLUED_UNITS
        or word in data.ordinal_suffixes
        or word in data.decade_suffixes
        or word in data.afternoon_marks
    )


def _mark_after_number(source: str, digits: str) -> str:
    """The punctuation that follows the same number in the source ("5, a" -> ","), if any."""
    m = re.search(rf"(?<![\d.,]){re.escape(digits)}([,;:])\s", source)
    return m.group(1) if m else ""
