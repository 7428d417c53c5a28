"""The Items tab of a seizure case: firearms from identifications, parts and ammunition as
counted groups, corrections and withdrawals with their reasons, and the items' history.

A firearm comes from a completed identification of the case's own inspection (the
list offers only those not already an item); parts and rounds are counted by hand.
Nothing is overwritten: a correction or a withdrawal is a new row with its reason,
and the history table below shows every row ever written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.services.identification import list_identifications
from borderdesk.services.seizures import (
    CaseItem,
    add_ammunition_group,
    add_identified_item,
    add_part_group,
    correct_item,
    item_history,
    withdraw_item,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    WARNING_BACKGROUND,
    CasePanel,
    FormDialog,
    FormField,
    case_table,
    local_text,
)


def item_marking(item: CaseItem) -> str:
    """The serial number(s) read from the item, for the table."""
    if item.record is None:
        return ""
    return "; ".join(f"{m.text} ({m.place})" if m.text else m.status
                     for m in item.record.serials)


_KINDS = {"firearm": QT_TRANSLATE_NOOP("ItemsModel", "Firearm"),
          "parts": QT_TRANSLATE_NOOP("ItemsModel", "Parts"),
          "ammunition": QT_TRANSLATE_NOOP("ItemsModel", "Ammunition")}


def _category(item: CaseItem) -> str:
    if item.kind == "parts" and item.component:
        return seizure_codes()["part_type"].label(item.component)
    return item.category


class ItemsModel(RowsModel[CaseItem]):
    """The case's current items."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP
        super().__init__("ItemsModel", [
            ColumnSpec(n("ItemsModel", "No."), n("ItemsModel", "The item's number in the case"),
                       lambda i: str(i.number), sort_key=lambda i: i.number, align=RIGHT),
            ColumnSpec(n("ItemsModel", "Kind"), n("ItemsModel", "Firearm, part or ammunition"),
                       lambda i: self._translate(str(_KINDS.get(i.kind, i.kind)))),
            ColumnSpec(n("ItemsModel", "Category"), n("ItemsModel", "Category or part type"),
                       _category),
            ColumnSpec(n("ItemsModel", "Quantity"), n("ItemsModel", "Pieces or rounds"),
                       lambda i: str(i.quantity), sort_key=lambda i: i.quantity, align=RIGHT),
            ColumnSpec(n("ItemsModel", "Description"), n("ItemsModel", "What it is"),
                       lambda i: i.description),
            ColumnSpec(n("ItemsModel", "Serial"), n("ItemsModel", "Serial numbers read from "
                                                                  "the item"), item_marking),
            ColumnSpec(n("ItemsModel", "Calibre"), n("ItemsModel", "Calibre"),
                       lambda i: i.calibre or ""),
            ColumnSpec(n("ItemsModel", "Recorded"), n("ItemsModel", "When and by whom"),
                       lambda i: f"{local_text(parse_utc(i.recorded_at), zone)}"
                                 f" {i.recorded_by}"),
            ColumnSpec(n("ItemsModel", "Amendment reason"),
                       n("ItemsModel", "Why it changed after sign-off"),
                       lambda i: i.reason or "" if i.amendment else "",
                       background=lambda i: WARNING_BACKGROUND if i.amendment else None),
        ], parent)


class ItemHistoryModel(RowsModel[dict[str, Any]]):
    """Every row written for the items: firsts, corrections, withdrawals."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP

        def what(row: dict[str, Any]) -> str:
            if row["withdrawn"]:
                return self.tr("withdrawn")
            return self.tr("corrected") if row["replaces"] else self.tr("added")

        super().__init__("ItemHistoryModel", [
            ColumnSpec(n("ItemHistoryModel", "No."), n("ItemHistoryModel", "Item number"),
                       lambda r: str(r["number"]), align=RIGHT),
            ColumnSpec(n("ItemHistoryModel", "What"), n("ItemHistoryModel", "What happened"),
                       what),
            ColumnSpec(n("ItemHistoryModel", "Quantity"), n("ItemHistoryModel", "Quantity"),
                       lambda r: str(r["quantity"]), align=RIGHT),
            ColumnSpec(n("ItemHistoryModel", "Description"),
                       n("ItemHistoryModel", "Description"), lambda r: r["description"]),
            ColumnSpec(n("ItemHistoryModel", "When"), n("ItemHistoryModel", "When"),
                       lambda r: local_text(parse_utc(r["recorded_at"]), zone)),
            ColumnSpec(n("ItemHistoryModel", "By"), n("ItemHistoryModel", "By"),
                       lambda r: r["recorded_by"]),
            ColumnSpec(n("ItemHistoryModel", "Reason"), n("ItemHistoryModel", "Reason"),
                       lambda r: r["reason"] or ""),
        ], parent)


class ItemsPanel(CasePanel):
    """The items, with buttons to add, correct and withdraw."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("itemsPanel")
        self.model = ItemsModel(session, self)
        self.table = case_table(self.model, "itemsTable")
        # The description takes the room left, so the amendment reason stays readable.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history_model = ItemHistoryModel(session, self)
        self.history = case_table(self.history_model, "itemHistory")
        self.add_identified_button = self._button(
            self.tr("Add &identified item…"), self.add_identified,
            self.tr("Add a firearm from a completed identification of this inspection"))
        self.add_parts_button = self._button(
            self.tr("Add &parts…"), self.add_parts,
            self.tr("Add a counted group of parts or components (barrels, slides...)"))
        self.add_rounds_button = self._button(
            self.tr("Add a&mmunition…"), self.add_ammunition,
            self.tr("Add a counted group of rounds of one calibre"))
        self.correct_button = self._button(
            self.tr("&Correct…"), self.correct,
            self.tr("Correct the selected item's quantity or description (kept as history)"))
        self.withdraw_button = self._button(
            self.tr("&Withdraw…"), self.withdraw,
            self.tr("Withdraw the selected item, recorded by mistake (with a reason)"))
        bar = QHBoxLayout()
        for button in (self.add_identified_button, self.add_parts_button,
                       self.add_rounds_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.withdraw_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("Every change to the items (nothing is deleted):"))
        bottom_layout.addWidget(history_label)
        bottom_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

    def _button(self, text: str, slot: Any, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def refresh(self) -> None:
        """Read the items and their history again."""
        if self.case is None:
            return
        self.model.set_rows(self.case.items)
        self.history_model.set_rows(item_history(self._session, self.case_id))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def current_item(self) -> CaseItem | None:
        """The selected item."""
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        selected = self.current_item() is not None
        self.correct_button.setEnabled(selected)
        self.withdraw_button.setEnabled(selected)

    def _dialog(self, title: str, intro: str, fields: list[FormField], submit: Any,
                **options: Any) -> FormDialog:
        return FormDialog(title, intro, fields, submit, self, amendment=self.locked, **options)

    def available_identifications(self) -> list[tuple[str, str]]:
        """Completed identifications of the case's inspection that are not items yet."""
        assert self.case is not None
        used = {item.identification_id for item in self.case.items}
        return [(i.id, self.tr("{label} ({category}, {id})").format(
                    label=i.item_label, category=i.category or "?", id=i.id[:8]))
                for i in list_identifications(self._session, self.case.inspection_id)
                if i.completed and i.id not in used]

    def add_identified(self) -> object | None:
        """Add a firearm from a completed identification."""
        options = self.available_identifications()
        fields = [FormField("identification", self.tr("&Identification"), "choice", options,
                            required=True, default=options[0][0] if options else None)]
        intro = (self.tr("Choose the completed identification of the item.") if options else
                 self.tr("No completed identification of this inspection is left to add:"
                         " identify the item first."))
        return self.run(self._dialog(
            self.tr("Add identified item"), intro, fields,
            lambda v: add_identified_item(self._session, self.case_id, v["identification"],
                                          v.get("reason"))))

    def add_parts(self) -> object | None:
        """Add a counted group of parts."""
        table = seizure_codes()["part_type"]
        fields = [
            FormField("part_type", self.tr("Part &type"), "choice",
                      [(c, table.label(c)) for c in table.codes], required=True),
            FormField("quantity", self.tr("&Quantity"), required=True, placeholder="1"),
            FormField("description", self.tr("&Description")),
            FormField("calibre", self.tr("&Calibre (barrels)")),
        ]
        return self.run(self._dialog(
            self.tr("Add parts"), self.tr("A group of parts counted by hand."), fields,
            lambda v: add_part_group(self._session, self.case_id, v["part_type"],
                                     v["quantity"], v["description"], v["calibre"] or None,
                                     v.get("reason"))))

    def add_ammunition(self) -> object | None:
        """Add a counted group of rounds."""
        fields = [
            FormField("calibre", self.tr("&Calibre"), required=True, placeholder="9 x 19"),
            FormField("quantity", self.tr("&Rounds"), required=True, placeholder="50"),
            FormField("description", self.tr("&Description (headstamp, lot, packaging)")),
        ]
        return self.run(self._dialog(
            self.tr("Add ammunition"), self.tr("Rounds of one calibre, counted."), fields,
            lambda v: add_ammunition_group(self._session, self.case_id, v["calibre"],
                                           v["quantity"], v["description"],
                                           v.get("reason"))))

    def correct(self) -> object | None:
        """Correct the selected item's quantity or description."""
        item = self.current_item()
        if item is None:
            return None
        fields = [FormField("description", self.tr("&Description"), default=item.description)]
        if item.kind != "firearm":
            fields.insert(0, FormField("quantity", self.tr("&Quantity"),
                                       default=item.quantity, required=True))

        def submit(v: dict[str, Any]) -> object:
            return correct_item(self._session, self.case_id, item.number, v.get("reason"),
                                quantity=v.get("quantity"), description=v["description"])

        return self.run(self._dialog(
            self.tr("Correct item {n}").format(n=item.number),
            self.tr("The old row stays in the history."), fields, submit))

    def withdraw(self) -> object | None:
        """Withdraw the selected item (with a reason); its number is not given again."""
        item = self.current_item()
        if item is None:
            return None
        fields = [FormField("why", self.tr("&Reason"), required=True,
                            placeholder=self.tr("Why this item should not be in the case"))]

        def submit(values: dict[str, Any]) -> bool:
            withdraw_item(self._session, self.case_id, item.number, values["why"])
            return True

        return self.run(FormDialog(
            self.tr("Withdraw item {n}").format(n=item.number),
            self.tr("The item stays in the history, marked withdrawn."), fields,
            submit, self, ok_text=self.tr("&Withdraw")))
