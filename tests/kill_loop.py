"""Killing a child process at chosen moments, for the crash tests: each child loads what it
needs, waits for a line on its standard input, prints ``ready`` and starts its work; the
next child is started (and loads) while the current one works, so kills fall on the work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Children:
    """Children started one ahead (the next loads while this one works), all killed at the end."""

    def __init__(self, child: Path, *arguments: str) -> None:
        self.command = [sys.executable, str(child), *arguments]
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.waiting = self._start()
        self.running: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env)

    def _go(self) -> subprocess.Popen[bytes]:
        child = self.running = self.waiting
        self.waiting = self._start()
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(b"go\n")
        child.stdin.flush()
        ready = child.stdout.readline()
        assert ready == b"ready\n", child.communicate()[1].decode()
        return child

    def time_to(self, line: bytes) -> float:
        """Start the waiting child and time it until it prints ``line`` (then end it)."""
        child = self._go()
        assert child.stdout is not None
        started = time.perf_counter()
        assert child.stdout.readline() == line, child.communicate()[1].decode()
        took = time.perf_counter() - started
        child.kill()
        child.communicate()
        return took

    def kill_after(self, seconds: float) -> None:
        """Start the waiting child, kill it with SIGKILL after ``seconds``."""
        child = self._go()
        time.sleep(seconds)
        self._kill(child)

    def kill_once(self, line: bytes) -> None:
        """Start the waiting child, kill it with SIGKILL once it has printed ``line``."""
        child = self._go()
        assert child.stdout is not None and child.stdout.readline() == line
        self._kill(child)

    @staticmethod
    def _kill(child: subprocess.Popen[bytes]) -> None:
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err.decode()

    def close(self) -> None:
        for process in (self.running, self.waiting):
            if process is not None and process.poll() is None:
                process.kill()
                process.communicate()


