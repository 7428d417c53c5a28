"""The log file holds no passwords, keys, recovery keys or nominal data: a day of sign-ins
(good and bad), set-up, account changes, a refused weak password, imports and the window,
run as the program itself, then the log is searched for every secret and name it saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.services.demo_accounts import DEMO_PASSWORD

NEW_ADMIN = "a brand new admin passphrase"
WEAK = "carina2026!"
ANA = "ana first password of hers"


def _run(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, BORDERDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-m", "borderdesk", *args], capture_output=True,
                          text=True, env=full, timeout=180, check=False)


def test_the_log_holds_no_secret_and_no_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo = data / "station.db"
    assert _run(data, "demo", "--db", str(demo), "--today", "2026-11-28",
                "--protect").returncode == 0
    wrong = _run(data, "declarations", "list", "--user", "officer",
                 BORDERDESK_PASSWORD="wrong guess of a password")
    assert wrong.returncode == 2
    listed = _run(data, "declarations", "list", "--format", "jsonl", "--user", "officer",
                  BORDERDESK_PASSWORD=DEMO_PASSWORD)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert _run(data, "--user", "officer", "--smoke-test", "--db", str(demo),
                BORDERDESK_PASSWORD=DEMO_PASSWORD).returncode == 0
    other = tmp_path / "other.db"
    weak = _run(data, "setup", "--db", str(other), "--admin", "boss",
                BORDERDESK_NEW_PASSWORD=WEAK)
    assert weak.returncode == 2 and WEAK not in weak.stderr
    made = _run(data, "setup", "--db", str(other), "--admin", "boss",
                BORDERDESK_NEW_PASSWORD=NEW_ADMIN)
    recovery = next(line.strip() for line in made.stdout.splitlines() if line.count("-") == 7)
    assert _run(data, "user", "add", "ana", "--role", "officer", "--db", str(other),
                "--user", "boss", BORDERDESK_PASSWORD=NEW_ADMIN,
                BORDERDESK_NEW_PASSWORD=ANA).returncode == 0
    logs = "".join(path.read_text(encoding="utf-8", errors="replace")
                   for path in data.glob("*.log*"))
    assert "window open" in logs  # the log the program wrote is the one searched
    key_file = KeyFile.load(key_file_path(demo))
    keys = key_file.data_keys(key_file.unlock("admin", DEMO_PASSWORD))
    secrets = [DEMO_PASSWORD, NEW_ADMIN, WEAK, ANA, recovery, recovery.replace("-", "")]
    for station_keys in keys.values():
        secrets += [station_keys.data_key.hex(), station_keys.database_key.hex(),
                    station_keys.attachments_key.hex()]
    names = {row[field] for row in rows
             for field in ("consignor", "consignee", "vehicle_registration") if row.get(field)}
    assert len(names) > 50
    found = [text for text in [*secrets, *names] if text and text in logs]
    assert found == []
