"""The version report: the program, its engines and the data files in use."""

from __future__ import annotations

from pathlib import Path

from borderdesk import __version__
from borderdesk.core.codelists import INSTALLED_CODELISTS
from borderdesk.core.paths import default_db_path, resource_path
from borderdesk.services.assessments import activate_profile
from borderdesk.services.refpacks import install_sample_pack
from borderdesk.services.station import StationSession
from borderdesk.services.versions import (
    CHECKLIST,
    CODELIST,
    PROFILE,
    REFPACK,
    DataFile,
    shipped_versions,
    station_versions,
)


def _by_id(files: tuple[DataFile, ...]) -> dict[str, DataFile]:
    return {f.id: f for f in files}


def test_the_shipped_report_names_every_shipped_data_file() -> None:
    versions = shipped_versions()
    files = _by_id(versions.data_files)
    assert files["firearms-default"] == DataFile(PROFILE, "firearms-default", "1", "shipped")
    assert files["firearms-extended"].kind == PROFILE
    assert files["evidence-steps"] == DataFile(CHECKLIST, "evidence-steps", "2", "shipped")
    assert files["firearm-identification"].kind == CHECKLIST
    assert files["iafq"] == DataFile(CODELIST, "iafq", "2", "shipped")
    assert files["legal-categories-eu"].kind == CODELIST  # named by its `table:` key
    assert files["borderdesk-sample"] == DataFile(REFPACK, "borderdesk-sample", "1", "shipped")
    shipped_lists = {p.stem for p in resource_path("codelists").glob("*.yaml")}
    assert {f.id for f in versions.data_files if f.kind == CODELIST} == shipped_lists
    lines = versions.lines(("Qt 6.x",))
    assert lines[0] == f"borderdesk {__version__} (from source)"
    assert lines[2] == "Qt 6.x"
    assert any(line.startswith("SQLCipher 4.") for line in lines)
    assert versions.sqlcipher is not None


def test_a_newer_installed_code_list_is_the_one_in_use() -> None:
    folder = default_db_path().parent / INSTALLED_CODELISTS
    folder.mkdir(parents=True, exist_ok=True)
    newer, older = folder / "countries.yaml", folder / "calibres.yaml"
    newer.write_text("codelist: countries\nversion: 7\nentries: []\n", encoding="utf-8")
    older.write_text("codelist: calibres\nversion: 0\nentries: []\n", encoding="utf-8")
    try:
        files = _by_id(shipped_versions().data_files)
    finally:
        newer.unlink()
        older.unlink()
    assert files["countries"] == DataFile(CODELIST, "countries", "7", "installed")
    assert files["calibres"] == DataFile(CODELIST, "calibres", "1", "shipped")


def test_a_station_reports_its_active_profile_and_installed_packs(
    session: StationSession,
) -> None:
    before = [f for f in station_versions(session).data_files if f.kind in (PROFILE, REFPACK)]
    assert before == [DataFile(PROFILE, "firearms-extended", "1", "shipped")]
    activate_profile(session, "firearms-default")
    install_sample_pack(session)
    after = [f for f in station_versions(session).data_files if f.kind in (PROFILE, REFPACK)]
    assert after == [DataFile(PROFILE, "firearms-default", "1", "shipped"),
                     DataFile(REFPACK, "borderdesk-sample", "1", "installed")]


def test_a_profile_file_the_station_chose_is_named_as_such(
    session: StationSession, tmp_path: Path
) -> None:
    own = tmp_path / "local.yaml"
    text = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    own.write_text(text.replace("id: firearms-default", "id: local-rules", 1), encoding="utf-8")
    activate_profile(session, str(own))
    profile = [f for f in station_versions(session).data_files if f.kind == PROFILE]
    assert profile == [DataFile(PROFILE, "local-rules", "1", "station")]

