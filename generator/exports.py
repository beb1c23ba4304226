"""Open data published with the site: the whole checked fact base as JSON, its JSON Schema,
and the timeline as CSV.

The JSON keeps every record exactly as editors write it (content/README.md describes the
fields) and adds a few derived fields, so that nobody needs an EDTF parser or our
cross-linking to use it: each record's page on the site, each date's first and last
possible day, and for each claim the responses that answer it. The schema is generated
from the pydantic model of the export below, so the two cannot drift apart.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field

from . import dates
from .linked_data import plain_text
from .model import (
    Actor,
    Claim,
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
from .site_urls import page_url

if TYPE_CHECKING:
    from .render import Links

FORMAT_VERSION = "1.0"
JSON_PATH = "data/explainer.json"
SCHEMA_PATH = "data/explainer.schema.json"
CSV_PATH = "data/timeline.csv"
CSV_COLUMNS = (
    "id",
    "kind",
    "date_edtf",
    "date_earliest",
    "date_latest",
    "date_approximate",
    "date_uncertain",
    "date_basis",
    "title_el",
    "title_en",
    "text_el",
    "text_en",
    "by",
    "actors",
    "answers",
    "status",
    "page",
)
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
    answered_by: list[Id] = Field(description="The responses that answer this claim. (derived)")


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
    language: Literal["el", "en"] = Field(description="The site's language.")
    story: Story
    sources: list[ExportedSource]
    actors: list[ExportedActor]
    events: list[ExportedEvent]
    claims: list[ExportedClaim]
    responses: list[ExportedResponse]
    background: list[ExportedSection]
    corrections: list[ExportedCorrection]


def span(when: When | None) -> dict[str, Any] | None:
    if when is None or when.edtf is None:
        return None
    parsed = dates.parse(when.edtf)
    return {
        "earliest": parsed.bounds.lower,
        "latest": parsed.bounds.upper,
        "approximate": parsed.approximate,
        "uncertain": parsed.uncertain,
    }


def export(facts: FactBase, page_of: dict[str, tuple[str, str]], language: str) -> Export:
    def page(record_id: str) -> str:
        path, anchor = page_of[record_id]
        return page_url(path) + (f"#{anchor}" if anchor else "")

    answered_by: dict[str, list[str]] = {claim_id: [] for claim_id in facts.claims}
    for response in facts.responses.values():
        for claim_id in dict.fromkeys(response.answers):
            answered_by.setdefault(claim_id, []).append(response.id)
    payload = {
        "$schema": SCHEMA_PATH.rsplit("/", 1)[-1],
        "format_version": FORMAT_VERSION,
        "language": language,
        "story": facts.story.model_dump(),
        "sources": [
            {**s.model_dump(), "page": page(s.id), "text": facts.source_texts.get(s.id, "")}
            for s in facts.sources.values()
        ],
        "actors": [{**a.model_dump(), "page": page(a.id)} for a in facts.actors.values()],
        "events": [
            {**e.model_dump(), "page": page(e.id), "when": span(e.date)}
            for e in facts.events.values()
        ],
        "claims": [
            {
                **c.model_dump(),
                "page": page(c.id),
                "when": span(c.date),
                "subject_when": span(c.subject_date),
                "answered_by": answered_by[c.id],
            }
            for c in facts.claims.values()
        ],
        "responses": [
            {**r.model_dump(), "page": page(r.id), "when": span(r.date)}
            for r in facts.responses.values()
        ],
        "background": [{**s.model_dump(), "page": page(s.id)} for s in facts.background.values()],
        "corrections": [{**c.model_dump(), "page": page(c.id)} for c in facts.corrections.values()],
    }
    return Export.model_validate(payload)


def json_schema() -> dict[str, Any]:
    schema = Export.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def export_json(facts: FactBase, page_of: dict[str, tuple[str, str]], language: str) -> str:
    data = export(facts, page_of, language).model_dump(mode="json", by_alias=True)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


# --- the timeline as CSV ----------------------------------------------------------------------


def spreadsheet_safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def _texts(value: Text | None) -> tuple[str, str]:
    """Greek and English plain text of a Text or Prose (prose markup removed)."""
    if value is None:
        return "", ""
    english = plain_text(value, "en") if value.en else ""
    return spreadsheet_safe(plain_text(value, "el")), spreadsheet_safe(english)


def timeline_row(kind: str, record: Any, page: str) -> dict[str, str]:
    when: When = record.date
    days = span(when)
    row = {
        "id": record.id,
        "kind": kind,
        "date_edtf": when.edtf or "",
        "date_earliest": str(days["earliest"] or "") if days else "",
        "date_latest": str(days["latest"] or "") if days else "",
        "date_approximate": str(days["approximate"]).lower() if days else "",
        "date_uncertain": str(days["uncertain"]).lower() if days else "",
        "date_basis": when.basis,
        "page": page,
    }
    if isinstance(record, Event):
        title, text = _texts(record.title), _texts(record.description)
        row.update(actors=";".join(record.participants))
    elif isinstance(record, Claim):
        title, text = _texts(record.title), _texts(record.statement)
        row.update(by=record.claimant, actors=";".join(record.about), status=record.status)
    else:
        assert isinstance(record, Response)
        title, text = ("", ""), _texts(record.statement)
        row.update(by=record.by, answers=";".join(record.answers), status=record.type)
    row.update(title_el=title[0], title_en=title[1], text_el=text[0], text_en=text[1])
    return {column: row.get(column, "") for column in CSV_COLUMNS}


def timeline_csv(entries: list[tuple[str, Any, str]]) -> str:
    """entries: (kind, record, page address) in the timeline's order."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for kind, record, page in entries:
        writer.writerow(timeline_row(kind, record, page))
    return out.getvalue()


def timeline_entries(links: Links) -> list[tuple[str, Any, str]]:
    return [
        (entry.kind, entry.record, page_url(part.path) + f"#{entry.record.id}")
        for part in links.chronicles["timeline"].pages
        for _, group in part.groups
        for entry in group
    ]


def files(facts: FactBase, links: Links, language: str) -> dict[str, str]:
    """The open-data files by path in the docs folder (MkDocs copies them to the site)."""
    schema = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    return {
        JSON_PATH: export_json(facts, links.page_of, language),
        SCHEMA_PATH: schema,
        CSV_PATH: timeline_csv(timeline_entries(links)),
    }
