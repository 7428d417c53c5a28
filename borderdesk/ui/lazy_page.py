"""A navigation page built the first time it is needed.

Pages an officer rarely opens (the analyst's views load and compile the active
profile) should not cost every start of the window: the tab holds this light
stand-in, which builds the real page on its first showing or first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

PageT = TypeVar("PageT", bound=QWidget)


class LazyPage(QWidget, Generic[PageT]):
    """Holds the place of a page until :meth:`page` (or showing it) builds it."""

    def __init__(self, build: Callable[[], PageT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: PageT | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> PageT:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build()
            self._layout.addWidget(self._page)
            self.setFocusProxy(self._page)
        return self._page

    def refresh(self) -> None:
        """Refresh the real page when it has been built (a page never shown has nothing
        stale to refresh: it reads everything when it is built)."""
        if self._page is not None:
            refresh = getattr(self._page, "refresh", None)
            if callable(refresh):
                refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)
