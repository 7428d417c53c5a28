"""Benchmark: a station's push to headquarters over loopback, clean, interrupted and faulty.

Builds stations with N records (default 10,000: ammunition and parts groups of a seizure
case, each an audited record with its change-log row) and M MB of attachments (default
500, in photo records of 4 MB; their bytes are random, as a JPEG's are incompressible, and
the sync never decodes them), starts the real server (``borderdesk hq serve`` on SQLite in
a subprocess), and in the same run measures:

  * the baseline: a raw HTTP PUT with httpx of the same bytes (each attachment whole,
    the records' JSON in batches of 250) to a trivial ASGI endpoint on uvicorn that
    writes what it gets to a file;
  * ``sync_now`` of the records station and of the attachments station: records/s,
    MB/s, and the bytes sent (HTTP framing included) against the payload (the records'
    own JSON as stored at the station, the attachments' bytes); target <= 1.1x;
  * an interruption: a copy of each station pushes with ``borderdesk sync now`` in a
    subprocess behind a counting pass-through proxy, killed (SIGKILL) when half the bytes
    have gone; the resumed push's bytes against a clean push of what HQ did not yet hold
    (records not acknowledged, attachment bytes not received) and against the bytes
    the clean push of the same station sent after the point of the kill; target <= 1.05x;
  * three stations of N/5 records and 2/5 M MB each (200 MB by default) pushing at once
    through the faulty proxy of the tests (30 % of requests and of answers dropped, 10 %
    duplicated, reordered, connections cut mid-body), each running ``sync now`` again
    after a run that gave up, until HQ holds everything; then every station's streams
    are checked at HQ (each item once, every photo whole).

    .venv/bin/python bench/sync_bench.py [--records N] [--megabytes M] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.sync_bench_data import (
    Station,
    left_payload,
    make_station,
    record_batches,
)
from borderdesk.cli import main as cli
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.stations import add_station
from borderdesk.services.station import open_station
from borderdesk.services.sync import enrol, sync_status
from borderdesk.services.sync_run import sync_now
from borderdesk.sync.client import HqUnreachable, enrol_request
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.hq_server import HqServer, free_port

ROOT = Path(__file__).resolve().parents[1]
CLEAN_TARGET = 1.10
RESUME_TARGET = 1.05
NO_FAULTS = {"drop_request": 0.0, "drop_response": 0.0, "duplicate": 0.0, "reorder": 0.0,
             "cut_mid_body": 0.0}


@dataclass
class Row:
    """One line of the table."""

    label: str
    seconds: float
    records: int
    megabytes: float
    sent: int
    payload: int
    note: str = ""

    def cells(self) -> str:
        rate = f"{self.records / self.seconds:,.0f}" if self.records else "-"
        mbs = f"{self.megabytes / self.seconds:.1f}" if self.megabytes else "-"
        ratio = f"{self.sent / self.payload:.3f}x" if self.payload else "-"
        return (f"| {self.label} | {self.seconds:.1f} | {rate} | {mbs} | "
                f"{self.sent / 2**20:,.1f} | {self.payload / 2**20:,.1f} | {ratio} | "
                f"{self.note} |")


class Hq:
    """``hq init`` and ``hq serve`` on a SQLite file in ``folder``."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self.url = sqlite_url(folder / "hq.db")
        if cli(["hq", "init", "--hq-db", self.url, "--name", "Uprava carina"]) != 0:
            raise SystemExit("hq init failed")
        self.server = HqServer(self.url, folder / "server.log")
        self.server.start()

    def enrol(self, station: Path, name: str, via: str | None = None) -> None:
        db = HqDatabase.open(self.url)
        try:
            code = add_station(db, name, now=int(time.time()))
        finally:
            db.close()
        with open_station(station) as session:
            # The one-time enrolment goes straight to HQ; the link then names ``via``.
            enrol(session, via or self.server.url, code,
                  transport=lambda _url, request: enrol_request(self.server.url, request))

    def held(self) -> sqlite3.Connection:
        return sqlite3.connect(self.url.removeprefix("sqlite:///"))


SINK = """
import os
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    with open(os.environ["SINK_FILE"], "ab") as out:
        more = True
        while more:
            message = await receive()
            out.write(message.get("body", b""))
            more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"ok":true}'})
"""


def baseline(work: Path, station: Station) -> tuple[float, int]:
    """PUT the station's records (as JSON batches) and attachments (whole) to a trivial
    ASGI endpoint; the seconds and the bytes sent (request lines, headers, bodies)."""
    work.mkdir()
    (work / "sink_app.py").write_text(SINK, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "SINK_FILE": str(work / "received.bin")}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", str(work), "--port", str(port),
         "--log-level", "warning", "sink_app:app"], env=env)
    sent = 0
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            _wait_for(lambda: http.get("/").status_code == 200)
            start = time.perf_counter()
            bodies = [*record_batches(station.path), *station.attachment_bytes()]
            for number, body in enumerate(bodies):
                request = http.build_request("PUT", f"/upload/{number}", content=body)
                sent += (len(request.method) + len(request.url.raw_path) + 12 + 2 + len(body)
                         + sum(len(k) + len(v) + 4 for k, v in request.headers.raw))
                http.send(request).raise_for_status()
            return time.perf_counter() - start, sent
    finally:
        server.terminate()
        server.wait(10)


def _wait_for(ready: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if ready():
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("a server did not start within 30 s")


def clean_push(station: Station) -> tuple[float, int]:
    """One ``sync now``; the seconds and the bytes it sent."""
    with open_station(station.path) as session:
        start = time.perf_counter()
        report = sync_now(session)
        seconds = time.perf_counter() - start
        if report.problems or sync_status(session).waiting:
            raise SystemExit(f"the clean push left something: {report.problems}")
    return seconds, report.bytes_sent


def interrupted_push(station: Station, hq: Hq, clean_bytes: int, name: str
                     ) -> tuple[float, int, int, int]:
    """Kill the station's ``sync now`` when half of ``clean_bytes`` went through a
    counting proxy, then resume; the resumed run's seconds and bytes, the payload HQ did
    not hold at the kill, and the bytes the killed run sent."""
    with FaultyProxy("127.0.0.1", hq.server.port, seed=1, **NO_FAULTS) as proxy:
        hq.enrol(station.path, name, via=proxy.url)
        proxy.reset_counters()  # the enrolment is not part of the push
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen([sys.executable, "-m", "borderdesk", "sync", "now", "--db",
                                    str(station.path)], env=env, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proxy.bytes_from_client < clean_bytes // 2 and process.poll() is None:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        time.sleep(2)  # HQ finishes the request it was handling: then count what it holds
        killed_sent = proxy.bytes_from_client
        with hq.held() as held:
            left = left_payload(station, held)
        start = time.perf_counter()
        with open_station(station.path) as session:
            report = sync_now(session)
            if report.problems or sync_status(session).waiting:
                raise SystemExit(f"the resumed push left something: {report.problems}")
        return time.perf_counter() - start, report.bytes_sent, left, killed_sent


def faulty_pushes(stations: list[Station], hq: Hq, seed: int) -> tuple[float, int, list[int]]:
    """The stations push at once through the faulty proxy until HQ holds everything; the
    seconds, the bytes on the wire from the stations, and the runs each needed."""
    runs = [0] * len(stations)
    errors: list[BaseException] = []

    def push(index: int, station: Station) -> None:
        try:
            with open_station(station.path) as session:
                while runs[index] < 500:
                    runs[index] += 1
                    try:
                        report = sync_now(session)
                    except HqUnreachable:
                        continue  # the next run starts again from HQ's acknowledgments
                    if not report.problems and sync_status(session).waiting == 0:
                        return
            raise RuntimeError(f"station {index} still has items waiting")
        except BaseException as error:
            errors.append(error)

    with FaultyProxy("127.0.0.1", hq.server.port, seed=seed) as proxy:
        for index, station in enumerate(stations):
            hq.enrol(station.path, f"Faulty {index + 1}", via=proxy.url)
        threads = [threading.Thread(target=push, args=pair) for pair in enumerate(stations)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
        sent = proxy.bytes_from_client
        print(f"faulty proxy: {proxy.stats}", file=sys.stderr)
    if errors:
        raise errors[0]
    return seconds, sent, runs


def check_hq(hq: Hq, stations: list[Station]) -> bool:
    """Every station's items are at HQ once each, and every attachment whole."""
    with hq.held() as held:
        for station in stations:
            for stream, head in station.heads().items():
                count, distinct, top = held.execute(
                    "SELECT count(*), count(DISTINCT seq), max(seq) FROM hq_items"
                    " WHERE station_id = ? AND stream = ?", (station.id, stream)).fetchone()
                if not count == distinct == top == head:
                    return False
            for sha, size in station.attachments:
                row = held.execute("SELECT complete, size FROM hq_blobs WHERE sha256 = ?",
                                   (sha,)).fetchone()
                if row is None or not row[0] or row[1] != size:
                    return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args(argv)
    work = args.out or Path(tempfile.mkdtemp(prefix="sync-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    hqs: list[Hq] = []
    try:
        print("making the stations ...", file=sys.stderr)
        records = make_station(work / "records", args.records, 0, seed=1)
        files = make_station(work / "files", 0, args.megabytes, seed=2)
        resumed = [records.copy_to(work / "records-2"), files.copy_to(work / "files-2")]
        faulty = [make_station(work / f"faulty-{n}", args.records // 5,
                               args.megabytes * 2 // 5, seed=10 + n) for n in range(3)]
        rows: list[Row] = []
        for label, station in (("records", records), ("attachments", files)):
            seconds, sent = baseline(work / f"baseline-{label}", station)
            rows.append(Row(f"baseline: raw HTTP PUT of the {label}", seconds,
                            station.records, station.megabytes, sent, station.payload))
        hqs.append(Hq(work / "hq"))
        clean: dict[str, int] = {}
        for label, station in (("records", records), ("attachments", files)):
            hqs[0].enrol(station.path, label)
            seconds, sent = clean_push(station)
            clean[label] = sent
            rows.append(Row(f"borderdesk sync now, {label}", seconds, station.records,
                            station.megabytes, sent, station.payload,
                            f"target <= {CLEAN_TARGET}x: "
                            f"{'met' if sent <= CLEAN_TARGET * station.payload else 'MISSED'}"))
        hqs.append(Hq(work / "hq-2"))
        resume_ok = True
        for label, copy in zip(("records", "attachments"), resumed, strict=True):
            seconds, sent, left, killed = interrupted_push(copy, hqs[1], clean[label],
                                                           f"{label} (interrupted)")
            # What was left: the bytes of the clean push that the killed run had not sent
            # (the request cut by the kill counts as sent, so this errs against us).
            expected = clean[label] - killed
            met = sent <= RESUME_TARGET * expected
            resume_ok = resume_ok and met
            rows.append(Row(f"resumed after a kill at {killed / clean[label]:.0%} of the "
                            f"{label}", seconds, 0, left / 2**20, sent, left,
                            f"{sent / expected:.3f}x what the clean push had left to send; "
                            f"target <= {RESUME_TARGET}x: {'met' if met else 'MISSED'}"))
        seconds, sent, runs = faulty_pushes(faulty, hqs[0], args.seed)
        rows.append(Row("3 stations at once through the faulty proxy", seconds,
                        sum(s.records for s in faulty), sum(s.megabytes for s in faulty),
                        sent, sum(s.payload for s in faulty), f"runs per station: {runs}"))
        complete = check_hq(hqs[0], [records, files, *faulty]) and check_hq(hqs[1], resumed)
        print(f"\n{args.records:,} records and {args.megabytes} MB of attachments; faulty: "
              f"3 stations of {args.records // 5:,} records and {args.megabytes * 2 // 5} MB; "
              f"{platform.python_implementation()} {platform.python_version()}, "
              f"{os.cpu_count()} CPUs, {platform.machine()}\n")
        print("| Run | Seconds | Records/s | MB/s | MB sent | Payload MB | Sent/payload "
              "| Note |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for row in rows:
            print(row.cells())
        clean_ok = all(r.sent <= CLEAN_TARGET * r.payload for r in rows[2:4])
        print(f"\nHQ holds every item once and every attachment whole: "
              f"{'yes' if complete else 'NO'}; clean link <= {CLEAN_TARGET}x: "
              f"{'met' if clean_ok else 'MISSED'}; resume <= {RESUME_TARGET}x: "
              f"{'met' if resume_ok else 'MISSED'}")
        return 0 if complete and clean_ok and resume_ok else 1
    finally:
        for hq in hqs:
            hq.server.stop()
        if args.out is None:
            for path in work.rglob("*"):
                if path.is_file():
                    path.chmod(0o644)  # the stored originals are read-only
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
