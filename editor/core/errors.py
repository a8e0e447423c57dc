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


def _rebuild(cls: type[EditorError], args: tuple[object, ...], kwargs: dict[str, object]) -> EditorError:
    return cls(*args, **kwargs)
