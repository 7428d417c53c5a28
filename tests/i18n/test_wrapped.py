"""Every text the window shows goes through the translation layer (issue 11)."""

from __future__ import annotations

from pathlib import Path

from borderdesk.i18n_tools.messages import Message, Problem
from borderdesk.i18n_tools.wrapcheck import scan_ui, unwrapped_texts
from tests.i18n.conftest import ROOT


def test_every_visible_text_in_the_window_is_wrapped_for_translation() -> None:
    problems = scan_ui(ROOT)
    assert not problems, "wrap these in self.tr(...) or QCoreApplication.translate(...):\n" \
        + "\n".join(map(str, problems))


def test_every_translation_call_can_be_extracted(
        extraction: tuple[list[Message], list[Problem]]) -> None:
    _messages, problems = extraction
    assert not problems, "\n".join(map(str, problems))


SAMPLE = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

class Page:
    def build(self, count, name):
        QLabel("Declarations")                                  # 6
        self.title.setText(f"Case {name}")                      # 7
        QPushButton(self.tr("&Open") + " now")                  # 8
        self.box.addItem("Every lane", "all")                   # 9
        self.box.addItems(["red", self.tr("green")])            # 10
        QMessageBox.warning(self, self.tr("Import"), "File is damaged")  # 11
        self.status.showMessage("Saved {n}".format(n=count), 3000)       # 12
        self.label.setToolTip("x" if count else self.tr("none"))         # 13
        # Not offences: translated, no letters, data, an allowed name, a URL.
        QLabel(self.tr("Queue"))
        self.count.setText(f"{count} / {name}")
        self.sep.setText("—")
        self.box.addItem(self.tr("Red"), "red")
        self.about.setText("borderdesk")
        self.url.setPlaceholderText("https://hq.example.org")
        self.name.setText(name)
        self.setObjectName("queuePage")
'''


def test_the_scan_names_each_untranslated_literal_with_its_line(tmp_path: Path) -> None:
    source = tmp_path / "borderdesk" / "ui" / "page.py"
    source.parent.mkdir(parents=True)
    source.write_text(SAMPLE, encoding="utf-8")
    found = [(p.line, p.text) for p in unwrapped_texts(source, tmp_path)]
    assert found == [
        (6, "not translated: 'Declarations'"),
        (7, "not translated: \"f'Case {name}'\""),
        (8, "not translated: ' now'"),
        (9, "not translated: 'Every lane'"),
        (10, "not translated: 'red'"),
        (11, "not translated: 'File is damaged'"),
        (12, "not translated: 'Saved {n}'"),
        (13, "not translated: 'x'"),
    ]
    assert str(unwrapped_texts(source, tmp_path)[0]) == \
        "borderdesk/ui/page.py:6: not translated: 'Declarations'"
