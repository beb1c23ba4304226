"""Pydantic's validation errors, reworded for editors: what is wrong, and how to fix it."""

from __future__ import annotations

import datetime
import re
import types
import typing
from typing import Any

from pydantic import BaseModel

from .load import DataPath, SourceFile, field_path
from .problems import Location, did_you_mean

KIND_OF_VALUE = {dict: "a mapping (key: value)", list: "a list", type(None): "nothing"}


def explain(
    model: type[BaseModel], detail: Any, source: SourceFile, record_path: DataPath
) -> tuple[Location, str, str, str]:
    """(location, field path, message, hint) for one pydantic error of a record at record_path."""
    loc = tuple(part for part in detail["loc"] if not _is_union_branch(part))
    path = (*record_path, *loc)
    kind: str = detail["type"]
    value = detail.get("input")
    position = source.positions.get(path)
    raw = position.raw if position else None
    field = field_path(path)

    if kind == "extra_forbidden":
        known = _field_names(model, loc[:-1])
        name = str(loc[-1])
        return (
            source.locate(path, at_key=True), field, f"unknown field '{name}'",
            did_you_mean(name, known) or f"the fields here are: {', '.join(known)}",
        )
    if kind == "missing":
        name = str(loc[-1])
        return (
            source.locate(path[:-1]), field, f"the required field '{name}' is missing",
            f"add '{name}:' to this {'record' if len(loc) == 1 else 'mapping'}",
        )
    where = source.locate(path)
    if raw is not None and not isinstance(value, str) and kind in {"string_type", "literal_error"}:
        return where, field, *_unquoted(raw, value)
    if kind == "literal_error":
        expected = _literal_values(detail)
        return (
            where, field, f"'{value}' is not allowed here",
            did_you_mean(str(value), expected) or f"use one of: {', '.join(expected)}",
        )
    if kind == "string_pattern_mismatch":
        return (
            where, field, f"'{value}' is not a valid id",
            "use lower-case Latin letters, digits and single hyphens"
            + (f", e.g. '{_slug(value)}'" if _slug(value) else ""),
        )
    if kind in {"blank_text", "invalid_date"}:
        return where, field, detail["msg"], detail["ctx"]["hint"]
    if kind in {"string_too_short"}:
        return where, field, "the text is empty", "write the text, or remove the field"
    if kind == "too_short":
        return (
            where, field, "the list is empty",
            "add at least one item" + (": - {source: …, quote: \"…\"}" if loc[-1] == "cite" else ""),
        )
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        expected = "a mapping (key: value)"
        if _is_text_model(model, loc):
            return where, field, f"expected texts per language, found {_describe(value)}", (
                f'write it as {{el: "{value if isinstance(value, str) else "…"}"}}'
            )
        return where, field, f"expected {expected}, found {_describe(value)}", "indent the fields under this key"
    if kind == "list_type":
        return (
            where, field, f"expected a list, found {_describe(value)}",
            "write each item on its own line starting with '- '",
        )
    if kind == "string_type":
        return where, field, f"expected text, found {_describe(value)}", "write the value as text in quotes"
    return where, field, detail["msg"], "check this value against the format in content/README.md"


def _unquoted(raw: str, value: Any) -> tuple[str, str]:
    """A plain scalar that YAML read as something other than text."""
    if value is None:
        return "the value is empty", "write a value, or remove the field"
    if isinstance(value, bool):
        read_as = "the boolean " + ("true" if value else "false")
    elif isinstance(value, int | float):
        read_as = f"the number {value}"
    elif isinstance(value, datetime.date):
        read_as = "a date"
    else:
        read_as = _describe(value)
    return f"YAML reads the unquoted value {raw} as {read_as}, not as text", f'quote it: "{raw}"'


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    return KIND_OF_VALUE.get(type(value), type(value).__name__)


def _slug(value: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def _literal_values(detail: Any) -> list[str]:
    expected = str(detail.get("ctx", {}).get("expected", ""))
    return re.findall(r"'([^']*)'", expected)


def _is_union_branch(part: Any) -> bool:
    # pydantic names the branch of an Optional it tried ('str', 'Text'); editors don't see it
    return isinstance(part, str) and (part[:1].isupper() or part in {"str", "none", "function-after[_not_blank(), str]"})


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> Any:
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            annotation = info.annotation if info else None
        else:
            return None
    return _unwrap(annotation)


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and Optional[...] down to the interesting type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = options[0]
        else:
            return annotation


def _field_names(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    at = _model_at(model, loc)
    if isinstance(at, type) and issubclass(at, BaseModel):
        return list(at.model_fields)
    return []


def _is_text_model(model: type[BaseModel], loc: tuple[Any, ...]) -> bool:
    from .model import Text

    at = _model_at(model, loc)
    return isinstance(at, type) and issubclass(at, Text)
