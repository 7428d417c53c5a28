"""File › Settings…: the inbox folder to watch (or none), how often it is scanned, large
controls for tablets and gloved hands, and the window's language (from the next start:
the widgets already built keep their texts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.languages import SOURCE_LANGUAGE
from borderdesk.ui.inbox_flow import MAX_INTERVAL_S, MIN_INTERVAL_S
from borderdesk.ui.language import available_languages


def choose_folder(parent: QWidget, start: str) -> Path | None:
    """Ask for the inbox folder (tests replace this function); None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SettingsDialog", "Choose the inbox folder"), start)
    return Path(chosen) if chosen else None


class SettingsDialog(QDialog):
    """Edits the inbox settings; the choice is in :meth:`inbox_folder` and :meth:`interval_s`."""

    def __init__(self, folder: Path | None, interval_s: int,
                 parent: QWidget | None = None, *, large_controls: bool = False,
                 language: str = SOURCE_LANGUAGE) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.watch_box = QCheckBox(self.tr("&Watch an inbox folder"))
        self.watch_box.setToolTip(self.tr(
            "Declaration files dropped in this folder are imported and screened by themselves,"
            " then moved to done/ or, with an error report, to rejected/"))
        self.folder_edit = QLineEdit(str(folder) if folder is not None else "")
        self.folder_edit.setObjectName("inboxFolder")
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.setToolTip(self.tr("Choose the inbox folder"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval_spin.setValue(min(max(interval_s, MIN_INTERVAL_S), MAX_INTERVAL_S))
        self.interval_spin.setSuffix(self.tr(" s"))
        self.interval_spin.setToolTip(self.tr("How often the inbox folder is looked at"))

        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Scan every:"), self.interval_spin)
        group = QGroupBox(self.tr("Inbox"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.watch_box)
        group_layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder_edit.textChanged.connect(self._update)
        self.watch_box.toggled.connect(self._update)

        self.large_box = QCheckBox(self.tr("&Large controls (tablets, gloves)"))
        self.large_box.setObjectName("largeControls")
        self.large_box.setToolTip(self.tr(
            "Bigger text, buttons, fields and table rows, easier to hit on a touch screen"))
        self.large_box.setChecked(large_controls)
        appearance = QGroupBox(self.tr("Appearance"))
        appearance_layout = QVBoxLayout(appearance)
        appearance_layout.addWidget(self.large_box)

        self.language_box = QComboBox()
        self.language_box.setObjectName("languageChoice")
        for offered in available_languages():
            # Each language by its own name, so that a reader of it finds it.
            self.language_box.addItem(offered.native, offered.code)
        current = self.language_box.findData(language)
        self.language_box.setCurrentIndex(max(current, 0))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        self.language_note = QLabel(self.tr("A new language applies when borderdesk starts "
                                            "again."))
        self.language_note.setWordWrap(True)
        language_row = QFormLayout()
        language_row.addRow(language_label, self.language_box)
        appearance_layout.addLayout(language_row)
        appearance_layout.addWidget(self.language_note)

        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(appearance)
        layout.addWidget(self.buttons)
        self.watch_box.setChecked(folder is not None)
        self._update()

    def inbox_folder(self) -> Path | None:
        """The folder to watch, or None when watching is off."""
        text = self.folder_edit.text().strip()
        if not self.watch_box.isChecked() or not text:
            return None
        return Path(text)

    def large_controls(self) -> bool:
        """Whether large controls are wanted."""
        return self.large_box.isChecked()

    def language(self) -> str:
        """The code of the chosen language."""
        return str(self.language_box.currentData() or SOURCE_LANGUAGE)

    def interval_s(self) -> int:
        """Seconds between scans."""
        return self.interval_spin.value()

    def _browse(self) -> None:
        chosen = choose_folder(self, self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
            self.watch_box.setChecked(True)

    def _update(self) -> None:
        on = self.watch_box.isChecked()
        for widget in (self.folder_edit, self.browse_button, self.interval_spin):
            widget.setEnabled(on)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not on or bool(self.folder_edit.text().strip()))
