"""HQ's storage layer on both engines: opening, refusing, transactions, threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.hq import schema
from borderdesk.hq.database import Duplicate, HqDatabase, HqStoreError, redacted, sqlite_url
from borderdesk.hq.identity import init_hq, load_identity


def test_init_then_open_gives_the_same_identity_and_current_schema(hq_url: str) -> None:
    made = init_hq(hq_url, name="MUP HQ", now=1_800_000_000)
    with HqDatabase.open(hq_url) as db:
        loaded = load_identity(db)
        assert schema.version(db) == schema.LATEST
    assert (loaded.hq_id, loaded.name) == (made.hq_id, "MUP HQ")
    assert loaded.keys.sign_public() == made.keys.sign_public()
    assert loaded.keys.box_public() == made.keys.box_public()


def test_init_refuses_a_database_that_holds_hq_already(hq_url: str) -> None:
    init_hq(hq_url, now=1)
    with pytest.raises(HqStoreError, match=r"already|exists"):
        init_hq(hq_url, now=2)


def test_open_refuses_a_database_hq_init_never_prepared(hq_url: str) -> None:
    if hq_url.startswith("sqlite"):
        Path(hq_url[len("sqlite:///"):]).write_bytes(b"")
    with pytest.raises(HqStoreError, match="not a borderdesk HQ database: run borderdesk hq "
                                           "init --hq-db URL"):
        HqDatabase.open(hq_url)


def test_open_refuses_a_missing_file_without_creating_it(tmp_path: Path) -> None:
    target = tmp_path / "none.db"
    with pytest.raises(HqStoreError, match="not a borderdesk HQ database"):
        HqDatabase.open(sqlite_url(target))
    assert not target.exists()


def test_a_missing_folder_a_foreign_file_and_a_wrong_scheme_are_plain_errors(
        tmp_path: Path) -> None:
    with pytest.raises(HqStoreError, match=r"folder .* does not exist"):
        init_hq(sqlite_url(tmp_path / "no" / "hq.db"), now=1)
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8 not a database at all" * 100)
    with pytest.raises(HqStoreError, match=r"photo\.jpg"):
        HqDatabase.open(sqlite_url(foreign))
    with pytest.raises(HqStoreError, match="not a database URL") as caught:
        HqDatabase.open("mysql://root:hunter2@db/hq")
    assert "hunter2" not in str(caught.value)
    assert issubclass(HqStoreError, StoreError)


def test_an_unreachable_server_is_named_without_its_password() -> None:
    port = _closed_port()
    url = f"postgresql://hq:s3cret@127.0.0.1:{port}/hq"
    with pytest.raises(HqStoreError, match="cannot connect to PostgreSQL") as caught:
        HqDatabase.open(url)
    assert "s3cret" not in str(caught.value)
    assert f"hq@127.0.0.1:{port}/hq" in str(caught.value)
    assert redacted(url) == f"postgresql://hq@127.0.0.1:{port}/hq"


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_newer_schema_is_refused_untouched(hq_url: str) -> None:
    init_hq(hq_url, now=1)
    with HqDatabase.open(hq_url) as db, db.transaction() as tx:
        tx.run("UPDATE hq_schema SET version = ?", (schema.LATEST + 5,))
    with pytest.raises(HqStoreError, match="newer borderdesk"):
        HqDatabase.open(hq_url)


def test_a_failed_transaction_leaves_nothing_and_a_duplicate_key_is_duplicate(
        hq_db: HqDatabase) -> None:
    insert = ("INSERT INTO hq_nonces (station_id, nonce, seen_at) VALUES (?, ?, ?)")

    def twice() -> None:
        with hq_db.transaction() as tx:
            tx.run(insert, ("s", "n1", 1))
            tx.run(insert, ("s", "n1", 2))

    with pytest.raises(Duplicate):
        twice()
    with hq_db.transaction() as tx:
        assert tx.execute("SELECT count(*) FROM hq_nonces") == [(0,)]
        assert tx.run(insert + " ON CONFLICT DO NOTHING", ("s", "n1", 1)) == 1
        assert tx.run(insert + " ON CONFLICT DO NOTHING", ("s", "n1", 1)) == 0
        assert tx.one("SELECT seen_at FROM hq_nonces WHERE nonce = ?", ("n1",)) == (1,)


def test_binary_values_and_percent_signs_survive_both_engines(hq_db: HqDatabase) -> None:
    data = bytes(range(256)) * 3
    with hq_db.transaction() as tx:
        tx.run("INSERT INTO hq_blob_chunks (sha256, byte_offset, data) VALUES (?, ?, ?)",
               ("x", 0, data))
        tx.run("INSERT INTO hq_messages (station_id, kind, text, created_at)"
               " VALUES (?, 'remark', '100% sure', ?)", ("s", 1))
    with hq_db.transaction(write=False) as tx:
        assert bytes(tx.execute("SELECT data FROM hq_blob_chunks")[0][0]) == data
        assert tx.execute("SELECT text FROM hq_messages WHERE text LIKE '100%'") == \
            [("100% sure",)]


def test_threads_each_get_a_connection_and_writes_serialise(hq_db: HqDatabase) -> None:
    """Eight threads count up 10 times each through a read-then-write: no lost update."""
    with hq_db.transaction() as tx:
        tx.run("INSERT INTO hq_streams (station_id, stream, acked) VALUES ('s', 'changes', 0)")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                with hq_db.transaction() as tx:
                    row = tx.one("SELECT acked FROM hq_streams WHERE station_id = 's'"
                                 " FOR UPDATE")
                    assert row is not None
                    tx.run("UPDATE hq_streams SET acked = ? WHERE station_id = 's'",
                           (row[0] + 1,))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with hq_db.transaction(write=False) as tx:
        assert tx.one("SELECT acked FROM hq_streams") == (80,)
