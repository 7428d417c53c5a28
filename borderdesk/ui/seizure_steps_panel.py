"""The Steps tab of a seizure case: the fifteen evidence steps as a checklist (per case or
per item), the timeline of every record with its deviations and corrections, and the
buttons that record, correct and withdraw.

The checklist comes from :func:`services.evidence_steps.checklist_state` (green: done,
red: a minimum step still missing), the timeline from :func:`timeline`. When an order
rule was broken the yellow strip above says so in plain words, with the reason given.
Packaging, seal and custody are recorded with their package on the Custody tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import format_utc, parse_utc
from borderdesk.evidence.steps import step_text
from borderdesk.services.evidence_steps import (
    StepRecord,
    StepState,
    checklist_state,
    steps_definition,
    timeline,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    DONE_BACKGROUND,
    MISSING_BACKGROUND,
    WARNING_BACKGROUND,
    CasePanel,
    banner,
    case_table,
    local_text,
)
from borderdesk.ui.seizure_step_dialog import correct_dialog, record_dialog


def fields_text(record: StepRecord, zone: Any) -> str:
    """A record's fields in words, with the step file's labels and station times."""
    spec = steps_definition().step(record.step)
    parts = []
    for key, value in record.fields.items():
        field = spec.field(key) if spec else None
        label = step_text(field.label) if field else key
        if field is not None and field.type == "time" and isinstance(value, str):
            value = local_text(parse_utc(value), zone)
        elif field is not None and field.options:
            names = {o.id: step_text(o.label) for o in field.options}
            value = ", ".join(names.get(str(v), str(v)) for v in value) if isinstance(value, list) \
                else names.get(str(value), value)
        elif isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        parts.append(f"{label}: {value}")
    if record.not_applicable:
        not_applicable = QCoreApplication.translate("StepsPanel", "does not apply: {why}")
        parts.insert(0, not_applicable.format(why=record.not_applicable))
    return " · ".join(parts)


class ChecklistModel(RowsModel[StepState]):
    """The steps, per item for steps per item, and whether each is done."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP

        def colour(line: StepState) -> Any:
            if line.done:
                return DONE_BACKGROUND
            return MISSING_BACKGROUND if line.minimum else None

        def state(line: StepState) -> str:
            if line.done:
                return self.tr("done")
            return self.tr("needed for sign-off") if line.minimum else self.tr("not recorded")

        super().__init__("ChecklistModel", [
            ColumnSpec(n("ChecklistModel", "No."), n("ChecklistModel", "Step number"),
                       lambda s: str(s.number), sort_key=lambda s: s.number, align=RIGHT),
            ColumnSpec(n("ChecklistModel", "Step"), n("ChecklistModel", "The evidence step"),
                       lambda s: step_text(s.title)),
            ColumnSpec(n("ChecklistModel", "Item"), n("ChecklistModel",
                                                      "The item, for steps per item"),
                       lambda s: s.item or ""),
            ColumnSpec(n("ChecklistModel", "State"), n("ChecklistModel",
                                                       "Done, or what is missing"),
                       state, background=colour,
                       tooltip=lambda s: self.tr("last done {when}").format(
                           when=local_text(s.last_done_at, zone)) if s.done else None),
        ], parent)


class TimelineModel(RowsModel[StepRecord]):
    """Every record of the case's steps in the order the acts happened."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP

        def state(record: StepRecord) -> str:
            if record.withdrawn:
                return self.tr("withdrawal")
            if record.corrected_by:
                return self.tr("corrected")
            return self.tr("correction") if record.corrects else self.tr("current")

        def deviation(record: StepRecord) -> str:
            if not record.deviations:
                return ""
            return self.tr("{rules} — reason: {reason}").format(
                rules="; ".join(record.deviations), reason=record.deviation_reason or "")

        def colour(record: StepRecord) -> Any:
            return WARNING_BACKGROUND if record.deviations else None

        super().__init__("TimelineModel", [
            ColumnSpec(n("TimelineModel", "When"), n("TimelineModel", "When the act was done"),
                       lambda r: local_text(r.done_at, zone),
                       sort_key=lambda r: format_utc(r.done_at)),
            ColumnSpec(n("TimelineModel", "No."), n("TimelineModel", "Step number"),
                       lambda r: str(r.number), align=RIGHT),
            ColumnSpec(n("TimelineModel", "Step"), n("TimelineModel", "The evidence step"),
                       lambda r: step_text(r.title)),
            ColumnSpec(n("TimelineModel", "Item"), n("TimelineModel", "The item"),
                       lambda r: r.item or ""),
            ColumnSpec(n("TimelineModel", "By"), n("TimelineModel", "Who did it"),
                       lambda r: r.done_by),
            ColumnSpec(n("TimelineModel", "State"), n("TimelineModel",
                                                      "Current, corrected or withdrawn"),
                       state),
            ColumnSpec(n("TimelineModel", "Deviation"), n("TimelineModel",
                                                          "Order rules broken, and why"),
                       deviation, background=colour),
            ColumnSpec(n("TimelineModel", "Details"), n("TimelineModel", "The step's fields"),
                       lambda r: fields_text(r, zone),
                       tooltip=lambda r: fields_text(r, zone).replace(" · ", "\n")),
        ], parent)


class StepsPanel(CasePanel):
    """The checklist and the timeline, with record, correct and withdraw."""

    #: The officer asked for a step that is recorded with a package (the Custody tab).
    custody_requested = Signal()

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("stepsPanel")
        self.checklist_model = ChecklistModel(session, self)
        self.checklist = case_table(self.checklist_model, "stepsChecklist")
        # The step's title takes the room left; number, item and state fit their text.
        header = self.checklist.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline_model = TimelineModel(session, self)
        self.timeline = case_table(self.timeline_model, "stepsTimeline")
        self.deviations = banner()
        self.deviations.setObjectName("deviationsBanner")
        self.record_button = QPushButton(self.tr("&Record step…"))
        self.record_button.setObjectName("recordStep")
        self.record_button.setToolTip(self.tr(
            "Record the step selected in the checklist (Enter on the checklist)"))
        self.record_button.clicked.connect(lambda: self.record_selected())
        self.checklist.activated.connect(lambda _index: self.record_selected())
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.correct_button.setToolTip(self.tr(
            "Correct the record selected in the timeline with a new record"))
        self.correct_button.clicked.connect(lambda: self.correct_selected())
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(self.tr(
            "Mark the record selected in the timeline as made by mistake"))
        self.withdraw_button.clicked.connect(lambda: self.correct_selected(withdraw=True))
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        checklist_label = QLabel(self.tr("Check&list (red: needed before sign-off)"))
        checklist_label.setBuddy(self.checklist)
        left_layout.addWidget(checklist_label)
        left_layout.addWidget(self.checklist, 1)
        record_bar = QHBoxLayout()
        record_bar.addWidget(self.hint, 1)
        record_bar.addWidget(self.record_button)
        left_layout.addLayout(record_bar)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        timeline_label = QLabel(self.tr("&Timeline (every record, in the order of the acts)"))
        timeline_label.setBuddy(self.timeline)
        right_layout.addWidget(timeline_label)
        right_layout.addWidget(self.timeline, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.withdraw_button)
        right_layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.deviations)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.checklist)
        self.checklist.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.timeline.selectionModel().currentRowChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        """Read the checklist and the timeline again."""
        if self.case is None:
            return
        row = max(0, self.checklist.currentIndex().row())
        self.checklist_model.set_rows(checklist_state(self._session, self.case_id))
        records = timeline(self._session, self.case_id)
        self.timeline_model.set_rows(records)
        if self.checklist_model.rowCount():
            self.checklist.setCurrentIndex(self.checklist_model.index(
                min(row, self.checklist_model.rowCount() - 1), 0))
        broken = [r for r in records if r.deviations and r.current]
        if broken:
            lines = [self.tr("{when} {title}{item}: {rules} Reason given: {reason}").format(
                when=local_text(r.done_at, self._session.time_zone()), title=step_text(r.title),
                item=self.tr(" (item {n})").format(n=r.item) if r.item else "",
                rules="; ".join(r.deviations), reason=r.deviation_reason or "")
                for r in broken]
            self.deviations.setText(
                self.tr("The steps were not recorded in the expected order "
                        "{count} time(s):").format(count=len(broken)) + "\n" + "\n".join(lines))
        self.deviations.setVisible(bool(broken))
        self._update_buttons()

    def selected_step(self) -> StepState | None:
        """The checklist line selected."""
        index = self.checklist.currentIndex()
        return self.checklist_model.row_value(index.row()) if index.isValid() else None

    def selected_record(self) -> StepRecord | None:
        """The timeline record selected."""
        index = self.timeline.currentIndex()
        return self.timeline_model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        line = self.selected_step()
        spec = steps_definition().step(line.step) if line else None
        with_package = spec is not None and spec.recorded_with is not None
        self.record_button.setEnabled(line is not None and not with_package)
        self.hint.setText(self.tr("Recorded on the Custody tab, with the package.")
                          if with_package else "")
        record = self.selected_record()
        editable = record is not None and record.current
        record_spec = steps_definition().step(record.step) if record else None
        own = record_spec is not None and record_spec.recorded_with is None
        self.correct_button.setEnabled(editable and own)
        self.withdraw_button.setEnabled(editable and own)

    def select_step(self, step_id: str, item: str | None = None) -> None:
        """Select the checklist line of ``step_id`` (for ``item``)."""
        for row, line in enumerate(self.checklist_model.rows()):
            if line.step == step_id and line.item == item:
                self.checklist.setCurrentIndex(self.checklist_model.index(row, 0))
                return
        raise KeyError(f"{step_id} {item}")

    def record_selected(self) -> object | None:
        """Record the step selected in the checklist."""
        line = self.selected_step()
        if line is None:
            return None
        spec = steps_definition().step(line.step)
        if spec is not None and spec.recorded_with is not None:
            self.custody_requested.emit()
            return None
        return self.run(record_dialog(self._session, self.case_id, line.step, line.item,
                                      self.locked, self))

    def correct_selected(self, *, withdraw: bool = False) -> object | None:
        """Correct (or withdraw) the record selected in the timeline."""
        record = self.selected_record()
        if record is None or not record.current:
            return None
        return self.run(correct_dialog(self._session, record, self, withdraw=withdraw))
