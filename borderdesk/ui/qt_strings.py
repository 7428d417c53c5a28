"""Qt's own texts that Qt looks up itself: the standard buttons (OK, Cancel, Close...), the
set-up wizard's buttons, the message boxes' details and the text fields' context menu.

Qt ships translations of them (``qtbase_*.qm``) for French, Croatian and Spanish, but not
for Serbian, Albanian, Macedonian, Bosnian or European Portuguese, where a dialog would
show "Close" among Cyrillic labels. Listed here with Qt's own contexts, they are extracted
into borderdesk's catalogue like any other text; Qt asks every installed translator and
borderdesk's is installed last, so it answers first, in the terms of the rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: (context, text) as Qt asks for them (qplatformtheme.cpp, qwizard.cpp, qmessagebox.cpp,
#: qlineedit.cpp, qwidgettextcontrol.cpp).
QT_OWN_TEXTS: tuple[tuple[str, object], ...] = (
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")),
    ("QWizard", QT_TRANSLATE_NOOP("QWizard", "< &Back")),
    ("QWizard", QT_TRANSLATE_NOOP("QWizard", "&Next >")),
    ("QWizard", QT_TRANSLATE_NOOP("QWizard", "&Finish")),
    ("QWizard", QT_TRANSLATE_NOOP("QWizard", "Cancel")),
    ("QWizard", QT_TRANSLATE_NOOP("QWizard", "&Help")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
)
