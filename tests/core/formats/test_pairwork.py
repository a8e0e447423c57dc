"""Worker processes for big pairs: same result as one process, and a broken pool is survived."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from editor.core.formats import pairwork
from editor.core.formats.plaintext import read_pair
from tests.conftest import SEED_MT, SEED_SOURCE


def _fail_to_start() -> None:
    raise RuntimeError("worker cannot start")


def test_workers_give_the_same_document_as_one_process(
    monkeypatch: pytest.MonkeyPatch, seed_document
) -> None:
    monkeypatch.setattr(pairwork, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(pairwork, "_CHUNK_BEADS", 3)  # several chunks, returned in order
    parallel = read_pair(SEED_SOURCE, SEED_MT).document
    assert list(parallel) == list(seed_document)


def test_a_broken_pool_falls_back_to_one_process(
    monkeypatch: pytest.MonkeyPatch, seed_document, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_pool(source: str | Path, target: str | Path) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=_fail_to_start)

    monkeypatch.setattr("editor.core.formats.plaintext.start_pool", broken_pool)
    document = read_pair(SEED_SOURCE, SEED_MT).document
    assert list(document) == list(seed_document)
    assert "one process" in caplog.text


def test_forked_workers_give_the_same_document(seed_document) -> None:
    """The CLI is single-threaded and forks its workers; the test runner has threads, so
    this runs in a fresh process."""
    import pickle
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        import pickle, sys
        from editor.core.formats import pairwork
        from editor.core.formats.plaintext import read_pair
        from editor.core.procs import can_fork

        assert can_fork()
        pairwork.PARALLEL_MIN_BYTES = 0
        pairwork._CHUNK_BEADS = 3
        document = read_pair({str(SEED_SOURCE)!r}, {str(SEED_MT)!r}).document
        sys.stdout.buffer.write(pickle.dumps(list(document)))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert pickle.loads(result.stdout) == list(seed_document)
