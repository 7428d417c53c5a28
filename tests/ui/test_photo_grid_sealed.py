"""The photo grid on an encrypted station: thumbnails built in memory from sealed files,
and a damaged original shown as no picture at all."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.security.station_keys import StationKeys
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui.seizure_photos_panel import PhotoGridModel
from tests.conftest import declaration


@pytest.fixture
def sealed_station(tmp_path: Path, write_json: Any) -> Iterator[tuple[StationSession, str]]:
    (tmp_path / "data").mkdir()
    with open_station(tmp_path / "data" / "station.db", actor="tester") as session:
        session.keys = StationKeys.generate()
        import_files(session, [write_json([declaration("RED-1")])])
        inspection = start_inspection(session, "RED-1", "physical")
        record_outcome(session, inspection.id, "seizure", "pistol under the seat")
        yield session, list_seizure_cases(session)[0].case_number


def icon_of(model: PhotoGridModel, row: int) -> QIcon:
    icon = model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    return icon


def test_thumbnails_show_from_sealed_files_and_a_damaged_one_shows_nothing(
        sealed_station: tuple[StationSession, str], tmp_path: Path) -> None:
    session, case = sealed_station
    for seed in (1, 2):
        (tmp_path / f"{seed}.jpg").write_bytes(sample_jpeg(640, 480, seed=seed))
    report = photos.import_photos(session, case, [tmp_path / "1.jpg", tmp_path / "2.jpg"])
    good, hurt = (o.photo for o in report.outcomes)
    assert good is not None and hurt is not None
    stored = photos.originals(session).path_of(hurt.sha256, ".jpg")
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes()[:-1] + b"!")  # the tag no longer matches
    shutil.rmtree(photos.photo_cache(session).root)
    model = PhotoGridModel(session)
    model.set_photos(photos.list_photos(session, case))
    shown = icon_of(model, 0)
    assert not shown.isNull() and shown.availableSizes()[0].width() == 320
    assert icon_of(model, 1).isNull()
