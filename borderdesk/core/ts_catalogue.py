"""Qt Linguist ``.ts`` files read without Qt, for documents printed in a chosen language.

The window will load the same files through Qt (issue 11); reports and other
documents made outside the window read them here with defusedxml: each
``<context>`` holds ``<message>`` elements with a ``<source>`` (the English text
as written in the code) and a ``<translation>``. A translation marked
``type="unfinished"``, ``"obsolete"`` or ``"vanished"``, or left empty, is not used:
the English source prints instead. Plural forms (``<numerusform>``) are not used by
the documents and are skipped.

Files are ``resources/i18n/borderdesk_LANG.ts`` where LANG is the language code with
``_`` for ``-`` (``sr-Latn`` → ``borderdesk_sr_Latn.ts``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import DEFAULT_CONTEXT, LanguageTranslator, english, tr
from borderdesk.core.languages import shipped_languages
from borderdesk.core.paths import resource_path

SOURCE_LANGUAGE = "en"
_UNUSED = {"unfinished", "obsolete", "vanished"}

#: (context, English source) -> translation.
Catalogue = Mapping[tuple[str, str], str]


def ts_path(language: str) -> Path:
    """Where the translations into ``language`` live."""
    return resource_path("i18n", f"borderdesk_{language.replace('-', '_')}.ts")


def available_languages() -> list[str]:
    """The source language and every shipped language (``languages.yaml``: its
    translation is complete) that has its translation file, as ``sr-Latn``: a document
    is never printed half in English."""
    return [SOURCE_LANGUAGE, *(
        language.code.replace("_", "-") for language in shipped_languages()
        if language.code != SOURCE_LANGUAGE and ts_path(language.code).is_file())]


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a ``.ts`` file; a damaged file is a DataFileError."""
    try:
        root = ElementTree.parse(path).getroot()
    except OSError as exc:
        raise DataFileError(str(path), None, None, tr(
            "cannot be read: {reason}", reason=exc.strerror or str(exc))) from None
    except ElementTree.ParseError as exc:
        line = exc.position[0] if hasattr(exc, "position") else None
        raise DataFileError(str(path), line, None, tr(
            "is not well-formed XML: {reason}", reason=str(exc))) from None
    except DefusedXmlException:
        raise DataFileError(str(path), None, None, tr(
            "uses XML entities or a DTD, which translation files must not")) from None
    if root is None or root.tag != "TS":
        raise DataFileError(str(path), None, None, tr(
            "is not a Qt Linguist file (its root element is not <TS>)"))
    catalogue: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = (context.findtext("name") or "").strip()
        for message in context.iter("message"):
            source = message.findtext("source")
            text = _finished(message.find("translation"))
            if name and source and text:
                catalogue[(name, source)] = text
    return catalogue


def _finished(translation: Element | None) -> str | None:
    if translation is None or translation.get("type") in _UNUSED:
        return None
    if translation.find("numerusform") is not None:
        return None
    return translation.text or None


@cache
def _catalogue(language: str) -> Catalogue:
    return read_catalogue(ts_path(language))


def translator_for(language: str, context: str = DEFAULT_CONTEXT) -> LanguageTranslator:
    """A translator into ``language`` (a code such as ``sr-Latn``), looking in ``context``
    first. A language without a translation file gives English, with a note saying so."""
    code = language.strip()
    if not code or code.lower() == SOURCE_LANGUAGE:
        return english(context)
    known = {lang.lower(): lang for lang in available_languages()}
    if code.lower() not in known:
        return LanguageTranslator(SOURCE_LANGUAGE, english().lookup, context, tr(
            "there are no translations into '{language}' (available: {known}); English "
            "is used", language=code, known=", ".join(available_languages())))
    canonical = known[code.lower()]
    catalogue = _catalogue(canonical)

    def lookup(ctx: str, text: str) -> str:
        return catalogue.get((ctx, text), text)

    return LanguageTranslator(canonical, lookup, context)
