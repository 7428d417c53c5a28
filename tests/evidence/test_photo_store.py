"""The original store: content-addressed, read-only, written whole or not at all."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.evidence.photo_store import (
    OriginalStore,
    PhotoCache,
    StoredFileProblem,
    sha256_hex,
)

DATA = sample_jpeg(64, 48, seed=4)
DIGEST = sha256_hex(DATA)


def test_an_original_is_named_by_its_hash_read_only_and_kept_once(tmp_path: Path) -> None:
    store = OriginalStore(tmp_path / "photos")
    assert store.put(DATA, DIGEST, ".jpg") is True
    path = store.path_of(DIGEST, ".jpg")
    assert path == tmp_path / "photos" / DIGEST[:2] / f"{DIGEST}.jpg"
    assert path.read_bytes() == DATA and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert store.put(DATA, DIGEST, ".jpg") is False
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
    assert store.read(DIGEST, ".jpg") == DATA


def test_data_must_have_the_hash_given(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not have the SHA-256"):
        OriginalStore(tmp_path).put(DATA, "0" * 64, ".jpg")
    with pytest.raises(ValueError, match="not a SHA-256"):
        OriginalStore(tmp_path).path_of("../../etc/passwd", ".jpg")


def test_a_store_that_cannot_be_written_leaves_nothing_and_says_why(tmp_path: Path) -> None:
    blocked = tmp_path / "photos"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(StoredFileProblem, match="could not be stored"):
        OriginalStore(blocked).put(DATA, DIGEST, ".jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos"]


def test_a_changed_original_is_neither_read_nor_repaired(tmp_path: Path) -> None:
    store = OriginalStore(tmp_path)
    store.put(DATA, DIGEST, ".jpg")
    path = store.path_of(DIGEST, ".jpg")
    path.chmod(0o644)
    path.write_bytes(DATA + b"!")
    with pytest.raises(StoredFileProblem, match="was changed: its SHA-256 is now"):
        store.read(DIGEST, ".jpg")
    with pytest.raises(StoredFileProblem, match="was changed"):
        store.put(DATA, DIGEST, ".jpg")
    assert path.read_bytes() == DATA + b"!"


def test_the_cache_is_apart_from_the_originals_and_may_vanish(tmp_path: Path) -> None:
    cache = PhotoCache(tmp_path / "photo-cache")
    assert cache.read(DIGEST, "thumb") is None
    cache.put(DIGEST, "thumb", b"jpeg")
    path = cache.path_of(DIGEST, "thumb")
    assert cache.read(DIGEST, "thumb") == b"jpeg" and path.read_bytes() == b"jpeg"
    path.unlink()
    assert cache.read(DIGEST, "thumb") is None
