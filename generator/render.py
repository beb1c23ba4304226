"""Render the checked fact base into Markdown pages, one Jinja2 template per page kind.

Everything is cross-linked before any page is rendered: where each record lives,
which quotes each source has and who uses them, who answers which claim. Templates
only lay out; every value they print is escaped as text unless a helper here made it
Markdown on purpose (see `Md` and the environment's `finalize`).
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import jinja2

from . import dates, exports, linked_data, markdown, parallel, pictures, relationship_map
from .checks import normalise
from .labels import label
from .model import (
    Citation,
    Claim,
    Correction,
    Event,
    FactBase,
    Prose,
    Response,
    Text,
    When,
    citations,
)
from .write import OutputError


class Md(str):
    """A string that is already safe Markdown; anything else a template prints is escaped."""


@dataclass(frozen=True)
class Settings:
    language: str = "el"
    edit_base: str | None = (
        None  # e.g. https://github.com/ORG/REPO/edit/main/ ; None: no edit links
    )
    content_prefix: str = "content"  # the content folder as the repository knows it
    # content file -> ISO day of its last committed change; empty: say nothing
    last_changed: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class QuoteUse:
    anchor: str
    quote: str
    used_by: tuple[str, ...]  # record ids, in order of first use


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # event | claim | response
    record: Any
    when: When
    sort_key: tuple[Any, ...]
    year: str


@dataclass(frozen=True)
class ChroniclePage:
    """One page of a dated list: all of it, the index of a split list, or one year."""

    path: str
    year: str | None  # None: the whole list, or the index of years when split
    groups: list[tuple[str, list[TimelineEntry]]]
    # Within a year too long for one page: the month ("03"), or for undated
    # entries the part number ("2"); empty when the page holds the whole year.
    part: str = ""


@dataclass(frozen=True)
class Chronicle:
    """A dated list (timeline, claims, denials), split by year once it is long.

    One page per year keeps every page small and the navigation fixed in size,
    however long the story runs.
    """

    pages: list[ChroniclePage]
    years: list[tuple[ChroniclePage, int]]  # (page, entries) when split; empty otherwise

    def neighbours(self, page: ChroniclePage) -> tuple[ChroniclePage | None, ChroniclePage | None]:
        if page.year is None:
            return None, None
        position = self.pages.index(page)
        before = self.pages[position - 1] if position > 1 else None
        after = self.pages[position + 1] if position + 1 < len(self.pages) else None
        return before, after


@dataclass
class Links:
    """Everything cross-linked, gathered before any page is rendered."""

    page_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (page, anchor)
    quotes: dict[str, dict[str, QuoteUse]] = field(default_factory=dict)  # source -> key -> use
    answered_by: dict[str, list[Response]] = field(default_factory=lambda: defaultdict(list))
    events_of: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    claims_by: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    claims_about: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    claims_at: dict[str, list[Claim]] = field(
        default_factory=lambda: defaultdict(list)
    )  # event -> claims
    responses_by: dict[str, list[Response]] = field(default_factory=lambda: defaultdict(list))
    files_of_kind: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    chronicles: dict[str, Chronicle] = field(default_factory=dict)  # timeline, claims, denials
    corrections_of: dict[str, list[Correction]] = field(default_factory=lambda: defaultdict(list))


Kept = TypeVar("Kept")


@dataclass(frozen=True)
class Job:
    """Making some files of the site: the paths it makes are known before it runs."""

    paths: tuple[str, ...]
    make: Callable[[], dict[str, str]]


class PageClash(OutputError):
    """Two pages would be written at one path: one would silently replace the other."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__(
            f"two pages would be written at {', '.join(paths)} — nothing was written; "
            "give one of the records behind them another id"
        )
        self.paths = paths


@functools.cache  # worked out while cross-linking, then looked up by every citation
def quote_anchor(source_id: str, quote: str) -> str:
    """A stable anchor for a quote: the same words give the same anchor in every build."""
    digest = hashlib.sha1(f"{source_id}\n{normalise(quote)}".encode()).hexdigest()
    return f"q-{digest[:10]}"


def cross_link(facts: FactBase) -> Links:
    links = Links()
    for source_id in facts.sources:
        links.page_of[source_id] = (f"sources/{source_id}.md", "")
        links.quotes[source_id] = {}
    for actor_id in facts.actors:
        links.page_of[actor_id] = (f"actors/{actor_id}.md", "")
    events = [("event", e) for e in facts.events.values()]
    claims = [("claim", c) for c in facts.claims.values()]
    responses = [("response", r) for r in facts.responses.values()]
    # Sorted once: within one kind, the timeline's order is that kind's own date order.
    timeline = dated_entries([*events, *claims, *responses])
    links.chronicles = {
        "timeline": chronicle("timeline", timeline),
        "claims": chronicle("claims", [e for e in timeline if e.kind == "claim"]),
        "denials": chronicle("denials", [e for e in timeline if e.kind == "response"]),
    }
    # Each record's own place: events on the timeline, claims and responses on their pages.
    for name in ("claims", "denials", "timeline"):
        for page in links.chronicles[name].pages:
            for _, group in page.groups:
                for entry in group:
                    links.page_of.setdefault(entry.record.id, (page.path, entry.record.id))
    for section_id in facts.background:
        links.page_of[section_id] = ("background.md", section_id)
    for correction in sorted(facts.corrections.values(), key=lambda c: (c.date, c.id)):
        links.page_of[correction.id] = ("corrections.md", correction.id)
        for record_id in dict.fromkeys(correction.records):
            links.corrections_of[record_id].append(correction)

    for entry in timeline:  # in date order
        if entry.kind != "event":
            continue
        for actor_id in dict.fromkeys(entry.record.participants):
            links.events_of[actor_id].append(entry.record)
    for claim in facts.claims.values():
        for actor_id in dict.fromkeys(filter(None, (claim.claimant, claim.speaker))):
            links.claims_by[actor_id].append(claim)
        for actor_id in dict.fromkeys(claim.about):
            links.claims_about[actor_id].append(claim)
        if claim.occasion is not None:
            links.claims_at[claim.occasion].append(claim)
    for response in facts.responses.values():
        for claim_id in dict.fromkeys(response.answers):
            links.answered_by[claim_id].append(response)
        for actor_id in dict.fromkeys(filter(None, (response.by, response.speaker))):
            links.responses_by[actor_id].append(response)

    def note_quotes(record_id: str, citations: Iterable[Citation]) -> None:
        for citation in citations:
            uses = links.quotes[citation.source]
            key = normalise(citation.quote)
            use = uses.get(key)
            if use is None:
                uses[key] = QuoteUse(
                    quote_anchor(citation.source, citation.quote), citation.quote, (record_id,)
                )
            elif record_id not in use.used_by:
                uses[key] = QuoteUse(use.anchor, use.quote, (*use.used_by, record_id))

    note_quotes("story", (c for point in facts.story.intro for c in point.cite))
    for record_id in facts.origins:
        kind = facts.kind_of(record_id)
        record = getattr(facts, kind)[record_id]  # type: ignore[arg-type]
        note_quotes(record_id, citations(record))
        file = facts.origins[record_id].file.display
        if file not in links.files_of_kind[kind]:  # type: ignore[index]
            links.files_of_kind[kind].append(file)  # type: ignore[index]
    links.files_of_kind["story"].append(facts.story_origin.file.display)
    return links


# On one date: what happened, then what was claimed, then the answers.
KIND_ORDER = {"event": 0, "claim": 1, "response": 2}


def by_year(entries: list[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    """Consecutive entries grouped by year, keeping the timeline's order (undated last)."""
    groups: list[tuple[str, list[TimelineEntry]]] = []
    for entry in entries:
        if not groups or groups[-1][0] != entry.year:
            groups.append((entry.year, []))
        groups[-1][1].append(entry)
    return groups


# Entries on one page before a dated list is split into one page per year.
PAGE_LIMIT = 100
# Records of each kind on the home page; the rest are a link away.
HOME_LIMIT = 12


def chronicle(base: str, entries: list[TimelineEntry]) -> Chronicle:
    groups = by_year(entries)
    if len(entries) <= PAGE_LIMIT:
        return Chronicle([ChroniclePage(f"{base}/index.md", None, groups)], [])
    pages = [ChroniclePage(f"{base}/index.md", None, [])]
    for year, group in groups:
        for part, entries_of_part in _parts_of_a_year(year, group):
            name = year or "undated"
            path = f"{base}/{name}-{part}.md" if part else f"{base}/{name}.md"
            pages.append(ChroniclePage(path, year, [(year, entries_of_part)], part))
    return Chronicle(pages, [(page, sum(len(g) for _, g in page.groups)) for page in pages[1:]])


def _parts_of_a_year(
    year: str, group: list[TimelineEntry]
) -> list[tuple[str, list[TimelineEntry]]]:
    """A busy year becomes one page per month; a long undated list, pages of PAGE_LIMIT."""
    if len(group) <= PAGE_LIMIT:
        return [("", group)]
    if not year:
        return [
            (str(number), group[start : start + PAGE_LIMIT])
            for number, start in enumerate(range(0, len(group), PAGE_LIMIT), start=1)
        ]
    months: dict[str, list[TimelineEntry]] = {}
    for entry in group:
        months.setdefault(f"{entry.sort_key[1].month:02d}", []).append(entry)
    return list(months.items())


def dated_entries(records: list[tuple[str, Any]]) -> list[TimelineEntry]:
    """Records in date order; undated ones last.

    A date with an open start ("by 30 August 2023") is placed at its end, the one
    point the source gives, rather than before everything else.
    """
    entries = []
    for order, (kind, record) in enumerate(records):
        when: When = record.date
        if when.edtf is None:
            entries.append(
                TimelineEntry(
                    kind, record, when, (1, date.max, True, date.max, KIND_ORDER[kind], order), ""
                )
            )
            continue
        bounds = dates.parse(when.edtf).bounds
        placed = bounds.lower or bounds.upper or date.min
        # On one date, "by that date" comes before what happened on it.
        key = (
            0,
            placed,
            bounds.lower is not None,
            bounds.upper or date.max,
            KIND_ORDER[kind],
            order,
        )
        entries.append(TimelineEntry(kind, record, when, key, str(placed.year)))
    return sorted(entries, key=lambda entry: entry.sort_key)


# --- the template environment ----------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _relative_path(target_page: str, from_dir: str) -> str:
    # posixpath.relpath asks the OS for the working directory on every call; a site has
    # few page folders and many links, so each (target, folder) pair is worked out once.
    return posixpath.relpath(target_page, from_dir or ".")


class Renderer:
    def __init__(self, facts: FactBase, settings: Settings, links: Links | None = None) -> None:
        self.facts = facts
        self.settings = settings
        self.language = settings.language
        self.links = links if links is not None else cross_link(facts)
        self._page = ""
        self._page_dir = ""
        # (record, folder of the page) -> the record's name linked from a page there
        self._named_links: dict[tuple[str, str], Md] = {}
        self._labels: dict[str, Md] = {}
        self._names: dict[str, Md] = {}
        self._days: dict[str, Md] = {}
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("generator", "templates"),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=self._finalize,
            autoescape=False,  # output is Markdown: escaping is done by _finalize and Md
        )
        # Our own macros' output is Markdown built from escaped parts.
        self.env.filters["macro"] = Md
        self.env.globals.update(
            facts=facts,
            links=self.links,
            label=self.label,
            t=self.t,
            p=self.p,
            when=self.when,
            cite=self.cite,
            link=self.link,
            name=self.name,
            edit_footer=self.edit_footer,
            stated=self.stated,
            md=Md,
            short_date=self.short_date,
            heading=self.heading,
            page_link=self.page_link,
            period=self.period,
            corrected=self.corrected,
            visual_timeline=self.visual_timeline,
            relation_map=self.relation_map,
            relations=self.relations,
            claim_fields=self.claim_fields,
            response_fields=self.response_fields,
            event_fields=self.event_fields,
            timeline_entry=self.timeline_entry,
            dated_list=self.dated_list,
            claim_list=self.claim_list,
            response_list=self.response_list,
            quote_list=self.quote_list,
            claim_entry=self.claim_entry,
            response_entry=self.response_entry,
        )

    @staticmethod
    def _finalize(value: Any) -> Any:
        if isinstance(value, Md) or value is None:
            return "" if value is None else value
        return markdown.text(str(value))

    # ---- pages ----

    def pages(self, workers: int = 1) -> dict[str, str]:
        """Every page of the site: path in the docs folder -> Markdown."""
        return self.make_pages(lambda path, text: text, workers)

    def make_pages(self, keep: Callable[[str, str], Kept], workers: int = 1) -> dict[str, Kept]:
        """Make every page and hand each to `keep` as it is made: path -> what keep returned.

        Pages are independent once everything is cross-linked, so `workers` processes make
        them, each keeping its own (writing it, say) so that only keep's small answers
        travel back; the result is the same with one. No path is made twice.
        """
        jobs = self.jobs()
        paths = [path for job in jobs for path in job.paths]
        twice = sorted(path for path, count in Counter(paths).items() if count > 1)
        if twice:
            raise PageClash(twice)
        for template in self.env.list_templates():  # compiled once, before any fork
            self.env.get_template(template)
        # The data files are the single biggest job: started first, placed last.
        order = [len(jobs) - 1, *range(len(jobs) - 1)]
        done = parallel.map_in_chunks(
            lambda chunk: self.run_jobs([jobs[index] for index in chunk], keep), order, workers
        )
        by_job = dict(zip(order, done, strict=True))
        return {path: kept for index in range(len(jobs)) for path, kept in by_job[index].items()}

    def run_jobs(self, jobs: list[Job], keep: Callable[[str, str], Kept]) -> list[dict[str, Kept]]:
        """Some of the jobs; every page they made gets its JSON-LD and link-preview values."""
        done = [job.make() for job in jobs]
        annotated = linked_data.annotate(
            {path: text for result in done for path, text in result.items()},
            self.facts,
            self.links,
            self.language,
        )
        return [{path: keep(path, annotated[path]) for path in result} for result in done]

    def jobs(self) -> list[Job]:
        """One job per page, in the site's page order, then one for the data files."""
        facts = self.facts
        jobs = [
            self.page_job("index.md", "home.md.j2", latest=self.latest()),
            self.page_job("background.md", "background.md.j2"),
            self.page_job(
                "corrections.md",
                "corrections.md.j2",
                corrections=sorted(
                    facts.corrections.values(), key=lambda c: (c.date, c.id), reverse=True
                ),
            ),
            self.page_job("actors/index.md", "actors.md.j2"),
            self.page_job("sources/index.md", "sources.md.j2"),
        ]
        for name, chronicle_ in self.links.chronicles.items():
            for part in chronicle_.pages:
                jobs.append(
                    self.page_job(part.path, f"{name}.md.j2", chronicle=chronicle_, this=part)
                )
        for actor in facts.actors.values():
            jobs.append(self.page_job(f"actors/{actor.id}.md", "actor.md.j2", actor=actor))
        for source in facts.sources.values():
            jobs.append(
                self.page_job(
                    f"sources/{source.id}.md",
                    "source.md.j2",
                    source=source,
                    text=facts.source_texts.get(source.id, ""),
                    quotes=list(self.links.quotes[source.id].values()),
                )
            )
        jobs.append(self.page_job("data.md", "data.md.j2", exports=exports))
        jobs.append(Job(exports.PATHS, lambda: exports.files(facts, self.links, self.language)))
        return jobs

    def page_job(self, page: str, template: str, **values: Any) -> Job:
        return Job((page,), lambda: {page: self.render(template, page, **values)})

    def latest(self) -> dict[str, list[Any]]:
        """The most recent records of each kind, in date order, for the home page."""

        def last(name: str, kind: str) -> list[Any]:
            chronicle_ = self.links.chronicles[name]
            records = [
                entry.record
                for part in chronicle_.pages
                for _, group in part.groups
                for entry in group
                if entry.kind == kind
            ]
            return records[-HOME_LIMIT:]

        return {
            "events": last("timeline", "event"),
            "claims": last("claims", "claim"),
            "responses": last("denials", "response"),
        }

    def visual_timeline(self, chronicle_: Chronicle, this: ChroniclePage) -> Md:
        return Md(
            pictures.timeline_figure(chronicle_, this, self._page, self.language, self._plain_name)
        )

    def relation_map(self) -> pictures.RelationMap:
        return pictures.relation_map(
            self.facts, self.links, self._page, self.language, self._plain_name
        )

    def render(self, template: str, page: str, **values: Any) -> str:
        self._page = page
        self._page_dir = posixpath.dirname(page)
        return self.env.get_template(template).render(page=page, **values)

    # ---- helpers the templates call ----

    # Names, labels and dates repeat on many pages: each is escaped once per build.
    def label(self, key: str) -> Md:
        shown = self._labels.get(key)
        if shown is None:
            shown = self._labels[key] = Md(markdown.text(label(key, self.language)))
        return shown

    def t(self, value: Text | None) -> Md:
        if value is None:
            return Md("")
        return Md(markdown.text(getattr(value, self.language, None) or value.el))

    def p(self, value: Prose | None) -> Md:
        if value is None:
            return Md("")
        return Md(markdown.prose(getattr(value, self.language, None) or value.el))

    def href(self, target_page: str, anchor: str = "") -> str:
        if target_page == self._page:
            return f"#{anchor}" if anchor else "#"
        relative = _relative_path(target_page, self._page_dir)
        return f"{relative}#{anchor}" if anchor else relative

    def name(self, record_id: str) -> Md:
        """A record's name as text (no link)."""
        shown = self._names.get(record_id)
        if shown is None:
            shown = self._names[record_id] = Md(markdown.text(self._plain_name(record_id)))
        return shown

    def _plain_name(self, record_id: str) -> str:
        facts = self.facts
        lang = self.language
        if record_id in facts.actors:
            return self._in(facts.actors[record_id].name, lang)
        if record_id in facts.events:
            return self._in(facts.events[record_id].title, lang)
        if record_id in facts.claims:
            claim = facts.claims[record_id]
            said = self._in(claim.title, lang) if claim.title else self._in(claim.statement, lang)
            return f"{self._plain_name(claim.claimant)}: {said}"
        if record_id in facts.responses:
            response = facts.responses[record_id]
            return f"{label('response.' + response.type, lang)}: {self._plain_name(response.by)}"
        if record_id in facts.sources:
            return self._in(facts.sources[record_id].title, lang)
        if record_id in facts.background:
            return self._in(facts.background[record_id].title, lang)
        if record_id in facts.corrections:
            correction = facts.corrections[record_id]
            day = dates.humanize(dates.parse(correction.date), lang)
            return f"{day}: {self._in(correction.summary, lang)}"
        if record_id == "story":
            return label("kind.story", lang)
        return record_id

    @staticmethod
    def _in(value: Text, language: str) -> str:
        return getattr(value, language, None) or value.el

    def link(self, record_id: str, text: Md | None = None) -> Md:
        if record_id == "story":
            target_page, anchor = "index.md", ""
        else:
            target_page, anchor = self.links.page_of[record_id]
        if text is not None:
            return Md(f"[{text}]({self.href(target_page, anchor)})")
        if target_page == self._page:  # a link within the page: "#anchor"
            return Md(f"[{self.name(record_id)}]({self.href(target_page, anchor)})")
        key = (record_id, self._page_dir)  # the same from every page in one folder
        shown = self._named_links.get(key)
        if shown is None:
            shown = Md(f"[{self.name(record_id)}]({self.href(target_page, anchor)})")
            self._named_links[key] = shown
        return shown

    def heading(self, record_id: str) -> Md:
        """A short heading for a record in a list of mixed kinds: kind and who, or the title."""
        facts = self.facts
        lang = self.language
        if record_id in facts.claims:
            claim = facts.claims[record_id]
            if claim.title is None:  # the statement may be long: keep the heading short
                claimant = self._plain_name(claim.claimant)
                return Md(markdown.text(f"{label('kind.claim', lang)}: {claimant}"))
        return self.name(record_id)

    def relations(self, record: Event | Claim) -> Md:
        """A record's typed relations, each as the map names it: A → B (is said to supply)."""
        shown = [
            f"{self.link(relation.by)} → {self.link(relation.to)} "
            f"({self.label('map.edge.' + relationship_map.typed_edge(record, relation))})"
            for relation in record.relations
        ]
        return Md("; ".join(shown))

    # ---- a record's fields as a Markdown list ----
    # Written here rather than as template macros: they are drawn for every record on
    # several pages, and a Jinja macro call costs more than the fields themselves.

    def _item(self, field_key: str, value: str) -> str:
        return f"- **{self.label(field_key)}:** {value}\n"

    def _links(self, record_ids: Iterable[str]) -> str:
        return ", ".join(self.link(record_id) for record_id in record_ids)

    def claim_fields(self, claim: Claim, with_link: bool = False) -> Md:
        item = self._item
        lines = [
            item("field.status", self.label("status." + claim.status)),
            item("field.claimant", self.link(claim.claimant)),
        ]
        if claim.speaker:
            lines.append(item("field.speaker", self.link(claim.speaker)))
        lines.append(item("field.when", self.when(claim.date)))
        venue = self.t(claim.venue) if claim.venue else f"*{self.label('basis.not-stated')}*"
        lines.append(item("field.where", venue))
        if claim.subject_date:
            lines.append(item("field.subject_date", self.when(claim.subject_date)))
        if claim.about:
            lines.append(item("field.about", self._links(claim.about)))
        if claim.relations:
            lines.append(item("field.relations", self.relations(claim)))
        if claim.occasion:
            lines.append(item("field.occasion", self.link(claim.occasion)))
        if claim.note:
            lines.append(item("field.note", self.p(claim.note)))
        answers = self.links.answered_by.get(claim.id)
        if answers:
            lines.append(item("field.answered_by", self._links(r.id for r in answers)))
        lines.append(self.corrected(claim.id))
        if with_link:
            lines.append(f"- {self.link(claim.id, self.label('kind.claim'))}\n")
        return Md("".join(lines))

    def response_fields(self, response: Response) -> Md:
        item = self._item
        lines = [item("field.by", self.link(response.by))]
        if response.speaker:
            lines.append(item("field.speaker", self.link(response.speaker)))
        lines.append(item("field.when", self.when(response.date)))
        lines.append(item("field.answers", self._links(response.answers)))
        if response.note:
            lines.append(item("field.note", self.p(response.note)))
        lines.append(self.corrected(response.id))
        return Md("".join(lines))

    def event_fields(self, event: Event) -> Md:
        item = self._item
        lines = [item("field.when", self.when(event.date))]
        if event.place:
            lines.append(item("field.where", self.t(event.place)))
        if event.participants:
            lines.append(item("field.who", self._links(event.participants)))
        if event.relations:
            lines.append(item("field.relations", self.relations(event)))
        lines.append(self.corrected(event.id))
        claims = self.links.claims_at.get(event.id)
        if claims:
            shown = ", ".join(self.link(claim.id, self.heading(claim.id)) for claim in claims)
            lines.append(item("field.claims_made", shown))
        return Md("".join(lines))

    def timeline_entry(self, entry: TimelineEntry) -> Md:
        """One entry of the timeline: its date and heading, what it is, its fields, its quotes."""
        record = entry.record
        lines = [
            f"### {self.short_date(entry.when)} · {self.heading(record.id)} {{#{record.id}}}\n\n"
        ]
        if entry.kind == "event":
            description = f": {self.p(record.description)}" if record.description else ""
            lines.append(f"*{self.label('kind.event')}*{description}\n\n")
            lines.append(f"{self.event_fields(record)}\n")
        elif entry.kind == "claim":
            lines.append(f"*{self.label('kind.claim')}:* {self.t(record.statement)}\n\n")
            lines.append(f"{self.claim_fields(record, with_link=True)}\n")
        else:
            lines.append(
                f"*{self.label('response.' + record.type)}:* {self.t(record.statement)}\n\n"
            )
            lines.append(f"{self.response_fields(record)}\n")
            lines.append(f"- {self.link(record.id, self.label('kind.response'))}\n")
        lines.append(f"\n{self.cite(record.cite)}\n")  # the template adds the last line break
        return Md("".join(lines))

    def claim_entry(self, claim: Claim) -> Md:
        """A claim on the claims page; the template adds the last line break."""
        return Md(
            f"## {self.name(claim.id)} {{#{claim.id}}}\n\n"
            f"*{self.label('kind.claim')}:* {self.t(claim.statement)}\n\n"
            f"{self.claim_fields(claim)}\n\n{self.cite(claim.cite)}\n"
        )

    def response_entry(self, response: Response) -> Md:
        """An answer on the denials page, with the claims it answers in full."""
        lines = [
            f"## {self.name(response.id)} {{#{response.id}}}\n\n"
            f"{self.t(response.statement)}\n\n"
            f"{self.response_fields(response)}\n\n{self.cite(response.cite)}\n\n"
        ]
        for claim_id in response.answers:
            claim = self.facts.claims[claim_id]
            lines.append(
                f"### {self.name(claim.id)} {{#{response.id}--{claim.id}}}\n\n"
                f"*{self.label('kind.claim')}:* {self.t(claim.statement)}\n\n"
                f"{self.claim_fields(claim, with_link=True)}\n\n{self.cite(claim.cite)}\n\n"
            )
        return Md("".join(lines)[:-1])  # the template adds the last line break

    # Lists of links, as an actor page has them by the hundred.
    def dated_list(self, events: list[Event]) -> Md:
        return Md("".join(f"- {self.short_date(e.date)}: {self.link(e.id)}\n" for e in events))

    def claim_list(self, claims: list[Claim]) -> Md:
        return Md(
            "".join(f"- {self.link(c.id)} ({self.label('status.' + c.status)})\n" for c in claims)
        )

    def response_list(self, responses: list[Response]) -> Md:
        return Md("".join(f"- {self.link(r.id)}: {self.t(r.statement)}\n" for r in responses))

    def quote_list(self, quotes: list[QuoteUse]) -> Md:
        """A source's quotes, each with its anchor and the records that cite it."""
        used_in = self.label("field.used_in")
        return Md(
            "".join(
                f"### «{markdown.text(use.quote)}» {{#{use.anchor}}}\n\n"
                f"{used_in}: {self._links(use.used_by)}\n\n"
                for use in quotes
            )
        )

    def corrected(self, record_id: str) -> Md:
        """A list item naming the corrections of a record, or nothing."""
        corrections = self.links.corrections_of.get(record_id)
        if not corrections:
            return Md("")
        return Md(self._item("field.corrections", "; ".join(self.link(c.id) for c in corrections)))

    def period(self, page: ChroniclePage) -> str:
        """What a part of a dated list covers, in words: 2023, March 2023, undated (2)."""
        if not page.year:
            undated = label("undated", self.language)
            return f"{undated} ({page.part})" if page.part else undated
        if page.part:
            return dates.humanize(dates.parse(f"{page.year}-{page.part}"), self.language)
        return page.year

    def page_link(self, path: str, text: str) -> Md:
        return Md(f"[{markdown.text(text)}]({self.href(path)})")

    def short_date(self, value: When) -> Md:
        if value.edtf is None:
            return self.label("basis.not-stated")
        shown = self._days.get(value.edtf)
        if shown is None:
            day = dates.humanize(dates.parse(value.edtf), self.language)
            shown = self._days[value.edtf] = Md(markdown.text(day))
        return shown

    def when(self, value: When | None) -> Md:
        """A date in words, with the source's wording and how the date is known."""
        if value is None:
            return Md("")
        lang = self.language
        if value.edtf is None:
            return self.label("basis.not-stated")
        shown = self.short_date(value)
        notes = []
        if value.wording is not None:
            notes.append(f"{markdown.text(label('basis.wording', lang))} «{self.t(value.wording)}»")
        if value.basis in ("relative", "inferred"):
            notes.append(f"*{markdown.text(label('basis.' + value.basis, lang))}*")
        if value.reasoning is not None:
            notes.append(
                f"{markdown.text(label('basis.reasoning', lang))}: {self.p(value.reasoning)}"
            )
        return Md(f"{shown} ({'· '.join(notes)})" if notes else shown)

    def stated(self, value: Any) -> Md:
        """A source fact that may be stated, inferred, or not stated."""
        lang = self.language
        if value.basis == "not-stated":
            return Md(f"*{markdown.text(label('basis.not-stated', lang))}*")
        shown = markdown.text(value.value)
        if value.basis == "inferred":
            shown += f" (*{markdown.text(label('basis.inferred', lang))}*"
            if value.reasoning is not None:
                shown += (
                    f"· {markdown.text(label('basis.reasoning', lang))}: {self.p(value.reasoning)}"
                )
            shown += ")"
        return Md(shown)

    def cite(self, citations: list[Citation], indent: int = 0) -> Md:
        """The quotes behind a statement, each linking to itself on its source page.

        Quotes from one source are followed by that source's name once.
        """
        paragraphs = []
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        for source_id, quotes in by_source.items():
            for citation in quotes:
                target = self.href(
                    f"sources/{source_id}.md", quote_anchor(source_id, citation.quote)
                )
                paragraphs.append(
                    f"> «{markdown.text(citation.quote)}» ([{self.label('see_quote')}]({target}))"
                )
            paragraphs.append(f"> — {self.label('field.source')}: *{self.name(source_id)}*")
        margin = " " * indent
        return Md(f"\n{margin}>\n".join(margin + line for line in paragraphs))

    def edit_footer(self, *kinds: str) -> Md:
        files: list[str] = []
        for kind in kinds:
            files.extend(f for f in self.links.files_of_kind.get(kind, []) if f not in files)
        if not files:
            return Md("")
        parts = []
        for file in files:
            shown = f"`{file}`" if "`" not in file else markdown.text(file)
            if self.settings.edit_base:
                parts.append(f"[{shown}]({self.settings.edit_base}{file})")
            else:
                parts.append(shown)
        footer = f"---\n\n*{self.label('made_from')}:* {', '.join(parts)}"
        days = [self.settings.last_changed[f] for f in files if f in self.settings.last_changed]
        if days:
            latest = dates.humanize(dates.parse(max(days)), self.language)
            footer += f"  \n*{self.label('last_changed')}:* {markdown.text(latest)}"
        return Md(footer)


def render_pages(facts: FactBase, settings: Settings, workers: int = 1) -> dict[str, str]:
    return Renderer(facts, settings).pages(workers)


def make_pages(
    facts: FactBase,
    links: Links,
    settings: Settings,
    keep: Callable[[str, str], Kept],
    workers: int,
) -> dict[str, Kept]:
    return Renderer(facts, settings, links).make_pages(keep, workers)
