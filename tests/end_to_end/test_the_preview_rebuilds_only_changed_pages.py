"""MkDocs' dirty rebuild under the preview's hook: after one edit, MkDocs rebuilds exactly
the pages whose words changed, and their navigation still names every page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import pipeline
from tests.support import synthetic_fact_base


def test_one_edit_rebuilds_the_pages_that_show_it_and_no_other(tmp_path: Path) -> None:
    root = synthetic_fact_base(tmp_path / "project", events=100)
    config_file = str(root / "mkdocs.yml")
    pipeline.generate(pipeline.Project(root / "mkdocs.yml", root / "content"))  # as serve does
    site, url = tmp_path / "site", "http://127.0.0.1:1/"

    def config() -> object:
        loaded = load_config(config_file, site_dir=str(site), strict=False, plugins=[])
        loaded.site_url = url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)  # type: ignore[attr-defined]
    try:
        build(config(), serve_url=url, dirty=True)  # type: ignore[arg-type]
        built = {page: page.stat().st_mtime_ns for page in site.rglob("index.html")}
        events = root / "content" / "events" / "events-001.yaml"
        text = events.read_text("utf-8")
        events.write_text(text.replace("Γεγονός 000001: ", "Γεγονός 000001: αλλαγή ", 1), "utf-8")
        build(config(), serve_url=url, dirty=True)  # type: ignore[arg-type]
    finally:
        first.plugins.on_shutdown()  # type: ignore[attr-defined]
    rebuilt = {page for page, mtime in built.items() if page.stat().st_mtime_ns != mtime}
    showing = {page for page in built if "Γεγονός 000001: αλλαγή" in page.read_text("utf-8")}
    assert rebuilt == showing
    assert 0 < len(rebuilt) < len(built) / 4
    for page in rebuilt:  # a dirty build had no title for the pages it did not read
        assert re.search(r">\s*None\s*<", page.read_text("utf-8")) is None, page
    shutil.rmtree(site)
