"""The whole pipeline, top to bottom: load → model → checks → render → write → site.

Everything is gathered, checked and cross-linked before anything is written; a stage
with problems stops the run before the next one, with every problem of that stage.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from . import checks, crosslink, load, model, parallel, render, site, write
from .problems import FactBaseError, Location, Problems


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
    try:
        return _checked(project)
    finally:
        gc.unfreeze()


def _checked(project: Project) -> model.FactBase:
    facts, problems = _loaded(project)
    if facts is not None:
        checks.check(facts, problems)
    if problems or facts is None:
        raise FactBaseError(problems)
    _keep_out_of_collector()
    return facts


def _loaded(project: Project) -> tuple[model.FactBase | None, Problems]:
    """Load and validate the fact base: the model (None if it cannot be built) and its problems.

    The problems are kept, not raised, so that the checks can add theirs: every problem
    of the fact base is reported in one run.
    """
    problems = Problems()
    if not project.content_dir.is_dir():
        problems.add(
            Location(str(project.content_dir)),
            "",
            "the content folder does not exist",
            "run the command from the project folder, or pass --content DIR",
        )
        raise FactBaseError(problems)
    files = load.load_folder(project.content_dir, problems, shown_from=project.root)
    _keep_out_of_collector()
    facts = model.build(files, problems)
    if facts is not None:
        facts.source_texts = load.read_source_texts(
            [
                load.TextFileRequest(
                    source.id,
                    source.text_file,
                    facts.origins[source.id].locate("text_file"),
                    facts.origins[source.id].field("text_file"),
                )
                for source in facts.sources.values()
            ],
            project.content_dir,
            problems,
        )
    _keep_out_of_collector()
    return facts, problems


def _checked_and_cross_linked(
    project: Project, workers: int
) -> tuple[model.FactBase, crosslink.Links]:
    """As check(), and the fact base cross-linked for rendering.

    Checking and cross-linking only read the loaded fact base, so the checks run on
    another core meanwhile. Their verdict is heard first: cross-linking a fact base
    that has not passed its checks may fail, and then the problems are what to report.
    """
    facts, problems = _loaded(project)
    if facts is None:
        raise FactBaseError(problems)
    checked = parallel.start(lambda: _problems_found_by_checks(facts), workers)
    links: crosslink.Links | Exception
    try:
        links = crosslink.cross_link(facts)
    except Exception as error:  # raised below, unless the checks explain it
        links = error
    problems.extend(checked.result().items)
    if problems:
        raise FactBaseError(problems)
    if isinstance(links, Exception):
        raise links
    _keep_out_of_collector()
    return facts, links


def _problems_found_by_checks(facts: model.FactBase) -> Problems:
    problems = Problems()
    checks.check(facts, problems)
    return problems


def _keep_out_of_collector() -> None:
    """What is loaded and checked lives to the end of a run: the cycle collector need not look.

    Left in its sight, a growing fact base is rescanned again and again while the next
    stages allocate (~10% of generate at 10,000 events), and its pages are copied into
    forked workers by the collector's touches. Frozen objects are still freed as usual
    when nothing refers to them any more; each public entry point unfreezes at its end,
    so a long-running `mkdocs serve` keeps nothing from one rebuild to the next.
    """
    gc.freeze()


def generate(
    project: Project, docs_dir: Path | None = None, with_history: bool = True
) -> tuple[Path, int]:
    """Check, then write the Markdown pages; return the docs folder and how many files changed.

    with_history: say on each page when its facts last changed (from git).
    """
    try:
        workers = parallel.default_workers()
        facts, links = _checked_and_cross_linked(project, workers)
        config = site.read_site_settings(project.config_file)
        target = (docs_dir or config.docs_dir).resolve()
        edit_base = (
            f"{config.repo_url.rstrip('/')}/edit/{config.edit_branch}/" if config.repo_url else None
        )
        settings = render.Settings(
            language=config.language,
            edit_base=edit_base,
            last_changed=load.last_changed(project.root, project.content_dir)
            if with_history
            else {},
        )
        docs = write.DocsFolder(target, protected=[project.content_dir, project.root / "generator"])
        saved = render.make_pages(facts, links, settings, docs.save, workers)
        changed = docs.finish(saved)
        return target, changed
    finally:
        gc.unfreeze()


def build(project: Project, site_dir: Path | None = None) -> Path:
    """Check, generate and build the site; the previous site stays unless all of it succeeds."""
    config = site.read_site_settings(project.config_file)
    target = (site_dir or config.site_dir).resolve()
    site.check_site_dir(
        target,
        never_replace=[project.root],
        never_inside=[project.content_dir, config.docs_dir, Path(__file__).parent],
    )
    docs_dir, _ = generate(project)
    site.build_site(project.config_file, docs_dir, target)
    return target
