"""A Qt binding that drops references to None or True crashes the window after a few hundred
keystrokes (PySide6 6.12.0 under Python 3.11 did). Guard the versions we install."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 2

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_void_calls_and_signals_keep_references(qtbot):
    label, model = QLabel(), _Model()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for k in range(500):
        label.setText(str(k))
        model.dataChanged.emit(model.index(0, 0), model.index(1, 1))
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 50 and after[1] >= before[1] - 50, (before, after)
