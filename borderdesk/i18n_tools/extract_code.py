"""Find every translatable message in borderdesk's Python sources with ``ast``, with the
context the program looks it up in at run time.

What counts as a message (the first argument a string literal):

- ``self.tr("…")`` in a class: the context is the class's name, as PySide6 looks it
  up (it tries the class where the method is written, walking the MRO);
- ``QCoreApplication.translate(ctx, "…")`` (also through a local
  ``translate = QCoreApplication.translate``) and ``QT_TRANSLATE_NOOP(ctx, "…")``;
- :func:`borderdesk.core.i18n.tr` ``("…", ctx)`` or ``("…", context=ctx)``, context
  ``borderdesk`` when none is given, and ``mark("…")`` (context ``borderdesk``);
- calls of a small wrapper such as ``def _tr(text): return QCoreApplication.translate(
  CONTEXT, text)`` (also imported from another module, also with the context as a
  parameter), followed across modules;
- in the printed documents (``reports/``, ``services/reports*.py``), ``t("…")`` and
  ``self.t("…")``: the :class:`~borderdesk.core.i18n.LanguageTranslator` of context
  ``report``.

A context may be a literal or a module constant (also imported). The command line's
help texts (``help=``, ``description=``, ``epilog=`` in ``cli*.py``) stay English by
design and are skipped. A call the program cannot translate reliably is a
:class:`Problem`: an f-string as the text, a context that is not a constant, or
``other.tr("…")`` (its context is whatever class ``other`` has at run time).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from borderdesk.i18n_tools.messages import (
    DEFAULT_CONTEXT,
    REPORT_CONTEXT,
    Location,
    Message,
    Problem,
    merge_found,
)

_QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}
_CORE_I18N = "borderdesk.core.i18n"
#: Keyword arguments of argparse whose texts stay English (docs/translating.md).
CLI_ENGLISH_KEYWORDS = {"help", "description", "epilog", "metavar"}


@dataclass(frozen=True, slots=True)
class Wrapper:
    """A function that translates its ``text_param``-th argument in ``context`` (or in
    the context given as its ``context_param``-th argument)."""

    text_param: int
    context: str | None = None
    context_param: int | None = None


@dataclass
class _Module:
    name: str
    path: str
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    wrappers: dict[str, Wrapper] = field(default_factory=dict)
    translate_aliases: set[str] = field(default_factory=set)
    noop_aliases: set[str] = field(default_factory=lambda: {"QT_TRANSLATE_NOOP"})


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


class _Index:
    """Every module's constants, imports and wrappers, so that names resolve across them."""

    def __init__(self, root: Path, package: str = "borderdesk") -> None:
        self.root = root
        self.modules: dict[str, _Module] = {}
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            name = _module_name(path, root)
            self.modules[name] = _Module(name, path.relative_to(root).as_posix(), tree)
        for module in self.modules.values():
            self._scan_names(module)
        for module in self.modules.values():
            self._scan_wrappers(module)

    def _scan_names(self, module: _Module) -> None:
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = node.value
                if (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                    for target in targets:
                        if isinstance(target, ast.Name):
                            module.constants[target.id] = value.value
        for assign in _statements(module.tree):
            if isinstance(assign, ast.Assign) and len(assign.targets) == 1 \
                    and isinstance(assign.targets[0], ast.Name):
                alias_name, aliased = assign.targets[0].id, assign.value
                if _is_qt_translate_func(aliased):
                    module.translate_aliases.add(alias_name)
                elif isinstance(aliased, ast.Name) and aliased.id == "QT_TRANSLATE_NOOP":
                    module.noop_aliases.add(alias_name)

    def _scan_wrappers(self, module: _Module) -> None:
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef):
                body = [s for s in node.body if not _is_docstring(s)]
                if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value:
                    params = [a.arg for a in node.args.args]
                    wrapper = self._wrapper_of(module, params, body[0].value)
                    if wrapper:
                        module.wrappers[node.name] = wrapper
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Lambda):
                params = [a.arg for a in node.value.args.args]
                wrapper = self._wrapper_of(module, params, node.value.body)
                if wrapper:
                    module.wrappers[node.targets[0].id] = wrapper

    def _wrapper_of(self, module: _Module, params: list[str], value: ast.expr
                    ) -> Wrapper | None:
        for call in (n for n in ast.walk(value) if isinstance(n, ast.Call)):
            parts = self.call_parts(module, call)
            if parts is None:
                continue
            text, context = parts
            text_name = _param_name(text)
            if text_name not in params:
                continue
            index = params.index(text_name)
            context_name = _param_name(context) if context is not None else None
            if context_name in params:
                return Wrapper(index, context_param=params.index(context_name))
            resolved = DEFAULT_CONTEXT if context is None else self.resolve(module, context)
            if resolved is not None:
                return Wrapper(index, context=resolved)
        return None

    def resolve(self, module: _Module, node: ast.expr) -> str | None:
        """The string a context expression stands for, or None when not a constant."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in module.constants:
                return module.constants[node.id]
            if node.id in module.imports:
                source, name = module.imports[node.id]
                other = self.modules.get(source)
                if other is not None:
                    return other.constants.get(name)
        return None

    def imported_from(self, module: _Module, name: str) -> tuple[str, str] | None:
        """(module, name) a local name was imported as, if it was."""
        return module.imports.get(name)

    def wrapper(self, module: _Module, name: str) -> Wrapper | None:
        """The wrapper a called name stands for, defined here or imported."""
        if name in module.wrappers:
            return module.wrappers[name]
        if name in module.imports:
            source, original = module.imports[name]
            other = self.modules.get(source)
            if other is not None:
                return other.wrappers.get(original)
        return None

    def call_parts(self, module: _Module, call: ast.Call
                   ) -> tuple[ast.expr, ast.expr | None] | None:
        """(text, context) of a direct translation call (Qt's translate, QT_TRANSLATE_NOOP,
        the core's ``tr``/``mark``), the context None for the core's default; None when
        ``call`` is none of these."""
        func = call.func
        qt_translate = _is_qt_translate_func(func) or (
            isinstance(func, ast.Name) and func.id in module.translate_aliases)
        noop = isinstance(func, ast.Name) and func.id in module.noop_aliases
        if (qt_translate or noop) and len(call.args) >= 2:
            return call.args[1], call.args[0]
        if isinstance(func, ast.Name) and call.args:
            origin = module.imports.get(func.id)
            if origin == (_CORE_I18N, "tr") or (module.name == _CORE_I18N and func.id == "tr"):
                context = call.args[1] if len(call.args) > 1 else next(
                    (k.value for k in call.keywords if k.arg == "context"), None)
                return call.args[0], context
            if origin == (_CORE_I18N, "mark"):
                return call.args[0], None
        return None


def _statements(tree: ast.Module) -> Iterator[ast.stmt]:
    """The module's statements and the top-level statements of its functions and methods
    (where an alias such as ``translate = QCoreApplication.translate`` is made)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        statement = pending.pop()
        yield statement
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            pending.extend(statement.body)


def _is_qt_translate_func(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id in _QT_APPS)


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and isinstance(statement.value.value, str)


def _param_name(node: ast.expr | None) -> str | None:
    """``text`` for ``text`` and ``str(text)``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and node.func.id == "str" and len(node.args) == 1:
        node = node.args[0]
    return node.id if isinstance(node, ast.Name) else None


def _is_report_module(path: str) -> bool:
    return path.startswith(("borderdesk/reports/", "borderdesk/services/reports"))


def _is_cli_module(path: str) -> bool:
    return Path(path).name.startswith("cli") and path.count("/") == 1


class _Collector:
    def __init__(self, index: _Index, module: _Module) -> None:
        self.index = index
        self.module = module
        self.classes: list[str] = []
        self.found: list[tuple[str, str, Location]] = []
        self.problems: list[Problem] = []
        self.english_only: set[int] = set()
        if _is_cli_module(module.path):
            for node in ast.walk(module.tree):
                if isinstance(node, ast.keyword) and node.arg in CLI_ENGLISH_KEYWORDS:
                    self.english_only.add(id(node.value))

    def collect(self) -> None:
        """Visit every call of the module, knowing the class it is written in."""
        pending: list[tuple[ast.AST, tuple[str, ...]]] = [(self.module.tree, ())]
        while pending:
            node, classes = pending.pop()
            if isinstance(node, ast.ClassDef):
                classes = (*classes, node.name)
            elif isinstance(node, ast.Call):
                self.classes = list(classes)
                self.visit_call(node)
            pending.extend((child, classes) for child in ast.iter_child_nodes(node))

    def visit_call(self, node: ast.Call) -> None:
        """Record the message of ``node``, or the problem with it."""
        if id(node) in self.english_only:
            return
        parts = self._parts(node)
        if parts is None:
            return
        text, context = parts
        if isinstance(text, ast.JoinedStr):
            self._problem(node, "an f-string cannot be translated: use a {name} placeholder "
                                "and .format() after the translation")
        elif isinstance(text, ast.Constant) and isinstance(text.value, str):
            if context is None:
                self._problem(node, f"the context of {text.value!r} is not a constant")
            elif text.value:
                self.found.append((context, text.value,
                                   Location(self.module.path, node.lineno)))

    def _parts(self, node: ast.Call) -> tuple[ast.expr, str | None] | None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                return node.args[0], self.classes[-1]
            if _is_literal_text(node.args[0]):
                self._problem(node, f"{ast.unparse(func)}(...): the context is the class of "
                                    "that object at run time; use self.tr or "
                                    "QCoreApplication.translate with a fixed context")
            return None
        direct = self.index.call_parts(self.module, node)
        if direct is not None:
            text, context = direct
            if context is None:
                return text, DEFAULT_CONTEXT
            return text, self.index.resolve(self.module, context)
        if isinstance(func, ast.Name):
            wrapper = self.index.wrapper(self.module, func.id)
            if wrapper is not None and len(node.args) > wrapper.text_param:
                if wrapper.context_param is not None:
                    if len(node.args) <= wrapper.context_param:
                        return None
                    return node.args[wrapper.text_param], self.index.resolve(
                        self.module, node.args[wrapper.context_param])
                return node.args[wrapper.text_param], wrapper.context
        if _is_report_module(self.module.path) and node.args and (
                (isinstance(func, ast.Name) and func.id == "t")
                or (isinstance(func, ast.Attribute) and func.attr == "t")):
            return node.args[0], REPORT_CONTEXT
        return None

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.module.path, getattr(node, "lineno", 0), text))


def _is_literal_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str))


def extract_code(root: Path) -> tuple[list[Message], list[Problem]]:
    """Every message in ``root``/borderdesk (outside this package), and the calls that
    cannot be extracted."""
    index = _Index(root)
    found: list[tuple[str, str, Location]] = []
    problems: list[Problem] = []
    for module in _modules(index):
        collector = _Collector(index, module)
        collector.collect()
        found.extend(collector.found)
        problems.extend(collector.problems)
    return merge_found(found), sorted(problems, key=lambda p: (p.path, p.line))


def _modules(index: _Index) -> Iterator[_Module]:
    for module in index.modules.values():
        if not module.name.startswith("borderdesk.i18n_tools"):
            yield module
