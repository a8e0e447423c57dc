"""The docks' share of a resized window: a smaller window takes room from them too, a bigger one
gives back what it took."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

DOCK_SHARE = 0.4  # the docks on the right never take more of the window's width


class DockShare(QObject):
    """Watches the window and its docks (an event filter on each)."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._docks = docks
        self._wanted = 0  # the width the docks had before a smaller window took it
        self._before: int | None = None  # a dock's width before the window's layout changed it
        self._width_seen = 0
        for widget in (window, *docks):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QResizeEvent):
            return False
        if watched is self._window:
            self._fit(event)
        elif self._window.width() != self._width_seen and self._before is None:
            # The window's layout resizes the docks before the window hears of its own new
            # size: the width the user left them at is the one before the first of these.
            self._before = event.oldSize().width()
        return False

    def _fit(self, event: QResizeEvent) -> None:
        before, self._before, self._width_seen = self._before, None, event.size().width()
        docked = [d for d in self._docks if d.isVisible() and not d.isFloating()]
        if not docked:
            return
        dock, widest = docked[0], int(event.size().width() * DOCK_SHARE)
        before = dock.width() if before is None else before
        growing = event.size().width() - event.oldSize().width()
        if growing < 0 and before > widest:
            self._wanted = max(self._wanted, before)
        if dock.width() > widest:
            self._window.resizeDocks([dock], [widest], Qt.Orientation.Horizontal)
        elif growing > 0 and dock.width() < self._wanted:
            self._window.resizeDocks([dock], [min(self._wanted, widest)], Qt.Orientation.Horizontal)
            if widest >= self._wanted:
                self._wanted = 0
