"""The vocabulary of the QA engine: severities, issues, fixes, the check context and base class.

A check is one small class with a stable snake_case ``id``. ``check(segment, context)`` is a pure
function of the segment and an explicit :class:`CheckContext`; it never reads a global. Offsets are
Python ``str`` indices into the segment's target (or source, for ``side="source"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, ClassVar, Literal, TypeVar

from editor.core.model import Segment

Side = Literal["target", "source"]


class Severity(Enum):
    """How sure a check is that something is wrong, most severe first."""

    ERROR = "error"  # almost certainly wrong
    WARNING = "warning"  # likely wrong, look at it
    INFO = "info"  # worth knowing

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is ``other`` or more severe."""
        return self.rank >= other.rank

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r} (choose from {names})") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``[start, end)`` of the checked text with ``replacement``."""

    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding: which check, where (half-open span on ``side``), what, and maybe a fix.

    ``source_span`` points at the counterpart in the source when the check knows it.
    """

    check: str
    severity: Severity
    category: str
    segment: int
    start: int
    end: int
    text: str
    message: str
    fix: Fix | None = None
    side: Side = "target"
    source_span: tuple[int, int] | None = None

    @property
    def suggestion(self) -> str | None:
        """The text that would replace the span, when one fix is clearly right."""
        if self.fix is None:
            return None
        return self.fix.replacement

    @property
    def fingerprint(self) -> str:
        """Identifies the issue across re-checks and edits elsewhere in the segment.

        Built from the check, the side and the flagged text — not from offsets, which shift
        when the user types elsewhere in the segment.
        """
        import hashlib  # here, not at the top: it loads OpenSSL, 3 MB a check process

        digest = hashlib.sha1(f"{self.check}\0{self.side}\0{self.text}".encode()).hexdigest()
        return digest[:16]

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.segment, self.start, -self.severity.rank, self.check)


@dataclass(frozen=True)
class CheckSettings:
    """The user's choices: checks turned off and severity overrides (stored in the project)."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)

    def enabled(self, check_id: str) -> bool:
        return check_id not in self.disabled


@dataclass
class CheckContext:
    """Everything a check may look at besides the segment itself.

    ``stats`` holds document-wide statistics built once per pass (term variants, repeated
    sources); per-segment checks read it, never rebuild it.
    """

    source_lang: str
    target_lang: str
    settings: CheckSettings = field(default_factory=CheckSettings)
    stats: Any = None


PartT = TypeVar("PartT", bound=Callable[..., Any])


def reads_place(part: PartT) -> PartT:
    """Marks a part of a check (see :meth:`Check.parts`) whose findings depend on the segment's
    place in the document, not on its texts: a pass never takes them from a repeated text."""
    part.reads_place = True  # type: ignore[attr-defined]
    return part


class Check:
    """Base class: subclasses set the class attributes and implement :meth:`check`."""

    id: ClassVar[str]
    name: ClassVar[str]
    description: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    category: ClassVar[str] = "Other"

    def check(self, segment: Segment, context: CheckContext) -> Iterable[Issue]:
        raise NotImplementedError

    def parts(self) -> tuple[Callable[[Segment, CheckContext], Iterable[Issue]], ...]:
        """The check as parts whose findings, one after another, are :meth:`check`'s. A pass
        remembers each part's findings for a repeated text on its own (``engine.Repeats``): a
        check that asks for the paragraph for some findings only can keep the others apart."""
        return (self.check,)

    def issue(
        self,
        segment: Segment,
        context: CheckContext,
        start: int,
        end: int,
        message: str,
        *,
        fix: Fix | None = None,
        side: Side = "target",
        source_span: tuple[int, int] | None = None,
        severity: Severity | None = None,
    ) -> Issue:
        """Build an issue of this check with the user's severity override applied."""
        text = segment.target if side == "target" else segment.source
        chosen = context.settings.severities.get(self.id, severity or self.severity)
        return Issue(
            check=self.id,
            severity=chosen,
            category=self.category,
            segment=segment.id,
            start=start,
            end=end,
            text=text[start:end],
            message=message,
            fix=fix,
            side=side,
            source_span=source_span,
        )
