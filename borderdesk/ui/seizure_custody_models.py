"""The Custody tab's tables: packages and hand-overs, with their corrections shown on
request (greyed when withdrawn, their history in the tooltip)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from borderdesk.core.clock import parse_utc
from borderdesk.evidence.steps import step_text
from borderdesk.services.custody import (
    CustodyEvent,
    Package,
)
from borderdesk.services.evidence_current import Correction
from borderdesk.services.evidence_steps import steps_definition
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    local_text,
)


def _t(text: str) -> str:
    # The dialog's strings made before its QObject exists.
    return QCoreApplication.translate("TransferDialog", text)


def _purpose(purpose: str) -> str:
    found = steps_definition().purpose(purpose)
    return step_text(found.label) if found else purpose


#: What a correction may change, in words (context "CustodyHistory").
_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("CustodyHistory", "kind"),
    "items": QT_TRANSLATE_NOOP("CustodyHistory", "items"),
    "contents": QT_TRANSLATE_NOOP("CustodyHistory", "contents"),
    "seal_number": QT_TRANSLATE_NOOP("CustodyHistory", "seal number"),
    "sealed_at": QT_TRANSLATE_NOOP("CustodyHistory", "sealed at"),
    "sealed_by": QT_TRANSLATE_NOOP("CustodyHistory", "sealed by"),
    "occurred_at": QT_TRANSLATE_NOOP("CustodyHistory", "time"),
    "released_by": QT_TRANSLATE_NOOP("CustodyHistory", "released by"),
    "received_by": QT_TRANSLATE_NOOP("CustodyHistory", "received by"),
    "purpose": QT_TRANSLATE_NOOP("CustodyHistory", "purpose"),
    "place": QT_TRANSLATE_NOOP("CustodyHistory", "place"),
    "note": QT_TRANSLATE_NOOP("CustodyHistory", "note"),
}


def _h(text: str) -> str:
    return QCoreApplication.translate("CustodyHistory", text)


def _value(key: str, value: Any, zone: ZoneInfo) -> str:
    if key.endswith("_at") and isinstance(value, str) and value:
        return local_text(parse_utc(value), zone)
    if key == "purpose" and isinstance(value, str):
        return _purpose(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value) if value not in (None, "") else _h("(empty)")


def history_text(corrections: tuple[Correction, ...], zone: ZoneInfo,
                 what: str = "") -> str:
    """Each correction in words: what changed (before → after) or that it was withdrawn,
    who, when and why; ``what`` names the entry (a seal) when it is not the row itself."""
    lines = []
    for fix in corrections:
        when = local_text(parse_utc(fix.recorded_at), zone)
        if fix.action == "withdraw":
            head = _h("{what}withdrawn {when} by {who}")
        else:
            changes = "; ".join(
                f"{_h(str(_FIELDS.get(k, k)))}: {_value(k, fix.previous.get(k), zone)} → "
                f"{_value(k, v, zone)}" for k, v in fix.changes.items() if k != "seal_key")
            head = _h("{what}corrected {when} by {who}: ") + changes
        lines.append(head.format(what=f"{what}: " if what else "", when=when,
                                 who=fix.recorded_by)
                     + "\n  " + _h("why: {reason}").format(reason=fix.reason))
    return "\n".join(lines)


class _Correctable(Protocol):
    @property
    def withdrawn(self) -> bool: ...

    @property
    def corrections(self) -> tuple[Correction, ...]: ...


R = TypeVar("R", bound=_Correctable)
_WITHDRAWN_TEXT = QColor("gray")


class _HistoryModel(RowsModel[R]):
    """Rows that may be corrected or withdrawn: withdrawn ones greyed; with
    :attr:`show_history`, corrected ones marked in the first column; the tooltip of a
    corrected or withdrawn row is its history."""

    def __init__(self, context: str, columns: list[ColumnSpec[R]], zone: ZoneInfo,
                 history: Callable[[R], str], parent: QObject | None) -> None:
        super().__init__(context, columns, parent)
        self._zone = zone
        self._history = history
        self.show_history = False

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not (index.isValid() and 0 <= index.row() < self.rowCount()):
            return value
        row = self.row_value(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and row.withdrawn:
            return _WITHDRAWN_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            history = self._history(row)
            return "\n\n".join(t for t in (value, history) if t) or None
        if (role == Qt.ItemDataRole.DisplayRole and index.column() == 0
                and self.show_history):
            if row.withdrawn:
                return _h("{value} (withdrawn)").format(value=value)
            if row.corrections:
                return _h("{value} (corrected)").format(value=value)
        return value


class PackagesModel(_HistoryModel[Package]):
    """The case's packages."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP
        kinds = {k.id: step_text(k.label) for k in steps_definition().package_kinds}

        def history(package: Package) -> str:
            parts = [history_text(package.corrections, zone)]
            parts += [history_text(s.corrections, zone, _h("seal {number}").format(
                number=s.number)) for s in package.seals + package.withdrawn_seals]
            return "\n".join(p for p in parts if p)

        def seals(package: Package) -> str:
            shown = [s.number for s in package.seals]
            if self.show_history:
                shown += [_h("{number} (withdrawn)").format(number=s.number)
                          for s in package.withdrawn_seals]
            return ", ".join(shown)

        def holder(package: Package) -> str:
            if package.holder is None:
                return self.tr("not sealed yet")
            return (self.tr("{holder} (chain closed)").format(holder=package.holder)
                    if package.closed else package.holder)

        super().__init__("PackagesModel", [
            ColumnSpec(n("PackagesModel", "Package"), n("PackagesModel", "The id on the label"),
                       lambda p: p.label),
            ColumnSpec(n("PackagesModel", "Kind"), n("PackagesModel", "What it holds"),
                       lambda p: kinds.get(p.kind, p.kind)),
            ColumnSpec(n("PackagesModel", "Items"), n("PackagesModel", "Item numbers"),
                       lambda p: ", ".join(p.items)),
            ColumnSpec(n("PackagesModel", "Seals"), n("PackagesModel", "Seal numbers"),
                       seals),
            ColumnSpec(n("PackagesModel", "Held by"), n("PackagesModel", "Who holds it now"),
                       holder),
            ColumnSpec(n("PackagesModel", "Transfers"), n("PackagesModel", "Custody events"),
                       lambda p: str(p.transfers), align=RIGHT),
            ColumnSpec(n("PackagesModel", "Packed"), n("PackagesModel", "When and by whom"),
                       lambda p: f"{local_text(p.packed_at, zone)} {p.packed_by}"),
            ColumnSpec(n("PackagesModel", "Contents"), n("PackagesModel", "Contents"),
                       lambda p: p.contents),
        ], zone, history, parent)


class CustodyModel(_HistoryModel[CustodyEvent]):
    """The custody events of a package, in order."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP
        super().__init__("CustodyModel", [
            ColumnSpec(n("CustodyModel", "No."), n("CustodyModel", "Event number"),
                       lambda e: str(e.seq), align=RIGHT),
            ColumnSpec(n("CustodyModel", "When"), n("CustodyModel", "Time of the hand-over"),
                       lambda e: local_text(e.at, zone)),
            ColumnSpec(n("CustodyModel", "Released by"), n("CustodyModel", "Who handed it over"),
                       lambda e: e.released_by),
            ColumnSpec(n("CustodyModel", "Received by"), n("CustodyModel", "Who took it"),
                       lambda e: e.received_by),
            ColumnSpec(n("CustodyModel", "Purpose"), n("CustodyModel", "Why"),
                       lambda e: _purpose(e.purpose)),
            ColumnSpec(n("CustodyModel", "Place"), n("CustodyModel", "Where"),
                       lambda e: e.place),
            ColumnSpec(n("CustodyModel", "Recorded"), n("CustodyModel", "Typed in when, by whom"),
                       lambda e: f"{local_text(e.recorded_at, zone)} {e.recorded_by}"),
            ColumnSpec(n("CustodyModel", "Note"), n("CustodyModel", "Note"),
                       lambda e: e.note),
        ], zone, lambda e: history_text(e.corrections, zone), parent)
