"""Building the fact base: every record of every loaded file validated, every problem reported.

A record that is not valid is left out and its problems are reported where it was
written; ids must be unique across the whole fact base and not reserved.
"""

from __future__ import annotations

import posixpath
from typing import Any

from pydantic import ValidationError

from ..load import DataPath, SourceFile, field_path
from ..problems import Location, Problems, did_you_mean
from .factbase import FactBase, Origin
from .messages import explain
from .records import RECORD_KINDS, RECORD_NAMES, Story, Strict

# Ids the site already uses for something else: a record with one would replace that page.
RESERVED_IDS = {
    "index": "it names the list pages (actors/index, sources/index)",
    "story": "it names the story itself in links and citations",
}


def build(files: list[SourceFile], problems: Problems) -> FactBase | None:
    """Validate every record of every file; report all problems; assemble what is valid."""
    story: tuple[Story, Origin] | None = None
    story_written = False
    records: dict[str, dict[str, Any]] = {kind: {} for kind in RECORD_KINDS}
    origins: dict[str, Origin] = {}
    unreadable: set[str] = set()
    complete = not any(source.failed for source in files)
    for source in files:
        if source.data is None:
            continue  # an empty file, or the loader already said why
        if not isinstance(source.data, dict):
            complete = False
            problems.add(
                source.locate(()),
                "",
                "the file must be a mapping of record kinds (story:, events:, …)",
                "start the file with a key such as 'events:'",
            )
            continue
        for key, value in source.data.items():
            if key == "story":
                story_written = True
                parsed = _validate(Story, value, source, ("story",), problems)
                if parsed is None:
                    continue
                if story is not None:
                    problems.add(
                        source.locate(("story",), at_key=True),
                        "story",
                        f"a second story (the first is at {story[1].locate()})",
                        "keep exactly one 'story:' in the whole content folder",
                    )
                    continue
                story = (parsed, Origin(source, ("story",)))
            elif key in RECORD_KINDS:
                if not isinstance(value, list):
                    complete = False
                unreadable |= _build_records(key, value, source, records, origins, problems)
            else:
                problems.add(
                    source.locate((key,), at_key=True),
                    key,
                    f"unknown record kind '{key}'",
                    did_you_mean(key, ["story", *RECORD_KINDS])
                    or f"use one of: story, {', '.join(RECORD_KINDS)}",
                )
    if story is None:
        if not story_written and complete:  # else it may be in a file that could not be read
            shown = (
                posixpath.commonpath([posixpath.dirname(f.display) for f in files])
                if files
                else "content"
            )
            problems.add(
                Location(f"{shown}/story.yaml", 1, 1),
                "story",
                "the fact base has no story",
                "add a file story.yaml with 'story:' (title, primary_source)",
            )
        return None
    return FactBase(
        story[0], story[1], origins=origins, unreadable_ids=unreadable, complete=complete, **records
    )


def _build_records(
    kind: str,
    value: Any,
    source: SourceFile,
    records: dict[str, dict[str, Any]],
    origins: dict[str, Origin],
    problems: Problems,
) -> set[str]:
    """Validate a list of records into `records`; return the ids of those that could not be."""
    if not isinstance(value, list):
        problems.add(
            source.locate((kind,)),
            kind,
            f"'{kind}' must be a list of records",
            "start each record with '- id: …'",
        )
        return set()
    model = RECORD_KINDS[kind]
    unreadable = set()
    for index, raw in enumerate(value):
        path: DataPath = (kind, index)
        record = _validate(model, raw, source, path, problems)
        if record is None:
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                unreadable.add(raw["id"])
            continue
        record_id: str = record.id
        if record_id in origins:
            first = origins[record_id]
            first_kind = next(k for k, kept in records.items() if record_id in kept)
            problems.add(
                source.locate((*path, "id")),
                field_path((*path, "id")),
                f"the id '{record_id}' is already used by the {RECORD_NAMES[first_kind]} at {first.locate('id')}",
                "give this record another id: ids are unique across the whole fact base",
            )
            unreadable.add(record_id)
            continue
        if record_id in RESERVED_IDS:
            problems.add(
                source.locate((*path, "id")),
                field_path((*path, "id")),
                f"the id '{record_id}' is reserved: {RESERVED_IDS[record_id]}",
                f"give this record another id, such as '{record_id}-{kind.rstrip('s')}'",
            )
            unreadable.add(record_id)
            continue
        origins[record_id] = Origin(source, path)
        records[kind][record_id] = record
    return unreadable


def _validate(
    model: type[Strict], raw: Any, source: SourceFile, path: DataPath, problems: Problems
) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            problems.add(*explain(model, detail, source, path))
        return None
