"""Benchmark: the window with 100 000 segments — open, page through, keystroke to highlight.

Peers in the same run: a plain QTableView over a QStandardItemModel holding the same rows (the
simplest Qt table anyone would write), and the same keystrokes in a one-segment document.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui.py [SEGMENTS]
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from editor.core.formats.plaintext import read_pair  # noqa: E402
from editor.core.model import Document  # noqa: E402
from editor.core.store import ProjectStore  # noqa: E402
from editor.ui.app import make_application  # noqa: E402
from editor.ui.main_window import MainWindow  # noqa: E402
from editor.ui.session import Session  # noqa: E402

SEEDS = ROOT / "seeds"


def big_document(size: int) -> Document:
    seed = read_pair(
        SEEDS / "eu-supercomputers.en.txt", SEEDS / "eu-supercomputers.de-mt.txt", "en", "de"
    ).document
    segments = []
    while len(segments) < size:
        for segment in seed:
            i = len(segments) + 1
            segments.append(dataclasses.replace(segment, id=i, paragraph=i, target_par=None, gap=""))
            if len(segments) == size:
                break
    return Document("en", "de", segments)


def pages(table: QTableView, count: int) -> float:
    """Seconds per page when paging down through the table (each page painted)."""
    bar = table.verticalScrollBar()
    start = time.perf_counter()
    for k in range(count):
        bar.setValue(min(bar.maximum(), (k + 1) * bar.pageStep()))
        table.viewport().repaint()
    return (time.perf_counter() - start) / count


def keystrokes(window: MainWindow, segment_id: int, count: int) -> list[float]:
    """Milliseconds from a key press to the re-checked, re-highlighted segment."""
    window.go_to_segment(segment_id)
    editor = window.editor.target
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    out = []
    for k in range(count):
        key = Qt.Key.Key_A if k % 2 == 0 else Qt.Key.Key_Backspace
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        editor.viewport().repaint()
        out.append((time.perf_counter() - start) * 1000)
    return out


def peer_table(document: Document) -> tuple[QTableView, float]:
    start = time.perf_counter()
    model = QStandardItemModel(len(document), 4)
    for row, segment in enumerate(document):
        for column, value in enumerate(
            (str(segment.id), segment.source, segment.target, segment.status.label)
        ):
            model.setItem(row, column, QStandardItem(value))
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.verticalHeader().setDefaultSectionSize(60)
    view.resize(1400, 860)
    view.show()
    QApplication.processEvents()
    return view, time.perf_counter() - start


def main(size: int = 100_000) -> None:
    make_application()
    with tempfile.TemporaryDirectory() as tmp:
        document = big_document(size)
        project = Path(tmp) / "big.pedit"
        ProjectStore.create(project, document).close()
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        start = time.perf_counter()
        session = Session.open(project)
        window = MainWindow(session, settings)
        window.resize(1400, 860)
        window.show()
        QApplication.processEvents()
        opened = time.perf_counter() - start
        busy_page = pages(window.table, 200)  # while the metrics are built in the background
        while window.metrics_job is not None and window.metrics_job.running:
            QApplication.processEvents()
        window.table.scrollToTop()
        ours_page = pages(window.table, 200)
        ours_keys = keystrokes(window, size // 2, 300)
        small = Path(tmp) / "small.pedit"
        ProjectStore.create(small, Document("en", "de", [document[2]])).close()
        small_window = MainWindow(Session.open(small), settings)
        small_window.show()
        QApplication.processEvents()
        peer_keys = keystrokes(small_window, 2, 300)
        peer_view, peer_opened = peer_table(document)
        peer_page = pages(peer_view, 200)
        window.close()
        small_window.close()
        session.close()
        small_window.session.close()
    print(f"{size} segments")
    print(f"open (load project, build window, first paint): {opened:6.2f} s")
    print(f"  peer QStandardItemModel: {peer_opened:6.2f} s")
    print(f"per page when paging: {ours_page * 1000:6.1f} ms   peer: {peer_page * 1000:6.1f} ms")
    print(f"  while metrics are built in the background: {busy_page * 1000:6.1f} ms")
    for name, values in (("100k document", ours_keys), ("1-segment document", peer_keys)):
        values = sorted(values)
        p50 = statistics.median(values)
        p99 = values[int(len(values) * 0.99) - 1]
        print(f"keystroke to highlight, {name}: p50 {p50:5.1f} ms  p99 {p99:5.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
