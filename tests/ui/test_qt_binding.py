"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not).

PySide6 6.12.0 released a reference to ``None`` each time C++ called a Python
override that returned None (every ``data()`` of a model), and one to ``True``
or ``False`` at each emission of a ``Signal(bool)``: after enough calls Python
aborted with "none_dealloc". These tests fail on such a release, so that an
upgrade is refused before it crashes officers' windows.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

CALLS = 500


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


class _Emitter(QObject):
    flag = Signal(bool)


def test_overrides_returning_none_keep_nones_reference_count() -> None:
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data()  # C++ calls the Python override
    assert sys.getrefcount(None) - before > -CALLS // 2


def test_bool_signals_keep_the_reference_count_of_true() -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.flag.emit(True)
    received.clear()
    assert sys.getrefcount(True) - before > -CALLS // 2
