"""The fact base's typed model: the single source of truth for validation and JSON Schema.

Field descriptions are written for editors (they show in editors through the JSON
Schema). Rules that span several fields or records live in checks.py, where they
can point at the exact field.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from . import dates
from .load import DataPath, SourceFile, field_path
from .messages import explain
from .problems import Location, Problems, did_you_mean

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError(
            "blank_text", "the text has only spaces or line breaks", {"hint": "write the text, or remove the field"}
        )
    return value


def _valid_edtf(value: str) -> str:
    try:
        dates.parse(value)
    except dates.DateError as error:
        hint = error.hint
        if "".join(value.split()) != value and not _is_edtf("".join(value.split())):
            hint = dates.FORMAT_HINT  # "remove the spaces" would not be enough: '4 March 2024'
        raise PydanticCustomError("invalid_date", error.message, {"hint": hint}) from None
    return value


def _is_edtf(value: str) -> bool:
    try:
        dates.parse(value)
    except dates.DateError:
        return False
    return True


NonBlank = Annotated[str, Field(strict=True, min_length=1), AfterValidator(_not_blank)]
Id = Annotated[
    str,
    StringConstraints(strict=True, pattern=ID_PATTERN, max_length=80),
    Field(
        description="A readable id: lower-case Latin letters, digits, single hyphens (kirby, "
        "shoigu-pyongyang-visit). / Αναγνωριστικό με πεζά λατινικά, ψηφία και παύλες.",
        examples=["kirby"],
    ),
]
EdtfText = Annotated[
    str,
    Field(
        strict=True,
        description="An EDTF date: 2023-08-30, 2023-03, 2023, 2023-07?, 2022-10~/2022-12~, "
        "../2023-08-30. / Ημερομηνία EDTF (~ κατά προσέγγιση, ? αβέβαιη, / διάστημα).",
        examples=["2023-08-30", "2022-10~/2022-12~"],
    ),
    AfterValidator(_valid_edtf),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Text(Strict):
    """A text readers see, per language: Greek required, English optional."""

    el: NonBlank = Field(description="Greek text. / Ελληνικό κείμενο.")
    en: NonBlank | None = Field(default=None, description="English text (optional). / Αγγλικό κείμενο.")


class Prose(Text):
    """A text that may use *emphasis*, **strong** and [links](https://…), nothing else."""


class Citation(Strict):
    source: Id = Field(description="The id of the source quoted. / Το id της πηγής.")
    quote: NonBlank = Field(
        description="Words copied exactly from the source text (spaces may differ). "
        "/ Αυτούσιο απόσπασμα από το κείμενο της πηγής.",
    )


Cites = Annotated[
    list[Citation],
    Field(
        min_length=1,
        description="One or more verbatim quotes that support this record. "
        "/ Ένα ή περισσότερα αυτούσια αποσπάσματα που τεκμηριώνουν την εγγραφή.",
    ),
]

Basis = Literal["stated", "relative", "inferred", "not-stated"]


class When(Strict):
    """A date and how we know it."""

    edtf: EdtfText | None = None
    basis: Basis = Field(
        description="stated: the source gives it; relative: the source's words resolved against "
        "the publication date; inferred: worked out elsewhere (give reasoning); not-stated.",
    )
    wording: Text | None = Field(default=None, description="The source's own words for the date.")
    reasoning: Prose | None = Field(default=None, description="How the date was worked out.")


class Stated(Strict):
    """A fact about a source that it may state, that we may infer, or that is not stated."""

    basis: Literal["stated", "inferred", "not-stated"]
    value: NonBlank | None = None
    reasoning: Prose | None = None


class Point(Strict):
    text: Prose
    claim: Id | None = Field(default=None, description="The claim this point reports, if any.")
    cite: Cites


class Story(Strict):
    title: Text
    primary_source: Id
    intro: list[Point] = Field(default_factory=list)


class Source(Strict):
    id: Id
    kind: Literal["news-article", "statement", "report", "transcript", "other"]
    title: Text
    language: Literal["el", "en"]
    text_file: NonBlank = Field(description="The archived text, relative to content/.")
    outlet: Stated
    url: Stated
    author: Stated
    published: When
    note: Prose | None = None


class Role(Strict):
    title: Text
    of: Id | None = Field(default=None, description="The actor (state, organisation) the role is held in.")
    date: When = Field(description="When the source attests the role.")
    cite: Cites


class Actor(Strict):
    id: Id
    type: Literal["person", "organisation", "state", "group"]
    name: Text
    aliases: list[Text] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    cite: Cites


class Event(Strict):
    id: Id
    title: Text
    description: Prose | None = None
    date: When
    place: Text | None = None
    participants: list[Id] = Field(default_factory=list)
    cite: Cites


ClaimStatus = Literal["alleged", "denied", "disputed", "confirmed", "retracted"]


class Claim(Strict):
    id: Id
    title: Text | None = Field(
        default=None, description="A short headline for lists and the timeline (optional)."
    )
    statement: Text = Field(description="What is claimed, as the claimant's assertion.")
    claimant: Id = Field(description="The actor on whose behalf the claim is made.")
    speaker: Id | None = Field(default=None, description="The person who voiced it, if known.")
    date: When = Field(description="When the claim was made.")
    venue: Text | None = Field(default=None, description="Where it was said, if the source says.")
    subject_date: When | None = Field(default=None, description="When the claimed thing happened.")
    about: list[Id] = Field(default_factory=list)
    occasion: Id | None = Field(
        default=None, description="The event (announcement, briefing) at which it was made, if any."
    )
    status: ClaimStatus
    note: Prose | None = None
    cite: Cites


class Response(Strict):
    id: Id
    type: Literal["denial", "response", "confirmation"]
    by: Id
    speaker: Id | None = None
    answers: Annotated[list[Id], Field(min_length=1)]
    date: When
    statement: Text
    note: Prose | None = None
    cite: Cites


class Section(Strict):
    id: Id
    title: Text
    points: Annotated[list[Point], Field(min_length=1)]


class Correction(Strict):
    """A correction made in the open: what changed, why, when, and in which records."""

    id: Id
    date: EdtfText = Field(
        description="The day the correction was made. / Η ημέρα της διόρθωσης.",
        examples=["2023-09-01"],
    )
    summary: Text = Field(description="What changed. / Τι άλλαξε.")
    reason: Prose = Field(description="Why it changed. / Γιατί άλλαξε.")
    records: Annotated[list[Id], Field(min_length=1)] = Field(
        description="The ids of the records corrected. / Τα id των εγγραφών που διορθώθηκαν."
    )


class ContentFile(Strict):
    """One YAML file of the fact base: any of these keys, each optional."""

    story: Story | None = None
    sources: list[Source] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    responses: list[Response] = Field(default_factory=list)
    background: list[Section] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)


RECORD_KINDS: dict[str, type[Strict]] = {
    "sources": Source,
    "actors": Actor,
    "events": Event,
    "claims": Claim,
    "responses": Response,
    "background": Section,
    "corrections": Correction,
}
RECORD_NAMES = {
    "sources": "source",
    "actors": "actor",
    "events": "event",
    "claims": "claim",
    "responses": "response",
    "background": "background section",
    "corrections": "correction",
}


# --- The assembled fact base -------------------------------------------------------------


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
                source.locate(()), "",
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
                        source.locate(("story",), at_key=True), "story",
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
                    source.locate((key,), at_key=True), key,
                    f"unknown record kind '{key}'",
                    did_you_mean(key, ["story", *RECORD_KINDS])
                    or f"use one of: story, {', '.join(RECORD_KINDS)}",
                )
    if story is None:
        if not story_written and complete:  # else it may be in a file that could not be read
            shown = posixpath.commonpath([posixpath.dirname(f.display) for f in files]) if files else "content"
            problems.add(
                Location(f"{shown}/story.yaml", 1, 1), "story", "the fact base has no story",
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
            source.locate((kind,)), kind, f"'{kind}' must be a list of records",
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
                source.locate((*path, "id")), field_path((*path, "id")),
                f"the id '{record_id}' is already used by the {RECORD_NAMES[first_kind]} at {first.locate('id')}",
                "give this record another id: ids are unique across the whole fact base",
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


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one content file, for editors' tools (yaml-language-server)."""
    schema = ContentFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Explainer fact base file"
    schema["description"] = (
        "One YAML file of the fact base under content/. "
        "/ Ένα αρχείο YAML της βάσης γεγονότων στο content/."
    )
    return schema
