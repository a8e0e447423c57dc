"""Atomic file writes: a temporary file in the same folder, fsync, then os.replace.

Only a regular file (or a path not there yet) can be replaced that way. A symlink is written
through: the file it points to is replaced and the link stays. A FIFO, a terminal or another
device (``-o /dev/stderr``, ``-o /proc/self/fd/1``) is written to directly, as ``>`` would: a
rename over it would put a plain file where the pipe or device was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from editor.core.errors import EditorError


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    target = Path(path)
    try:
        existing = target.stat()  # follows symlinks: what a write to the path would reach
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise EditorError(f"{target}: cannot write: {exc.strerror or exc}") from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_in_place(target, data)
        return
    real = _replaced_file(target, existing)
    if real is None:
        _write_in_place(target, data)
        return
    _replace(target, real, data)


def _replaced_file(target: Path, existing: os.stat_result | None) -> Path | None:
    """The file an atomic write to ``target`` replaces: the path itself, or the file a symlink
    (or a chain of them) leads to; None when that file cannot be named (a /proc/self/fd link to
    a deleted file), so that it must be written in place."""
    if not target.is_symlink():
        return target
    real = Path(os.path.realpath(target))
    if existing is None:
        return real  # a dangling link: the file it names is created, the link kept
    try:
        if os.path.samestat(real.stat(), existing):
            return real
    except OSError:
        pass
    return None


def _replace(shown: Path, target: Path, data: bytes) -> None:
    """Write a temporary file next to ``target`` and rename it over ``target``; errors name
    ``shown``, the path the user gave."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise EditorError(f"{shown}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            # mkstemp makes the file private (0600); give it the mode a plain open() would, or
            # the mode of the file it replaces.
            os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise EditorError(f"{shown}: cannot write: {exc.strerror or exc}") from None
    _fsync_dir(folder)


def _write_in_place(target: Path, data: bytes) -> None:
    """Write straight into a pipe, device or unnameable file: there is nothing to rename over."""
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise EditorError(f"{target}: cannot write: {exc.strerror or exc}") from None


def _mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
