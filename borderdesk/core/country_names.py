"""Country names in a language, for a country code.

The codes stay what they are (ISO 3166-1 alpha-2 and XK) in every language and every
export; only the name shown beside them changes. English names come from our code list
(:func:`borderdesk.core.codelists.countries`, as before); other languages take the
CLDR names that Babel ships, in the locale that ``languages.yaml`` gives the language
(``sr_Cyrl_RS``, ``pt_PT``...), so Serbian reads "Србија" and French "Serbie". A code
CLDR does not name (one added to an installed code list) keeps our English name, and a
code we do not list at all is shown as the code.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from borderdesk.core.codelists import countries
from borderdesk.core.i18n import display_language
from borderdesk.core.languages import SOURCE_LANGUAGE, language

log = logging.getLogger("borderdesk.countries")


def country_name(code: str, language_code: str | None = None) -> str:
    """The name of the country ``code`` in ``language_code`` (default: the language the
    core's ``tr`` translates into, so the window's)."""
    listed = countries()
    english = listed.name_of(code)
    wanted = display_language() if language_code is None else language_code
    if code not in listed or _is_english(wanted):
        return english
    return cldr_names(_babel_locale(wanted)).get(code) or english


@lru_cache(maxsize=64)
def _is_english(language_code: str) -> bool:
    known = language(language_code)
    return (known.code if known else language_code.split("_")[0]) == SOURCE_LANGUAGE


@lru_cache(maxsize=64)
def _babel_locale(language_code: str) -> str:
    """The CLDR locale of a borderdesk language: its ``qt_locale`` (which says the
    country of Portuguese and Spanish, and the script of Serbian), else the code."""
    known = language(language_code)
    if known is not None:
        return known.qt_locale or known.code
    return language_code.strip().replace("-", "_") or SOURCE_LANGUAGE


@lru_cache(maxsize=16)
def cldr_names(locale: str) -> dict[str, str]:
    """CLDR's country names in ``locale`` by code; empty when Babel has no data for it
    (a build that leaves a locale out; English names are used then)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a dependency; a broken install
        log.warning("Babel is missing: country names stay English")
        return {}
    try:
        return dict(Locale.parse(locale).territories)
    except (UnknownLocaleError, ValueError, OSError):
        log.warning("no country names for %s: English names are used", locale)
        return {}
