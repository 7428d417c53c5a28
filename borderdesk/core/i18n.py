"""The Qt-free translation layer for messages made outside the window.

Every string a user may read passes through :func:`tr`. The window installs a
translator backed by Qt's translation files at start-up; without one (tests,
the command line before the languages work) the English source text is used.
Placeholders use ``str.format`` names so that translators can reorder them.
"""

from __future__ import annotations

from collections.abc import Callable

#: A translator takes (context, source text) and returns the translated text.
Translator = Callable[[str, str], str]

DEFAULT_CONTEXT = "borderdesk"


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route :func:`tr` through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


def tr(text: str, /, context: str = DEFAULT_CONTEXT, **params: object) -> str:
    """Translate ``text`` and fill in its ``{name}`` placeholders from ``params``."""
    translated = _translator(context, text)
    return translated.format(**params) if params else translated


def mark(text: str, /) -> str:
    """Mark a constant for translation without translating it yet (translated at use)."""
    return text
