"""Property-based tests: whatever bytes or YAML an editor (or an attacker) writes, the tools
answer with a valid fact base or with the project's own located problems, never a crash.

Each example is one file laid into a copy of the minimal fixture and checked with the
real pipeline; when the check passes, the pages are rendered too.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import load, pipeline, render
from generator.problems import FactBaseError, Location, Problems
from tests.support import MINIMAL, Project, copy_fixture
from tests.unit.load.strategies import YAML_TOKENS, content_files, data, dump, texts

# PROPERTY_EXAMPLES=5000 for a thorough run; the default keeps the suite quick.
SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
FIXTURE_FILES = sorted(p.name for p in (MINIMAL / "content").glob("*.yaml"))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    yield copy_fixture(tmp_path_factory.mktemp("properties"))


def check_with(project: Project, name: str, content: bytes) -> None:
    """Lay `content` into the fixture as content/NAME, check, and restore the fixture."""
    target = project.content / name
    original = target.read_bytes() if target.exists() else None
    target.write_bytes(content)
    try:
        assert_valid_or_located(project)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)


def assert_valid_or_located(project: Project) -> None:
    try:
        facts = pipeline.check(pipeline.Project(project.config, project.content))
    except FactBaseError as error:
        problems = error.problems.sorted()
        assert problems
        for problem in problems:
            assert_located(problem.location)
            assert problem.message.strip() and problem.hint.strip(), problem
            assert "\n" not in str(problem), problem
        return
    pages = render.files(facts, render.Settings())  # a valid fact base must render
    assert "index.md" in pages


def assert_located(location: Location) -> None:
    assert location.file.startswith("content/") and location.file.endswith((".yaml", ".yml")), (
        location
    )
    assert location.line >= 1 and location.column >= 1, location


# --- properties ---------------------------------------------------------------------------


@SETTINGS
@given(content=st.binary(max_size=400))
def test_random_bytes(project: Project, content: bytes) -> None:
    check_with(project, "random.yaml", content)


@SETTINGS
@given(
    tokens=st.lists(st.sampled_from(YAML_TOKENS), max_size=40),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
)
def test_random_yaml_tokens(project: Project, tokens: list[str], encoding: str) -> None:
    check_with(project, "random.yaml", "".join(tokens).encode(encoding, "surrogatepass"))


@SETTINGS
@given(value=st.one_of(content_files(), data), flow=st.sampled_from([None, True, False]))
def test_random_structured_yaml(project: Project, value: Any, flow: bool | None) -> None:
    check_with(project, "random.yaml", dump(value, flow))


@SETTINGS
@given(
    name=st.sampled_from(FIXTURE_FILES),
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 12), st.sampled_from(YAML_TOKENS)),
        min_size=1,
        max_size=4,
    ),
)
def test_edits_to_the_fixture(
    project: Project, name: str, edits: list[tuple[float, int, str]]
) -> None:
    """The mistakes editors make: characters typed, deleted or replaced inside a valid file."""
    text = (MINIMAL / "content" / name).read_text(encoding="utf-8")
    for where, deleted, inserted in edits:
        at = int(where * len(text))
        text = text[:at] + inserted + text[at + deleted :]
    check_with(project, name, text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(key=st.text(string.printable + "αβγ\u200b\u202e", max_size=12), value=texts)
def test_any_key_or_value_in_a_record(project: Project, key: str, value: str) -> None:
    record: dict[str, Any] = {
        "id": "x",
        "title": {"el": "t"},
        "date": {"basis": "not-stated"},
        key: value,
    }
    record["cite"] = [{"source": "bulletin", "quote": value}]
    check_with(project, "random.yaml", dump({"events": [record]}, None))


def test_loader_alone_never_raises_on_the_worst_inputs() -> None:
    """A few inputs found while writing these tests, kept as plain regression cases."""
    for content in [
        b"a: \x1b[31m",
        b"\xef\xbb\xbf\xef\xbb\xbf",
        b"a: 1\n\xef\xbb\xbfb: 2",
        b"? [a]\n: 1",
        b"*a : 1",
        b"&a a: 1",
        b"!!str a: 1",
        b"a:\n- &x b\n- *x",
        b"[" * 2000,
        b"{" * 2000,
        b"- " * 2000,
        b"\r\r\r\n",
        b"a: \xed\xa0\x80",
        b"\x00",
    ]:
        source = load.SourceFile(Path("x.yaml"), "content/x.yaml")
        problems = Problems()
        load.load_file(source, content, problems)
        for problem in problems.items:
            assert_located(problem.location)
