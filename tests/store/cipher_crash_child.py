"""The encryption crash test's child: encrypts or rotates a station's key until killed.

Run as ``python cipher_crash_child.py MODE DB KEY_A KEY_B`` (keys in hex). It imports
what it needs, waits for a line on its standard input (so the parent can start it while
the previous child still runs) and prints ``ready``. ``encrypt``: encrypts the plain
database with KEY_A once, prints ``done`` and waits to be killed. ``rotate``: finds
which of the two keys opens the database and moves it to the other, again and again,
printing ``rotated`` after each.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(mode: str, db: str, key_a: str, key_b: str) -> None:
    from borderdesk.store.cipher import encrypt_in_place, reencrypt_in_place, which_key
    from borderdesk.store.dbapi import cipher_driver

    cipher_driver()  # loaded before "ready": the kills should fall on the work itself
    path, first, second = Path(db), bytes.fromhex(key_a), bytes.fromhex(key_b)
    if not sys.stdin.readline():
        return  # the parent went away before starting it
    print("ready", flush=True)
    if mode == "encrypt":
        encrypt_in_place(path, first)
        print("done", flush=True)
        sys.stdin.readline()
        return
    key = which_key(path, [first, second])
    while True:
        other = second if key == first else first
        reencrypt_in_place(path, key, other)
        key = other
        print("rotated", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
