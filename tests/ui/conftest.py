"""Window fixtures: a project made from the seeds in tmp_path, settings in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.core.formats.plaintext import read_pair
from editor.core.store import ProjectStore
from editor.ui.main_window import MainWindow
from editor.ui.session import Session
from tests.conftest import SEED_MT, SEED_SOURCE


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "seed.pedit"
    ProjectStore.create(path, read_pair(SEED_SOURCE, SEED_MT, "en", "de").document).close()
    return path


@pytest.fixture
def window(qtbot, project: Path, settings: QSettings):
    session = Session.open(project)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.check_all()
    qtbot.waitUntil(lambda: window.check_job is not None and not window.check_job.running, timeout=20000)
    qtbot.waitUntil(lambda: bool(session.issues))
    yield window
    window.close()
    session.close()


@pytest.fixture
def editor(qtbot):
    """The segment editor on its own, shown."""
    from editor.ui.widgets.segment_editor import SegmentEditor

    editor = SegmentEditor()
    qtbot.addWidget(editor)
    editor.show()
    return editor
