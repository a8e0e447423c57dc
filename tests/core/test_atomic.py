"""Atomic writes keep what the path is: a symlink stays a link, a FIFO stays a FIFO."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from editor.core.atomic import write_atomic
from editor.core.errors import EditorError


def _link(tmp_path: Path, target: str) -> Path:
    link = tmp_path / "out.txt"
    link.symlink_to(target)
    return link


def _make_regular(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "out.txt").write_bytes(b"old")
    return tmp_path / "out.txt", tmp_path / "out.txt"


def _make_link(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "real.txt").write_bytes(b"old")
    return _link(tmp_path, "real.txt"), tmp_path / "real.txt"


def _make_chain(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "real.txt").write_bytes(b"old")
    (tmp_path / "sub" / "inner").symlink_to("real.txt")  # relative to sub/, not to the cwd
    return _link(tmp_path, "sub/inner"), tmp_path / "sub" / "real.txt"


def _make_dangling(tmp_path: Path) -> tuple[Path, Path]:
    return _link(tmp_path, "later.txt"), tmp_path / "later.txt"


# Each factory returns (the path written to, the regular file that must hold the data).
SYMLINKS = {"regular": _make_regular, "link": _make_link, "chain": _make_chain, "dangling": _make_dangling}


@pytest.mark.parametrize("make", SYMLINKS.values(), ids=list(SYMLINKS))
def test_a_symlink_is_written_through_and_kept(tmp_path, make):
    path, real = make(tmp_path)
    was_link = path.is_symlink()
    write_atomic(path, b"new")
    assert real.read_bytes() == b"new" and stat.S_ISREG(real.lstat().st_mode)
    assert path.is_symlink() == was_link
    assert not [p for p in tmp_path.rglob(".*.tmp")]  # no temporary file left behind


def test_a_symlink_keeps_its_target_mode(tmp_path):
    path, real = _make_link(tmp_path)
    real.chmod(0o640)
    write_atomic(path, b"new")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_a_fifo_is_written_into_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_symlink_to_a_fifo_is_written_into(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = _link(tmp_path, "pipe")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(link, b"via the link")
    reader.join(timeout=10)
    assert received == [b"via the link"]
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_directory_is_a_clear_error(tmp_path):
    with pytest.raises(EditorError, match=f"{tmp_path}: cannot write: Is a directory"):
        write_atomic(tmp_path, b"x")
