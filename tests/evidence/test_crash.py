"""Crash test (issue 6, "Done when"): a child process records evidence steps, packages,
seals and custody events in a loop and is killed with SIGKILL at random moments, 50 times.
After each kill the database passes ``PRAGMA integrity_check``, the audit chain verifies,
the custody chains have no gaps, and every entry the child reported as committed is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from borderdesk.services.audit import verify_station
from borderdesk.services.custody import check_custody
from borderdesk.services.evidence_steps import record_step
from borderdesk.services.station import open_station
from tests.evidence.test_steps_support import MovingClock, open_case_station

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepare(path: Path) -> str:
    """A case whose item 1 may be packed (the order rules' earlier steps recorded)."""
    clock = MovingClock()
    session, case = open_case_station(path, clock)
    with session:
        for step, fields, item in (
                ("secure_scene", {"discovered_at": "2026-11-28T07:50",
                                  "place": "lane 2", "officers_present": "Crash Tester"}, None),
                ("photograph_in_place", {"views": "wide"}, None),
                ("identification", {"identification": "ammunition box"}, "1"),
                ("forensic_requests", {"requests": "none"}, "1")):
            record_step(session, case, step, fields, item=item)
    return case


def _committed(output: bytes) -> list[tuple[str, str]]:
    lines = output.decode("utf-8").split("\n")[:-1]  # a cut-off last line was not reported
    return [(table, ident) for table, ident in (line.split(" ", 1) for line in lines)]


def test_killed_writers_leave_a_whole_verified_database(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    case = _prepare(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    draw = random.Random(6)
    reported: list[tuple[str, str]] = []

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, str(CHILD), str(path), case],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)

    waiting = child = start()
    try:
        for _ in range(KILLS):
            child, waiting = waiting, start()  # the next one loads while this one works
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(b"go\n")
            child.stdin.flush()
            ready = child.stdout.readline()
            assert ready == b"ready\n", child.stderr.read() if child.stderr else ready
            time.sleep(draw.uniform(0.05, 0.4))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
            assert child.returncode == -signal.SIGKILL, err.decode()
            reported.extend(_committed(out))

            raw = sqlite3.connect(path)
            try:
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                raw.close()
            with open_station(path, create=False) as session:
                assert [str(p) for p in verify_station(session)] == []
                assert [str(g) for g in check_custody(session, case)] == []
                conn = session.database.conn
                for table, ident in reported:
                    column = "seal_number" if table == "evidence_seals" else "id"
                    found = conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?",
                                         (ident,)).fetchone()
                    assert found is not None, f"{table} {ident} was reported committed but is gone"
    finally:  # a failed check leaves no writer behind
        for process in (child, waiting):
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert sum(1 for table, _ in reported if table == "custody_events") > 0
