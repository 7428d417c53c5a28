"""What the command-line tests share."""

from __future__ import annotations

import json
from typing import Any


class Run:
    """The outcome of one command: exit code, standard output and standard error."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Run(code={self.code}, out={self.out!r}, err={self.err!r})"

    def objects(self) -> list[dict[str, Any]]:
        """Standard output read as JSON Lines."""
        return [json.loads(line) for line in self.out.splitlines()]
