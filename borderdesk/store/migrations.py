"""The station database schema, as an ordered list of migrations.

Rules: a migration that has been released is never edited; a change is a new
migration appended at the end. ``SCHEMA_VERSION`` is the number of migrations
and is written to ``PRAGMA user_version``.

Every table of records carries ``id`` (a station-made UUIDv7), ``station_id``,
``created_at`` and ``updated_at`` (UTC text). Tables that hold what was recorded
(versions, amendments, the change log) refuse UPDATE and DELETE by trigger:
corrections are new rows.
"""

from __future__ import annotations

import sqlite_utils

from borderdesk.store import queue_repo

MIGRATIONS = sqlite_utils.Migrations("borderdesk.station")

_RECORD = """
    id TEXT PRIMARY KEY,
    station_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def _append_only(db: sqlite_utils.Database, table: str) -> None:
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


@MIGRATIONS()
def m001_station_and_declarations(db: sqlite_utils.Database) -> None:
    """Station, declarations with versions, parties, documents, goods, amendments, log."""
    statements = [
        f"""CREATE TABLE station ({_RECORD},
            name TEXT NOT NULL,
            crossing_code TEXT NOT NULL DEFAULT '',
            country TEXT,
            time_zone TEXT NOT NULL DEFAULT 'UTC',
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL)""",
        f"""CREATE TABLE imports ({_RECORD},
            created_by TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_format TEXT NOT NULL,
            declarations_new INTEGER NOT NULL,
            declarations_unchanged INTEGER NOT NULL,
            declarations_amended INTEGER NOT NULL,
            goods_lines INTEGER NOT NULL)""",
        f"""CREATE TABLE declarations ({_RECORD},
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            declaration_id TEXT NOT NULL UNIQUE,
            latest_version INTEGER NOT NULL,
            latest_version_ref TEXT NOT NULL)""",
        f"""CREATE TABLE declaration_versions ({_RECORD},
            created_by TEXT NOT NULL,
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            import_ref TEXT REFERENCES imports(id) DEFERRABLE INITIALLY DEFERRED,
            source_line INTEGER,
            content_hash TEXT NOT NULL,
            content TEXT NOT NULL,
            extra TEXT,
            lodged_at_utc TEXT NOT NULL,
            lodged_at_offset_min INTEGER NOT NULL,
            crossing TEXT NOT NULL,
            procedure TEXT NOT NULL,
            transport_mode TEXT NOT NULL,
            vehicle_registration TEXT,
            vehicle_country TEXT,
            trailer_registration TEXT,
            origin_country TEXT NOT NULL,
            dispatch_country TEXT,
            destination_country TEXT NOT NULL,
            itinerary TEXT NOT NULL,
            seals TEXT NOT NULL,
            UNIQUE (declaration_ref, version))""",
        f"""CREATE TABLE parties ({_RECORD},
            version_ref TEXT NOT NULL REFERENCES declaration_versions(id),
            role TEXT NOT NULL
                CHECK (role IN ('consignor', 'consignee', 'declarant', 'driver')),
            name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            country TEXT,
            address TEXT,
            kind TEXT,
            UNIQUE (version_ref, role))""",
        f"""CREATE TABLE documents ({_RECORD},
            version_ref TEXT NOT NULL REFERENCES declaration_versions(id),
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            reference TEXT NOT NULL,
            valid_until TEXT,
            UNIQUE (version_ref, position))""",
        f"""CREATE TABLE goods_lines ({_RECORD},
            version_ref TEXT NOT NULL REFERENCES declaration_versions(id),
            line INTEGER NOT NULL,
            hs_code TEXT NOT NULL,
            description TEXT NOT NULL,
            quantity REAL,
            unit TEXT,
            packages INTEGER,
            gross_kg REAL NOT NULL,
            net_kg REAL,
            value REAL,
            currency TEXT,
            UNIQUE (version_ref, line))""",
        f"""CREATE TABLE amendments ({_RECORD},
            created_by TEXT NOT NULL,
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            from_version INTEGER NOT NULL,
            to_version INTEGER NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT)""",
        """CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            changed_at TEXT NOT NULL,
            station_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            operation TEXT NOT NULL,
            detail TEXT)""",
        # One search row per declaration, holding its latest version's folded text.
        """CREATE VIRTUAL TABLE declaration_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2')""",
        "CREATE INDEX declaration_versions_lodged ON declaration_versions(lodged_at_utc)",
        "CREATE INDEX parties_folded ON parties(name_folded, role)",
        "CREATE INDEX goods_lines_hs ON goods_lines(hs_code)",
        "CREATE INDEX amendments_declaration ON amendments(declaration_ref, to_version)",
        "CREATE INDEX change_log_entity ON change_log(entity, entity_id)",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("declaration_versions", "parties", "documents", "goods_lines",
                  "amendments", "change_log", "imports"):
        _append_only(db, table)


@MIGRATIONS()
def m002_screening(db: sqlite_utils.Database) -> None:
    """Profiles used, station settings, watch lists and assessments (with their hits)."""
    statements = [
        # Every profile version that screened something, kept so a past decision can be
        # explained later with the exact rules that made it.
        f"""CREATE TABLE profiles ({_RECORD},
            created_by TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_text TEXT NOT NULL,
            UNIQUE (profile_id, version, sha256))""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            station_id TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL)""",
        f"""CREATE TABLE watchlists ({_RECORD},
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            name TEXT NOT NULL UNIQUE,
            threshold REAL NOT NULL CHECK (threshold BETWEEN 0 AND 100))""",
        f"""CREATE TABLE watchlist_entries ({_RECORD},
            watchlist_ref TEXT NOT NULL REFERENCES watchlists(id),
            kind TEXT NOT NULL CHECK (kind IN ('person', 'company', 'vehicle')),
            name TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            source_line INTEGER NOT NULL DEFAULT 0,
            removed_at TEXT)""",
        f"""CREATE TABLE assessments ({_RECORD},
            created_by TEXT NOT NULL,
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            version_ref TEXT NOT NULL REFERENCES declaration_versions(id),
            declaration_version INTEGER NOT NULL,
            profile_ref TEXT NOT NULL REFERENCES profiles(id),
            score REAL NOT NULL,
            lane TEXT NOT NULL CHECK (lane IN ('red', 'yellow', 'green')),
            random INTEGER NOT NULL CHECK (random IN (0, 1)))""",
        f"""CREATE TABLE assessment_hits ({_RECORD},
            assessment_ref TEXT NOT NULL REFERENCES assessments(id),
            rule_id TEXT NOT NULL,
            weight REAL NOT NULL,
            forced_lane TEXT,
            explanation TEXT NOT NULL)""",
        "CREATE INDEX assessments_declaration ON assessments(declaration_ref, created_at)",
        "CREATE INDEX assessment_hits_assessment ON assessment_hits(assessment_ref)",
        "CREATE INDEX assessment_hits_rule ON assessment_hits(rule_id)",
        "CREATE INDEX watchlist_entries_list ON watchlist_entries(watchlist_ref)",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("profiles", "assessments", "assessment_hits"):
        _append_only(db, table)



@MIGRATIONS()
def m003_inspections(db: sqlite_utils.Database) -> None:
    """Inspections with their outcome, lane changes by officers, and seizure cases."""
    statements = [
        # Started once, finished once: the outcome, once recorded, is never changed
        # (a correction will be a new entry). Rows are never deleted.
        f"""CREATE TABLE inspections ({_RECORD},
            created_by TEXT NOT NULL,
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            version_ref TEXT NOT NULL REFERENCES declaration_versions(id),
            assessment_ref TEXT REFERENCES assessments(id),
            kind TEXT NOT NULL CHECK (kind IN ('documents', 'physical', 'xray', 'dog')),
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            finished_at TEXT,
            finished_by TEXT,
            outcome TEXT CHECK (outcome IN ('nothing_found', 'irregularity', 'seizure')),
            findings TEXT,
            CHECK ((outcome IS NULL) = (finished_at IS NULL)),
            CHECK ((outcome IS NULL) = (finished_by IS NULL)))""",
        """CREATE TRIGGER inspections_finished_once BEFORE UPDATE ON inspections
            WHEN OLD.outcome IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'an inspection''s outcome is recorded once'); END""",
        """CREATE TRIGGER inspections_start_kept BEFORE UPDATE ON inspections
            WHEN NEW.id IS NOT OLD.id OR NEW.station_id IS NOT OLD.station_id
              OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
              OR NEW.declaration_ref IS NOT OLD.declaration_ref
              OR NEW.version_ref IS NOT OLD.version_ref
              OR NEW.assessment_ref IS NOT OLD.assessment_ref OR NEW.kind IS NOT OLD.kind
              OR NEW.started_at IS NOT OLD.started_at OR NEW.started_by IS NOT OLD.started_by
            BEGIN SELECT RAISE(ABORT, 'an inspection''s start is never changed'); END""",
        """CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
            BEGIN SELECT RAISE(ABORT, 'inspections are never deleted'); END""",
        # An officer's change of lane; the assessment it overrides stays as it was.
        f"""CREATE TABLE lane_changes ({_RECORD},
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            assessment_ref TEXT REFERENCES assessments(id),
            from_lane TEXT CHECK (from_lane IN ('red', 'yellow', 'green')),
            to_lane TEXT NOT NULL CHECK (to_lane IN ('red', 'yellow', 'green')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL)""",
        # Minimal until the seizure issue gives cases their full record (its migration
        # adds the rest; status is deliberately not limited here so it can grow).
        f"""CREATE TABLE seizure_cases ({_RECORD},
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            case_number TEXT NOT NULL UNIQUE,
            declaration_ref TEXT NOT NULL REFERENCES declarations(id),
            inspection_ref TEXT NOT NULL UNIQUE REFERENCES inspections(id),
            opened_by TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open')""",
        "CREATE INDEX inspections_declaration ON inspections(declaration_ref, started_at)",
        "CREATE INDEX inspections_outcome ON inspections(outcome)",
        "CREATE INDEX lane_changes_declaration ON lane_changes(declaration_ref, changed_at)",
        "CREATE INDEX seizure_cases_declaration ON seizure_cases(declaration_ref)",
    ]
    for statement in statements:
        db.execute(statement)
    _append_only(db, "lane_changes")



@MIGRATIONS()
def m004_declaration_queue(db: sqlite_utils.Database) -> None:
    """The screening queue's derived table (see :mod:`borderdesk.store.queue_repo`)."""
    db.execute(queue_repo.CREATE_TABLE)
    for statement in _M004_QUEUE_INDEXES:
        db.execute(statement)
    queue_repo.rebuild_queue(db.conn)


# What m004 created, kept as it was (a migration never changes once released);
# m007 replaces these with covering indexes.
_M004_QUEUE_INDEXES = (
    "CREATE INDEX declaration_queue_order ON declaration_queue"
    "(lane_rank, score DESC, lodged_at_utc DESC, declaration_id)",
    "CREATE INDEX declaration_queue_lodged ON declaration_queue(lodged_at_utc)",
    "CREATE INDEX declaration_queue_id ON declaration_queue(declaration_id)",
)


@MIGRATIONS()
def m005_watchlist_entry_history(db: sqlite_utils.Database) -> None:
    """Who added, changed and removed each watch-list entry, and what an edit replaced.

    An entry's kind, name and note are never changed in place: an edit marks the old
    row removed and adds a new one that ``replaces`` it (``origin_ref`` is the first
    row of that chain, so "added by" survives edits); removal only stamps who and when.
    """
    statements = [
        "ALTER TABLE watchlist_entries ADD COLUMN created_by TEXT",
        "ALTER TABLE watchlist_entries ADD COLUMN removed_by TEXT",
        "ALTER TABLE watchlist_entries ADD COLUMN replaces_ref TEXT"
        " REFERENCES watchlist_entries(id)",
        "ALTER TABLE watchlist_entries ADD COLUMN origin_ref TEXT",
        # Entries imported before this migration: the import's change-log row was
        # written in the same transaction, with the same time, by the same actor.
        """UPDATE watchlist_entries SET origin_ref = id, created_by = (
            SELECT c.actor FROM change_log c JOIN watchlists w ON w.id = c.entity_id
            WHERE c.entity = 'watchlist' AND c.operation = 'replace'
              AND w.id = watchlist_entries.watchlist_ref
              AND c.changed_at = watchlist_entries.created_at
            ORDER BY c.seq LIMIT 1)""",
        """UPDATE watchlist_entries SET removed_by = (
            SELECT c.actor FROM change_log c
            WHERE c.entity = 'watchlist' AND c.operation = 'replace'
              AND c.entity_id = watchlist_entries.watchlist_ref
              AND c.changed_at = watchlist_entries.removed_at
            ORDER BY c.seq LIMIT 1) WHERE removed_at IS NOT NULL""",
        """CREATE TRIGGER watchlist_entries_kept BEFORE UPDATE ON watchlist_entries
            WHEN NEW.id IS NOT OLD.id OR NEW.station_id IS NOT OLD.station_id
              OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
              OR NEW.watchlist_ref IS NOT OLD.watchlist_ref OR NEW.kind IS NOT OLD.kind
              OR NEW.name IS NOT OLD.name OR NEW.note IS NOT OLD.note
              OR NEW.source_line IS NOT OLD.source_line
              OR NEW.replaces_ref IS NOT OLD.replaces_ref
              OR NEW.origin_ref IS NOT OLD.origin_ref OR OLD.removed_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT,
              'a watch-list entry is never changed: an edit adds a new entry'); END""",
        """CREATE TRIGGER watchlist_entries_no_delete BEFORE DELETE ON watchlist_entries
            BEGIN SELECT RAISE(ABORT, 'watch-list entries are never deleted'); END""",
        "CREATE INDEX watchlist_entries_origin ON watchlist_entries(origin_ref)",
    ]
    for statement in statements:
        db.execute(statement)


@MIGRATIONS()
def m006_assessment_watch_matches(db: sqlite_utils.Database) -> None:
    """The watch-list matches an assessment saw: the declaration's field and value, the
    entry as listed then (kind, name, note), the score and the list's threshold."""
    statements = [
        # Copied, not referenced: the list may be replaced later, and a past decision
        # must still show the entry that made it.
        f"""CREATE TABLE assessment_watch_matches ({_RECORD},
            assessment_ref TEXT NOT NULL REFERENCES assessments(id),
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            entry_kind TEXT NOT NULL,
            entry_name TEXT NOT NULL,
            entry_note TEXT NOT NULL DEFAULT '',
            entry_line INTEGER NOT NULL DEFAULT 0,
            score REAL NOT NULL,
            threshold REAL NOT NULL)""",
        "CREATE INDEX assessment_watch_matches_assessment"
        " ON assessment_watch_matches(assessment_ref)",
    ]
    for statement in statements:
        db.execute(statement)
    _append_only(db, "assessment_watch_matches")


@MIGRATIONS()
def m007_queue_covering_indexes(db: sqlite_utils.Database) -> None:
    """One covering index per queue order, carrying the filtered columns too, so
    that sorting and filtering 100,000 declarations never reads the table."""
    for name in ("order", "lodged", "id"):
        db.execute(f"DROP INDEX IF EXISTS declaration_queue_{name}")
    for statement in queue_repo.CREATE_ORDER_INDEXES:
        db.execute(statement)


@MIGRATIONS()
def m008_reference_packs(db: sqlite_utils.Database) -> None:
    """Installed reference packs, their entries and images, and the entries' search index.

    A pack row is kept when a newer version replaces it: only its ``replaced_*`` columns
    are ever stamped, once. Entries and images are never changed; the search reads the
    entries of packs not replaced. See :mod:`borderdesk.store.refpack_repo`.
    """
    statements = [
        f"""CREATE TABLE reference_packs ({_RECORD},
            created_by TEXT NOT NULL,
            pack_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            pack_date TEXT NOT NULL,
            licence TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            manifest TEXT NOT NULL,
            archive_name TEXT NOT NULL,
            archive_sha256 TEXT NOT NULL,
            folder TEXT NOT NULL,
            entry_count INTEGER NOT NULL,
            image_count INTEGER NOT NULL,
            replaced_at TEXT,
            replaced_by TEXT,
            -- deferred: the older record is stamped before the newer one is inserted
            replaced_by_ref TEXT REFERENCES reference_packs(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (pack_id, version))""",
        "CREATE UNIQUE INDEX reference_packs_current ON reference_packs(pack_id)"
        " WHERE replaced_at IS NULL",
        """CREATE TRIGGER reference_packs_kept BEFORE UPDATE ON reference_packs
            WHEN OLD.replaced_at IS NOT NULL OR NEW.replaced_at IS NULL
              OR NEW.id IS NOT OLD.id OR NEW.pack_id IS NOT OLD.pack_id
              OR NEW.version IS NOT OLD.version OR NEW.manifest IS NOT OLD.manifest
              OR NEW.folder IS NOT OLD.folder OR NEW.created_at IS NOT OLD.created_at
              OR NEW.created_by IS NOT OLD.created_by
              OR NEW.archive_sha256 IS NOT OLD.archive_sha256
            BEGIN SELECT RAISE(ABORT,
              'a reference pack record is only ever marked replaced'); END""",
        """CREATE TRIGGER reference_packs_no_delete BEFORE DELETE ON reference_packs
            BEGIN SELECT RAISE(ABORT, 'reference pack records are never deleted'); END""",
        f"""CREATE TABLE reference_entries ({_RECORD},
            pack_ref TEXT NOT NULL REFERENCES reference_packs(id),
            position INTEGER NOT NULL,
            entry_id TEXT NOT NULL,
            make TEXT NOT NULL,
            model TEXT NOT NULL,
            category TEXT NOT NULL,
            calibre TEXT NOT NULL DEFAULT '',
            calibre_code TEXT,
            manufacturer_code TEXT,
            country TEXT,
            marking_notes TEXT NOT NULL DEFAULT '',
            -- compact forms (core.text.compact) for exact matches: "m70ab2", "zastava"
            make_key TEXT NOT NULL,
            model_key TEXT NOT NULL,
            UNIQUE (pack_ref, entry_id))""",
        "CREATE INDEX reference_entries_make ON reference_entries(make_key)",
        "CREATE INDEX reference_entries_model ON reference_entries(model_key)",
        "CREATE INDEX reference_entries_calibre ON reference_entries(calibre_code)",
        "CREATE INDEX reference_entries_maker ON reference_entries(manufacturer_code)",
        f"""CREATE TABLE reference_images ({_RECORD},
            entry_ref TEXT NOT NULL REFERENCES reference_entries(id),
            position INTEGER NOT NULL,
            file TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL,
            width INTEGER,
            height INTEGER,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL)""",
        "CREATE INDEX reference_images_entry ON reference_images(entry_ref, position)",
        # One row per entry (rowid = reference_entries.rowid), holding normalised text.
        """CREATE VIRTUAL TABLE reference_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2')""",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("reference_entries", "reference_images"):
        _append_only(db, table)


@MIGRATIONS()
def m009_identifications(db: sqlite_utils.Database) -> None:
    """Identifications of items found by an inspection: each save of the walk and each
    completed result, append-only (the latest save and result are current)."""
    statements = [
        # What is identified, from which inspection, with which checklist: never changed.
        f"""CREATE TABLE identifications ({_RECORD},
            created_by TEXT NOT NULL,
            inspection_ref TEXT NOT NULL REFERENCES inspections(id),
            item_label TEXT NOT NULL CHECK (length(trim(item_label)) > 0),
            checklist TEXT NOT NULL,
            checklist_version INTEGER NOT NULL)""",
        # Every save is a new row with the walk's whole state (Walk.to_dict), so a
        # resumed walk is exactly the one saved, and earlier states stay readable.
        f"""CREATE TABLE identification_saves ({_RECORD},
            created_by TEXT NOT NULL,
            identification_ref TEXT NOT NULL REFERENCES identifications(id),
            seq INTEGER NOT NULL CHECK (seq >= 1),
            current_step TEXT,
            state TEXT NOT NULL,
            UNIQUE (identification_ref, seq))""",
        # A completed identification's item record (ItemRecord.to_dict); completing
        # again after a correction adds a row, the latest is current.
        f"""CREATE TABLE identification_results ({_RECORD},
            created_by TEXT NOT NULL,
            identification_ref TEXT NOT NULL REFERENCES identifications(id),
            save_ref TEXT NOT NULL REFERENCES identification_saves(id),
            category TEXT NOT NULL,
            legal_category TEXT,
            result TEXT NOT NULL)""",
        "CREATE INDEX identifications_inspection ON identifications(inspection_ref)",
        "CREATE INDEX identification_results_identification"
        " ON identification_results(identification_ref)",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("identifications", "identification_saves", "identification_results"):
        _append_only(db, table)


@MIGRATIONS()
def m010_audit_chain(db: sqlite_utils.Database) -> None:
    """The hash-chained audit log of evidence records (:mod:`borderdesk.store.audit_repo`),
    the checkpoints kept of it, and the registry of audited tables."""
    statements = [
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            station_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            operation TEXT NOT NULL,
            reason TEXT,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE)""",
        "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq)",
        """CREATE TABLE audit_checkpoints (
            taken_at TEXT NOT NULL,
            station_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            purpose TEXT NOT NULL,
            length INTEGER NOT NULL CHECK (length >= 0),
            head_hash TEXT NOT NULL)""",
        # Each migration that creates an audited table adds its name here.
        "CREATE TABLE audit_tables (name TEXT PRIMARY KEY)",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("audit_log", "audit_checkpoints", "audit_tables"):
        _append_only(db, table)


def register_audited(db: sqlite_utils.Database, *tables: str) -> None:
    """Put ``tables`` under the audit chain (for the migration that creates them)."""
    for table in tables:
        db.execute("INSERT INTO audit_tables (name) VALUES (?)", (table,))



# Columns every entry of a seizure case carries: nothing is changed in place; a
# correction is a new row that ``replaces`` the old one (or ``withdrawn`` marks the
# thing gone), and after sign-off it is an ``amendment`` with its reason.
_CASE_ENTRY = """
    created_by TEXT NOT NULL,
    case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
    replaces_ref TEXT,
    withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    amendment INTEGER NOT NULL DEFAULT 0 CHECK (amendment IN (0, 1)),
    reason TEXT"""
# Last in each entry table (SQL puts table constraints after the columns).
_REASON_CHECK = "CHECK (amendment = 0 OR length(trim(coalesce(reason, ''))) > 0)"


@MIGRATIONS()
def m011_seizure_case_record(db: sqlite_utils.Database) -> None:
    """The seizure case's record (:mod:`borderdesk.store.seizure_repo`): event fields,
    items, persons (nominal data), tracing, follow-up and sign-offs, all append-only
    and under the audit chain, with the case rows already opened by inspections."""
    statements = [
        # One row per value given to an event field; the latest per field is current.
        f"""CREATE TABLE seizure_case_entries ({_RECORD}, {_CASE_ENTRY},
            field TEXT NOT NULL,
            value TEXT,
            {_REASON_CHECK})""",
        # item_ref: the item's stable id (its first row's id), which packages, labels
        # and photos refer to; number: its label within the case (1, 2, 3...).
        f"""CREATE TABLE seizure_items ({_RECORD}, {_CASE_ENTRY},
            item_ref TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            kind TEXT NOT NULL CHECK (kind IN ('firearm', 'parts', 'ammunition')),
            identification_ref TEXT REFERENCES identifications(id),
            category TEXT NOT NULL,
            component TEXT,
            calibre TEXT,
            quantity INTEGER NOT NULL CHECK (quantity >= 1),
            description TEXT NOT NULL DEFAULT '',
            record TEXT,
            {_REASON_CHECK})""",
        # Nominal data: the whole table stays at the station (sync leaves it out).
        f"""CREATE TABLE seizure_persons ({_RECORD}, {_CASE_ENTRY},
            person_ref TEXT NOT NULL,
            role TEXT NOT NULL,
            role_note TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            birth_date TEXT,
            sex TEXT,
            nationality TEXT,
            document TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            {_REASON_CHECK})""",
        f"""CREATE TABLE seizure_tracing ({_RECORD}, {_CASE_ENTRY},
            item_ref TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('registry_check', 'iarms_query',
                'trace_request', 'trace_status', 'origin')),
            request_ref TEXT REFERENCES seizure_tracing(id),
            data TEXT NOT NULL,
            {_REASON_CHECK})""",
        f"""CREATE TABLE seizure_followup ({_RECORD}, {_CASE_ENTRY},
            person_ref TEXT,
            stage TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            offences TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            {_REASON_CHECK})""",
        f"""CREATE TABLE seizure_signoffs ({_RECORD},
            created_by TEXT NOT NULL,
            case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
            note TEXT NOT NULL DEFAULT '')""",
        # A case row keeps how it was opened; only its status moves, once, to signed_off.
        """CREATE TRIGGER seizure_cases_kept BEFORE UPDATE ON seizure_cases
            WHEN NEW.id IS NOT OLD.id OR NEW.station_id IS NOT OLD.station_id
              OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
              OR NEW.case_number IS NOT OLD.case_number
              OR NEW.declaration_ref IS NOT OLD.declaration_ref
              OR NEW.inspection_ref IS NOT OLD.inspection_ref
              OR NEW.opened_by IS NOT OLD.opened_by OR NEW.opened_at IS NOT OLD.opened_at
              OR NOT (NEW.status IS OLD.status
                      OR (OLD.status = 'open' AND NEW.status = 'signed_off'))
            BEGIN SELECT RAISE(ABORT,
              'a seizure case keeps how it was opened; its status only goes to signed_off');
            END""",
        """CREATE TRIGGER seizure_cases_no_delete BEFORE DELETE ON seizure_cases
            BEGIN SELECT RAISE(ABORT, 'seizure cases are never deleted'); END""",
        "CREATE INDEX seizure_case_entries_case ON seizure_case_entries(case_ref, field)",
        "CREATE INDEX seizure_items_case ON seizure_items(case_ref, number)",
        "CREATE INDEX seizure_items_item ON seizure_items(item_ref)",
        "CREATE INDEX seizure_items_replaces ON seizure_items(replaces_ref)",
        "CREATE INDEX seizure_persons_case ON seizure_persons(case_ref)",
        "CREATE INDEX seizure_tracing_case ON seizure_tracing(case_ref, item_ref)",
        "CREATE INDEX seizure_followup_case ON seizure_followup(case_ref)",
        "CREATE INDEX seizure_signoffs_case ON seizure_signoffs(case_ref)",
    ]
    for statement in statements:
        db.execute(statement)
    tables = ("seizure_case_entries", "seizure_items", "seizure_persons", "seizure_tracing",
              "seizure_followup", "seizure_signoffs")
    for table in tables:
        _append_only(db, table)
    register_audited(db, "seizure_cases", *tables)
    _audit_opened_cases(db)


def _audit_opened_cases(db: sqlite_utils.Database) -> None:
    """Cases opened before the chain covered them enter it as they stand now."""
    from borderdesk.store.audit_repo import audit_record
    from borderdesk.store.context import WriteContext

    rows = db.execute("SELECT id, station_id, created_at FROM seizure_cases"
                      " ORDER BY rowid").fetchall()
    for case_id, station_id, _created in rows:
        # m020 has not yet added the salt column: these entries are scheme 1.
        audit_record(db.conn, WriteContext(station_id, "borderdesk (migration m011)"),
                     "seizure_cases", case_id, "open", scheme=1)


@MIGRATIONS()
def m012_evidence_steps_and_custody(db: sqlite_utils.Database) -> None:
    """Evidence steps, packages, seals and custody events (:mod:`borderdesk.store.evidence_repo`,
    :mod:`borderdesk.store.custody_repo`): all append-only and audited. A correction is a
    new step record that ``corrects_ref`` the one it replaces (at most one correction
    each, so corrections form a line); a seal number belongs to one package."""
    statements = [
        f"""CREATE TABLE evidence_packages ({_RECORD},
            created_by TEXT NOT NULL,
            case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
            label TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            items TEXT NOT NULL,
            contents TEXT NOT NULL DEFAULT '',
            packed_at TEXT NOT NULL,
            packed_by TEXT NOT NULL,
            amendment_reason TEXT)""",
        f"""CREATE TABLE evidence_steps ({_RECORD},
            created_by TEXT NOT NULL,
            case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
            checklist TEXT NOT NULL,
            checklist_version INTEGER NOT NULL,
            step TEXT NOT NULL,
            item TEXT,
            done_at TEXT NOT NULL,
            done_by TEXT NOT NULL,
            fields TEXT NOT NULL,
            not_applicable TEXT,
            package_ref TEXT REFERENCES evidence_packages(id),
            corrects_ref TEXT UNIQUE REFERENCES evidence_steps(id),
            withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
            deviations TEXT,
            deviation_reason TEXT,
            amendment_reason TEXT,
            CHECK ((deviations IS NULL) = (deviation_reason IS NULL)),
            CHECK (withdrawn = 0 OR corrects_ref IS NOT NULL))""",
        f"""CREATE TABLE evidence_seals ({_RECORD},
            created_by TEXT NOT NULL,
            package_ref TEXT NOT NULL REFERENCES evidence_packages(id),
            seal_number TEXT NOT NULL,
            seal_key TEXT NOT NULL CHECK (length(seal_key) > 0),
            sealed_at TEXT NOT NULL,
            sealed_by TEXT NOT NULL,
            amendment_reason TEXT)""",
        # The service checks this first and says it in words; the trigger keeps it true
        # whatever writes.
        """CREATE TRIGGER evidence_seals_one_package BEFORE INSERT ON evidence_seals
            WHEN EXISTS (SELECT 1 FROM evidence_seals
                         WHERE seal_key = NEW.seal_key AND package_ref <> NEW.package_ref)
            BEGIN SELECT RAISE(ABORT, 'a seal number belongs to one package'); END""",
        f"""CREATE TABLE custody_events ({_RECORD},
            created_by TEXT NOT NULL,
            package_ref TEXT NOT NULL REFERENCES evidence_packages(id),
            seq INTEGER NOT NULL CHECK (seq >= 1),
            occurred_at TEXT NOT NULL,
            released_by TEXT NOT NULL,
            received_by TEXT NOT NULL,
            purpose TEXT NOT NULL,
            place TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            amendment_reason TEXT,
            UNIQUE (package_ref, seq))""",
        "CREATE INDEX evidence_steps_case ON evidence_steps(case_ref, done_at)",
        "CREATE INDEX evidence_packages_case ON evidence_packages(case_ref)",
        "CREATE INDEX evidence_seals_package ON evidence_seals(package_ref)",
        "CREATE INDEX evidence_seals_key ON evidence_seals(seal_key)",
    ]
    for statement in statements:
        db.execute(statement)
    tables = ("evidence_packages", "evidence_steps", "evidence_seals", "custody_events")
    for table in tables:
        _append_only(db, table)
    register_audited(db, *tables)


@MIGRATIONS()
def m013_photos(db: sqlite_utils.Database) -> None:
    """The photo log (:mod:`borderdesk.store.photo_repo`): one entry per photo imported
    into a seizure case, and one per later correction, append-only and audited."""
    statements = [
        # The original's bytes are kept outside the database, named by sha256
        # (evidence/photo_store.py). A correction is a new entry of the same photo
        # (photo_ref: the first entry, revision 2, 3...) that repeats the original's
        # facts and changes the caption or links, with its reason. item, step and
        # package refs are TEXT: their tables come from the other parts of this issue.
        f"""CREATE TABLE photo_log ({_RECORD},
            created_by TEXT NOT NULL,
            photo_ref TEXT NOT NULL REFERENCES photo_log(id) DEFERRABLE INITIALLY DEFERRED,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            operation TEXT NOT NULL CHECK (operation IN ('import', 'correct')),
            case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
            item_ref TEXT,
            step_ref TEXT,
            package_ref TEXT,
            caption TEXT NOT NULL DEFAULT '',
            reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
            size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
            media_type TEXT NOT NULL,
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            file_name TEXT NOT NULL,
            taken_at TEXT,
            taken_offset TEXT,
            camera_make TEXT,
            camera_model TEXT,
            gps_lat REAL CHECK (gps_lat IS NULL OR gps_lat BETWEEN -90 AND 90),
            gps_lon REAL CHECK (gps_lon IS NULL OR gps_lon BETWEEN -180 AND 180),
            orientation INTEGER CHECK (orientation IS NULL OR orientation BETWEEN 1 AND 8),
            UNIQUE (photo_ref, revision),
            CHECK ((revision = 1) = (photo_ref = id)),
            CHECK ((revision = 1) = (operation = 'import')),
            CHECK (operation = 'import' OR reason IS NOT NULL))""",
        "CREATE INDEX photo_log_case ON photo_log(case_ref, photo_ref, revision)",
        "CREATE INDEX photo_log_sha256 ON photo_log(sha256)",
    ]
    for statement in statements:
        db.execute(statement)
    _append_only(db, "photo_log")
    register_audited(db, "photo_log")



@MIGRATIONS()
def m014_printed_reports(db: sqlite_utils.Database) -> None:
    """Every seizure report printed (:mod:`borderdesk.store.report_repo`): the case
    snapshot it was printed from, its SHA-256 (in the report's QR code), the audit
    checkpoint printed on it and the SHA-256 of the PDF file; append-only, audited."""
    db.execute(f"""CREATE TABLE printed_reports ({_RECORD},
        created_by TEXT NOT NULL,
        case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('seizure_report')),
        language TEXT NOT NULL CHECK (length(language) > 0),
        exercise INTEGER NOT NULL DEFAULT 0 CHECK (exercise IN (0, 1)),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        snapshot_sha256 TEXT NOT NULL
            CHECK (length(snapshot_sha256) = 64 AND snapshot_sha256 NOT GLOB '*[^0-9a-f]*'),
        checkpoint_length INTEGER NOT NULL CHECK (checkpoint_length >= 0),
        checkpoint_hash TEXT NOT NULL,
        pdf_sha256 TEXT NOT NULL
            CHECK (length(pdf_sha256) = 64 AND pdf_sha256 NOT GLOB '*[^0-9a-f]*'),
        pdf_name TEXT NOT NULL)""")
    db.execute("CREATE INDEX printed_reports_case ON printed_reports(case_ref, created_at)")
    db.execute("CREATE INDEX printed_reports_snapshot ON printed_reports(snapshot_sha256)")
    _append_only(db, "printed_reports")
    register_audited(db, "printed_reports")

@MIGRATIONS()
def m015_evidence_corrections(db: sqlite_utils.Database) -> None:
    """Corrections of packages, seals and custody events
    (:mod:`borderdesk.store.correction_repo`): the mistaken entry is kept as it was, and a
    new entry refers to it with the values that replace its own (``correct``) or says it
    should not have been made (``withdraw``), with the reason, who and when. A new table
    rather than new columns, so that the rows already audited stay as the chain has them."""
    db.execute(f"""CREATE TABLE evidence_corrections ({_RECORD},
        created_by TEXT NOT NULL,
        case_ref TEXT NOT NULL REFERENCES seizure_cases(id),
        target_table TEXT NOT NULL
            CHECK (target_table IN ('evidence_packages', 'evidence_seals', 'custody_events')),
        target_ref TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('correct', 'withdraw')),
        changes TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(changes)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0))""")
    db.execute("CREATE INDEX evidence_corrections_target ON evidence_corrections(target_ref)")
    # A withdrawn entry is final: nothing corrects it afterwards.
    db.execute("""CREATE TRIGGER evidence_corrections_after_withdrawal
        BEFORE INSERT ON evidence_corrections
        WHEN EXISTS (SELECT 1 FROM evidence_corrections
                     WHERE target_ref = NEW.target_ref AND action = 'withdraw')
        BEGIN SELECT RAISE(ABORT, 'a withdrawn entry is not corrected again'); END""")
    # A seal number typed wrongly (withdrawn, or corrected to another number) no longer
    # holds its number: the real seal with that number may go on another package.
    db.execute("DROP TRIGGER evidence_seals_one_package")
    db.execute("""CREATE TRIGGER evidence_seals_one_package BEFORE INSERT ON evidence_seals
        WHEN EXISTS (SELECT 1 FROM evidence_seals s
                     WHERE s.seal_key = NEW.seal_key AND s.package_ref <> NEW.package_ref
                       AND NOT EXISTS (SELECT 1 FROM evidence_corrections c
                                       WHERE c.target_ref = s.id AND (c.action = 'withdraw'
                                         OR json_extract(c.changes, '$.seal_key')
                                            IS NOT NULL)))
        BEGIN SELECT RAISE(ABORT, 'a seal number belongs to one package'); END""")
    _append_only(db, "evidence_corrections")
    register_audited(db, "evidence_corrections")


@MIGRATIONS()
def m016_security_events(db: sqlite_utils.Database) -> None:
    """Security events (:mod:`borderdesk.store.security_repo`): sign-ins and their
    failures, locks, exports, prints, refused actions, changes to accounts and keys,
    backups; append-only and audited, so that a removed or changed event is found by
    ``audit verify``. ``details`` holds ids, counts and file names, never a secret or
    nominal data; the kinds are checked by the repository (a new kind needs no new
    migration)."""
    db.execute(f"""CREATE TABLE security_events ({_RECORD},
        created_by TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (length(kind) > 0 AND kind NOT GLOB '*[^a-z_]*'),
        subject TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(details)))""")
    db.execute("CREATE INDEX security_events_kind ON security_events(kind, created_at)")
    _append_only(db, "security_events")
    register_audited(db, "security_events")


@MIGRATIONS()
def m017_accounts(db: sqlite_utils.Database) -> None:
    """User accounts (:mod:`borderdesk.store.accounts_repo`): name, roles, disabled, under
    the audit chain (who was given which role, by whom, is evidence too). The password
    hashes are in a table of their own, outside the chain and the change log, so no copy
    of a hash is kept in the audit entries."""
    db.execute(f"""CREATE TABLE accounts ({_RECORD},
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        display_name TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        must_change_password INTEGER NOT NULL DEFAULT 0
            CHECK (must_change_password IN (0, 1)),
        removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)))""")
    db.execute("""CREATE TABLE account_passwords (
        account_ref TEXT PRIMARY KEY REFERENCES accounts(id),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        changed_at TEXT NOT NULL)""")
    register_audited(db, "accounts")


@MIGRATIONS()
def m018_queue_lane_rank_stored(db: sqlite_utils.Database) -> None:
    """The queue's lane rank becomes a stored column, written with each row, so that
    the default order's index is covering (an index on a generated column never is:
    docs/performance.md). m004 creates the table from today's definition, which has
    the stored column already; only tables made by an earlier borderdesk change."""
    generated = db.execute(
        "SELECT 1 FROM pragma_table_xinfo('declaration_queue')"
        " WHERE name = 'lane_rank' AND hidden IN (2, 3)").fetchone()
    if generated is None:
        return
    # A column in an index cannot be dropped: the order's index goes first.
    db.execute("DROP INDEX declaration_queue_by_order")
    db.execute("ALTER TABLE declaration_queue DROP COLUMN lane_rank")
    db.execute("ALTER TABLE declaration_queue ADD COLUMN lane_rank INTEGER NOT NULL"
               f" DEFAULT {queue_repo.UNSCREENED_RANK}")
    db.execute(f"UPDATE declaration_queue SET lane_rank = {queue_repo.lane_rank_sql('lane')}"
               " WHERE lane IS NOT NULL")
    db.execute("CREATE INDEX declaration_queue_by_order ON declaration_queue"
               f"({queue_repo.ORDER_INDEXES['order']})")


@MIGRATIONS()
def m019_exercise(db: sqlite_utils.Database) -> None:
    """Exercise mode (:mod:`borderdesk.store.exercise_repo`). A station database made from
    a scenario pack holds one ``exercise`` row (which marks it as an exercise: the guard in
    ``services/exercise_guard.py`` refuses exports of it), the pack's files as they were
    checked, and the trainer's acts on the scenario clock and the injects released. A live
    station's tables stay empty. All append-only."""
    db.execute(f"""CREATE TABLE exercise ({_RECORD},
        created_by TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        pack_title TEXT NOT NULL,
        pack_sha256 TEXT NOT NULL CHECK (length(pack_sha256) = 64),
        trainee TEXT NOT NULL CHECK (length(trim(trainee)) > 0),
        cohort TEXT NOT NULL DEFAULT '',
        starts_at TEXT NOT NULL)""")
    db.execute("""CREATE TRIGGER exercise_one_row BEFORE INSERT ON exercise
        WHEN EXISTS (SELECT 1 FROM exercise)
        BEGIN SELECT RAISE(ABORT, 'a station database holds one exercise'); END""")
    db.execute("""CREATE TABLE exercise_pack_files (
        name TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        data BLOB NOT NULL)""")
    db.execute(f"""CREATE TABLE exercise_events ({_RECORD},
        created_by TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('clock', 'inject')),
        how TEXT NOT NULL,
        real_at TEXT NOT NULL,
        scenario_at TEXT NOT NULL,
        clock_mode TEXT CHECK (clock_mode IN ('real', 'stepped')),
        inject_ref TEXT,
        detail TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(detail)),
        CHECK ((kind = 'clock') = (clock_mode IS NOT NULL)),
        CHECK ((kind = 'inject') = (inject_ref IS NOT NULL)))""")
    db.execute("CREATE UNIQUE INDEX exercise_events_inject ON exercise_events(inject_ref)"
               " WHERE inject_ref IS NOT NULL")
    for table in ("exercise", "exercise_pack_files", "exercise_events"):
        _append_only(db, table)



@MIGRATIONS()
def m020_audit_field_digests(db: sqlite_utils.Database) -> None:
    """Audit entries from now on are scheme 2 (:mod:`borderdesk.store.audit_repo`): the
    payload is hashed field by field under the entry's random ``salt``, so that
    headquarters can verify the chain when the release policy withholds fields. Earlier
    entries keep no salt and their scheme 1 hash (adding a column changes no row)."""
    db.execute("ALTER TABLE audit_log ADD COLUMN salt TEXT"
               " CHECK (salt IS NULL OR (length(salt) = 32 AND salt NOT GLOB '*[^0-9a-f]*'))")


@MIGRATIONS()
def m021_sync(db: sqlite_utils.Database) -> None:
    """Synchronisation with headquarters (:mod:`borderdesk.sync`). ``sync_link`` is the
    station's enrolment (one row: HQ's address and pinned public keys, the station's own
    key pair); ``sync_acks`` what HQ has acknowledged of each stream (the station resends
    from there and forgets nothing before); ``sync_runs`` every attempt and its outcome
    (the status bar's "last sync" and errors); ``sync_messages`` what HQ sent back:
    remarks linked to records and refusals, shown to the supervisor. Runs and messages
    are append-only."""
    db.execute("""CREATE TABLE sync_link (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        hq_url TEXT NOT NULL,
        hq_id TEXT NOT NULL,
        hq_sign_key TEXT NOT NULL,
        hq_box_key TEXT NOT NULL,
        station_name TEXT NOT NULL,
        sign_private TEXT NOT NULL,
        box_private TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT NOT NULL)""")
    db.execute("""CREATE TABLE sync_acks (
        stream TEXT PRIMARY KEY CHECK (stream IN ('changes', 'audit', 'published', 'messages')),
        acked INTEGER NOT NULL CHECK (acked >= 0),
        updated_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE sync_runs (
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        how TEXT NOT NULL CHECK (how IN ('network', 'bundle_export', 'ack_import')),
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'partial', 'failed', 'cancelled')),
        sent INTEGER NOT NULL DEFAULT 0,
        received INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '')""")
    db.execute("""CREATE TABLE sync_messages (
        serial INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('remark', 'refusal', 'conflict')),
        entity TEXT NOT NULL DEFAULT '',
        entity_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL)""")
    db.execute("CREATE UNIQUE INDEX sync_messages_serial ON sync_messages(serial)"
               " WHERE serial > 0")
    for table in ("sync_runs", "sync_messages"):
        _append_only(db, table)


@MIGRATIONS()
def m022_sync_installed(db: sqlite_utils.Database) -> None:
    """What the station installed from headquarters (:mod:`borderdesk.store.installed_repo`):
    one row per artefact installed (a profile, watch list, reference pack or code list),
    with HQ's publication serial and the file's SHA-256, who installed it and when.
    ``content`` keeps the file itself for the kinds the station reads from here or
    restores (profiles, code lists); a watch list is in its own tables and a reference
    pack in its folder. Append-only: a newer version is a new row."""
    db.execute(f"""CREATE TABLE sync_installed ({_RECORD},
        kind TEXT NOT NULL CHECK (kind IN ('profile', 'watchlist', 'refpack', 'codelist')),
        name TEXT NOT NULL CHECK (length(name) > 0),
        version TEXT NOT NULL CHECK (length(version) > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        serial INTEGER NOT NULL,
        installed_at TEXT NOT NULL,
        installed_by TEXT NOT NULL,
        content BLOB,
        UNIQUE (kind, name, version))""")
    db.execute("CREATE INDEX sync_installed_serial ON sync_installed(serial)")
    _append_only(db, "sync_installed")

SCHEMA_VERSION = len(MIGRATIONS._migrations)
