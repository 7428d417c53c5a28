"""The Custody tab of a seizure case: packages with their seals and label ids, the custody
table of the selected package, and the dialogs that make, seal and hand over a package.

A hand-over names both people: the one who releases the package (whoever holds it
now, filled in) and the one who receives it, and each confirms it in the dialog
before it is stored. :func:`services.custody.check_custody` is run on every refresh
and any gap in a stored chain is shown above the tables in words.

Nothing recorded is deleted: a mistaken package, seal or custody event is corrected or
withdrawn through :mod:`services.evidence_corrections`, with the reason. "Show withdrawn
and corrected" lists the withdrawn entries too (greyed) and marks the corrected ones;
an entry's tooltip tells what was corrected, by whom, when and why.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import UserInputError
from borderdesk.evidence.steps import step_text
from borderdesk.services.custody import (
    CustodyEvent,
    Package,
    check_custody,
    create_package,
    custody_events,
    list_packages,
    seal_package,
    transfer,
)
from borderdesk.services.evidence_corrections import (
    TransferCorrection,
    correct_package,
    correct_seal,
    correct_transfer,
    withdraw_package,
    withdraw_seal,
    withdraw_transfer,
)
from borderdesk.services.evidence_steps import steps_definition
from borderdesk.services.station import StationSession
from borderdesk.ui.seizure_common import (
    CasePanel,
    FormDialog,
    FormField,
    banner,
    case_table,
    local_text,
)
from borderdesk.ui.seizure_custody_models import (
    CustodyModel,
    PackagesModel,
    _t,
)


class TransferDialog(FormDialog):
    """A hand-over: both people named, and each confirms before it is stored."""

    def __init__(self, session: StationSession, package: Package,
                 parent: QWidget | None = None) -> None:
        purposes = [(p.id, step_text(p.label)) for p in steps_definition().custody_purposes]
        fields = [
            FormField("released_by", _t("&Released by"), required=True,
                      default=package.holder,
                      tip=_t("Who hands the package over: whoever holds it now")),
            FormField("received_by", _t("Re&ceived by"), required=True,
                      tip=_t("Who takes the package")),
            FormField("purpose", _t("&Purpose"), "choice", purposes, required=True),
            FormField("place", _t("P&lace"), required=True,
                      placeholder=_t("where it was handed over")),
            FormField("at", _t("&When"), placeholder=_t(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("note", _t("&Note")),
        ]
        super().__init__(
            _t("Hand over package {label}").format(label=package.label),
            _t("Package {label} ({seals}). Both people check the seals and confirm"
                    " below.").format(label=package.label,
                                      seals=", ".join(s.number for s in package.seals)
                                      or _t("no seal")),
            fields, self._store, parent, ok_text=_t("&Record hand-over"))
        self.setObjectName("transferDialog")
        self._session = session
        self._package = package
        self.released_confirms = QCheckBox()
        self.released_confirms.setObjectName("releasedConfirms")
        self.received_confirms = QCheckBox()
        self.received_confirms.setObjectName("receivedConfirms")
        box = QVBoxLayout()
        box.addWidget(self.released_confirms)
        box.addWidget(self.received_confirms)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, box)
        for key in ("released_by", "received_by"):
            editor = self.editors[key]
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(self._update)
        self.released_confirms.toggled.connect(self._update)
        self.received_confirms.toggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        values = self.values()
        released = values["released_by"] or self.tr("the releasing person")
        received = values["received_by"] or self.tr("the receiving person")
        self.released_confirms.setText(self.tr(
            "{name} hands over package {label}, seals intact").format(
                name=released, label=self._package.label))
        self.received_confirms.setText(self.tr(
            "{name} received package {label}, seals intact").format(
                name=received, label=self._package.label))
        self.ok_button.setEnabled(self.released_confirms.isChecked()
                                  and self.received_confirms.isChecked())

    def _store(self, values: dict[str, Any]) -> CustodyEvent:
        if not (self.released_confirms.isChecked() and self.received_confirms.isChecked()):
            raise UserInputError(self.tr("Both people must confirm the hand-over."))
        return transfer(self._session, self._package.id, values["released_by"],
                        values["received_by"], values["purpose"], values["place"],
                        at=values["at"] or None, note=values["note"])


class CustodyPanel(CasePanel):
    """Packages, seals and the custody table, with make, seal and hand-over."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("custodyPanel")
        self.packages_model = PackagesModel(session, self)
        self.packages = case_table(self.packages_model, "packagesTable")
        self.events_model = CustodyModel(session, self)
        self.events = case_table(self.events_model, "custodyTable")
        self.problems = banner()
        self.problems.setObjectName("custodyProblems")
        self.package_button = QPushButton(self.tr("&Make package…"))
        self.package_button.setToolTip(self.tr(
            "Pack an item, or its rounds or parts (records the packaging step)"))
        self.package_button.clicked.connect(lambda: self.make_package())
        self.seal_button = QPushButton(self.tr("&Seal…"))
        self.seal_button.setToolTip(self.tr(
            "Put seals on the selected package (records the seal step)"))
        self.seal_button.clicked.connect(lambda: self.seal())
        self.transfer_button = QPushButton(self.tr("&Hand over…"))
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.setToolTip(self.tr(
            "Record that the selected package changes hands; both people confirm"))
        self.transfer_button.clicked.connect(lambda: self.hand_over())
        # Corrections are rarer than the day's work: one menu, so the bar stays short.
        self.fix_button = QPushButton(self.tr("Correct&ions"))
        self.fix_button.setObjectName("packageCorrections")
        self.fix_button.setToolTip(self.tr(
            "Correct or withdraw the selected package or one of its seals, with the reason"))
        menu = QMenu(self.fix_button)
        self.correct_package_action = menu.addAction(
            self.tr("Correct &package…"), lambda: self.correct_package())
        self.withdraw_package_action = menu.addAction(
            self.tr("&Withdraw package…"), lambda: self.withdraw_package())
        self.correct_seal_action = menu.addAction(
            self.tr("Correct &seal…"), lambda: self.correct_seal())
        self.withdraw_seal_action = menu.addAction(
            self.tr("Withdraw s&eal…"), lambda: self.withdraw_seal())
        self.fix_button.setMenu(menu)
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn and c&orrected"))
        self.show_withdrawn.setObjectName("showWithdrawn")
        self.show_withdrawn.setToolTip(self.tr(
            "List withdrawn packages, seals and hand-overs too (greyed) and mark the"
            " corrected ones; the tooltip tells what was corrected, by whom, when and why"))
        self.show_withdrawn.toggled.connect(self._show_history)
        bar = QHBoxLayout()
        bar.addWidget(self.package_button)
        bar.addWidget(self.seal_button)
        bar.addWidget(self.transfer_button)
        bar.addWidget(self.fix_button)
        bar.addStretch(1)
        bar.addWidget(self.show_withdrawn)
        self.correct_event_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_event_button.setObjectName("correctEvent")
        self.correct_event_button.setToolTip(self.tr(
            "Correct the selected hand-over; the entry as recorded is kept"))
        self.correct_event_button.clicked.connect(lambda: self.correct_event())
        self.withdraw_event_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_event_button.setObjectName("withdrawEvent")
        self.withdraw_event_button.setToolTip(self.tr(
            "Withdraw the selected hand-over (recorded by mistake); it is kept as withdrawn"))
        self.withdraw_event_button.clicked.connect(lambda: self.withdraw_event())
        event_bar = QHBoxLayout()
        event_bar.addWidget(self.correct_event_button)
        event_bar.addWidget(self.withdraw_event_button)
        event_bar.addStretch(1)
        self.notice = banner()
        self.notice.setObjectName("correctionNotice")
        self.events_label = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        packages_label = QLabel(self.tr("&Packages"))
        packages_label.setBuddy(self.packages)
        top_layout.addWidget(packages_label)
        top_layout.addWidget(self.packages, 1)
        top_layout.addLayout(bar)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.events_label.setBuddy(self.events)
        bottom_layout.addWidget(self.events_label)
        bottom_layout.addWidget(self.events, 1)
        bottom_layout.addLayout(event_bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.packages)
        self.packages.selectionModel().currentRowChanged.connect(self._show_events)
        self.events.selectionModel().currentRowChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        """Read the packages, the chains and their gaps again."""
        if self.case is None:
            return
        row = max(0, self.packages.currentIndex().row())
        was = self.selected_package()
        history = self.show_withdrawn.isChecked()
        packages = list_packages(self._session, self.case_id, include_withdrawn=history)
        self.packages_model.set_rows(packages)
        # Keep the same package selected when rows come and go (history shown, withdrawn).
        ids = [p.id for p in packages]
        if was is not None and was.id in ids:
            row = ids.index(was.id)
        if packages:
            self.packages.setCurrentIndex(self.packages_model.index(
                min(row, len(packages) - 1), 0))
        gaps = check_custody(self._session, self.case_id)
        self.problems.setText(self.tr("The chain of custody has gaps:") + "\n"
                              + "\n".join(str(gap) for gap in gaps) if gaps else "")
        self.problems.setVisible(bool(gaps))
        self._show_events()

    def selected_package(self) -> Package | None:
        """The package selected."""
        index = self.packages.currentIndex()
        return self.packages_model.row_value(index.row()) if index.isValid() else None

    def select_package(self, label: str) -> None:
        """Select the package with that label."""
        for row, package in enumerate(self.packages_model.rows()):
            if package.label == label:
                self.packages.setCurrentIndex(self.packages_model.index(row, 0))
                return
        raise KeyError(label)

    def selected_event(self) -> CustodyEvent | None:
        """The custody event selected."""
        index = self.events.currentIndex()
        return self.events_model.row_value(index.row()) if index.isValid() else None

    def select_event(self, seq: int) -> None:
        """Select the (current) custody event with that number."""
        for row, event in enumerate(self.events_model.rows()):
            if event.seq == seq and not event.withdrawn:
                self.events.setCurrentIndex(self.events_model.index(row, 0))
                return
        raise KeyError(seq)

    def _show_history(self, on: bool) -> None:
        self.packages_model.show_history = self.events_model.show_history = on
        self.refresh()

    def _show_events(self, *_args: object) -> None:
        package = self.selected_package()
        self.events_model.set_rows(custody_events(
            self._session, package.id, include_withdrawn=self.show_withdrawn.isChecked())
            if package else [])
        self.events_label.setText(
            self.tr("&Custody of package {label}").format(label=package.label) if package
            else self.tr("&Custody (select a package)"))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        package = self.selected_package()
        live = package is not None and not package.withdrawn
        self.seal_button.setEnabled(live and package is not None and not package.closed)
        self.transfer_button.setEnabled(live and package is not None and bool(package.seals)
                                        and not package.closed)
        self.fix_button.setEnabled(live)
        has_seals = live and package is not None and bool(package.seals)
        self.correct_seal_action.setEnabled(has_seals)
        self.withdraw_seal_action.setEnabled(has_seals)
        event = self.selected_event()
        open_event = live and event is not None and not event.withdrawn
        self.correct_event_button.setEnabled(open_event)
        self.withdraw_event_button.setEnabled(open_event)

    def make_package(self) -> object | None:
        """Pack items (or their rounds or parts)."""
        assert self.case is not None
        items = [(str(i.number), self.tr("item {n}: {what}").format(
            n=i.number, what=i.description)) for i in self.case.items]
        kinds = [(k.id, step_text(k.label)) for k in steps_definition().package_kinds]
        fields = [
            FormField("items", self.tr("&Items in it (or whose rounds or parts)"), "multi",
                      items, required=True),
            FormField("kind", self.tr("&Kind"), "choice", kinds, required=True),
            FormField("contents", self.tr("&Contents")),
            FormField("at", self.tr("&When"), placeholder=self.tr(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("by", self.tr("Packed &by"), default=self._session.actor),
        ]

        def submit(values: dict[str, Any]) -> Package:
            return create_package(self._session, self.case_id, values["items"], values["kind"],
                                  values["contents"], at=values["at"] or None,
                                  by=values["by"] or None,
                                  deviation_reason=values.get("deviation_reason"),
                                  reason=values.get("reason"))

        return self.run(FormDialog(
            self.tr("Make a package"), self.tr(
                "Rigid box, ties not through the barrel, paper not plastic; ammunition,"
                " magazines and parts apart. The label id is given when it is stored."),
            fields, submit, self, amendment=self.locked, deviation=True))

    def seal(self) -> object | None:
        """Seal the selected package."""
        package = self.selected_package()
        if package is None:
            return None
        fields = [
            FormField("seals", self.tr("&Seal numbers"), required=True,
                      placeholder=self.tr("several: separate them with ;")),
            FormField("at", self.tr("&When"), placeholder=self.tr(
                "now, or 2026-11-28 14:05 (station time)")),
            FormField("by", self.tr("Sealed &by"), default=self._session.actor,
                      tip=self.tr("The sealing officer is the package's first holder")),
        ]

        def submit(values: dict[str, Any]) -> Package:
            numbers = [n.strip() for n in re.split(r"[;\n]", values["seals"]) if n.strip()]
            return seal_package(self._session, package.id, numbers, at=values["at"] or None,
                                by=values["by"] or None,
                                deviation_reason=values.get("deviation_reason"),
                                reason=values.get("reason"))

        return self.run(FormDialog(
            self.tr("Seal package {label}").format(label=package.label),
            self.tr("Photograph the sealed package afterwards (Photos tab, linked to the"
                    " package)."), fields, submit, self, amendment=self.locked,
            deviation=True))

    def hand_over(self) -> object | None:
        """Record a custody transfer of the selected package."""
        package = self.selected_package()
        if package is None:
            return None
        return self.run(TransferDialog(self._session, package, self))

    # Corrections: the entry as recorded is kept; a new entry names it, with the reason.

    def _why(self) -> FormField:
        return FormField("why", self.tr("&Reason for the correction"), required=True,
                         tip=self.tr("What was wrong; kept with the entry, with who and"
                                     " when"))

    def _tell(self, done: str, result: TransferCorrection) -> None:
        # The chain check names these gaps too, but only here does the officer learn
        # that this correction caused them and which events to correct next.
        self.notice.setText(done + ("\n" + self.tr(
            "These later hand-overs no longer follow on; correct them too:") + "\n"
            + "\n".join(result.later_problems) if result.later_problems else ""))
        self.notice.setVisible(bool(result.later_problems))

    def correct_event(self) -> object | None:
        """Correct the selected custody event (its values as they stand filled in)."""
        package, event = self.selected_package(), self.selected_event()
        if package is None or event is None or event.withdrawn:
            return None
        zone = self._session.time_zone()
        at = local_text(event.at, zone)
        purposes = [(p.id, step_text(p.label)) for p in steps_definition().custody_purposes]
        fields = [
            FormField("released_by", self.tr("Released &by"), required=True,
                      default=event.released_by),
            FormField("received_by", self.tr("Re&ceived by"), required=True,
                      default=event.received_by),
            FormField("purpose", self.tr("&Purpose"), "choice", purposes, required=True,
                      default=event.purpose),
            FormField("place", self.tr("P&lace"), required=True, default=event.place),
            FormField("at", self.tr("&When"), required=True, default=at,
                      placeholder=self.tr("2026-11-28 14:05 (station time)")),
            FormField("note", self.tr("&Note"), default=event.note),
            self._why(),
        ]

        def submit(values: dict[str, Any]) -> TransferCorrection:
            return correct_transfer(
                self._session, package.id, event.seq, reason=values["why"],
                released_by=values["released_by"], received_by=values["received_by"],
                purpose=values["purpose"], place=values["place"],
                # Shown to the minute: unchanged text keeps the stored time as it was.
                at=None if values["at"] == at else values["at"], note=values["note"])

        result = self.run(FormDialog(
            self.tr("Correct hand-over {seq} of package {label}").format(
                seq=event.seq, label=package.label),
            self.tr("Change what was recorded wrongly. The entry as recorded is kept and"
                    " shown as corrected."), fields, submit, self,
            ok_text=self.tr("&Correct")))
        if isinstance(result, TransferCorrection):
            self._tell(self.tr("Hand-over {seq} corrected.").format(seq=event.seq), result)
        return result

    def withdraw_event(self) -> object | None:
        """Withdraw the selected custody event, with the reason."""
        package, event = self.selected_package(), self.selected_event()
        if package is None or event is None or event.withdrawn:
            return None

        def submit(values: dict[str, Any]) -> TransferCorrection:
            return withdraw_transfer(self._session, package.id, event.seq,
                                     reason=values["why"])

        result = self.run(FormDialog(
            self.tr("Withdraw hand-over {seq} of package {label}").format(
                seq=event.seq, label=package.label),
            self.tr("{released} to {received}, {place}. It is kept, shown as withdrawn;"
                    " recorded on the wrong package? Record it again on the right one.")
            .format(released=event.released_by, received=event.received_by,
                    place=event.place), [self._why()], submit, self,
            ok_text=self.tr("&Withdraw")))
        if isinstance(result, TransferCorrection):
            self._tell(self.tr("Hand-over {seq} withdrawn.").format(seq=event.seq), result)
        return result

    def correct_package(self) -> object | None:
        """Correct the selected package's kind, items or contents."""
        package = self.selected_package()
        if package is None or package.withdrawn or self.case is None:
            return None
        items = [(str(i.number), self.tr("item {n}: {what}").format(
            n=i.number, what=i.description)) for i in self.case.items]
        kinds = [(k.id, step_text(k.label)) for k in steps_definition().package_kinds]
        fields = [
            FormField("kind", self.tr("&Kind"), "choice", kinds, required=True,
                      default=package.kind),
            FormField("items", self.tr("&Items in it"), "multi", items, required=True,
                      default=package.items),
            FormField("contents", self.tr("&Contents"), default=package.contents),
            self._why(),
        ]

        def submit(values: dict[str, Any]) -> Package:
            return correct_package(self._session, package.id, reason=values["why"],
                                   kind=values["kind"], items=values["items"],
                                   contents=values["contents"])

        return self.run(FormDialog(
            self.tr("Correct package {label}").format(label=package.label),
            self.tr("Items taken out lose this package's step records; items put in get"
                    " them."), fields, submit, self, ok_text=self.tr("&Correct")))

    def withdraw_package(self) -> object | None:
        """Withdraw the selected package (one that should not have been made)."""
        package = self.selected_package()
        if package is None or package.withdrawn:
            return None

        def submit(values: dict[str, Any]) -> Package:
            return withdraw_package(self._session, package.id, reason=values["why"])

        return self.run(FormDialog(
            self.tr("Withdraw package {label}").format(label=package.label),
            self.tr("The package and its step records are kept, shown as withdrawn. A"
                    " package that changed hands: withdraw its hand-overs first."),
            [self._why()], submit, self, ok_text=self.tr("&Withdraw")))

    def _seal_field(self, package: Package) -> FormField:
        seals = [(s.number, s.number) for s in package.seals]
        return FormField("seal", self.tr("&Seal"), "choice", seals, required=True,
                         default=seals[0][0] if seals else None)

    def correct_seal(self) -> object | None:
        """Correct a seal of the selected package: its number, time or officer."""
        package = self.selected_package()
        if package is None or package.withdrawn or not package.seals:
            return None
        keep = self.tr("leave empty to keep it")
        fields = [
            self._seal_field(package),
            FormField("number", self.tr("Right &number"), placeholder=keep),
            FormField("at", self.tr("Sealed &at"), placeholder=self.tr(
                "2026-11-28 14:05 (station time); leave empty to keep it")),
            FormField("by", self.tr("Sealed &by"), placeholder=keep),
            self._why(),
        ]

        def submit(values: dict[str, Any]) -> Package:
            return correct_seal(self._session, package.id, values["seal"],
                                reason=values["why"], number=values["number"] or None,
                                at=values["at"] or None, by=values["by"] or None)

        return self.run(FormDialog(
            self.tr("Correct a seal of package {label}").format(label=package.label),
            self.tr("A seal number typed wrongly, or the wrong time or officer."), fields,
            submit, self, ok_text=self.tr("&Correct")))

    def withdraw_seal(self) -> object | None:
        """Withdraw a seal of the selected package (recorded by mistake)."""
        package = self.selected_package()
        if package is None or package.withdrawn or not package.seals:
            return None

        def submit(values: dict[str, Any]) -> Package:
            return withdraw_seal(self._session, package.id, values["seal"],
                                 reason=values["why"])

        return self.run(FormDialog(
            self.tr("Withdraw a seal of package {label}").format(label=package.label),
            self.tr("The seal is kept, shown as withdrawn, and its number is free again."),
            [self._seal_field(package), self._why()], submit, self,
            ok_text=self.tr("&Withdraw")))
