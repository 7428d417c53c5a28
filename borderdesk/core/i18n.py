"""The Qt-free translation layer for messages made outside the window.

Every string a user may read passes through :func:`tr`. The window installs a
translator backed by Qt's translation files at start-up; without one (tests,
the command line before the languages work) the English source text is used.
Placeholders use ``str.format`` names so that translators can reorder them.
:class:`LanguageTranslator` translates into one chosen language without touching
the global translator (printed reports; :mod:`borderdesk.core.ts_catalogue`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: A translator takes (context, source text) and returns the translated text.
Translator = Callable[[str, str], str]

DEFAULT_CONTEXT = "borderdesk"


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity
#: The language :func:`tr` translates into, for texts made from data in a language
#: (country names); English unless the window switched.
_display_language = "en"


def install_translator(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`tr` through ``translator`` (``None`` restores English), which
    translates into ``language``."""
    global _translator, _display_language
    _translator = translator or _identity
    _display_language = language if translator is not None else "en"


def display_language() -> str:
    """The code of the language :func:`tr` translates into ("en" without a translator)."""
    return _display_language


def tr(text: str, /, context: str = DEFAULT_CONTEXT, **params: object) -> str:
    """Translate ``text`` and fill in its ``{name}`` placeholders from ``params``."""
    translated = _translator(context, text)
    return translated.format(**params) if params else translated


def mark(text: str, /) -> str:
    """Mark a constant for translation without translating it yet (translated at use)."""
    return text


@dataclass(frozen=True, slots=True)
class LanguageTranslator:
    """Translations into one chosen language, used where a document is made in a
    language other than the window's (a report printed in Serbian from an English
    window): nothing global changes.

    ``language`` is the language actually used ("en" when the one asked for has no
    translations; ``note`` then says so in English). ``lookup`` is tried with
    ``context`` first and then with :data:`DEFAULT_CONTEXT`, so messages made in
    the core (trace-readiness, code names) are translated too.
    """

    language: str
    lookup: Translator = _identity
    context: str = DEFAULT_CONTEXT
    note: str = ""

    def __call__(self, text: str, /, **params: object) -> str:
        """``text`` translated, with its ``{name}`` placeholders filled in."""
        translated = self.lookup(self.context, text)
        if translated == text and self.context != DEFAULT_CONTEXT:
            translated = self.lookup(DEFAULT_CONTEXT, text)
        return translated.format(**params) if params else translated


def english(context: str = DEFAULT_CONTEXT) -> LanguageTranslator:
    """The source language: every text as written."""
    return LanguageTranslator("en", _identity, context)
