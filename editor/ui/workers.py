"""Long jobs off the GUI thread, with a progress dialog and a cancel button."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], bool]], Any]  # job(progress) -> result


class _GuiCollector:
    """While background jobs run, Python's cyclic garbage collector runs on the GUI thread only.

    Left automatic, it runs in whichever thread allocates past its threshold: a job's thread
    may then free a window's Qt objects left in a cycle, and a QObject destroyed there takes
    Qt's connection lock before it waits for the GIL, which the GUI thread holds while it
    waits for that lock (a deadlock seen in the GUI tests). So automatic collection is off
    while a job runs; a timer on the GUI thread collects the young generations past their
    thresholds, and the last job to end does so once more and turns automatic collection
    back on."""

    INTERVAL_MS = 500

    def __init__(self) -> None:
        self.jobs = 0
        self.was_enabled = True
        self.timer: QTimer | None = None

    def enter(self) -> None:
        if self.jobs == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
            self.timer = QTimer(QCoreApplication.instance())
            self.timer.timeout.connect(self.collect)
            self.timer.start(self.INTERVAL_MS)
        self.jobs += 1

    def leave(self) -> None:
        self.jobs -= 1
        if self.jobs > 0:
            return
        if self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
            self.timer = None
        self.collect()
        if self.was_enabled:
            gc.enable()

    @staticmethod
    def collect() -> None:
        """What automatic collection would have done by now in the young generations: each
        whose count has passed its threshold, the youngest first. The oldest is left to
        automatic collection once the jobs end, which also weighs what it last found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in range(2):
            if counts[generation] <= thresholds[generation]:
                break
            gc.collect(generation)


COLLECTOR = _GuiCollector()


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Exception as exc:  # reported to the window, which shows it
            self.failed.emit(exc)
            return
        self.finished.emit(result)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class BackgroundJob(QObject):
    """Runs ``job`` in a QThread; shows a progress dialog whose Cancel stops it."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, title: str, job: Job, parent: QWidget | None = None, *, dialog: bool = True) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._entered = False
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self.progress: QProgressDialog | None = None
        if dialog:
            self.progress = QProgressDialog(title, "Cancel", 0, 0, parent)
            self.progress.setWindowTitle(title)
            self.progress.setMinimumDuration(300)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel)
            self._worker.progressed.connect(self._progressed)

    def start(self) -> None:
        COLLECTOR.enter()
        self._entered = True
        self._thread.start()

    def _ended(self) -> None:
        if self._entered:
            self._entered = False
            COLLECTOR.leave()

    def cancel(self) -> None:
        self._worker.cancelled = True

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._ended()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> bool:
        """Stop the thread and the dialog; True when the user had cancelled."""
        cancelled = self._worker.cancelled
        self._thread.quit()
        self._thread.wait()
        self._ended()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing a progress dialog "cancels"
            self.progress.close()
        return cancelled

    def _finished(self, result: object) -> None:
        if self._finish():
            self.cancelled.emit()
        else:
            self.done.emit(result)

    def _failed(self, exc: object) -> None:
        if self._finish():
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
