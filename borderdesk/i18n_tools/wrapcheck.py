"""Find visible texts in ``ui/`` that are not wrapped for translation.

An ``ast`` scan of the arguments given to Qt's text setters and to the constructors of
widgets that show a text (:data:`TEXT_SETTERS`, :data:`TEXT_WIDGETS`,
:data:`TEXT_STATICS`). A string literal (or an f-string, a ``+`` or a conditional with
one, or ``"…".format(...)``) there is an offence unless it holds no letters once its
``{placeholders}`` and ``<tags>`` are taken out ("…", "—", "{count} / {total}") or is in
:data:`ALLOWED` with its reason. A call (``self.tr(...)``, ``translate(...)``, ``str(x)``)
or a name is taken as wrapped: the extractor checks those.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from borderdesk.i18n_tools.messages import Problem

#: Methods whose arguments are texts a user reads (icons, slots, ids are not strings).
TEXT_SETTERS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setSubTitle", "showMessage", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "addItem", "addItems", "insertItem", "insertItems",
    "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addAction", "addMenu", "addButton", "setLabelText",
    "setButtonText", "setInformativeText", "setDetailedText", "setCancelButtonText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setAccessibleName",
    "setAccessibleDescription", "addRow", "insertRow", "setHtml", "setOkButtonText",
})
#: Only the first argument is the text (the others are data: a user value, a timeout).
FIRST_ONLY = frozenset({"addItem", "insertItem", "showMessage", "setItemText", "addRow",
                        "insertRow"})
#: Widgets and actions whose constructor takes the text they show.
TEXT_WIDGETS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QCommandLinkButton", "QMenu", "QMessageBox", "QProgressDialog",
    "QWizardPage", "QDockWidget",
})
#: Static dialogs: every argument that is a string is a caption, a text or a filter.
TEXT_STATICS = frozenset({
    ("QMessageBox", "information"), ("QMessageBox", "warning"), ("QMessageBox", "critical"),
    ("QMessageBox", "question"), ("QMessageBox", "about"),
    ("QFileDialog", "getOpenFileName"), ("QFileDialog", "getOpenFileNames"),
    ("QFileDialog", "getSaveFileName"), ("QFileDialog", "getExistingDirectory"),
    ("QInputDialog", "getText"), ("QInputDialog", "getItem"), ("QInputDialog", "getInt"),
    ("QInputDialog", "getMultiLineText"),
})
#: Literals with letters that are not text to translate, with the reason.
ALLOWED: dict[str, str] = {
    "borderdesk": "the program's name, the same in every language",
    "SHA-256": "the name of a hash function",
    "PDF": "a file format's name",
    "CSV": "a file format's name",
    "XLSX": "a file format's name",
    "JSON": "a file format's name",
    "QR": "the name of the code",
    "HS": "the Harmonized System's abbreviation, the same in every language",
    "IAFQ": "UNODC's questionnaire's abbreviation",
    "XXXX-XXXX-XXXX-XXXX-XXXX": "the shape of an enrolment code, not words",
    "borderdesk-recovery-key.txt": "a proposed file name (kept ASCII for every file system)",
}
_NOT_TEXT = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[A-Za-z]+;|%\d+|\b(?:https?|file)://\S+")


def _has_words(text: str) -> bool:
    stripped = _NOT_TEXT.sub("", text)
    return any(ch.isalpha() for ch in stripped) and stripped.strip() not in ALLOWED


def _literals(node: ast.expr) -> Iterator[tuple[ast.expr, str]]:
    """The untranslated literal texts inside an argument."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if _has_words(literal):
            yield node, ast.unparse(node)
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        yield from _literals(node.func.value)


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    values = [*call.args, *(k.value for k in call.keywords if k.arg in (
        "text", "title", "toolTip", "placeholderText", "caption", "filter", "label"))]
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        if (owner, func.attr) in TEXT_STATICS:
            return values
        if func.attr in TEXT_SETTERS and owner not in ("QMessageBox", "QFileDialog"):
            if func.attr in FIRST_ONLY:
                first = _first_text_argument(call.args)
                return [first] if first is not None else []
            return values
        if func.attr in TEXT_WIDGETS:  # QtWidgets.QLabel("...")
            return values
    if isinstance(func, ast.Name) and func.id in TEXT_WIDGETS:
        return values
    return []


def _first_text_argument(args: list[ast.expr]) -> ast.expr | None:
    """The text of ``addItem(text, data)`` or ``addItem(icon, text, data)``."""
    if not args:
        return None
    first = args[0]
    is_icon = isinstance(first, ast.Call) and "icon" in ast.unparse(first.func).lower()
    return args[1] if is_icon and len(args) > 1 else first


def unwrapped_texts(path: Path, root: Path) -> list[Problem]:
    """Every untranslated visible literal in the Python file ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root).as_posix()
    problems = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        for argument in _text_arguments(call):
            for node, text in _literals(argument):
                problems.append(Problem(where, node.lineno, f"not translated: {text!r}"))
    return sorted(problems, key=lambda p: (p.path, p.line))


def scan_ui(root: Path) -> list[Problem]:
    """Every untranslated visible literal in ``root``/borderdesk/ui."""
    return [problem for path in sorted((root / "borderdesk" / "ui").rglob("*.py"))
            for problem in unwrapped_texts(path, root)]
