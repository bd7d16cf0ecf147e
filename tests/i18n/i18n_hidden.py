"""Find texts that Qt's lupdate cannot extract where they are used: a context given as a variable
(``QT_TRANSLATE_NOOP(CONTEXT, "…")``) or a helper that passes its argument on (``_tr("…")`` calling
``QCoreApplication.translate("errors", text)``). lupdate silently skips them, so the app would show them in English.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

Message = tuple[str, str]  # (context, source text)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text(node: ast.expr) -> str | None:
    """A string literal, or an implicit concatenation of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _text(node.value)
            if value is not None:
                found[node.targets[0].id] = value
    return found


def _resolve(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.Attribute):  # ks.CONTEXT
        return constants.get(node.attr)
    return None


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Functions ``f(text)`` whose body is ``return ….translate(<context>, text)``: name -> context."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1 or len(node.body) != 1:
            continue
        ret = node.body[0]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        param = node.args.args[0].arg
        if _name(call.func) == "translate" and len(call.args) == 2:
            context = _text(call.args[0]) or _resolve(call.args[0], constants)
            arg = call.args[1]
            if context and isinstance(arg, ast.Name) and arg.id == param:
                found[node.name] = context
    return found


def hidden_messages(source: Path) -> Iterator[tuple[Path, int, Message]]:
    """(file, line, (context, text)) for every translatable literal lupdate would miss under ``source``."""
    files = sorted(source.rglob("*.py"))
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    constants: dict[str, str] = {}
    for tree in trees.values():  # module constants by name (CONTEXT = "Takeaway"); imported names resolve too
        constants.update({k: v for k, v in _constants(tree).items() if k.isupper()})
    for path, tree in trees.items():
        local = {**constants, **_constants(tree)}
        wrappers = _wrappers(tree, local)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            if name in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2 and _text(node.args[0]) is None:
                context, text = _resolve(node.args[0], local), _text(node.args[1])
                if context and text is not None:
                    yield path, node.lineno, (context, text)
            elif name in wrappers and _text(node.args[0]) is not None:
                yield path, node.lineno, (wrappers[name], _text(node.args[0]) or "")


def formatted_inside_tr(source: Path) -> Iterator[tuple[Path, int]]:
    """``tr(f"…")`` or ``translate(ctx, f"…")``: lupdate extracts the braces literally and the text, filled in at
    run time, never matches its translation."""
    for path in sorted(source.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) in ("tr", "translate", "QT_TRANSLATE_NOOP")
                and any(isinstance(a, ast.JoinedStr) for a in node.args)
            ):
                yield path, node.lineno
