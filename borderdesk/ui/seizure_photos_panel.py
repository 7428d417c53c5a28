"""The Photos tab of a seizure case: the grid of thumbnails, the selected photo's facts
(caption, SHA-256, EXIF time, camera and GPS, who imported it and when, what it shows),
the photo log, and importing from files or a camera folder.

An import reads, checks and hashes every file whole, which takes seconds for a card of
12-megapixel photos, so it runs on the window's task runner with a progress dialog
that can cancel; the job opens its own station session (a connection belongs to its
thread). Refused files are listed with the reason in words. A photo's caption or
links are corrected with a reason, as a new log entry.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.evidence.steps import step_text
from borderdesk.services.custody import list_packages
from borderdesk.services.evidence_steps import timeline
from borderdesk.services.photos import (
    ImportReport,
    Photo,
    PhotoLogEntry,
    correct_photo,
    import_photos,
    list_photos,
    photo_log,
    thumbnail_bytes,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import ROW_ROLE, ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    CasePanel,
    ErrorLabel,
    FormDialog,
    FormField,
    case_table,
    local_text,
    plain_error,
    run_form,
)
from borderdesk.ui.workers import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhotosPanel", text)


_ModelIndex = QModelIndex | QPersistentModelIndex
#: The side of a thumbnail in the grid (pixels at 1x; thumbnails are made at 320).
THUMB_SIDE = 160


def choose_photo_files(parent: QWidget) -> list[Path]:
    """Ask for photo files (tests replace this)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, _tr("Import photos"), "",
        _tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)"))
    return [Path(name) for name in names]


def choose_photo_folder(parent: QWidget) -> Path | None:
    """Ask for a camera card or folder (tests replace this)."""
    name = QFileDialog.getExistingDirectory(parent, _tr("Import a camera folder"))
    return Path(name) if name else None


class PhotoGridModel(QAbstractListModel):
    """The case's photos as thumbnails with their captions."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._photos: list[Photo] = []
        self._icons: dict[str, QIcon] = {}

    def set_photos(self, photos: Sequence[Photo]) -> None:
        """Show these photos."""
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def photos(self) -> list[Photo]:
        """The photos shown."""
        return list(self._photos)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def _icon(self, photo: Photo) -> QIcon:
        icon = self._icons.get(photo.sha256)
        if icon is None:
            # Thumbnails are cached copies of ~20 KB: reading (and, on an encrypted station,
            # authenticating and decrypting) them here costs little. They come as bytes
            # and are decoded in memory, as JPEG only: no plain file is ever needed.
            # A missing or damaged original is never shown: audit verify names it.
            pixmap = QPixmap()
            with contextlib.suppress(BorderdeskError, OSError):
                pixmap.loadFromData(thumbnail_bytes(self._session, photo.id), "JPEG")
            icon = QIcon(pixmap) if not pixmap.isNull() else QIcon()
            self._icons[photo.sha256] = icon
        return icon

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.file_name}\nSHA-256 {photo.sha256}"
        if role == ROW_ROLE:
            return photo
        return None


class PhotoLogModel(RowsModel[PhotoLogEntry]):
    """Every import and correction of the case's photos."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()
        n = QT_TRANSLATE_NOOP
        super().__init__("PhotoLogModel", [
            ColumnSpec(n("PhotoLogModel", "When"), n("PhotoLogModel", "When it was logged"),
                       lambda e: local_text(e.at, zone)),
            ColumnSpec(n("PhotoLogModel", "By"), n("PhotoLogModel", "Who"), lambda e: e.by),
            ColumnSpec(n("PhotoLogModel", "What"), n("PhotoLogModel", "Import or correction"),
                       lambda e: e.operation),
            ColumnSpec(n("PhotoLogModel", "Photo"), n("PhotoLogModel", "The photo's id"),
                       lambda e: e.photo_id[:8]),
            ColumnSpec(n("PhotoLogModel", "Caption"), n("PhotoLogModel", "Caption"),
                       lambda e: e.caption),
            ColumnSpec(n("PhotoLogModel", "Reason"), n("PhotoLogModel", "Why it was corrected"),
                       lambda e: e.reason or ""),
        ], parent)


class PhotosPanel(CasePanel):
    """The photo grid, the selected photo's facts, the log, and import."""

    def __init__(self, session: StationSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("photosPanel")
        self._runner = runner
        self._progress: QProgressDialog | None = None
        #: The last import's outcome (for the summary line and tests).
        self.last_report: ImportReport | None = None
        self.grid_model = PhotoGridModel(session, self)
        self.grid = QListView()
        self.grid.setObjectName("photoGrid")
        self.grid.setModel(self.grid_model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.grid.setGridSize(QSize(THUMB_SIDE + 24, THUMB_SIDE + 44))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.details = QLabel()
        self.details.setObjectName("photoDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.log_model = PhotoLogModel(session, self)
        self.log = case_table(self.log_model, "photoLog")
        self.outcome = ErrorLabel()
        self.outcome.setObjectName("importOutcome")
        self.files_button = QPushButton(self.tr("Import &photos…"))
        self.files_button.setToolTip(self.tr("Import photo files; each is checked and hashed"))
        self.files_button.clicked.connect(lambda: self.import_files())
        self.folder_button = QPushButton(self.tr("Import camera &folder…"))
        self.folder_button.setToolTip(self.tr(
            "Import every photo of a camera card or folder (only new ones when asked)"))
        self.folder_button.clicked.connect(lambda: self.import_folder())
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setToolTip(self.tr(
            "Correct the selected photo's caption or links, with a reason"))
        self.correct_button.clicked.connect(lambda: self.correct())
        bar = QHBoxLayout()
        bar.addWidget(self.files_button)
        bar.addWidget(self.folder_button)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.outcome, 1)
        bar.addStretch(0)  # keeps the buttons their size while the outcome is hidden
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.grid)
        upper.addWidget(self.details)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        log_label = QLabel(self.tr("Photo &log (every import and correction)"))
        log_label.setBuddy(self.log)
        lower_layout.addWidget(log_label)
        lower_layout.addWidget(self.log, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.grid)
        self.grid.selectionModel().currentChanged.connect(self._show_details)

    def refresh(self) -> None:
        """Read the photos and the log again."""
        if self.case is None:
            return
        row = max(0, self.grid.currentIndex().row())
        self.grid_model.set_photos(list_photos(self._session, self.case_id))
        self.log_model.set_rows(list(reversed(photo_log(self._session, self.case_id))))
        if self.grid_model.rowCount():
            self.grid.setCurrentIndex(self.grid_model.index(
                min(row, self.grid_model.rowCount() - 1), 0))
        self._show_details()

    def selected_photo(self) -> Photo | None:
        """The photo selected in the grid."""
        index = self.grid.currentIndex()
        value = index.data(ROW_ROLE) if index.isValid() else None
        return value if isinstance(value, Photo) else None

    def _links(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """What a photo may show: items, step records and packages, by id, in words."""
        assert self.case is not None
        zone = self._session.time_zone()
        items = {i.id: self.tr("item {n}: {what}").format(n=i.number, what=i.description)
                 for i in self.case.items}
        steps = {r.id: f"{r.number}. {step_text(r.title)}" + (f" ({r.item})" if r.item else "")
                 + f" {local_text(r.done_at, zone)}"
                 for r in timeline(self._session, self.case_id) if r.current}
        packages = {p.id: p.label for p in list_packages(self._session, self.case_id)}
        return items, steps, packages

    def _show_details(self, *_args: object) -> None:
        photo = self.selected_photo()
        self.correct_button.setEnabled(photo is not None)
        if photo is None:
            self.details.setText(self.tr("No photo yet: import the photos taken."))
            return
        zone = self._session.time_zone()
        items, steps, packages = self._links()
        exif = photo.exif
        unknown = self.tr("not recorded by the camera")
        gps = (f"{exif.gps_lat:.6f}, {exif.gps_lon:.6f}"
               if exif.gps_lat is not None and exif.gps_lon is not None else unknown)
        lines = [
            self.tr("Caption: {text}").format(text=photo.caption or "—"),
            self.tr("File: {name} ({width} x {height}, {size} KB)").format(
                name=photo.file_name, width=photo.width, height=photo.height,
                size=round(photo.size_bytes / 1024)),
            self.tr("SHA-256: {digest}").format(digest=photo.sha256),
            self.tr("Taken (camera clock): {when}").format(
                when=(f"{exif.taken_at} {exif.taken_offset or ''}".strip()
                      if exif.taken_at else unknown)),
            self.tr("Camera: {camera}").format(
                camera=" ".join(p for p in (exif.camera_make, exif.camera_model) if p)
                or unknown),
            self.tr("GPS: {gps}").format(gps=gps),
            self.tr("Imported {when} by {who}").format(
                when=local_text(photo.imported_at, zone), who=photo.imported_by),
            self.tr("Shows: {item}").format(item=items.get(photo.item or "", photo.item or "—")),
            self.tr("Step: {step}").format(step=steps.get(photo.step or "", photo.step or "—")),
            self.tr("Package: {package}").format(
                package=packages.get(photo.package or "", photo.package or "—")),
        ]
        if photo.corrected_at is not None:
            lines.append(self.tr("Corrected {when} by {who} (see the log)").format(
                when=local_text(photo.corrected_at, zone), who=photo.corrected_by))
        self.details.setText("\n".join(lines))

    def _link_fields(self, photo: Photo | None = None) -> list[FormField]:
        items, steps, packages = self._links()
        return [
            FormField("caption", self.tr("&Caption"), default=photo.caption if photo else None,
                      placeholder=self.tr("what the photo shows")),
            FormField("item", self.tr("Shows &item"), "choice", list(items.items()),
                      default=photo.item if photo else None),
            FormField("step", self.tr("Taken for &step"), "choice", list(steps.items()),
                      default=photo.step if photo else None),
            FormField("package", self.tr("Shows &package"), "choice", list(packages.items()),
                      default=photo.package if photo else None),
        ]

    def import_files(self, paths: Sequence[Path] | None = None) -> bool:
        """Choose photo files and import them on the task runner."""
        chosen = list(paths) if paths is not None else choose_photo_files(self)
        return self._import(chosen, only_new=False) if chosen else False

    def import_folder(self, folder: Path | None = None) -> bool:
        """Choose a camera folder and import its photos (only the new ones by default)."""
        chosen = folder if folder is not None else choose_photo_folder(self)
        return self._import([chosen], only_new=True) if chosen is not None else False

    def _import(self, sources: list[Path], *, only_new: bool) -> bool:
        fields = [*self._link_fields(),
                  FormField("only_new", self.tr("Only photos not yet in the case"), "check",
                            default=only_new)]
        dialog = FormDialog(self.tr("Import photos"), self.tr(
            "{count} file(s) or folder(s). What do the photos show?").format(
                count=len(sources)), fields, lambda values: values, self,
            amendment=self.locked, ok_text=self.tr("&Import"))
        values = run_form(dialog)
        if not isinstance(values, dict):
            return False
        self.start_import(sources, values)
        return True

    def start_import(self, sources: Sequence[Path], values: dict[str, Any]) -> CancelToken:
        """Import ``sources`` on the task runner with ``values`` (caption, links...)."""
        session, case_id = self._session, self.case_id
        path, ticket = session.path, session.ticket()

        def job(progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
            if path is None:
                raise BorderdeskError("photos need a station database on disk")
            # A connection belongs to the thread that opened it: the job opens its own.
            with ticket.open() as own:
                return import_photos(
                    own, case_id, list(sources), caption=values.get("caption") or "",
                    item=values.get("item"), step=values.get("step"),
                    package=values.get("package"), only_new=bool(values.get("only_new")),
                    reason=values.get("reason"), on_progress=progress, cancel=cancel)

        token = CancelToken()
        progress = QProgressDialog(self.tr("Checking and storing the photos…"),
                                   self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Import photos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(token.cancel)
        self._progress = progress
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)

        def on_progress(done: int, total: int) -> None:
            if self._progress is not None:
                self._progress.setMaximum(total)
                self._progress.setValue(done)

        return self._runner.run_task(job, on_finished=self._imported, on_failed=self._failed,
                                     on_progress=on_progress, token=token)

    def _end_import(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _imported(self, report: ImportReport) -> None:
        self._end_import()
        self.last_report = report
        refused = [o for o in report.outcomes if o.status == "refused"]
        text = self.tr("{imported} imported, {skipped} skipped, {refused} refused.").format(
            imported=report.count("imported"), skipped=report.count("skipped"),
            refused=len(refused))
        if refused:
            text += "\n" + "\n".join(f"{o.path.name}: {o.message}" for o in refused)
        self.outcome.show_error(text)
        self.outcome.setStyleSheet("" if not refused else "color: #a61b1b;")
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self._end_import()
        if not isinstance(exc, BorderdeskError):
            raise exc  # a bug: the application's crash handler reports it
        self.outcome.setStyleSheet("color: #a61b1b;")
        self.outcome.show_error(plain_error(exc))

    def correct(self) -> object | None:
        """Correct the selected photo's caption or links, with a reason."""
        photo = self.selected_photo()
        if photo is None:
            return None
        fields = [FormField("why", self.tr("&Reason"), required=True,
                            placeholder=self.tr("kept with the correction")),
                  *self._link_fields(photo)]

        def submit(values: dict[str, Any]) -> Photo:
            return correct_photo(self._session, photo.id, values["why"],
                                 caption=values["caption"], item=values["item"] or "",
                                 step=values["step"] or "", package=values["package"] or "")

        return self.run(FormDialog(self.tr("Correct photo {id}").format(id=photo.id[:8]),
                                   self.tr("The original is never changed; the log keeps"
                                           " both entries."), fields, submit, self))
