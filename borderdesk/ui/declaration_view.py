"""The declaration view: one declaration with its risk panel, for the officer at the lane.

Everything shown comes from :func:`borderdesk.services.declaration_detail.get_declaration`
(read on the GUI thread: it is one quick read of the window's session). Top to
bottom: the header, the risk panel (lane, score, random selection, profile, each
hit with its instruction, and the watch-list matches with the entry as listed and
the score against the threshold), parties and vehicle, documents (valid or expired
by colour and in words), goods lines, amendments (in words, old → new, grouped by
version), lane changes and inspections. A rule's rationale is shown only in an
analyst's view (``analyst=True``). Texts from the data are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.core.country_names import country_name
from borderdesk.core.errors import BorderdeskError
from borderdesk.rules.rule_texts import rule_text
from borderdesk.rules.watchlist import format_score, kind_word
from borderdesk.services.amendment_text import field_words, value_words
from borderdesk.services.declaration_detail import (
    EXPIRED,
    NO_DATE,
    VALID,
    DeclarationDetail,
    GoodsLineView,
    HitView,
    WatchMatchView,
    get_declaration,
)
from borderdesk.services.inspections import (
    KINDS,
    InspectionRecord,
    LaneChange,
    start_inspection,
)
from borderdesk.services.station import StationSession
from borderdesk.ui import inspection_dialogs
from borderdesk.ui.declarations_model import (
    format_lodged,
    lane_colour,
    lane_text,
    procedure_text,
    transport_mode_text,
)
from borderdesk.ui.language import current_language
from borderdesk.ui.permissions import Permission, hide_unless

_CONTEXT = "DeclarationView"
_ModelIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The goods table shows up to this many lines before it scrolls by itself.
GOODS_VISIBLE_ROWS = 12
#: Texts up to this many characters never wrap in a column that may wrap.
_SHORT = 40
#: The view's size when it opens (smaller on small screens).
VIEW_SIZE = QSize(1100, 800)

_KINDS = {
    "documents": QT_TRANSLATE_NOOP("DeclarationView", "Documents check"),
    "physical": QT_TRANSLATE_NOOP("DeclarationView", "Physical inspection"),
    "xray": QT_TRANSLATE_NOOP("DeclarationView", "X-ray scan"),
    "dog": QT_TRANSLATE_NOOP("DeclarationView", "Detection dog"),
}
_OUTCOMES = {
    "nothing_found": QT_TRANSLATE_NOOP("DeclarationView", "Nothing found"),
    "irregularity": QT_TRANSLATE_NOOP("DeclarationView", "Irregularity (not firearms)"),
    "seizure": QT_TRANSLATE_NOOP("DeclarationView", "Firearms, parts or ammunition found"),
}
_VALIDITY = {
    VALID: QT_TRANSLATE_NOOP("DeclarationView", "valid"),
    EXPIRED: QT_TRANSLATE_NOOP("DeclarationView", "expired"),
    NO_DATE: QT_TRANSLATE_NOOP("DeclarationView", "no date"),
}
_ROLES = {
    "consignor": QT_TRANSLATE_NOOP("DeclarationView", "Consignor"),
    "consignee": QT_TRANSLATE_NOOP("DeclarationView", "Consignee"),
    "declarant": QT_TRANSLATE_NOOP("DeclarationView", "Declarant"),
    "driver": QT_TRANSLATE_NOOP("DeclarationView", "Driver"),
    "vehicle": QT_TRANSLATE_NOOP("DeclarationView", "Vehicle"),
    "trailer": QT_TRANSLATE_NOOP("DeclarationView", "Trailer"),
}
_DOCUMENT_TYPES = {
    "invoice": QT_TRANSLATE_NOOP("DeclarationView", "Invoice"),
    "cmr": QT_TRANSLATE_NOOP("DeclarationView", "CMR consignment note"),
    "arms_licence": QT_TRANSLATE_NOOP("DeclarationView", "Arms licence"),
    "end_user_certificate": QT_TRANSLATE_NOOP("DeclarationView", "End-user certificate"),
    "deactivation_certificate": QT_TRANSLATE_NOOP("DeclarationView",
                                                  "Deactivation certificate"),
    "other": QT_TRANSLATE_NOOP("DeclarationView", "Other document"),
}
#: Validity colours (text colour, with the validity in words beside: never colour alone).
VALIDITY_COLOURS = {VALID: "#1b5e20", EXPIRED: "#b00020"}


def _translate(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def kind_text(kind: str) -> str:
    """An inspection kind in words."""
    return _translate(_KINDS.get(kind, kind))


def role_text(role: str) -> str:
    """A party's role in words: ``Consignee``, ``Driver``, ``Trailer``…"""
    return _translate(_ROLES.get(role, role))


def document_type_text(document_type: str) -> str:
    """A document type in words: ``Arms licence``, ``CMR consignment note``…"""
    known = _DOCUMENT_TYPES.get(document_type)
    return _translate(known) if known else document_type.replace("_", " ").capitalize()


def outcome_text(outcome: str) -> str:
    """An inspection outcome in words."""
    return _translate(_OUTCOMES.get(outcome, outcome))


def _country(code: str) -> str:
    """A country's name in the window's language (the code stays beside it)."""
    return country_name(code, current_language())


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:,.3f}".rstrip("0").rstrip(".")


# -- the goods lines ----------------------------------------------------------------


class GoodsColumn(IntEnum):
    """The goods table's columns."""

    LINE = 0
    HS_CODE = 1
    DESCRIPTION = 2
    QUANTITY = 3
    PACKAGES = 4
    GROSS_KG = 5
    NET_KG = 6
    VALUE = 7


_GOODS_TITLES = {
    GoodsColumn.LINE: QT_TRANSLATE_NOOP("GoodsModel", "Line"),
    GoodsColumn.HS_CODE: QT_TRANSLATE_NOOP("GoodsModel", "HS code"),
    GoodsColumn.DESCRIPTION: QT_TRANSLATE_NOOP("GoodsModel", "Description"),
    GoodsColumn.QUANTITY: QT_TRANSLATE_NOOP("GoodsModel", "Quantity"),
    GoodsColumn.PACKAGES: QT_TRANSLATE_NOOP("GoodsModel", "Packages"),
    GoodsColumn.GROSS_KG: QT_TRANSLATE_NOOP("GoodsModel", "Gross kg"),
    GoodsColumn.NET_KG: QT_TRANSLATE_NOOP("GoodsModel", "Net kg"),
    GoodsColumn.VALUE: QT_TRANSLATE_NOOP("GoodsModel", "Value"),
}
_NUMERIC = {GoodsColumn.LINE, GoodsColumn.QUANTITY, GoodsColumn.PACKAGES,
            GoodsColumn.GROSS_KG, GoodsColumn.NET_KG, GoodsColumn.VALUE}


class GoodsModel(QAbstractTableModel):
    """A declaration's goods lines as read-only table rows."""

    def __init__(self, lines: Sequence[GoodsLineView] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = list(lines)

    def set_lines(self, lines: Sequence[GoodsLineView]) -> None:
        """Replace every line."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GoodsColumn)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = GoodsColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(GoodsColumn):
            return None
        column = GoodsColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("GoodsModel", str(_GOODS_TITLES[column]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        return None

    @staticmethod
    def _display(line: GoodsLineView, column: GoodsColumn) -> str:
        match column:
            case GoodsColumn.LINE:
                return str(line.line)
            case GoodsColumn.HS_CODE:
                return line.hs_code
            case GoodsColumn.DESCRIPTION:
                return line.description
            case GoodsColumn.QUANTITY:
                quantity = _number(line.quantity)
                return f"{quantity} {line.unit}" if quantity and line.unit else quantity
            case GoodsColumn.PACKAGES:
                return _number(line.packages)
            case GoodsColumn.GROSS_KG:
                return _number(line.gross_kg)
            case GoodsColumn.NET_KG:
                return _number(line.net_kg)
            case GoodsColumn.VALUE:
                if line.value is None:
                    return ""
                value = f"{line.value:,.2f}"
                return f"{value} {line.currency}" if line.currency else value


# -- starting an inspection -----------------------------------------------------------


def ask_inspection_kind(parent: QWidget | None) -> str | None:
    """Ask which kind of inspection to start; ``None`` when cancelled."""
    labels = [kind_text(kind) for kind in KINDS]
    title = QCoreApplication.translate(_CONTEXT, "Start inspection")
    prompt = QCoreApplication.translate(_CONTEXT, "Kind of inspection:")
    label, ok = QInputDialog.getItem(parent, title, prompt, labels, 1, False)
    if not ok or label not in labels:
        return None
    return KINDS[labels.index(label)]


def start_inspection_of(parent: QWidget | None, session: StationSession,
                        declaration_id: str) -> InspectionRecord | None:
    """Ask for the kind, then start an inspection; ``None`` if cancelled or refused."""
    kind = ask_inspection_kind(parent)
    if kind is None:
        return None
    try:
        return start_inspection(session, declaration_id, kind)
    except BorderdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate(_CONTEXT, "Start inspection"),
                            str(exc))
        return None


# -- the view -------------------------------------------------------------------------


def _plain_label(text: str, *, bold: bool = False, wrap: bool = True,
                 selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # data is never read as markup
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class DeclarationView(QDialog):
    """One declaration, read through the services; Escape closes it."""

    #: Emitted with the new inspection after one was started from here.
    inspection_started = Signal(object)
    #: Emitted after an outcome was recorded or the lane changed from here.
    changed = Signal()

    def __init__(self, session: StationSession, declaration_id: str, *,
                 analyst: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._declaration_id = declaration_id
        self._analyst = analyst
        self.setObjectName("declarationView")
        self.goods_model = GoodsModel(parent=self)
        self.goods_table: QTableView | None = None
        self.detail: DeclarationDetail | None = None
        #: The "Record outcome…" button of each unfinished inspection, by inspection id.
        self.outcome_buttons: dict[str, QPushButton] = {}
        self.lane_button: QPushButton | None = None

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.inspection_action = QAction(self.tr("Start &inspection…"), self)
        self.inspection_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        keys = self.inspection_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)
        self.inspection_action.setToolTip(
            self.tr("Start an inspection of this declaration ({keys})").format(keys=keys))
        self.inspection_action.triggered.connect(self.start_inspection)
        self.addAction(self.inspection_action)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.inspection_button = QPushButton(self.inspection_action.text())
        self.inspection_button.setToolTip(self.inspection_action.toolTip())
        self.inspection_button.setAutoDefault(False)
        self.inspection_button.clicked.connect(self.inspection_action.trigger)
        buttons.addButton(self.inspection_button, QDialogButtonBox.ButtonRole.ActionRole)
        hide_unless(session, Permission.INSPECT, self.inspection_action, self.inspection_button)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        self.refresh()
        available = self.screen().availableGeometry().size()
        self.resize(VIEW_SIZE.boundedTo(available * 0.9))

    @property
    def declaration_id(self) -> str:
        """The declaration shown."""
        return self._declaration_id

    def refresh(self) -> None:
        """Read the declaration again and show it (keeps the scroll position)."""
        self.detail = get_declaration(self._session, self._declaration_id,
                                      analyst=self._analyst)
        self.setWindowTitle(self.tr("Declaration {id}").format(id=self.detail.declaration_id))
        position = self.scroll_area.verticalScrollBar().value()
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(self._build(self.detail))
        self.scroll_area.verticalScrollBar().setValue(position)

    def start_inspection(self) -> InspectionRecord | None:
        """Ask for the kind of inspection, start it and show it (Ctrl+Shift+I)."""
        record = start_inspection_of(self, self._session, self._declaration_id)
        if record is not None:
            self.refresh()
            self.inspection_started.emit(record)
        return record

    def record_outcome(self, inspection_id: str) -> InspectionRecord | None:
        """Ask for an unfinished inspection's outcome and record it; ``None`` if cancelled."""
        detail = self.detail
        inspection = next((i for i in detail.inspections if i.id == inspection_id),
                          None) if detail is not None else None
        if inspection is None:
            return None
        record = inspection_dialogs.ask_outcome(self, self._session, inspection)
        self.refresh()  # also when refused: someone else may have recorded it
        if record is not None:
            self.changed.emit()
        return record

    def change_lane(self) -> LaneChange | None:
        """Ask for the new lane and the reason, store the change and show it."""
        current = self.detail.lane if self.detail is not None else None
        change = inspection_dialogs.ask_lane_change(self, self._session,
                                                    self._declaration_id, current)
        if change is not None:
            self.refresh()
            self.changed.emit()
        return change

    def shown_text(self) -> str:
        """Every text the view shows, one label a line (for tests and copying)."""
        widget = self.scroll_area.widget()
        if widget is None:
            return ""
        texts = [label.text() for label in widget.findChildren(QLabel)]
        texts += [box.title() for box in widget.findChildren(QGroupBox)]
        return "\n".join(texts)

    # -- building ----------------------------------------------------------------------
    def _build(self, detail: DeclarationDetail) -> QWidget:
        self.lane_button = None  # built again by the risk panel when there is an assessment
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self._header(detail))
        layout.addWidget(self._risk_panel(detail))
        layout.addWidget(self._parties(detail))
        layout.addWidget(self._documents(detail))
        layout.addWidget(self._goods(detail))
        layout.addWidget(self._amendments(detail))
        layout.addWidget(self._lane_changes(detail))
        layout.addWidget(self._inspections(detail))
        layout.addStretch(1)
        return content

    def _time(self, moment: datetime) -> str:
        return format_lodged(moment.astimezone(self._session.time_zone()))

    def _header(self, detail: DeclarationDetail) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _plain_label(detail.declaration_id, bold=True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        title.setObjectName("declarationTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Lodged:"), _plain_label(format_lodged(detail.lodged_at)))
        form.addRow(self.tr("Procedure:"), _plain_label(self.tr("{procedure} by {mode}").format(
            procedure=procedure_text(detail.procedure),
            mode=transport_mode_text(detail.transport_mode))))
        route = " › ".join(f"{_country(code)} ({code})" for code, _name in detail.route)
        form.addRow(self.tr("Route:"), _plain_label(route))
        form.addRow(self.tr("Crossing:"), _plain_label(detail.crossing))
        version = self.tr("{version}").format(version=detail.version)
        if detail.version > 1:
            version = self.tr("{version} (amended)").format(version=detail.version)
        form.addRow(self.tr("Version:"), _plain_label(version))
        layout.addLayout(form)
        return box

    def _risk_panel(self, detail: DeclarationDetail) -> QWidget:
        box = QGroupBox(self.tr("Risk"))
        box.setObjectName("riskPanel")
        layout = QVBoxLayout(box)
        assessment = detail.assessment
        if assessment is None:
            layout.addWidget(_plain_label(self.tr("Not screened yet.")))
            return box
        lane = detail.lane or assessment.lane
        top = QHBoxLayout()
        badge = _plain_label(lane_text(lane, assessment.random and lane == assessment.lane),
                             bold=True, wrap=False, selectable=False)
        badge.setObjectName("laneBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = (lane_colour(lane) or QColor("white")).name()
        # The lane's colour and its name: colour is never the only sign.
        badge.setStyleSheet(
            f"QLabel#laneBadge {{ background: {colour}; color: black;"
            " border: 1px solid #8a8a8a; border-radius: 3px; padding: 3px 18px; }")
        font = badge.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        badge.setFont(font)
        badge.setMinimumWidth(badge.fontMetrics().horizontalAdvance("M") * 8)
        top.addWidget(badge)
        facts = [self.tr("Score {score}").format(score=_number(assessment.score))]
        if assessment.random:
            facts.append(self.tr("selected at random"))
        facts.append(self.tr("profile {profile}, version {version}").format(
            profile=assessment.profile_id, version=assessment.profile_version))
        facts.append(self.tr("screened {when}").format(when=self._time(assessment.assessed_at)))
        top.addWidget(_plain_label(" · ".join(facts)), 1)
        self.lane_button = QPushButton(self.tr("Change &lane…"))
        self.lane_button.setObjectName("changeLaneButton")
        self.lane_button.setToolTip(self.tr("Move this declaration to another lane, with a"
                                            " reason (the screening result is kept)"))
        self.lane_button.setAutoDefault(False)
        self.lane_button.setMinimumHeight(inspection_dialogs.CONTROL_HEIGHT)
        self.lane_button.clicked.connect(self.change_lane)
        top.addWidget(self.lane_button, 0, Qt.AlignmentFlag.AlignTop)
        hide_unless(self._session, Permission.CHANGE_LANE, self.lane_button)
        layout.addLayout(top)
        if lane != assessment.lane:
            layout.addWidget(_plain_label(self.tr(
                "An officer changed the lane from {old} (see lane changes).").format(
                    old=lane_text(assessment.lane, assessment.random))))
        if not assessment.hits:
            layout.addWidget(_plain_label(self.tr("No rule hit.")))
        for hit in assessment.hits:
            layout.addWidget(self._hit(hit, assessment.profile_shipped))
        if detail.watch_matches:
            layout.addWidget(self._watch_matches(detail.watch_matches))
        return box

    def _watch_matches(self, matches: Sequence[WatchMatchView]) -> QWidget:
        rows = []
        for match in matches:
            listed = self.tr("{kind} '{name}'").format(kind=kind_word(match.entry_kind),
                                                        name=match.entry_name)
            score = self.tr("{score} (threshold {threshold})").format(
                score=format_score(match.score), threshold=format_score(match.threshold))
            rows.append([self.tr("{role}: {name}").format(role=role_text(match.role),
                                                          name=match.name),
                         listed, score, match.entry_note or "–"])
        box = self._grid(self.tr("Watch-list matches"),
                         [self.tr("In this declaration"), self.tr("Listed as"),
                          self.tr("Score"), self.tr("Note on the list")],
                         rows, "")
        box.setObjectName("watchMatches")
        return box

    def _hit(self, hit: HitView, shipped: bool) -> QWidget:
        # The rule's own texts: translated when the profile is borderdesk's, as the
        # analyst wrote them otherwise (rules/rule_texts.py).
        title, instruction_text, rationale_text = (
            rule_text(text, shipped) if text else text
            for text in (hit.title, hit.instruction, hit.rationale))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setSpacing(2)
        heading = QHBoxLayout()
        heading.addWidget(_plain_label(self.tr("{rule}: {title}").format(
            rule=hit.rule, title=title or hit.rule), bold=True), 1)
        weight = self.tr("weight {weight}").format(weight=_number(hit.weight))
        if hit.forced_lane:
            weight = self.tr("{weight}, sets the lane to {lane}").format(
                weight=weight, lane=lane_text(hit.forced_lane, False))
        weight_label = _plain_label(weight, wrap=False)
        weight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        heading.addWidget(weight_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        if hit.explanation:
            layout.addWidget(_plain_label(hit.explanation))
        if instruction_text:
            instruction = _plain_label(self.tr("Instruction: {text}").format(
                text=instruction_text), bold=True)
            instruction.setObjectName("instruction")
            layout.addWidget(instruction)
        if rationale_text:
            rationale = _plain_label(self.tr("Rationale (analysts): {text}").format(
                text=rationale_text))
            rationale.setObjectName("rationale")
            layout.addWidget(rationale)
        return frame

    def _parties(self, detail: DeclarationDetail) -> QWidget:
        box = QGroupBox(self.tr("Parties and vehicle"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for party in detail.parties:
            parts = [party.name]
            if party.country:
                parts.append(f"{_country(party.country)} ({party.country})")
            if party.address:
                parts.append(party.address)
            role = role_text(party.role)
            form.addRow(self.tr("{role}:").format(role=role), _plain_label(" · ".join(parts)))
        vehicle = detail.vehicle
        if vehicle is not None:
            parts = [vehicle.registration or "–"]
            if vehicle.country:
                parts.append(f"{_country(vehicle.country)} ({vehicle.country})")
            if vehicle.trailer:
                parts.append(self.tr("trailer {plate}").format(plate=vehicle.trailer))
            form.addRow(self.tr("Vehicle:"), _plain_label(" · ".join(parts)))
        if detail.seals:
            form.addRow(self.tr("Seals:"), _plain_label(", ".join(detail.seals)))
        if form.rowCount() == 0:
            form.addRow(_plain_label(self.tr("No parties recorded.")))
        return box

    def _grid(self, title: str, headings: Sequence[str], rows: Sequence[Sequence[str]],
              empty: str, *, wrapped: Sequence[int] = ()) -> QGroupBox:
        """A titled table of labels; the last column wraps and takes the spare width,
        those in ``wrapped`` wrap their longer texts."""
        box = QGroupBox(title)
        if not rows:
            QVBoxLayout(box).addWidget(_plain_label(empty))
            return box
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        last = len(headings) - 1
        for column, heading in enumerate(headings):
            grid.addWidget(_plain_label(heading, bold=True, wrap=False), 0, column)
        for number, row in enumerate(rows, start=1):
            for column, text in enumerate(row):
                # A wrapped label asks for little width: short texts stay on one line.
                wrap = column == last or (column in wrapped and len(text) > _SHORT)
                label = _plain_label(text, wrap=wrap)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, number, column)
        grid.setColumnStretch(last, 1)
        return box

    def _documents(self, detail: DeclarationDetail) -> QWidget:
        rows = []
        for document in detail.documents:
            until = document.valid_until.isoformat() if document.valid_until else "–"
            rows.append([document_type_text(document.type), document.reference,
                         until, _translate(_VALIDITY.get(document.validity, document.validity))])
        box = self._grid(self.tr("Documents"),
                         [self.tr("Type"), self.tr("Reference"), self.tr("Valid until"),
                          self.tr("On the lodging date")],
                         rows, self.tr("No documents declared."))
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            for number, document in enumerate(detail.documents, start=1):
                item = grid.itemAtPosition(number, 3)
                label = item.widget() if item is not None else None
                colour = VALIDITY_COLOURS.get(document.validity)
                if isinstance(label, QLabel) and colour is not None:
                    label.setObjectName(f"validity_{document.validity}")
                    label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        return box

    def _goods(self, detail: DeclarationDetail) -> QWidget:
        box = QGroupBox(self.tr("Goods lines ({count})").format(count=len(detail.goods)))
        layout = QVBoxLayout(box)
        self.goods_model.set_lines(detail.goods)
        table = QTableView()
        table.setObjectName("goodsTable")
        table.setModel(self.goods_model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 8
        table.verticalHeader().setDefaultSectionSize(row_height)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        table.resizeColumnsToContents()
        air = 2 * self.fontMetrics().averageCharWidth()  # a little room after each column
        for column in GoodsColumn:
            header.resizeSection(column, header.sectionSize(column) + air)
        header.setSectionResizeMode(GoodsColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        rows = max(1, min(len(detail.goods), GOODS_VISIBLE_ROWS))
        height = header.sizeHint().height() + rows * row_height + 2 * table.frameWidth()
        table.setFixedHeight(height)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.goods_table = table
        layout.addWidget(table)
        return box

    def _amendments(self, detail: DeclarationDetail) -> QWidget:
        # Grouped by version: the version and its lodging time only on its first change.
        lodged = {v.version: v.lodged_at for v in detail.versions}
        rows = []
        previous: tuple[int, int] | None = None
        for a in detail.amendments:
            versions, when = "", ""
            if (a.from_version, a.to_version) != previous:
                previous = (a.from_version, a.to_version)
                versions = self.tr("{old} → {new}").format(old=a.from_version, new=a.to_version)
                moment = lodged.get(a.to_version)
                when = (format_lodged(moment) if moment is not None
                        else self._time(parse_utc(a.amended_at)))
            rows.append([versions, when, field_words(a.field),
                         value_words(a.field, a.old_value), self.tr("→"),
                         value_words(a.field, a.new_value)])
        return self._grid(self.tr("Amendments"),
                          [self.tr("Version"), self.tr("Lodged"), self.tr("What changed"),
                           self.tr("Was"), "", self.tr("Now")],
                          rows, self.tr("Not amended: this is the declaration as lodged."),
                          wrapped=(3,))

    def _lane_changes(self, detail: DeclarationDetail) -> QWidget:
        rows = [[self._time(change.changed_at), change.changed_by,
                 self.tr("{old} → {new}").format(old=lane_text(change.from_lane, False),
                                                 new=lane_text(change.to_lane, False)),
                 change.reason]
                for change in detail.lane_changes]
        return self._grid(self.tr("Lane changes"),
                          [self.tr("When"), self.tr("Officer"), self.tr("Lane"),
                           self.tr("Reason")],
                          rows, self.tr("No officer changed the lane."))

    def _inspections(self, detail: DeclarationDetail) -> QWidget:
        rows = []
        for inspection in detail.inspections:
            if inspection.outcome is None:
                outcome = self.tr("in progress")
            else:
                outcome = outcome_text(inspection.outcome)
                if inspection.finished_at is not None:
                    outcome = self.tr("{outcome} ({who}, {when})").format(
                        outcome=outcome, who=inspection.finished_by or "–",
                        when=self._time(inspection.finished_at))
                if inspection.case_number:
                    outcome += "\n" + self.tr("Seizure case {number}").format(
                        number=inspection.case_number)
                if inspection.findings:
                    outcome += "\n" + inspection.findings
            rows.append([self._time(inspection.started_at), inspection.started_by,
                         kind_text(inspection.kind), outcome])
        box = self._grid(self.tr("Inspections"),
                         [self.tr("Started"), self.tr("Officer"), self.tr("Kind"),
                          self.tr("Outcome")],
                         rows, self.tr("No inspection yet."))
        self.outcome_buttons = {}
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            for number, inspection in enumerate(detail.inspections, start=1):
                if inspection.finished:
                    continue
                button = QPushButton(self.tr("Record &outcome…"))
                button.setObjectName("recordOutcomeButton")
                button.setToolTip(self.tr("Record the outcome and findings of this inspection"))
                button.setAutoDefault(False)
                button.setMinimumHeight(inspection_dialogs.CONTROL_HEIGHT)
                button.clicked.connect(
                    lambda _checked=False, ref=inspection.id: self.record_outcome(ref))
                grid.addWidget(button, number, 4, Qt.AlignmentFlag.AlignTop)
                self.outcome_buttons[inspection.id] = button
        return box
