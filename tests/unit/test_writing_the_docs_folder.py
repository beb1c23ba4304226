"""The docs folder is written as planned: every path known before anything is made, none
twice, nothing that no job declared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import pipeline, render, site
from generator.write import MARKER, DocsFolder, OutputError, PageClash
from tests.support import copy_fixture


def test_two_pages_at_one_path_are_refused_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_fixture(tmp_path)
    made: list[str] = []
    real_jobs = render.jobs

    def recorded(job: render.Job) -> render.Job:
        def run() -> render.Made:
            made.extend(job.paths)
            return job.run()

        return render.Job(job.paths, run)

    def with_a_clash(*args: Any) -> list[render.Job]:
        clash = render.Job(
            ("actors/index.md",), lambda: render.Made({"actors/index.md": "again"}, frozenset())
        )
        return [recorded(job) for job in [*real_jobs(*args), clash]]

    monkeypatch.setattr(render, "jobs", with_a_clash)
    docs = tmp_path / "docs"
    with pytest.raises(PageClash) as clash:
        pipeline.generate(pipeline.Project(project.config, project.content), docs)
    assert str(clash.value) == (
        "two pages would be written at actors/index.md — nothing was written; "
        "give one of the records behind them another id"
    )
    assert made == []
    assert [path.name for path in docs.iterdir()] == [MARKER]


def test_a_page_at_an_assets_path_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    docs = DocsFolder(tmp_path / "docs", protected=[], assets=site.ASSETS)
    with pytest.raises(OutputError, match=r"^assets/explainer.css would be written twice"):
        docs.plan(["index.md", "assets/explainer.css"])


def test_a_file_no_job_declared_is_not_written(tmp_path: Path) -> None:
    docs = DocsFolder(tmp_path / "docs", protected=[], assets=site.ASSETS)
    docs.plan(["index.md"])
    with pytest.raises(RuntimeError, match="did not declare it"):
        docs.save({"elsewhere.md": "text"})
    assert not (tmp_path / "docs" / "elsewhere.md").exists()
