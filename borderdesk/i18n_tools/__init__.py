"""Developer tools for the translations: extraction, ``.ts`` merging, compiling, checks.

Nothing in the application imports this package; ``scripts/i18n.py`` and the tests do
(and the PyInstaller build may leave it out). See docs/translating.md.
"""
