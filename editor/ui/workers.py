"""Long jobs off the GUI thread, with a progress dialog and a cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], bool]], Any]  # job(progress) -> result


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
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancelled = True

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> bool:
        """Stop the thread and the dialog; True when the user had cancelled."""
        cancelled = self._worker.cancelled
        self._thread.quit()
        self._thread.wait()
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
