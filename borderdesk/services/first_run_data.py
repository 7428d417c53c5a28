"""What the first-run set-up offers to choose from: the languages (of
``resources/i18n/languages.yaml``), and the time
zones of a country (its usual one first), read from the IANA tz database's ``zone.tab``
(the ``tzdata`` package, so it is the same on Windows).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.languages import SOURCE_LANGUAGE, Language, all_languages, language

#: Codes of the country list that ``zone.tab`` does not hold, with the zone the tz
#: database's own notes give them (Kosovo keeps Belgrade's clocks).
_ZONE_OF_UNLISTED = {"XK": "Europe/Belgrade"}


def language_named(code: str) -> Language:
    """The language with ``code`` (``resources/i18n/languages.yaml``); another code is
    refused."""
    found = language(code)
    if found is None:
        raise UserInputError(tr("'{code}' is not one of borderdesk's languages ({codes})",
                                code=code, codes=", ".join(
                                    lang.code for lang in all_languages())))
    return found


def language_for_locale(locale_name: str) -> str:
    """The language of the list that suits a locale such as ``sr_RS@latin``, ``sr_Cyrl_RS``
    or ``fr_FR`` ("en" when none does)."""
    parts = locale_name.replace("-", "_").replace("@", "_").split("_")
    first = parts[0].lower()
    if first == "sr":
        return "sr_Latn" if any(p.lower() in ("latn", "latin") for p in parts[1:]) \
            else "sr_Cyrl"
    found = language(first) if first else None
    return found.code if found is not None else SOURCE_LANGUAGE


@cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    """Country code -> its zones in ``zone.tab``'s order (the most populous first)."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0].upper(), []).append(fields[2])
    return {code: tuple(listed) for code, listed in zones.items()}


def default_time_zone(country: str | None) -> str:
    """The usual time zone of ``country`` (an ISO code); "UTC" when it is not known."""
    code = (country or "").upper()
    listed = _zone_table().get(code)
    if listed:
        return listed[0]
    return _ZONE_OF_UNLISTED.get(code, "UTC")


def time_zones(country: str | None = None) -> list[str]:
    """Every time zone name, those of ``country`` first (its usual one at the top)."""
    from zoneinfo import available_timezones

    first: list[str] = []
    code = (country or "").upper()
    if code:
        first = list(_zone_table().get(code, ()))
        if not first and code in _ZONE_OF_UNLISTED:
            first = [_ZONE_OF_UNLISTED[code]]
    rest = sorted(zone for zone in available_timezones()
                  if zone not in first and "/" in zone and not zone.startswith(("Etc/",
                                                                             "SystemV/")))
    return [*first, *rest, "UTC"] if "UTC" not in first else [*first, *rest]
