"""The command line: its commands, messages and exit codes."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.problems import ExplainerError, FactBaseError
from generator.site import SiteBuildError
from generator.tools import diff, scaffold
from generator.write import OutputError, PageClash
from tests.support import REPO_ROOT


def test_check_reports_a_consistent_fact_base(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--config", str(REPO_ROOT / "mkdocs.yml"), "check"]) == 0
    assert re.fullmatch(r"The fact base is consistent: \d+ records\.\n", capsys.readouterr().out)


def test_python_dash_m_runs_the_same_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--config", str(REPO_ROOT / "mkdocs.yml"), "check"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The fact base is consistent")


def test_generate_writes_every_page_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    assert (
        cli.main(["--config", str(REPO_ROOT / "mkdocs.yml"), "generate", "--docs-dir", str(docs)])
        == 0
    )
    written = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    for page in [
        "index.md",
        "background.md",
        "timeline/index.md",
        "claims/index.md",
        "denials/index.md",
        "actors/index.md",
        "actors/kirby.md",
        "sources/index.md",
        "sources/article.md",
    ]:
        assert page in written
    assert f"Wrote the pages into {docs}" in capsys.readouterr().out


def test_generate_refuses_to_write_into_the_content_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(
        [
            "--config",
            str(REPO_ROOT / "mkdocs.yml"),
            "generate",
            "--docs-dir",
            str(REPO_ROOT / "content"),
        ]
    )
    assert code == 1
    assert (
        f"the docs folder {REPO_ROOT / 'content'} overlaps {REPO_ROOT / 'content'}"
        in capsys.readouterr().err
    )


def test_generate_refuses_a_folder_it_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    code = cli.main(
        ["--config", str(REPO_ROOT / "mkdocs.yml"), "generate", "--docs-dir", str(tmp_path)]
    )
    assert code == 1
    assert (
        "holds files the generator did not write — choose an empty or new folder"
        in capsys.readouterr().err
    )
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_missing_config_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--config", str(tmp_path / "mkdocs.yml"), "check"]) == 1
    assert "there is no MkDocs config at" in capsys.readouterr().err


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    subcommands = cli.COMMANDS
    for command in subcommands:
        assert f"explainer {command}" in readme, f"`explainer {command}` is not in README.md"


def test_the_committed_json_schema_is_fresh(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    committed = (REPO_ROOT / "content/schema/content.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed, "the schema is stale: run `make schema`"


def test_every_content_file_points_editors_at_the_schema() -> None:
    for yaml_file in (REPO_ROOT / "content").rglob("*.yaml"):
        relative = Path("schema/content.schema.json")
        depth = len(yaml_file.relative_to(REPO_ROOT / "content").parts) - 1
        expected = "../" * depth + relative.as_posix()
        first_line = yaml_file.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema={expected}", yaml_file


def test_any_explainer_error_is_printed_once_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class NewKindOfError(ExplainerError):
        """An error no command raises yet: the command line needs no change to report it."""

    def fails(args: object, project: object) -> str:
        raise NewKindOfError("the thing cannot be done — do the other thing")

    monkeypatch.setitem(
        cli.COMMANDS, "check", dataclasses.replace(cli.COMMANDS["check"], run=fails)
    )
    assert cli.main(["--config", str(REPO_ROOT / "mkdocs.yml"), "check"]) == 1
    assert capsys.readouterr().err == "error: the thing cannot be done — do the other thing\n"


def test_a_bug_is_an_internal_error_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fails(args: object, project: object) -> str:
        raise KeyError("oops")

    monkeypatch.setitem(
        cli.COMMANDS, "check", dataclasses.replace(cli.COMMANDS["check"], run=fails)
    )
    assert cli.main(["--config", str(REPO_ROOT / "mkdocs.yml"), "check"]) == 2
    assert capsys.readouterr().err == (
        "internal error: KeyError: 'oops' — rerun with --debug and report it\n"
    )


@pytest.mark.parametrize(
    "error",
    [FactBaseError, OutputError, PageClash, SiteBuildError, diff.DiffError, scaffold.ScaffoldError],
)
def test_every_error_a_command_expects_is_an_explainer_error(error: type[Exception]) -> None:
    assert issubclass(error, ExplainerError)
