"""Merging keeps every translation: new messages unfinished, vanished ones obsolete."""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.ts_catalogue import read_catalogue
from borderdesk.i18n_tools.messages import Location, Message
from borderdesk.i18n_tools.ts_files import (
    FINISHED,
    OBSOLETE,
    UNFINISHED,
    TsEntry,
    TsFile,
    merge,
    read_ts,
    write_ts,
)


def _message(context: str, source: str, line: int = 1) -> Message:
    return Message(context, source, [Location("borderdesk/ui/page.py", line)])


def test_a_merge_keeps_translations_and_marks_new_and_vanished(tmp_path: Path) -> None:
    before = TsFile("fr", [
        TsEntry("Page", "Save", "Enregistrer", FINISHED),
        TsEntry("Page", "Gone", "Parti", FINISHED),
        TsEntry("Page", "Draft", "Brouillon", UNFINISHED),
        TsEntry("Page", "Back", "Retour", OBSOLETE),
        TsEntry("Page", "Never", "", UNFINISHED),
    ])
    after = merge(before, [_message("Page", "Save"), _message("Page", "Draft"),
                           _message("Page", "Back"), _message("Page", "New <b>{n}</b> & co")])
    states = {e.source: (e.translation, e.state) for e in after.entries}
    assert states == {"Save": ("Enregistrer", FINISHED), "Draft": ("Brouillon", UNFINISHED),
                      "Back": ("Retour", FINISHED), "New <b>{n}</b> & co": ("", UNFINISHED),
                      "Gone": ("Parti", OBSOLETE)}
    path = tmp_path / "borderdesk_fr.ts"
    assert write_ts(after, path)
    assert not write_ts(read_ts(path), path), "reading and writing again changes nothing"
    again = read_ts(path)
    assert {(e.key, e.translation, e.state) for e in again.entries} == \
        {(e.key, e.translation, e.state) for e in after.entries}
    assert again.by_key()[("Page", "Save")].locations == [Location("borderdesk/ui/page.py", 1)]
    # What the printed documents read: finished translations only.
    assert read_catalogue(path) == {("Page", "Save"): "Enregistrer",
                                    ("Page", "Back"): "Retour"}


def test_a_translators_memory_fills_only_what_is_unfinished(tmp_path: Path) -> None:
    from borderdesk.i18n_tools.commands import fill_from_memory, ts_file_path, unfinished

    path = ts_file_path(tmp_path, "sq")
    path.parent.mkdir(parents=True)
    write_ts(TsFile("sq", [
        TsEntry("Page", "Save", "", UNFINISHED, [Location("borderdesk/ui/a.py", 3)]),
        TsEntry("Dialog", "Save", "", UNFINISHED, [Location("borderdesk/ui/b.py", 9)]),
        TsEntry("Page", "Cancel", "Anulo", FINISHED),
        TsEntry("Page", "Close", "", UNFINISHED, [Location("borderdesk/ui/a.py", 5)]),
    ]), path)
    assert unfinished(tmp_path, "sq") == {"Save": "Dialog @ borderdesk/ui/b.py:9",
                                          "Close": "Page @ borderdesk/ui/a.py:5"}
    # The same English text gets the same answer in every context; a finished entry stays.
    assert fill_from_memory(tmp_path, "sq", {"Save": "Ruaj", "Cancel": "Anuloje",
                                             "Close": "  "}) == 2
    entries = {e.key: (e.translation, e.state) for e in read_ts(path).entries}
    assert entries[("Page", "Save")] == entries[("Dialog", "Save")] == ("Ruaj", FINISHED)
    assert entries[("Page", "Cancel")] == ("Anulo", FINISHED)
    assert entries[("Page", "Close")] == ("", UNFINISHED)  # a blank answer is no answer
    assert unfinished(tmp_path, "sq") == {"Close": "Page @ borderdesk/ui/a.py:5"}
