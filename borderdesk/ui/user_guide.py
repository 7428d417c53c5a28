"""Help › User guide (F1): ``docs/user-guide.md`` shown in the window, with its pictures.

The guide is the same Markdown file the project's documentation shows, read where
:func:`borderdesk.core.paths.user_guide_path` finds it (beside the package, or inside
the frozen bundle). Qt's Markdown reader lays it out; this module adds what it lacks:
each heading gets the anchor GitHub gives it (``#setting-up-a-station-administrators``),
so links between sections work the same here and on the project's pages; pictures are
read from ``docs/images`` and shrunk to the width of the view (they are 1366 pixels
wide); a contents list on the left goes to each section; Ctrl+F finds a word.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.paths import user_guide_path

#: The widest a picture is drawn, in pixels, however wide the window (readable
#: beside the contents list on a 1366-pixel screen; larger screens show it sharper).
MAX_IMAGE_WIDTH = 1100
#: Room left beside a picture for the document's margins and the scroll bar.
IMAGE_MARGIN = 40


def heading_anchor(title: str) -> str:
    """The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces
    as hyphens (``"Reports and statistics (supervisors)"`` → ``reports-and-statistics-
    supervisors``)."""
    kept = "".join(ch for ch in title.strip().lower()
                   if ch in " -_" or unicodedata.category(ch)[0] in "LN")
    return kept.replace(" ", "-")


@dataclass(frozen=True)
class Heading:
    """A heading of the guide: its level (1 for the title), words and anchor."""

    level: int
    title: str
    anchor: str


def load_guide(document: QTextDocument, path: Path) -> list[Heading]:
    """Lay the Markdown file ``path`` out in ``document``: headings get their anchors and
    the pictures (paths relative to the file) are read; the headings, in order."""
    document.setUndoRedoEnabled(False)
    document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
    document.setMarkdown(path.read_text(encoding="utf-8"),
                         QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    headings: list[Heading] = []
    seen: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            anchor = heading_anchor(block.text())
            # GitHub numbers a repeated heading's anchor: -1, -2...
            count = seen.get(anchor, 0)
            seen[anchor] = count + 1
            if count:
                anchor = f"{anchor}-{count}"
            headings.append(Heading(level, block.text().strip(), anchor))
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            named = QTextCharFormat()
            named.setAnchor(True)
            named.setAnchorNames([anchor])
            cursor.mergeCharFormat(named)
        block = block.next()
    for name in image_names(document):
        image = QImage(str(path.parent / name))
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    return headings


def image_names(document: QTextDocument) -> list[str]:
    """The pictures ``document`` shows, by the names the Markdown gives them."""
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                if name not in names:
                    names.append(name)
            fragments += 1
        block = block.next()
    return names


def fit_images(document: QTextDocument, width: int) -> None:
    """Draw every picture at most ``width`` pixels wide (never larger than it is)."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image_format = char_format.toImageFormat()
                image = document.resource(QTextDocument.ResourceType.ImageResource,
                                          QUrl(image_format.name()))
                # Given as a QImage, the document keeps it as a QPixmap.
                if isinstance(image, QImage | QPixmap) and not image.isNull():
                    shown = min(image.width(), max(width, 200))
                    sized = QTextImageFormat(image_format)
                    sized.setWidth(shown)
                    sized.setHeight(image.height() * shown / image.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(sized)
            fragments += 1
        block = block.next()


class UserGuideWindow(QWidget):
    """The user guide in a window of its own: contents, the guide, and a find bar.

    ``path`` is the Markdown file (default: the installed guide).
    """

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("borderdesk user guide"))
        self.path = path if path is not None else user_guide_path()

        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # sections, other documents and the web: below
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.viewport().installEventFilter(self)

        self.contents = QTreeWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)

        self.find_box = QLineEdit()
        self.find_box.setObjectName("guideFind")
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textEdited.connect(lambda _text: self.find_next(from_start=True))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_box)
        next_button = QPushButton(self.tr("&Next"))
        next_button.setToolTip(self.tr("The next place with these words (Enter or F3)"))
        next_button.clicked.connect(lambda: self.find_next())
        previous_button = QPushButton(self.tr("&Previous"))
        previous_button.setToolTip(self.tr("The place before (Shift+F3)"))
        previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.find_status = QLabel()
        self.find_status.setObjectName("guideFindStatus")
        self.link_status = QLabel()
        self.link_status.setObjectName("guideLinkStatus")
        self.link_status.setWordWrap(True)

        find_row = QHBoxLayout()
        for widget in (find_label, self.find_box, next_button, previous_button,
                       self.find_status):
            find_row.addWidget(widget)
        find_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.link_status)

        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_find),
                           (QKeySequence.StandardKey.FindNext, self.find_next),
                           (QKeySequence.StandardKey.FindPrevious,
                            lambda: self.find_next(backward=True)),
                           (QKeySequence.StandardKey.Close, self.close)):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)

        self.headings: list[Heading] = []
        self.reload()
        self.resize(1200, 760)

    # -- the document ----------------------------------------------------------
    def reload(self) -> None:
        """Read the guide again (and its pictures)."""
        document = self.browser.document()
        self.contents.clear()
        if not self.path.is_file():
            self.headings = []
            self.browser.setPlainText(self.tr(
                "The user guide was not found at {path}. It is part of every installation: "
                "ask your administrator to install borderdesk again.").format(path=self.path))
            return
        self.headings = load_guide(document, self.path)
        self._fill_contents()
        self._fit_images()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # the guide opens at its top

    def _fill_contents(self) -> None:
        parents: dict[int, QTreeWidgetItem] = {}
        for heading in self.headings:
            if heading.level == 1:
                continue  # the guide's title: every section is under it
            item = QTreeWidgetItem([heading.title])
            item.setData(0, Qt.ItemDataRole.UserRole, heading.anchor)
            item.setToolTip(0, heading.title)
            parent = parents.get(heading.level - 1)
            if parent is not None and heading.level > 2:
                parent.addChild(item)
            else:
                self.contents.addTopLevelItem(item)
            parents[heading.level] = item
        self.contents.expandAll()

    def _fit_images(self) -> None:
        width = self.browser.viewport().width() - IMAGE_MARGIN
        fit_images(self.browser.document(), min(MAX_IMAGE_WIDTH, width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pictures follow the width of the view."""
        if watched is self.browser.viewport() and isinstance(event, QResizeEvent) and \
                event.size().width() != event.oldSize().width():
            self._fit_images()
        return super().eventFilter(watched, event)

    # -- moving around ---------------------------------------------------------
    def show_section(self, anchor: str) -> bool:
        """Scroll to the section with ``anchor``; False when the guide has none."""
        if not any(heading.anchor == anchor for heading in self.headings):
            return False
        self.browser.scrollToAnchor(anchor)
        return True

    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_section(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def follow_link(self, url: QUrl) -> None:
        """A link of the guide: a section, another document, or a web address."""
        self.link_status.clear()
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.path()
        if not target or Path(target).name == self.path.name:
            if url.fragment() and not self.show_section(url.fragment()):
                self.link_status.setText(self.tr("The guide has no section \"{name}\".")
                                         .format(name=url.fragment()))
            return
        other = (self.path.parent / target).resolve()
        if other.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(other)))
        else:
            # The technical documents stay with the project; the program carries the guide.
            self.link_status.setText(self.tr(
                "{name} is one of the project's technical documents (docs/{name}); it is not "
                "installed with the program.").format(name=Path(target).name))

    # -- finding ---------------------------------------------------------------
    def focus_find(self) -> None:
        """Ctrl+F: put the cursor in the find box, its words selected."""
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def find_next(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) place with the find box's words, going round
        the end; False (and said in red) when the guide does not have them."""
        words = self.find_box.text()
        self.find_status.clear()
        self.find_status.setStyleSheet("")
        if not words:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else \
            QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        if self.browser.find(words, flags):
            return True
        cursor = self.browser.textCursor()  # round the end, once
        cursor.movePosition(QTextCursor.MoveOperation.End if backward
                            else QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(words, flags):
            return True
        self.find_status.setText(self.tr("Not found"))
        self.find_status.setStyleSheet("color: #b71c1c; font-weight: bold;")
        return False

    def _escape(self) -> None:
        if self.find_box.hasFocus() and self.find_box.text():
            self.find_box.clear()
            self.find_status.clear()
        else:
            self.close()


#: The guide's section for each page of the main window, in the order of its tabs
#: (Queue, Inspections, Seizures, Analysis, Reports, Exercise, Administration): F1 opens
#: the guide where the officer is.
PAGE_SECTIONS = ("officers-screen-the-queue", "officers-inspect",
                 "officers-record-a-seizure-and-its-evidence",
                 "analysts-profiles-back-tests-and-the-watch-list",
                 "supervisors-sign-off-print-and-count", "trainers-run-an-exercise",
                 "administrators-set-up-accounts-backups-synchronisation-languages")


def section_of_page(index: int) -> str | None:
    """The anchor of the guide's section about the main window's page ``index``."""
    return PAGE_SECTIONS[index] if 0 <= index < len(PAGE_SECTIONS) else None


def _guide_of(parent: QWidget) -> UserGuideWindow | None:
    window = parent.findChild(UserGuideWindow, "userGuide",
                              Qt.FindChildOption.FindDirectChildrenOnly)
    return window if isinstance(window, UserGuideWindow) else None


def close_user_guide(parent: QWidget) -> None:
    """Close ``parent``'s guide window, if it has one (the main window closes)."""
    window = _guide_of(parent)
    if window is not None:
        window.close()


def show_user_guide(parent: QWidget, anchor: str | None = None) -> UserGuideWindow:
    """Help › User guide: the one guide window of ``parent`` (made on first use), in
    front, at the section ``anchor`` if given."""
    window = _guide_of(parent)
    if window is None:
        window = UserGuideWindow(parent)
    if window.isVisible():
        window.raise_()  # open behind the main window: bring it forward
    else:
        window.show()
    window.activateWindow()
    if anchor:
        window.show_section(anchor)
    return window


__all__ = ["PAGE_SECTIONS", "Heading", "UserGuideWindow", "close_user_guide", "fit_images",
           "heading_anchor", "image_names", "load_guide", "section_of_page",
           "show_user_guide"]
