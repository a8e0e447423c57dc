"""negation: a source sentence says "not", the translation says nothing negative."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.prose import running_prose
from editor.core.checks.registry import register
from editor.core.langdata import language
from editor.core.model import Segment

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CONTRACTED = re.compile(r"\b[^\W\d_]+n['’]t\b")  # "doesn't", "can’t"
_MIN_WORDS = 6  # words in the source: a sentence, not a label
_STEM = 6  # letters: a paraphrase this long also opens its inflected forms ("interdites")
_KNOWN = 1.0  # Zipf: the rest of "ungültig" is a word of the language ("gültig")
# Zipf: a negated word is rarer than its base or a little more frequent ("unbedingt"), never
# ten times as frequent ("unserer" 5.3, "serer" 1.7; "importante" 5.4, "portante" 3.6)
_COMMONER = 1.0
_CLAUSE = re.compile(r"[^,;:.!?()\n]*")
_MANNER_WORDS = 3  # words after the "not" its adverb may come: "not seated properly"


@register
class NegationCheck(Check):
    id = "negation"
    name = "Lost negation"
    description = (
        'The source negates ("not", "never", "cannot") and the translation has no negation '
        'at all: no negative word and no word with a negative prefix ("ungültig", '
        '"impossible"). A dropped "not" turns a warning into its opposite.'
    )
    severity = Severity.WARNING
    category = "Accuracy/Mistranslation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source_pattern = _negation_pattern(context.source_lang)
        if source_pattern is None:
            return  # a language without the data: nothing can be told
        source, target = segment.source, segment.target
        lowered = source.lower()
        if not any(word in lowered for word in _cues(context.source_lang)):
            return  # most sentences negate nothing: substring tests settle them
        lowered = _without_alternatives(lowered, context.source_lang)
        span = _negating(source, source_pattern, lowered)
        if span is None or not target.strip():
            return
        said = source[span[0] : span[1]]
        target_pattern = _negation_pattern(context.target_lang)
        if target_pattern is None or context.source_lang.split("-")[0] == context.target_lang.split("-")[0]:
            return
        if len(source.split()) < _MIN_WORDS:
            return  # a label ("File not found"): translations say it with one word ("introuvable")
        if _negating(target, target_pattern) is not None or _paraphrased(target, context.target_lang):
            return
        if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", target, re.IGNORECASE):
            return  # kept as written: a keyword or a value ("NOT NULL", "None")
        if _prefixed(target, context.target_lang):
            return
        if _said_badly(lowered, source_pattern, context.source_lang, target, context.target_lang):
            return
        yield self.issue(
            segment,
            context,
            span[0],
            span[1],
            f"'{said}' of the source has no negation in the translation",
            side="source",
            source_span=span,
            # software messages and option help say "do not show" as "verbergen", "could not
            # open" as "échec de l'ouverture"
            severity=Severity.WARNING if running_prose(source) else Severity.INFO,
        )


@lru_cache(maxsize=32)
def _negation_pattern(code: str) -> re.Pattern[str] | None:
    """A language's negating words, also opening a contraction ("n'est"), found in one scan."""
    return _any_word(language(code).negations)


def _any_word(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, longest first, in one scan (of lowercased text:
    faster than a case-insensitive pattern)."""
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternation})\b")


@lru_cache(maxsize=32)
def _cues(code: str) -> tuple[str, ...]:
    """Substrings every negating word of a language holds: the words, and "n't"."""
    return (*language(code).negations, "n't", "n’t")


@lru_cache(maxsize=32)
def _paraphrase_pattern(code: str) -> re.Pattern[str] | None:
    """Any word opening with a paraphrase of a negation ("interdit" in "interdites"), found in
    one scan."""
    words = sorted(language(code).negation_paraphrases, key=len, reverse=True)
    if not words:
        return None
    stems = "|".join(re.escape(w) for w in words if len(w) >= _STEM)
    whole = "|".join(re.escape(w) for w in words if len(w) < _STEM)  # "nur", not "Nummer"
    return re.compile(rf"(?<!\w)(?:(?:{stems or '(?!)'})|(?:{whole or '(?!)'})(?!\w))", re.IGNORECASE)


def _without_alternatives(lowered: str, code: str) -> str:
    """``lowered`` with its phrases that offer the negation as a choice blanked out, so that
    their negating word is not found: at a clause's end ("visible or not.") or after a
    question word ("whether or not it is shown"); "empty or not seated" negates."""
    data = language(code)
    for phrase in data.negated_alternatives:
        if phrase not in lowered:
            continue
        pattern = rf"(?:(?P<before>\w+)\s+)?(?P<phrase>\b{re.escape(phrase)}\b)(?P<end>\s*(?:[,;:.!?)]|$))?"
        for m in re.finditer(pattern, lowered):
            if m.group("end") is not None or m.group("before") in data.question_words:
                start, end = m.span("phrase")
                lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


def _paraphrased(text: str, code: str) -> bool:
    pattern = _paraphrase_pattern(code)
    return pattern is not None and pattern.search(text) is not None


def _negating(text: str, pattern: re.Pattern[str], lowered: str = "") -> tuple[int, int] | None:
    """The span of the first negating word of ``text`` (``lowered``: it in lowercase, if at
    hand) or a word closed by "n't" ("doesn't"), or None; "No. 5" is an abbreviation."""
    lowered = lowered or text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ")
        lowered = "".join(ch.lower()[0] for ch in text)
    found = None
    for m in pattern.finditer(lowered):
        if m.group() == "no" and re.match(r"\.?\s*\d", text[m.end() :]):
            continue  # "No. 5", "no 12": a number
        found = m.span()
        break
    if "n't" in text or "n’t" in text:
        contracted = _CONTRACTED.search(text, 0, found[0] if found else len(text))
        if contracted is not None:
            return contracted.span()
    return found


def _prefixed(text: str, code: str) -> bool:
    """Whether a word of ``text`` is a word of the language with a negative prefix
    ("ungültig", "impossible", "inutilisable"): what follows the prefix is a word, and the
    whole is not far commoner than it, as an ordinary word that merely opens with the
    prefix's letters is ("unserer", "início": "serer", "ício" are rare forms)."""
    prefixes = language(code).negative_prefixes
    if not prefixes or not has_lexicon(code):
        return False
    for m in _WORD.finditer(text):
        word = m.group().lower()
        for prefix in prefixes:
            rest = word[len(prefix) :]
            if not word.startswith(prefix) or len(rest) < 4:
                continue
            base = zipf(rest, code)
            if base >= _KNOWN and zipf(word, code) <= base + _COMMONER:
                return True
    return False


@lru_cache(maxsize=32)
def _wrong_pattern(code: str) -> re.Pattern[str] | None:
    """A language's words for "badly", "wrongly" ("mal", "falsch"), found in one scan."""
    return _any_word(language(code).wrong_adverbs)


def _said_badly(
    lowered: str, pattern: re.Pattern[str], source_lang: str, target: str, target_lang: str
) -> bool:
    """Whether the source's only negation governs an adverb of doing right ("not seated
    properly") and the translation says it with a word for "badly" ("mal encaixado"). With a
    second negation in the source, "mal" says one of them at most."""
    right = language(source_lang).right_adverbs
    wrong = _wrong_pattern(target_lang)
    if not right or wrong is None or wrong.search(target.lower()) is None:
        return False
    ends = [m.end() for m in pattern.finditer(lowered)] + [m.end() for m in _CONTRACTED.finditer(lowered)]
    if len(ends) != 1:
        return False
    clause = _CLAUSE.match(lowered, ends[0])
    following = _WORD.findall(clause.group() if clause else "")[:_MANNER_WORDS]
    return any(word in right for word in following)
