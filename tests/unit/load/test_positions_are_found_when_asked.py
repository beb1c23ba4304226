"""Positions are found only when asked for, and are then those the loading walk would have recorded.

The loader does not record where each value is while it reads a file (that cost a quarter
of the reading and most of its memory); SourceFile.positions walks the file again on first
use. These tests hold the lazily found positions against those recorded by the very walk
that loaded the file, and check that a run that finds nothing wrong asks for none.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from generator import load, pipeline
from generator.load import yaml_file
from generator.problems import FactBaseError, Problems
from generator.tools import scaffold
from tests.support import REPO_ROOT, child_env, copy_fixture

TESTS = REPO_ROOT / "tests"
SYNTHETIC_EVENTS = 1000  # the fact base of /tmp/bench/n1000: benchmarks/synth.py --events 1000


def loaded_eagerly(
    content: bytes,
) -> tuple[load.SourceFile, Problems, dict[load.DataPath, load.Position]]:
    """load_file, with the loading walk itself recording every position (as it used to)."""
    recorded: dict[load.DataPath, load.Position] = {}

    class Recording(yaml_file._Walker):
        def __init__(
            self,
            source: load.SourceFile,
            problems: Problems,
            text: str,
            scan_all: bool,
            positions: dict[load.DataPath, load.Position] | None = None,
        ) -> None:
            assert positions is None  # load_file asks for none
            super().__init__(source, problems, text, scan_all, positions=recorded)

    source = load.SourceFile(Path("x.yaml"), "content/x.yaml")
    problems = Problems()
    with mock.patch.object(yaml_file, "_Walker", Recording):
        load.load_file(source, content, problems)
    return source, problems, recorded


def assert_lazy_positions_are_eager_ones(content: bytes) -> None:
    source, problems, eager = loaded_eagerly(content)
    plain = load.SourceFile(Path("x.yaml"), "content/x.yaml")
    plain_problems = Problems()
    load.load_file(plain, content, plain_problems)
    # Recording changes nothing else the loader does.
    assert plain.data == source.data and plain.failed == source.failed
    assert [str(p) for p in plain_problems.items] == [str(p) for p in problems.items]
    assert plain._positions is None  # nothing found yet
    # The same positions, with the same raw texts, in the same order.
    assert list(plain.positions.items()) == list(eager.items())
    assert plain.positions is plain.positions  # found once


def yaml_files_in_tests() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())


@pytest.mark.parametrize(
    "path", yaml_files_in_tests(), ids=lambda p: p.relative_to(TESTS).as_posix()
)
def test_lazy_positions_of_every_yaml_file_in_the_tests(path: Path) -> None:
    assert_lazy_positions_are_eager_ones(path.read_bytes())


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("synthetic")
    subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "synth.py"),
            "--events",
            str(SYNTHETIC_EVENTS),
            "--out",
            str(out),
        ],
        env=child_env(),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return sorted((out / "content").rglob("*.yaml"))


def test_lazy_positions_of_a_synthetic_fact_base(synthetic_files: list[Path]) -> None:
    assert len(synthetic_files) > 10
    for path in synthetic_files:
        assert_lazy_positions_are_eager_ones(path.read_bytes())


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, {c: NO}]\n",
        "a: [1, {b: c}\n",  # a syntax error: positions up to it
        "".join(f"- &a{i} x\n" for i in range(30)),  # stops after too many problems
        "a: 1\n---\nb: 2\n",  # a second document stops the walk
        "a: x\u200by\nb: [1, 2]\n",  # scan_all: every value is searched
        "".join(f"k{i}: x\u200by\n" for i in range(30)),  # … and the walk stops early
        'a: "x\\u200b"\nb: 1\n',  # scan_quoted
        "a: 1\na: 2\nb: *x\n*y : 3\n? [k]\n: 4\n",  # duplicate keys, aliases, a list as key
        "[" * 40 + "]" * 40 + "\n",  # nested too deep
        "",
        "a: \x00\n",  # not decoded: nothing to locate
    ],
)
def test_lazy_positions_of_files_with_problems(text: str) -> None:
    assert_lazy_positions_are_eager_ones(text.encode("utf-8"))


def test_loading_again_forgets_the_old_positions() -> None:
    source = load.SourceFile(Path("x.yaml"), "content/x.yaml")
    load.load_file(source, b"a: 1\nb: 2\n", Problems())
    assert set(source.positions) == {(), ("a",), ("b",)}
    load.load_file(source, b"c: 3\n", Problems())
    assert set(source.positions) == {(), ("c",)}
    load.load_file(source, b"\xff", Problems())
    assert source.positions == {}


def test_a_file_never_loaded_has_no_positions() -> None:
    source = load.SourceFile(Path("x.yaml"), "content/x.yaml")
    assert source.positions == {}
    assert str(source.locate(("a", 1))) == "content/x.yaml:1:1"


@pytest.fixture
def files_located(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The files whose positions are found, by their shown path, in the order asked for."""
    located: list[str] = []
    find = yaml_file._positions_of

    def counted(source: load.SourceFile) -> dict[load.DataPath, load.Position]:
        located.append(Path(source.display).name)
        return find(source)

    monkeypatch.setattr(yaml_file, "_positions_of", counted)
    # In this process: a forked helper's walks would not be counted here.
    monkeypatch.setenv("EXPLAINER_WORKERS", "1")
    yield located


def test_generate_finds_no_positions_on_the_happy_path(
    tmp_path: Path, files_located: list[str]
) -> None:
    fixture = copy_fixture(tmp_path)
    project = pipeline.Project(fixture.config, fixture.content)
    pipeline.generate(project, tmp_path / "docs", with_history=False)
    # Only pipeline._loaded asks, for each source's text_file location (in case the text
    # is missing); the sources are few and all in sources.yaml. Every other file's
    # positions (events, claims, actors, …) are never found.
    assert set(files_located) <= {"sources.yaml"}
    assert len(files_located) == len(set(files_located))  # found at most once per file


def test_positions_are_found_for_a_message(tmp_path: Path, files_located: list[str]) -> None:
    """The counting above does see a walk: a problem in a file locates it."""
    fixture = copy_fixture(tmp_path)
    events = fixture.content / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "  - oops: 1\n", encoding="utf-8")
    project = pipeline.Project(fixture.config, fixture.content)
    with pytest.raises(FactBaseError):
        pipeline.check(project)
    assert "events.yaml" in files_located


def test_new_locates_only_a_taken_id(tmp_path: Path, files_located: list[str]) -> None:
    fixture = copy_fixture(tmp_path)
    scaffold.scaffold("event", fixture.content, fixture.root)
    assert files_located == []
    with pytest.raises(scaffold.ScaffoldError, match=r"already used at content/actors\.yaml:8:9"):
        scaffold.scaffold("event", fixture.content, fixture.root, "eleni-markou")
    assert files_located == ["actors.yaml"]
