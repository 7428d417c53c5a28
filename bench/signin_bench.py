"""Benchmark: signing in to a protected station, against opening it with the key in hand.

Makes a protected demo station (shipped argon2id costs), then times, in the same run,
R rounds (default 7) of:

  * sign-in: ``sign_in`` as a demo officer (the key file read, the password's argon2id
    key derivation, the data key unwrapped, the SQLCipher database opened, the account's
    argon2id hash checked, the sign-in recorded), what the officer waits for;
  * open with the key: ``open_station`` given the data key (what a sign-in costs
    without the password work: the baseline);
  * plain open: the same station's plain copy opened (no encryption at all).

Reports the median and worst of each. Target (issue 8): signing in under 1 s.

    PYTHONPATH=. .venv/bin/python bench/signin_bench.py [--rounds R]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.policy import station_policy
from borderdesk.services.demo import create_demo_station
from borderdesk.services.demo_accounts import DEMO_PASSWORD, protect_demo_station
from borderdesk.services.sign_in import sign_in
from borderdesk.services.station import open_station

TARGET_S = 1.0


def _times(rounds: int, work: Callable[[], object]) -> list[float]:
    taken = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        taken.append(time.perf_counter() - started)
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="borderdesk-signin-bench-"))
    try:
        plain = folder / "plain" / "station.db"
        create_demo_station(plain, today=date(2026, 11, 28))
        protected = folder / "protected" / "station.db"
        shutil.copytree(plain.parent, protected.parent)
        protect_demo_station(protected)
        key_file = KeyFile.load(key_file_path(protected))
        keys = key_file.data_keys(key_file.unlock("officer", DEMO_PASSWORD))
        current = keys[key_file.current_key_id]
        cost = station_policy().key_wrap_cost
        print(f"argon2id: t={cost.time_cost}, m={cost.memory_kib} KiB, p={cost.parallelism}"
              f" (twice per sign-in: key wrap and password hash)")
        rows = {
            "sign-in (officer)": _times(args.rounds, lambda: sign_in(
                protected, "officer", DEMO_PASSWORD).close()),
            "open with the key (baseline)": _times(args.rounds, lambda: open_station(
                protected, create=False, keys=current).close()),
            "plain open": _times(args.rounds, lambda: open_station(plain, create=False).close()),
        }
        for label, taken in rows.items():
            print(f"{label:<30} median {statistics.median(taken) * 1000:7.0f} ms"
                  f"   worst {max(taken) * 1000:7.0f} ms")
        worst = max(rows["sign-in (officer)"])
        verdict = "meets" if worst < TARGET_S else "MISSES"
        print(f"target: sign-in under {TARGET_S:.0f} s: {verdict} (worst {worst:.2f} s)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
