"""The trainer console's "New scenario from a signed case…": pick a signed live case,
choose where the pack goes, and make it on a worker.

The work is :func:`borderdesk.services.training_anonymise.scenario_from_case` (every
nominal value invented, the pack checked for any value left before it is written); a
refusal comes back as its plain message under the console's tables. The new pack is
added to the console's list, ready for **Start sessions…**. The questions are module
functions so that tests answer them without a modal loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.evidence.signoff import SIGNED_OFF
from borderdesk.services.seizures import CaseSummary, list_cases
from borderdesk.services.station import StationSession
from borderdesk.services.training_anonymise import scenario_from_case
from borderdesk.services.training_sessions import slug
from borderdesk.training.pack import ScenarioPack
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.reports_actions import documents_folder

if TYPE_CHECKING:
    from borderdesk.ui.exercise_page import TrainerConsole

CONTEXT = "ExerciseFromCase"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_case(parent: QWidget, cases: list[CaseSummary]) -> CaseSummary | None:
    """Which signed case becomes a scenario; None: cancelled."""
    labels = [_tr("{number} — declaration {declaration}, {items} item(s)").format(
        number=case.case_number, declaration=case.declaration_id, items=case.item_count)
        for case in cases]
    chosen, accepted = QInputDialog.getItem(
        parent, _tr("New scenario from a signed case"),
        _tr("Signed case (every name, plate and number in it will be replaced):"),
        labels, 0, False)
    if not accepted or chosen not in labels:
        return None
    return cases[labels.index(chosen)]


def choose_destination(parent: QWidget, proposed: Path) -> Path | None:
    """Where the scenario pack (a zip) is written; None: cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the scenario pack"), str(proposed),
        _tr("Scenario packs (*.zip)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def new_scenario_from_case(console: TrainerConsole, session: StationSession) -> None:
    """Ask for a signed case and a file, then make the pack on the console's worker."""
    try:
        signed = [case for case in list_cases(session) if case.status == SIGNED_OFF]
    except BorderdeskError as exc:
        console.say(plain_error(exc))
        return
    if not signed:
        console.say(_tr("No case is signed off yet: only a closed, signed case can become "
                        "a scenario."))
        return
    case = choose_case(console, signed)
    if case is None:
        return
    destination = choose_destination(
        console, documents_folder() / f"scenario-{slug(case.case_number)}.zip")
    if destination is None:
        return

    def work(live: StationSession, _p: ProgressCallback, _c: CancelToken) -> ScenarioPack:
        return scenario_from_case(live, case.id, destination)

    def done(pack: ScenarioPack) -> None:
        console.add_pack_path(destination)
        console.say(_tr("Scenario {id} made from case {number} and added to the packs: "
                        "{path}. Read it before you use it.").format(
            id=pack.id, number=case.case_number, path=destination))

    console.run_work(_tr("Making the scenario from the case…"), work, done)
