"""What the site is made of: one job per page, and one for the open-data files.

Each job says which files it makes before it runs (as Lektor's build programs declare
their outputs), so that two jobs that would write one path are refused before anything
is made, and the jobs can be run in any order, in any process: each makes its files from
the cross-linked fact base alone. Writing them is the writer's (write.py).

Each job also tells, once it has run, which records its files were made from (as
Lektor's build context records an artifact's dependencies): the records its page's
helpers read (page.py), those its template reads by itself (declared here, beside the
job), and those of the page's data. The editor's preview runs again only the jobs that
read a record that changed.

A page is its template's Markdown with its front matter (Open Graph values) first and
its JSON-LD last (data/linked_data.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, get_args

from ..crosslink import Links, cross_link
from ..data import exports, linked_data
from ..model import FactBase
from ..model.records import Basis, ClaimStatus, Response
from .environment import compile_all
from .page import render
from .renderer import Renderer, Settings

# Records of each kind on the home page, the latest first; the rest are a link away.
HOME_LIMITS = {"events": 3, "claims": 4, "responses": 3}


# In a job's reads: the job reads every record (the open-data files).
EVERY_RECORD = "*"


@dataclass(frozen=True)
class Made:
    """What a job made: path in the docs folder -> the file's text, and the ids of the
    records the files were made from (EVERY_RECORD among them: all of them)."""

    files: dict[str, str]
    reads: frozenset[str]


@dataclass(frozen=True)
class Job:
    """Making some files of the site: the paths it makes are known before it runs."""

    paths: tuple[str, ...]
    run: Callable[[], Made]

    def make(self) -> dict[str, str]:
        """The job's files: path in the docs folder -> the file's text."""
        return self.run().files


# The vocabularies the methodology page defines, in the order it lists them: a claim's badge
# (its status, or a general denial), a response's type, a date's basis.
# The general denial is a badge, not a status of its own: it stands after «denied».
_STATUSES = list(get_args(ClaimStatus))
STATUSES = (
    *_STATUSES[: _STATUSES.index("denied") + 1],
    "general-denial",
    *_STATUSES[_STATUSES.index("denied") + 1 :],
)
RESPONSE_TYPES = get_args(Response.model_fields["type"].annotation)
BASES = get_args(Basis)


def jobs(facts: FactBase, links: Links, settings: Settings) -> list[Job]:
    """Every file of the site as a job: the data files first (the single biggest job, best
    started first), then one job per page in the site's page order."""
    renderer = Renderer(facts, settings, links)
    compile_all(renderer.env)  # once, before the jobs are run in forked workers

    def page(path: str, template: str, reads: Iterable[str] = (), **values: Any) -> Job:
        """A page's job; reads: the records its template reads by itself, not through a helper."""

        def make() -> Made:
            text, read = render(renderer, template, path, declared=reads, **values)
            text = linked_data.with_page_data(path, text, facts, links, settings.language, read)
            return Made({path: text}, frozenset(read))

        return Job((path,), make)

    def data_files() -> Made:
        return Made(exports.files(facts, links, settings.language), frozenset({EVERY_RECORD}))

    made = [
        Job(exports.PATHS, data_files),
        page(
            "index.md",
            "home.md.j2",
            reads=["story"],
            latest=_latest(links),
            site_title=settings.site_name or facts.story.title.el,
            counts={
                "timeline": len(facts.events) + len(facts.claims) + len(facts.responses),
                "claims": len(facts.claims),
                "denials": len(facts.responses),
            },
        ),
        page("background.md", "background.md.j2", reads=facts.background),
        page(
            "corrections.md",
            "corrections.md.j2",
            reads=facts.corrections,
            corrections=sorted(
                facts.corrections.values(), key=lambda c: (c.date, c.id), reverse=True
            ),
            report_error=settings.report_error,
        ),
        page(
            "methodology.md",
            "methodology.md.j2",
            statuses=[*STATUSES],
            response_types=[*RESPONSE_TYPES],
            bases=[*BASES],
            repo_url=settings.repo_url,
        ),
        page("actors/index.md", "actors.md.j2", reads=facts.actors),
        page("sources/index.md", "sources.md.j2", reads=facts.sources),
    ]
    for name, chronicle in links.chronicles.items():
        for part in chronicle.pages:
            made.append(page(part.path, f"{name}.md.j2", chronicle=chronicle, this=part))
    for actor in facts.actors.values():
        made.append(page(f"actors/{actor.id}.md", "actor.md.j2", reads=[actor.id], actor=actor))
    for source in facts.sources.values():
        made.append(
            page(
                f"sources/{source.id}.md",
                "source.md.j2",
                reads=[source.id],  # its text included
                source=source,
                text=facts.source_texts.get(source.id, ""),
                quotes=list(links.quotes[source.id].values()),
            )
        )
    made.append(page("data.md", "data.md.j2", exports=exports))
    return made


def _latest(links: Links) -> dict[str, list[Any]]:
    """The most recent records of each kind, the latest first, for the home page: the dated
    ones first; those not dated precisely (filed last, under no year) only fill the rest."""

    def last(name: str, kind: str) -> list[Any]:
        chronicle = links.chronicles[name]
        entries = [
            entry
            for part in chronicle.pages
            for _, group in part.groups
            for entry in group
            if entry.kind == kind
        ]
        limit = HOME_LIMITS[kind + "s"]
        dated = [entry.record for entry in entries if entry.year][::-1][:limit]
        other = [entry.record for entry in entries if not entry.year]
        return dated + other[: limit - len(dated)]

    return {
        "events": last("timeline", "event"),
        "claims": last("claims", "claim"),
        "responses": last("denials", "response"),
    }


def files(facts: FactBase, settings: Settings, links: Links | None = None) -> dict[str, str]:
    """Every file of the site, made here, in one process: path -> text (for tests and tools)."""
    made: dict[str, str] = {}
    for job in jobs(facts, links if links is not None else cross_link(facts), settings):
        made.update(job.make())
    return made
