"""An MkDocs hook for `mkdocs serve` only: regenerate the pages when content/ changes, and
index each served build for search.

A convenience, not a dependency: the generated Markdown builds without it (Zensical
runs no hooks). In `mkdocs build` it does nothing: `explainer build` indexes the site.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.problems import FactBaseError
from generator.site import SearchIndexError, index_edition

log = logging.getLogger("mkdocs.hooks.explainer")
_serving = False


def _project(config: Any) -> pipeline.Project:
    config_file = Path(config.config_file_path)
    return pipeline.Project(config_file=config_file, content_dir=config_file.parent / "content")


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(_project(config).content_dir))
    # The docs folder is ours, rewritten from content/ at the start of each build: were it
    # watched, every change to content/ would build the site twice.
    server.unwatch(str(config.docs_dir))
    return server


def on_pre_build(config: Any) -> None:
    if not _serving:
        return
    try:
        _, changed = pipeline.generate(_project(config), Path(config.docs_dir))
    except FactBaseError as error:
        # Keep serving the last good pages; say exactly what to fix.
        for problem in error.problems.sorted():
            log.error(str(problem))
        return
    if changed:
        log.info(f"explainer: regenerated {changed} page(s) from content/")


def on_post_build(config: Any) -> None:
    """The served site gets its search index too, as `explainer build` gives it one."""
    if not _serving:
        return
    try:
        index_edition(Path(config.site_dir), config.theme.get("language") or "el")
    except SearchIndexError as error:
        log.error(str(error))  # the pages are served all the same; search says why it fails
