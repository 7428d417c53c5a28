"""Playing an exercise: what the trainee's inspections of a declaration have shown, and the
pictures of what was found (drawings, the pack's photos, close-ups of the markings).

The trainee then identifies, seizes and records the evidence with the live services, on
the exercise database; :mod:`borderdesk.services.training_score` reads what was done.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.core.svg_labels import LABEL_CONTEXT, translate_labels_cached
from borderdesk.reports.layout import write_file
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.inspections import list_inspections
from borderdesk.services.station import StationSession
from borderdesk.services.training import exercise_pack
from borderdesk.store import exercise_repo
from borderdesk.training.findings import Findings, FoundPicture, findings_for
from borderdesk.training.marking_picture import marking_picture

_MEDIA = {"svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg",
          "jpeg": "image/jpeg"}


@requires(Permission.VIEW)
def findings(session: StationSession, declaration_id: str) -> Findings:
    """What the inspections recorded on the declaration have shown so far."""
    pack = exercise_pack(session)
    kinds = {inspection.kind for inspection in list_inspections(session, declaration_id)}
    return findings_for(pack, declaration_id.strip(), kinds)


@requires(Permission.VIEW)
def picture_data(session: StationSession, picture: FoundPicture) -> tuple[str, bytes]:
    """The media type and bytes of a picture of a found item (a drawing's labels in the
    language of :func:`tr`: the window's)."""
    if picture.source == "drawing":
        data = translate_labels_cached(
            resource_path("reference", "drawings", f"{picture.ref}.svg").read_bytes(),
            lambda label: tr(label, context=LABEL_CONTEXT))
    elif picture.source == "pack":
        data = exercise_repo.pack_files(session.database.conn)[picture.ref][1]
    else:
        pack = exercise_pack(session)
        item_id, place = picture.ref.split("/", 1)
        item = next(i for t in pack.truth for i in t.items if i.id == item_id)
        data = marking_picture(f"{pack.id}/{picture.ref}",
                               [m for m in item.markings if m.place == place])
    return _MEDIA[picture.name.rsplit(".", 1)[-1].lower()], data


@requires(Permission.VIEW)
def write_pictures(session: StationSession, declaration_id: str, folder: Path) -> list[Path]:
    """Write the pictures of everything found in the declaration's shipment into ``folder``
    (refused before a physical inspection found something)."""
    found = findings(session, declaration_id)
    if not found.items:
        raise UserInputError(tr("nothing was found in {id} yet: {message}",
                                id=declaration_id, message=found.message))
    written = []
    for item in found.items:
        for picture in item.pictures:
            _media, data = picture_data(session, picture)
            target = folder / picture.name
            write_file(target, data)
            written.append(target)
    return written
