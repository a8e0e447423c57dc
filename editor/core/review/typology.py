"""The MQM typology as used at WMT (Freitag et al. 2021, google/wmt-mqm-human-evaluation) and
its weights.

Categories are written as WMT's TSV files write them, "Top/Sub". Categories from elsewhere
(an imported TSV) are kept verbatim and weighted by their severity alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class MqmSeverity(Enum):
    NEUTRAL = "Neutral"
    MINOR = "Minor"
    MAJOR = "Major"
    CRITICAL = "Critical"

    @classmethod
    def parse(cls, text: str) -> MqmSeverity:
        for severity in cls:
            if severity.value.lower() == text.strip().lower():
                return severity
        raise ValueError(f"unknown MQM severity {text!r} (known: {', '.join(s.value for s in cls)})")


NO_ERROR = "No-error"  # category and severity of a TSV row that rates a segment as clean
NON_TRANSLATION = "Non-translation!"  # WMT's spelling: the whole segment is unusable
SOURCE_ISSUE = "Source issue"
PUNCTUATION = "Fluency/Punctuation"

# (category, what it means): the order of the review pickers.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("Accuracy/Mistranslation", "the target does not say what the source says"),
    ("Accuracy/Addition", "the target says more than the source"),
    ("Accuracy/Omission", "something of the source is missing (mark it in the source)"),
    ("Accuracy/Untranslated", "source-language text left in the target"),
    ("Fluency/Grammar", "grammar, agreement, word order"),
    ("Fluency/Spelling", "spelling, capitalisation, fused or split words"),
    (PUNCTUATION, "punctuation, quotes, spacing around marks"),
    ("Fluency/Register", "wrong formality (du/Sie, tu/vous)"),
    ("Fluency/Inconsistency", "the same thing said differently within the document"),
    ("Fluency/Character encoding", "mojibake, broken characters"),
    ("Terminology/Inappropriate for context", "a term that is wrong for the domain"),
    ("Terminology/Inconsistent use of terminology", "a term translated several ways"),
    ("Style/Awkward", "correct but unnatural"),
    ("Locale convention/Number format", "decimal and thousands separators, units"),
    ("Locale convention/Date format", "dates and times"),
    ("Locale convention/Currency format", "currency symbols and amounts"),
    ("Other", "anything else"),
    (NON_TRANSLATION, "the whole segment is garbled or not a translation"),
    (SOURCE_ISSUE, "the source itself is wrong (not counted)"),
)
CATEGORY_NAMES: tuple[str, ...] = tuple(name for name, _ in CATEGORIES)


def top_level(category: str) -> str:
    return category.split("/", 1)[0]


@dataclass(frozen=True)
class Weights:
    """WMT's weights; Critical is configurable (WMT used Major's scale; MQM core uses 25)."""

    major: float = 5.0
    minor: float = 1.0
    minor_punctuation: float = 0.1
    non_translation: float = 25.0
    critical: float = 25.0
    neutral: float = 0.0

    def weight(self, category: str, severity: MqmSeverity) -> float:
        if category == SOURCE_ISSUE or category.startswith("Source"):
            return 0.0
        if category.startswith("Non-translation"):
            return self.non_translation
        if severity is MqmSeverity.NEUTRAL:
            return self.neutral
        if severity is MqmSeverity.CRITICAL:
            return self.critical
        if severity is MqmSeverity.MAJOR:
            return self.major
        return self.minor_punctuation if category == PUNCTUATION else self.minor
