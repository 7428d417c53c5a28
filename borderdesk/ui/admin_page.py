"""The Administration page: its sections (user accounts, synchronisation) as tabs.

The page only holds the sections; each reads its own data. It is refreshed when the
window shows it, and :meth:`AdministrationPage.show_section` brings one section to the
front (the status bar's synchronisation indicator opens the synchronisation section).
Beside the tabs, an administrator finds *Run set-up again…*: the first-run set-up's
language and station pages on the open station (``ui/first_run.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from borderdesk.security.permissions import Permission
from borderdesk.services.authz import permitted
from borderdesk.services.station import StationSession


class AdministrationPage(QTabWidget):
    """Sections of the Administration page, one tab each."""

    #: The set-up was run again and saved the station's details.
    station_changed = Signal()

    def __init__(self, sections: list[tuple[QWidget, str, str]],
                 parent: QWidget | None = None, *,
                 session: StationSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("administrationPage")
        self.setDocumentMode(True)
        self._session = session
        for widget, title, tip in sections:
            index = self.addTab(widget, title)
            self.setTabToolTip(index, tip)
        self.set_up_button: QPushButton | None = None
        if session is not None and permitted(session, Permission.ADMINISTER):
            self.set_up_button = QPushButton(self.tr("Run set-&up again…"))
            self.set_up_button.setObjectName("runSetUpAgain")
            self.set_up_button.setToolTip(self.tr(
                "Change the station's name, crossing code, country, time zone and "
                "language (accounts and data stay)"))
            self.set_up_button.clicked.connect(self.run_set_up_again)
            self.setCornerWidget(self.set_up_button, Qt.Corner.TopRightCorner)
        self.currentChanged.connect(lambda _index: self.refresh())

    def run_set_up_again(self) -> None:
        """The set-up's language and station pages on the open station."""
        from borderdesk.ui.first_run import run_set_up_again

        assert self._session is not None
        if run_set_up_again(self._session, self):
            self.station_changed.emit()

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
