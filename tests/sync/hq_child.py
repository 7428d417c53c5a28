"""The server kill loop's HQ: ``borderdesk hq serve`` in a process forked from one that
has loaded it, so a restart after a kill costs the start of uvicorn, not seconds of
imports on a busy machine. :class:`ForkedHqServer` drives it like :class:`HqServer`.

Run as ``python hq_child.py HQ_DB PORT LOG``. It imports the command line, the server
and uvicorn once, then obeys one line at a time on its standard input and answers on
its standard output:

- ``start``: forks a process that runs ``borderdesk hq serve --hq-db HQ_DB --port PORT``
  (its output appended to LOG); answers ``started PID``;
- ``kill``: ends that process with SIGKILL, as a power cut would; answers ``killed``;
- ``stop``: ends it with SIGTERM (uvicorn shuts down cleanly); answers ``stopped``.

At the end of its input it kills the server it started, if one runs, and ends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.sync.hq_server import ROOT, HqServer


def main(hq_db: str, port: str, log: str) -> int:
    import uvicorn  # noqa: F401  (loaded once, before any fork)

    import borderdesk.hq.app  # noqa: F401
    from borderdesk.cli import main as run_borderdesk

    server = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "start" and not server:
            server = os.fork()
            if server == 0:
                _serve_in_child(log, lambda: run_borderdesk(
                    ["hq", "serve", "--hq-db", hq_db, "--port", port]))
            print(f"started {server}", flush=True)
        elif command in ("kill", "stop") and server:
            os.kill(server, signal.SIGKILL if command == "kill" else signal.SIGTERM)
            os.waitpid(server, 0)
            server = 0
            print("killed" if command == "kill" else "stopped", flush=True)
        else:
            print(f"refused {command}", flush=True)
    if server:
        os.kill(server, signal.SIGKILL)
        os.waitpid(server, 0)
    return 0


def _serve_in_child(log: str, serve: Callable[[], int]) -> None:
    """In the forked process: output to the log, no hold on the parent's pipes, serve."""
    target = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.dup2(target, 1)
    os.dup2(target, 2)
    os.close(target)
    os.close(nothing)
    code = 1
    try:
        code = serve()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


class ForkedHqServer(HqServer):
    """The HQ server as this script runs it: each ``start`` forks ``borderdesk hq serve``
    from the process that loaded it; ``kill`` ends the server with SIGKILL."""

    def __init__(self, hq_db: str, log: Path) -> None:
        super().__init__(hq_db, log)
        self._loaded = subprocess.Popen(
            [sys.executable, __file__, hq_db, str(self.port), str(log)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
        self._serving = False

    def _say(self, command: str) -> str:
        assert self._loaded.stdin is not None and self._loaded.stdout is not None
        self._loaded.stdin.write(command.encode() + b"\n")
        self._loaded.stdin.flush()
        return self._loaded.stdout.readline().decode().strip()

    def start(self) -> None:
        answer = self._say("start")
        assert answer.startswith("started "), answer
        self._serving = True
        deadline = time.monotonic() + 60
        while not self._listening():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the HQ server did not start: {self.log.read_text()}")
            time.sleep(0.02)

    def _listening(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            return False
        return True

    def kill(self) -> None:
        assert self._say("kill") == "killed"
        self._serving = False

    def stop(self) -> None:
        if self._serving:
            assert self._say("stop") == "stopped"
            self._serving = False
        self._loaded.communicate(timeout=30)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
