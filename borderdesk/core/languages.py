"""The languages borderdesk knows, from ``resources/i18n/languages.yaml``.

Each has a code (``sr_Latn``: the translation file is ``borderdesk_sr_Latn.ts``), its
English and native names, its script and writing direction, and the Qt locale that
formats its numbers and dates. Only a ``shipped`` language is offered in the window: one
whose translations are complete (docs/translating.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import load_yaml, mapping_list
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

SOURCE_LANGUAGE = "en"
SCRIPTS = ("Latn", "Cyrl", "Arab")
DIRECTIONS = ("ltr", "rtl")
_KEYS = {"code", "english", "native", "script", "direction", "qt_locale", "shipped"}


@dataclass(frozen=True, slots=True)
class Language:
    """One language of the list."""

    code: str
    english: str
    native: str
    script: str
    direction: str
    qt_locale: str
    shipped: bool

    @property
    def right_to_left(self) -> bool:
        """Whether the language is written right to left (the window mirrors its layout)."""
        return self.direction == "rtl"


def languages_path() -> Path:
    """Where the list of languages is."""
    return resource_path("i18n", "languages.yaml")


def load_languages(path: Path) -> tuple[Language, ...]:
    """The languages listed in ``path``; a wrong entry is a DataFileError naming its line."""
    data = load_yaml(path)
    languages: list[Language] = []
    for entry in mapping_list(data, "languages"):
        unknown = set(entry) - _KEYS
        if unknown:
            raise entry.fail(sorted(unknown)[0], tr("unknown field"))
        script = entry.require("script", str)
        if script not in SCRIPTS:
            raise entry.fail("script", tr("must be one of {known}", known=", ".join(SCRIPTS)))
        direction = entry.require("direction", str)
        if direction not in DIRECTIONS:
            raise entry.fail("direction", tr("must be ltr or rtl"))
        code = entry.require("code", str)
        if any(language.code == code for language in languages):
            raise entry.fail("code", tr("the language {code} is listed twice", code=code))
        languages.append(Language(code, entry.require("english", str),
                                  entry.require("native", str), script, direction,
                                  entry.require("qt_locale", str),
                                  entry.require("shipped", bool)))
    if not any(language.code == SOURCE_LANGUAGE for language in languages):
        raise DataFileError(str(path), None, "languages",
                            tr("the source language 'en' must be listed"))
    return tuple(languages)


@cache
def all_languages() -> tuple[Language, ...]:
    """Every language of the bundled list, shipped or not."""
    return load_languages(languages_path())


def shipped_languages() -> tuple[Language, ...]:
    """The languages offered in the window."""
    return tuple(language for language in all_languages() if language.shipped)


def language(code: str) -> Language | None:
    """The language of ``code`` (``sr-Latn`` and ``sr_latn`` find ``sr_Latn``), or None."""
    wanted = code.strip().replace("-", "_").lower()
    return next((lang for lang in all_languages() if lang.code.lower() == wanted), None)
