"""The station kill loop's children: each one ``sync_now`` of a station, forked from a
process that has loaded borderdesk once (a fresh interpreter per kill would spend more
time importing than synchronising on a busy machine). :class:`ForkedPushes` drives it.

Run as ``python sync_child.py DB``. It imports what it needs, then obeys one line at a
time on its standard input:

- ``go``: forks a child that opens the station, prints ``started PID``, synchronises
  printing each step as a line (:mod:`tests.sync.request_trace`), prints ``done`` or
  ``gave up`` and then waits to be killed;
- ``reap``: waits for that child to end (the parent kills it with SIGKILL) and prints
  ``ended SIGNAL`` (the signal that ended it, 0 for none).

At the end of its input it kills a child still running, and ends.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

from tests.sync.hq_server import ROOT

#: The last line of a push that ended before its kill.
END_LINES = ("done", "gave up")


def _push(db: Path) -> None:
    """In a forked child: one synchronisation, then wait to be killed."""
    from borderdesk.services.station import open_station
    from borderdesk.services.sync_run import SyncOptions, sync_now
    from borderdesk.sync.client import HqUnreachable

    with open_station(db) as session:
        print(f"started {os.getpid()}", flush=True)
        try:
            sync_now(session, options=SyncOptions(retry_delays=(0.02, 0.05)))
        except HqUnreachable:
            print("gave up", flush=True)
        else:
            print("done", flush=True)
        while True:
            signal.pause()  # until killed


def main(db: str) -> int:
    import borderdesk.services.station
    import borderdesk.services.sync_run  # noqa: F401  (loaded once, before any fork)
    from tests.sync.request_trace import trace_requests

    trace_requests(lambda step: print(step, flush=True))
    child = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "go" and not child:
            child = os.fork()
            if child == 0:
                try:
                    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
                    _push(Path(db))
                except BaseException:
                    traceback.print_exc()
                    print("failed", flush=True)
                finally:
                    os._exit(1)
        elif command == "reap" and child:
            _pid, status = os.waitpid(child, 0)
            child = 0
            print(f"ended {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0}",
                  flush=True)
        else:
            print(f"refused {command}", flush=True)
    if child:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    return 0


class ForkedPushes:
    """Pushes of one station in forked children, each killed with SIGKILL on a step."""

    def __init__(self, db: Path) -> None:
        self._loader = subprocess.Popen(
            [sys.executable, __file__, str(db)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)

    def _say(self, command: str) -> None:
        assert self._loader.stdin is not None
        self._loader.stdin.write(command.encode() + b"\n")
        self._loader.stdin.flush()

    def _line(self) -> str:
        assert self._loader.stdout is not None
        line = self._loader.stdout.readline().decode().strip()
        assert line, "the station's loader ended"
        return line

    def kill_at(self, step: str, seconds: float) -> bool:
        """Start a push, kill it ``seconds`` after it reached ``step``; False when the
        push ended first (it is killed all the same, idle)."""
        self._say("go")
        started = self._line()
        assert started.startswith("started "), started
        pid = int(started.split()[1])
        while (line := self._line()) != step and line not in END_LINES:
            assert line not in ("failed", "refused"), line
        time.sleep(seconds)
        os.kill(pid, signal.SIGKILL)
        self._say("reap")
        while not (ended := self._line()).startswith("ended "):
            pass  # what it printed between the step and the kill
        assert ended == f"ended {int(signal.SIGKILL)}", ended
        return line == step

    def close(self) -> None:
        """End the loader (its input ends: it kills a child still running)."""
        self._loader.communicate(timeout=30)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
