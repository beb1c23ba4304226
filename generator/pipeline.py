"""The whole pipeline, top to bottom: load → model → checks → cross-link → render → write → site.

Everything is gathered, checked and cross-linked before anything is written. Every
problem of the fact base (loading, validation, checks) is reported at once; a stage
that found problems stops the run before anything is written. How a run uses the cores
and the cycle collector is runtime.py's one policy.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from . import checks, crosslink, load, model, render, runtime, site, write
from .problems import FactBaseError, Location, Problems

Meanwhile = TypeVar("Meanwhile")


@dataclass(frozen=True)
class Project:
    """Where things are: the MkDocs config, the content folder, and what editors' paths are relative to."""

    config_file: Path
    content_dir: Path

    @property
    def root(self) -> Path:
        return self.config_file.resolve().parent


def check(project: Project) -> model.FactBase:
    """Load, validate and check the fact base; raise FactBaseError with every problem found."""
    with runtime.session(workers=1) as run:  # nothing to do beside the checks: one core
        facts, _ = _checked(project, run, meanwhile=_nothing)
        return facts


def generate(
    project: Project, docs_dir: Path | None = None, with_history: bool = True
) -> tuple[Path, int]:
    """Check, then write the Markdown pages of every edition; return the default edition's
    docs folder (docs_dir, or the config's) and how many files changed in all of them.

    with_history: say on each page when its facts last changed (from git).
    """
    folders, changed = generate_editions(project, docs_dir, with_history)
    return folders[0], changed


def generate_editions(
    project: Project, docs_dir: Path | None = None, with_history: bool = True
) -> tuple[list[Path], int]:
    """As generate; every edition's docs folder, the default edition's first."""
    _, made, changed = _generated(project, docs_dir, with_history)
    return [path for _, path in made], changed


def _generated(
    project: Project, docs_dir: Path | None, with_history: bool
) -> tuple[model.FactBase, list[tuple[site.EditionSettings, Path]], int]:
    """Every edition's pages, each into its own docs folder (site.SiteSettings.docs_dir_of;
    docs_dir: the default edition's, the others beside it)."""
    with runtime.session() as run:
        facts, links = prepare(project, run)
        run.gathered()
        config = site.read_site_settings(project.config_file)
        settings = render_settings(project, config, with_history)
        default_docs = (docs_dir or config.docs_dir).resolve()
        made: list[tuple[site.EditionSettings, Path]] = []
        changed = 0
        for edition in config.editions:
            folder = config.docs_dir_of(edition)
            if docs_dir is not None:
                folder = default_docs.with_name(
                    default_docs.name + folder.name.removeprefix(config.docs_dir.name)
                )
            jobs = render.jobs(facts, links, edition_settings(settings, edition))
            docs = docs_folder(project, folder)
            docs.plan(path for job in jobs for path in job.paths)  # refused here if one is twice
            saved = run.map_in_chunks(functools.partial(_make_and_save, docs), jobs)
            changed += docs.finish(saved)
            made.append((edition, docs.path))
        return facts, made, changed


def build(project: Project, site_dir: Path | None = None, engine: str = "mkdocs") -> Path:
    """Check, generate, build and index every edition; the previous site stays unless all of
    it succeeds. engine: "mkdocs" (the default) or "zensical" (site.ENGINES)."""
    config = site.read_site_settings(project.config_file)
    target = (site_dir or config.site_dir).resolve()
    site.check_site_dir(
        target,
        never_replace=[project.root],
        never_inside=[
            project.content_dir,
            *(config.docs_dir_of(edition) for edition in config.editions),
            Path(__file__).parent,
        ],
    )
    facts, made, _ = _generated(project, None, with_history=True)
    title = facts.story.title
    built = [
        site.Edition(edition, docs, getattr(title, edition.language, None) or title.el)
        for edition, docs in made
    ]
    site.build_site(project.config_file, built, target, engine)
    return target


def prepare(
    project: Project, run: runtime.Run, parsed: load.ParsedFiles | None = None
) -> tuple[model.FactBase, crosslink.Links]:
    """Load → model → checks → cross-link, nothing written: the fact base ready to render.

    Every problem is in one FactBaseError. parsed: files read by an earlier run (the
    editor's preview), not parsed again when their bytes are unchanged.
    """
    return _checked(project, run, meanwhile=crosslink.cross_link, parsed=parsed)


def docs_folder(project: Project, docs_dir: Path) -> write.DocsFolder:
    """The docs folder to write the pages into; never one that holds the fact base or the code."""
    return write.DocsFolder(
        docs_dir.resolve(),
        protected=[project.content_dir, project.root / "generator"],
        assets=site.ASSETS,
    )


def edition_settings(settings: render.Settings, edition: site.EditionSettings) -> render.Settings:
    """The settings of one edition's pages: its language, its name, its address."""
    site_url = settings.site_url
    if site_url and edition.prefix:
        site_url = site_url.rstrip("/") + "/" + edition.prefix
    return replace(
        settings,
        language=edition.language,
        site_name=edition.site_name or settings.site_name,
        site_url=site_url,
    )


def render_settings(
    project: Project, config: site.SiteSettings, with_history: bool
) -> render.Settings:
    """What the pages need beside the fact base: language, edit links, when files last changed.

    with_history: ask git when each content file last changed (a few hundred milliseconds).
    """
    edit_base = (
        f"{config.repo_url.rstrip('/')}/edit/{config.edit_branch}/" if config.repo_url else None
    )
    return render.Settings(
        language=config.language,
        default_language=config.language,
        edit_base=edit_base,
        site_name=config.site_name,
        site_url=config.site_url,
        repo_url=config.repo_url or "",
        report_error=config.report_error,
        last_changed=load.last_changed(project.root, project.content_dir) if with_history else {},
    )


def _checked(
    project: Project,
    run: runtime.Run,
    meanwhile: Callable[[model.FactBase], Meanwhile],
    parsed: load.ParsedFiles | None = None,
) -> tuple[model.FactBase, Meanwhile]:
    """Load → model → checks, with every problem of the three in one FactBaseError.

    The checks only read the fact base, so they run on another core while this one does
    `meanwhile` with it (cross-linking, for generate). The checks' verdict is heard
    first: what `meanwhile` makes of a fact base that fails its checks is not used, and
    if it fails, the problems are what to report.
    """
    problems = Problems()
    files = _loaded(project, problems, parsed)
    facts = model.build(files, problems)
    if facts is None:
        raise FactBaseError(problems)
    read = _source_texts(facts, project, problems)
    facts.source_texts, facts.source_sha256 = read.texts, read.sha256
    verdict = run.aside(lambda: _problems_found_by_checks(facts))
    made: Meanwhile | Exception
    try:
        made = meanwhile(facts)
    except Exception as error:  # raised below, unless the checks explain it
        made = error
    problems.extend(verdict.result().items)
    if problems:
        raise FactBaseError(problems)
    if isinstance(made, Exception):
        raise made
    return facts, made


def _loaded(
    project: Project, problems: Problems, parsed: load.ParsedFiles | None
) -> list[load.SourceFile]:
    if not project.content_dir.is_dir():
        problems.add(
            Location(str(project.content_dir)),
            "",
            "the content folder does not exist",
            "run the command from the project folder, or pass --content DIR",
        )
        raise FactBaseError(problems)
    return load.load_folder(project.content_dir, problems, shown_from=project.root, parsed=parsed)


def _source_texts(facts: model.FactBase, project: Project, problems: Problems) -> load.SourceTexts:
    requests = [
        load.TextFileRequest(
            source.id,
            source.text_file,
            facts.origins[source.id].locate("text_file"),
            facts.origins[source.id].field("text_file"),
        )
        for source in facts.sources.values()
    ]
    return load.read_source_texts(requests, project.content_dir, problems)


def _make_and_save(docs: write.DocsFolder, jobs: Sequence[render.Job]) -> list[dict[str, bool]]:
    """Each job's files, saved by the process that made them (only whether each file changed
    travels back from a forked worker, not the pages)."""
    return [docs.save(job.make()) for job in jobs]


def _problems_found_by_checks(facts: model.FactBase) -> Problems:
    problems = Problems()
    checks.check(facts, problems)
    return problems


def _nothing(facts: model.FactBase) -> None:
    return None
