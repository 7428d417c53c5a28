"""The trainer console's questions: which pack and trainees to start, how far to step the
clock, which inject to release, whether to keep a reset session, and the confirmation
(with the trainer's password on a protected station) of switching between the live
station and an exercise.

Each question is a module function (``ask_*``, ``choose_*``, ``confirm_switch``) so that
tests answer it without a modal loop, as ``declaration_view.ask_inspection_kind``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.sign_in import confirm_password
from borderdesk.services.station import StationSession
from borderdesk.services.training import InjectState
from borderdesk.services.training_console import PackSummary
from borderdesk.ui.exercise_sessions_model import injects_model
from borderdesk.ui.inspection_dialogs import plain_error

CONTEXT = "ExerciseDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class StartRequest:
    """What the trainer asked to start: one session per trainee of one pack."""

    pack: PackSummary
    trainees: tuple[str, ...]
    cohort: str
    clock_mode: str


class StartSessionsDialog(QDialog):
    """A scenario, the trainees (one name a line), their cohort, and the clock."""

    def __init__(self, packs: Sequence[PackSummary], chosen: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startSessionsDialog")
        self.setWindowTitle(self.tr("Start trainee sessions"))
        self._packs = list(packs)
        self.pack_box = QComboBox()
        for pack in self._packs:
            self.pack_box.addItem(self.tr("{title} ({id}, version {version})").format(
                title=pack.title, id=pack.id, version=pack.version))
        self.pack_box.setCurrentIndex(max(0, min(chosen, len(self._packs) - 1)))
        self.trainees = QPlainTextEdit()
        self.trainees.setObjectName("traineeNames")
        self.trainees.setPlaceholderText(self.tr("One trainee a line, e.g.\nAna Petrović\n"
                                                 "Marko Jović"))
        self.trainees.setToolTip(self.tr("Each trainee gets a session of their own: a "
                                         "database nobody else's work reaches"))
        self.cohort = QLineEdit()
        self.cohort.setObjectName("cohortName")
        self.cohort.setPlaceholderText(self.tr("e.g. Course 7, November"))
        self.clock_box = QComboBox()
        self.clock_box.addItem(self.tr("Stepped by the trainer"), "stepped")
        self.clock_box.addItem(self.tr("Running in real time"), "real")
        self.clock_box.setToolTip(self.tr(
            "Stepped: the scenario's time stands still until you step it. Real time: it "
            "runs, and the trainee's window releases each inject when it falls due."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.trainees.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("&Scenario:"), self.pack_box)
        form.addRow(self.tr("&Trainees:"), self.trainees)
        form.addRow(self.tr("&Cohort:"), self.cohort)
        form.addRow(self.tr("C&lock:"), self.clock_box)
        form.addRow(self.buttons)
        self._check()

    def names(self) -> tuple[str, ...]:
        """The trainees named, once each, in the order typed."""
        lines = (" ".join(line.split()) for line in self.trainees.toPlainText().splitlines())
        return tuple(dict.fromkeys(line for line in lines if line))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.names()) and bool(self._packs))

    def request(self) -> StartRequest:
        """What the trainer chose."""
        return StartRequest(self._packs[self.pack_box.currentIndex()], self.names(),
                            " ".join(self.cohort.text().split()),
                            str(self.clock_box.currentData()))


def ask_start(parent: QWidget, packs: Sequence[PackSummary],
              chosen: int = 0) -> StartRequest | None:
    """Ask which sessions to start; None when cancelled."""
    dialog = StartSessionsDialog(packs, chosen, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
    finally:
        dialog.deleteLater()


def ask_step_minutes(parent: QWidget, trainee: str) -> int | None:
    """How many scenario minutes to step a session's clock forward; None: cancelled."""
    minutes, ok = QInputDialog.getInt(
        parent, _tr("Step the clock"),
        _tr("Move {trainee}'s scenario time forward by (minutes):").format(trainee=trainee),
        5, 1, 24 * 60, 1)
    return minutes if ok else None


def ask_reset(parent: QWidget, trainee: str) -> bool | None:
    """Whether to delete the old session after a reset (True), keep it (False), or not
    reset at all (None)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Reset the session"), _tr(
        "Start {trainee}'s exercise again from the beginning? A fresh session is made from "
        "the same scenario pack.").format(trainee=trainee),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(_tr("&Reset"))
    delete = QCheckBox(_tr("&Delete the old session (its work cannot be scored afterwards)"))
    box.setCheckBox(delete)
    try:
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        return delete.isChecked()
    finally:
        box.deleteLater()


class InjectsDialog(QDialog):
    """A session's injects; the trainer releases one that is still to come."""

    def __init__(self, trainee: str, states: Sequence[InjectState],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectsDialog")
        self.setWindowTitle(self.tr("Injects of {trainee}'s session").format(trainee=trainee))
        self.model = injects_model(self)
        self.model.set_rows(states)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.release_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.release_button.setText(self.tr("&Release now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._check())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(720, 320)
        pending = next((row for row, s in enumerate(states) if s.released_at is None), None)
        if pending is not None:
            self.table.selectRow(pending)
        self._check()

    def chosen(self) -> InjectState | None:
        """The selected inject, if it is still to come."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        state = self.model.row_value(rows[0].row())
        return state if state.released_at is None else None

    def _check(self) -> None:
        self.release_button.setEnabled(self.chosen() is not None)


def choose_inject(parent: QWidget, trainee: str, states: Sequence[InjectState]) -> str | None:
    """The id of the inject to release now; None: none."""
    dialog = InjectsDialog(trainee, states, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        return chosen.id if chosen is not None else None
    finally:
        dialog.deleteLater()


def choose_pack(parent: QWidget) -> Path | None:
    """A scenario pack to add: its manifest in a folder, or a zip archive."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Add a scenario pack"), "",
        _tr("Scenario packs (manifest.yaml *.zip)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path.parent if path.name == "manifest.yaml" else path


def save_pdf(parent: QWidget, title: str, proposed: Path) -> Path | None:
    """Where to save a PDF; None: cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(proposed),
                                                  _tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class SwitchDialog(QDialog):
    """Confirm a switch between the live station and an exercise; on a protected station
    the signed-in trainer types their password (the trainee at the keyboard cannot)."""

    def __init__(self, live: StationSession, title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switchDialog")
        self.setWindowTitle(title)
        self._live = live
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit()
        self.password.setObjectName("trainerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("switchProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Switch"))
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label)
        if live.user is not None:
            form.addRow(self.tr("Password of {user}:").format(user=live.user.name),
                        self.password)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def check_and_accept(self) -> None:
        """Accept when the trainer's password is right (or the station has no accounts)."""
        user = self._live.user
        if user is not None:
            try:
                confirm_password(self._live, user.name, self.password.text())
            except BorderdeskError as exc:
                self.password.clear()
                self.problem.setText(plain_error(exc))
                return
        self.accept()


def confirm_switch(parent: QWidget, live: StationSession, title: str, text: str) -> bool:
    """Whether the trainer confirmed the switch."""
    dialog = SwitchDialog(live, title, text, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
