"""The editor's preview: after each save, remake only the pages the change touches, and
turn anything that goes wrong into lines the editor can act on.

`explainer serve` keeps one Preview for the life of the server, and it alone keeps
anything from one run to the next: the files parsed before, and what the last good run
made (its fact base, its layout, and which records each job read). Each MkDocs rebuild
asks it to regenerate first. It never raises: a broken fact base, or a failure anywhere
in the generator, becomes problem lines (exactly what `explainer check` prints), the
docs folder keeps the last good pages, and nothing is written anywhere else.

What a change touches is known, not guessed: each job tells which records its files were
made from (render/jobs.py, as Lektor records an artifact's dependencies). A run remakes
every job that read a record whose value changed, or whose name is made with one that
changed, and leaves the others. When the layout changes (a record added, removed or
moved to another page, a list in another order, a quote's anchor) or the settings do,
every job is run again: which pages exist and what they list is the layout's. Either way
only files whose bytes changed are written, so MkDocs' dirty build rebuilds only those.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import crosslink, load, model, pipeline, render, runtime, site
from .labels import label
from .problems import ExplainerError, FactBaseError, internal_error, printable

# --- what went wrong, as lines the editor can act on ---------------------------------------


def problem_lines(error: BaseException) -> list[str]:
    """What the command line prints for this error, one line each, without the summary."""
    if isinstance(error, FactBaseError):
        return [str(problem) for problem in error.located()]
    if isinstance(error, ExplainerError):
        return [printable(part) for line in error.lines() for part in line.splitlines()]
    return [internal_error(error)]


# --- regeneration ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What one regeneration did."""

    mode: str  # "full", "incremental", "unchanged" (content as last time) or "failed"
    made: tuple[str, ...] = ()  # the files made (docs-relative paths)
    written: tuple[str, ...] = ()  # those whose bytes changed on disk
    problems: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class _Made:
    """What the last good run left, to tell what the next change touches."""

    facts: model.FactBase
    layout: tuple[Any, ...]
    settings: render.Settings
    reads: dict[tuple[str, ...], frozenset[str]]  # a job's paths -> the records it read


class Preview:
    """The preview of one project into one docs folder; regenerate() before each build."""

    def __init__(self, project: pipeline.Project, docs_dir: Path) -> None:
        self.project = project
        self.docs_dir = docs_dir.resolve()
        self.language = site.read_site_settings(project.config_file).language
        self._parsed = load.ParsedFiles()
        self._last: _Made | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._lock = threading.Lock()  # one regeneration at a time
        # What an incremental run left for after the reload (regenerate(pages_first=True)):
        # the jobs that read every record, the open-data files, of the last good run.
        self._later: list[render.Job] = []
        self.show_tracebacks = False  # print the traceback of a failure in the generator
        # Read by the server's request threads: each is replaced whole, never changed.
        self._problems: tuple[str, ...] = ()
        self._site_warnings: tuple[str, ...] = ()

    # -- what the pages show over them (read by the server's request threads) --

    @property
    def problems(self) -> tuple[str, ...]:
        """What is wrong with the fact base (or the generator): the lines to fix."""
        return self._problems

    @property
    def site_warnings(self) -> tuple[str, ...]:
        """What MkDocs warned about in the last build, or why it failed."""
        return self._site_warnings

    def site_built(self, warnings: Iterable[str]) -> None:
        self._site_warnings = tuple(printable(w) for w in warnings)

    # -- regeneration (the build thread) --

    def regenerate(self, workers: int | None = None, pages_first: bool = False) -> Outcome:
        """Bring the docs folder up to date with content/; never raises.

        workers: as runtime.session() takes them (forks are used only while no other
        thread runs: the first run, before the server starts). pages_first: an incremental
        run leaves the files made from every record (the open-data files, the largest
        job) for catch_up(), so that the page an editor saved is rebuilt first.
        """
        with self._lock:
            started = time.perf_counter()
            fingerprint = self._content_fingerprint()
            if fingerprint == self._fingerprint:
                return Outcome("unchanged", problems=self._problems)
            try:
                mode, made, written = self._regenerate(workers, pages_first)
            except Exception as error:
                if self.show_tracebacks and not isinstance(error, ExplainerError):
                    traceback.print_exc()
                self._problems = tuple(problem_lines(error))
                outcome = Outcome("failed", problems=self._problems)
            else:
                self._problems = ()
                outcome = Outcome(mode, made, written)
            self._fingerprint = fingerprint
            seconds = time.perf_counter() - started
            return Outcome(outcome.mode, outcome.made, outcome.written, outcome.problems, seconds)

    def catch_up(self, site_dir: Path | None = None) -> tuple[str, ...]:
        """Make what regenerate(pages_first=True) left for later, into the docs folder,
        and copy each file that changed into the served site_dir (where MkDocs copied it
        before); the files that changed. Never raises: a failure is shown as a problem."""
        with self._lock:
            later, self._later = self._later, []
            if not later:
                return ()
            try:
                made = [job.run() for job in later]
                docs = pipeline.docs_folder(self.project, self.docs_dir)
                docs.plan(path for job in later for path in job.paths)
                files = {path: text for m in made for path, text in m.files.items()}
                written = [path for path, was in docs.save(files).items() if was]
                served = [] if site_dir is None else [(site_dir / path, path) for path in written]
                for target, path in served:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(files[path].encode("utf-8"))  # as docs.save wrote it
            except Exception as error:
                self._problems = tuple(problem_lines(error))
                return ()
            return tuple(written)

    def write_placeholder(self) -> bool:
        """A one-page docs folder when there are no pages yet (a fresh clone with a broken
        file), so that MkDocs can start and show the problems; whether one was written."""
        if (self.docs_dir / "index.md").is_file():
            return False
        docs = pipeline.docs_folder(self.project, self.docs_dir)
        docs.plan(["index.md"])
        docs.save({"index.md": f"# {label('preview.problems', self.language)}\n"})
        return True

    def _content_fingerprint(self) -> tuple[Any, ...]:
        """Every content file's name, size and modification time, and the config's."""
        entries = []
        for path in sorted([*self.project.content_dir.rglob("*"), self.project.config_file]):
            try:
                stat = path.stat()
            except OSError:  # removed while we looked
                continue
            entries.append((path.as_posix(), stat.st_mtime_ns, stat.st_size))
        return tuple(entries)

    def _regenerate(
        self, workers: int | None, pages_first: bool
    ) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        project = self.project
        with runtime.session(workers) as run:
            facts, links = pipeline.prepare(project, run, self._parsed)
            run.gathered()
            config = site.read_site_settings(project.config_file)
            settings = pipeline.render_settings(project, config, with_history=True)
            jobs = render.jobs(facts, links, settings)
            layout = _layout(facts, links)
            last = self._last
            later: list[render.Job] = []
            if last is None or last.layout != layout or last.settings != settings:
                chosen, mode = jobs, "full"
            else:
                touched = render.named_after(facts, _changed(last.facts, facts))
                chosen = [job for job in jobs if touched and _reads(last.reads[job.paths], touched)]
                mode = "incremental"
                if pages_first:
                    later = [j for j in chosen if render.EVERY_RECORD in last.reads[j.paths]]
                    chosen = [job for job in chosen if job not in later]
            # Every file made before any is written: a failure half-way leaves the last
            # good pages, not a mix.
            made = run.map_in_chunks(_run_all, chosen)
            docs = pipeline.docs_folder(project, self.docs_dir)
            docs.plan(path for job in jobs for path in job.paths)
            saved = [docs.save(m.files) for m in made]
            if mode == "full":
                docs.finish(saved)  # the assets, and files no job makes any more removed
            reads = dict(last.reads) if mode == "incremental" and last is not None else {}
            reads.update((job.paths, m.reads) for job, m in zip(chosen, made, strict=True))
            self._last = _Made(facts, layout, settings, reads)
            if mode == "full":
                self._later = []
            elif pages_first and later:
                self._later = later  # made from this run's fact base, the newest good one
        files = tuple(path for m in made for path in m.files)
        written = tuple(path for changed in saved for path, was in changed.items() if was)
        return mode, files, written


def _run_all(jobs: Sequence[render.Job]) -> list[render.Made]:
    return [job.run() for job in jobs]


def _reads(reads: frozenset[str], changed: set[str]) -> bool:
    """Whether a job that read these read something that changed."""
    return render.EVERY_RECORD in reads or not reads.isdisjoint(changed)


def _changed(before: model.FactBase, now: model.FactBase) -> set[str]:
    """What is not as it was: the id of each record whose value changed ("story" for the
    story), and each of its fields that changed (render.field_of: "event-1.date").

    A record from a file that was not parsed again (the very same SourceFile) is the
    same; the others are compared value by value. A source's archived text is part of it.
    """
    changed = set()
    if now.story != before.story:
        changed.add("story")
    for kind in model.RECORD_KINDS:
        old_records = getattr(before, kind)
        for record_id, record in getattr(now, kind).items():
            was = before.origins.get(record_id)
            if was is not None and was.file is now.origins[record_id].file:
                continue
            old = old_records.get(record_id)
            if old != record:
                changed.add(record_id)
                changed.update(
                    render.field_of(record_id, field)
                    for field in type(record).model_fields
                    if getattr(old, field, None) != getattr(record, field)
                )
    for source_id, text in now.source_texts.items():
        if before.source_texts.get(source_id) != text:
            changed.add(source_id)
    return changed


def _layout(facts: model.FactBase, links: crosslink.Links) -> tuple[Any, ...]:
    """Which records there are, where each is shown and in what order, who cites and
    answers whom: everything that decides which pages exist and what they list."""

    def ids(records: Iterable[Any]) -> tuple[str, ...]:
        return tuple(record.id for record in records)

    def table(entries: dict[str, list[Any]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple(sorted((key, ids(records)) for key, records in entries.items() if records))

    chronicles = tuple(
        (
            name,
            tuple(
                (
                    page.path,
                    page.year,
                    page.part,
                    tuple(ids(e.record for e in g) for _, g in page.groups),
                )
                for page in chronicle.pages
            ),
        )
        for name, chronicle in links.chronicles.items()
    )
    return (
        tuple((kind, tuple(getattr(facts, kind))) for kind in model.RECORD_KINDS),
        tuple(links.page_of.items()),
        chronicles,
        tuple(
            (source, tuple((use.anchor, use.quote, use.used_by) for use in uses.values()))
            for source, uses in links.quotes.items()
        ),
        tuple(links.anchors.items()),
        table(links.events_of),
        table(links.claims_by),
        table(links.claims_about),
        table(links.claims_at),
        table(links.responses_by),
        table(links.corrections_of),
        tuple(sorted((kind, tuple(files)) for kind, files in links.files_of_kind.items())),
        # What many pages say of a record but is made from others: each claim's standing
        # (its badge and the map's edges, from the responses that answer it), which claims
        # a quote belongs to, and how each source's publication is known (the marks of
        # every date counted from it).
        tuple(
            (claim, standing.status, standing.derived, standing.stated, standing.read)
            for claim, standing in links.standing.items()
        ),
        tuple(links.claims_in.items()),
        tuple((source.id, source.published) for source in facts.sources.values()),
    )


# --- one preview per project, for the life of the process -----------------------------------

_previews: dict[tuple[Path, Path], Preview] = {}


def preview_of(project: pipeline.Project, docs_dir: Path) -> Preview:
    """The process's Preview of this project: `explainer serve` makes the first run (before
    the server starts), the serve hook asks the same one for every rebuild."""
    key = (project.config_file.resolve(), docs_dir.resolve())
    found = _previews.get(key)
    if found is None:
        found = _previews[key] = Preview(project, docs_dir)
    return found


def forget_previews() -> None:
    """The server stopped: a later server in this process (the tests) starts afresh."""
    _previews.clear()
