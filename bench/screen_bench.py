"""Benchmark: the risk engine against the `rule-engine` package, and full screening speed.

Part 1 generates N declarations (default 100,000, about 2.5 goods lines each) and, in
the same run, evaluates the reference rules that need neither the watch list nor
history (FA-01 to FA-04 and FA-07 to FA-13 of firearms-default) with borderdesk's
compiled conditions and with `rule-engine` (the same rules written in its
language, on the same data, texts normalised beforehand for both). It checks that
both give the same hits and reports the speed ratio (target: at least 20x).

Part 2 screens the same declarations with firearms-extended, party history and a
10,000-entry watch list, explanations included, and reports declarations per
second on one core (target: at least 5,000) and peak memory (target: under 500 MB).

    .venv/bin/python bench/screen_bench.py [--declarations N] [--seed S]
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import rule_engine

from borderdesk.core.text import normalise
from borderdesk.rules.compiler import Context, NoHistory
from borderdesk.rules.facts import DeclarationFacts, DocumentFacts, LineFacts
from borderdesk.rules.profile import Profile
from borderdesk.services.screening import open_profile, screen_declarations

PEER_RULES = ("FA-01", "FA-02", "FA-03", "FA-04", "FA-07", "FA-08", "FA-09", "FA-10", "FA-11",
              "FA-12", "FA-13")
HIGH_RISK = ("UA", "MD")
COUNTRIES = ["RS", "BA", "ME", "MK", "AL", "XK", "HR", "BG", "TR", "GR", "HU", "RO", "DE", "IT",
             "AT", "SI"]
#: Countries crossed on the way: mostly the region, rarely a high-risk one.
TRANSIT = ["HR", "HR", "HR", "SI", "SI", "AT", "BG", "BG", "HU", "RO", "MK", "BA"] * 8 + [
    "UA", "MD"]
GOODS = [
    ("610910", "cotton t-shirts"), ("870899", "auto parts"), ("940360", "wooden furniture"),
    ("080810", "свеже јабуке"), ("847989", "machine parts"), ("690721", "ceramic tiles"),
    ("620342", "мушке панталоне"), ("220300", "pivo u bocama"), ("392690", "plastic articles"),
    ("730890", "konstruksione çeliku"), ("640399", "kožne cipele"), ("950300", "plush toys"),
    ("490199", "books"), ("851712", "mobile phones"), ("030389", "frozen fish"),
    ("940161", "upholstered chairs"), ("721049", "galvanised steel sheets"),
]
#: Goods that firearms rules look at: about 3 % of lines, as in real traffic.
RISKY_GOODS = [
    ("930390", "alarm pistols Ekol"), ("930630", "pistol cartridges"),
    ("732690", "резервни делови за пиштољ"), ("360300", "kapisle"),
    ("970500", "deactivated rifle"), ("950300", "airsoft replica pistols"),
    ("847990", "pjesë këmbimi për pushkë"), ("930200", "revolvers"),
]
RISKY_SHARE = 0.03
FIRST = ["Marko", "Ана", "Petar", "Јелена", "Dragan", "Arben", "Мирко", "Ivana", "Mehmet",
         "Gjergj", "Стефан", "Elif", "Nikola", "Besnik", "Зоран", "Ayşe", "Luka", "Fatmir"]
LAST = ["Petrović", "Јовановић", "Marković", "Đorđević", "Hoxha", "Ђукић", "Yılmaz",
        "Kovačević", "Стојановски", "Krasniqi", "Popović", "Ивановић", "Demir", "Babić",
        "Shehu", "Nikolić", "Trajkovski", "Kaya"]
COMPANY = ["Tekstil Promet", "Anadolu Tekstil", "Балкан Транс", "Auto Delovi", "Sava Trade",
           "Дунав Логистика", "Adriatik", "Vardar Export", "Drina Impex", "Euro Food",
           "Metal Kovač", "Мегатрејд", "Bosna Drvo", "Kosova Fruit", "Istanbul Makine"]


_SYLLABLES = ["ba", "ko", "vi", "ra", "ni", "je", "lo", "mi", "sha", "dra", "go", "tr", "ze",
              "ka", "ljo", "ve", "ću", "še", "hod", "ma", "ri", "sto", "pe", "an"]


def _made_up(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def generate(count: int, seed: int) -> list[DeclarationFacts]:
    """Synthetic declarations: mostly ordinary trade, some with firearms indicators."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    # A year at a busy crossing: some 8,000 consignee companies, a few of them regular
    # (Zipf-like weights: the n-th most frequent comes 1/n as often as the first), and
    # private persons drawn from 20,000 names.
    companies = [f"{_made_up(rng, 3)} {rng.choice(COMPANY)} d.o.o." for _ in range(8_000)]
    company_weights = [1 / rank for rank in range(1, len(companies) + 1)]
    persons = [f"{_made_up(rng, 2)} {rng.choice(LAST)}" for _ in range(20_000)]
    result = []
    for number in range(count):
        origin, destination = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
        dispatch = origin if rng.random() < 0.8 else rng.choice(TRANSIT)
        lines = []
        for line in range(1, rng.choice([1, 2, 2, 3, 3, 4]) + 1):
            hs_code, description = rng.choice(RISKY_GOODS if rng.random() < RISKY_SHARE
                                               else GOODS)
            gross = round(rng.uniform(0.5, 2_000), 1)
            net = rng.choice([None, 0.0, round(gross * 0.9, 1)])
            packages = max(1, round(gross / rng.uniform(5, 38)))
            lines.append(LineFacts.make(
                line, hs_code, description, gross, quantity=float(rng.randrange(0, 400)),
                packages=float(packages), net_kg=net,
                value=rng.choice([None, round(rng.uniform(1, 50_000), 2)]),
                currency=rng.choice(["EUR", "EUR", "RSD", "TRY"])))
        documents = []
        if rng.random() < 0.3:
            documents.append(DocumentFacts(
                "arms_licence", f"L-{number}",
                rng.choice([None, date(2026, 1, 1) + timedelta(days=rng.randrange(-60, 400))])))
        if rng.random() < 0.05:
            documents.append(DocumentFacts("deactivation_certificate", f"D-{number}"))
        private = rng.random() < 0.15
        consignee = (rng.choice(persons) if private
                     else rng.choices(companies, company_weights)[0])
        result.append(DeclarationFacts(
            declaration_id=f"RS-BAT-2026-{number:07d}",
            lodged_at=start + timedelta(seconds=number * 300),
            procedure="import", transport_mode=rng.choice(["truck", "van", "car"]),
            consignor_name=f"{rng.choice(COMPANY)} {rng.choice(['GmbH', 'Ltd', 'd.o.o.'])}",
            consignee_name=consignee, origin_country=origin, destination_country=destination,
            lines=tuple(lines), consignee_kind="private" if private else "company",
            driver_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            vehicle_registration=f"BG {rng.randrange(100, 999)}-{rng.choice('ABKMN')}"
                                 f"{rng.choice('ABKMN')}",
            dispatch_country=rng.choice([None, dispatch]),
            itinerary=tuple(dict.fromkeys([origin, rng.choice(TRANSIT), destination])),
            documents=tuple(documents)))
    return result


def _words(profile: Profile, name: str) -> str:
    keywords = sorted({normalise(k) for k in profile.lists[name].items}, key=len, reverse=True)
    return "(^| )(" + "|".join(re.escape(k) for k in keywords) + ")( |$)"


def peer_rules(profile: Profile) -> dict[str, str]:
    """The same rules in rule-engine's language."""
    w = {name: _words(profile, name) for name in (
        "firearm_words", "innocuous_parts", "low_density_goods", "ammunition_components",
        "deactivation_words", "replica_words")}
    net_or_gross = ("((l.net_kg != null and l.net_kg != 0 and l.value / l.net_kg < 2.0) or "
                    "((l.net_kg == null or l.net_kg == 0) and l.gross_kg != 0 "
                    "and l.value / l.gross_kg < 2.0))")
    return {
        "FA-01": '[l for l in lines if l.hs_code =~ "^93"] and not [d for d in documents if '
                 'd.type == "arms_licence" and (d.valid_until == null '
                 'or d.valid_until >= lodged_date)]',
        "FA-02": '[l for l in lines if l.hs_code =~ "^9303"] and origin_country in sources',
        "FA-03": f'[l for l in lines if l.hs_code !~ "^93" and l.text =~~ "{w["firearm_words"]}"]',
        "FA-04": f'consignee_kind == "private" and '
                 f'[l for l in lines if l.text =~~ "{w["innocuous_parts"]}"]',
        "FA-07": "dispatch_country != null and dispatch_country != origin_country "
                 "and dispatch_country in high_risk",
        "FA-08": "[c for c in itinerary if c != origin_country and c != destination_country "
                 "and c in high_risk]",
        "FA-09": f'[l for l in lines if l.text =~~ "{w["low_density_goods"]}" and '
                 "l.packages != null and l.packages >= 1 and l.gross_kg / l.packages > 40]",
        "FA-10": '[l for l in lines if l.hs_code =~ "^(84|87|93)" and l.currency == "EUR" and '
                 f"l.value != null and {net_or_gross}]",
        "FA-11": f'[l for l in lines if l.hs_code !~ "^9306" and '
                 f'l.text =~~ "{w["ammunition_components"]}"]',
        "FA-12": f'[l for l in lines if l.text =~~ "{w["deactivation_words"]}"] and not '
                 '[d for d in documents if d.type == "deactivation_certificate"]',
        "FA-13": f'[l for l in lines if l.text =~~ "{w["replica_words"]}" and l.quantity != null '
                 "and l.quantity > 0 and l.net_kg != null and l.net_kg / l.quantity > 0.8]",
    }


def as_dict(d: DeclarationFacts, profile: Profile) -> dict[str, Any]:
    """A declaration as the dict rule-engine reads (dates as ISO text)."""
    return {
        "origin_country": d.origin_country, "dispatch_country": d.dispatch_country,
        "destination_country": d.destination_country, "itinerary": list(d.itinerary),
        "consignee_kind": d.consignee_kind, "lodged_date": d.lodged_date.isoformat(),
        "sources": list(profile.lists["alarm_weapon_sources"].items),
        "high_risk": list(HIGH_RISK),
        "documents": [{"type": doc.type, "valid_until": doc.valid_until.isoformat()
                       if doc.valid_until else None} for doc in d.documents],
        "lines": [{"hs_code": line.hs_code, "text": line.padded.strip(),
                   "packages": line.packages, "gross_kg": line.gross_kg,
                   "net_kg": line.net_kg, "value": line.value, "currency": line.currency,
                   "quantity": line.quantity} for line in d.lines],
    }


def part_one(declarations: list[DeclarationFacts], peer_sample: int) -> float:
    """borderdesk against rule-engine on the same rules and data; returns the ratio."""
    profile = open_profile("firearms-default", {"high_risk_transit": HIGH_RISK})
    rules = [rule for rule in profile.rules if rule.id in PEER_RULES]
    started = time.perf_counter()
    ours = set()
    for declaration in declarations:
        context = Context(declaration, NoHistory())
        for rule in rules:
            if rule.function(context):
                ours.add((declaration.declaration_id, rule.id))
    ours_time = time.perf_counter() - started

    context = rule_engine.Context(default_value=None)
    compiled = {rule_id: rule_engine.Rule(text, context=context)
                for rule_id, text in peer_rules(profile).items()}
    # rule-engine is slow: it screens a sample, and the hits are compared on that sample.
    sample = declarations[:peer_sample]
    dicts = [(d.declaration_id, as_dict(d, profile)) for d in sample]
    started = time.perf_counter()
    theirs = set()
    for declaration_id, data in dicts:
        for rule_id, rule in compiled.items():
            if rule.matches(data):
                theirs.add((declaration_id, rule_id))
    theirs_time = time.perf_counter() - started
    sampled_ids = {declaration_id for declaration_id, _ in dicts}
    ours_on_sample = {hit for hit in ours if hit[0] in sampled_ids}
    if ours_on_sample != theirs:
        print(f"hits differ: {len(ours_on_sample - theirs)} only borderdesk, "
              f"{len(theirs - ours_on_sample)} only rule-engine, e.g. "
              f"{sorted(ours_on_sample ^ theirs)[:5]}", file=sys.stderr)
        raise SystemExit(1)
    ours_rate = len(declarations) * len(rules) / ours_time
    theirs_rate = len(sample) * len(rules) / theirs_time
    ratio = ours_rate / theirs_rate
    print(f"| borderdesk (compiled conditions), {len(declarations):,} declarations | "
          f"{ours_time:.2f} s | {ours_rate:,.0f} |")
    print(f"| rule-engine {rule_engine.__version__}, first {len(sample):,} declarations | "
          f"{theirs_time:.2f} s | {theirs_rate:,.0f} |")
    print(f"\nSame hits on both sides for the {len(sample):,} declarations both evaluated "
          f"({len(theirs):,} rule hits; borderdesk: {len(ours):,} hits on all). borderdesk "
          f"evaluates rules **{ratio:.0f}x faster** (target at least 20x).\n")
    return ratio


def watch_entries(count: int, seed: int) -> list[Any]:
    """A watch list of persons, companies and vehicles (names unlike ordinary traffic's,
    as a real list's are, plus a few of the traffic's own parties)."""
    from borderdesk.rules.watchlist import WatchEntry

    rng = random.Random(seed)
    entries = [WatchEntry("person", f"{FIRST[i]} {LAST[i]}") for i in range(3)]
    seen = {(entry.kind, entry.name) for entry in entries}
    while len(entries) < count:
        kind = rng.choice(["person", "person", "company", "vehicle"])
        if kind == "person":
            name = f"{_made_up(rng, 2)} {_made_up(rng, 3)}ić"
        elif kind == "company":
            name = f"{_made_up(rng, 3)} {rng.choice(['Trade', 'Promet', 'Export'])} d.o.o."
        else:
            name = f"NS {rng.randrange(100, 999)}-{rng.choice('ABKMN')}{rng.choice('ABKMN')}"
        if (kind, name) not in seen:
            seen.add((kind, name))
            entries.append(WatchEntry(kind, name))  # type: ignore[arg-type]
    return entries


def part_two(declarations: list[DeclarationFacts]) -> tuple[float, float]:
    """Full screening with firearms-extended, history and 10,000 watch-list entries."""
    from borderdesk.rules.watchlist import WatchList

    profile = open_profile("firearms-extended", {"high_risk_transit": HIGH_RISK})
    watch = WatchList(watch_entries(10_000, 7))
    started = time.perf_counter()
    result = screen_declarations(profile, declarations, watch=watch)
    elapsed = time.perf_counter() - started
    rate = len(result.assessments) / elapsed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lanes: dict[str, int] = {}
    for assessment in result.assessments:
        lanes[assessment.lane.value] = lanes.get(assessment.lane.value, 0) + 1
    print(f"Full screening with firearms-extended ({len(profile.rules)} rules), party history "
          f"and a 10,000-entry watch list, explanations included: {len(declarations):,} "
          f"declarations in {elapsed:.1f} s = **{rate:,.0f} declarations a second** on one "
          f"core (target at least 5,000); peak memory of the process (declarations, "
          f"watch list and screening) {peak:.0f} MB "
          f"(target under 500 MB). Lanes: {lanes}.")
    return rate, peak


def main() -> int:
    """Run both parts and print Markdown for docs/performance.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--declarations", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--peer-sample", type=int, default=10_000,
                        help="how many declarations rule-engine evaluates (it is slow)")
    parser.add_argument("--part", choices=("all", "peer", "full"), default="all",
                        help="run one part only (the full screening runs in a process of "
                             "its own, so that its peak memory is its own)")
    args = parser.parse_args()
    if args.part == "all":
        common = ["--declarations", str(args.declarations), "--seed", str(args.seed)]
        first = subprocess.run([sys.executable, __file__, "--part", "peer",
                                "--peer-sample", str(args.peer_sample), *common], check=False)
        second = subprocess.run([sys.executable, __file__, "--part", "full", *common],
                                check=False)
        return first.returncode or second.returncode
    declarations = generate(args.declarations, args.seed)
    if args.part == "peer":
        lines = sum(len(d.lines) for d in declarations)
        print(f"{args.declarations:,} declarations ({lines / args.declarations:.2f} goods "
              f"lines each), {platform.python_implementation()} {platform.python_version()}, "
              f"{datetime.now(UTC):%Y-%m-%d}:\n")
        print(f"| engine ({len(PEER_RULES)} reference rules) | time | "
              "rule evaluations a second |")
        print("|---|---|---|")
        return 0 if part_one(declarations, args.peer_sample) >= 20 else 1
    rate, peak = part_two(declarations)
    return 0 if rate >= 5_000 and peak < 500 else 1


if __name__ == "__main__":
    raise SystemExit(main())
