"""The fact base: every valid record by kind and id, with where each was written.

Made by build.py from the loaded files; every later stage reads it and none changes it
(the source texts are added once, right after it is built).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from ..load import DataPath, SourceFile, field_path
from ..problems import Location
from .records import (
    RECORD_KINDS,
    Actor,
    Claim,
    Correction,
    Event,
    Response,
    Section,
    Source,
    Story,
)


@dataclass(frozen=True)
class Origin:
    """Where a record was written, so that every later message and edit link can point there."""

    file: SourceFile
    path: DataPath

    def locate(self, *subpath: str | int, at_key: bool = False) -> Location:
        return self.file.locate((*self.path, *subpath), at_key=at_key)

    def field(self, *subpath: str | int) -> str:
        return field_path((*self.path, *subpath))


@dataclass
class FactBase:
    story: Story
    story_origin: Origin
    sources: dict[str, Source]
    actors: dict[str, Actor]
    events: dict[str, Event]
    claims: dict[str, Claim]
    responses: dict[str, Response]
    background: dict[str, Section]
    corrections: dict[str, Correction]
    origins: dict[str, Origin]
    source_texts: dict[str, str] = dataclass_field(default_factory=dict)
    # The SHA-256 of each source's text file as read, by source id.
    source_sha256: dict[str, str] = dataclass_field(default_factory=dict)
    # Records that exist but could not be read: their own problems are reported, so
    # references to them are not (they would only repeat the same mistake).
    unreadable_ids: set[str] = dataclass_field(default_factory=set)
    # False when a file or a list of records could not be read at all: any id may be
    # defined there, so no reference can be called dangling.
    complete: bool = True

    def kind_of(self, record_id: str) -> str | None:
        for kind in RECORD_KINDS:
            if record_id in getattr(self, kind):
                return kind
        return None
