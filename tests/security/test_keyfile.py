"""The key file: wraps per user and for the recovery key, rotation, waiting events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.security.envelope import (
    BadRecoveryKey,
    KeyPair,
    WrapFailed,
    recovery_pair,
    recovery_text,
)
from borderdesk.security.keyfile import KeyFile, KeyFileError
from borderdesk.security.station_keys import StationKeys
from tests.security.cheap import CHEAP

STATION = "01930000-0000-7000-8000-000000000001"


def _file(tmp_path: Path) -> tuple[KeyFile, StationKeys, KeyPair]:
    keys, recovery = StationKeys.generate(), KeyPair.generate()
    key_file = KeyFile.create(STATION, keys, recovery)
    key_file.add_user("ana", "ana's long passphrase", CHEAP, {keys.key_id: keys})
    key_file.save(tmp_path / "station.db.keys")
    return KeyFile.load(tmp_path / "station.db.keys"), keys, recovery


def test_user_and_recovery_key_both_open_the_data_key(tmp_path: Path) -> None:
    key_file, keys, recovery = _file(tmp_path)
    unlocked = key_file.unlock("ANA", "ana's long passphrase")
    assert key_file.data_keys(unlocked) == {keys.key_id: keys}
    assert key_file.recovery_keys(recovery_pair(recovery_text(recovery))) == {keys.key_id: keys}


def test_wrong_password_and_unknown_user_fail_alike(tmp_path: Path) -> None:
    key_file, _, _ = _file(tmp_path)
    with pytest.raises(WrapFailed):
        key_file.unlock("ana", "not ana's passphrase")
    with pytest.raises(WrapFailed):
        key_file.unlock("nobody", "ana's long passphrase")


def test_file_names_no_user_and_holds_no_key(tmp_path: Path) -> None:
    _, keys, _ = _file(tmp_path)
    text = (tmp_path / "station.db.keys").read_text()
    assert "ana" not in text and keys.data_key.hex() not in text


def test_wrap_moved_to_another_user_does_not_open(tmp_path: Path) -> None:
    key_file, keys, _ = _file(tmp_path)
    key_file.add_user("marko", "marko's long passphrase", CHEAP, {keys.key_id: keys})
    wraps = key_file.data["wraps"][keys.key_id]
    ana, marko = key_file.tag("ana"), key_file.tag("marko")
    wraps[ana], wraps[marko] = wraps[marko], wraps[ana]
    with pytest.raises(WrapFailed):
        key_file.data_keys(key_file.unlock("ana", "ana's long passphrase"))


def test_password_change_rewraps_only_the_users_secret(tmp_path: Path) -> None:
    key_file, keys, _ = _file(tmp_path)
    unlocked = key_file.unlock("ana", "ana's long passphrase")
    key_file.rewrap_password(unlocked, "a brand new passphrase", CHEAP)
    with pytest.raises(WrapFailed):
        key_file.unlock("ana", "ana's long passphrase")
    again = key_file.unlock("ana", "a brand new passphrase")
    assert key_file.data_keys(again) == {keys.key_id: keys}


def test_removed_user_cannot_open_anything(tmp_path: Path) -> None:
    key_file, _, _ = _file(tmp_path)
    assert key_file.remove_user("ana")
    with pytest.raises(WrapFailed):
        key_file.unlock("ana", "ana's long passphrase")
    assert all(key_file.tag("ana") not in wraps for wraps in key_file.data["wraps"].values())


def test_rotation_keeps_both_keys_live_until_finished(tmp_path: Path) -> None:
    key_file, keys, recovery = _file(tmp_path)
    new = StationKeys.generate()
    key_file.begin_rotation(new)
    unlocked = key_file.unlock("ana", "ana's long passphrase")
    assert key_file.data_keys(unlocked) == {keys.key_id: keys, new.key_id: new}
    key_file.finish_rotation()
    assert key_file.data_keys(unlocked) == {new.key_id: new}
    assert key_file.recovery_keys(recovery) == {new.key_id: new}


def test_waiting_events_are_sealed_and_opened_with_the_key(tmp_path: Path) -> None:
    key_file, keys, _ = _file(tmp_path)
    key_file.add_event({"kind": "sign_in_failed", "subject": "ana", "at": "t"})
    key_file.save()
    assert "ana" not in (tmp_path / "station.db.keys").read_text()
    events, lost = KeyFile.load(tmp_path / "station.db.keys").take_events({keys.key_id: keys})
    assert events == [{"kind": "sign_in_failed", "subject": "ana", "at": "t"}] and lost == 0


def test_damaged_or_missing_file_gets_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="missing"):
        KeyFile.load(tmp_path / "none.keys")
    (tmp_path / "bad.keys").write_text(json.dumps({"format": "other"}))
    with pytest.raises(KeyFileError, match="damaged"):
        KeyFile.load(tmp_path / "bad.keys")


def test_recovery_text_survives_how_people_copy_it() -> None:
    pair = KeyPair.generate()
    text = recovery_text(pair)
    assert recovery_pair(text.lower().replace("-", " ")) == pair
    assert recovery_pair(text.replace("O", "0").replace("I", "1")) == pair


def test_mistyped_recovery_key_is_reported_as_a_typing_mistake() -> None:
    text = recovery_text(KeyPair.generate())
    changed = ("B" if text[3] != "B" else "C").join((text[:3], text[4:]))
    with pytest.raises(BadRecoveryKey, match="typing mistake"):
        recovery_pair(changed)
    with pytest.raises(BadRecoveryKey, match="length"):
        recovery_pair(text[:-6])
