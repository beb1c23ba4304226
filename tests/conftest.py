from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from generator import pipeline
from tests.support import REPO_ROOT as ROOT

# No per-example deadline: on a loaded 2-core CI machine timing is not what we test.
settings.register_profile("project", deadline=None)
settings.load_profile("project")


@pytest.fixture(scope="session")
def article_project() -> pipeline.Project:
    return pipeline.Project(ROOT / "mkdocs.yml", ROOT / "content")


@pytest.fixture(scope="session")
def bridge_project() -> pipeline.Project:
    story = ROOT / "tests/stories/bridge"
    return pipeline.Project(story / "mkdocs.yml", story / "content")


@pytest.fixture(scope="session")
def article_site(
    tmp_path_factory: pytest.TempPathFactory, article_project: pipeline.Project
) -> Path:
    """The real story's site, built once for the session."""
    return pipeline.build(article_project, tmp_path_factory.mktemp("article") / "site")


@pytest.fixture(scope="session")
def zensical_site(
    tmp_path_factory: pytest.TempPathFactory, article_project: pipeline.Project
) -> Path:
    """The real story's site built by Zensical (explainer build --engine zensical)."""
    return pipeline.build(
        article_project, tmp_path_factory.mktemp("zensical") / "site", engine="zensical"
    )


@pytest.fixture(scope="session")
def bridge_site(tmp_path_factory: pytest.TempPathFactory, bridge_project: pipeline.Project) -> Path:
    return pipeline.build(bridge_project, tmp_path_factory.mktemp("bridge") / "site")


@pytest.fixture(autouse=True)
def _not_inside_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests assert exact output: keep GitHub annotations and the job summary out of it."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
