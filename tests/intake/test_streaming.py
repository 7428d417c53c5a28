"""Large files stream: importing a file five times larger does not take five times the memory.

Each import runs in its own Python process, which reports its peak resident
memory (``VmHWM``); a small and a large file of the same kind are compared.
If the importer held the file, or every declaration read from it, the large
file's peak would grow by more than the difference in file sizes (checked by
hand: holding the declarations grows it by about 1.8 times the difference;
streaming, by 0.1 to 0.2 times).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import declaration
from tests.intake.files import csv_text

SMALL, LARGE = 1_500, 8_000
#: About 5 KB of text per declaration, kept aside as an unknown field, so the files get
#: large (about 9 and 48 MB) while the test stays quick.
REMARKS = "Напомена о пошиљци, pregled na granici. " * 90

CHILD = r"""
import json, sys
from pathlib import Path
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station

with open_station(Path(sys.argv[1]), actor="tester") as session:
    [result] = import_files(session, [Path(sys.argv[2])]).files
# VmHWM is this process's own peak: ru_maxrss would include the parent's peak
# before exec.
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"accepted": result.accepted, "new": result.new,
                  "errors": list(result.errors[:5]), "peak_kib": peak}))
"""


def _declarations(count: int) -> Iterator[dict[str, Any]]:
    for n in range(count):
        decl = declaration(f"RS-BAT-2026-{n:07d}", remarks=f"{REMARKS}{n}")
        decl["consignee"]["name"] = f"Текстил Промет {n % 97} д.о.о."
        yield decl


def write_file(path: Path, count: int) -> Path:
    """Write ``count`` declarations, a thousand at a time."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        if path.suffix == ".json":
            out.write("[\n")
            for n, decl in enumerate(_declarations(count)):
                out.write((",\n" if n else "") + json.dumps(decl, ensure_ascii=False, indent=1))
            out.write("\n]\n")
            return path
        batch: list[dict[str, Any]] = []
        for n, decl in enumerate(_declarations(count), start=1):
            batch.append(decl)
            if len(batch) == 1000 or n == count:
                text = csv_text(batch, delimiter=";", decimal_comma=True,
                                extra={"remarks": REMARKS})
                out.write(text if n <= 1000 else text.split("\n", 1)[1])
                batch.clear()
    return path


def start_import(db: Path, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=240)
    assert process.returncode == 0, err
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return report


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_memory_stays_flat_as_the_file_grows(tmp_path: Path, suffix: str) -> None:
    small = write_file(tmp_path / f"small{suffix}", SMALL)
    large = write_file(tmp_path / f"large{suffix}", LARGE)
    size_difference = large.stat().st_size - small.stat().st_size
    assert large.stat().st_size > 40 * 2**20

    # The two processes are measured separately, so they may run side by side.
    runs = [start_import(tmp_path / "small.db", small), start_import(tmp_path / "large.db",
                                                                     large)]
    small_run, large_run = (finish(run) for run in runs)

    assert small_run["errors"] == [] and large_run["errors"] == []
    assert (small_run["new"], large_run["new"]) == (SMALL, LARGE)
    growth = (large_run["peak_kib"] - small_run["peak_kib"]) * 1024
    assert growth < 0.5 * size_difference, (
        f"peak memory grew by {growth / 2**20:.1f} MB for a file "
        f"{size_difference / 2**20:.1f} MB larger ({small_run['peak_kib'] // 1024} MB -> "
        f"{large_run['peak_kib'] // 1024} MB)")
