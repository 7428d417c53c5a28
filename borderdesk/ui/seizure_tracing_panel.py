"""The Tracing tab of a seizure case: per item the national registry check, the iARMS query,
trace requests with their current status, whether the illicit origin was established;
and the persons involved (nominal data) with their criminal-justice follow-up.

Tracing and follow-up come after sign-off by nature, so adding them needs no reason;
a mistaken entry is withdrawn by a new entry with its reason. Persons are nominal data:
they stay at the station, which the tab says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.services.seizure_tracing import (
    Person,
    add_person,
    follow_up_entries,
    list_persons,
    record_follow_up,
    record_iarms_query,
    record_origin,
    record_registry_check,
    record_trace_request,
    record_trace_status,
    tracing_by_item,
    withdraw_entry,
)
from borderdesk.services.seizures import today
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import CasePanel, FormDialog, FormField, case_table


def _codes(name: str) -> list[tuple[str, str]]:
    table = seizure_codes()[name]
    return [(code, table.label(code)) for code in table.codes]


def _name(name: str, code: str | None) -> str:
    return seizure_codes()[name].label(code) if code else ""


@dataclass(frozen=True)
class TraceLine:
    """One line of the tracing table."""

    id: str
    item: int
    what: str
    date: str
    result: str
    reference: str
    note: str


def trace_lines(tracing: list[dict[str, Any]]) -> list[TraceLine]:
    """The per-item tracing of :func:`tracing_by_item` as table lines, in words."""
    lines: list[TraceLine] = []
    for entry in tracing:
        item = entry["item"]
        for check in entry["registry_checks"]:
            lines.append(TraceLine(check["id"], item, "registry", check["date"],
                                   _name("registry_result", check["registry_result"]),
                                   check["reference"], check["note"]))
        for query in entry["iarms_queries"]:
            lines.append(TraceLine(query["id"], item, "iarms", query["date"],
                                   _name("iarms_result", query["iarms_result"]),
                                   query["reference"], query["note"]))
        for request in entry["trace_requests"]:
            lines.append(TraceLine(
                request["id"], item, "request", request["date"],
                f"{request['country']} · {_name('trace_channel', request['channel'])} · "
                f"{_name('trace_status', request['status'])}",
                request["reference"], request["note"]))
        origin = entry["origin"]
        if origin is not None:
            lines.append(TraceLine("", item, "origin", "",
                                   _name("origin_how", origin["how"]) if origin["established"]
                                   else "", "", origin["note"]))
    return lines


_WHAT = {
    "registry": QT_TRANSLATE_NOOP("TracingModel", "National registry check"),
    "iarms": QT_TRANSLATE_NOOP("TracingModel", "INTERPOL iARMS query"),
    "request": QT_TRANSLATE_NOOP("TracingModel", "Trace request"),
    "origin": QT_TRANSLATE_NOOP("TracingModel", "Illicit origin"),
}


class TracingModel(RowsModel[TraceLine]):
    """The tracing of every item."""

    def __init__(self, parent: QObject | None = None) -> None:
        n = QT_TRANSLATE_NOOP

        def result(line: TraceLine) -> str:
            if line.what == "origin":
                return (self.tr("established: {how}").format(how=line.result) if line.result
                        else self.tr("not established"))
            return line.result

        super().__init__("TracingModel", [
            ColumnSpec(n("TracingModel", "Item"), n("TracingModel", "Item number"),
                       lambda t: str(t.item)),
            ColumnSpec(n("TracingModel", "What"), n("TracingModel", "Check, query or request"),
                       lambda t: self._translate(str(_WHAT[t.what]))),
            ColumnSpec(n("TracingModel", "Date"), n("TracingModel", "Date"), lambda t: t.date),
            ColumnSpec(n("TracingModel", "Result or status"),
                       n("TracingModel", "Result, or country, channel and current status"),
                       result),
            ColumnSpec(n("TracingModel", "Reference"), n("TracingModel", "Reference"),
                       lambda t: t.reference),
            ColumnSpec(n("TracingModel", "Note"), n("TracingModel", "Note"), lambda t: t.note),
        ], parent)


class PersonsModel(RowsModel[Person]):
    """The persons involved (nominal data)."""

    def __init__(self, parent: QObject | None = None) -> None:
        n = QT_TRANSLATE_NOOP
        super().__init__("PersonsModel", [
            ColumnSpec(n("PersonsModel", "Role"), n("PersonsModel", "Role in the case"),
                       lambda p: _name("person_role", p.role)),
            ColumnSpec(n("PersonsModel", "Name"), n("PersonsModel", "Name"), lambda p: p.name),
            ColumnSpec(n("PersonsModel", "Nationality"), n("PersonsModel", "ISO country code"),
                       lambda p: p.nationality or ""),
            ColumnSpec(n("PersonsModel", "Sex"), n("PersonsModel", "Sex"),
                       lambda p: _name("sex", p.sex)),
            ColumnSpec(n("PersonsModel", "Born"), n("PersonsModel", "Date of birth"),
                       lambda p: p.birth_date or ""),
            ColumnSpec(n("PersonsModel", "Document"), n("PersonsModel", "Identity document"),
                       lambda p: p.document),
        ], parent)


class FollowUpModel(RowsModel[dict[str, Any]]):
    """What became of the persons: arrested, prosecuted, convicted..."""

    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        n = QT_TRANSLATE_NOOP
        self.names = names
        super().__init__("FollowUpModel", [
            ColumnSpec(n("FollowUpModel", "Person"), n("FollowUpModel", "Person"),
                       lambda e: self.names.get(e["person_id"], e["person_id"])),
            ColumnSpec(n("FollowUpModel", "Stage"), n("FollowUpModel", "Stage"),
                       lambda e: _name("follow_up_stage", e["stage"])),
            ColumnSpec(n("FollowUpModel", "Date"), n("FollowUpModel", "Date"),
                       lambda e: e["date"]),
            ColumnSpec(n("FollowUpModel", "Offences"), n("FollowUpModel", "Offences"),
                       lambda e: "; ".join(_name("offence", o) for o in e["offences"])),
        ], parent)


class TracingPanel(CasePanel):
    """Tracing per item, persons and follow-up."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("tracingPanel")
        self.tracing_model = TracingModel(self)
        self.tracing = case_table(self.tracing_model, "tracingTable")
        self.persons_model = PersonsModel(self)
        self.persons = case_table(self.persons_model, "personsTable")
        self.follow_model = FollowUpModel({}, self)
        self.follow_up = case_table(self.follow_model, "followUpTable")
        buttons = QHBoxLayout()
        for text, kind, tip in (
                (self.tr("&Registry check…"), "registry",
                 self.tr("Record the national registry check of an item")),
                (self.tr("i&ARMS query…"), "iarms",
                 self.tr("Record an INTERPOL iARMS query and its result")),
                (self.tr("&Trace request…"), "request",
                 self.tr("Record a trace request sent to a country")),
                (self.tr("Request &status…"), "status",
                 self.tr("Record a new status of a trace request")),
                (self.tr("&Origin…"), "origin",
                 self.tr("Record whether the item's illicit origin was established"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=kind: self.record(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        withdraw = QPushButton(self.tr("&Withdraw entry…"))
        withdraw.setToolTip(self.tr("Withdraw the selected tracing entry, with a reason"))
        withdraw.clicked.connect(lambda: self.withdraw_selected())
        buttons.addWidget(withdraw)
        person = QPushButton(self.tr("Add &person…"))
        person.setToolTip(self.tr("A person involved (nominal data, kept at the station)"))
        person.clicked.connect(lambda: self.add_person())
        follow = QPushButton(self.tr("&Follow-up…"))
        follow.setToolTip(self.tr("Arrested, prosecuted, convicted...: for the yearly figures"))
        follow.clicked.connect(lambda: self.record_follow_up())
        grid = QGridLayout()
        tracing_label = QLabel(self.tr("Tracing of the items"))
        grid.addWidget(tracing_label, 0, 0, 1, 2)
        grid.addLayout(buttons, 1, 0, 1, 2)
        grid.addWidget(self.tracing, 2, 0, 1, 2)
        persons_label = QLabel(self.tr(
            "Persons involved — nominal data: stays at this station"))
        persons_label.setWordWrap(True)
        grid.addWidget(persons_label, 3, 0)
        grid.addWidget(QLabel(self.tr("Criminal-justice follow-up")), 3, 1)
        grid.addWidget(self.persons, 4, 0)
        grid.addWidget(self.follow_up, 4, 1)
        bar = QHBoxLayout()
        bar.addWidget(person)
        bar.addWidget(follow)
        bar.addStretch(1)
        grid.addLayout(bar, 5, 0, 1, 2)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(4, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.setFocusProxy(self.tracing)

    def refresh(self) -> None:
        """Read tracing, persons and follow-up again."""
        if self.case is None:
            return
        self.tracing_model.set_rows(trace_lines(tracing_by_item(self._session, self.case_id)))
        persons = list_persons(self._session, self.case_id)
        self.persons_model.set_rows(persons)
        self.follow_model.names = {p.id: p.name for p in persons}
        self.follow_model.set_rows(follow_up_entries(self._session, self.case_id))

    def _items(self) -> list[tuple[str, str]]:
        assert self.case is not None
        return [(str(i.number), self.tr("item {n}: {what}").format(n=i.number,
                                                                   what=i.description))
                for i in self.case.items]

    def _date(self) -> FormField:
        return FormField("on", self.tr("&Date"), required=True,
                         default=today(self._session).isoformat(), aliases=("date",))

    def record(self, kind: str) -> object | None:
        """Record a tracing entry of ``kind`` (registry, iarms, request, status, origin)."""
        item = FormField("item", self.tr("&Item"), "choice", self._items(), required=True)
        s, case = self._session, self.case_id
        note = FormField("note", self.tr("&Note"))
        reference = FormField("reference", self.tr("Re&ference"))
        title = self._translate_what(kind)
        if kind in ("registry", "iarms"):
            codes = "registry_result" if kind == "registry" else "iarms_result"
            fields = [item, FormField("result", self.tr("&Result"), "choice", _codes(codes),
                                      required=True, aliases=(codes,)),
                      self._date(), reference, note]
            call = record_registry_check if kind == "registry" else record_iarms_query

            def submit(v: dict[str, Any]) -> object:
                return call(s, case, int(v["item"]), v["result"], v["on"], v["reference"],
                            v["note"])
        elif kind == "request":
            fields = [item, FormField("country", self.tr("&Country (ISO code)"), required=True),
                      FormField("channel", self.tr("C&hannel"), "choice",
                                _codes("trace_channel"), required=True,
                                aliases=("trace_channel",)),
                      self._date(), reference,
                      FormField("status", self.tr("&Status"), "choice",
                                _codes("trace_status"), required=True, default="sent",
                                aliases=("trace_status",)), note]

            def submit(v: dict[str, Any]) -> object:
                return record_trace_request(s, case, int(v["item"]), v["country"],
                                            v["channel"], v["on"], v["reference"],
                                            v["status"], v["note"])
        elif kind == "status":
            requests = [(line.id, self.tr("item {n}: {what}").format(n=line.item,
                                                                     what=line.result))
                        for line in self.tracing_model.rows() if line.what == "request"]
            fields = [FormField("request", self.tr("&Request"), "choice", requests,
                                required=True),
                      FormField("status", self.tr("&Status"), "choice", _codes("trace_status"),
                                required=True, aliases=("trace_status",)),
                      self._date(), note]

            def submit(v: dict[str, Any]) -> object:
                return record_trace_status(s, case, v["request"], v["status"], v["on"],
                                           v["note"])
        else:
            fields = [item, FormField("established", self.tr("Origin &established"), "check"),
                      FormField("how", self.tr("&How"), "choice", _codes("origin_how")), note]

            def submit(v: dict[str, Any]) -> object:
                return record_origin(s, case, int(v["item"]), v["established"], v["how"],
                                     v["note"])
        return self.run(FormDialog(title, "", fields, submit, self))

    def _translate_what(self, kind: str) -> str:
        if kind == "status":
            return self.tr("Trace request status")
        return self.tracing_model._translate(str(_WHAT[kind]))

    def withdraw_selected(self) -> object | None:
        """Withdraw the selected tracing entry (always with a reason)."""
        index = self.tracing.currentIndex()
        if not index.isValid() or not self.tracing_model.row_value(index.row()).id:
            return None
        line = self.tracing_model.row_value(index.row())

        def submit(values: dict[str, Any]) -> bool:
            withdraw_entry(self._session, self.case_id, line.id, values["why"])
            return True

        return self.run(FormDialog(
            self.tr("Withdraw a tracing entry"), self.tr(
                "The entry stays in the history, marked withdrawn."),
            [FormField("why", self.tr("&Reason"), required=True)],
            submit, self))

    def add_person(self) -> object | None:
        """Record a person involved."""
        fields = [
            FormField("role", self.tr("&Role"), "choice", _codes("person_role"), required=True),
            FormField("role_note", self.tr("Role: n&ote")),
            FormField("name", self.tr("&Name"), required=True),
            FormField("nationality", self.tr("N&ationality (ISO code)")),
            FormField("sex", self.tr("&Sex"), "choice", _codes("sex")),
            FormField("birth_date", self.tr("&Born"), placeholder="1980-05-17"),
            FormField("document", self.tr("Identity &document")),
        ]

        def submit(v: dict[str, Any]) -> object:
            details = {k: v[k] for k in ("role_note", "nationality", "sex", "birth_date",
                                         "document") if v[k]}
            return add_person(self._session, self.case_id, v["role"], v["name"],
                              v.get("reason"), **details)

        return self.run(FormDialog(self.tr("Add a person"), self.tr(
            "Nominal data: it stays at this station."), fields, submit, self,
            amendment=self.locked))

    def record_follow_up(self) -> object | None:
        """Record what became of a person."""
        persons = [(p.id, p.name) for p in self.persons_model.rows()]
        fields = [
            FormField("person", self.tr("&Person"), "choice", persons, required=True),
            FormField("stage", self.tr("&Stage"), "choice", _codes("follow_up_stage"),
                      required=True),
            self._date(),
            FormField("offences", self.tr("&Offences"), "multi", _codes("offence"),
                      aliases=("offence",)),
            FormField("note", self.tr("&Note")),
        ]
        return self.run(FormDialog(
            self.tr("Criminal-justice follow-up"), "", fields,
            lambda v: record_follow_up(self._session, self.case_id, v["person"], v["stage"],
                                       v["on"], v["offences"], v["note"]), self))

