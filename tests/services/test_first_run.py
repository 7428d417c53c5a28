"""The first-run set-up without a window: a real station built in one go, the one-click
demo, a refused enrolment, a cancellation, and the set-up run again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.clock import FixedClock
from borderdesk.core.codelists import countries
from borderdesk.core.errors import Cancelled, StoreError, UserInputError
from borderdesk.core.languages import all_languages
from borderdesk.core.progress import CancelToken
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.declarations import list_declarations
from borderdesk.services.demo_accounts import DEMO_PASSWORD
from borderdesk.services.first_run import (
    Administrator,
    Enrolment,
    EnrolmentFailed,
    SetUpPlan,
    StationDetails,
    check_administrator,
    check_enrolment,
    edit_station,
    new_recovery_key,
    password_problem,
    recovery_sheet,
    set_up_station,
    station_language,
    write_recovery_sheet,
)
from borderdesk.services.first_run_data import (
    default_time_zone,
    language_for_locale,
    time_zones,
)
from borderdesk.services.protection import recover_access
from borderdesk.services.sign_in import SignInRefused, sign_in
from tests.services.roles import sign_in_as

PASSWORD = "river bridge morning coffee"
DETAILS = StationDetails("Gradina", "RS-GRA", "RS", "Europe/Belgrade", "sr_Latn")
CLOCK = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))


def plan(**changes: object) -> SetUpPlan:
    recovery, _text = new_recovery_key()
    values: dict[str, object] = {
        "station": DETAILS, "administrator": Administrator("vesna", "Vesna Ilić", PASSWORD),
        "recovery": recovery}
    values.update(changes)
    return SetUpPlan(**values)  # type: ignore[arg-type]


def test_a_real_station_is_encrypted_with_its_administrator_details_and_recovery_key(
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    data = tmp_path / "data"
    recovery, text = new_recovery_key()
    steps: list[tuple[int, int]] = []
    result = set_up_station(data / "station.db", plan(recovery=recovery),
                            on_progress=lambda done, total: steps.append((done, total)),
                            policy=cheap_policy, clock=CLOCK)
    assert result.user == "vesna" and not result.enrolled and not result.demo
    assert steps[-1][0] == steps[-1][1] > 0
    assert sorted(path.name for path in data.iterdir()) == ["station.db", "station.db.keys"]
    assert not (data / "station.db").read_bytes().startswith(b"SQLite format 3")
    with sign_in(data / "station.db", "vesna", PASSWORD, policy=cheap_policy) as session:
        station = session.station
        assert (station.name, station.crossing_code, station.country, station.time_zone) == (
            "Gradina", "RS-GRA", "RS", "Europe/Belgrade")
        assert station_language(session) == "sr_Latn"
        assert session.user is not None and session.user.holds("administrator")
        assert list_declarations(session) == []
    with recover_access(data / "station.db", text.lower(), "vesna", "a brand new passphrase",
                        policy=cheap_policy) as recovered:
        assert recovered.station.name == "Gradina"


def test_a_real_station_may_take_the_demo_data_for_practice(
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    db = tmp_path / "station.db"
    set_up_station(db, plan(with_demo=True), policy=cheap_policy)
    with sign_in(db, "vesna", PASSWORD, policy=cheap_policy) as session:
        assert session.station.name == "Gradina"
        assert len(list_declarations(session)) >= 200
    assert (tmp_path / "photos").is_dir()
    with pytest.raises(SignInRefused, match="wrong user name"):
        sign_in(db, "officer", DEMO_PASSWORD, policy=cheap_policy)  # no demo accounts


def test_a_failed_enrolment_says_why_and_leaves_nothing(
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    data = tmp_path / "data"
    enrolment = Enrolment("http://127.0.0.1:9", "ABCD-EFGH-JKLM-NPQR-STUV")
    with pytest.raises(EnrolmentFailed, match="cannot be reached"):
        set_up_station(data / "station.db", plan(enrolment=enrolment), policy=cheap_policy)
    assert not data.exists()
    # Skipped, the same plan builds.
    set_up_station(data / "station.db", plan(), policy=cheap_policy)
    assert (data / "station.db").exists()


def test_a_cancelled_set_up_leaves_nothing_and_an_existing_station_is_kept(
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    token = CancelToken()

    def cancel_at_first_step(done: int, _total: int) -> None:
        if done == 1:
            token.cancel()

    (tmp_path / "borderdesk.ini").write_text("[x]\n", encoding="utf-8")
    with pytest.raises(Cancelled):
        set_up_station(tmp_path / "station.db", plan(), on_progress=cancel_at_first_step,
                       cancel=token, policy=cheap_policy)
    assert [path.name for path in tmp_path.iterdir()] == ["borderdesk.ini"]
    (tmp_path / "photos").mkdir()
    with pytest.raises(StoreError, match="photos"):
        set_up_station(tmp_path / "station.db", plan(), policy=cheap_policy)
    assert not (tmp_path / "station.db").exists()


def test_the_set_up_run_again_edits_the_details_only_for_an_administrator(
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    db = tmp_path / "station.db"
    set_up_station(db, plan(), policy=cheap_policy)
    changed = StationDetails("Horgoš", "RS-HOR", "RS", "Europe/Belgrade", "sr_Cyrl")
    with sign_in(db, "vesna", PASSWORD, policy=cheap_policy) as session:
        assert edit_station(session, changed).name == "Horgoš"
        assert station_language(session) == "sr_Cyrl"
        with pytest.raises(UserInputError, match="crossing code"):
            edit_station(session, StationDetails("Horgoš", " ", "RS", "UTC"))
        with pytest.raises(PermissionDenied):
            edit_station(sign_in_as(session, "officer"), DETAILS)
    with sign_in(db, "vesna", PASSWORD, policy=cheap_policy) as session:
        assert session.station.crossing_code == "RS-HOR"


def test_the_pages_checks_say_what_is_wrong(tmp_path: Path,
                                            cheap_policy: SecurityPolicy) -> None:
    admin = Administrator("Vesna Ilić", "", "short")
    with pytest.raises(UserInputError):
        check_administrator(admin, "short", policy=cheap_policy)
    good = Administrator("vesna", "Vesna Ilić", PASSWORD)
    assert password_problem(good, PASSWORD, "Gradina", policy=cheap_policy) == ""
    assert "differ" in password_problem(good, PASSWORD + "x", policy=cheap_policy)
    assert "short" in password_problem(Administrator("vesna", "", "abc"), "abc",
                                       policy=cheap_policy)
    assert "name" in password_problem(Administrator("vesna", "", "Gradina border 2026!"),
                                      "Gradina border 2026!", "Gradina border",
                                      policy=cheap_policy)
    with pytest.raises(UserInputError, match="https://"):
        check_enrolment(Enrolment("hq.example", "ABCD-EFGH-JKLM-NPQR-STUV"))
    with pytest.raises(UserInputError, match="20 letters"):
        check_enrolment(Enrolment("https://hq.example", "ABC"))
    for bad in (StationDetails("", "X", "RS", "UTC"), StationDetails("A", "X", "ZZ", "UTC"),
                StationDetails("A", "X", "RS", "Mars/Base"),
                StationDetails("A", "X", "RS", "UTC", "tlh")):
        with pytest.raises(UserInputError):
            bad.check()
    sheet = recovery_sheet(DETAILS, "vesna", "ABCDEFG-HIJKLMN")
    assert "ABCDEFG-HIJKLMN" in sheet and "Gradina" in sheet
    write_recovery_sheet(tmp_path / "key.txt", sheet)
    assert (tmp_path / "key.txt").read_text(encoding="utf-8") == sheet


def test_every_country_has_a_usual_time_zone_offered_first() -> None:
    for code in countries().names:
        zone = default_time_zone(code)
        ZoneInfo(zone)
        assert time_zones(code)[0] == zone or zone == "UTC"
    assert default_time_zone("RS") == "Europe/Belgrade"
    assert default_time_zone("MK") == "Europe/Skopje"
    assert default_time_zone("XK") == "Europe/Belgrade"


@given(st.text(max_size=20))
def test_any_locale_name_gives_one_of_the_languages(name: str) -> None:
    assert language_for_locale(name) in {language.code for language in all_languages()}
