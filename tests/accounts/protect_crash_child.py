"""The protection crash test's child: protects a plain station, or rotates its data key
again and again, through the services, until killed.

Run as ``python protect_crash_child.py MODE DB PASSWORD``. ``protect``: sets the station
up with the administrator ``admin`` (encrypting it), prints ``done`` and waits.
``rotate``: signs in as ``admin`` and rotates the data key, printing ``rotated`` after
each rotation. Cheap argon2 costs: the kills are meant for the encryption work.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path


def main(mode: str, db: str, password: str) -> None:
    from borderdesk.security.policy import Argon2Cost, station_policy
    from borderdesk.services.protection import protect_station, rotate_data_key
    from borderdesk.services.sign_in import sign_in
    from borderdesk.store.dbapi import cipher_driver

    cipher_driver()
    cheap = Argon2Cost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    policy = replace(station_policy(), password_hash_cost=cheap, key_wrap_cost=cheap)
    path = Path(db)
    if not sys.stdin.readline():
        return
    print("ready", flush=True)
    if mode == "protect":
        protect_station(path, "admin", password, policy=policy)
        print("done", flush=True)
        sys.stdin.readline()
        return
    while True:
        with sign_in(path, "admin", password, policy=policy) as session:
            rotate_data_key(session)
        print("rotated", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
