"""Render the real window on the demo article to docs/screenshot.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py [OUT.png]

or under Xvfb with a real display (DISPLAY=:99 ...). The demo project is created in a temporary
data directory, so your own demo project is untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    os.environ["POSTEDITOR_DATA_DIR"] = tempfile.mkdtemp(prefix="posteditor-shot-")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from editor.ui.app import Launcher, demo_project, make_application

    make_application()
    settings = QSettings(
        str(Path(os.environ["POSTEDITOR_DATA_DIR"]) / "settings.ini"), QSettings.Format.IniFormat
    )
    window = Launcher(settings).open_project(demo_project())
    assert window is not None
    window.resize(1440, 900)
    job = window.check_job
    if job is not None and job.running:
        loop = QEventLoop()
        for signal in (job.done, job.failed, job.cancelled):
            signal.connect(loop.quit)
        loop.exec()
    window.go_to_segment(2)
    issue = window.session.issues_of(2)[0] if window.session.issues_of(2) else None
    if issue is not None:
        window.editor.select_issue(issue)
    for _ in range(20):
        QApplication.processEvents()
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png")
