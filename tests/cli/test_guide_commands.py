"""``borderdesk guide quick-reference``: the sheet for the control booth, in the station's
language or the one asked for."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf

from tests.cli.helpers import Run


def _station(tmp_path: Path, run: Callable[..., Run]) -> Path:
    db = tmp_path / "station.db"
    made = run("station", "set", "--name", "Batrovci", "--crossing", "RS-BAT", "--country",
               "RS", "--time-zone", "Europe/Belgrade", "--db", db)
    assert made.code == 0, made
    return db


def _text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), " ".join(reader.pages[0].extract_text().split())


def test_the_quick_reference_is_written_in_the_station_language_by_default(
        tmp_path: Path, run: Callable[..., Run]) -> None:
    db = _station(tmp_path, run)
    out = tmp_path / "sheets" / "quick.pdf"
    done = run("guide", "quick-reference", "-o", out, "--db", db)
    assert done.code == 0, done
    assert f"Quick reference written to {out} (en)" in done.out
    pages, text = _text(out)
    assert pages == 1
    assert "Treat every firearm as loaded." in text
    assert "Customs Administration of the Republic of Serbia" in text


def test_a_language_asked_for_is_used_and_an_unknown_one_is_said(
        tmp_path: Path, run: Callable[..., Run]) -> None:
    db = _station(tmp_path, run)
    out = tmp_path / "quick-sr.pdf"
    done = run("guide", "quick-reference", "-o", out, "--db", db, "--language", "sr-Cyrl")
    assert done.code == 0, done
    assert "(sr-Cyrl)" in done.out
    text = _text(out)[1]
    assert "Одштампано" in text and "sr-Cyrl" in text  # the footer, in Serbian Cyrillic
    assert "Treat every firearm as loaded." not in text
    unknown = run("guide", "quick-reference", "-o", tmp_path / "q.pdf", "--db", db,
                  "--language", "tlh")
    assert unknown.code == 0
    assert "there are no translations into 'tlh'" in unknown.err
    assert "(en)" in unknown.out


def test_a_missing_station_is_refused_in_words(tmp_path: Path,
                                               run: Callable[..., Run]) -> None:
    missing = run("guide", "quick-reference", "-o", tmp_path / "q.pdf", "--db",
                  tmp_path / "none.db")
    assert missing.code == 2
    assert not (tmp_path / "q.pdf").exists()
