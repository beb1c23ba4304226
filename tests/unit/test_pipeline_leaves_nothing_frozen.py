"""The pipeline hides the fact base from the cycle collector only while it runs."""

from __future__ import annotations

import gc
from pathlib import Path

from generator import pipeline
from tests.support import copy_fixture


def test_check_and_generate_leave_nothing_frozen(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    pipeline_project = pipeline.Project(project.config, project.content)
    pipeline.check(pipeline_project)
    assert gc.get_freeze_count() == 0
    pipeline.generate(pipeline_project, tmp_path / "docs", with_history=False)
    assert gc.get_freeze_count() == 0
    assert (tmp_path / "docs" / "index.md").is_file()
