"""The station kill loop's child: one ``sync_now`` of a station, until killed.

Run as ``python sync_child.py DB``. It imports what it needs, waits for a line on its
standard input (so the parent can start it while the previous child still runs) and
prints ``ready``; then it opens the station, prints ``started`` and synchronises,
printing each step as a line (:mod:`tests.sync.request_trace`) so that the parent can
kill it on a chosen one. At the end it prints ``done`` or ``gave up`` and waits to be
killed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(db: str) -> None:
    from borderdesk.services.station import open_station
    from borderdesk.services.sync_run import SyncOptions, sync_now
    from borderdesk.sync.client import HqUnreachable
    from tests.sync.request_trace import trace_requests

    trace_requests(lambda step: print(step, flush=True))
    options = SyncOptions(retry_delays=(0.02, 0.05))
    if not sys.stdin.readline():
        return  # the parent went away before starting it
    print("ready", flush=True)
    with open_station(Path(db)) as session:
        print("started", flush=True)
        try:
            sync_now(session, options=options)
        except HqUnreachable:
            print("gave up", flush=True)
        else:
            print("done", flush=True)
    sys.stdin.readline()


if __name__ == "__main__":
    main(sys.argv[1])
