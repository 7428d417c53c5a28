"""The Custody tab of a seizure case: packages with their seals and label ids, the custody
table of the selected package, and the dialogs that make, seal and hand over a package.

A hand-over names both people: the one who releases the package (whoever holds it
now, filled in) and the one who receives it, and each confirms it in the dialog
before it is stored. :func:`services.custody.check_custody` is run on every refresh
and any gap in a stored chain is shown above the tables in words.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import UserInputError
from borderdesk.services.custody import (
    CustodyEvent,
    Package,
    check_custody,
    create_package,
    custody_events,
    list_packages,
    seal_package,
    transfer,
)
from borderdesk.services.evidence_steps import steps_definition
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    CasePanel,
    FormDialog,
    FormField,
    banner,
    case_table,
    local_text,
)


def _t(text: str) -> str:
    # The dialog's strings made before its QObject exists.
    return QCoreApplication.translate("TransferDialog", text)


def _purpose(purpose: str) -> str:
    found = steps_definition().purpose(purpose)
    return found.label if found else purpose


class PackagesModel(RowsModel[Package]):
    """The case's packages."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP
        kinds = {k.id: k.label for k in steps_definition().package_kinds}

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
                       lambda p: ", ".join(s.number for s in p.seals)),
            ColumnSpec(n("PackagesModel", "Held by"), n("PackagesModel", "Who holds it now"),
                       holder),
            ColumnSpec(n("PackagesModel", "Transfers"), n("PackagesModel", "Custody events"),
                       lambda p: str(p.transfers), align=RIGHT),
            ColumnSpec(n("PackagesModel", "Packed"), n("PackagesModel", "When and by whom"),
                       lambda p: f"{local_text(p.packed_at, zone)} {p.packed_by}"),
            ColumnSpec(n("PackagesModel", "Contents"), n("PackagesModel", "Contents"),
                       lambda p: p.contents),
        ], parent)


class CustodyModel(RowsModel[CustodyEvent]):
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
        ], parent)


class TransferDialog(FormDialog):
    """A hand-over: both people named, and each confirms before it is stored."""

    def __init__(self, session: StationSession, package: Package,
                 parent: QWidget | None = None) -> None:
        purposes = [(p.id, p.label) for p in steps_definition().custody_purposes]
        fields = [
            FormField("released_by", _t("&Released by"), required=True,
                      default=package.holder,
                      tip=_t("Who hands the package over: whoever holds it now")),
            FormField("received_by", _t("Re&ceived by"), required=True,
                      tip=_t("Who takes the package")),
            FormField("purpose", _t("&Purpose"), "choice", purposes, required=True),
            FormField("place", _t("P&lace"), required=True,
                      placeholder=_t("where it was handed over")),
            FormField("at", _t("&When"), placeholder=_t(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("note", _t("&Note")),
        ]
        super().__init__(
            _t("Hand over package {label}").format(label=package.label),
            _t("Package {label} ({seals}). Both people check the seals and confirm"
                    " below.").format(label=package.label,
                                      seals=", ".join(s.number for s in package.seals)
                                      or _t("no seal")),
            fields, self._store, parent, ok_text=_t("&Record hand-over"))
        self.setObjectName("transferDialog")
        self._session = session
        self._package = package
        self.released_confirms = QCheckBox()
        self.released_confirms.setObjectName("releasedConfirms")
        self.received_confirms = QCheckBox()
        self.received_confirms.setObjectName("receivedConfirms")
        box = QVBoxLayout()
        box.addWidget(self.released_confirms)
        box.addWidget(self.received_confirms)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, box)
        for key in ("released_by", "received_by"):
            editor = self.editors[key]
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(self._update)
        self.released_confirms.toggled.connect(self._update)
        self.received_confirms.toggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        values = self.values()
        released = values["released_by"] or self.tr("the releasing person")
        received = values["received_by"] or self.tr("the receiving person")
        self.released_confirms.setText(self.tr(
            "{name} hands over package {label}, seals intact").format(
                name=released, label=self._package.label))
        self.received_confirms.setText(self.tr(
            "{name} received package {label}, seals intact").format(
                name=received, label=self._package.label))
        self.ok_button.setEnabled(self.released_confirms.isChecked()
                                  and self.received_confirms.isChecked())

    def _store(self, values: dict[str, Any]) -> CustodyEvent:
        if not (self.released_confirms.isChecked() and self.received_confirms.isChecked()):
            raise UserInputError(self.tr("Both people must confirm the hand-over."))
        return transfer(self._session, self._package.id, values["released_by"],
                        values["received_by"], values["purpose"], values["place"],
                        at=values["at"] or None, note=values["note"])


class CustodyPanel(CasePanel):
    """Packages, seals and the custody table, with make, seal and hand-over."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("custodyPanel")
        self.packages_model = PackagesModel(session, self)
        self.packages = case_table(self.packages_model, "packagesTable")
        self.events_model = CustodyModel(session, self)
        self.events = case_table(self.events_model, "custodyTable")
        self.problems = banner()
        self.problems.setObjectName("custodyProblems")
        self.package_button = QPushButton(self.tr("&Make package…"))
        self.package_button.setToolTip(self.tr(
            "Pack an item, or its rounds or parts (records the packaging step)"))
        self.package_button.clicked.connect(lambda: self.make_package())
        self.seal_button = QPushButton(self.tr("&Seal…"))
        self.seal_button.setToolTip(self.tr(
            "Put seals on the selected package (records the seal step)"))
        self.seal_button.clicked.connect(lambda: self.seal())
        self.transfer_button = QPushButton(self.tr("&Hand over…"))
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.setToolTip(self.tr(
            "Record that the selected package changes hands; both people confirm"))
        self.transfer_button.clicked.connect(lambda: self.hand_over())
        bar = QHBoxLayout()
        bar.addWidget(self.package_button)
        bar.addWidget(self.seal_button)
        bar.addWidget(self.transfer_button)
        bar.addStretch(1)
        self.events_label = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        packages_label = QLabel(self.tr("&Packages"))
        packages_label.setBuddy(self.packages)
        top_layout.addWidget(packages_label)
        top_layout.addWidget(self.packages, 1)
        top_layout.addLayout(bar)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.events_label.setBuddy(self.events)
        bottom_layout.addWidget(self.events_label)
        bottom_layout.addWidget(self.events, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.packages)
        self.packages.selectionModel().currentRowChanged.connect(self._show_events)

    def refresh(self) -> None:
        """Read the packages, the chains and their gaps again."""
        if self.case is None:
            return
        row = max(0, self.packages.currentIndex().row())
        self.packages_model.set_rows(list_packages(self._session, self.case_id))
        if self.packages_model.rowCount():
            self.packages.setCurrentIndex(self.packages_model.index(
                min(row, self.packages_model.rowCount() - 1), 0))
        gaps = check_custody(self._session, self.case_id)
        self.problems.setText(self.tr("The chain of custody has gaps:") + "\n"
                              + "\n".join(str(gap) for gap in gaps) if gaps else "")
        self.problems.setVisible(bool(gaps))
        self._show_events()

    def selected_package(self) -> Package | None:
        """The package selected."""
        index = self.packages.currentIndex()
        return self.packages_model.row_value(index.row()) if index.isValid() else None

    def select_package(self, label: str) -> None:
        """Select the package with that label."""
        for row, package in enumerate(self.packages_model.rows()):
            if package.label == label:
                self.packages.setCurrentIndex(self.packages_model.index(row, 0))
                return
        raise KeyError(label)

    def _show_events(self, *_args: object) -> None:
        package = self.selected_package()
        self.events_model.set_rows(custody_events(self._session, package.id) if package else [])
        self.events_label.setText(
            self.tr("&Custody of package {label}").format(label=package.label) if package
            else self.tr("&Custody (select a package)"))
        self.seal_button.setEnabled(package is not None and not package.closed)
        self.transfer_button.setEnabled(package is not None and bool(package.seals)
                                        and not package.closed)

    def make_package(self) -> object | None:
        """Pack items (or their rounds or parts)."""
        assert self.case is not None
        items = [(str(i.number), self.tr("item {n}: {what}").format(
            n=i.number, what=i.description)) for i in self.case.items]
        kinds = [(k.id, k.label) for k in steps_definition().package_kinds]
        fields = [
            FormField("items", self.tr("&Items in it (or whose rounds or parts)"), "multi",
                      items, required=True),
            FormField("kind", self.tr("&Kind"), "choice", kinds, required=True),
            FormField("contents", self.tr("&Contents")),
            FormField("at", self.tr("&When"), placeholder=self.tr(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("by", self.tr("Packed &by"), default=self._session.actor),
        ]

        def submit(values: dict[str, Any]) -> Package:
            return create_package(self._session, self.case_id, values["items"], values["kind"],
                                  values["contents"], at=values["at"] or None,
                                  by=values["by"] or None,
                                  deviation_reason=values.get("deviation_reason"),
                                  reason=values.get("reason"))

        return self.run(FormDialog(
            self.tr("Make a package"), self.tr(
                "Rigid box, ties not through the barrel, paper not plastic; ammunition,"
                " magazines and parts apart. The label id is given when it is stored."),
            fields, submit, self, amendment=self.locked, deviation=True))

    def seal(self) -> object | None:
        """Seal the selected package."""
        package = self.selected_package()
        if package is None:
            return None
        fields = [
            FormField("seals", self.tr("&Seal numbers"), required=True,
                      placeholder=self.tr("several: separate them with ;")),
            FormField("at", self.tr("&When"), placeholder=self.tr(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("by", self.tr("Sealed &by"), default=self._session.actor,
                      tip=self.tr("The sealing officer is the package's first holder")),
        ]

        def submit(values: dict[str, Any]) -> Package:
            numbers = [n.strip() for n in re.split(r"[;\n]", values["seals"]) if n.strip()]
            return seal_package(self._session, package.id, numbers, at=values["at"] or None,
                                by=values["by"] or None,
                                deviation_reason=values.get("deviation_reason"),
                                reason=values.get("reason"))

        return self.run(FormDialog(
            self.tr("Seal package {label}").format(label=package.label),
            self.tr("Photograph the sealed package afterwards (Photos tab, linked to the"
                    " package)."), fields, submit, self, amendment=self.locked,
            deviation=True))

    def hand_over(self) -> object | None:
        """Record a custody transfer of the selected package."""
        package = self.selected_package()
        if package is None:
            return None
        return self.run(TransferDialog(self._session, package, self))
