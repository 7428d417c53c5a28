"""The extractor finds each message with the context the program looks it up in, and the
committed .ts files are what an extraction gives."""

from __future__ import annotations

from pathlib import Path

from borderdesk.i18n_tools.commands import stale_files
from borderdesk.i18n_tools.extract_code import extract_code
from borderdesk.i18n_tools.messages import Message, Problem
from tests.i18n.conftest import ROOT

CORE = '''
from borderdesk.core.i18n import mark, tr

CONTEXT = "scoring"
KINDS = {"a": mark("Firearm")}

def explain(n):
    return tr("{n} rules hit", n=n) + tr("Lane", CONTEXT) + tr("Random", context="rules")
'''
UI = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog
from borderdesk.ui.helpers import _h

_CONTEXT = "QueueModel"
TITLES = [QT_TRANSLATE_NOOP("QueueModel", "Score")]

def _tr(text):
    return QCoreApplication.translate(_CONTEXT, text)

def _in(context, text):
    return QCoreApplication.translate(context, str(text))

class ImportDialog(QDialog):
    def build(self, parent, name):
        self.setWindowTitle(self.tr("Import"))
        translate = QCoreApplication.translate
        translate("ImportProblems", "rejected")
        _tr("Lodged")
        _in("SeizuresModel", "Open")
        _h("Custody")
        parent.tr("Not extractable")
        self.tr(f"Case {name}")
'''
HELPERS = '''
from PySide6.QtCore import QCoreApplication

def _h(text):
    return QCoreApplication.translate("CustodyHistory", text)
'''
REPORT = '''
def heading(t, words):
    return t("Seizure report"), words.t("Page {page}")
'''
CLI = '''
from borderdesk.core.i18n import tr

def build(sub):
    sub.add_parser("screen", help=tr("screen declarations"))
    print(tr("{count} screened", count=1))
'''


def _tree(root: Path) -> None:
    for name, text in {"core/rules_text.py": CORE, "ui/import_dialog.py": UI,
                       "ui/helpers.py": HELPERS, "reports/heading.py": REPORT,
                       "cli_screen.py": CLI}.items():
        path = root / "borderdesk" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_each_kind_of_call_gives_its_runtime_context(tmp_path: Path) -> None:
    _tree(tmp_path)
    messages, problems = extract_code(tmp_path)
    found = {m.key: m.locations[0].line for m in messages}
    assert found == {
        ("borderdesk", "Firearm"): 5,
        ("borderdesk", "{n} rules hit"): 8,
        ("scoring", "Lane"): 8,
        ("rules", "Random"): 8,
        ("QueueModel", "Score"): 7,
        ("ImportDialog", "Import"): 17,
        ("ImportProblems", "rejected"): 19,
        ("QueueModel", "Lodged"): 20,
        ("SeizuresModel", "Open"): 21,
        ("CustodyHistory", "Custody"): 22,
        ("report", "Seizure report"): 3,
        ("report", "Page {page}"): 3,
        # The command line's help stays English (docs/translating.md); its messages do not.
        ("borderdesk", "{count} screened"): 6,
    }
    assert [(p.path, p.line) for p in problems] == [
        ("borderdesk/ui/import_dialog.py", 23), ("borderdesk/ui/import_dialog.py", 24)]
    assert "f-string" in problems[1].text and "parent.tr" in problems[0].text


def test_data_texts_are_collected_in_their_context_and_codes_are_not(
        extraction: tuple[list[Message], list[Problem]]) -> None:
    keys = {m.key: m for m in extraction[0]}
    assert ("checklist", "Safety first") in keys
    assert keys[("checklist", "Safety first")].locations[0].path == \
        "resources/checklists/firearm-identification.yaml"
    assert ("borderdesk", "Entering the country") in keys    # seizure code list name
    assert ("drawings", "Revolver") in keys                  # a drawing's <title>
    assert ("report", "Customs Administration of Montenegro") in keys
    assert not any(source in ("seized", "illicit_possession", "RS-BAT")
                   for _context, source in keys)


def test_the_drawings_labels_are_collected_but_not_the_items_own_lettering(
        extraction: tuple[list[Message], list[Problem]]) -> None:
    keys = {m.key: m for m in extraction[0]}
    port = keys[("drawing-label", "ejection port")]
    assert "resources/reference/drawings/pistol-self-loading.svg" in \
        {location.path for location in port.locations}
    assert ("drawing-label", "magazine (in grip)") in keys
    labels = {source for context, source in keys if context == "drawing-label"}
    assert len(labels) > 140
    assert not labels & {"XYZ", "9 mm LUGER", "EU DEACT", "XX 2021", "1", "6"}


def test_the_committed_ts_files_are_up_to_date(
        extraction: tuple[list[Message], list[Problem]]) -> None:
    stale = stale_files(ROOT, extraction[0])
    assert not stale, f"run `scripts/i18n.py extract` and commit: {stale}"
