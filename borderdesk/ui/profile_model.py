"""The active profile as tables: its rules, and its named lists.

Both are :class:`~borderdesk.ui.rows_model.RowsModel` adapters over the
profile's own values (``Profile.rules``, ``Profile.lists``). The rules table
shows what an officer sees (title, instruction) beside what only an analyst
sees (condition and rationale, in the tooltip and the details pane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from borderdesk.ui.declarations_model import lane_colour, lane_text
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel

if TYPE_CHECKING:
    from borderdesk.rules.lists import NamedList
    from borderdesk.rules.profile import Profile, Rule

CONTEXT = "ProfileModel"

_KIND_WORDS = {
    "countries": QT_TRANSLATE_NOOP("ProfileModel", "countries"),
    "hs_prefixes": QT_TRANSLATE_NOOP("ProfileModel", "HS code prefixes"),
    "keywords": QT_TRANSLATE_NOOP("ProfileModel", "keywords"),
    "parties": QT_TRANSLATE_NOOP("ProfileModel", "parties"),
    "texts": QT_TRANSLATE_NOOP("ProfileModel", "texts"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def lane_effect(rule: Rule) -> str:
    """What the rule does to the lane: ``forces Red``, or ``adds to the score``."""
    if rule.lane is not None:
        return _tr("forces {lane}").format(lane=lane_text(rule.lane.value, False))
    return _tr("adds to the score")


def rule_details(rule: Rule) -> str:
    """The rule as an analyst reads it: condition, instruction and rationale."""
    parts = [
        f"{rule.id} — {rule.title}",
        _tr("Condition:") + "\n" + rule.condition.strip(),
        _tr("Instruction for the officer:") + "\n" + rule.instruction.strip(),
        _tr("Rationale (analysts only):") + "\n" + (rule.rationale.strip() or "–"),
    ]
    if not rule.enabled:
        parts.insert(1, _tr("This rule is switched off."))
    return "\n\n".join(parts)


def _weight(rule: Rule) -> str:
    text = f"{rule.weight:g}"
    return text if rule.enabled else _tr("{weight} (off)").format(weight=text)


def _lane_background(rule: Rule) -> object:
    return lane_colour(rule.lane.value) if rule.lane is not None else None


RULE_COLUMNS: list[ColumnSpec[Rule]] = [
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Rule"),
               QT_TRANSLATE_NOOP("ProfileModel", "The rule's id in the profile"),
               lambda r: r.id, tooltip=rule_details),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Title"),
               QT_TRANSLATE_NOOP("ProfileModel", "What the rule looks for"),
               lambda r: r.title, tooltip=rule_details),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Weight"),
               QT_TRANSLATE_NOOP("ProfileModel", "Added to the score when the rule hits"),
               _weight, sort_key=lambda r: float(r.weight), align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Lane"),
               QT_TRANSLATE_NOOP("ProfileModel",
                                 "A lane the rule forces, or only its weight counts"),
               lane_effect, background=_lane_background),  # type: ignore[arg-type]
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Instruction"),
               QT_TRANSLATE_NOOP("ProfileModel", "What the officer is told to check"),
               lambda r: " ".join(r.instruction.split()), tooltip=lambda r: r.instruction),
]


def _items(named: NamedList) -> str:
    return ", ".join(named.items) if named.items else "–"


LIST_COLUMNS: list[ColumnSpec[NamedList]] = [
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "List"),
               QT_TRANSLATE_NOOP("ProfileModel", "The name conditions use for the list"),
               lambda n: n.name),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Kind"),
               QT_TRANSLATE_NOOP("ProfileModel", "What the list holds"),
               lambda n: _tr(str(_KIND_WORDS.get(n.kind.value, n.kind.value)))),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Items"),
               QT_TRANSLATE_NOOP("ProfileModel", "How many items the list has"),
               lambda n: str(len(n.items)), sort_key=lambda n: len(n.items), align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP("ProfileModel", "Contents"),
               QT_TRANSLATE_NOOP("ProfileModel", "The list's items, as written in the profile"),
               _items),
]


class RulesModel(RowsModel["Rule"]):
    """The profile's rules, in the profile's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CONTEXT, RULE_COLUMNS, parent)

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile``'s rules."""
        self.set_rows(profile.rules)


class ListsModel(RowsModel["NamedList"]):
    """The profile's named lists, by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CONTEXT, LIST_COLUMNS, parent)

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile``'s named lists."""
        self.set_rows([profile.lists[name] for name in sorted(profile.lists)])


def profile_summary(profile: Profile) -> str:
    """One paragraph about the profile: version, dates, thresholds, random rate, capacity."""
    capacity = ", ".join(f"{lane_text(lane.value, False)} {count}"
                         for lane, count in profile.capacity.items())
    return _tr(
        "{id} version {version}, effective {effective}, by {author} for {jurisdiction}. "
        "Red from score {red:g}, yellow from {yellow:g}; {rate:g} % chosen at random for "
        "{random_lane}. Capacity a day: {capacity}. {rules} rules, {lists} lists."
    ).format(id=profile.id, version=profile.version, effective=profile.effective.isoformat(),
             author=profile.author, jurisdiction=profile.jurisdiction,
             red=profile.red_threshold, yellow=profile.yellow_threshold,
             rate=profile.random_rate * 100, random_lane=lane_text(profile.random_lane.value,
                                                                   False),
             capacity=capacity or "–", rules=len(profile.rules), lists=len(profile.lists))
