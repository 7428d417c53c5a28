"""``borderdesk refpack import|list|search|build-sample``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.cli import main
from tests.cli.helpers import Run
from tests.identify.refpack_helpers import SVG, good_pack, write_pack
from tests.services.test_refpacks import AGREED_DRAWINGS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    try:
        code = main(list(args))
    except SystemExit as stopped:  # argparse's usage errors
        code = int(stopped.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def test_import_list_and_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "station.db")
    imported = run(capsys, "refpack", "import", str(good_pack(tmp_path / "p.zip")), "--db", db)
    assert imported.code == 0, imported
    assert "installed test-pack version 1: 2 entries, 3 images" in imported.out
    assert (tmp_path / "reference-packs" / "test-pack-1" / "images" / "m70.svg").is_file()

    listed = run(capsys, "refpack", "list", "--db", db)
    assert listed.code == 0 and "test-pack" in listed.out and "Test pack" in listed.out

    found = run(capsys, "refpack", "search", "9 mm Parabellum", "--format", "json", "--db", db)
    assert found.code == 0, found
    (hit,) = json.loads(found.out)
    assert (hit["entry"], hit["make"], hit["calibre_code"], hit["exact"]) == \
        ("cz75", "CZ", "9x19", True)
    assert Path(hit["images"][0]["path"]).is_file()

    table = run(capsys, "refpack", "search", "zastava", "--db", db)
    assert table.code == 0 and "m70" in table.out and "Zastava Arms M70 AB2" in table.out
    none = run(capsys, "refpack", "search", "walther", "--db", db)
    assert none.code == 0 and "no reference entry matches 'walther'" in none.out


def test_a_newer_version_replaces_and_an_older_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "station.db")
    assert run(capsys, "refpack", "import", str(good_pack(tmp_path / "1.zip")), "--db",
               db).code == 0
    newer = run(capsys, "refpack", "import", str(good_pack(tmp_path / "2.zip", version="2")),
                "--db", db)
    assert newer.code == 0 and "it replaces version 1" in newer.out
    older = run(capsys, "refpack", "import", str(good_pack(tmp_path / "3.zip", version="1.5")),
                "--db", db)
    assert older.code == 2
    assert "version 1.5 is an older version: version 2 is installed" in older.err
    assert "Traceback" not in older.err
    listed = run(capsys, "refpack", "list", "--all", "--format", "json", "--db", db)
    assert [(p["version"], p["replaced_at"] is None) for p in json.loads(listed.out)] == \
        [("2", True), ("1", False)]


def test_an_unsafe_pack_is_refused_in_plain_words(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "station.db")
    bad = write_pack(tmp_path / "bad.zip", {"images/m70.svg": SVG},
                     symlinks={"images/evil.svg": "/etc/passwd"})
    refused = run(capsys, "refpack", "import", str(bad), "--db", db)
    assert refused.code == 2
    assert "'images/evil.svg' is a symbolic link" in refused.err
    assert not (tmp_path / "reference-packs").exists() or \
        list((tmp_path / "reference-packs").iterdir()) == []
    empty = run(capsys, "refpack", "list", "--db", db)
    assert "no reference pack is installed" in empty.out


def test_build_sample_then_import_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drawings = tmp_path / "drawings"
    drawings.mkdir()
    for name in AGREED_DRAWINGS:
        (drawings / f"{name}.svg").write_bytes(SVG)
    out = tmp_path / "sample.zip"
    built = run(capsys, "refpack", "build-sample", str(out), "--drawings", str(drawings))
    assert built.code == 0, built
    imported = run(capsys, "refpack", "import", str(out), "--db", str(tmp_path / "s.db"))
    assert imported.code == 0 and "installed borderdesk-sample version 1" in imported.out
    missing = run(capsys, "refpack", "build-sample", str(tmp_path / "x.zip"), "--drawings",
                  str(tmp_path / "nowhere"))
    assert missing.code == 2 and "is missing" in missing.err
