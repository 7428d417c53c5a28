"""What ``borderdesk --smoke-test`` checks, and the one line it prints when all passed.

Every smoke test builds the main window and draws it once (:mod:`borderdesk.ui.app`).
The *thorough* one, which a frozen build runs (scripts/build.sh, tests/packaging), also
proves that the bundle holds what a station needs, the parts that a missing hidden
import or data file would break only on an officer's laptop:

- an encrypted demo station (SQLCipher) with its accounts, made in a temporary folder
  the way the first start makes the demo station, and a sign-in with the demo password;
- the main window on it;
- a seizure report of a demo case printed to PDF, whose fonts were read from the
  bundle's ``resources/fonts`` and are embedded in the file;
- the window's font (DejaVu Sans) loaded from the bundle too.

A failed check raises :class:`SmokeFailure` naming it; the smoke test then exits 1.
Run from source the smoke test stays quick (the tests run it often); ``thorough=True``
in :func:`borderdesk.ui.app.run_gui` asks for the whole check there too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from borderdesk.core.paths import resources_dir
from borderdesk.ui.fonts import load_bundled_fonts

if TYPE_CHECKING:
    from borderdesk.services.station import StationSession

# The demo generator, the reports and reportlab are imported by the checks that use
# them: the window's start (this module is imported with it) must not wait for them.

#: Who signs in to the smoke test's demo station (an officer may print reports).
SMOKE_USER = "officer"
#: The first bytes of a plain SQLite file: an encrypted one must not start with them.
_PLAIN_SQLITE = b"SQLite format 3\x00"
#: A page object of a PDF (not the /Pages tree).
_PAGE = re.compile(rb"/Type\s*/Page(?![a-z])")


class SmokeFailure(Exception):
    """A check of the smoke test failed; the message says which and why."""


def is_frozen() -> bool:
    """Whether this is the PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


@dataclass
class SmokeRun:
    """One smoke test on a temporary ``folder``: what it opens, and what it checked."""

    folder: Path
    thorough: bool
    db_path: Path
    user: str | None = None
    password: str | None = None
    checked: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, folder: Path, *, thorough: bool) -> SmokeRun:
        """Prepare the station the window opens: an empty one, or (``thorough``) the
        encrypted demo station with its accounts."""
        run = cls(folder, thorough, folder / "smoke.db")
        if not thorough:
            return run
        from borderdesk.services.demo import create_demo_station
        from borderdesk.services.demo_accounts import DEMO_PASSWORD, protect_demo_station
        from borderdesk.services.sign_in import is_protected

        if is_frozen():
            _check_inside_bundle(resources_dir(), "the resources folder")
        create_demo_station(run.db_path)
        protect_demo_station(run.db_path)
        if not is_protected(run.db_path) or run.db_path.read_bytes()[:16] == _PLAIN_SQLITE:
            raise SmokeFailure(f"the demo station at {run.db_path} is not encrypted")
        run.user, run.password = SMOKE_USER, DEMO_PASSWORD
        return run

    def after_window(self, session: StationSession, size: tuple[int, int]) -> None:
        """The checks made once the window was drawn, on its signed-in ``session``."""
        if self.thorough:
            from borderdesk.services.versions import database_engines

            if session.keys is None:
                raise SmokeFailure("the demo station was opened without its keys")
            _sqlite, sqlcipher = database_engines()
            self.checked.append(f"encrypted demo station (SQLCipher {sqlcipher}) signed in "
                                f"as {session.actor}")
        self.checked.append(f"main window drawn at {size[0]}x{size[1]}")
        if self.thorough:
            self.checked.append(self._print_report(session))
            family = load_bundled_fonts()
            if family is None:
                raise SmokeFailure("the window's font was not found in resources/fonts")
            self.checked.append(f"window font {family}")

    def _print_report(self, session: StationSession) -> str:
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

        from borderdesk.reports.layout import FONT, FONT_BOLD
        from borderdesk.services.reports import print_seizure_report
        from borderdesk.services.seizures import list_cases

        cases = list_cases(session)
        if not cases:
            raise SmokeFailure("the demo station holds no seizure case to print")
        case = cases[-1]
        pdf_path = self.folder / "seizure-report.pdf"
        print_seizure_report(session, case.id, pdf_path)
        pdf = pdf_path.read_bytes()
        pages = len(_PAGE.findall(pdf))
        if not pdf.startswith(b"%PDF") or pages == 0:
            raise SmokeFailure(f"the seizure report {pdf_path} is not a PDF with pages")
        fonts_folder = resources_dir() / "fonts"
        for name in (FONT, FONT_BOLD):
            source = Path(pdfmetrics.getFont(name).face.filename)
            _check_inside(source, fonts_folder, f"the report font {name}")
            if is_frozen():
                _check_inside_bundle(source, f"the report font {name}")
            if not re.search(rb"/BaseFont\s*/[A-Z]{6}\+" + re.escape(name.encode()) + rb"\b",
                             pdf):
                raise SmokeFailure(f"the seizure report does not embed the font {name}")
        return (f"seizure report of {case.case_number} printed ({pages} pages, fonts "
                f"{FONT} and {FONT_BOLD} embedded, read from {fonts_folder})")

    def summary(self) -> str:
        """The one line printed when every check passed."""
        build = "frozen build" if is_frozen() else "from source"
        return f"smoke test passed ({build}): " + "; ".join(self.checked)


def _check_inside(path: Path, folder: Path, what: str) -> None:
    if not path.resolve().is_relative_to(folder.resolve()):
        raise SmokeFailure(f"{what} was read from {path}, not from {folder}")


def _check_inside_bundle(path: Path, what: str) -> None:
    """A frozen build reads its files from its own folder, never from the build machine."""
    bundle = Path(getattr(sys, "_MEIPASS", ""))
    _check_inside(path, bundle, what)
