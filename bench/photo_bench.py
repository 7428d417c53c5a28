"""Benchmark: importing camera photos into a seizure case against copying and hashing them.

Generates N photos (default 50) of 12 megapixels (4000 x 3000) that look like photos
(light and shade, shapes, sensor noise: JPEGs of 3-4 MB, as a camera's are) with the
EXIF a camera writes, then, in the same run, times

  * the baseline: read each file, take its SHA-256, write it to another folder and
    fsync it (what any careful copy does);
  * borderdesk: ``services.photos.import_photos`` of the folder into a seizure case:
    content sniffing, verify() and a full decode of every photo, EXIF, the original
    stored content-addressed (temporary file, fsync, rename, read-only), the audited
    photo log entry, and a thumbnail cached for each;
  * the same import into an encrypted station (a session with keys, as after sign-in):
    every original and copy sealed with AES-256-GCM before it is written;
  * remaking every thumbnail from the (sealed) originals with the cache emptied (JPEG
    draft mode), as bytes in memory.

It then checks that every original reads back byte-identical to its file (and, on the
encrypted station, that no stored file is) and prints a Markdown table for
docs/performance.md. Target: the import under 10 s for 50 photos, encrypted or not.

    .venv/bin/python bench/photo_bench.py [--photos N] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from borderdesk.evidence.photo_samples import SampleExif, jpeg_bytes, mark, photo_like
from borderdesk.security.station_keys import StationKeys
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station

TARGET_SECONDS = 10.0


def generate(folder: Path, count: int) -> int:
    """Write ``count`` distinct 12 MP JPEGs with EXIF; return their total size in bytes."""
    folder.mkdir(parents=True)
    base = photo_like(4000, 3000, seed=1)
    total = 0
    for number in range(count):
        image = base.copy()
        mark(image, number)  # each photo's bytes differ
        minute, second = divmod(number * 7, 60)
        data = jpeg_bytes(image, SampleExif(taken=f"2026:11:28 09:{minute:02d}:{second:02d}",
                                            orientation=(1, 6, 8)[number % 3]))
        (folder / f"IMG_{number:04d}.JPG").write_bytes(data)
        total += len(data)
    return total


def baseline(folder: Path, target: Path) -> float:
    """Read, hash, write and fsync every file; the seconds it took."""
    target.mkdir()
    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        with open(target / f"{digest}.jpg", "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    return time.perf_counter() - start


def seizure_case(session: StationSession, work: Path) -> str:
    """A seizure case opened by an inspection of one declaration."""
    declaration = {
        "declaration_id": "BENCH-1", "lodged_at": "2026-11-28T08:15:00+01:00",
        "crossing": "RS-BAT", "procedure": "import", "transport_mode": "truck",
        "vehicle": {"registration": "BG 1234 AB", "country": "RS"},
        "consignor": {"name": "Anadolu Tekstil A.Ş.", "country": "TR"},
        "consignee": {"name": "Tekstil Promet d.o.o.", "country": "RS"},
        "origin_country": "TR", "destination_country": "RS",
        "items": [{"line": 1, "hs_code": "610910", "description": "cotton t-shirts",
                   "quantity": 1200, "unit": "pcs", "gross_kg": 410.5}],
    }
    source = work / "declaration.json"
    source.write_text(json.dumps([declaration]), encoding="utf-8")
    import_files(session, [source])
    inspection = start_inspection(session, "BENCH-1", "physical")
    record_outcome(session, inspection.id, "seizure", "pistol under the driver's seat")
    return list_seizure_cases(session)[0].case_number


def import_into(work: Path, camera: Path, keys: StationKeys | None
                ) -> tuple[float, float, bool, bool]:
    """Import the card into a new station (encrypted when ``keys``); the import's and the
    thumbnails' seconds, whether the originals read back identical (and, sealed, are
    not on disk as they are), and whether every thumbnail was cached."""
    work.mkdir()
    with open_station(work / "station.db", actor="bench") as session:
        session.keys = keys
        case = seizure_case(session, work)
        start = time.perf_counter()
        report = photos.import_photos(session, case, [camera])
        import_seconds = time.perf_counter() - start
        imported = [o.photo for o in report.outcomes if o.photo is not None]
        store, cache = photos.originals(session), photos.photo_cache(session)
        identical = len(imported) > 0 and all(
            photos.original_bytes(session, p.id) == (camera / p.file_name).read_bytes()
            and (keys is None) == (store.path_of(p.sha256, ".jpg").read_bytes()
                                   == (camera / p.file_name).read_bytes())
            for p in imported)
        thumbs = all(cache.read(p.sha256, "thumb") is not None for p in imported)
        shutil.rmtree(cache.root)
        start = time.perf_counter()
        for photo in imported:
            photos.thumbnail_bytes(session, photo.id)
        remake_seconds = time.perf_counter() - start
    return import_seconds, remake_seconds, identical, thumbs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args(argv)
    work = args.out or Path(tempfile.mkdtemp(prefix="photo-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        camera = work / "card"
        print(f"generating {args.photos} photos of 12 MP ...", file=sys.stderr)
        size = generate(camera, args.photos)
        copy_seconds = baseline(camera, work / "copies")
        plain, plain_remake, plain_ok, plain_thumbs = import_into(work / "plain", camera, None)
        sealed, sealed_remake, sealed_ok, sealed_thumbs = import_into(
            work / "encrypted", camera, StationKeys.generate())
        ok = (plain_ok and sealed_ok and plain_thumbs and sealed_thumbs
              and max(plain, sealed) < TARGET_SECONDS)
        print(f"\n{args.photos} photos of 4000 x 3000, {size / 2**20:.0f} MB in all; "
              f"{platform.python_implementation()} {platform.python_version()}, "
              f"{os.cpu_count()} CPUs, {platform.machine()}\n")
        print("| Run | Seconds | Per photo |")
        print("|---|---:|---:|")
        for label, seconds in (
                ("baseline: read, SHA-256, write, fsync", copy_seconds),
                ("borderdesk photo import, plain station (checked, stored, logged, copies)",
                 plain),
                ("borderdesk photo import, encrypted station (the same, sealed AES-256-GCM)",
                 sealed),
                ("thumbnails remade from the originals, plain (draft mode)", plain_remake),
                ("thumbnails remade from the originals, encrypted", sealed_remake)):
            print(f"| {label} | {seconds:.2f} | {seconds / args.photos * 1000:.0f} ms |")
        print(f"\nencrypted / plain import: {sealed / plain:.2f}x; import / baseline: "
              f"{plain / copy_seconds:.1f}x plain, {sealed / copy_seconds:.1f}x encrypted; "
              f"originals read back identical: {'yes' if plain_ok and sealed_ok else 'NO'}; "
              f"thumbnails cached: {'yes' if plain_thumbs and sealed_thumbs else 'NO'}; "
              f"target under {TARGET_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
        return 0 if ok else 1
    finally:
        if args.out is None:
            for path in work.rglob("*"):
                if path.is_file():
                    path.chmod(0o644)  # the originals are read-only
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
