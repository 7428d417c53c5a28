"""Key rotation of the photo files killed at random moments (SIGKILL), then resumed.

After every kill each original still opens with the old key or the new one and
hashes to its name, and each cached copy opens; run again, the rotation finishes,
and then the new key alone opens everything.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from borderdesk.evidence.photo_store import OriginalStore, PhotoCache, sha256_hex
from borderdesk.security.attachments import AttachmentKeyring
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.photo_files import reseal_attachments

ROUNDS = 6
FILES = 24
CHILD = Path(__file__).with_name("rekey_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _fill(folder: Path, keys: StationKeys, draw: random.Random) -> None:
    ring = AttachmentKeyring.of(keys)
    store = OriginalStore(folder / "photos", ring)
    cache = PhotoCache(folder / "photo-cache", ring)
    for _ in range(FILES):
        data = draw.randbytes(draw.randrange(64_000, 256_000))
        digest = sha256_hex(data)
        store.put(data, digest, ".jpg")
        cache.put(digest, "thumb", data[:8000])


def _all_open(folder: Path, ring: AttachmentKeyring) -> None:
    store = OriginalStore(folder / "photos", ring)
    cache = PhotoCache(folder / "photo-cache", ring)
    originals = list(store.stored())
    copies = list(cache.stored())
    assert (len(originals), len(copies)) == (FILES, FILES)
    for digest, extension in originals:
        store.read(digest, extension)  # authenticated and hashed, or it raises
    for digest, rendition in copies:
        assert cache.read(digest, rendition) is not None


def _end(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            pipe.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_rotation_leaves_every_file_readable_and_finishes_when_resumed(
        tmp_path: Path) -> None:
    draw = random.Random(8)
    keys = [StationKeys.generate()]
    _fill(tmp_path, keys[0], draw)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, str(CHILD), str(tmp_path)], text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)

    child = start()
    try:
        for _ in range(ROUNDS):
            old, new = keys[-1], StationKeys.generate()
            keys.append(new)
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(f"{new.data_key.hex()} {old.data_key.hex()}\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "ready"
            time.sleep(draw.uniform(0.0, 0.35))
            _end(child)
            child = start()  # the next one starts while this round is checked
            _all_open(tmp_path, AttachmentKeyring.of(new, old))
            report = reseal_attachments(tmp_path, new, [old])
            assert report.complete
            _all_open(tmp_path, AttachmentKeyring.of(new))
    finally:
        _end(child)
