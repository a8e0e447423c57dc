"""Feeds key presses in the target editor to the core effort recorder."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent

from editor.core.effort import EffortRecorder, Key

_NAVIGATION = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}
_DELETION = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def classify(event: QKeyEvent) -> Key | None:
    """What a key press does to the text; None for a bare modifier."""
    key = Qt.Key(event.key())
    if key in _MODIFIERS:
        return None
    commands = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    if event.modifiers() & commands:
        return Key.CONTROL
    if key in _NAVIGATION:
        return Key.NAVIGATION
    if key in _DELETION:
        return Key.DELETION
    if event.text() and event.text().isprintable():
        return Key.INSERTION
    return Key.CONTROL


class EffortFilter(QObject):
    """An event filter: install on the target editor; it never consumes events.

    Window shortcuts (Ctrl+Enter, F8) never reach the editor as key presses: they are counted,
    as control keys, when the editor is offered them (ShortcutOverride), and only then.
    """

    def __init__(self, recorder: EffortRecorder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.shortcuts: set[int] = set()  # QKeyCombination.toCombined() of the window's shortcuts

    def watch_shortcuts(self, actions: Iterable[QAction]) -> None:
        """The window's shortcuts: counted when offered to the editor, never twice."""
        self.shortcuts = {
            sequence[0].toCombined()  # type: ignore[index]
            for action in actions
            for sequence in action.shortcuts()
            if sequence.count()
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            event, QKeyEvent
        ):
            return False
        shortcut = event.keyCombination().toCombined() in self.shortcuts
        if kind == QEvent.Type.ShortcutOverride:
            if shortcut:
                self.recorder.key(Key.CONTROL)
        elif not shortcut:
            pressed = classify(event)
            if pressed is not None:
                self.recorder.key(pressed)
        return False
