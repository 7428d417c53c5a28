"""The Administration page's Synchronisation section: status and "Sync now" for all,
enrolment and the offline bundles for administrators, headquarters' messages for
supervisors and administrators.

Each exchange with headquarters (a sync, an enrolment, a bundle) runs through the
window's :class:`~borderdesk.ui.sync_worker.SyncController`, one at a time, so the
buttons are disabled while one runs. What a role may not do is hidden, and a line says
why; an exercise station is told it never synchronises. The bundle service is
imported only when a bundle button is pressed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT
from borderdesk.ui.permissions import Permission, needs_role, permitted
from borderdesk.ui.reports_actions import documents_folder
from borderdesk.ui.rows_model import ColumnSpec, RowsModel
from borderdesk.ui.sync_status import progress_text, read_status
from borderdesk.ui.sync_worker import SyncController, SyncOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


class Message(Protocol):
    """A message from headquarters as the service gives it."""

    kind: str
    entity: str
    entity_id: str
    text: str
    created_at: str
    received_at: str


_KINDS = {"remark": QT_TRANSLATE_NOOP("SyncPage", "remark"),
          "refusal": QT_TRANSLATE_NOOP("SyncPage", "refusal"),
          "conflict": QT_TRANSLATE_NOOP("SyncPage", "conflict")}


def _kind_text(kind: str) -> str:
    return _tr(str(_KINDS.get(kind, kind)))


def _about(message: Message) -> str:
    return " ".join(part for part in (message.entity, message.entity_id) if part)


_COLUMNS: list[ColumnSpec[Message]] = [
    ColumnSpec(QT_TRANSLATE_NOOP("SyncPage", "Received"),
               QT_TRANSLATE_NOOP("SyncPage", "When the station received it (UTC)"),
               lambda m: m.received_at[:16].replace("T", " ")),
    ColumnSpec(QT_TRANSLATE_NOOP("SyncPage", "Kind"),
               QT_TRANSLATE_NOOP("SyncPage", "A remark from headquarters, a refusal, or a "
                                             "conflict the station met"),
               lambda m: _kind_text(m.kind)),
    ColumnSpec(QT_TRANSLATE_NOOP("SyncPage", "About"),
               QT_TRANSLATE_NOOP("SyncPage", "The record or file it is about"), _about),
    ColumnSpec(QT_TRANSLATE_NOOP("SyncPage", "Message"),
               QT_TRANSLATE_NOOP("SyncPage", "What headquarters says"),
               lambda m: m.text, tooltip=lambda m: m.text),
]


def choose_bundle_path(parent: QWidget, folder: Path, name: str) -> Path | None:
    """Ask where to write a bundle (tests replace this function); None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Export bundle for headquarters"), str(folder / name),
        _tr("Bundles (*.bundle);;All files (*)"))
    return Path(chosen) if chosen else None


def choose_ack_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask for headquarters' acknowledgment file (tests replace this function)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import headquarters' acknowledgment"), str(folder),
        _tr("All files (*)"))
    return Path(chosen) if chosen else None


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(CONTROL_HEIGHT)
    button.setToolTip(tip)
    return button


class SyncPage(QWidget):
    """Synchronisation with headquarters, for the Administration page."""

    def __init__(self, session: StationSession, controller: SyncController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._session = session
        self._controller = controller
        self.exercise = is_exercise(session)
        self.may_administer = permitted(session, Permission.ADMINISTER)
        self.may_sync = permitted(session, Permission.SYNC)
        # The supervisor reviews what headquarters refused; the administrator keeps the
        # link.
        self.may_read_messages = (permitted(session, Permission.SIGN_OFF)
                                  or self.may_administer)
        self._folder = documents_folder()
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Synchronisation with headquarters"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self._build_status())
        self.enrol_box = self._build_enrolment()
        self.bundle_box = self._build_bundles()
        self.messages_box = self._build_messages()
        for box in (self.enrol_box, self.bundle_box, self.messages_box):
            layout.addWidget(box)
        self.notice = _wrapped()
        self.notice.setObjectName("syncNotice")
        layout.addWidget(self.notice)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._apply_roles()
        controller.busy_changed.connect(self._busy)
        controller.progressed.connect(self._progressed)
        controller.ended.connect(self._ended)
        # Read when shown, not when the window is built: the queue's first paint comes first.
        self._busy(controller.busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- building --------------------------------------------------------------
    def _build_status(self) -> QWidget:
        box = QGroupBox(self.tr("State"))
        self.headline = _wrapped()
        self.headline.setObjectName("syncHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = _wrapped()
        self.details.setObjectName("syncDetails")
        self.sync_button = _button(self.tr("&Sync now"), self.tr(
            "Send what waits and receive what headquarters published (F9)"))
        self.sync_button.clicked.connect(lambda: self._controller.sync_now())
        self.cancel_button = _button(self.tr("&Cancel"), self.tr(
            "Stop after the batch under way; what headquarters acknowledged stays sent"))
        self.cancel_button.clicked.connect(lambda: self._controller.cancel())
        self.progress_label = _wrapped()
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addLayout(row)
        return box

    def _build_enrolment(self) -> QGroupBox:
        box = QGroupBox(self.tr("Enrolment"))
        self.enrolment_text = _wrapped()
        self.url_box = QLineEdit()
        self.url_box.setObjectName("hqUrl")
        self.url_box.setPlaceholderText("https://hq.example.org")
        self.url_box.setToolTip(self.tr("Headquarters' address, as headquarters gave it"))
        self.code_box = QLineEdit()
        self.code_box.setObjectName("enrolmentCode")
        self.code_box.setToolTip(self.tr(
            "The one-time code headquarters printed for this station (20 letters and digits)"))
        for line in (self.url_box, self.code_box):
            line.setMinimumHeight(CONTROL_HEIGHT)
        self.enrol_button = _button(self.tr("&Enrol"), self.tr(
            "Link this station to headquarters: it makes its keys and pins headquarters' key"))
        self.enrol_button.clicked.connect(lambda: self.enrol())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(CONTROL_HEIGHT // 4)
        form.addRow(self.tr("Headquarters' &address:"), self.url_box)
        form.addRow(self.tr("Enrolment &code:"), self.code_box)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.enrolment_text)
        layout.addLayout(form)
        layout.addLayout(row)
        return box

    def _build_bundles(self) -> QGroupBox:
        box = QGroupBox(self.tr("Offline bundles"))
        text = _wrapped(self.tr(
            "Without a network, carry a bundle to headquarters on a memory stick: it holds "
            "everything headquarters has not acknowledged, signed and encrypted. "
            "Headquarters answers with an acknowledgment file, which brings what it "
            "published since."))
        self.export_button = _button(self.tr("E&xport bundle…"), self.tr(
            "Write everything not yet acknowledged into one signed, encrypted file"))
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.import_button = _button(self.tr("&Import acknowledgment…"), self.tr(
            "Apply headquarters' acknowledgment file and install what it brings"))
        self.import_button.clicked.connect(lambda: self.import_ack())
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        return box

    def _build_messages(self) -> QGroupBox:
        box = QGroupBox(self.tr("Messages from headquarters"))
        self.model: RowsModel[Message] = RowsModel("SyncPage", _COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("syncMessages")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(CONTROL_HEIGHT * 5)
        self.no_messages = _wrapped(self.tr("No messages."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.no_messages)
        layout.addWidget(self.table)
        return box

    def _apply_roles(self) -> None:
        notes: list[str] = []
        if self.exercise:
            notes.append(self.tr(
                "This is an exercise station: it never synchronises with headquarters, so "
                "nothing here applies."))
            for widget in (self.sync_button, self.cancel_button, self.enrol_box,
                           self.bundle_box, self.messages_box):
                widget.setVisible(False)
        else:
            if not self.may_sync:
                self.sync_button.setVisible(False)
                self.cancel_button.setVisible(False)
                notes.append(self.tr("Synchronising now is for the station's live roles. "
                                     "{roles}").format(roles=needs_role(Permission.SYNC)))
            if not self.may_administer:
                self.enrol_box.setVisible(False)
                self.bundle_box.setVisible(False)
                notes.append(self.tr(
                    "Enrolment and offline bundles are for an administrator. {roles}").format(
                        roles=needs_role(Permission.ADMINISTER)))
            if not self.may_read_messages:
                self.messages_box.setVisible(False)
                notes.append(self.tr(
                    "Headquarters' messages (remarks, refusals, conflicts) are shown to "
                    "supervisors and administrators."))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))

    # -- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the status and the messages again."""
        shown = read_status(self._session)
        self.headline.setText(shown.text)
        self.details.setText(shown.details)
        if not self.exercise and self.may_administer:
            self._show_enrolment()
        if not self.exercise and self.may_read_messages:
            from borderdesk.services.sync import sync_messages

            rows: list[Any] = list(sync_messages(self._session))
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self.no_messages.setVisible(not rows)
            self.table.setVisible(bool(rows))
        self._busy(self._controller.busy)

    def _show_enrolment(self) -> None:
        from borderdesk.services.sync import sync_status

        try:
            status = sync_status(self._session)
        except BorderdeskError as exc:
            self.enrolment_text.setText(str(exc))
            return
        if status.enrolled:
            self.enrolment_text.setText(self.tr(
                "Enrolled as '{name}' with {url}. Enrolling again with a new code replaces "
                "this link; what headquarters acknowledged is then sent again.").format(
                    name=status.station_name, url=status.hq_url))
            if not self.url_box.text():
                self.url_box.setText(status.hq_url)
        else:
            self.enrolment_text.setText(self.tr(
                "Not enrolled. Headquarters registers the station and prints a one-time "
                "code ('borderdesk hq station add NAME'); enter its address and that code."))

    def _busy(self, busy: bool) -> None:
        for button in (self.sync_button, self.enrol_button, self.export_button,
                       self.import_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy and self._controller.kind == "sync")
        if not busy:
            self.progress_label.setText("")

    def _progressed(self, phase: str, done: int, total: int) -> None:
        self.progress_label.setText(progress_text(phase, done, total))

    def _ended(self, _outcome: SyncOutcome) -> None:
        if self.isVisible():
            self.refresh()

    # -- exchanges -------------------------------------------------------------
    def enrol(self) -> bool:
        """Enrol with the address and code typed; False when nothing started."""
        url, code = self.url_box.text().strip(), self.code_box.text().strip()
        if not url or not code:
            self.progress_label.setText(self.tr(
                "Enter headquarters' address and the enrolment code first."))
            return False
        verify = self._controller.options.verify if self._controller.options else True

        def work(own: StationSession, _progress: Any, _cancel: Any) -> object:
            from borderdesk.services.sync import enrol

            return enrol(own, url, code, verify=verify)

        def described(link: Any) -> SyncOutcome:
            self.code_box.clear()  # a one-time code: no use keeping it on screen
            self._controller.update_background()
            return SyncOutcome(self.tr("Enrolled"), self.tr(
                "This station is enrolled as '{name}' with headquarters {hq} at {url}. It "
                "synchronises every few minutes by itself, or now with Sync now (F9)."
            ).format(name=link.station_name, hq=link.hq_id, url=link.hq_url))

        return self._controller.run(self.tr("Enrolment"), work, described, kind="enrol")

    def export_bundle(self) -> bool:
        """Ask where, then write the bundle on a worker; False when nothing started."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path = choose_bundle_path(self, self._folder, f"sync-bundle-{stamp}.bundle")
        if path is None:
            return False
        self._folder = path.parent

        def work(own: StationSession, _progress: Any, _cancel: Any) -> object:
            from borderdesk.services.sync_bundle import export_bundle

            return export_bundle(own, path)

        def described(report: Any) -> SyncOutcome:
            return SyncOutcome(self.tr("Bundle exported"), self.tr(
                "{path}: {items} item(s) and {photos} photo(s) for headquarters, signed and "
                "encrypted. Carry it to headquarters and bring back its acknowledgment."
            ).format(path=report.path, items=report.items, photos=report.photos))

        return self._controller.run(self.tr("Export bundle"), work, described, kind="bundle")

    def import_ack(self) -> bool:
        """Ask for the acknowledgment file, then apply it on a worker."""
        path = choose_ack_path(self, self._folder)
        if path is None:
            return False
        self._folder = path.parent

        def work(own: StationSession, _progress: Any, _cancel: Any) -> object:
            from borderdesk.services.sync_bundle import import_ack

            return import_ack(own, path)

        def described(report: Any) -> SyncOutcome:
            if report.already_applied:
                return SyncOutcome(self.tr("Acknowledgment imported"), self.tr(
                    "{path}: this acknowledgment was applied before; nothing changed.").format(
                        path=path))
            lines = [self.tr("Headquarters acknowledged {acked}.").format(
                acked=report.acked_text)]
            if report.verdict:
                lines.append(self.tr("Headquarters checked the audit chain: {verdict}.")
                             .format(verdict=report.verdict))
            installed = ", ".join(report.installed) or self.tr("nothing")
            lines.append(self.tr("Installed: {what}.").format(what=installed))
            lines.append(self.tr("Messages received: {count}.").format(count=report.messages))
            lines.extend(f"• {problem}" for problem in report.problems)
            return SyncOutcome(self.tr("Acknowledgment imported"), "\n".join(lines),
                               ok=not report.problems, installed=bool(report.installed))

        return self._controller.run(self.tr("Import acknowledgment"), work, described,
                                    kind="bundle")


__all__ = ["SyncPage", "choose_ack_path", "choose_bundle_path"]
