"""Never lost: typing reaches the project file within a second; a kill -9 loses nothing saved;
the window stays responsive while a big pair is imported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QTimer

from editor.core.model import SegmentStatus
from editor.core.store import ProjectStore
from editor.ui.app import Launcher, demo_project
from editor.ui.session import SAVE_DELAY_MS, Session
from tests.conftest import ROOT


def test_typing_reaches_the_file_within_a_second(qtbot, project):
    session = Session.open(project)
    try:
        session.set_target(3, "Getippt.")
        with ProjectStore.open(project, readonly=True) as reader:
            assert reader.load_document()[3].target != "Getippt."  # not yet: debounced
        qtbot.wait(SAVE_DELAY_MS + 200)
        with ProjectStore.open(project, readonly=True) as reader:
            assert reader.load_document()[3].target == "Getippt."
        assert session.saved
    finally:
        session.close()


def test_kill_9_keeps_confirmed_segments_and_recent_typing(tmp_path, project):
    script = textwrap.dedent(f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication, QTimer
        from editor.core.model import SegmentStatus
        from editor.ui.session import Session
        app = QCoreApplication([])
        session = Session.open({str(project)!r})
        session.set_target(4, "Bestätigt.")
        session.set_status(4, SegmentStatus.CONFIRMED)
        session.set_target(5, "Getippt, nicht bestätigt.")
        QTimer.singleShot(900, lambda: (print("ready", flush=True), time.sleep(60)))
        app.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    with ProjectStore.open(project) as store:
        document = store.load_document()
    assert document[4].target == "Bestätigt." and document[4].status is SegmentStatus.CONFIRMED
    assert document[5].target == "Getippt, nicht bestätigt."


def test_window_processes_events_during_a_long_import(qtbot, tmp_path, settings):
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.corpus import write_pair

    source, target = write_pair(tmp_path, 6000)
    launcher = Launcher(settings)
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = launcher.import_pair(source, target, "en", "de", tmp_path / "big.pedit")
    assert job.progress is not None  # a progress dialog with a Cancel button
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=60000)
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while the import worked
    assert len(launcher.window.session.document) > 5000
    qtbot.waitUntil(lambda: not launcher.window.check_job.running, timeout=60000)
    launcher.window.close()
    launcher.window.session.close()


def test_import_can_be_cancelled(qtbot, tmp_path, settings):
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.corpus import write_pair

    source, target = write_pair(tmp_path, 6000)
    launcher = Launcher(settings)
    job = launcher.import_pair(source, target, "en", "de", tmp_path / "big.pedit")
    with qtbot.waitSignal(job.cancelled, timeout=60000):
        job.cancel()
    assert launcher.window is None and not (tmp_path / "big.pedit").exists()


def test_demo_project_is_made_in_the_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTEDITOR_DATA_DIR", str(tmp_path / "data"))
    path = demo_project()
    assert path.parent == tmp_path / "data" and path.exists()
    with ProjectStore.open(path, readonly=True) as store:
        assert len(store.load_document()) > 30
    assert demo_project() == path  # the second start reuses it
    assert not Path(ROOT / "demo.pedit").exists()
