"""The reference rules of firearms-default: for each, a hit and a near-miss, as the issue
defines them, with the explanation citing what triggered the hit; and the lanes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from borderdesk.rules.engine import RuleHit, assess, lane_for, random_draw
from borderdesk.rules.profile import Lane, Profile
from borderdesk.services.screening import open_profile
from tests.rules.helpers import decl, explanation, item, read_facts, rules_hit, screen

#: The conftest declaration's lodging time, and times around it.
T = "2026-11-28T08:15:00+01:00"
T_SAME_INSTANT_UTC = "2026-11-28T07:15:00+00:00"
T_MINUS_1S = "2026-11-28T08:14:59+01:00"
T_PLUS_1S = "2026-11-28T08:15:01+01:00"
T_MINUS_720H = "2026-10-29T07:15:00+00:00"  # exactly 30 days (720 hours) before T
T_MINUS_720H_1S = "2026-10-29T08:14:59+01:00"
LONG_BEFORE = "2024-01-02T10:00:00+01:00"

NO_DOCUMENTS: list[dict[str, Any]] = []
CERTIFICATE = [{"type": "deactivation_certificate", "reference": "DC-1"}]


def licence(valid_until: str | None) -> list[dict[str, Any]]:
    doc: dict[str, Any] = {"type": "arms_licence", "reference": "LIC-7"}
    if valid_until is not None:
        doc["valid_until"] = valid_until
    return [doc]


def private(name: str = "Jovan Jovanović") -> dict[str, Any]:
    return {"name": name, "country": "RS", "kind": "private"}


def company(name: str) -> dict[str, Any]:
    return {"name": name, "country": "RS", "kind": "company"}


PISTOLS = item(1, "930200", "pistols", quantity=2, net_kg=2.0, gross_kg=3.0)
PARTS = item(1, "870899", "spare parts for cars")
COTTON = item()


@dataclass(frozen=True)
class Case:
    """A batch screened together; the last declaration is the one looked at."""

    name: str
    rule: str
    batch: tuple[dict[str, Any], ...]
    hit: bool
    #: Texts the explanation must contain (for a hit).
    cites: tuple[str, ...] = ()
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)


def case(name: str, rule: str, *batch: dict[str, Any], hit: bool,
         cites: tuple[str, ...] = (), lists: dict[str, tuple[str, ...]] | None = None) -> Case:
    return Case(name, rule, batch, hit, cites, lists or {})


UA: dict[str, tuple[str, ...]] = {"high_risk_transit": ("UA",)}

CASES = [
    # FA-01: chapter 93 and no arms licence valid on the lodging date (in its own offset).
    case("FA-01 no documents", "FA-01", decl("D1", PISTOLS, documents=NO_DOCUMENTS), hit=True,
         cites=("line 1", "930200")),
    case("FA-01 licence expired the day before", "FA-01",
         decl("D1", PISTOLS, documents=licence("2026-11-27")), hit=True,
         cites=("line 1", "lodged_date = 2026-11-28", "arms_licence LIC-7 valid until 2026-11-27")),
    case("FA-01 licence valid until the lodging day", "FA-01",
         decl("D1", PISTOLS, documents=licence("2026-11-28")), hit=False),
    case("FA-01 licence without an end date", "FA-01",
         decl("D1", PISTOLS, documents=licence(None)), hit=False),
    case("FA-01 only another document", "FA-01",
         decl("D1", PISTOLS, documents=[{"type": "end_user_certificate", "reference": "E-1",
                                         "valid_until": "2027-01-01"}]), hit=True),
    case("FA-01 just after midnight at +01:00, licence ended the day before (UTC date)",
         "FA-01", decl("D1", PISTOLS, lodged_at="2026-11-28T00:30:00+01:00",
                       documents=licence("2026-11-27")), hit=True,
         cites=("lodged_date = 2026-11-28", "valid until 2026-11-27")),
    case("FA-01 just after midnight at +01:00, licence ends that day", "FA-01",
         decl("D1", PISTOLS, lodged_at="2026-11-28T00:30:00+01:00",
              documents=licence("2026-11-28")), hit=False),
    case("FA-01 just before midnight at -01:00, licence ends that day (UTC is the next)",
         "FA-01", decl("D1", PISTOLS, lodged_at="2026-11-27T23:30:00-01:00",
                       documents=licence("2026-11-27")), hit=False),
    case("FA-01 no chapter 93 goods", "FA-01",
         decl("D1", item(1, "610910", "cotton t-shirts"), documents=NO_DOCUMENTS), hit=False),
    # FA-02: 9303 from a country of alarm_weapon_sources (TR).
    case("FA-02 alarm pistols from TR", "FA-02",
         decl("D1", COTTON, item(2, "930390", "blank-firing alarm guns")), hit=True,
         cites=("line 2", "930390", "TR", "alarm_weapon_sources")),
    case("FA-02 revolvers (9302) from TR", "FA-02", decl("D1", PISTOLS), hit=False),
    case("FA-02 alarm guns from CN", "FA-02",
         decl("D1", item(1, "930390", "blank-firing alarm guns"), origin_country="CN",
              itinerary=["CN", "TR", "BG", "RS"]), hit=False),
    # FA-03: firearm words outside chapter 93.
    case("FA-03 phrase on line 2", "FA-03",
         decl("D1", COTTON, item(2, "730630", "steel gun barrel x")), hit=True,
         cites=("line 2", "gun barrel")),
    case("FA-03 Cyrillic word", "FA-03",
         decl("D1", COTTON, item(2, "848180", "Резервни делови, ПИШТОЉ")), hit=True,
         cites=("line 2", "pistolj")),
    case("FA-03 phrase words apart", "FA-03",
         decl("D1", COTTON, item(2, "730630", "gun and barrel")), hit=False),
    case("FA-03 word inside a longer word", "FA-03",
         decl("D1", COTTON, item(2, "950300", "pistoleros figurines")), hit=False),
    case("FA-03 firearm words under chapter 93", "FA-03", decl("D1", PISTOLS), hit=False),
    # FA-04: a private consignee and innocuous parts.
    case("FA-04 auto parts to a private person", "FA-04",
         decl("D1", COTTON, item(2, "870899", "AUTO PARTS (used)"), consignee=private()),
         hit=True, cites=("private", "line 2", "auto parts")),
    case("FA-04 Serbian Cyrillic parts to a private person", "FA-04",
         decl("D1", item(1, "870899", "ауто делови"), consignee=private()), hit=True,
         cites=("auto delovi",)),
    case("FA-04 auto parts to a company", "FA-04", decl("D1", PARTS), hit=False),
    case("FA-04 autoparts as one word", "FA-04",
         decl("D1", item(1, "870899", "autoparts"), consignee=private()), hit=False),
    # FA-05: risky goods and no other declaration for the consignee lodged strictly earlier.
    case("FA-05 chapter 93, no history", "FA-05", decl("D1", PISTOLS), hit=True,
         cites=("line 1",)),
    case("FA-05 firearm words, only a later declaration", "FA-05",
         decl("D0", COTTON, lodged_at=T_PLUS_1S),
         decl("D1", item(1, "847989", "rifle scopes")), hit=True, cites=("rifle",)),
    case("FA-05 other declaration at the same instant (other offset)", "FA-05",
         decl("D0", COTTON, lodged_at=T_SAME_INSTANT_UTC), decl("D1", PISTOLS), hit=True),
    case("FA-05 an earlier version of the same declaration does not count", "FA-05",
         decl("D1", COTTON, lodged_at=LONG_BEFORE), decl("D1", PISTOLS), hit=True),
    case("FA-05 earlier declaration of another consignee", "FA-05",
         decl("D0", COTTON, lodged_at=LONG_BEFORE, consignee=company("Other Firm d.o.o.")),
         decl("D1", PISTOLS), hit=True),
    case("FA-05 one second earlier, same consignee", "FA-05",
         decl("D0", COTTON, lodged_at=T_MINUS_1S), decl("D1", PISTOLS), hit=False),
    case("FA-05 long before, the name in another script", "FA-05",
         decl("D0", COTTON, lodged_at=LONG_BEFORE, consignee=company("Петровић Трговина")),
         decl("D1", PISTOLS, consignee=company("PETROVIĆ trgovina")), hit=False),
    case("FA-05 no risky goods", "FA-05", decl("D1", COTTON), hit=False),
    # FA-07: dispatch differs from origin and is in high_risk_transit.
    case("FA-07 dispatched from UA", "FA-07", decl("D1", COTTON, dispatch_country="UA"),
         hit=True, cites=("UA", "high_risk_transit"), lists=UA),
    case("FA-07 origin and dispatch UA", "FA-07",
         decl("D1", COTTON, origin_country="UA", dispatch_country="UA"), hit=False, lists=UA),
    case("FA-07 no dispatch country", "FA-07", decl("D1", COTTON, dispatch_country=None),
         hit=False, lists=UA),
    case("FA-07 the shipped list is empty", "FA-07", decl("D1", COTTON, dispatch_country="UA"),
         hit=False),
    # FA-08: an itinerary country that is neither origin nor destination, in the list.
    case("FA-08 through UA", "FA-08", decl("D1", COTTON, itinerary=["TR", "UA", "RS"]),
         hit=True, cites=("UA", "high_risk_transit"), lists=UA),
    case("FA-08 UA is the origin", "FA-08",
         decl("D1", COTTON, origin_country="UA", itinerary=["UA", "BG", "RS"]), hit=False,
         lists=UA),
    case("FA-08 UA is the destination", "FA-08",
         decl("D1", COTTON, procedure="export", origin_country="RS", destination_country="UA",
              dispatch_country="RS", itinerary=["RS", "HU", "UA"]), hit=False, lists=UA),
    # FA-09: low-density goods, packages >= 1 and more than 40 kg a package.
    case("FA-09 40.01 kg a package", "FA-09",
         decl("D1", COTTON, item(2, "620342", "men's clothing", packages=2, gross_kg=80.02)),
         hit=True, cites=("line 2", "clothing", "40.01")),
    case("FA-09 exactly 40 kg a package", "FA-09",
         decl("D1", item(1, "620342", "men's clothing", packages=2, gross_kg=80.0)), hit=False),
    case("FA-09 no packages", "FA-09",
         decl("D1", item(1, "620342", "clothing", packages=0, gross_kg=500.0)), hit=False),
    case("FA-09 packages missing", "FA-09",
         decl("D1", item(1, "620342", "clothing", packages=None, gross_kg=500.0)), hit=False),
    # FA-10: 84/87/93 in EUR with value / (net or gross kg) < 2.
    case("FA-10 1.67 EUR a kg", "FA-10",
         decl("D1", COTTON, item(2, "847130", "laptops", value=100.0, net_kg=60.0,
                                 gross_kg=65.0)), hit=True, cites=("line 2", "= 1.66667 < 2.0")),
    case("FA-10 same in USD is skipped", "FA-10",
         decl("D1", item(1, "847130", "laptops", value=100.0, net_kg=60.0, gross_kg=65.0,
                         currency="USD")), hit=False),
    case("FA-10 exactly 2 EUR a kg", "FA-10",
         decl("D1", item(1, "847130", "laptops", value=120.0, net_kg=60.0, gross_kg=65.0)),
         hit=False),
    case("FA-10 net 0 uses gross (1.67)", "FA-10",
         decl("D1", item(1, "870899", "gearboxes", value=100.0, net_kg=0, gross_kg=60.0)),
         hit=True),
    case("FA-10 net 0 uses gross (2.5)", "FA-10",
         decl("D1", item(1, "870899", "gearboxes", value=100.0, net_kg=0, gross_kg=40.0)),
         hit=False),
    case("FA-10 net missing uses gross", "FA-10",
         decl("D1", item(1, "870899", "gearboxes", value=100.0, net_kg=None, gross_kg=60.0)),
         hit=True),
    case("FA-10 value missing is skipped", "FA-10",
         decl("D1", item(1, "870899", "gearboxes", value=None, net_kg=60.0)), hit=False),
    case("FA-10 chapter 85 is not looked at", "FA-10",
         decl("D1", item(1, "851712", "phones", value=100.0, net_kg=60.0)), hit=False),
    # FA-11: ammunition components outside 9306.
    case("FA-11 smokeless powder as chemicals", "FA-11",
         decl("D1", COTTON, item(2, "360200", "Smokeless Powder, 5 kg tins")), hit=True,
         cites=("line 2", "smokeless powder")),
    case("FA-11 cartridges under 9306", "FA-11",
         decl("D1", item(1, "930630", "cartridges 9 mm")), hit=False),
    case("FA-11 one cartridge case (singular)", "FA-11",
         decl("D1", item(1, "392690", "plastic cartridge case")), hit=False),
    # FA-12: deactivation words and no deactivation certificate.
    case("FA-12 deactivated, no certificate", "FA-12",
         decl("D1", item(1, "970500", "deactivated military collection items")), hit=True,
         cites=("line 1", "deactivated", "deactivation_certificate")),
    case("FA-12 deactivated with a certificate", "FA-12",
         decl("D1", item(1, "970500", "deactivated military collection items"),
              documents=CERTIFICATE), hit=False),
    case("FA-12 'decorative' alone is not a deactivation word", "FA-12",
         decl("D1", item(1, "970500", "decorative plates")), hit=False),
    # FA-13: replica words, quantity > 0 and more than 0.8 kg net a unit.
    case("FA-13 0.9 kg an airsoft gun", "FA-13",
         decl("D1", COTTON, item(2, "950390", "airsoft guns", quantity=10, net_kg=9.0)),
         hit=True, cites=("line 2", "airsoft", "0.9")),
    case("FA-13 exactly 0.8 kg", "FA-13",
         decl("D1", item(1, "950390", "airsoft guns", quantity=10, net_kg=8.0)), hit=False),
    case("FA-13 quantity 0", "FA-13",
         decl("D1", item(1, "950390", "airsoft guns", quantity=0, net_kg=9.0)), hit=False),
    case("FA-13 quantity missing", "FA-13",
         decl("D1", item(1, "950390", "airsoft guns", quantity=None, net_kg=9.0)), hit=False),
    # FA-14: a parts line, and >= 2 other declarations with parts lines for the same
    # consignee lodged from 720 hours before up to this one (both ends included).
    case("FA-14 two others at both ends of the window", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H),
         decl("D2", item(1, "930510", "parts of pistols"), lodged_at=T_SAME_INSTANT_UTC),
         decl("D1", PARTS), hit=True, cites=("2 other declarations", "D0", "D2")),
    case("FA-14 one of them a second too early", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H_1S),
         decl("D2", PARTS, lodged_at=T_MINUS_1S), decl("D1", PARTS), hit=False),
    case("FA-14 one of them a second later", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H),
         decl("D2", PARTS, lodged_at=T_PLUS_1S), decl("D1", PARTS), hit=False),
    case("FA-14 one of them without parts", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H),
         decl("D2", COTTON, lodged_at=T_MINUS_1S), decl("D1", PARTS), hit=False),
    case("FA-14 this one without parts", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H),
         decl("D2", PARTS, lodged_at=T_MINUS_1S), decl("D1", COTTON), hit=False),
    case("FA-14 an earlier version of this declaration does not count", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H),
         decl("D1", PARTS, lodged_at=T_MINUS_1S), decl("D1", PARTS), hit=False),
    case("FA-14 the same consignee in Cyrillic", "FA-14",
         decl("D0", item(1, "848180", "резервни делови"), lodged_at=T_MINUS_720H,
              consignee=company("Петровић Трговина")),
         decl("D2", item(1, "848180", "pištolj"), lodged_at=T_MINUS_1S,
              consignee=company("Petrović trgovina")),
         decl("D1", item(1, "848180", "tools"), consignee=company("PETROVIC TRGOVINA")),
         hit=True),
    case("FA-14 another consignee", "FA-14",
         decl("D0", PARTS, lodged_at=T_MINUS_720H, consignee=company("Petrović trgovina")),
         decl("D2", PARTS, lodged_at=T_MINUS_1S), decl("D1", PARTS), hit=False),
]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return open_profile("firearms-default")


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_reference_rule(profile: Profile, c: Case) -> None:
    used = profile.with_lists(c.lists) if c.lists else profile
    assessment = screen(used, *c.batch)[-1]
    if not c.hit:
        assert c.rule not in rules_hit(assessment), assessment.hits
        return
    text = explanation(assessment, c.rule)
    for cited in c.cites:
        assert cited in text, text
    hit = next(h for h in assessment.hits if h.rule == c.rule)
    assert hit.weight == next(r.weight for r in profile.rules if r.id == c.rule)


def test_every_reference_rule_has_a_hit_and_a_near_miss(profile: Profile) -> None:
    covered = {(c.rule, c.hit) for c in CASES}
    for rule in profile.rules:
        if rule.id == "FA-06":  # the watch list: test_watch_list_hit below
            continue
        assert (rule.id, True) in covered and (rule.id, False) in covered, rule.id
    assert [r.id for r in profile.rules] == [f"FA-{n:02}" for n in range(1, 15)]


def test_the_default_declaration_hits_nothing(profile: Profile) -> None:
    [assessment] = screen(profile, decl("RS-BAT-2026-000123"))
    assert assessment.hits == ()
    assert assessment.score == 0


# --- FA-06: the watch list's hits, as the engine receives them -------------------------------

@dataclass(frozen=True)
class FakeWatchHit:
    """What the engine needs of a watch-list hit: its fields and ``explain()``."""

    field: str
    value: str
    score: float

    def explain(self) -> str:
        return f"{self.field} '{self.value}' matches watch-list person 'Marko Markovic' " \
               f"(score {self.score:g})"


def test_watch_list_hit(profile: Profile) -> None:
    [facts] = read_facts(decl("D1"))
    hit = FakeWatchHit("driver.name", "Marko Marković", 100)
    assessment = assess(profile, facts, watch_hits=[hit])
    assert rules_hit(assessment) == {"FA-06"}
    assert assessment.score == 60
    assert assessment.lane is Lane.RED
    assert explanation(assessment, "FA-06") == (
        "1 watch-list hits: driver.name 'Marko Marković' matches watch-list person "
        "'Marko Markovic' (score 100)")


def test_no_watch_list_hit(profile: Profile) -> None:
    [facts] = read_facts(decl("D1"))
    assert "FA-06" not in rules_hit(assess(profile, facts, watch_hits=[]))


# --- lanes ------------------------------------------------------------------------------------

LANE_CASES = [
    # name, declaration, rules expected, score, lane
    ("nothing", decl("L-0"), set(), 0, Lane.GREEN),
    ("FA-09 alone (20)", decl("L-1", item(1, "620342", "clothing", gross_kg=41.0)),
     {"FA-09"}, 20, Lane.GREEN),
    ("FA-12 alone (30)", decl("L-2", item(1, "970500", "deactivated helmets")),
     {"FA-12"}, 30, Lane.YELLOW),
    ("FA-11 and FA-07 (55)",
     decl("L-3", item(1, "360200", "gunpowder"), dispatch_country="UA"),
     {"FA-11", "FA-07"}, 55, Lane.YELLOW),
    ("FA-11 and FA-09 (60)",
     decl("L-4", item(1, "360200", "gunpowder"), item(2, "620342", "clothing", gross_kg=41.0)),
     {"FA-11", "FA-09"}, 60, Lane.RED),
    ("FA-01 and FA-05 (115)", decl("L-5", PISTOLS, documents=NO_DOCUMENTS),
     {"FA-01", "FA-05"}, 115, Lane.RED),
]


@pytest.mark.parametrize(("name", "data", "rules", "score", "lane"), LANE_CASES,
                         ids=[c[0] for c in LANE_CASES])
def test_lanes(profile: Profile, name: str, data: dict[str, Any], rules: set[str],
               score: float, lane: Lane) -> None:
    used = profile.with_lists(UA)
    # These ids are not drawn at random, so a green one stays green.
    assert random_draw(used.id, used.version, used.random_seed, data["declaration_id"]) \
        >= used.random_rate
    [assessment] = screen(used, data)
    assert rules_hit(assessment) == rules
    assert assessment.score == score == sum(hit.weight for hit in assessment.hits)
    assert assessment.lane is lane
    assert assessment.random is False


def _hit(weight: float, lane: Lane | None = None) -> RuleHit:
    return RuleHit("X", "x", weight, lane, "because", "look")


@pytest.mark.parametrize(("score", "hits", "lane"), [
    (0, [], Lane.GREEN),
    (29.99, [_hit(29.99)], Lane.GREEN),
    (30, [_hit(30)], Lane.YELLOW),
    (59.99, [_hit(59.99)], Lane.YELLOW),
    (60, [_hit(60)], Lane.RED),
    (0, [_hit(0, Lane.RED)], Lane.RED),  # FA-01 forces red whatever its weight
    (10, [_hit(10), _hit(0, Lane.YELLOW)], Lane.YELLOW),
    (30, [_hit(30), _hit(0, Lane.RED)], Lane.RED),
])
def test_lane_for(profile: Profile, score: float, hits: list[RuleHit], lane: Lane) -> None:
    assert lane_for(profile, score, hits) is lane


def test_fa01_forces_red(profile: Profile) -> None:
    fa01 = next(rule for rule in profile.rules if rule.id == "FA-01")
    assert fa01.lane is Lane.RED
    [assessment] = screen(profile, decl("L-6", PISTOLS, documents=NO_DOCUMENTS))
    assert assessment.lane is Lane.RED
