"""The sealed attachment format: what it opens, and everything it refuses in words."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.security.attachments import (
    HEADER_BYTES,
    MAGIC,
    TAG_BYTES,
    AttachmentDamaged,
    AttachmentKeyring,
    AttachmentRefused,
    UnknownKey,
    is_sealed,
    open_sealed,
    reseal,
    reseal_file,
    seal,
    sealed_key_id,
)
from borderdesk.security.station_keys import StationKeys

OLD, NEW = StationKeys(b"\x01" * 32), StationKeys(b"\x02" * 32)
KEYS = {OLD.key_id: OLD.attachments_key}
CONTEXT = "original:" + "ab" * 32 + ".jpg"
SECRET = b"serial 4711-XK, plate BG 123-AB"


def sealed(data: bytes = SECRET, context: str = CONTEXT) -> bytes:
    return seal(OLD.attachments_key, OLD.key_id, data, context)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4096), st.text(min_size=1, max_size=80))
def test_what_is_sealed_opens_whole_and_shows_nothing_of_itself(data: bytes,
                                                                 context: str) -> None:
    blob = seal(OLD.attachments_key, OLD.key_id, data, context)
    assert open_sealed(KEYS, blob, context) == data
    assert blob.startswith(MAGIC) and len(blob) == HEADER_BYTES + len(data) + TAG_BYTES
    assert sealed_key_id(blob) == OLD.key_id
    if len(data) >= 8:
        assert data not in blob[HEADER_BYTES:]  # the ciphertext shows none of it


def test_the_same_content_sealed_twice_differs_each_time() -> None:
    assert sealed() != sealed()  # a fresh nonce for every file


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_any_flipped_bit_is_refused(data: st.DataObject) -> None:
    blob = bytearray(sealed())
    bit = data.draw(st.integers(0, len(blob) * 8 - 1))
    blob[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(AttachmentRefused) as refused:
        open_sealed(KEYS, bytes(blob), CONTEXT)
    assert str(refused.value)  # a plain message, whatever was hit


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_file_cut_anywhere_is_refused_as_damaged(data: st.DataObject) -> None:
    blob = sealed()
    cut = data.draw(st.integers(0, len(blob) - 1))
    with pytest.raises(AttachmentDamaged):
        open_sealed(KEYS, blob[:cut], CONTEXT)


def test_a_file_kept_under_another_name_is_refused() -> None:
    # A sealed file moved over another photo's (or copy's) file fails its check.
    blob = sealed(context="original:" + "cd" * 32 + ".jpg")
    with pytest.raises(AttachmentDamaged, match="another file put in its place"):
        open_sealed(KEYS, blob, CONTEXT)
    with pytest.raises(AttachmentDamaged):
        open_sealed(KEYS, sealed(context="thumb:" + "ab" * 32), "print:" + "ab" * 32)


def test_unknown_keys_foreign_files_and_newer_formats_are_named() -> None:
    with pytest.raises(UnknownKey, match=f"station key \\({OLD.key_id}\\) that this station"):
        open_sealed({NEW.key_id: NEW.attachments_key}, sealed(), CONTEXT)
    # The right key id with the wrong key (a forged header) fails authentication.
    with pytest.raises(AttachmentDamaged):
        open_sealed({OLD.key_id: NEW.attachments_key}, sealed(), CONTEXT)
    with pytest.raises(AttachmentDamaged, match="is not an encrypted borderdesk file"):
        open_sealed(KEYS, b"\xff\xd8\xff\xe0 a plain JPEG", CONTEXT)
    newer = bytearray(sealed())
    newer[len(MAGIC)] = 2
    with pytest.raises(AttachmentDamaged, match="format 2, which this version"):
        open_sealed(KEYS, bytes(newer), CONTEXT)
    assert not is_sealed(b"plain") and is_sealed(sealed())


def test_reseal_moves_to_the_new_key_once() -> None:
    both = {**KEYS, NEW.key_id: NEW.attachments_key}
    moved = reseal(both, NEW.attachments_key, NEW.key_id, sealed(), CONTEXT)
    assert sealed_key_id(moved) == NEW.key_id
    assert open_sealed({NEW.key_id: NEW.attachments_key}, moved, CONTEXT) == SECRET
    assert reseal(both, NEW.attachments_key, NEW.key_id, moved, CONTEXT) is moved


def test_a_keyring_seals_under_its_current_key_and_opens_under_any(tmp_path: Path) -> None:
    ring = AttachmentKeyring.of(NEW, OLD)
    assert ring.current_id == NEW.key_id and NEW.data_key.hex() not in repr(ring)
    assert ring.open(sealed(), CONTEXT) == SECRET
    assert sealed_key_id(ring.seal(SECRET, CONTEXT)) == NEW.key_id
    path = tmp_path / "file"
    path.write_bytes(sealed())
    path.chmod(0o444)
    assert reseal_file(path, ring, CONTEXT, read_only=True) is True
    assert ring.is_current(path.read_bytes())
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert reseal_file(path, ring, CONTEXT, read_only=True) is False
    assert AttachmentKeyring.of(NEW).open(path.read_bytes(), CONTEXT) == SECRET
    assert [p.name for p in tmp_path.iterdir()] == ["file"]  # no temporary left
