"""An MkDocs hook for the editor's preview (`explainer serve`, also plain `mkdocs serve`).

A convenience, not a dependency: the generated Markdown builds without it (Zensical runs
no hooks), and in `mkdocs build` it does nothing. It connects MkDocs' server events to
the preview (generator/preview.py, which regenerates what a change touches) and to the
server's parts (site/serve.py):

* on_pre_build regenerates the pages from content/, never raises, and says in the
  terminal what it did or what is wrong;
* on_serve watches content/ (not the docs folder, which is ours: watched, every change
  would build the site twice), wraps the builder so that no failure freezes the server,
  and the server's application so that every HTML answer carries the current problems;
* on_env keeps dirty rebuilds right (every page's title in the navigation) and cheap;
* on_post_build has each served build indexed for search, as `explainer build` does, in
  the background (site/serve.py: BackgroundIndex), and the open-data files, which are
  made from every record, brought up to date after the pages (Preview.catch_up): the
  reload waits for neither.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

import jinja2

from generator import pipeline, preview
from generator.problems import printable
from generator.render.environment import InMemoryBytecode
from generator.site import serve

# MkDocs says this on every dirty rebuild; the navigation it warns about is kept whole here.
_DIRTY_NOTICE = "A 'dirty' build is being performed"


class _Warnings(logging.Handler):
    """What MkDocs warns about in one build, for the banner (not the server's request log)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []
        self.thread: int | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and not record.name.startswith("mkdocs.livereload"):
            self.lines.append(printable(f"mkdocs: {record.getMessage()}"))


def _not_the_dirty_notice(record: logging.LogRecord) -> bool:
    return _DIRTY_NOTICE not in record.getMessage()


class _Serving:
    """What the hook keeps while a server runs; nothing when none does."""

    def __init__(self) -> None:
        self.warnings = _Warnings()
        self.nav_pages: list[Any] = []
        self.theme_code = InMemoryBytecode()  # Material's templates, compiled once per server
        self.theme_files: tuple[Any, ...] | None = None
        self.shown: preview.Preview | None = None  # the preview of the build under way
        self.search = serve.BackgroundIndex()


_serving: _Serving | None = None


def _preview(config: Any) -> preview.Preview:
    config_file = Path(config.config_file_path)
    project = pipeline.Project(config_file, config_file.parent / "content")
    return preview.preview_of(project, Path(config.docs_dir))  # the command line's, if it made one


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    if command != "serve":
        return
    _serving = _Serving()
    logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_notice)


def on_shutdown() -> None:
    # The hook's module lives as long as the process: a later build in it (the tests)
    # must find it doing nothing.
    global _serving
    if _serving is not None:
        _serving.search.stop()  # Pagefind would go on reading the temporary site, removed now
    _serving = None
    logging.getLogger("mkdocs.commands.build").removeFilter(_not_the_dirty_notice)
    preview.forget_previews()


def on_config(config: Any) -> Any:
    if _serving is not None:  # the first event of a build: its warnings are collected
        _serving.warnings.lines = []
        _serving.warnings.thread = threading.get_ident()
        logging.getLogger("mkdocs").addHandler(_serving.warnings)
    return config


def _pages_there(nav: list[Any], docs_dir: Path) -> list[Any]:
    """The nav without the pages that are not in docs_dir (links and sections kept)."""
    kept = []
    for entry in nav:
        target = (
            next(iter(entry.values())) if isinstance(entry, dict) and len(entry) == 1 else entry
        )
        if isinstance(target, list):
            entry = {next(iter(entry)): _pages_there(target, docs_dir)}
        elif isinstance(target, str) and "://" not in target and not (docs_dir / target).is_file():
            continue
        kept.append(entry)
    return kept


def on_pre_build(config: Any) -> None:
    if _serving is None:
        return
    shown = _serving.shown = _preview(config)
    outcome = shown.regenerate(pages_first=True)
    if config.nav:
        # A fresh clone with a broken file has one page, the preview's placeholder: the
        # others in the nav would be listed by it, each as «None». (MkDocs reads the nav
        # after this event.)
        config.nav = _pages_there(config.nav, Path(config.docs_dir))
    for line in outcome.problems:
        serve.say(line)
    if outcome.mode == "failed":
        serve.say(
            f"explainer: {len(outcome.problems)} problem(s); every page of the preview shows "
            "them over the last good version until they are fixed"
        )
    elif outcome.mode != "unchanged":
        serve.say(
            f"explainer: {outcome.mode} regeneration in {outcome.seconds:.2f} s: "
            f"{len(outcome.made)} file(s) made, {len(outcome.written)} changed"
        )
    _rebuild_all_after_a_theme_change(config)


def _rebuild_all_after_a_theme_change(config: Any) -> None:
    """After a change to the config or to the theme's overrides every page must be built
    again: a dirty build rebuilds only the pages whose Markdown is newer than their HTML."""
    assert _serving is not None
    watched = [Path(config.config_file_path)]
    if config.theme.custom_dir:
        watched.extend(p for p in sorted(Path(config.theme.custom_dir).rglob("*")) if p.is_file())
    files = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in watched if p.exists())
    if _serving.theme_files is not None and files != _serving.theme_files:
        for page in Path(config.docs_dir).rglob("*.md"):
            os.utime(page)
    _serving.theme_files = files


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    if _serving is not None:
        _serving.nav_pages = list(nav.pages)
    return nav


def on_env(env: jinja2.Environment, config: Any, files: Any) -> jinja2.Environment:
    if _serving is None:
        return env
    # Each build makes a new theme environment, which compiled Material's templates again.
    env.bytecode_cache = _serving.theme_code
    for page in _serving.nav_pages:
        # A dirty build reads only the pages it rebuilds; the others have no title yet,
        # and the navigation drawn into the rebuilt ones would say "None" for them.
        if page.markdown is None:
            page.read_source(config)
    return env


def on_post_build(config: Any) -> None:
    if _serving is None:
        return
    _end_of_build()
    # The served site gets its search index too, as `explainer build` gives it one, made
    # behind the reload; if the last indexing failed, the banner says why.
    warnings = list(_serving.warnings.lines)
    if _serving.search.failure is not None:
        warnings.append(_serving.search.failure)
    _serving.search.request(Path(config.site_dir), config.theme.get("language") or "el")
    shown = _preview(config)
    shown.site_built(warnings)
    # The open-data files, made from every record, follow the reload (Preview.catch_up).
    threading.Thread(
        target=shown.catch_up, args=(Path(config.site_dir),), name="explainer-data", daemon=True
    ).start()


def on_build_error(error: Exception) -> None:
    if _serving is not None:
        _end_of_build()
        if _serving.shown is not None:  # what it warned about; the builder adds the failure
            _serving.shown.site_built(_serving.warnings.lines)


def _end_of_build() -> None:
    assert _serving is not None
    logging.getLogger("mkdocs").removeHandler(_serving.warnings)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    shown = _preview(config)
    serve.poll_content_often(server)  # before the watches below: they poll at its pace
    server.watch(str(shown.project.content_dir))
    if config.theme.custom_dir:
        server.watch(str(config.theme.custom_dir))
    server.unwatch(str(config.docs_dir))
    server.builder = serve.never_stuck(server.builder, shown)
    server.set_app(serve.banner_middleware(server.serve_request, shown))
    return server
