"""Installing what headquarters publishes: each kind reaches what the station uses, a
broken artefact changes nothing, the same one twice is a no-op, an older one is refused."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core.codelists import countries, forget_installed_codelists
from borderdesk.core.errors import UserInputError
from borderdesk.core.paths import resource_path
from borderdesk.identify.refpack_sample import build_sample_pack
from borderdesk.services.assessments import active_profile, screen_stored, station_watchlist
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.backtest import backtest_profiles, open_choice, profile_choices
from borderdesk.services.declaration_detail import get_declaration
from borderdesk.services.declarations import list_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.refpacks import installed_packs
from borderdesk.services.security_log import list_events
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.sync_install import (
    InstalledArtefact,
    install_artefact,
    installed_artefacts,
)
from tests.conftest import declaration
from tests.services.roles import sign_in_as, sign_out

SHIPPED_PROFILE = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
SHIPPED_COUNTRIES = resource_path("codelists", "countries.yaml").read_text(encoding="utf-8")
#: A rule only version 2 has: anything from Turkey goes to the red lane.
HQ_RULE = """rules:
  - id: HQ-01
    title: Consignments from a source country HQ watches
    lane: red
    weight: 100
    condition: |
      origin_country == "TR"
    instruction: Physical inspection (HQ alert).
    rationale: Headquarters' analysis of recent seizures.
"""


@pytest.fixture(autouse=True)
def shipped_code_lists() -> Iterator[None]:
    """No installed code list outlives its test (the lists are the process's)."""
    yield
    forget_installed_codelists()


def profile(version: int, *, red_for_turkey: bool = False, broken: bool = False) -> bytes:
    text = SHIPPED_PROFILE.replace("id: firearms-default", "id: hq-firearms", 1) \
        .replace("version: 1", f"version: {version}", 1)
    if red_for_turkey:
        text = text.replace("rules:\n", HQ_RULE, 1)
    if broken:
        text = text.replace("lanes:\n  red: 60", "lanes:\n  red: sixty", 1)
    return text.encode("utf-8")


def country_list(version: int, *, added: dict[str, str] | None = None,
                 dropped: str | None = None) -> bytes:
    text = SHIPPED_COUNTRIES.replace("version: 1", f"version: {version}", 1)
    for code, name in (added or {}).items():
        text += f'  - {{code: "{code}", name: "{name}"}}\n'
    if dropped is not None:
        text = re.sub(rf'  - {{code: "{dropped}".*\n', "", text)
    return text.encode("utf-8")


def install(session: StationSession, kind: str, name: str, version: str, content: bytes,
            serial: int = 1, sha256: str | None = None) -> InstalledArtefact:
    return install_artefact(session, kind=kind, name=name, version=version,
                            sha256=sha256 or hashlib.sha256(content).hexdigest(),
                            content=content, serial=serial)


def lanes(session: StationSession) -> dict[str, str | None]:
    return {row.declaration_id: row.lane for row in list_declarations(session)}


def test_a_new_profile_version_reaches_the_next_screening_and_survives_a_restart(
        session: StationSession, write_json, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("TR-1")])])  # cotton t-shirts from TR
    install(session, "profile", "hq-firearms", "1", profile(1), serial=3)
    screen_stored(session)
    assert lanes(session) == {"TR-1": "green"}
    install(session, "profile", "hq-firearms", "2", profile(2, red_for_turkey=True), serial=7)
    assert active_profile(session).version == 2
    screen_stored(session)
    assert lanes(session) == {"TR-1": "red"}
    detail = get_declaration(session, "TR-1")
    assert detail.assessment is not None
    assert [hit.rule for hit in detail.assessment.hits] == ["HQ-01"]
    session.close()
    with open_station(db_path, actor="tester") as again:
        current = active_profile(again)
        assert (current.id, current.version) == ("hq-firearms", 2)
        assert [(a.name, a.version, a.serial) for a in installed_artefacts(again)] == [
            ("hq-firearms", "1", 3), ("hq-firearms", "2", 7)]


def test_an_installed_profile_can_be_back_tested_beside_a_shipped_one(
        session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("TR-1")])])
    install(session, "profile", "hq-firearms", "1", profile(1), serial=3)
    install(session, "profile", "hq-firearms", "2", profile(2, red_for_turkey=True), serial=7)
    choices = profile_choices(session)
    assert "firearms-default" in choices and choices[-1] == "headquarters:hq-firearms"
    hq = open_choice(session, "headquarters:hq-firearms")
    assert (hq.id, hq.version) == ("hq-firearms", 2)  # the newest installed version
    day = list_declarations(session)[0].lodged_at.date()
    shipped, installed = backtest_profiles(
        session, [open_choice(session, "firearms-default"), hq], date_from=day, date_to=day)
    assert "HQ-01" not in {r.rule for r in shipped.rules}
    assert {r.rule: r.hits for r in installed.rules}["HQ-01"] == 1


def test_a_broken_profile_is_refused_named_and_the_installed_one_stays(
        session: StationSession) -> None:
    install(session, "profile", "hq-firearms", "2", profile(2, red_for_turkey=True))
    with pytest.raises(UserInputError) as refused:
        install(session, "profile", "hq-firearms", "3", profile(3, broken=True), serial=9)
    message = str(refused.value)
    assert message.startswith("profile 'hq-firearms' version 3 from headquarters was not "
                              "installed, nothing changed: ")
    assert "headquarters:hq-firearms-3.yaml:" in message and "red" in message
    assert active_profile(session).version == 2
    assert [a.version for a in installed_artefacts(session)] == ["2"]
    [event] = list_events(session, kind="artefact_refused")
    assert event.details["version"] == "3" and event.details["serial"] == 9


def test_a_profile_whose_file_says_another_name_or_version_is_refused(
        session: StationSession) -> None:
    with pytest.raises(UserInputError, match="the file is profile 'hq-firearms', "
                                             "published as 'other'"):
        install(session, "profile", "other", "1", profile(1))
    with pytest.raises(UserInputError, match="the file says version 1, published as 2"):
        install(session, "profile", "hq-firearms", "2", profile(1))
    assert installed_artefacts(session) == []
    assert active_profile(session).id == "firearms-extended"


def test_the_same_artefact_twice_is_a_no_op_and_an_older_or_different_one_is_refused(
        session: StationSession) -> None:
    first = install(session, "profile", "hq-firearms", "2", profile(2))
    changes = session.database.query("SELECT count(*) FROM change_log")[0][0]
    assert install(session, "profile", "hq-firearms", "2", profile(2), serial=5) == first
    assert session.database.query("SELECT count(*) FROM change_log")[0][0] == changes
    with pytest.raises(UserInputError, match=r"version 1 from headquarters was not "
                                             r"installed: it is older than version 2"):
        install(session, "profile", "hq-firearms", "1", profile(1))
    with pytest.raises(UserInputError, match="another file of that version was installed"):
        install(session, "profile", "hq-firearms", "2", profile(2, red_for_turkey=True))
    with pytest.raises(UserInputError, match="the file's SHA-256 is"):
        install(session, "profile", "hq-firearms", "3", profile(3), sha256="0" * 64)
    assert installed_artefacts(session) == [first]
    assert [e.kind for e in list_events(session) if e.kind.startswith("artefact_")] == [
        "artefact_installed", "artefact_refused"]


def test_a_watch_list_replaces_the_station_list_at_its_threshold(
        session: StationSession) -> None:
    csv = "kind,name_or_plate,note\nperson,Dragan Jovanović,HQ alert 12\nvehicle,BG 123 XY,\n"
    install(session, "watchlist", "default", "1", csv.encode("utf-8"))
    watch = station_watchlist(session)
    assert watch is not None and watch.threshold == 90.0
    assert sorted(e.name for e in watch.entries) == ["BG 123 XY", "Dragan Jovanović"]
    broken = b"kind,name_or_plate,note\nperson,Ana,\nspaceship,Enterprise,\n"
    with pytest.raises(UserInputError) as refused:
        install(session, "watchlist", "default", "2", broken)
    message = str(refused.value)
    assert message.startswith("watchlist 'default' version 2 from headquarters was not "
                              "installed, nothing changed: default-2.csv:3:")
    watch = station_watchlist(session)
    assert watch is not None and len(watch.entries) == 2


def test_a_reference_pack_is_installed_once_and_a_broken_one_changes_nothing(
        session: StationSession, tmp_path: Path) -> None:
    archive = build_sample_pack(tmp_path / "sample.zip").read_bytes()
    install(session, "refpack", "borderdesk-sample", "1", archive)
    [pack] = installed_packs(session)
    assert (pack.pack_id, pack.version) == ("borderdesk-sample", "1")
    assert pack.folder is not None and any(pack.folder.iterdir())
    changes = session.database.query("SELECT count(*) FROM change_log")[0][0]
    install(session, "refpack", "borderdesk-sample", "1", archive, serial=2)  # no-op
    assert session.database.query("SELECT count(*) FROM change_log")[0][0] == changes
    with pytest.raises(UserInputError, match=r"^refpack 'borderdesk-sample' version 2 from "
                                             r"headquarters was not installed, "
                                             r"nothing changed: "):
        install(session, "refpack", "borderdesk-sample", "2", archive[: len(archive) // 2])
    assert [(p.pack_id, p.version) for p in installed_packs(session)] == [
        ("borderdesk-sample", "1")]
    assert [a.kind for a in installed_artefacts(session)] == ["refpack"]


def test_a_newer_country_list_names_a_new_country_after_a_restart(
        session: StationSession, write_json, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "XA" not in countries()
    install(session, "codelist", "countries", "2", country_list(2, added={"XA": "Atlantis"}))
    assert countries().name_of("XA") == "Atlantis"
    import_files(session, [write_json([declaration("XA-1", origin_country="XA",
                                                   itinerary=["XA", "BG", "RS"])])])
    assert get_declaration(session, "XA-1").route[0] == ("XA", "Atlantis")
    session.close()
    forget_installed_codelists()  # as a new process, which knows nothing installed yet
    assert "XA" not in countries()
    with open_station(db_path, actor="tester") as again:
        assert get_declaration(again, "XA-1").route[0] == ("XA", "Atlantis")


@pytest.mark.parametrize(("content", "words"), [
    (country_list(2, dropped="AD"), "codes stay once given, but these are missing: AD"),
    (country_list(1, added={"XA": "Atlantis"}), "the file says version 1, published as 2"),
    (b"codelist: countries\nversion: 2\nentries: nope\n", "countries-2.yaml:3: entries"),
])
def test_a_country_list_that_drops_a_code_or_does_not_load_is_refused(
        session: StationSession, db_path: Path, content: bytes, words: str) -> None:
    with pytest.raises(UserInputError, match=re.escape(words)):
        install(session, "codelist", "countries", "2", content)
    assert countries().version == 1 and "AD" in countries()
    assert not any((db_path.parent / "installed-codelists").glob("*"))
    assert installed_artefacts(session) == []


def test_a_code_list_no_newer_than_the_shipped_one_or_unknown_is_refused(
        session: StationSession) -> None:
    with pytest.raises(UserInputError, match="version 1 is not newer than version 1 in use"):
        install(session, "codelist", "countries", "1", country_list(1))
    with pytest.raises(UserInputError, match="a station installs only these code lists: "
                                             "countries, calibres, manufacturers"):
        install(session, "codelist", "iafq", "3", b"codelist: iafq\nversion: 3\n")


def test_installing_needs_the_sync_permission(session: StationSession) -> None:
    csv = b"kind,name_or_plate\nperson,Ana Horvat\n"
    sign_in_as(session, "trainer", name="tina")
    with pytest.raises(PermissionDenied, match=r"^trainer 'tina' may not synchronise the "
                                               r"station with headquarters: this needs one of "
                                               r"the roles officer, supervisor, risk analyst, "
                                               r"administrator$"):
        install(session, "watchlist", "default", "1", csv)
    sign_in_as(session, "supervisor", name="sara")
    assert install(session, "watchlist", "default", "1", csv).installed_by == "sara"
    sign_out(session)
    [event] = list_events(session, kind="artefact_installed")
    assert event.actor == "sara" and event.details["kind"] == "watchlist"


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(1, 4), min_size=1, max_size=6))
def test_versions_install_only_upwards(tmp_path_factory: pytest.TempPathFactory,
                                       versions: list[int]) -> None:
    path = tmp_path_factory.mktemp("station") / "station.db"
    with open_station(path, actor="tester") as session:
        highest, done = 0, []
        for number in versions:
            # One file per version: the same version again is the same artefact.
            csv = f"kind,name_or_plate,note\nperson,Person {number},\n".encode()
            if number in done or number > highest:
                install(session, "watchlist", "default", str(number), csv)
                done.append(number)
                highest = max(highest, number)
            else:
                with pytest.raises(UserInputError, match="older than version"):
                    install(session, "watchlist", "default", str(number), csv)
        installed = [int(a.version) for a in installed_artefacts(session)]
        assert installed == sorted(set(done))
        watch = station_watchlist(session)
        assert watch is not None
        assert [e.name for e in watch.entries] == [f"Person {highest}"]
