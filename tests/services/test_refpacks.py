"""Installing and searching reference packs at a station: whole or nothing, newer replaces."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import DataFileError
from borderdesk.identify.refpack import PackError
from borderdesk.identify.refpack_sample import build_sample_pack, sample_manifest_path
from borderdesk.services.refpacks import (
    import_pack,
    installed_packs,
    packs_root,
    search_entries,
)
from borderdesk.services.station import StationSession
from tests.conftest import dump_database
from tests.identify.refpack_helpers import SVG, good_pack, huge_png, manifest, write_pack
from tests.identify.test_refpack_archive import BAD_PACKS

# The drawings agreed for resources/reference/drawings/ (issue 5).
AGREED_DRAWINGS = {
    "revolver", "pistol-self-loading", "handgun-other", "rifle-bolt", "rifle-lever",
    "rifle-pump", "rifle-self-loading", "rifle-select-fire", "shotgun-break", "shotgun-pump",
    "shotgun-self-loading", "submachine-gun", "machine-gun", "light-weapon", "group-handgun",
    "group-long-gun", "class-ammunition", "class-part", "class-accessory",
    "class-other-weapon", "markings-pistol", "markings-revolver", "markings-rifle",
    "component-barrel", "component-slide", "component-frame", "component-receiver",
    "component-bolt", "component-cylinder", "component-magazine", "component-silencer",
    "headstamp", "alarm-barrel-obstruction", "safety-revolver-cylinder",
    "safety-pistol-condition", "status-3d-printed-frame", "status-replica-airsoft",
    "status-deactivated", "status-converted",
}


def _leftovers(session: StationSession) -> list[str]:
    root = packs_root(session)
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_a_good_pack_installs_and_is_searchable(session: StationSession,
                                                 tmp_path: Path) -> None:
    result = import_pack(session, good_pack(tmp_path / "pack.zip"))
    pack = result.pack
    assert (pack.pack_id, pack.version, pack.entries, pack.images) == ("test-pack", "1", 2, 3)
    assert pack.installed_by == "tester" and result.replaced is None
    assert pack.folder == packs_root(session) / "test-pack-1"
    assert (pack.folder / "images" / "m70.svg").read_bytes() == SVG
    assert _leftovers(session) == ["test-pack-1"]
    assert [p.pack_id for p in installed_packs(session)] == ["test-pack"]

    def found(text: str) -> list[str]:
        return [hit.entry_id for hit in search_entries(session, text)]

    assert found("Zastava") == ["m70"]
    assert found("ЗАСТАВА") == ["m70"]  # Cyrillic finds Latin: the rules' folding
    assert found("crvena zastava") == ["m70"]  # a name as marked, from the maker list
    assert found("m70") == ["m70"] and found("M 70") == ["m70"] and found("m70 ab2") == ["m70"]
    assert found("9 mm Parabellum") == ["cz75"]  # the calibre list's alias of 9x19
    assert found("tokarev") == ["m70"]  # the calibre's name, though marked "7.62x25 TT"
    assert found("trigger guard") == ["m70"]  # marking notes
    assert found("serial frame") == ["m70", "cz75"] or found("serial frame") == ["cz75", "m70"]
    assert found("walther") == [] and found("  ") == []
    (hit,) = search_entries(session, "Česká zbrojovka")  # the maker list's name for "CZ"
    assert hit.exact and hit.calibre_code == "9x19" and hit.manufacturer_code == "cz"
    assert hit.country == "CZ" and hit.category_label == "Pistol"
    assert [image.path.name for image in hit.images] == ["cz75.jpg"]
    assert all(image.path.is_file() for image in hit.images)


def test_exact_matches_come_before_partial_ones(session: StationSession,
                                                tmp_path: Path) -> None:
    entries = [{"id": f"e{i}", "make": make, "model": model, "type": "pistol",
                "images": ["images/a.svg"]}
               for i, (make, model) in enumerate([("Zastava", "M70A"), ("Zastava", "M70"),
                                                  ("Zastava", "M57")])]
    import_pack(session, write_pack(tmp_path / "p.zip", {"images/a.svg": SVG},
                                    manifest(entries)))
    hits = search_entries(session, "m70")
    assert [(h.model, h.exact) for h in hits] == [("M70", True), ("M70A", False)]


@pytest.mark.parametrize("kind", ["zip-slip", "symlink", "text-as-jpeg", "30000x30000-png",
                                  "missing-file", "svg-script", "svg-external-href",
                                  "svg-entity", "unnamed-file", "duplicate"])
def test_a_bad_pack_leaves_nothing_behind(session: StationSession, db_path: Path,
                                          tmp_path: Path, kind: str) -> None:
    before = dump_database(db_path)
    build, message = BAD_PACKS[kind]
    with pytest.raises(PackError, match=message):
        import_pack(session, build(tmp_path / f"{kind}.zip"))
    assert dump_database(db_path) == before
    assert _leftovers(session) == []
    assert search_entries(session, "zastava") == []


def test_a_bad_image_after_good_ones_leaves_no_files(session: StationSession,
                                                     db_path: Path, tmp_path: Path) -> None:
    # The good images are written before the bad one is read: they must go too.
    entries = [{"id": "a", "make": "X", "model": "Y", "type": "pistol",
                "images": ["images/a.svg", "images/b.svg", "images/z.png"]}]
    path = write_pack(tmp_path / "p.zip", {"images/a.svg": SVG, "images/b.svg": SVG,
                                           "images/z.png": huge_png(30_000, 30_000)},
                      manifest(entries))
    before = dump_database(db_path)
    with pytest.raises(PackError, match=r"images/z\.png"):
        import_pack(session, path)
    assert dump_database(db_path) == before and _leftovers(session) == []


def test_a_newer_version_replaces_the_older_and_both_are_recorded(
        session: StationSession, tmp_path: Path) -> None:
    first = import_pack(_at(session, 8), good_pack(tmp_path / "v1.zip", version="1")).pack
    result = import_pack(_at(session, 9), good_pack(tmp_path / "v2.zip", version="1.1",
                                                    title="Test pack, second edition"))
    assert result.pack.version == "1.1" and result.replaced is not None
    assert result.replaced.record_id == first.record_id
    assert result.replaced.replaced_at == "2026-11-28T09:00:00.000Z"
    assert _leftovers(session) == ["test-pack-1.1"]  # the older files are gone
    assert [p.version for p in installed_packs(session)] == ["1.1"]
    assert [(p.version, p.replaced_at is None) for p in
            installed_packs(session, include_replaced=True)] == [("1.1", True), ("1", False)]
    hits = search_entries(session, "zastava")
    assert [(h.pack_version, h.entry_id) for h in hits] == [("1.1", "m70")]
    assert hits[0].images[0].path.is_file()


@pytest.mark.parametrize(("version", "word"), [("2", "the same version"),
                                               ("2.0", "the same version"),
                                               ("1.9", "an older version")])
def test_the_same_or_an_older_version_is_refused_saying_which_is_installed(
        session: StationSession, db_path: Path, tmp_path: Path, version: str,
        word: str) -> None:
    import_pack(session, good_pack(tmp_path / "v2.zip", version="2"))
    before = dump_database(db_path)
    with pytest.raises(PackError, match=rf"pack 'test-pack' version {version} is {word}: "
                                        r"version 2 is installed"):
        import_pack(session, good_pack(tmp_path / "again.zip", version=version))
    assert dump_database(db_path) == before
    assert _leftovers(session) == ["test-pack-2"]


def test_a_folder_left_by_an_interrupted_import_is_replaced(session: StationSession,
                                                            tmp_path: Path) -> None:
    stale = packs_root(session) / "test-pack-1"
    (stale / "images").mkdir(parents=True)
    (stale / "images" / "old.svg").write_bytes(b"stale")
    import_pack(session, good_pack(tmp_path / "pack.zip"))
    assert sorted(p.name for p in (stale / "images").iterdir()) == [
        "cz75.jpg", "m70-serial.png", "m70.svg"]


def test_a_staging_folder_left_by_a_crash_is_cleared_by_the_next_import(
        session: StationSession, tmp_path: Path) -> None:
    root = packs_root(session)
    abandoned, running = root / ".importing-crashed", root / ".importing-running"
    for folder in (abandoned, running):
        (folder / "images").mkdir(parents=True)
    two_hours_ago = time.time() - 2 * 3600
    os.utime(abandoned, (two_hours_ago, two_hours_ago))
    import_pack(session, good_pack(tmp_path / "pack.zip"))
    assert not abandoned.exists()
    assert running.exists()  # it may be another import happening now


def _at(session: StationSession, hour: int) -> StationSession:
    return replace(session, clock=FixedClock(datetime(2026, 11, 28, hour, tzinfo=UTC)))


def _stub_drawings(folder: Path) -> Path:
    folder.mkdir()
    for name in AGREED_DRAWINGS:
        (folder / f"{name}.svg").write_bytes(SVG)
    return folder


def test_the_sample_pack_builds_from_the_drawings_and_installs(session: StationSession,
                                                               tmp_path: Path) -> None:
    # The project's own drawings, passing every check an authority's pack must pass.
    path = build_sample_pack(tmp_path / "out" / "sample.zip")
    pack = import_pack(session, path).pack
    assert pack.pack_id == "borderdesk-sample" and pack.entries >= 20
    assert search_entries(session, "revolver")[0].entry_id == "revolver"
    assert "alarm-converted" in [h.entry_id for h in search_entries(session, "alarm")]
    types = {h.category for h in search_entries(session, "generic", limit=100)}
    assert {"pistol", "revolver", "rifle_carbine", "shotgun", "submachine_gun",
            "machine_gun", "light_weapon", "part", "ammunition", "other_firearm"} <= types


def test_the_sample_manifest_uses_only_the_agreed_drawings(tmp_path: Path) -> None:
    text = sample_manifest_path().read_text(encoding="utf-8")
    from borderdesk.identify.refpack import parse_manifest

    files = parse_manifest(text, "sample").files
    assert {Path(f).stem for f in files} <= AGREED_DRAWINGS
    assert all(f.startswith("images/") and f.endswith(".svg") for f in files)


def test_the_sample_pack_names_a_missing_drawing(tmp_path: Path) -> None:
    drawings = _stub_drawings(tmp_path / "drawings")
    (drawings / "revolver.svg").unlink()
    with pytest.raises(DataFileError, match=r"manifest\.yaml:\d+: file: the drawing .*"
                                            r"revolver\.svg is missing"):
        build_sample_pack(tmp_path / "sample.zip", drawings)
    assert list(tmp_path.glob("*.zip")) == []
