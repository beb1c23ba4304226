"""Open data published with the site: the whole checked fact base as JSON, its JSON Schema,
and the timeline as CSV.

The JSON keeps every record exactly as editors write it (content/README.md describes the
fields) and adds a few derived fields, so that nobody needs an EDTF parser or our
cross-linking to use it: each record's page on the site, each date's first and last
possible day with the marks and words the site gives it, and for each claim its status
as the records support it and the responses that answer it, by the source's statement
or only by the editors' reading. The schema is generated
from the pydantic model of the export below, and the JSON is written by the same models
(each record's own, then its derived fields in that model's order), so the two cannot
drift apart.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_origin

from pydantic import ConfigDict, Field, StringConstraints

from .. import dates
from ..crosslink.dating import DateMarks, words_of
from ..crosslink.urls import page_url
from ..model import (
    Actor,
    Claim,
    ClaimStatus,
    Correction,
    Event,
    FactBase,
    Id,
    Response,
    Section,
    Source,
    Story,
    Strict,
    Text,
    When,
)
from .linked_data import plain_text

if TYPE_CHECKING:
    from ..crosslink import Links

FORMAT_VERSION = "1.0"
JSON_PATH = "data/explainer.json"
SCHEMA_PATH = "data/explainer.schema.json"
CSV_PATH = "data/timeline.csv"
PATHS = (JSON_PATH, SCHEMA_PATH, CSV_PATH)  # what files() writes
CSV_COLUMNS = (
    "id",
    "kind",
    "date_edtf",
    "date_earliest",
    "date_latest",
    "date_approximate",
    "date_uncertain",
    "date_basis",
    "date_marks",
    "date_text_el",
    "date_text_en",
    "title_el",
    "title_en",
    "text_el",
    "text_en",
    "by",
    "by_name_el",
    "by_name_en",
    "actors",
    "answers",
    "answers_by_reading",
    "status",
    "general_denial_by",
    "quotes",
    "quote_sources",
    "page",
)
# Between the quotes of one record in a CSV cell (a character no quote needs).
QUOTE_SEPARATOR = " | "
# A spreadsheet runs a cell that starts with one of these as a formula: such text cells
# get a leading apostrophe, which spreadsheets hide (the JSON keeps the exact text).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

PAGE = Field(description="The record's page, relative to the site's address. (derived)")


class Span(Strict):
    """A date as days, derived from its EDTF: the strict range it covers."""

    earliest: datetime.date | None = Field(
        description="The first day it may be; null: an open or unknown start."
    )
    latest: datetime.date | None = Field(
        description="The last day it may be; null: an open or unknown end."
    )
    approximate: bool = Field(description="EDTF ~ or %: about these days.")
    uncertain: bool = Field(description="EDTF ? or %: the date itself is in doubt.")
    marks: list[
        Literal[
            "approximate", "uncertain", "open-start", "open-end", "inferred", "publication-inferred"
        ]
    ] = Field(
        description="How the date is known, beyond its days: inferred (the editors' inference "
        "from another source), publication-inferred (counted from a publication date that is "
        "itself inferred), open-start, open-end, approximate, uncertain."
    )
    text_el: str = Field(description="The date as the site says it in Greek, with its marks.")
    text_en: str = Field(description="The date as the site says it in English, with its marks.")


WHEN = Field(description="The record's date as days; null when the source gives none. (derived)")


class ExportedSource(Source):
    page: str = PAGE
    text: str = Field(description="The archived text of the source. (derived)")


class ExportedActor(Actor):
    page: str = PAGE


class ExportedEvent(Event):
    page: str = PAGE
    when: Span | None = WHEN


class ExportedClaim(Claim):
    page: str = PAGE
    when: Span | None = WHEN
    subject_when: Span | None = Field(description="subject_date as days. (derived)")
    status_shown: ClaimStatus = Field(
        description="The status the site shows: the one the records support (denied only "
        "when the source says a denial answers this claim). (derived)"
    )
    answered_by: list[Id] = Field(
        description="The responses that, as the source says, answer this claim. (derived)"
    )
    answered_by_reading: list[Id] = Field(
        description="The responses only the editors' reading links to this claim. (derived)"
    )
    general_denial_by: list[Id] = Field(
        description="Denials linked to this claim only by the editors' reading: a general "
        "denial, which the source does not say covers this claim. (derived)"
    )


class ExportedResponse(Response):
    page: str = PAGE
    when: Span | None = WHEN


class ExportedSection(Section):
    page: str = PAGE


class ExportedCorrection(Correction):
    page: str = PAGE


class Export(Strict):
    """The checked fact base of an explainer site, as published with it."""

    model_config = ConfigDict(title="Explainer fact base export")

    schema_: str = Field(
        alias="$schema", description="The address of this JSON Schema, relative to the export."
    )
    format_version: Literal["1.0"] = Field(
        description="The export's format; a change that breaks readers gets a new major version."
    )
    # A code, not a list of two: the editions are configuration (mkdocs.yml extra.editions).
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = Field(
        description="The edition's language (an ISO 639 code: el, en)."
    )
    story: Story
    sources: list[ExportedSource]
    actors: list[ExportedActor]
    events: list[ExportedEvent]
    claims: list[ExportedClaim]
    responses: list[ExportedResponse]
    background: list[ExportedSection]
    corrections: list[ExportedCorrection]


# The export's members as written, in order, and those that list records.
_MEMBERS = tuple(field.alias or name for name, field in Export.model_fields.items())
_RECORD_LISTS = tuple(
    name for name, field in Export.model_fields.items() if get_origin(field.annotation) is list
)


def _span_json(when: When, marks: DateMarks) -> str:
    assert when.edtf is not None
    parsed = dates.parse(when.edtf)
    return Span(
        earliest=parsed.bounds.lower,
        latest=parsed.bounds.upper,
        approximate=parsed.approximate,
        uncertain=parsed.uncertain,
        marks=marks.names(),  # type: ignore[arg-type]
        text_el=words_of(when, marks, "el").short(),
        text_en=words_of(when, marks, "en").short(),
    ).model_dump_json()


# JSON as the export writes it: UTF-8 text as it is, no spaces. This is also what pydantic's
# model_dump_json writes, so the two can be joined.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _object(record: Strict, **derived: str) -> str:
    """A record as its model writes it (every record has an id: never an empty object), with
    the derived fields, given as JSON, after its own: the order of its Exported* model."""
    own = record.model_dump_json()
    return own[:-1] + "".join(f',"{name}":{value}' for name, value in derived.items()) + "}"


def _array(items: Iterable[str]) -> str:
    return "[" + ",".join(items) + "]"


def json_schema() -> dict[str, Any]:
    schema = Export.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def export_json(facts: FactBase, links: Links, language: str) -> str:
    """The Export model's JSON, written without building it: each record dumps itself and
    gets its derived fields appended. Validating and dumping a copy of the whole fact base
    took seconds at 10,000 events, for records that were validated when they were loaded;
    the export's own fields are still validated here (an unsupported language fails)."""
    head = Export.model_validate(
        {
            "$schema": SCHEMA_PATH.rsplit("/", 1)[-1],
            "format_version": FORMAT_VERSION,
            "language": language,
            "story": facts.story,
            **{name: [] for name in _RECORD_LISTS},
        }
    )
    encode = _ENCODER.encode
    page_of = links.page_of
    assert links.dating is not None
    dating = links.dating

    def page(record_id: str) -> str:
        path, anchor = page_of[record_id]
        return encode(page_url(path) + (f"#{anchor}" if anchor else ""))

    # Dates repeat across records: each date's Span is written once in this export.
    spans: dict[tuple[object, ...], str] = {}

    def when(value: When | None, record: object) -> str:
        if value is None or value.edtf is None:
            return "null"
        marks = dating.marks(value, record)
        key = (value.edtf, value.basis, value.wording, marks)
        span = spans.get(key)
        if span is None:
            span = spans[key] = _span_json(value, marks)
        return span

    standing = links.standing
    texts = facts.source_texts
    members = {
        "$schema": encode(head.schema_),
        "format_version": encode(head.format_version),
        "language": encode(head.language),
        "story": head.story.model_dump_json(),
        "sources": _array(
            _object(s, page=page(s.id), text=encode(texts.get(s.id, "")))
            for s in facts.sources.values()
        ),
        "actors": _array(_object(a, page=page(a.id)) for a in facts.actors.values()),
        "events": _array(
            _object(e, page=page(e.id), when=when(e.date, e)) for e in facts.events.values()
        ),
        "claims": _array(
            _object(
                c,
                page=page(c.id),
                when=when(c.date, c),
                subject_when=when(c.subject_date, c),
                status_shown=encode(standing[c.id].status),
                answered_by=encode(list(standing[c.id].stated)),
                answered_by_reading=encode(list(standing[c.id].read)),
                general_denial_by=encode([r.id for r in standing[c.id].general_denials]),
            )
            for c in facts.claims.values()
        ),
        "responses": _array(
            _object(r, page=page(r.id), when=when(r.date, r)) for r in facts.responses.values()
        ),
        "background": _array(_object(s, page=page(s.id)) for s in facts.background.values()),
        "corrections": _array(_object(c, page=page(c.id)) for c in facts.corrections.values()),
    }
    assert tuple(members) == _MEMBERS, "the members must follow the Export model's fields"
    return "{" + ",".join(f"{encode(name)}:{value}" for name, value in members.items()) + "}\n"


# --- the timeline as CSV ----------------------------------------------------------------------


def spreadsheet_safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def _texts(value: Text | None) -> tuple[str, str]:
    """Greek and English plain text of a Text or Prose (prose markup removed)."""
    if value is None:
        return "", ""
    english = plain_text(value, "en") if value.en else ""
    return spreadsheet_safe(plain_text(value, "el")), spreadsheet_safe(english)


def _day_cells(edtf: str) -> tuple[str, str, str, str]:
    parsed = dates.parse(edtf)
    earliest, latest = parsed.bounds.lower, parsed.bounds.upper
    return (
        str(earliest or ""),
        str(latest or ""),
        str(parsed.approximate).lower(),
        str(parsed.uncertain).lower(),
    )


class _Rows:
    """The timeline's rows, each entry's cells in the order of CSV_COLUMNS."""

    def __init__(self, facts: FactBase, links: Links) -> None:
        self.facts = facts
        self.links = links

    def name(self, actor_id: str) -> tuple[str, str]:
        actor = self.facts.actors.get(actor_id)
        if actor is None:
            return actor_id, actor_id
        return _texts(actor.name)

    def row(self, kind: str, record: Any, page: str) -> list[str]:
        when: When = record.date
        days = ("", "", "", "") if when.edtf is None else _day_cells(when.edtf)
        assert self.links.dating is not None
        dating = self.links.dating
        marks = dating.marks(when, record)
        date_words = (
            dating.words(when, record, "el").short(),
            dating.words(when, record, "en").short(),
        )
        read, general = "", ""
        if isinstance(record, Event):
            title, text = _texts(record.title), _texts(record.description)
            by, actors, answers, status = "", ";".join(record.participants), "", ""
        elif isinstance(record, Claim):
            standing = self.links.standing[record.id]
            title = _texts(record.title)
            # The assertion with its claimant, so that a cell read alone says who claims it.
            claimant = self.facts.actors[record.claimant].name
            text = _claimed(claimant, record.statement)
            by, actors, answers = record.claimant, ";".join(record.about), ""
            status = standing.status
            general = ";".join(r.id for r in standing.general_denials)
        else:
            assert isinstance(record, Response)
            links = record.links()
            title, text = ("", ""), _texts(record.statement)
            by, actors, status = record.by, "", record.type
            answers = ";".join(link.claim for link in links if link.basis == "stated")
            read = ";".join(link.claim for link in links if link.basis == "reading")
        by_name = self.name(by) if by else ("", "")
        return [
            record.id,
            kind,
            when.edtf or "",
            *days,
            when.basis,
            ";".join(marks.names()),
            *(spreadsheet_safe(words) for words in date_words),
            *title,
            *text,
            by,
            *by_name,
            actors,
            answers,
            read,
            status,
            general,
            spreadsheet_safe(QUOTE_SEPARATOR.join(" ".join(c.quote.split()) for c in record.cite)),
            ";".join(c.source for c in record.cite),
            page,
        ]


def _claimed(claimant: Text, statement: Text) -> tuple[str, str]:
    """A claim's statement after its claimant's name, in each language."""
    greek = f"{plain_text(claimant, 'el')}: {plain_text(statement, 'el')}"
    english = f"{plain_text(claimant, 'en')}: {plain_text(statement, 'en')}" if statement.en else ""
    return spreadsheet_safe(greek), spreadsheet_safe(english)


def timeline_csv(entries: list[tuple[str, Any, str]], facts: FactBase, links: Links) -> str:
    """entries: (kind, record, page address) in the timeline's order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    rows = _Rows(facts, links)
    writer.writerows(rows.row(kind, record, page) for kind, record, page in entries)
    return out.getvalue()


def timeline_entries(links: Links) -> list[tuple[str, Any, str]]:
    return [
        (entry.kind, entry.record, page_url(part.path) + f"#{entry.record.id}")
        for part in links.chronicles["timeline"].pages
        for _, group in part.groups
        for entry in group
    ]


@functools.cache
def _schema_text() -> str:
    """The schema as written: the same on every run (pydantic takes 0.1 s to make it, paid
    by every rebuild of the editor's preview before it was kept)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def files(facts: FactBase, links: Links, language: str) -> dict[str, str]:
    """The open-data files by path in the docs folder (MkDocs copies them to the site)."""
    return {
        JSON_PATH: export_json(facts, links, language),
        SCHEMA_PATH: _schema_text(),
        CSV_PATH: timeline_csv(timeline_entries(links), facts, links),
    }
