"""Render the checked fact base into Markdown pages, one Jinja2 template per page kind.

Everything is cross-linked before any page is rendered: where each record lives,
which quotes each source has and who uses them, who answers which claim. Templates
only lay out; every value they print is escaped as text unless a helper here made it
Markdown on purpose (see `Md` and the environment's `finalize`).
"""

from __future__ import annotations

import functools
import posixpath
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import jinja2

from .. import dates, parallel, pictures
from ..crosslink import (
    Chronicle,
    ChroniclePage,
    Links,
    QuoteUse,
    TimelineEntry,
    cross_link,
    quote_anchor,
)
from ..data import exports, linked_data
from ..labels import label
from ..model import (
    Citation,
    Claim,
    Event,
    FactBase,
    Prose,
    Response,
    Text,
    When,
)
from ..write import OutputError
from . import markdown


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


# Records of each kind on the home page; the rest are a link away.
HOME_LIMIT = 12


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
            loader=jinja2.PackageLoader("generator.render", "templates"),
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
        return pictures.relation_map_figure(
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
            f"({self.label('map.edge.' + pictures.typed_edge(record, relation))})"
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
