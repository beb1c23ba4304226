"""Walking a record's tree of models: every part of a kind, with its path, parents first.

Only the fields whose type can lead to a wanted part are opened: the checks and the
cross-linking walk hundreds of thousands of parts, most of which could hold none.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator

from pydantic import BaseModel

from .records import Citation


def walk(
    model: BaseModel, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], BaseModel]]:
    """Every model nested in `model` (itself included), with its path, parents first."""
    return parts(model, path, BaseModel)


def citations(model: BaseModel) -> list[Citation]:
    """Every quote cited anywhere in model, in order; only fields that can hold one are opened."""
    return [part for _, part in parts(model, (), Citation)]  # type: ignore[misc]


def parts(
    model: BaseModel,
    path: tuple[str | int, ...],
    wanted: type[BaseModel] | tuple[type[BaseModel], ...],
) -> Iterator[tuple[tuple[str | int, ...], BaseModel]]:
    """The parts of model (itself included) that are `wanted`, with their paths, parents first."""
    # An explicit stack instead of recursive generators: a fact base has hundreds of
    # thousands of parts, and each level of `yield from` costs on every one of them.
    stack: list[tuple[tuple[str | int, ...], BaseModel]] = [(path, model)]
    while stack:
        path, model = stack.pop()
        if isinstance(model, wanted):
            yield path, model
        fields = _fields_leading_to(type(model), wanted)
        if not fields:
            continue
        children: list[tuple[tuple[str | int, ...], BaseModel]] = []
        for name in fields:
            value = getattr(model, name)
            if isinstance(value, BaseModel):
                children.append(((*path, name), value))
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, BaseModel):
                        children.append(((*path, name, index), item))
        stack.extend(reversed(children))  # popped in field order


@functools.cache
def _fields_leading_to(
    cls: type[BaseModel], wanted: type[BaseModel] | tuple[type[BaseModel], ...]
) -> tuple[str, ...]:
    """The fields of cls whose type can hold a `wanted` model, directly or further down."""
    return tuple(
        name
        for name, info in cls.model_fields.items()
        if _can_lead_to(info.annotation, wanted, frozenset())
    )


def _can_lead_to(
    annotation: object,
    wanted: type[BaseModel] | tuple[type[BaseModel], ...],
    seen: frozenset[type[BaseModel]],
) -> bool:
    if annotation is typing.Any:
        return True  # could be anything
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if issubclass(annotation, wanted):
            return True
        if annotation in seen:
            return False  # a model within itself: its other fields tell where it leads
        return any(
            _can_lead_to(info.annotation, wanted, seen | {annotation})
            for info in annotation.model_fields.values()
        )
    return any(_can_lead_to(argument, wanted, seen) for argument in typing.get_args(annotation))
