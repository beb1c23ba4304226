"""generate checks on another core while it cross-links: every problem still comes back, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios import HERE as SCENARIOS
from tests.scenarios import scenario_project
from tests.support import run_main


@pytest.mark.parametrize(
    "scenario",
    [
        "quote-not-in-source",  # found by the checks, on the other core
        "unknown-field",  # found while loading, before the checks start
        "dangling-reference",  # cross-linking may trip over it: the checks' message wins
    ],
)
def test_generate_reports_what_check_reports(
    scenario: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPLAINER_WORKERS", "2")
    expected = (SCENARIOS / scenario / "expected.txt").read_text(encoding="utf-8")
    with scenario_project(scenario, tmp_path) as project:
        code, _, err = run_main("--config", str(project.config), "generate")
        assert not (project.root / "build" / "docs").exists()
    assert code == 1
    assert err == expected
