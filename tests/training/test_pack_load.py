"""Scenario packs: the built-in ones load; a broken pack is refused naming the file, line and
field; a zip reads like its folder and unsafe archives or folders are refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from borderdesk.core.errors import BorderdeskError
from borderdesk.training.builtin import builtin_packs, find_pack
from borderdesk.training.pack_load import load_pack
from borderdesk.training.pack_source import ScenarioPackError
from tests.training.helpers import PISTOLS, line_of, pack_copy, zipped


def test_every_built_in_pack_loads_and_its_folder_is_its_id() -> None:
    packs = builtin_packs()
    assert len(packs) >= 3
    for folder in packs:
        pack = load_pack(folder)
        assert pack.id == folder.name
        assert pack.truth and pack.expected.select
        # The pack's own model identifications are walked and agree with its truth.
        assert all(item.record is not None for t in pack.truth for item in t.items)
        assert len(pack.sha256) == 64


def test_a_zip_archive_reads_like_its_folder(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    archive = zipped(folder, tmp_path / "pack.zip")
    assert load_pack(archive).sha256 == load_pack(folder).sha256
    assert load_pack(archive).declarations == load_pack(folder).declarations


def test_find_pack_takes_a_built_in_id_or_a_path(tmp_path: Path) -> None:
    assert find_pack(PISTOLS).name == PISTOLS
    assert find_pack(str(tmp_path)) == tmp_path
    with pytest.raises(BorderdeskError, match="neither a scenario pack"):
        find_pack("no-such-scenario")


@pytest.mark.parametrize(("old", "new", "field", "problem"), [
    ("title: Blank", "titel: Blank", "titel", "unknown field"),
    ("category: ammunition", "category: grenade", "category", "'grenade' is not one of"),
    ("method: inside_goods", "method: in_the_tank", "method", "is not one of"),
    ("time_zone: Europe/Belgrade", "time_zone: Europe/Nowhere", "time_zone", "time zone"),
    ("{drawing: headstamp,", "{drawing: headstamps,", "drawing", "reference drawings"),
    ("select: [RS-GRA-2026-041107]", "select: [RS-GRA-2026-041099]", "select",
     "hides items but is not expected"),
    ("steps: [secure_scene,", "steps: [secure_the_scene,", "steps", "not an evidence step"),
    ("text: \"A-412733\"}\n        pictures", "text: \"A-412783\"}\n        pictures",
     "answers", "the serial is not the item's 'A-412783'"),
    ("at: 45", "at: -5", "at", "must be 0 or more"),
    ("profile: firearms-extended", "profile: firearms-nonsense", "profile",
     "is not a shipped profile"),
])
def test_a_mistake_in_the_manifest_names_the_file_line_and_field(
        tmp_path: Path, old: str, new: str, field: str, problem: str) -> None:
    folder = pack_copy(tmp_path, replace=(old, new))
    with pytest.raises(BorderdeskError) as caught:
        load_pack(folder)
    message = str(caught.value)
    assert message.startswith(f"{folder}/manifest.yaml:"), message
    assert f": {field}: " in message and problem in message, message
    line = int(message.split(":")[1])
    # The line is the field's (or, for an item's answers, the item's) line in the file.
    assert abs(line - line_of(folder / "manifest.yaml", new.split("\n")[0])) <= 60


def test_a_model_answer_that_is_never_asked_is_refused(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path, replace=("          ammo_type: ball\n",
                                          "          ammo_type: ball\n          hammer: down\n"))
    with pytest.raises(BorderdeskError, match=r"answers: never asked .*hammer"):
        load_pack(folder)


def test_a_bad_declaration_file_reports_like_an_import(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    path = folder / "declarations.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"hs_code": "701090"',
                                                             '"hs_code": "70x090"', 1),
                    encoding="utf-8")
    with pytest.raises(ScenarioPackError) as caught:
        load_pack(folder)
    # Reported at the line where that declaration starts, as an import reports it.
    start = line_of(path, "RS-GRA-2026-041101") - 1
    assert str(caught.value) == (f"{path}:{start}: items[1].hs_code: '70x090' is not an HS "
                                 "code of 6 to 10 digits")


def test_an_amendment_of_a_declaration_not_yet_brought_is_refused(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    amended = folder / "amendment-041107.json"
    amended.write_text(amended.read_text(encoding="utf-8").replace(
        "RS-GRA-2026-041107", "RS-GRA-2026-049999"), encoding="utf-8")
    with pytest.raises(BorderdeskError, match="'RS-GRA-2026-049999' is amended before"):
        load_pack(folder)


def test_a_file_the_manifest_does_not_name_is_refused(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    (folder / "notes.txt").write_text("trainer's notes", encoding="utf-8")
    with pytest.raises(ScenarioPackError, match=r"notes\.txt: is in the pack but the manifest"):
        load_pack(folder)


def test_a_named_file_missing_from_the_pack_is_refused(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    (folder / "amendment-041107.json").unlink()
    with pytest.raises(BorderdeskError, match=r"files: 'amendment-041107\.json' is not in"):
        load_pack(folder)


def test_a_symbolic_link_in_a_folder_is_refused_not_followed(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path)
    (folder / "picture.png").symlink_to("/etc/hostname")
    with pytest.raises(ScenarioPackError, match=r"'picture\.png' is a symbolic link"):
        load_pack(folder)


def test_an_archive_member_leaving_the_pack_is_refused(tmp_path: Path) -> None:
    archive = zipped(pack_copy(tmp_path), tmp_path / "pack.zip")
    with zipfile.ZipFile(archive, "a") as handle:
        handle.writestr("../escape.json", "[]")
    with pytest.raises(ScenarioPackError, match=r"'\.\./escape\.json' leaves the pack"):
        load_pack(archive)


def test_a_newer_format_is_refused_in_words(tmp_path: Path) -> None:
    folder = pack_copy(tmp_path, replace=("format: 1", "format: 2"))
    with pytest.raises(BorderdeskError, match=r"manifest\.yaml:2: format: scenario format 2"):
        load_pack(folder)
