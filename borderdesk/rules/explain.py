"""Explaining a hit in words, with the values that made the condition true.

Screening runs the fast compiled closures; only for a rule that hit is the
condition walked again here, node by node, reusing those closures to read
values, and the parts that were true are described: which goods line, which
keyword, which watch-list entry, which numbers.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.rules.compiler import Compiler, Context
from borderdesk.rules.fields import DEFAULT_COLLECTION, Type
from borderdesk.rules.syntax import (
    Binary,
    Boolean,
    Call,
    Membership,
    Name,
    Node,
    Number,
    Presence,
    Quantifier,
    Text,
    Unary,
)

#: How many goods lines (or other items) one explanation cites at most.
MAX_ITEMS = 5
#: How far an explanation counts (a regular consignee has hundreds of declarations).
MAX_COUNTED = 20


def _show(value: Any) -> str:
    if value is None:
        return tr("(missing)")
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return f"'{value}'" if " " in value or not value else value
    return str(value)


def label(item: Any) -> str:
    """How an item of a collection is named in an explanation."""
    kind = type(item).__name__
    if kind == "LineFacts":
        return tr("line {number} ({hs} '{description}')", number=item.number, hs=item.hs_code,
                  description=item.description)
    if kind == "DocumentFacts":
        if item.valid_until is not None:
            return tr("document {type} {reference} valid until {date}", type=item.type,
                      reference=item.reference, date=item.valid_until.isoformat())
        return tr("document {type} {reference}", type=item.type, reference=item.reference)
    if kind == "AmendmentFacts":
        return tr("version {version} changed {field}", version=item.version, field=item.field)
    if kind == "DeclarationFacts":
        return tr("declaration {id} of {date}", id=item.declaration_id,
                  date=item.lodged_at.date().isoformat())
    explain = getattr(item, "explain", None)
    if callable(explain):  # a watch-list hit (or anything that explains itself)
        return str(explain())
    return _show(item)


_PLAIN = (Type.TEXT, Type.NUMBER, Type.DATE, Type.TIME, Type.BOOL)


def _names(node: Node, bound: set[str]) -> list[Name]:
    """The field names ``node`` reads whose variable is not in ``bound`` (list names after
    'in' or 'matches' and the party of ``history(...)`` are not values, so left out)."""
    if isinstance(node, Name):
        return [] if node.path.partition(".")[0] in bound else [node]
    if isinstance(node, Unary):
        return _names(node.operand, bound)
    if isinstance(node, Binary):
        return _names(node.left, bound) + _names(node.right, bound)
    if isinstance(node, Membership):
        return _names(node.operand, bound)
    if isinstance(node, Presence):
        return _names(node.operand, bound)
    if isinstance(node, Quantifier):
        inner = bound | {node.variable}
        found = _names(node.collection, bound) if isinstance(node.collection, Name) else []
        return found + (_names(node.predicate, inner) if node.predicate is not None else [])
    if isinstance(node, Call) and node.function != "history":
        return [name for arg in node.args for name in _names(arg, bound)]
    return []


class Explainer:
    """Describes why a compiled condition is true for a context."""

    def __init__(self, compiler: Compiler, text: str) -> None:
        self.compiler = compiler
        self.text = text

    def source(self, node: Node) -> str:
        """The condition text of ``node``, on one line."""
        text = self.text[node.offset:node.end] if node.end >= 0 else self.text[node.offset:]
        return " ".join(text.split())

    def value(self, node: Node, context: Context) -> Any:
        function, _ = self.compiler.functions[id(node)]
        return function(context)

    def explain(self, node: Node, context: Context) -> list[str]:
        """The reasons ``node`` is true (call only when it is)."""
        if isinstance(node, Binary) and node.op == "and":
            return self.explain(node.left, context) + self.explain(node.right, context)
        if isinstance(node, Binary) and node.op == "or":
            chosen = node.left if self.value(node.left, context) else node.right
            return self.explain(chosen, context)
        if isinstance(node, Binary) and isinstance(node.left, Quantifier) \
                and node.left.kind == "count":
            return [self._count(node, node.left, context)]
        if isinstance(node, Binary):
            left, right = self.value(node.left, context), self.value(node.right, context)
            if node.op == "==" and self.source(node.right) in (_show(right), f'"{right}"'):
                return [f"{self.source(node.left)} {_show(left)}"]
            return [self._operand(node.left, left) + f" {node.op} " +
                    self._operand(node.right, right)]
        if isinstance(node, Unary) and node.op == "not":
            return [self._negated(node.operand, context)]
        if isinstance(node, Membership):
            return [self._membership(node, context)]
        if isinstance(node, Presence):
            state = tr("is present") if node.present else tr("is missing")
            return [f"{self.source(node.operand)} {state}"]
        if isinstance(node, Quantifier):
            return self._quantifier(node, context)
        return [self.source(node)]

    def _operand(self, node: Node, value: Any) -> str:
        text = self.source(node)
        if isinstance(node, Number | Text | Boolean):
            return text  # a constant of the condition: as the analyst wrote it
        shown = _show(value)
        return shown if text in (shown, f'"{value}"') else f"{text} = {shown}"

    def _membership(self, node: Membership, context: Context, negated: bool = False) -> str:
        value = self.value(node.operand, context)
        name = self.source(node.operand)
        subject = f"{name} {_show(value)}"
        target = self.source(node.target).replace('"', "")
        if node.op == "matches":
            # The line's label already shows the text: name only the keyword found.
            found = self._keyword(node, value)
            if negated:
                return tr("{name} does not match {target}", name=name, target=target)
            return tr("{name} matches {target} ('{keyword}')", name=name, target=target,
                      keyword=found)
        if node.op == "starts with":
            if negated:
                return tr("{subject} does not start with {target}", subject=subject,
                          target=target)
            return tr("{subject} starts with {target}", subject=subject, target=target)
        inside = (node.op == "in") != negated
        if inside:
            return tr("{subject} is in {target}", subject=subject, target=target)
        return tr("{subject} is not in {target}", subject=subject, target=target)

    def _keyword(self, node: Membership, value: Any) -> str:
        named = self.compiler.named_list(node.target)
        if named is not None:
            return named.keywords.find_in(str(value)) or ""
        return self.source(node.target).strip("\"'")

    def _negated(self, node: Node, context: Context) -> str:
        if isinstance(node, Membership):
            return self._membership(node, context, negated=True)
        if isinstance(node, Presence):
            state = tr("is missing") if node.present else tr("is present")
            return f"{self.source(node.operand)} {state}"
        if isinstance(node, Quantifier) and node.kind == "any":
            what = self._collection_name(node)
            if node.predicate is None:
                return tr("no {what}", what=what)
            reason = tr("no {what} with {condition}", what=what,
                        condition=self.source(node.predicate))
            # The values the condition compared with, and what there was instead.
            values = self._outer_values(node.predicate, {node.variable}, context)
            if values:
                reason += f" ({', '.join(values)})"
            items = self._items(node, context)
            if items:
                reason += tr("; there are: {items}",
                             items=", ".join(label(item) for item in items[:MAX_ITEMS]))
            return reason
        return tr("not ({condition})", condition=self.source(node))

    def _outer_values(self, node: Node, bound: set[str], context: Context) -> list[str]:
        """``name = value`` for the plain values ``node`` reads that no quantifier
        inside it binds (like ``lodged_date`` in a condition about each document)."""
        shown: list[str] = []
        for name in _names(node, bound):
            entry = self.compiler.functions.get(id(name))
            if entry is None or entry[1] not in _PLAIN:
                continue
            text = f"{name.path} = {_show(entry[0](context))}"
            if text not in shown:
                shown.append(text)
        return shown

    @staticmethod
    def _collection_name(node: Quantifier) -> str:
        collection = node.collection
        path = DEFAULT_COLLECTION.get(node.variable, node.variable) if collection is None \
            else collection.path if isinstance(collection, Name) else None
        if path is not None:
            return tr("watch-list hits") if path == "watchlist" else path
        if isinstance(collection, Call) and collection.function == "history" \
                and collection.args and isinstance(collection.args[0], Name):
            hours = dict(collection.kwargs).get("hours")
            role = collection.args[0].path
            if isinstance(hours, Number):
                return tr("other declarations for the same {role} in the {hours:g} hours "
                          "before", role=role, hours=hours.value)
            return tr("earlier declarations for the same {role}", role=role)
        return node.variable

    def _count(self, comparison: Binary, node: Quantifier, context: Context) -> str:
        # Lazily: the collection may be a regular consignee's long history.
        items: list[Any] = []
        collection = self.compiler.collections[id(node)](context)
        if node.predicate is None:
            for item in collection:
                items.append(item)
                if len(items) > MAX_COUNTED:
                    break
        else:
            predicate, _ = self.compiler.functions[id(node.predicate)]
            scope = context.scope
            matching = []
            try:
                for item in collection:
                    scope[node.variable] = item
                    if predicate(context):
                        matching.append(item)
                        if len(matching) > MAX_COUNTED:
                            break
            finally:
                scope.pop(node.variable, None)
            items = matching
        cited = ", ".join(label(item) for item in items[:MAX_ITEMS])
        more = tr(" and {count} more", count=len(items) - MAX_ITEMS) \
            if MAX_ITEMS < len(items) <= MAX_COUNTED else \
            tr(" and more") if len(items) > MAX_COUNTED else ""
        count = str(len(items)) if len(items) <= MAX_COUNTED else \
            tr("more than {count}", count=MAX_COUNTED)
        return tr("{count} {what} ({op} {limit}): {items}{more}", count=count,
                  what=self._collection_name(node), op=comparison.op,
                  limit=self.source(comparison.right), items=cited, more=more)

    def _quantifier(self, node: Quantifier, context: Context) -> list[str]:
        items = self._items(node, context)
        if node.predicate is None:
            cited = ", ".join(label(item) for item in items[:MAX_ITEMS])
            return [tr("{count} {what}: {items}", count=len(items),
                       what=self._collection_name(node), items=cited)]
        scope = context.scope
        reasons: list[str] = []
        matching = []
        try:
            for item in items:
                scope[node.variable] = item
                if self.value(node.predicate, context):
                    matching.append(item)
                    if node.kind != "every" and len(matching) <= MAX_ITEMS:
                        inner = "; ".join(self.explain(node.predicate, context))
                        reasons.append(f"{label(item)}: {inner}")
        finally:
            scope.pop(node.variable, None)
        if node.kind == "every":
            return [tr("all {count} {what}: {condition}", count=len(items),
                       what=self._collection_name(node), condition=self.source(node.predicate))]
        if len(matching) > MAX_ITEMS:
            reasons.append(tr("and {count} more", count=len(matching) - MAX_ITEMS))
        return reasons

    def _items(self, node: Quantifier, context: Context) -> list[Any]:
        return list(self.compiler.collections[id(node)](context))
