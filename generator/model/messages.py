"""Pydantic's validation errors, reworded for editors: what is wrong, and how to fix it."""

from __future__ import annotations

import datetime
import re
import types
import typing
from typing import Any

from pydantic import BaseModel

from ..load import DataPath, SourceFile, field_path
from ..problems import Location, did_you_mean
from .records import Text

KIND_OF_VALUE = {dict: "a mapping (key: value)", list: "a list", type(None): "nothing"}


def explain(
    model: type[BaseModel], detail: Any, source: SourceFile, record_path: DataPath
) -> tuple[Location, str, str, str]:
    """(location, field path, message, hint) for one pydantic error of a record at record_path."""
    loc = _data_loc(tuple(detail["loc"]), _data_at(source.data, record_path))
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
            source.locate(path, at_key=True),
            field,
            f"unknown field '{name}'",
            did_you_mean(name, known) or f"the fields here are: {', '.join(known)}",
        )
    if kind == "missing":
        name = str(loc[-1])
        return (
            source.locate(path[:-1]),
            field,
            f"the required field '{name}' is missing",
            f"add '{name}:' {_where_to_add(loc[:-1])}",
        )
    where = source.locate(path)
    if raw is not None and not isinstance(value, str) and kind in {"string_type", "literal_error"}:
        return where, field, *_unquoted(raw, value)
    if kind == "literal_error":
        expected = _literal_values(detail)
        return (
            where,
            field,
            f"'{value}' is not allowed here",
            did_you_mean(str(value), expected) or f"use one of: {', '.join(expected)}",
        )
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "language":
        return (
            where,
            field,
            f"'{value}' is not a language code",
            "write the two-letter ISO 639-1 code of the text's language: el, en, ru, …",
        )
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "sha256":
        return (
            where,
            field,
            f"'{value}' is not a SHA-256 (64 hex digits, lower case)",
            "remove the field: explainer check then prints the value to write here",
        )
    if kind == "string_pattern_mismatch":
        return (
            where,
            field,
            f"'{value}' is not a valid id",
            "use lower-case Latin letters, digits and single hyphens"
            + (f", e.g. '{_slug(value)}'" if _slug(value) else ""),
        )
    if kind in {"blank_text", "invalid_date"}:
        return where, field, detail["msg"], detail["ctx"]["hint"]
    if kind in {"string_too_short"}:
        return where, field, "the text is empty", "write the text, or remove the field"
    if kind == "too_short":
        return (
            where,
            field,
            "the list is empty",
            "add at least one item" + (': - {source: …, quote: "…"}' if loc[-1] == "cite" else ""),
        )
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        if _is_text_model(model, loc):
            return (
                where,
                field,
                f"expected texts per language, found {_describe(value)}",
                (f'write it as {{el: "{value if isinstance(value, str) else "…"}"}}'),
            )
        return (
            where,
            field,
            f"expected a mapping (key: value), found {_describe(value)}",
            "indent the fields under this key",
        )
    if kind == "list_type":
        return (
            where,
            field,
            f"expected a list, found {_describe(value)}",
            "write each item on its own line starting with '- '",
        )
    if kind == "string_type":
        return (
            where,
            field,
            f"expected text, found {_describe(value)}",
            "write the value as text in quotes",
        )
    return where, field, detail["msg"], "check this value against the format in content/README.md"


def _where_to_add(parent: tuple[Any, ...]) -> str:
    """'to this record', "under 'date:'", "to this 'cite' item": where a missing field goes."""
    if not parent:
        return "to this record"
    if isinstance(parent[-1], int):
        return f"to this '{parent[-2]}' item" if len(parent) > 1 else "to this item"
    return f"under '{parent[-1]}:'"


def _unquoted(raw: str, value: Any) -> tuple[str, str]:
    """A plain scalar that YAML read as something other than text."""
    if value is None:
        return "the value is empty", "write the value after the ':' (or '-')"
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


def _data_loc(loc: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """The error's location as a path in the data: without the union branches pydantic names.

    pydantic puts the branch of a union it tried ('str', 'Text', …) into the location;
    editors never wrote those. A part that does not lead into the data is such a name,
    except the last one (the missing field, or the branch of a value it could not take).
    Telling them apart by their look would drop fields that editors named 'Text' or 'A'.
    """
    kept: list[Any] = []
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if in_list or (isinstance(data, dict) and part in data):
            data = data[part]
        elif not last or not isinstance(data, dict):
            continue  # a branch name: the value itself is at the path kept so far
        kept.append(part)
    return tuple(kept)


def _data_at(data: Any, path: DataPath) -> Any:
    for part in path:
        data = data[part]
    return data


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
    at = _model_at(model, loc)
    return isinstance(at, type) and issubclass(at, Text)
