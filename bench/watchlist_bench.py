"""Benchmark: watch-list matching, indexed (`WatchList.match`) against every pair.

Generates a watch list of 10,000 entries (persons and companies with Balkan,
Albanian and Turkish names in Latin and Cyrillic script, and vehicles) and the
party names and plates of 20,000 declarations, about 2% of whose names and plates
are near-variants of listed ones (other script, lost diacritics, swapped words,
a typo, other punctuation). Then, in the same run, it

  * times ``match`` over all declarations: as at a crossing, where the same
    forwarders, firms and drivers come back (names repeat); the same again, when
    every name is known; and with every name drawn afresh (the worst case: the
    name cache never helps);
  * times ``match_brute_force`` on a sample (200 declarations; every pair is
    compared) and extrapolates;
  * asserts that both give the same hits on that sample, and that ``match`` finds
    the planted variants.

Target: at least 30,000 ``match`` calls a second (4 names and 2 plates each) on
one core, at the default threshold (90).

    .venv/bin/python bench/watchlist_bench.py [--entries N] [--declarations N] [--seed S]
        [--threshold T] [--sample N]
"""

from __future__ import annotations

import argparse
import platform
import random
import time
import timeit
from dataclasses import dataclass

from borderdesk.core.text import normalise
from borderdesk.rules.watchlist import WatchEntry, WatchList


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("""
Marko Petar Nikola Stefan Luka Milan Dragan Zoran Goran Dejan Nenad Vladimir Miloš
Dušan Aleksandar Jovan Đorđe Branko Slobodan Vuk Bojan Srđan Željko Ivan Ivana Jelena Milica Ana
Marija Snežana Dragana Tijana Maja Vesna Ljiljana Nataša Jasmina Miroslav Radovan Predrag Saša
Nebojša Dalibor Ljubomir Živko Časlav Emir Adnan Amir Haris Edin Mirsad Senad Alen Armin Kenan
Tarik Amra Lejla Selma Ajla Mirza Nermin Samir Elvis Zlatan Arben Besnik Driton Fatmir Gjergj
Ilir Valon Blerim Agron Shkëlzen Artan Ermal Luan Florian Arta Blerta Drita Teuta Vjosa Besa
Gëzim Mërgim Bujar Flamur Goce Zlatko Kiril Toše Blagoja Trajče Ljupčo Vasko Stojan Aco Dimče
Mehmet Ahmet Mustafa Hüseyin Hasan İbrahim Emre Murat Burak Yusuf Ömer Kemal Serkan Cem Ayşe
Fatma Elif Zeynep Emine Oğuz Barış Gökhan Ercan Tolga Volkan Georgi Dimitar Ivaylo Hristo Todor
Yordan Krasimir Plamen Tsvetan Lyubomir""")

SURNAMES = _words("""
Hoxha Krasniqi Gashi Berisha Shala Morina Kastrati Rexhepi Bytyqi Hasani Ahmeti
Islami Kelmendi Dervishi Leka Marku Gjoka Prenga Zeka Musliu Thaçi Halili Osmani Sejdiu Hyseni
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Karaca Tekin Bulut Keskin
Ivanov Georgiev Dimitrov Petrov Todorov Hristov Stoyanov Nikolov Iliev Angelov Kolev Yordanov
Hadžić Begić Mehmedović Hodžić Delić Kovač Omerović Bešić Alić Husić Muratović Softić""")

ROOTS = _words("""
Petr Jovan Nikol Mark Stojan Pavl Đorđ Simon Mil Lazar Stank Kost Tomas Bog Radov Vuk
Živk Mitr Stev Mart Ranđel Jank Zdrav Vasilj Ristov Grub Kneže Kovač Babić Savić Mihajl Tod
Dimitrij Ilij Stef Obrad Pop Radosavlj Đuk Mladen Vesel Sim Stanoj Tas Nedelj Lukov Bošk
Prodan Blagoj Trajk Angel Sto Nik Spas Jov Kost Ristesk Naum Trpk Dime Andon Velj Ognjan Žark
Ćirk Čolak Šarc Ljub Njeg Džon Đur Stoj Miš Pant Rad Dragi Dragan Mirk Bran Slav Vlad
Zor Gor""")

SUFFIXES = ["ović", "ević", "ić", "ski", "ovski", "evski", "ov", "oski", "ić", "ović"]

PLACES = _words("""
Drina Sava Morava Vardar Balkan Dunav Tara Zlatibor Anadolu Ege Marmara Istanbul Kosova
Dardania Ilirija Adriatik Euro Ohrid Prizren Skopje Struga Tetovo Bursa İzmir Mersin Kocaeli
Pirin Rila Timok Ibar Lim Neretva Una Vrbas Bosna Sitnica Drim Shkodra Vlora Durrës Korça Uskana
Niš Kragujevac Čačak Subotica Zrenjanin Pančevo Sombor Novi Pazar Tuzla Zenica Mostar Bihać
Plovdiv Varna Ruse Sliven Edirne Kırklareli Tekirdağ Gaziantep Konya Kayseri""")

BUSINESS = _words("""
Impex Trade Promet Export Logistika Transport Tekstil Makine Gıda Inženjering Drvo
Commerce Group Holding Metal Plast Food Fruit Invest Auto Agro Trans Inter Nova Star Kovač
Elektro Građevina Spedicija Špedicija Lojistik Nakliyat Dış Ticaret Otomotiv Mobilya Tarım
Gradnja Mlin Pekara Mljekara Hidro Energo Farm Medical Oprema Alat Čelik Beton Kamen""")

COMPANY_SUFFIX = ["d.o.o.", "д.о.о.", "DOO", "DOOEL", "ДООЕЛ", "A.Ş.", "Ltd. Şti.", "Sh.p.k.",
                  "GmbH", "a.d.", "ЕООД", "OOD", "sh.a.", "d.d.", "SZR", "Ltd"]

PLATE_AREAS = ["BG", "NS", "NI", "KG", "SU", "ČA", "ŠA", "PA", "ZR", "SO", "NP", "SK", "TE",
               "OH", "BT", "KU", "ST", "PR", "PZ", "FE", "GJ", "PE", "SA", "TZ", "ZE", "MO",
               "BI", "CB", "PB", "PV", "ВА", "РУ"]

# Serbian and Macedonian Latin to Cyrillic (digraphs first).
_TO_CYRILLIC = [("dž", "џ"), ("lj", "љ"), ("nj", "њ"), ("gj", "ѓ"), ("kj", "ќ"), ("dz", "ѕ")] + [
    (a, b) for a, b in zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж",
                           strict=True)]


def to_cyrillic(text: str) -> str:
    """The Serbian/Macedonian Cyrillic spelling of a Latin name (case kept roughly)."""
    out = []
    i = 0
    while i < len(text):
        for latin, cyrillic in _TO_CYRILLIC:
            chunk = text[i:i + len(latin)]
            if chunk.lower() == latin:
                out.append(cyrillic.upper() if chunk[:1].isupper() else cyrillic)
                i += len(latin)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class Names:
    """Generators of realistic person and company names and plates."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.surnames = SURNAMES + [r + s for r in ROOTS for s in SUFFIXES[:6]]

    def person(self) -> str:
        rng = self.rng
        words = [rng.choice(FIRST)]
        if rng.random() < 0.15:
            words.append(rng.choice(FIRST))  # a father's or second name
        words.append(rng.choice(self.surnames))
        if rng.random() < 0.05:
            words.append(rng.choice(self.surnames))  # a double surname
        name = " ".join(words)
        if rng.random() < 0.3:
            name = to_cyrillic(name)
        if rng.random() < 0.2:
            name = name.upper()
        if rng.random() < 0.3:
            name = " ".join(reversed(name.split()))  # surname first, as on many documents
        return name

    def company(self) -> str:
        rng = self.rng
        roll = rng.random()
        # Named after a place, an owner (surname, or first name and surname), or both.
        if roll < 0.4:
            words = [rng.choice(PLACES)]
        elif roll < 0.8:
            words = [rng.choice(self.surnames)]
        else:
            words = [rng.choice(FIRST), rng.choice(self.surnames)]
        if rng.random() < 0.25:
            words.append(rng.choice(PLACES))
        words.append(rng.choice(BUSINESS))
        if rng.random() < 0.3:
            words.append(rng.choice(BUSINESS))
        name = " ".join(words)
        if rng.random() < 0.2:
            name = to_cyrillic(name)
        return f"{name} {rng.choice(COMPANY_SUFFIX)}"

    def plate(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPRSTUVZŠŽČĆ"
        style = rng.random()
        if style < 0.6:
            return (f"{rng.choice(PLATE_AREAS)} {rng.randint(100, 9999)}-"
                    f"{rng.choice(letters)}{rng.choice(letters)}")
        if style < 0.8:  # Turkish
            letters3 = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVYZ", k=3))
            return f"{rng.randint(1, 81):02d} {letters3} {rng.randint(10, 999)}"
        return (f"{rng.randint(1, 7):02d}-{rng.randint(100, 999)}-"  # Kosovo
                f"{rng.choice(letters)}{rng.choice(letters)}")

    def variant(self, name: str) -> str:
        """A spelling of ``name`` an officer would still call the same."""
        rng = self.rng
        how = rng.randrange(6)
        if how == 0:
            return to_cyrillic(name) if name.isascii() or rng.random() < 0.5 else normalise(name)
        if how == 1:
            return normalise(name).upper()
        if how == 2:
            words = name.split()
            rng.shuffle(words)
            return " ".join(words)
        if how == 3:  # one typo in a long enough name
            letters = list(name)
            spots = [i for i, c in enumerate(letters) if c.isalpha()]
            if len(spots) > 10:
                i = rng.choice(spots)
                action = rng.randrange(3)
                if action == 0:
                    del letters[i]
                elif action == 1:
                    letters[i] = rng.choice("aeioun")
                else:
                    letters.insert(i, rng.choice("aeioun"))
            return "".join(letters)
        if how == 4:
            return name.replace(".", "").replace(" ", "  ")
        return name.replace("ć", "c").replace("č", "c").replace("š", "s").replace("ž", "z")


@dataclass
class Declaration:
    parties: dict[str, str | None]
    plates: dict[str, str | None]
    planted: int  # how many near-variants of listed names it holds


def make_entries(names: Names, count: int) -> list[WatchEntry]:
    """``count`` distinct entries: 55% persons, 35% companies, 10% vehicles."""
    entries: list[WatchEntry] = []
    seen: set[tuple[str, str]] = set()
    line = 1
    while len(entries) < count:
        roll = names.rng.random()
        if roll < 0.55:
            kind, name = "person", names.person()
        elif roll < 0.9:
            kind, name = "company", names.company()
        else:
            kind, name = "vehicle", names.plate()
        key = (kind, normalise(name).replace(" ", "") if kind == "vehicle" else normalise(name))
        if key in seen:
            continue
        seen.add(key)
        line += 1
        entries.append(WatchEntry(kind, name, "generated", line))  # type: ignore[arg-type]
    return entries


def make_declarations(names: Names, entries: list[WatchEntry], count: int, *,
                      repeat: bool, variant_rate: float = 0.02) -> list[Declaration]:
    """Party names and plates of ``count`` declarations.

    With ``repeat``, names come from pools of regular forwarders, firms and drivers, as
    at a real crossing; without, every name is new.
    """
    rng = names.rng
    listed = {kind: [e.name for e in entries if e.kind == kind]
              for kind in ("person", "company", "vehicle")}
    pools: dict[str, list[str]] = {}
    if repeat:
        pools = {
            "consignor": [names.company() for _ in range(2_000)],
            "consignee": [names.company() if rng.random() < 0.7 else names.person()
                          for _ in range(5_000)],
            "declarant": [names.company() for _ in range(300)],
            "driver": [names.person() for _ in range(8_000)],
            "plate": [names.plate() for _ in range(9_000)],
        }

    def fresh(role: str) -> str:
        if repeat:
            return rng.choice(pools["plate" if role in ("vehicle", "trailer") else role])
        if role in ("consignor", "declarant") or (role == "consignee" and rng.random() < 0.7):
            return names.company()
        if role in ("vehicle", "trailer"):
            return names.plate()
        return names.person()

    declarations = []
    for _ in range(count):
        planted = 0
        values: dict[str, str] = {}
        for role in ("consignor", "consignee", "declarant", "driver", "vehicle", "trailer"):
            if rng.random() < variant_rate:
                kind = ("vehicle" if role in ("vehicle", "trailer")
                        else "person" if role == "driver" else "company")
                original = rng.choice(listed[kind])
                values[role] = (original.replace(" ", "-").lower() if kind == "vehicle"
                                else names.variant(original))
                planted += 1
            else:
                values[role] = fresh(role)
        declarations.append(Declaration(
            parties={"consignor.name": values["consignor"], "consignee.name": values["consignee"],
                     "declarant.name": values["declarant"], "driver.name": values["driver"]},
            plates={"vehicle.registration": values["vehicle"],
                    "vehicle.trailer": values["trailer"]},
            planted=planted))
    return declarations


def time_match(watchlist: WatchList, declarations: list[Declaration]) -> tuple[float, int]:
    """Seconds to match every declaration, and the number of hits."""
    match = watchlist.match
    hits = 0
    start = time.perf_counter()
    for d in declarations:
        hits += len(match(d.parties, d.plates))
    return time.perf_counter() - start, hits


def distinct_share(declarations: list[Declaration]) -> float:
    """The share of party names that had not been seen before (the name cache misses)."""
    names = [n for d in declarations for n in d.parties.values() if n]
    return len(set(names)) / max(len(names), 1)


def calibration() -> tuple[float, float]:
    """Microseconds for ``sum(range(1000))`` and for normalising a Cyrillic name.

    To compare machines: a 2024 desktop takes about 8 and 2.
    """
    loop = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000
    norm = min(timeit.repeat("normalise('Драган Петровић')", number=20000, repeat=5,
                             globals={"normalise": normalise})) / 20000
    return loop * 1e6, norm * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--declarations", type=int, default=20_000)
    parser.add_argument("--threshold", type=float, default=90.0)
    parser.add_argument("--sample", type=int, default=200,
                        help="declarations compared by brute force (default 200)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    names = Names(random.Random(args.seed))
    entries = make_entries(names, args.entries)
    start = time.perf_counter()
    watchlist = WatchList(entries, threshold=args.threshold)
    build = time.perf_counter() - start
    repeated = make_declarations(names, entries, args.declarations, repeat=True)
    distinct = make_declarations(names, entries, args.declarations, repeat=False)

    repeated_s, repeated_hits = time_match(watchlist, repeated)
    # The same declarations again: every name now known (the steady state).
    warm_s, _hits = time_match(watchlist, repeated)
    # A new list (empty name cache) for the worst case, where names never repeat.
    cold = WatchList(entries, threshold=args.threshold)
    distinct_s, distinct_hits = time_match(cold, distinct)

    # Brute force on a sample: mostly ordinary declarations, some with planted variants.
    rng = random.Random(args.seed + 1)
    with_variants = [d for d in distinct if d.planted]
    ordinary = [d for d in distinct if not d.planted]
    planted_part = min(len(with_variants), args.sample // 4)
    sample = (rng.sample(with_variants, planted_part)
              + rng.sample(ordinary, min(len(ordinary), args.sample - planted_part)))
    start = time.perf_counter()
    brute = [watchlist.match_brute_force(d.parties, d.plates) for d in sample]
    brute_s = time.perf_counter() - start
    fresh = WatchList(entries, threshold=args.threshold)
    fast = [fresh.match(d.parties, d.plates) for d in sample]
    mismatches = sum(1 for a, b in zip(fast, brute, strict=True) if a != b)
    assert mismatches == 0, f"{mismatches} declarations differ between match and brute force"
    sample_hits = sum(len(h) for h in brute)
    planted_found = sum(1 for d, h in zip(sample, fast, strict=True) if d.planted and h)
    assert planted_found >= 0.8 * planted_part, "the planted variants should mostly hit"

    count = len(repeated)
    brute_rate = len(sample) / brute_s
    rows = [
        (f"match, names repeating as at a crossing ({distinct_share(repeated):.0%} new)",
         count / repeated_s, repeated_hits),
        ("match, the same again (every name known)", count / warm_s, repeated_hits),
        ("match, every name new (worst case)", count / distinct_s, distinct_hits),
        (f"match_brute_force ({len(sample)} declarations)", brute_rate, sample_hits),
    ]
    loop_us, normalise_us = calibration()
    print(f"watch list: {len(entries):,} entries "
          f"({sum(e.kind == 'person' for e in entries):,} persons, "
          f"{sum(e.kind == 'company' for e in entries):,} companies, "
          f"{sum(e.kind == 'vehicle' for e in entries):,} vehicles), "
          f"threshold {args.threshold:g}, index built in {build * 1000:.0f} ms")
    print(f"declarations: {count:,} (4 names and 2 plates each); Python "
          f"{platform.python_version()} on {platform.machine()}, one core; "
          f"sum(range(1000)) {loop_us:.1f} us, normalise() of a Cyrillic name "
          f"{normalise_us:.1f} us")
    print()
    print("| run | calls/s | hits |")
    print("|---|---:|---:|")
    for label, rate, hits in rows:
        print(f"| {label} | {rate:,.0f} | {hits:,} |")
    print()
    worst = count / distinct_s
    print(f"speed-up over brute force: {worst / brute_rate:,.0f}x with every name new, "
          f"{(count / repeated_s) / brute_rate:,.0f}x with names repeating")
    print(f"sample: {len(sample)} declarations ({planted_part} with planted variants, "
          f"{planted_found} of them hit), {sample_hits} hits, the same as brute force")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
