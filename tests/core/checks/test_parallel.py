"""A full check in worker processes gives exactly the serial result, and can be cancelled."""

from __future__ import annotations

import pytest

from editor.core.checks import build_context, check_document
from editor.core.checks.engine import Cancelled
from editor.core.checks.parallel import check_in_workers
from editor.core.formats.plaintext import read_pair
from editor.core.model import Document
from tests.conftest import SEED_MT, SEED_SOURCE


@pytest.fixture(scope="module")
def document() -> Document:
    seed = read_pair(SEED_SOURCE, SEED_MT, "en", "de").document
    return seed


def test_workers_give_the_serial_result(document, monkeypatch):
    from editor.core.checks import parallel

    monkeypatch.setattr(parallel, "CHUNK_SEGMENTS", 7)
    context = build_context(document)
    ignored = {
        2: {
            (
                "merged_token",
                next(
                    i.fingerprint
                    for i in check_document(document, context, workers=1)
                    if i.segment == 2 and i.check == "merged_token"
                ),
            )
        }
    }
    serial = check_document(document, context, ignored, workers=1)
    assert check_document(document, context, ignored, workers=2) == serial
    assert not any(i.segment == 2 and i.check == "merged_token" for i in serial)


def test_cancelling_stops_the_workers(document, monkeypatch):
    from editor.core.checks import parallel

    monkeypatch.setattr(parallel, "CHUNK_SEGMENTS", 5)
    context = build_context(document)
    with pytest.raises(Cancelled):
        check_in_workers(list(document), context, {}, 2, lambda done: done < 10)


def test_a_document_with_observers_goes_to_workers(document):
    """The window's document has observers (the session, the metrics); they stay behind."""
    import pickle

    class Observer:
        def __reduce__(self):
            raise TypeError("not picklable")

        def __call__(self, old, new):
            pass

    document.subscribe(Observer())
    try:
        again = pickle.loads(pickle.dumps(document))
        assert again.segments == document.segments and again.observers == ()
        context = build_context(document)
        assert check_document(document, context, workers=2) == check_document(document, context, workers=1)
    finally:
        document.unsubscribe(document.observers[0])


def test_forked_workers_give_the_serial_result(tmp_path):
    """A single-threaded process (the CLI) forks its workers; they inherit the document and
    its statistics. Run in a fresh process: the test runner itself has threads."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        from editor.core.checks import build_context, check_document, parallel
        from editor.core.formats.plaintext import read_pair
        from editor.core.procs import can_fork

        assert can_fork()
        parallel.CHUNK_SEGMENTS = 4
        document = read_pair({str(SEED_SOURCE)!r}, {str(SEED_MT)!r}, "en", "de").document
        context = build_context(document)
        serial = check_document(document, context, workers=1)
        done = []
        forked = check_document(document, context, workers=2, progress=lambda d, t: done.append(d) or True)
        assert forked == serial and serial, (len(forked), len(serial))
        assert done[-1] == len(document) and len(done) > 2
        assert parallel.check_in_workers([], context, {{}}, 2, lambda done: True) == []
        print("same", len(serial))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("same")


def test_an_empty_document_in_workers_is_no_issues():
    context = build_context(Document("en", "de", []))
    assert check_in_workers([], context, {}, 2, lambda done: True) == []


def _square_but_three(n: int) -> list[int]:
    if n == 3:
        raise TypeError("a task's own error")
    return [n * n]


@pytest.mark.parametrize("share", [False, True])
def test_a_failure_after_results_were_handed_over_is_raised_not_redone(share):
    from editor.core.checks.parallel import run_in_workers

    handed: list[list[int]] = []
    tasks = [(1, 1), (2, 1), (3, 1), (4, 1)]
    with pytest.raises(TypeError, match="own error"):
        run_in_workers(_square_but_three, tasks, {}, 2, lambda done: True, deliver=handed.append, share=share)
    assert handed == [[1], [4]]
    # Nothing handed over yet: the caller is told to work in its own process instead.
    assert (
        run_in_workers(_square_but_three, [(3, 1)], {}, 2, lambda done: True, deliver=handed.append) is None
    )


def test_this_process_can_take_its_share():
    from editor.core.checks.parallel import run_in_workers

    tasks = [(n, 1) for n in range(1, 8)]
    assert run_in_workers(_square, tasks, {}, 2, lambda done: True, share=True) == [
        n * n for n in range(1, 8)
    ]


def _square(n: int) -> list[int]:
    return [n * n]
