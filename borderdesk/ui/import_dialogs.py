"""The dialogs of an import: its progress, and the problems of rejected files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from borderdesk.services.intake import FileImportResult, ImportReport


class ImportProgressDialog(QDialog):
    """A progress bar with a Cancel button (shown only when an import takes a while).

    Unlike ``QProgressDialog`` it never spins the event loop inside ``setValue``,
    so progress that arrives as queued signals cannot re-enter the controller.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing declarations"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self._label = QLabel(self.tr("Reading and checking the files…"))
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)  # busy until the first report says how much there is
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setToolTip(self.tr("Stop the import; nothing from it will be kept"))
        self._cancel.clicked.connect(self._request_cancel)
        self._screening = False
        buttons = QDialogButtonBox()
        buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(buttons)

    def set_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` steps (``total`` 0: not known yet)."""
        if total <= 0:
            self._bar.setRange(0, 0)
            return
        self._bar.setRange(0, total)
        self._bar.setValue(min(done, total))

    def set_screening(self) -> None:
        """The files are imported and saved; the bar now counts declarations screened."""
        if not self._screening and self._cancel.isEnabled():
            self._screening = True
            self._label.setText(self.tr(
                "Imported and saved. Screening the new declarations with the active profile…"))
            # Cancelling now could not undo the import, and would leave it unscreened.
            self._cancel.setEnabled(False)
            self._cancel.setToolTip(self.tr("The import is saved; screening finishes by itself"))

    @property
    def screening(self) -> bool:
        """Whether the dialog shows the screening after the import."""
        return self._screening

    def reject(self) -> None:
        """Esc or the window's close button: ask to cancel, stay open until the job stops."""
        self._request_cancel()

    def _request_cancel(self) -> None:
        if not self._cancel.isEnabled():
            return
        self._cancel.setEnabled(False)
        self._label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


def describe_problems(report: ImportReport) -> str:
    """The text of the problems dialog: each file with problems, then its errors and warnings."""
    blocks = [_describe_file(result) for result in report.files
              if not result.accepted or result.warnings]
    return "\n\n".join(blocks)


def _describe_file(result: FileImportResult) -> str:
    translate = QCoreApplication.translate
    if result.accepted:
        head = translate("ImportProblemsDialog", "{file}: accepted, warnings: {count}").format(
            file=result.path, count=len(result.warnings) + result.more_warnings)
    else:
        head = translate(
            "ImportProblemsDialog", "{file}: rejected, nothing from it was kept. Errors: {count}"
        ).format(file=result.path, count=len(result.errors) + result.more_errors)
    lines = [head]
    lines.extend(f"  {error}" for error in result.errors)
    if result.more_errors:
        more = translate("ImportProblemsDialog", "… and {count} more errors")
        lines.append("  " + more.format(count=result.more_errors))
    warning = translate("ImportProblemsDialog", "warning: {text}")
    lines.extend("  " + warning.format(text=text) for text in result.warnings)
    if result.more_warnings:
        more = translate("ImportProblemsDialog", "… and {count} more warnings")
        lines.append("  " + more.format(count=result.more_warnings))
    return "\n".join(lines)


class ImportProblemsDialog(QDialog):
    """The errors of rejected files (and warnings), as selectable, copyable text."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import problems"))
        rejected = sum(1 for result in report.files if not result.accepted)
        summary = QLabel(self.tr(
            "Files rejected: {rejected} of {files}. A rejected file is not imported at all: "
            "correct it and import it again."
        ).format(rejected=rejected, files=len(report.files)))
        summary.setWordWrap(True)
        self.text = QPlainTextEdit(describe_problems(report))
        self.text.setReadOnly(True)
        # Read-only text is mouse-selectable only; officers on the keyboard copy too.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setToolTip(self.tr("Select text and press Ctrl+C to copy it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the whole list to the clipboard"))
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 28)
        self.text.setFocus()

    def copy_all(self) -> None:
        """Put the whole text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
