"""Compiling a condition's syntax tree into Python closures, checking names and types.

Nothing is evaluated with ``eval``: each node becomes a small function of the
evaluation :class:`Context`. Names, list references and types are checked here,
once, so a profile with a misspelt field or a text compared with a number is
rejected when it is loaded. A missing value (``None``) makes a comparison false
and an arithmetic result missing; division by zero gives a missing value.
"""

from __future__ import annotations

import difflib
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from borderdesk.core.i18n import tr
from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.fields import (
    DECLARATION_FIELDS,
    DEFAULT_COLLECTION,
    ELEMENT_OF,
    FIELDS,
    PARTY_ROLES,
    Type,
)
from borderdesk.rules.lists import KeywordSet, ListKind, NamedList
from borderdesk.rules.problems import ConditionSyntaxError
from borderdesk.rules.syntax import (
    Binary,
    Boolean,
    Call,
    ListLiteral,
    Membership,
    Name,
    Node,
    Number,
    Presence,
    Quantifier,
    Text,
    Unary,
)


class History(Protocol):
    """Earlier declarations of the same party (the station's and the batch's)."""

    def earlier(self, declaration: DeclarationFacts, role: str, hours: float | None,
                strict: bool) -> Iterable[DeclarationFacts]:
        """Other declarations whose ``role`` party has the same normalised name, lodged
        within ``hours`` before ``declaration`` (any time when None) up to it, or strictly
        before it when ``strict``. Versions of the same declaration id never count."""
        ...


class NoHistory:
    """A history that knows no other declaration."""

    def earlier(self, declaration: DeclarationFacts, role: str, hours: float | None,
                strict: bool) -> Iterable[DeclarationFacts]:
        return ()


class Context:
    """What a compiled condition reads: the declaration, bound variables, history, hits."""

    __slots__ = ("declaration", "history", "scope", "watch_hits")

    def __init__(self, declaration: DeclarationFacts, history: History,
                 watch_hits: Sequence[Any] = ()) -> None:
        self.declaration = declaration
        self.history = history
        self.watch_hits = watch_hits
        self.scope: dict[str, Any] = {}


Function = Callable[[Context], Any]

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
}
_ORDERED = (Type.NUMBER, Type.DATE, Type.TIME)


def _divide(a: float, b: float) -> float | None:
    return None if b == 0 else a / b


_ARITHMETIC: dict[str, Callable[[float, float], float | None]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": _divide,
}


class Compiler:
    """Compiles the conditions of one profile against its named lists."""

    def __init__(self, lists: Mapping[str, NamedList]) -> None:
        self.lists = lists
        #: The closure of every node, and of every quantifier's collection (by the
        #: quantifier's id), for explaining a hit afterwards.
        self.functions: dict[int, tuple[Function, Type]] = {}
        self.collections: dict[int, Function] = {}

    def condition(self, node: Node) -> Function:
        """Compile a whole condition, which must be true or false."""
        function, kind = self.compile(node, {})
        if kind is not Type.BOOL:
            raise ConditionSyntaxError(node.offset, tr(
                "a condition must be true or false, but this is a {kind}", kind=kind.value))
        return function

    def compile(self, node: Node, scope: dict[str, Type]) -> tuple[Function, Type]:
        """Compile ``node`` with the variables of ``scope`` bound."""
        result = self._compile(node, scope)
        self.functions[id(node)] = result
        return result

    def _compile(self, node: Node, scope: dict[str, Type]) -> tuple[Function, Type]:
        if isinstance(node, Number):
            number = node.value
            return (lambda c: number), Type.NUMBER
        if isinstance(node, Text):
            text = node.value
            return (lambda c: text), Type.TEXT
        if isinstance(node, Boolean):
            flag = node.value
            return (lambda c: flag), Type.BOOL
        if isinstance(node, Name):
            return self._name(node, scope)
        if isinstance(node, Unary):
            return self._unary(node, scope)
        if isinstance(node, Binary):
            return self._binary(node, scope)
        if isinstance(node, Membership):
            return self._membership(node, scope)
        if isinstance(node, Presence):
            operand, _ = self.compile(node.operand, scope)
            if node.present:
                return (lambda c: operand(c) is not None), Type.BOOL
            return (lambda c: operand(c) is None), Type.BOOL
        if isinstance(node, Quantifier):
            return self._quantifier(node, scope)
        if isinstance(node, Call):
            return self._call(node, scope)
        if isinstance(node, ListLiteral):
            raise ConditionSyntaxError(node.offset, tr(
                "a [list] can only follow 'in', 'not in' or 'starts with'"))
        raise ConditionSyntaxError(node.offset, tr("this cannot be used here"))

    # --- names --------------------------------------------------------------------------

    def _name(self, node: Name, scope: dict[str, Type]) -> tuple[Function, Type]:
        head, _, rest = node.path.partition(".")
        if head in scope:
            kind = scope[head]
            if not rest:
                return (lambda c: c.scope[head]), kind
            fields = FIELDS.get(kind, {})
            if rest not in fields:
                raise self._unknown(node, rest, fields, tr("a {kind} has no field '{name}'",
                                                           kind=kind.value, name=rest))
            getter, field_kind = fields[rest]
            return (lambda c: getter(c.scope[head])), field_kind
        if node.path == "watchlist":
            return (lambda c: c.watch_hits), Type.HITS
        if node.path in DECLARATION_FIELDS:
            getter, kind = DECLARATION_FIELDS[node.path]
            return (lambda c: getter(c.declaration)), kind
        if node.path in self.lists:
            raise ConditionSyntaxError(node.offset, tr(
                "'{name}' is a list: use it after 'in', 'not in', 'starts with' or 'matches'",
                name=node.path))
        raise self._unknown(node, node.path, {**DECLARATION_FIELDS, **dict.fromkeys(scope)},
                            tr("unknown field '{name}'", name=node.path))

    def _unknown(self, node: Name, name: str, known: Mapping[str, object],
                 message: str) -> ConditionSyntaxError:
        close = difflib.get_close_matches(name, list(known), n=1)
        if close:
            message = tr("{message} (did you mean '{suggestion}'?)", message=message,
                         suggestion=close[0])
        return ConditionSyntaxError(node.offset, message)

    # --- operators ----------------------------------------------------------------------

    def _expect(self, node: Node, kind: Type, wanted: tuple[Type, ...], what: str) -> None:
        if kind not in wanted:
            names = " or ".join(w.value for w in wanted)
            raise ConditionSyntaxError(node.offset, tr(
                "type mismatch: {what} needs a {wanted}, but this is a {kind}",
                what=what, wanted=names, kind=kind.value))

    def _unary(self, node: Unary, scope: dict[str, Type]) -> tuple[Function, Type]:
        operand, kind = self.compile(node.operand, scope)
        if node.op == "not":
            self._expect(node.operand, kind, (Type.BOOL,), "'not'")
            return (lambda c: not operand(c)), Type.BOOL
        self._expect(node.operand, kind, (Type.NUMBER,), "'-'")

        def negative(c: Context) -> Any:
            value = operand(c)
            return None if value is None else -value

        return negative, Type.NUMBER

    def _binary(self, node: Binary, scope: dict[str, Type]) -> tuple[Function, Type]:
        left, left_kind = self.compile(node.left, scope)
        right, right_kind = self.compile(node.right, scope)
        if node.op in ("and", "or"):
            self._expect(node.left, left_kind, (Type.BOOL,), f"'{node.op}'")
            self._expect(node.right, right_kind, (Type.BOOL,), f"'{node.op}'")
            # Every true/false closure returns a bool, so no conversion is needed here.
            if node.op == "and":
                return (lambda c: left(c) and right(c)), Type.BOOL
            return (lambda c: left(c) or right(c)), Type.BOOL
        if node.op in _ARITHMETIC:
            self._expect(node.left, left_kind, (Type.NUMBER,), f"'{node.op}'")
            self._expect(node.right, right_kind, (Type.NUMBER,), f"'{node.op}'")
            arithmetic = _ARITHMETIC[node.op]

            def calculate(c: Context) -> Any:
                a, b = left(c), right(c)
                return None if a is None or b is None else arithmetic(a, b)

            return calculate, Type.NUMBER
        compare = _COMPARE[node.op]
        if left_kind is not right_kind:
            raise ConditionSyntaxError(node.right.offset, tr(
                "type mismatch: a {left} is compared with a {right}", left=left_kind.value,
                right=right_kind.value))
        if node.op not in ("==", "!=") and left_kind not in _ORDERED:
            raise ConditionSyntaxError(node.offset, tr(
                "type mismatch: '{op}' compares numbers, dates or times, not a {kind}",
                op=node.op, kind=left_kind.value))

        at_least = self._at_least(node)
        if at_least is not None:
            return at_least, Type.BOOL

        def comparison(c: Context) -> bool:
            a, b = left(c), right(c)
            return a is not None and b is not None and compare(a, b)

        return comparison, Type.BOOL

    def _at_least(self, node: Binary) -> Function | None:
        """``count X in C (P) >= N`` (or ``> N``) that stops counting once N is reached:
        a regular consignee may have hundreds of declarations in its history."""
        count, limit = node.left, node.right
        if not (isinstance(count, Quantifier) and count.kind == "count"
                and count.predicate is not None and isinstance(limit, Number)
                and node.op in (">=", ">")):
            return None
        needed = limit.value if node.op == ">=" else limit.value + 1
        if not float(needed).is_integer():
            needed = float(int(needed) + 1)  # counts are whole numbers
        variable = count.variable
        collection = self.collections[id(count)]
        predicate, _ = self.functions[id(count.predicate)]

        def reaches(c: Context) -> bool:
            if needed <= 0:
                return True
            scope = c.scope
            saved = scope.get(variable, _UNBOUND)
            found = 0
            try:
                for item in collection(c):
                    scope[variable] = item
                    if predicate(c):
                        found += 1
                        if found >= needed:
                            return True
                return False
            finally:
                _restore(scope, variable, saved)

        return reaches

    def _membership(self, node: Membership, scope: dict[str, Type]) -> tuple[Function, Type]:
        operand, kind = self.compile(node.operand, scope)
        if kind is Type.TEXTS:
            raise ConditionSyntaxError(node.offset, tr(
                "type mismatch: this is a list of texts; go through it with "
                "'any country in itinerary (...)'"))
        self._expect(node.operand, kind, (Type.TEXT,), f"'{node.op}'")
        target = node.target
        if node.op == "matches":
            keywords = self._keywords(target)
            description = self._line_description(node.operand, scope)
            if description is not None:
                variable = description

                def matches_line(c: Context) -> bool:
                    line = c.scope[variable]
                    cache = line.matched
                    if cache is None:
                        cache = line.matches()
                    else:
                        known = cache.get(keywords)
                        if known is not None:
                            return known  # type: ignore[no-any-return]
                    known = cache[keywords] = keywords.find(line.padded, line.words) is not None
                    return known

                return matches_line, Type.BOOL

            def matches(c: Context) -> bool:
                value = operand(c)
                return value is not None and keywords.find_in(value) is not None

            return matches, Type.BOOL
        if node.op == "starts with":
            prefixes = self._texts(target, "starts with")
            field = self._variable_field(node.operand, scope)
            if field is not None:
                head, getter = field

                def starts_field(c: Context) -> bool:
                    value = getter(c.scope[head])
                    return value is not None and value.startswith(prefixes)

                return starts_field, Type.BOOL

            def starts(c: Context) -> bool:
                value = operand(c)
                return value is not None and value.startswith(prefixes)

            return starts, Type.BOOL
        contains = self._container(target)
        if node.op == "in":
            def is_in(c: Context) -> bool:
                value = operand(c)
                return value is not None and contains(value)

            return is_in, Type.BOOL

        def not_in(c: Context) -> bool:
            value = operand(c)
            return value is not None and not contains(value)

        return not_in, Type.BOOL

    def named_list(self, target: Node) -> NamedList | None:
        """The named list ``target`` refers to (None for a literal)."""
        if isinstance(target, Name):
            found = self.lists.get(target.path)
            if found is None:
                close = difflib.get_close_matches(target.path, list(self.lists), n=1)
                hint = tr(" (did you mean '{name}'?)", name=close[0]) if close else ""
                raise ConditionSyntaxError(target.offset, tr(
                    "unknown list '{name}'{hint}", name=target.path, hint=hint))
            return found
        return None

    def _keywords(self, target: Node) -> KeywordSet:
        named = self.named_list(target)
        if named is not None:
            if named.kind not in (ListKind.KEYWORDS, ListKind.PARTIES, ListKind.TEXTS):
                raise ConditionSyntaxError(target.offset, tr(
                    "type mismatch: 'matches' needs a list of keywords, but '{name}' is a "
                    "list of {kind}", name=named.name, kind=named.kind.value))
            return named.keywords
        return KeywordSet(self._texts(target, "matches"))

    def _texts(self, target: Node, what: str) -> tuple[str, ...]:
        named = self.named_list(target)
        if named is not None:
            return named.prefixes
        if isinstance(target, Text):
            return (target.value,)
        if isinstance(target, ListLiteral):
            texts = []
            for item in target.items:
                if not isinstance(item, Text):
                    raise ConditionSyntaxError(item.offset, tr(
                        "type mismatch: '{what}' needs texts", what=what))
                texts.append(item.value)
            return tuple(texts)
        raise ConditionSyntaxError(target.offset, tr("expected a list name, a text or a [list]"))

    def _container(self, target: Node) -> Callable[[str], bool]:
        named = self.named_list(target)
        if named is not None:
            return named.contains
        members = frozenset(self._texts(target, "in"))
        return members.__contains__

    @staticmethod
    def _variable_field(operand: Node, scope: dict[str, Type]) -> tuple[str, Any] | None:
        # `line.hs_code starts with ...`: read the field directly (the commonest test).
        if isinstance(operand, Name):
            head, _, rest = operand.path.partition(".")
            fields = FIELDS.get(scope.get(head, Type.BOOL), {})
            if rest in fields:
                return head, fields[rest][0]
        return None

    @staticmethod
    def _line_description(operand: Node, scope: dict[str, Type]) -> str | None:
        # `line.description matches L` reads the description normalised once per line.
        if isinstance(operand, Name):
            head, _, rest = operand.path.partition(".")
            if rest == "description" and scope.get(head) is Type.LINE:
                return head
        return None

    # --- quantifiers and calls ------------------------------------------------------------

    def _quantifier(self, node: Quantifier, scope: dict[str, Type]) -> tuple[Function, Type]:
        if node.collection is None:
            default = DEFAULT_COLLECTION.get(node.variable)
            if default is None:
                raise ConditionSyntaxError(node.variable_offset, tr(
                    "say what '{name}' goes through: '{kind} {name} in lines' (or documents, "
                    "itinerary, amendments, watchlist, seals, history(...))",
                    name=node.variable, kind=node.kind))
            collection_node: Node = Name(node.variable_offset, default,
                                         end=node.variable_offset + len(node.variable))
        else:
            collection_node = node.collection
        collection, collection_kind = self.compile(collection_node, scope)
        self.collections[id(node)] = collection
        element = ELEMENT_OF.get(collection_kind)
        if element is None:
            raise ConditionSyntaxError(collection_node.offset, tr(
                "type mismatch: '{kind}' goes through a collection, but this is a {found}",
                kind=node.kind, found=collection_kind.value))
        variable = node.variable
        if node.predicate is None:
            if node.kind == "count":
                return (lambda c: sum(1 for _ in collection(c))), Type.NUMBER
            # Collections may be lazy (history): take one item at most.
            return (lambda c: next(iter(collection(c)), _UNBOUND) is not _UNBOUND), Type.BOOL
        predicate, predicate_kind = self.compile(node.predicate, {**scope, variable: element})
        self._expect(node.predicate, predicate_kind, (Type.BOOL,), f"'{node.kind}'")
        if element is Type.DECLARATION and _closed(node.predicate, {variable}):
            predicate = _remembered(predicate, variable)
            # Explanations read the same remembered results.
            self.functions[id(node.predicate)] = (predicate, predicate_kind)
        function, kind = _quantify(node.kind, variable, collection, predicate,
                                   shadows=variable in scope)
        owner = self._lines_owner(collection_node, scope)
        check = self._word_check(node.predicate, variable) if owner is not None else None
        if node.kind == "any" and owner is not None and check is not None:
            # Most declarations hold none of a rule's keywords: then no line can match,
            # which one look at all the declaration's words tells without a loop.
            word_check, lines_of = check, owner

            def any_with_words(c: Context) -> Any:
                return word_check(lines_of(c).line_words()) and function(c)

            return any_with_words, kind
        return function, kind

    @staticmethod
    def _lines_owner(collection: Node, scope: dict[str, Type]) -> Function | None:
        """For ``lines`` or ``other.lines``: the declaration whose lines they are."""
        if not isinstance(collection, Name):
            return None
        if collection.path == "lines":
            return lambda c: c.declaration
        head, _, rest = collection.path.partition(".")
        if rest == "lines" and scope.get(head) is Type.DECLARATION:
            return lambda c: c.scope[head]
        return None

    def _word_check(self, node: Node,
                    variable: str) -> Callable[[frozenset[str]], bool] | None:
        """A necessary condition on a declaration's words for ``node`` to be true of one of
        its lines (None when the condition does not depend on keywords)."""
        if isinstance(node, Membership) and node.op == "matches" \
                and isinstance(node.operand, Name) \
                and node.operand.path == f"{variable}.description":
            return self._keywords(node.target).could_match
        if isinstance(node, Binary) and node.op in ("and", "or"):
            left = self._word_check(node.left, variable)
            right = self._word_check(node.right, variable)
            if node.op == "and":
                if left is None or right is None:
                    return left or right
                return lambda words: left(words) and right(words)
            if left is not None and right is not None:
                return lambda words: left(words) or right(words)
        return None

    def _call(self, node: Call, scope: dict[str, Type]) -> tuple[Function, Type]:
        if node.function == "first_nonzero":
            if node.kwargs or not node.args:
                raise ConditionSyntaxError(node.offset, tr(
                    "first_nonzero takes numbers, like first_nonzero(line.net_kg, "
                    "line.gross_kg)"))
            parts = []
            for arg in node.args:
                function, kind = self.compile(arg, scope)
                self._expect(arg, kind, (Type.NUMBER,), "first_nonzero")
                parts.append(function)

            def first_nonzero(c: Context) -> Any:
                for part in parts:
                    value = part(c)
                    if value:
                        return value
                return None

            return first_nonzero, Type.NUMBER
        if node.function == "history":
            return self._history(node, scope)
        raise ConditionSyntaxError(node.offset, tr(
            "unknown function '{name}' (known: first_nonzero, history)", name=node.function))

    def _history(self, node: Call, scope: dict[str, Type]) -> tuple[Function, Type]:
        if len(node.args) != 1 or not isinstance(node.args[0], Name) \
                or node.args[0].path not in PARTY_ROLES:
            raise ConditionSyntaxError(node.offset, tr(
                "history needs a party: history(consignee, hours: 720); parties are {roles}",
                roles=", ".join(PARTY_ROLES)))
        role = node.args[0].path
        hours: float | None = None
        strict = False
        for key, value in node.kwargs:
            if key == "hours" and isinstance(value, Number):
                hours = value.value
            elif key == "strict" and isinstance(value, Boolean):
                strict = value.value
            else:
                raise ConditionSyntaxError(value.offset, tr(
                    "history takes 'hours: NUMBER' and 'strict: true|false'"))

        # Inside `any other in history(...)` it is still about the declaration screened.
        def history(c: Context) -> Iterable[DeclarationFacts]:
            return c.history.earlier(c.declaration, role, hours, strict)

        return history, Type.DECLARATIONS


def _closed(node: Node, bound: set[str]) -> bool:
    """Whether ``node`` reads nothing but the ``bound`` variables, lists and constants."""
    if isinstance(node, Number | Text | Boolean | ListLiteral):
        return True
    if isinstance(node, Name):
        return node.path.partition(".")[0] in bound
    if isinstance(node, Unary):
        return _closed(node.operand, bound)
    if isinstance(node, Binary):
        return _closed(node.left, bound) and _closed(node.right, bound)
    if isinstance(node, Membership):
        # A named list target is a constant; a field target is not allowed by the grammar.
        return _closed(node.operand, bound)
    if isinstance(node, Presence):
        return _closed(node.operand, bound)
    if isinstance(node, Quantifier):
        return (node.collection is not None and _closed(node.collection, bound)
                and (node.predicate is None
                     or _closed(node.predicate, bound | {node.variable})))
    if isinstance(node, Call):
        return node.function == "first_nonzero" and all(_closed(a, bound) for a in node.args)
    return False


def _remembered(predicate: Function, variable: str) -> Function:
    """``predicate`` about the declaration bound to ``variable``, computed once per
    declaration (it depends on nothing else)."""
    key = object()

    def remembered(c: Context) -> Any:
        declaration = c.scope[variable]
        memo = declaration.cache
        if memo is None:
            memo = declaration.memo()
        elif key in memo:
            return memo[key]
        result = memo[key] = predicate(c)
        return result

    return remembered


def _quantify(kind: str, variable: str, collection: Function, predicate: Function, *,
              shadows: bool) -> tuple[Function, Type]:
    if kind == "any" and not shadows:
        # The common case: nothing outside reads this variable, so no need to restore it.
        def any_fast(c: Context) -> bool:
            scope = c.scope
            for item in collection(c):
                scope[variable] = item
                if predicate(c):
                    return True
            return False

        return any_fast, Type.BOOL

    def each(c: Context) -> list[bool]:
        scope = c.scope
        saved = scope.get(variable, _UNBOUND)
        results = []
        try:
            for item in collection(c):
                scope[variable] = item
                results.append(bool(predicate(c)))
        finally:
            _restore(scope, variable, saved)
        return results

    if kind == "count":
        return (lambda c: sum(each(c))), Type.NUMBER

    def any_(c: Context) -> bool:
        scope = c.scope
        saved = scope.get(variable, _UNBOUND)
        try:
            for item in collection(c):
                scope[variable] = item
                if predicate(c):
                    return True
            return False
        finally:
            _restore(scope, variable, saved)

    if kind == "any":
        return any_, Type.BOOL
    return (lambda c: all(each(c))), Type.BOOL


_UNBOUND = object()


def _restore(scope: dict[str, Any], variable: str, saved: Any) -> None:
    """Give a quantifier's variable back the value it had outside (or none)."""
    if saved is _UNBOUND:
        scope.pop(variable, None)
    else:
        scope[variable] = saved
