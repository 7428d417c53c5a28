"""Texts of data files that the program translates as data, with the context it looks
them up in (docs/translating.md lists them).

Only the fields the program passes through a translator are collected; codes and ids
stay as written whatever the language. A data file whose texts are not translated at
run time is not listed: translators would translate text that nobody sees. The shipped
risk profiles' rule texts are collected by :func:`profile_texts` and their descriptions
by :func:`profile_descriptions` (context ``profile``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.svg_labels import LABEL_CONTEXT, drawing_labels
from borderdesk.i18n_tools.messages import DEFAULT_CONTEXT, REPORT_CONTEXT, Location

_SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True, slots=True)
class DataSource:
    """Files (a glob under resources/) whose ``keys`` hold texts translated in ``context``."""

    pattern: str
    keys: frozenset[str]
    context: str
    #: Keys whose value is a mapping of code -> text (every value a text).
    value_maps: frozenset[str] = frozenset()


#: What the program translates as data, and where (the reader that translates it).
DATA_SOURCES: tuple[DataSource, ...] = (
    # identify/engine.py, checklist_answers.py; ui/identify_questions.checklist_text
    DataSource("checklists/firearm-identification.yaml",
               frozenset({"title", "help", "label"}), "checklist"),
    # evidence/case_codes.py: tr(entry.name)
    DataSource("codelists/seizure.yaml", frozenset({"name"}), DEFAULT_CONTEXT),
    # reports/iafq_tables.py: tr(spec.title), tr(spec.note), tr(row.name)
    DataSource("codelists/iafq.yaml", frozenset({"name", "title", "note"}), DEFAULT_CONTEXT),
    # services/authz.py, ui/permissions.py: tr(role.title), tr(info.action)
    DataSource("security/permissions.yaml", frozenset({"title", "action"}), DEFAULT_CONTEXT),
    # ui/identify_picture.drawing_caption: the drawing's <title> and <desc>
    DataSource("reference/drawings/*.svg", frozenset({"title", "desc"}), "drawings"),
    # core/svg_labels.translate_labels (ui/identify_picture, services/training_play):
    # the words written in the drawings, except the item's own lettering
    DataSource("reference/drawings/*.svg", frozenset({"text"}), LABEL_CONTEXT),
    # The printed documents (context "report"): the evidence steps' titles and field
    # labels (reports/seizure_report_sections.py) and the agencies' names
    # (services/reports.agency_name). The steps' help texts and the order rules' "why"
    # (ui/seizure_step_dialog.py, evidence/steps_order.py) go through the same
    # evidence/steps.step_text, so they share its context.
    DataSource("checklists/evidence-steps.yaml", frozenset({"title", "label", "help", "why"}),
               REPORT_CONTEXT),
    DataSource("reports/documents.yaml", frozenset(), REPORT_CONTEXT,
               frozenset({"agencies"})),
    # identify/item.LegalSuggestion.reason_text: the reason of the suggested category
    # (the identification result, the wizard's legal step).
    DataSource("codelists/legal-categories-*.yaml", frozenset({"reason"}), "checklist"),
)

#: The context of the shipped profiles' rule texts (rules/rule_texts.PROFILE_CONTEXT).
PROFILE_CONTEXT = "profile"
#: The texts of a rule that the officer or the analyst reads (rules/rule_texts.py).
RULE_TEXT_KEYS = ("title", "instruction", "rationale")


def extract_data(root: Path) -> list[tuple[str, str, Location]]:
    """(context, text, location) of every translatable data text under ``root``/resources."""
    found: list[tuple[str, str, Location]] = []
    resources = root / "resources"
    for source in DATA_SOURCES:
        for path in sorted(resources.glob(source.pattern)):
            where = path.relative_to(root).as_posix()
            texts = _svg_texts(path, source.keys) if path.suffix == ".svg" \
                else _yaml_texts(load_yaml(path), source.keys, source.value_maps)
            found.extend((source.context, text, Location(where, line)) for text, line in texts)
    found.extend(profile_texts(root))
    found.extend(profile_descriptions(root))
    return found


def profile_texts(root: Path) -> list[tuple[str, str, Location]]:
    """(context, text, location) of the rules' titles, instructions and rationales of
    the shipped profiles (``resources/profiles/*.yaml``), stripped as
    ``rules/rule_texts.rule_text`` strips them before it looks them up. A profile from
    headquarters or an analyst's file is shown as written, so only these are collected."""
    found: list[tuple[str, str, Location]] = []
    for path in sorted((root / "resources" / "profiles").glob("*.yaml")):
        where = path.relative_to(root).as_posix()
        rules = load_yaml(path).get("rules")
        for rule in rules if isinstance(rules, YamlList) else ():
            if not isinstance(rule, YamlMap):
                continue
            for key in RULE_TEXT_KEYS:
                text = rule.get(key)
                if isinstance(text, str) and text.strip():
                    found.append((PROFILE_CONTEXT, text.strip(),
                                  Location(where, rule.line_of(key))))
    return found


def profile_descriptions(root: Path) -> list[tuple[str, str, Location]]:
    """(context, text, location) of the shipped profiles' descriptions (``profile:
    description``), stripped as ``rules/rule_texts.profile_description`` strips them:
    the analyst view and the status bar's tooltip show them translated."""
    found: list[tuple[str, str, Location]] = []
    for path in sorted((root / "resources" / "profiles").glob("*.yaml")):
        meta = load_yaml(path).get("profile")
        if not isinstance(meta, YamlMap):
            continue
        text = meta.get("description")
        if isinstance(text, str) and text.strip():
            found.append((PROFILE_CONTEXT, text.strip(),
                          Location(path.relative_to(root).as_posix(),
                                   meta.line_of("description"))))
    return found


def _yaml_texts(value: Any, keys: frozenset[str], value_maps: frozenset[str]
                ) -> Iterator[tuple[str, int]]:
    if isinstance(value, YamlMap):
        for key, item in value.items():
            if key in keys and isinstance(item, str) and item.strip():
                yield item, value.line_of(key)
            elif key in value_maps and isinstance(item, YamlMap):
                yield from ((text.strip(), item.line_of(code)) for code, text in item.items()
                            if isinstance(text, str) and text.strip())
            else:
                yield from _yaml_texts(item, keys, value_maps)
    elif isinstance(value, YamlList):
        for item in value:
            yield from _yaml_texts(item, keys, value_maps)


def _svg_texts(path: Path, tags: frozenset[str]) -> Iterator[tuple[str, int]]:
    if "text" in tags:  # the labels, found as svg_labels finds them to translate them
        yield from drawing_labels(path.read_bytes())
        return
    text = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    for tag in sorted(tags, key=["title", "desc"].index):
        # Stripped as ui/identify_picture.drawing_caption strips it before translating.
        value = (root.findtext(f"{_SVG}{tag}") or "").strip()
        if value:
            line = text[:max(text.find(f"<{tag}"), 0)].count("\n") + 1
            yield value, line
