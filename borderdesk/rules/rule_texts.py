"""Rules' texts on screen and on paper: borderdesk's own are translated, an analyst's not.

The profiles shipped in ``resources/profiles/`` are borderdesk's: their descriptions and
their rules' titles, instructions and rationales are extracted for translators (context ``profile``,
``i18n_tools/extract_data.py``) and shown in the reader's language. A profile from
headquarters or from a file an analyst wrote holds the analyst's own words: it is shown
as written, even where a sentence happens to match one of ours, since the analyst may
mean it differently. A profile counts as shipped when its exact text is that of a
shipped file, so a stored assessment (which keeps its profile's text) is judged the
same way years later.

Texts are translated when shown, never when a profile is loaded: a loaded profile is
cached and shared by the window, the screening and the reports.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from borderdesk.core.i18n import Translator, tr
from borderdesk.core.paths import resource_path
from borderdesk.rules.profile import Profile

#: The context the shipped profiles' texts are translated in.
PROFILE_CONTEXT = "profile"


@lru_cache(maxsize=1)
def shipped_profile_texts() -> frozenset[str]:
    """The exact texts of the profile files that come with borderdesk."""
    return frozenset(path.read_text(encoding="utf-8")
                     for path in sorted(resource_path("profiles").glob("*.yaml")))


def is_shipped_text(source_text: str) -> bool:
    """Whether a profile's text (as stored with an assessment) is a shipped profile's."""
    return source_text in shipped_profile_texts()


def is_shipped_profile(profile: Profile) -> bool:
    """Whether ``profile`` was loaded from a shipped file, unchanged."""
    if profile.source is not None:
        return is_shipped_text(profile.source.source)
    try:
        return is_shipped_text(Path(profile.path).read_text(encoding="utf-8"))
    except OSError:
        return False


def rule_text(text: str, shipped: bool, lookup: Translator | None = None) -> str:
    """A rule's ``text`` as the reader sees it: translated when the profile is shipped
    (through the window's ``tr``, or ``lookup`` for a document in its own language),
    else as written. A multi-line YAML text is looked up without its outer spaces."""
    plain = text.strip()
    if not shipped or not plain:
        return text
    translated = tr(plain, context=PROFILE_CONTEXT) if lookup is None \
        else lookup(PROFILE_CONTEXT, plain)
    return text if translated == plain else translated


def profile_description(profile: Profile, lookup: Translator | None = None) -> str:
    """The profile's description as the reader sees it, stripped: translated like the
    rules' texts when the profile is shipped, else the analyst's words as written."""
    return rule_text(profile.description, is_shipped_profile(profile), lookup).strip()


@lru_cache(maxsize=32)
def stored_rule_texts(source_text: str) -> dict[str, dict[str, str]]:
    """Title, instruction and rationale of each rule of a stored profile text, by rule
    id (as written; empty when the text no longer reads)."""
    try:
        data = yaml.safe_load(source_text)
    except yaml.YAMLError:
        return {}
    rules = data.get("rules") if isinstance(data, dict) else None
    texts: dict[str, dict[str, str]] = {}
    for rule in rules if isinstance(rules, list) else ():
        if isinstance(rule, dict) and "id" in rule:
            texts[str(rule["id"])] = {key: str(rule.get(key) or "")
                                      for key in ("title", "instruction", "rationale")}
    return texts
