"""Building the sample reference pack from the project's own drawings.

The sample's manifest is ``resources/reference/sample-pack/manifest.yaml``; each
image it names is the drawing of the same file name in ``resources/reference/drawings/``.
The archive is written beside its destination under a temporary name and then moved
into place, so a failed build never leaves a half-written zip.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.identify.refpack import MANIFEST_NAME, parse_manifest


def sample_manifest_path() -> Path:
    """The sample pack's manifest."""
    return resource_path("reference", "sample-pack", MANIFEST_NAME)


def build_sample_pack(out: Path, drawings: Path | None = None) -> Path:
    """Write the sample pack archive to ``out`` (the drawings from ``drawings``); ``out``."""
    source = sample_manifest_path()
    text = source.read_text(encoding="utf-8")
    manifest = parse_manifest(text, str(source))
    folder = drawings if drawings is not None else resource_path("reference", "drawings")
    images = {}
    for entry in manifest.entries:
        for image in entry.images:
            drawing = folder / PurePosixPath(image.file).name
            if not drawing.is_file():
                raise DataFileError(str(source), image.line, "file", tr(
                    "the drawing {path} is missing", path=drawing))
            images[image.file] = drawing
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_NAME, text)
            for name in sorted(images):
                archive.write(images[name], name)
        Path(temporary).replace(out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
