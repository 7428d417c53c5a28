"""The Administration page: its sections (user accounts, synchronisation) as tabs.

The page only holds the sections; each reads its own data. It is refreshed when the
window shows it, and :meth:`AdministrationPage.show_section` brings one section to the
front (the status bar's synchronisation indicator opens the synchronisation section).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


class AdministrationPage(QTabWidget):
    """Sections of the Administration page, one tab each."""

    def __init__(self, sections: list[tuple[QWidget, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("administrationPage")
        self.setDocumentMode(True)
        for widget, title, tip in sections:
            index = self.addTab(widget, title)
            self.setTabToolTip(index, tip)
        self.currentChanged.connect(lambda _index: self.refresh())

    def refresh(self) -> None:
        """Read the section in front again."""
        refresh = getattr(self.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def show_section(self, section: QWidget) -> bool:
        """Bring ``section`` to the front; whether it is one of this page's."""
        if self.indexOf(section) < 0:
            return False
        self.setCurrentWidget(section)
        return True
