"""Evaluates a derived fact's formula (arithmetic over fact ids) without ``eval``."""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Mapping

from cqdesk.pipeline.errors import BuildError

_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
# Fact ids contain hyphens, which Python would read as minus; swap them for a safe name first.
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z][a-z0-9]*")


def input_ids(formula: str) -> list[str]:
    """The fact ids a formula names, in order of first appearance."""
    seen: list[str] = []
    for match in _ID.finditer(formula):
        if match.group() not in seen:
            seen.append(match.group())
    return seen


def evaluate(formula: str, values: Mapping[str, float], what: str) -> float:
    """The formula's value, given the values of the fact ids it names."""
    names = {fact_id: f"v{index}" for index, fact_id in enumerate(input_ids(formula))}
    expression = _ID.sub(lambda match: names[match.group()], formula)
    by_name = {}
    for fact_id, name in names.items():
        if fact_id not in values:
            raise BuildError(f"{what}: formula names {fact_id!r}, which is not a fact with a value")
        by_name[name] = values[fact_id]
    try:
        tree = ast.parse(expression, mode="eval")
        result = _walk(tree.body, by_name)
    except (SyntaxError, ZeroDivisionError, ValueError) as exc:
        raise BuildError(f"{what}: cannot evaluate {formula!r}: {exc}") from None
    if not math.isfinite(result):
        raise BuildError(f"{what}: {formula!r} is not a finite number")
    return result


def _walk(node: ast.AST, names: Mapping[str, float]) -> float:
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_walk(node.left, names), _walk(node.right, names))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_walk(node.operand, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return float(names[node.id])
    raise ValueError(f"only numbers, fact ids and + - * / ( ) are allowed, not {ast.dump(node)}")
