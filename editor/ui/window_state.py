"""What the window remembers between runs (QSettings): geometry, docks, splitter, recent files."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

RECENT = 8


def restore(window: QMainWindow, settings: QSettings, splitter: QSplitter, first_dock: QDockWidget) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1360, 860)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    else:
        window.resizeDocks([first_dock], [460], Qt.Orientation.Horizontal)
    layout = settings.value("window/splitter")
    if isinstance(layout, QByteArray):
        splitter.restoreState(layout)


def save(window: QMainWindow, settings: QSettings, splitter: QSplitter) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())


def recent(settings: QSettings) -> list[str]:
    value = settings.value("recent")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def remember(settings: QSettings, path: str) -> None:
    settings.setValue("recent", [path, *[p for p in recent(settings) if p != path]][:RECENT])
