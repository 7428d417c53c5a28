"""Trace-readiness: what a trace request still lacks (DOMAIN.md section 4, last paragraph).

Tracing fails in 40 to 70 % of cases because the serial number or the import marking
was not recorded. Before a trace request is exported each of these must be present,
or explicitly recorded as not present or obliterated: the serial number and where it
sits, the manufacturer, the model, the calibre, the country of manufacture, the import
marking, and a photo of every marking that was found.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderdesk.core.i18n import mark, tr
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.markings import KINDS, PLACES, Marking

#: What a trace request needs, in the order it is listed, with its label.
REQUIREMENTS: dict[str, str] = {
    "serial": mark("Serial number"), "serial_place": mark("Where the serial sits"),
    "manufacturer": mark("Manufacturer"), "model": mark("Model"), "calibre": mark("Calibre"),
    "country": mark("Country of manufacture"), "import": mark("Import marking"),
    "photos": mark("Photos of the markings"),
}
#: The states of one requirement; the first three satisfy it.
STATES: dict[str, str] = {
    "present": mark("present"), "not_present": mark("recorded as not present"),
    "obliterated": mark("recorded as obliterated"), "missing": mark("not recorded"),
}
_RECORD_FIELDS = {"manufacturer": "make", "model": "model", "calibre": "calibre",
                  "country": "country"}


@dataclass(frozen=True, slots=True)
class TraceCheck:
    """One requirement and its state, with what was recorded (or what to do)."""

    requirement: str
    label: str
    state: str
    detail: str

    @property
    def satisfied(self) -> bool:
        """Present, or explicitly recorded as not present or obliterated."""
        return self.state != "missing"


@dataclass(frozen=True, slots=True)
class TraceReadiness:
    """Whether a trace request can be made for an item, and what it still lacks."""

    applicable: bool
    checks: tuple[TraceCheck, ...]

    @property
    def ready(self) -> bool:
        """Every requirement satisfied (never for items that are not traced)."""
        return self.applicable and all(c.satisfied for c in self.checks)

    def gaps(self) -> tuple[str, ...]:
        """What is missing, in plain words, one line each."""
        return tuple(f"{c.label}: {c.detail}" for c in self.checks if not c.satisfied)


def trace_readiness(record: ItemRecord) -> TraceReadiness:
    """Check ``record`` against the trace requirements (ammunition is not traced so)."""
    if record.item_class == "ammunition" or record.category == "ammunition":
        return TraceReadiness(False, ())
    checks = [_marking_check("serial", record.markings, None)]
    checks.append(_serial_place(record.serials, checks[0].state))
    for kind in ("manufacturer", "model", "calibre", "country"):
        checks.append(_marking_check(kind, record.markings, getattr(record, _RECORD_FIELDS[kind])))
    checks.append(_marking_check("import", record.markings, None))
    checks.append(_photos(record.markings))
    return TraceReadiness(True, tuple(checks))


def _marking_check(kind: str, markings: tuple[Marking, ...], recorded: str | None) -> TraceCheck:
    found = [m for m in markings if m.kind == kind]
    label = tr(REQUIREMENTS[kind])
    legible = [m.text for m in found if m.legible]
    if legible or recorded:
        return TraceCheck(kind, label, "present", "; ".join(legible) or str(recorded))
    for state in ("obliterated", "unmarked"):
        if any(m.status == state for m in found):
            code = "obliterated" if state == "obliterated" else "not_present"
            return TraceCheck(kind, label, code, tr(STATES[code]))
    return TraceCheck(kind, label, "missing", tr(
        "not recorded: read it from the item, or record it as not present or obliterated"))


def _serial_place(serials: tuple[Marking, ...], serial_state: str) -> TraceCheck:
    label = tr(REQUIREMENTS["serial_place"])
    if serial_state in ("missing", "not_present"):
        code = "not_present" if serial_state == "not_present" else "missing"
        detail = tr(STATES[code]) if code == "not_present" else tr(
            "not recorded: record the serial number with where it sits")
        return TraceCheck("serial_place", label, code, detail)
    places = sorted({tr(PLACES[m.place]) for m in serials if m.status != "unmarked"})
    return TraceCheck("serial_place", label, "present", ", ".join(places))


def _photos(markings: tuple[Marking, ...]) -> TraceCheck:
    label = tr(REQUIREMENTS["photos"])
    # A marking recorded as not present has nothing to photograph.
    seen = [m for m in markings if m.status != "unmarked"]
    without = [m for m in seen if not m.photo]
    if not seen:
        return TraceCheck("photos", label, "not_present", tr("no marking to photograph"))
    if without:
        names = ", ".join(tr("{kind} ({place})", kind=tr(KINDS[m.kind]).lower(),
                             place=tr(PLACES[m.place]).lower()) for m in without)
        return TraceCheck("photos", label, "missing", tr("no photo of: {names}", names=names))
    return TraceCheck("photos", label, "present", tr("{count} photographed", count=len(seen)))
