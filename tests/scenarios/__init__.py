"""Error scenarios as data: each folder here is one mistake an editor can make.

A scenario folder holds `content/…`, the file(s) that differ from the minimal fixture
(tests/fixtures/minimal/content/), and `expected.txt`, exactly what `explainer check`
must print on stderr for the fixture with those files laid over it.

Regenerate every expected.txt after a deliberate change of wording, then read each
diff by eye (every message must say where, what, and how to fix it):

    .venv/bin/python -m tests.scenarios --update [SCENARIO ...]
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support import Project, copy_fixture, overlay, run_main

HERE = Path(__file__).resolve().parent
SCENARIOS = sorted(p.name for p in HERE.iterdir() if (p / "content").is_dir())


@contextmanager
def scenario_project(name: str, tmp_path: Path) -> Iterator[Project]:
    """The minimal fixture with the scenario's files laid over it, as the working folder."""
    project = copy_fixture(tmp_path)
    overlay(project, HERE / name)
    previous = Path.cwd()
    os.chdir(project.root)  # so that anything a hostile file could run would land here
    try:
        yield project
    finally:
        os.chdir(previous)


def run_check(project: Project) -> tuple[int, str, str]:
    return run_main("--config", str(project.config), "check")


def update(names: list[str]) -> None:
    for name in names or SCENARIOS:
        with tempfile.TemporaryDirectory() as tmp, scenario_project(name, Path(tmp)) as project:
            code, _, err = run_check(project)
        if code != 1:
            raise SystemExit(f"{name}: check exited with {code}, not 1: {err}")
        (HERE / name / "expected.txt").write_text(err, encoding="utf-8")
        print(f"== {name}\n{err}")
