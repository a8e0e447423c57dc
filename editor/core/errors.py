"""Errors the core raises: each carries what a user needs to fix the cause."""

from __future__ import annotations

from pathlib import Path


class EditorError(Exception):
    """Base of every error Posteditor reports to a user (never a bug)."""


class FormatError(EditorError):
    """A file could not be read: names the file and, where known, line and byte offset."""

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        self.offset = offset
        super().__init__(str(self))

    def __reduce__(self) -> tuple[object, ...]:
        # Raised in a worker process, it reaches the parent as a pickle: rebuilt from its parts.
        return _rebuild, (type(self), (self.path, self.message), {"line": self.line, "offset": self.offset})

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        text = f"{where}: {self.message}"
        if self.offset is not None and f"offset {self.offset}" not in self.message:
            text += f" (at byte offset {self.offset})"
        return text


class ProjectError(EditorError):
    """A project file is unusable: corrupt, foreign, too new, or unwritable."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), (self.path, self.message), {})


class ProjectInUseError(ProjectError):
    """Another process has the project open for writing."""


class UsageError(EditorError):
    """The request itself is wrong (unknown check id, unknown format, ...)."""


class TagMismatchError(EditorError):
    """An export to a bilingual format would drop or add inline tags: the edited segments
    whose tags no longer match their source, each as (segment id, where, what differs)."""

    def __init__(self, path: str | Path, label: str, problems: tuple[tuple[int, str, str], ...]) -> None:
        self.path = str(path)
        self.label = label
        self.problems = problems  # (3, "segment 3 (job.sdlxliff:14)", "⟨1/⟩ missing")
        shown = "; ".join(f"{where}: {what}" for _, where, what in problems[:10])
        if len(problems) > 10:
            shown += f"; and {len(problems) - 10} more"
        count = "a segment" if len(problems) == 1 else f"{len(problems)} segments"
        super().__init__(
            f"{self.path}: not exported as {label}: the tags of {count} no longer match the source "
            f"({shown}); the file would lose or gain inline codes"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), (self.path, self.label, self.problems), {})


def _rebuild(cls: type[EditorError], args: tuple[object, ...], kwargs: dict[str, object]) -> EditorError:
    return cls(*args, **kwargs)
