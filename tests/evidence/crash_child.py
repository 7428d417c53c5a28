"""The crash test's child: records evidence in a loop until it is killed (SIGKILL).

Run as ``python crash_child.py DB CASE``. It imports what it needs, waits for a line on
its standard input (so the parent can start it while the previous child still runs, and
the start-up costs no test time), and prints ``ready`` once the station is open,
then after each committed write one line ``TABLE ID`` (flushed), so the parent knows
what must survive the kill. Each round: a storage step, and every third round a package
that is sealed and handed over twice. It imports only what it uses, to start fast.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path


def main(db: str, case: str) -> None:
    from borderdesk.services.custody import create_package, seal_package, transfer
    from borderdesk.services.evidence_steps import record_step
    from borderdesk.services.station import open_station

    out = sys.stdout
    if not sys.stdin.readline():
        return  # the parent went away before starting it
    session = open_station(Path(db), actor="Crash Tester", create=False)
    print("ready", file=out, flush=True)
    deadline = time.monotonic() + 30  # a safety net: the parent kills it long before
    round_no = 0
    while time.monotonic() < deadline:
        round_no += 1
        step = record_step(session, case, "storage",
                           {"place": f"safe room {round_no}", "access": "duty officer"})
        print("evidence_steps", step.id, file=out, flush=True)
        if round_no % 3:
            continue
        package = create_package(session, case, ["1"], "ammunition", f"rounds, batch {round_no}")
        print("evidence_packages", package.id, file=out, flush=True)
        sealed = seal_package(session, package.id, [f"CR-{uuid.uuid4().hex[:12]}"])
        print("evidence_seals", sealed.seals[0].number, file=out, flush=True)
        first = transfer(session, package.id, "Crash Tester", "Marko Jović", "transport",
                         "Batrovci")
        print("custody_events", first.id, file=out, flush=True)
        second = transfer(session, package.id, "Marko Jović", "Evidence Store", "storage",
                          "Sremska Mitrovica")
        print("custody_events", second.id, file=out, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
