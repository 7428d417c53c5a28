"""The core runs without Qt: checked in a fresh interpreter (pytest-qt loads Qt here)."""

from __future__ import annotations

import subprocess
import sys


def test_the_command_line_and_core_import_without_qt() -> None:
    code = (
        "import sys\n"
        "import borderdesk.cli, borderdesk.services.intake, borderdesk.services.declarations\n"
        "import borderdesk.services.demo, borderdesk.store.database, borderdesk.rules\n"
        "import borderdesk.identify.engine, borderdesk.identify.refpack_archive\n"
        "import borderdesk.services.identification, borderdesk.services.refpacks\n"
        "import borderdesk.services.training_score, borderdesk.services.training_play\n"
        "import borderdesk.cli as c\n"
        "c.build_parser()\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
