"""A throw-away PostgreSQL server for the HQ tests, started once per test session.

:func:`postgres_url` gives a fresh, empty database on it (``CREATE DATABASE hq_<n>``);
the server-process tests use it too. The server lives in a temporary folder, listens
on 127.0.0.1 on a free port with its socket in that folder, and is stopped at the end
of the session (atexit as well, should the session die). ``initdb`` refuses to run as
root: as root the server runs as the ``postgres`` user through ``runuser``.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import psycopg

BIN_DIRS = ("/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin",
            "/usr/lib/postgresql/14/bin")
SUPERUSER = "app"


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def _bin_dir() -> Path:
    for folder in BIN_DIRS:
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresMissing(
        "the HQ tests need PostgreSQL's server (initdb, pg_ctl), which is not installed: "
        "run scripts/setup.sh --dev (it installs it), or apt-get install -y postgresql")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="borderdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self.running = False

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60,
                                check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-o", options, "start")
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.running = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                shutil.rmtree(self.root, ignore_errors=True)
        else:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "hq", *, template: str | None = None) -> str:
        """A fresh database's URL: empty, or a copy of database ``template``."""
        with self._lock:
            name = f"{prefix}_{next(self._counter)}"
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)


_server: PostgresServer | None = None
_server_lock = threading.Lock()


def server() -> PostgresServer:
    """The session's server, started on first use."""
    global _server
    with _server_lock:
        if _server is None:
            started = PostgresServer()
            try:
                started.start()
            except BaseException:
                started.stop()
                raise
            _server = started
            atexit.register(stop_server)
        return _server


def stop_server() -> None:
    """Stop the session's server (nothing happens when none was started)."""
    global _server
    with _server_lock:
        if _server is not None:
            _server.stop()
            _server = None


def postgres_url(name: str = "hq") -> str:
    """The URL of a fresh, empty database (``name`` prefixes its name) on the session's
    PostgreSQL server, started on first use."""
    return server().new_database(name)
