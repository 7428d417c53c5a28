"""The later pages of the first-run set-up: the recovery key, the enrolment with
headquarters, demo data or empty, and the summary that Finish builds.

The recovery key is made when its page is first shown (nothing is written yet) and
stays the same if the user goes back and forth; it is shown on this page only, and
the page lets the user go on only once they say it is written down. It can be printed
or saved (to a USB stick, say) as a one-page sheet.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.security.envelope import KeyPair
from borderdesk.services.first_run import (
    Enrolment,
    StationDetails,
    check_enrolment,
    new_recovery_key,
    write_recovery_sheet,
)
from borderdesk.services.first_run_data import language_named
from borderdesk.ui.first_run_pages import field, intro_label, message_label, show_message
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, LargeRadioButton, plain_error
from borderdesk.ui.language import current_language


class RecoveryPage(QWizardPage):
    """The recovery key, shown once, with "I have written it down"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunRecoveryPage")
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr(
            "With this key an administrator gets back in when every password is lost. It "
            "is shown only now: write it down or print it, and keep it locked away from "
            "this laptop."))
        self.recovery: KeyPair | None = None
        self.key_text = ""
        self.key_label = QLabel()
        self.key_label.setObjectName("firstRunRecoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet("border: 1px solid #888; padding: 12px;")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Sa&ve to a file…"))
        for button in (self.print_button, self.save_button):
            button.setMinimumHeight(CONTROL_HEIGHT)
        self.print_button.setObjectName("firstRunPrintKey")
        self.save_button.setObjectName("firstRunSaveKey")
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.written = QCheckBox(self.tr("I have &written the recovery key down (or printed "
                                         "it) and will keep it locked away"))
        self.written.setObjectName("firstRunKeyWritten")
        self.written.setMinimumHeight(CONTROL_HEIGHT)
        self.written.toggled.connect(self.completeChanged)
        self.message = message_label("firstRunRecoveryMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.written)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.recovery is None:
            self.recovery, self.key_text = new_recovery_key()
            groups = self.key_text.split("-")
            half = (len(groups) + 1) // 2
            # Two rows of groups: a line never breaks inside the key at a dash.
            self.key_label.setText("  ".join(groups[:half]) + "\n" + "  ".join(groups[half:]))
        self.written.setFocus()

    def isComplete(self) -> bool:
        return self.recovery is not None and self.written.isChecked()

    def sheet(self) -> str:
        """The sheet printed or saved (the wizard knows the station and administrator)."""
        wizard = self.wizard()
        make = getattr(wizard, "recovery_sheet", None)
        return str(make(self.key_text)) if callable(make) else self.key_text

    def _save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "borderdesk-recovery-key.txt",
            self.tr("Text files (*.txt)"))
        if not name:
            return
        try:
            write_recovery_sheet(Path(name), self.sheet())
        except BorderdeskError as exc:
            show_message(self.message, plain_error(exc))
            return
        show_message(self.message, self.tr(
            "Saved in {path}. Keep that file locked away from this laptop.").format(
            path=name), good=True)

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.sheet())
        document.print_(printer)
        show_message(self.message, self.tr("Sent to the printer."), good=True)


class EnrolPage(QWizardPage):
    """Headquarters' address and enrolment code, or skip (enrol later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunEnrolPage")
        self.setTitle(self.tr("Headquarters (optional)"))
        self.setSubTitle(self.tr(
            "If headquarters gave you an enrolment code, the station can be enrolled now. "
            "Without one, skip this: the Administration page enrols the station later."))
        self.enrol = QCheckBox(self.tr("&Enrol this station with headquarters now"))
        self.enrol.setObjectName("firstRunEnrol")
        self.enrol.setMinimumHeight(CONTROL_HEIGHT)
        self.url_box = field(QLineEdit(), "firstRunHqUrl")
        self.url_box.setPlaceholderText("https://hq.example.gov")
        self.code_box = field(QLineEdit(), "firstRunEnrolCode")
        self.code_box.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.skip_button = QPushButton(self.tr("&Skip enrolment"))
        self.skip_button.setObjectName("firstRunSkipEnrol")
        self.skip_button.setMinimumHeight(CONTROL_HEIGHT)
        self.skip_button.clicked.connect(self.skip)
        self.message = message_label("firstRunEnrolMessage")
        form = QFormLayout()
        form.addRow(self.tr("Headquarters' &address:"), self.url_box)
        form.addRow(self.tr("Enrolment &code:"), self.code_box)
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_button)
        skip_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrol)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(skip_row)
        layout.addStretch(1)
        self.enrol.toggled.connect(self._toggled)
        self._toggled(False)
        self.setFocusProxy(self.enrol)

    def _toggled(self, on: bool) -> None:
        self.url_box.setEnabled(on)
        self.code_box.setEnabled(on)
        if on:
            self.url_box.setFocus()

    def enrolment(self) -> Enrolment | None:
        """The enrolment to try, or ``None`` when skipped."""
        if not self.enrol.isChecked():
            return None
        return Enrolment(self.url_box.text().strip(), self.code_box.text().strip())

    def failed(self, reason: str) -> None:
        """Say why headquarters did not enrol the station, and how to go on."""
        show_message(self.message, self.tr(
            "{reason}. Check the address and the code and press Next, or skip the "
            "enrolment: the Administration page enrols the station later.").format(
            reason=reason.rstrip(".")))
        self.skip_button.setFocus()

    def skip(self) -> None:
        """Go on without enrolling."""
        self.enrol.setChecked(False)
        show_message(self.message, "")
        self.wizard().next()

    def validatePage(self) -> bool:
        enrolment = self.enrolment()
        if enrolment is None:
            return True
        try:
            check_enrolment(enrolment)
        except BorderdeskError as exc:
            show_message(self.message, plain_error(exc))
            return False
        return True


class DataPage(QWizardPage):
    """Start empty, or load the demo data into the new station for practice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDataPage")
        self.setTitle(self.tr("Declarations"))
        self.setSubTitle(self.tr("What the new station holds at first."))
        self.empty = LargeRadioButton(self.tr(
            "Start &empty: declarations come from imports and the inbox folder"))
        self.demo = LargeRadioButton(self.tr(
            "Load the &demo data for practice (generated declarations and seizure cases)"))
        for button, name in ((self.empty, "firstRunStartEmpty"),
                             (self.demo, "firstRunLoadDemo")):
            button.setObjectName(name)
            button.setMinimumHeight(CONTROL_HEIGHT)
        self.empty.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(intro_label(self.tr(
            "Demo data is generated, never real: a station that goes live should start "
            "empty.")))
        layout.addStretch(1)
        self.setFocusProxy(self.empty)


class SummaryPage(QWizardPage):
    """What Finish will do, and its progress while it does it."""

    def __init__(self, editing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunSummaryPage")
        self._editing = editing
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Press Finish to save these station details.") if editing
                         else self.tr("Press Finish to create the station. Nothing has been "
                                      "written yet."))
        self.summary = QLabel()
        self.summary.setObjectName("firstRunSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.progress.setObjectName("firstRunProgress")
        self.progress.hide()
        self.message = message_label("firstRunSummaryMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        show_message(self.message, "")
        describe = getattr(self.wizard(), "summary_rows", None)
        rows = describe() if callable(describe) else []
        self.summary.setText("<table cellpadding='4'>" + "".join(
            f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
            for label, value in rows) + "</table>")

    def busy(self, on: bool) -> None:
        """Show the progress of the work (or not)."""
        self.progress.setVisible(on)
        if on:
            self.progress.setRange(0, 0)
            show_message(self.message, self.tr("Creating the station…"), good=True)

    def progressed(self, done: int, total: int) -> None:
        """The work's progress."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)


def station_rows(_page: QWizardPage, details: StationDetails) -> list[tuple[str, str]]:
    """The station's lines of the summary."""
    from borderdesk.core.country_names import country_name

    def label(text: str) -> str:
        return QCoreApplication.translate("FirstRunSummary", text)

    return [
        (label("Language"), language_named(details.language).native),
        (label("Station"), details.name),
        (label("Crossing code"), details.crossing_code),
        (label("Country"), country_name(details.country, current_language())),
        (label("Time zone"), details.time_zone),
    ]
