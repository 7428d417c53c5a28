"""The sealed container of the offline bundles: round trips, and every altered byte refused."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core.errors import UserInputError
from borderdesk.sync.protocol import KeyPair
from borderdesk.sync.sealed import read_header, read_sealed, write_sealed

SENDER, RECIPIENT = KeyPair.generate(), KeyPair.generate()


def seal(target: Path, members: list[tuple[str, bytes]], *, chunk_size: int = 1024,
         recipient: KeyPair = RECIPIENT, sender: KeyPair = SENDER) -> None:
    write_sealed(target, kind="station-bundle", sender="station-1", recipient="hq-1",
                 created_at="2027-01-15T10:00:00Z", recipient_box=recipient.box_public(),
                 sign_key=sender.sign, manifest={"format": 1, "count": len(members)},
                 members=members, chunk_size=chunk_size)


def sender_key(sender: str) -> Ed25519PublicKey:
    if sender != "station-1":
        raise UserInputError(f"unknown sender {sender}")
    return SENDER.sign.public_key()


def read_all(path: Path, names: list[str], *, box: KeyPair = RECIPIENT
             ) -> tuple[dict[str, object], dict[str, bytes]]:
    with read_sealed(path, kind="station-bundle", recipient="hq-1", box_key=box.box,
                     sender_key=sender_key) as content:
        return content.manifest, {name: content.member(name) for name in names}


@settings(max_examples=40, deadline=None)
@given(data=st.lists(st.binary(max_size=3000), max_size=4),
       chunk_size=st.integers(min_value=16, max_value=2048))
def test_what_is_sealed_is_what_is_read(data: list[bytes], chunk_size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bundle"
        members = [(f"blobs/{n}", payload) for n, payload in enumerate(data)]
        seal(target, members, chunk_size=chunk_size)
        manifest, read = read_all(target, [name for name, _ in members])
        assert manifest == {"format": 1, "count": len(data)}
        assert read == dict(members)
        assert [p.name for p in Path(folder).iterdir()] == ["bundle"]


@settings(max_examples=60, deadline=None)
@given(position=st.floats(min_value=0, max_value=1, exclude_max=True),
       bit=st.integers(min_value=0, max_value=7))
def test_any_altered_byte_is_refused_before_anything_is_read(position: float, bit: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bundle"
        seal(target, [("blobs/a", bytes(range(256)) * 12)], chunk_size=512)
        data = bytearray(target.read_bytes())
        data[int(position * len(data))] ^= 1 << bit
        target.write_bytes(bytes(data))
        with pytest.raises(UserInputError, match="bundle"):
            read_all(target, ["blobs/a"])


def test_cut_short_files_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "bundle"
    seal(target, [("blobs/a", b"x" * 5000)], chunk_size=1024)
    whole = target.read_bytes()
    for length in (0, 10, 40, len(whole) // 2, len(whole) - 104, len(whole) - 1):
        target.write_bytes(whole[:length])
        with pytest.raises(UserInputError, match=r"refused|not a borderdesk"):
            read_all(target, ["blobs/a"])


def test_wrong_recipient_key_sender_or_kind_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "bundle"
    seal(target, [("blobs/a", b"photo")])
    assert read_header(target).sender == "station-1"
    with pytest.raises(UserInputError, match="cannot be decrypted with this key"):
        read_all(target, [], box=KeyPair.generate())
    with (pytest.raises(UserInputError, match="made for hq-1, not for this headquarters"),
          read_sealed(target, kind="station-bundle", recipient="hq-2",
                      box_key=RECIPIENT.box, sender_key=sender_key)):
        pass
    with (pytest.raises(UserInputError, match="is a station-bundle, not a hq-ack"),
          read_sealed(target, kind="hq-ack", recipient="hq-1", box_key=RECIPIENT.box,
                      sender_key=sender_key)):
        pass
    seal(target, [], sender=KeyPair.generate())
    with pytest.raises(UserInputError, match="signature is not the sender's"):
        read_all(target, [])
    target.write_bytes(b"PK\x03\x04 a zip, not a sealed file")
    with pytest.raises(UserInputError, match="not a borderdesk bundle"):
        read_all(target, [])


def test_members_are_read_by_exact_name_only(tmp_path: Path) -> None:
    target = tmp_path / "bundle"
    seal(target, [("blobs/a", b"photo")])
    with read_sealed(target, kind="station-bundle", recipient="hq-1", box_key=RECIPIENT.box,
                     sender_key=sender_key) as content:
        assert content.has("blobs/a") and not content.has("blobs/../blobs/a")
        with pytest.raises(UserInputError, match="lacks blobs/b"):
            content.member("blobs/b")
