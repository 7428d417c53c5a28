"""The real HQ server for the synchronisation tests: ``borderdesk hq serve`` in a
subprocess on 127.0.0.1, on a database made by ``borderdesk hq init``
(:func:`running_hq`), and a station enrolled with it (:func:`enrol_station`)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class HqServer:
    """One server process; ``stop``/``kill`` end it, ``start`` starts it again on the same
    port and database."""

    def __init__(self, hq_db: str, log: Path, tls: tuple[Path, Path] | None = None) -> None:
        self.hq_db = hq_db
        self.port = free_port()
        self.log = log
        #: (certificate, key) PEM files: the server speaks HTTPS.
        self.tls = tls
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with self.log.open("ab") as out:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "borderdesk", "hq", "serve", "--hq-db", self.hq_db,
                 "--port", str(self.port),
                 *(("--cert", str(self.tls[0]), "--key", str(self.tls[1])) if self.tls else ())],
                stdout=out, stderr=subprocess.STDOUT, env=env,
                cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the HQ server ended at start: {self.log.read_text()}")
            try:
                httpx.get(self.url + "/openapi.json", timeout=1.0, verify=False)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the HQ server did not start within 30 s")

    def kill(self) -> None:
        """End it at once (SIGKILL), as a power cut would."""
        if self._process is not None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait(10)
            self._process = None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(10)
            self._process = None


@contextmanager
def running_hq(url: str, log: Path, tls: tuple[Path, Path] | None = None
               ) -> Iterator[HqServer]:
    """A new HQ database at ``url`` (``hq init``) served by the real server until the
    block ends."""
    from borderdesk.cli import main

    assert main(["hq", "init", "--hq-db", url, "--name", "Uprava carina"]) == 0
    hq = HqServer(url, log, tls)
    hq.start()
    try:
        yield hq
    finally:
        hq.stop()


def station_code(server: HqServer, name: str = "Batrovci") -> str:
    """Register station ``name`` at the server's HQ; its one-time enrolment code."""
    from borderdesk.hq.database import HqDatabase
    from borderdesk.hq.stations import add_station

    db = HqDatabase.open(server.hq_db)
    try:
        return add_station(db, name, now=1_800_000_000)
    finally:
        db.close()


def enrol_station(server: HqServer, station: Path, name: str = "Batrovci") -> None:
    """Register ``name`` at HQ and enrol the station database at ``station`` with it."""
    from borderdesk.services.station import open_station
    from borderdesk.services.sync import enrol

    code = station_code(server, name)
    with open_station(station) as session:
        enrol(session, server.url, code)
