"""The IAFQ yearly tables from plain case facts: a generated year with known answers,
totals that agree across tables for any facts, and the data file's checks."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core.errors import DataFileError
from borderdesk.core.paths import resource_path
from borderdesk.reports.iafq import YearTables, year_tables
from borderdesk.reports.iafq_codes import load_iafq_codes
from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts, PersonFacts

TYPES = ("pistol", "revolver", "rifle_carbine", "shotgun", "submachine_gun", "light_weapon",
         "unknown")
EVENTS = ("seized", "found", "surrendered")
CONTEXTS = ("trafficking", "drugs", "organised_crime", "unknown", None)
LEGAL = ("illicit_possession", "illicit_trafficking", "illicit_marking", None)
PARTS = ("barrel", "slide", "upper_receiver", "lower_receiver", "magazine")


@dataclass
class Expected:
    """What the generator put in, counted as it went (the known answers)."""

    arms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, event)
    events: Counter[str] = field(default_factory=Counter)
    largest: Counter[str] = field(default_factory=Counter)
    legal: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)
    pieces: Counter[str] = field(default_factory=Counter)
    rounds: Counter[str] = field(default_factory=Counter)
    origin: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    answered: int = 0
    registry: int = 0
    arrested: int = 0
    arrested_women: int = 0
    arrested_foreigners: int = 0
    significant: list[str] = field(default_factory=list)
    left_out: set[str] = field(default_factory=set)


def generate_year(seed: int, count: int, year: int = 2026) -> tuple[list[CaseFacts], Expected]:
    """``count`` cases across ``year`` (plus a few in the years around it), with every
    figure the tables should show counted independently."""
    rng = random.Random(seed)
    cases: list[CaseFacts] = []
    want = Expected()
    for n in range(count):
        number = f"RS-BAT-{year}-{n + 1:05d}"
        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        status = "signed_off" if rng.random() < 0.85 else "open"
        event = rng.choice(EVENTS)
        context, legal = rng.choice(CONTEXTS), rng.choice(LEGAL)
        items: list[ItemFacts] = []
        arms_here = rng.choice((0, 1, 1, 2, 3, 6))
        kinds = Counter[str]()
        for _ in range(arms_here):
            kind = rng.choice(TYPES)
            statuses = tuple(rng.choice(("sent", "answered", "refused", "acknowledged"))
                             for _ in range(rng.randrange(3)))
            how = rng.choice((None, None, "tracing", "competent_authority"))
            registry = rng.randrange(2)
            items.append(ItemFacts("firearm", 1, kind, "light_weapon" if kind == "light_weapon"
                                   else "firearm", country=rng.choice(("AT", "TR", None)),
                                   registry_checks=registry, trace_statuses=statuses,
                                   origin_how=how))
            kinds[kind] += 1
            if status == "signed_off":
                want.arms[(kind, event)] += 1
                want.requests += len(statuses)
                want.answered += sum(s in ("answered", "refused") for s in statuses)
                want.registry += registry > 0
                if how:
                    want.origin[how] += 1
        # an accessory looks like a firearm in the record but is not an arm
        if rng.random() < 0.1:
            items.append(ItemFacts("firearm", 1, "unknown", "accessory"))
        parts = rng.choice(PARTS)
        pieces = rng.choice((0, 0, 2, 10))
        if pieces:
            items.append(ItemFacts("parts", pieces, "part", component=parts))
        rounds = rng.choice((0, 50, 120))
        if rounds:
            items.append(ItemFacts("ammunition", rounds, "ammunition", calibre="9x19"))
        women = rng.random() < 0.3
        foreign = rng.random() < 0.5
        persons = (PersonFacts("female" if women else "male", "TR" if foreign else "RS",
                               frozenset({"arrested"})),) if rng.random() < 0.4 else ()
        fields: dict[str, object] = {"event_type": event, "route_departure": "TR",
                                     "route_destination": "AT"}
        if context:
            fields["criminal_context"] = context
        if legal:
            fields["legal_justification"] = legal
        cases.append(CaseFacts(number, status, day, True, "RS-BAT", fields, tuple(items),
                               persons))
        if status != "signed_off":
            want.left_out.add(number)
            continue
        want.events[event] += 1
        want.largest[event] = max(want.largest[event], arms_here)
        want.legal[legal or "unknown"] += arms_here
        want.context[context or "unknown"] += arms_here
        if pieces:
            want.pieces[{"upper_receiver": "receiver", "lower_receiver": "receiver"}.get(
                parts, parts)] += pieces
        want.rounds["9x19"] += rounds
        if persons:
            want.arrested += 1
            want.arrested_women += women
            want.arrested_foreigners += foreign
        if arms_here >= 5 or kinds["light_weapon"] or context == "trafficking":
            want.significant.append(number)
    # events of other years are neither counted nor "left out"
    cases.append(CaseFacts("RS-BAT-2025-00001", "signed_off", date(year - 1, 12, 31), True,
                           "RS-BAT", {"event_type": "seized"}, (ItemFacts("firearm"),)))
    cases.append(CaseFacts("RS-BAT-2027-00001", "signed_off", date(year + 1, 1, 1), True,
                           "RS-BAT", {"event_type": "seized"}, (ItemFacts("firearm"),)))
    return cases, want


@pytest.fixture(scope="module")
def generated() -> tuple[YearTables, Expected]:
    cases, want = generate_year(7, 400)
    return year_tables(cases, 2026, station_country="RS"), want


def test_arms_by_type_and_events_match_the_generated_year(
        generated: tuple[YearTables, Expected]) -> None:
    tables, want = generated
    arms = tables["arms-by-type"]
    for kind in TYPES:
        for event in EVENTS:
            assert arms.value(kind, event) == want.arms[(kind, event)], (kind, event)
    total = sum(want.arms.values())
    assert arms.value("total", "total") == total
    events = tables["events"]
    for event in EVENTS:
        row = events.row(event)
        arms_of_type = sum(n for (_, e), n in want.arms.items() if e == event)
        assert (row["events"], row["arms"], row["largest_event"]) == (
            want.events[event], arms_of_type, want.largest[event])
        assert row["arms_per_event"] == round(arms_of_type / want.events[event], 2)
    assert events.value("total", "events") == sum(want.events.values())
    assert events.value("total", "arms") == total


def test_every_arms_table_adds_up_to_the_same_total(
        generated: tuple[YearTables, Expected]) -> None:
    tables, want = generated
    total = sum(want.arms.values())
    for table_id in ("legal-justification", "criminal-context", "manufacture-country"):
        table = tables[table_id]
        assert table.value("total", "total") == total, table_id
        assert sum(int(r[-1] or 0) for r in table.rows if r[0] != "total") == total
    assert tables["routes"].value("total", "arms") == total
    assert tables["tracing"].value("arms", "count") == total
    for code, count in want.legal.items():
        assert tables["legal-justification"].value(code, "total") == count
    for code, count in want.context.items():
        assert tables["criminal-context"].value(code, "total") == count


def test_parts_ammunition_tracing_sdg_and_persons_are_right(
        generated: tuple[YearTables, Expected]) -> None:
    tables, want = generated
    for code, pieces in want.pieces.items():
        assert tables["parts-components"].value(code, "pieces") == pieces
    assert tables["parts-components"].value("total", "pieces") == sum(want.pieces.values())
    assert tables["ammunition"].value("9x19", "rounds") == want.rounds["9x19"]
    tracing = tables["tracing"]
    assert tracing.value("requests_sent", "count") == want.requests
    assert tracing.value("requests_answered", "count") == want.answered
    assert tracing.value("registry_checks", "count") == want.registry
    assert tracing.value("origin_by_tracing", "count") == want.origin["tracing"]
    assert tracing.value("origin_otherwise", "count") == want.origin["competent_authority"]
    sdg = tables["sdg-16-4-2"]
    numerator = want.origin["tracing"] + want.origin["competent_authority"]
    denominator = sum(want.arms.values())
    assert (sdg.value("numerator", "value"), sdg.value("denominator", "value")) == (
        numerator, denominator)
    assert sdg.value("proportion", "value") == round(numerator / denominator, 4)
    persons = tables["persons"].row("arrested")
    assert (persons["total"], persons["women"], persons["foreigners"]) == (
        want.arrested, want.arrested_women, want.arrested_foreigners)
    assert persons["men"] == want.arrested - want.arrested_women
    assert persons["nationals"] == want.arrested - want.arrested_foreigners


def test_significant_seizures_and_left_out_events_are_listed(
        generated: tuple[YearTables, Expected]) -> None:
    tables, want = generated
    significant = tables["significant-seizures"]
    assert sorted(str(r[0]) for r in significant.rows) == sorted(want.significant)
    for table in tables.tables:
        assert {item.case for item in table.left_out} == want.left_out, table.id
        assert all("signed off" in item.reason for item in table.left_out)
    assert not set(tables.counted) & want.left_out
    assert not {"RS-BAT-2025-00001", "RS-BAT-2027-00001"} & set(tables.counted)


def test_an_event_without_a_seizure_date_or_station_country_is_said_so() -> None:
    case = CaseFacts("C-1", "signed_off", date(2026, 5, 1), False, "RS-BAT",
                     {"event_type": "found"}, (ItemFacts("firearm", category="pistol"),),
                     (PersonFacts("female", "RS", frozenset({"arrested"})),))
    tables = year_tables([case], 2026, station_country=None)
    assert any("C-1" in remark and "opened" in remark for remark in tables.remarks)
    assert any("country is not set" in remark for remark in tables.remarks)
    assert tables["persons"].value("arrested", "nationals") is None
    assert tables["sdg-16-4-2"].value("proportion", "value") == 0.0
    empty = year_tables([], 2026)
    assert empty["sdg-16-4-2"].value("proportion", "value") is None
    assert empty["events"].value("seized", "arms_per_event") is None


def test_a_converted_alarm_pistol_counts_as_an_arm_and_an_unconverted_one_does_not() -> None:
    alarm = ItemFacts("firearm", category="pistol", item_class="other_weapon",
                      flags=frozenset({"alarm_signal"}))
    converted = ItemFacts("firearm", category="pistol", item_class="other_weapon",
                          flags=frozenset({"alarm_signal", "converted"}))
    cases = [CaseFacts(f"C-{n}", "signed_off", date(2026, 5, n), True, "RS-BAT",
                       {"event_type": "seized"}, (item,), ())
             for n, item in ((1, alarm), (2, converted))]
    tables = year_tables(cases, 2026, station_country="RS")
    assert tables["arms-by-type"].value("pistol", "seized") == 1
    assert tables["events"].value("seized", "arms") == 1


_item = st.builds(
    ItemFacts, kind=st.sampled_from(("firearm", "parts", "ammunition")),
    quantity=st.integers(1, 500), category=st.sampled_from((*TYPES, "part", "nonsense")),
    item_class=st.sampled_from((None, "firearm", "accessory", "light_weapon")),
    component=st.sampled_from((None, *PARTS, "other")),
    calibre=st.sampled_from((None, "9x19", "=cmd", "762x39")),
    country=st.sampled_from((None, "AT", "XX")),
    trace_statuses=st.lists(st.sampled_from(("sent", "answered")), max_size=2).map(tuple),
    origin_how=st.sampled_from((None, "tracing", "competent_authority")))
_case = st.builds(
    CaseFacts, case_number=st.text("ABC123", min_size=1, max_size=6),
    status=st.sampled_from(("open", "signed_off")),
    day=st.dates(date(2025, 12, 25), date(2027, 1, 5)),
    fields=st.fixed_dictionaries({}, optional={
        "event_type": st.sampled_from(EVENTS), "criminal_context": st.sampled_from(CONTEXTS),
        "legal_justification": st.sampled_from(LEGAL),
        "route_departure": st.sampled_from(("TR", "BG"))}),
    items=st.lists(_item, max_size=5).map(tuple))


@settings(max_examples=60, deadline=None)
@given(st.lists(_case, max_size=15))
def test_totals_agree_across_tables_for_any_cases(cases: list[CaseFacts]) -> None:
    tables = year_tables(cases, 2026)
    total = tables["arms-by-type"].value("total", "total")
    assert tables["events"].value("total", "arms") == total
    assert tables["routes"].value("total", "arms") == total
    assert tables["tracing"].value("arms", "count") == total
    assert tables["sdg-16-4-2"].value("denominator", "value") == total
    for table_id in ("legal-justification", "criminal-context", "manufacture-country"):
        assert tables[table_id].value("total", "total") == total
    numerator = tables["sdg-16-4-2"].value("numerator", "value")
    assert isinstance(numerator, int) and 0 <= numerator <= int(total or 0)
    in_year = [c for c in cases if c.day.year == 2026]
    assert len(tables.counted) + len(tables["events"].left_out) == len(in_year)


@pytest.mark.parametrize(("change", "line_text", "words"), [
    ("    - {code: receiver, name: Receiver, from: [receiver, upper_receiver, "
     "lower_receiver]}", "from: [receiver, trigger]", "'trigger' is not one of"),
    ("  min_arms: 5", "min_arms: 0", "must be 1 or more"),
    ("    - {code: men, name: Men, from: [male]}", "from: [female]",
     "already counted in row"),
    ("  - id: persons", "id: people", "not one of the tables"),
])
def test_a_broken_tables_file_is_refused_naming_its_line(
        tmp_path: Path, change: str, line_text: str, words: str) -> None:
    text = resource_path("codelists", "iafq.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(change[:30]))
    key = line_text.split(":")[0]
    original = lines[index]
    if key == "from":
        lines[index] = original[:original.index("from:")] + line_text + "}"
    else:
        lines[index] = original[:original.index(key)] + line_text
    broken = tmp_path / "iafq.yaml"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=words) as caught:
        load_iafq_codes(broken)
    assert caught.value.line == index + 1
