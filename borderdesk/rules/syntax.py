"""The condition language: tokens and the syntax tree, parsed without ``eval``.

A condition reads like the analyst would say it::

    any line (line.hs_code starts with "93")
      and not any document (document.type == "arms_licence"
                            and (document.valid_until is missing
                                 or document.valid_until >= lodged_date))

Grammar (lowest binding first)::

    expr       := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := sum [ ("=="|"!="|"<"|"<="|">"|">=") sum
                      | ["not"] "in" target | "starts" "with" target | "matches" target
                      | "is" ["not"] ("missing"|"present") ]
    sum        := product (("+"|"-") product)*
    product    := unary (("*"|"/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | "true" | "false" | "[" literals "]" | "(" expr ")"
                | ("any"|"every"|"count") NAME ["in" (call | name)] ["(" expr ")"]
                | NAME "(" [[NAME ":"] expr ("," [NAME ":"] expr)*] ")" | NAME
    target     := NAME | STRING | "[" literals "]"

Every node keeps the offset of its first character, so that a problem can be
reported at its line and column in the profile file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from borderdesk.core.i18n import tr
from borderdesk.rules.problems import ConditionSyntaxError

KEYWORDS = frozenset({
    "and", "or", "not", "in", "starts", "with", "matches", "is", "missing", "present", "any",
    "every", "count", "true", "false",
})
#: Functions that give a collection to go through (``any other in history(consignee) ...``).
COLLECTION_FUNCTIONS = frozenset({"history"})
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<op>==|!=|<=|>=|[<>+\-*/()\[\],:])
""", re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind (number, string, name, keyword, op, end), text and offset."""

    kind: str
    text: str
    offset: int


def tokenize(text: str) -> list[Token]:
    """Split a condition into tokens; an unknown character is a syntax error."""
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        found = _TOKEN.match(text, position)
        if found is None and text[position] in "\"'":
            raise ConditionSyntaxError(position, tr("a text is not closed"))
        if found is None:
            raise ConditionSyntaxError(position, tr("unexpected character '{char}'",
                                                    char=text[position]))
        kind = found.lastgroup or ""
        value = found.group()
        if kind == "name" and value in KEYWORDS:
            kind = "keyword"
        if kind != "space":
            tokens.append(Token(kind, value, position))
        position = found.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


# --- the syntax tree -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Node:
    """A node of the syntax tree; it spans ``offset`` up to ``end`` in the condition."""

    offset: int
    end: int = field(default=-1, kw_only=True)


@dataclass(frozen=True, slots=True)
class Number(Node):
    value: float


@dataclass(frozen=True, slots=True)
class Text(Node):
    value: str


@dataclass(frozen=True, slots=True)
class Boolean(Node):
    value: bool


@dataclass(frozen=True, slots=True)
class ListLiteral(Node):
    items: tuple[Text | Number, ...]


@dataclass(frozen=True, slots=True)
class Name(Node):
    path: str


@dataclass(frozen=True, slots=True)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary(Node):
    op: str  # and or + - * / == != < <= > >=
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Membership(Node):
    op: str  # "in", "not in", "starts with", "matches"
    operand: Node
    target: Node


@dataclass(frozen=True, slots=True)
class Presence(Node):
    operand: Node
    present: bool


@dataclass(frozen=True, slots=True)
class Call(Node):
    function: str
    args: tuple[Node, ...]
    kwargs: tuple[tuple[str, Node], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Quantifier(Node):
    kind: str  # any, every, count
    variable: str
    variable_offset: int
    collection: Node | None
    predicate: Node | None


N = TypeVar("N", bound=Node)


def _spanned(method: Callable[[_Parser], N]) -> Callable[[_Parser], N]:
    """Give the node a parse method returns the end of its last token."""

    def wrapper(self: _Parser) -> N:
        node = method(self)
        if node.end < 0:
            last = self.tokens[self.index - 1]
            node = replace(node, end=last.offset + len(last.text))
        return node

    wrapper.__doc__ = method.__doc__
    return wrapper


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def next(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, *texts: str) -> bool:
        token = self.token
        return token.kind in ("keyword", "op") and token.text in texts

    def expect(self, text: str) -> Token:
        if not self.at(text):
            raise self.error(tr("expected '{expected}'", expected=text))
        return self.next()

    def error(self, message: str, token: Token | None = None) -> ConditionSyntaxError:
        token = token or self.token
        found = tr("the end of the condition") if token.kind == "end" else f"'{token.text}'"
        return ConditionSyntaxError(token.offset, tr("{message}, found {found}",
                                                     message=message, found=found))

    def parse(self) -> Node:
        if self.token.kind == "end":
            raise ConditionSyntaxError(0, tr("the condition is empty"))
        node = self.expr()
        if self.token.kind != "end":
            raise self.error(tr("expected 'and', 'or' or the end of the condition"))
        return node

    @_spanned
    def expr(self) -> Node:
        node = self.conjunction()
        while self.at("or"):
            token = self.next()
            node = Binary(node.offset, token.text, node, self.conjunction())
        return node

    @_spanned
    def conjunction(self) -> Node:
        node = self.negation()
        while self.at("and"):
            token = self.next()
            node = Binary(node.offset, token.text, node, self.negation())
        return node

    @_spanned
    def negation(self) -> Node:
        if self.at("not"):
            token = self.next()
            return Unary(token.offset, "not", self.negation())
        return self.comparison()

    @_spanned
    def comparison(self) -> Node:
        left = self.sum()
        if self.at("==", "!=", "<", "<=", ">", ">="):
            op = self.next().text
            return Binary(left.offset, op, left, self.sum())
        if self.at("in"):
            self.next()
            return Membership(left.offset, "in", left, self.target())
        if self.at("not"):
            self.next()
            self.expect("in")
            return Membership(left.offset, "not in", left, self.target())
        if self.at("starts"):
            self.next()
            self.expect("with")
            return Membership(left.offset, "starts with", left, self.target())
        if self.at("matches"):
            self.next()
            return Membership(left.offset, "matches", left, self.target())
        if self.at("is"):
            self.next()
            negated = bool(self.at("not")) and self.next() is not None
            if not self.at("missing", "present"):
                raise self.error(tr("expected 'missing' or 'present'"))
            present = self.next().text == "present"
            return Presence(left.offset, left, present != negated)
        return left

    @_spanned
    def sum(self) -> Node:
        node = self.product()
        while self.at("+", "-"):
            op = self.next().text
            node = Binary(node.offset, op, node, self.product())
        return node

    @_spanned
    def product(self) -> Node:
        node = self.unary()
        while self.at("*", "/"):
            op = self.next().text
            node = Binary(node.offset, op, node, self.unary())
        return node

    @_spanned
    def unary(self) -> Node:
        if self.at("-"):
            token = self.next()
            return Unary(token.offset, "-", self.unary())
        return self.primary()

    def target(self) -> Node:
        token = self.token
        if token.kind in ("name", "string") or self.at("["):
            return self.primary()
        raise self.error(tr("expected a list name, a text or a [list]"))

    def literal_list(self) -> ListLiteral:
        start = self.expect("[")
        items: list[Text | Number] = []
        while not self.at("]"):
            token = self.next()
            if token.kind == "string":
                items.append(Text(token.offset, _unquote(token.text)))
            elif token.kind == "number":
                items.append(Number(token.offset, float(token.text)))
            else:
                raise self.error(tr("a [list] holds texts or numbers"), token)
            if not self.at("]"):
                self.expect(",")
        end = self.expect("]")
        return ListLiteral(start.offset, tuple(items), end=end.offset + 1)

    @_spanned
    def primary(self) -> Node:
        token = self.token
        if token.kind == "number":
            self.next()
            return Number(token.offset, float(token.text))
        if token.kind == "string":
            self.next()
            return Text(token.offset, _unquote(token.text))
        if self.at("true", "false"):
            self.next()
            return Boolean(token.offset, token.text == "true")
        if self.at("["):
            return self.literal_list()
        if self.at("("):
            self.next()
            node = self.expr()
            self.expect(")")
            return node
        if self.at("any", "every", "count"):
            return self.quantifier()
        if token.kind == "name":
            self.next()
            if self.at("("):
                return self.call(token)
            return Name(token.offset, token.text)
        raise self.error(tr("expected a value, a field or '('"))

    @_spanned
    def quantifier(self) -> Quantifier:
        start = self.next()
        variable = self.token
        if variable.kind != "name" or "." in variable.text:
            raise self.error(tr("expected a name after '{word}' (like: any line (...))",
                                word=start.text))
        self.next()
        collection: Node | None = None
        if self.at("in"):
            self.next()
            source = self.token
            if source.kind != "name":
                raise self.error(tr("expected what to go through (lines, documents, ...)"))
            self.next()
            if self.at("(") and source.text in COLLECTION_FUNCTIONS:
                collection = self.call(source)
            else:
                collection = Name(source.offset, source.text)
        predicate: Node | None = None
        if self.at("("):
            self.next()
            predicate = self.expr()
            self.expect(")")
        elif start.text == "every":
            raise self.error(tr("'every' needs a condition in parentheses"))
        return Quantifier(start.offset, start.text, variable.text, variable.offset, collection,
                          predicate)

    def call(self, name: Token) -> Call:
        node = self._call(name)
        last = self.tokens[self.index - 1]
        return replace(node, end=last.offset + len(last.text))

    def _call(self, name: Token) -> Call:
        self.expect("(")
        args: list[Node] = []
        kwargs: list[tuple[str, Node]] = []
        while not self.at(")"):
            token = self.token
            if token.kind == "name" and self.tokens[self.index + 1].text == ":":
                self.next()
                self.next()
                kwargs.append((token.text, self.expr()))
            elif kwargs:
                raise self.error(tr("a plain argument cannot follow a named one"))
            else:
                args.append(self.expr())
            if not self.at(")"):
                self.expect(",")
        self.expect(")")
        return Call(name.offset, name.text, tuple(args), tuple(kwargs))


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", r"\1", body)


def parse(text: str) -> Node:
    """Parse a condition into its syntax tree (raises :class:`ConditionSyntaxError`)."""
    return _Parser(text).parse()
