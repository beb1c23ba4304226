"""Under GitHub Actions, problems become annotations on the pull request's lines and a job summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.problems import Location, Problem
from generator.tools import github
from tests.support import copy_fixture, run_main

# A record whose id and one key try to end the annotation and print commands of their own.
HOSTILE_EVENT = """\
  - id: "bad\\n::error file=README.md,line=1::forged"
    title: {el: "Τίτλος"}
    "place\\r\\n::warning::x, y%0A": {el: "100%"}
    date: {edtf: "2024-03-04", basis: stated}
    cite: [{source: bulletin, quote: "closed on Monday"}]
"""


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command read as GitHub's runner reads it: ::NAME k=v,k=v::MESSAGE, unescaped."""
    assert line.startswith("::"), line
    end = line.index("::", 2)
    name, _, properties = line[2:end].partition(" ")
    parsed = {}
    for pair in filter(None, properties.split(",")):
        key, _, value = pair.partition("=")
        parsed[key] = unescape(value, True)
    return name, parsed, unescape(line[end + 2 :], False)


def unescape(text: str, is_property: bool) -> str:
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if is_property else [])
    for escaped, char in [*pairs, ("%25", "%")]:
        text = text.replace(escaped, char)
    return text


def problem(
    file: str = "content/events.yaml",
    line: int = 4,
    column: int = 9,
    field: str = "events[0].id",
    message: str = "'X' is not a valid id",
    hint: str = "use lower-case letters",
) -> Problem:
    return Problem(Location(file, line, column), field, message, hint)


# --- escaping ------------------------------------------------------------------------------


def test_data_escapes_percent_first_then_line_breaks() -> None:
    assert github.escape_data("100% a\r\nb %0A") == "100%25 a%0D%0Ab %250A"


def test_properties_also_escape_colon_and_comma() -> None:
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_an_error_command_names_file_line_column_and_field() -> None:
    assert github.error_command(problem()) == (
        "::error file=content/events.yaml,line=4,col=9,title=events[0].id::"
        "'X' is not a valid id — use lower-case letters"
    )


def test_a_problem_without_a_line_or_field_still_makes_a_valid_command() -> None:
    line = github.error_command(problem(file="content", line=0, column=0, field="", hint=""))
    assert line == "::error file=content,title=fact base::'X' is not a valid id"


def test_a_hostile_message_and_field_cannot_forge_a_command() -> None:
    hostile = problem(
        field="a::error,b=c\n::warning::x", message="m\n::error file=README.md::forged%0A"
    )
    line = github.error_command(hostile)
    assert "\n" not in line and "\r" not in line
    name, properties, message = parse_command(line)
    assert name == "error"
    assert properties == {
        "file": "content/events.yaml",
        "line": "4",
        "col": "9",
        "title": "a::error,b=c<U+000A>::warning::x",
    }
    assert message == "m<U+000A>::error file=README.md::forged%0A — use lower-case letters"


def test_only_ten_annotations_then_a_notice_pointing_at_the_summary() -> None:
    lines = github.annotation_lines([problem(line=n) for n in range(1, 13)])
    assert [parse_command(line)[0] for line in lines] == ["error"] * 10 + ["notice"]
    assert parse_command(lines[-1])[2] == (
        "2 more problem(s) are not shown as annotations: the job summary and the log list them all"
    )


# --- the summary ---------------------------------------------------------------------------


def test_the_summary_is_a_table_whose_cells_cannot_make_markup() -> None:
    hostile = problem(
        field="a|b", message="<img src=x> [link](https://e.example) @someone", hint="`x` *y* _z_"
    )
    assert github.summary_markdown([problem(), hostile], {}) == (
        "### explainer check: 2 problem(s) in the fact base\n"
        "\n"
        "Fix each one in the file and line named, then push again (run `explainer check` before "
        "pushing to see them at once).\n"
        "\n"
        "| where | field | what is wrong | how to fix it |\n"
        "| --- | --- | --- | --- |\n"
        "| content/events.yaml:4:9 | events\\[0\\].id | 'X' is not a valid id | use lower-case letters |\n"
        "| content/events.yaml:4:9 | a\\|b | \\<img src=x\\> \\[link\\]\\(https://e.example\\) \\@someone "
        "| \\`x\\` \\*y\\* \\_z\\_ |\n"
    )


def test_places_link_to_the_line_at_the_commit_when_the_run_says_which() -> None:
    environ = {
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "owner/repo",
        "GITHUB_SHA": "0123abc",
    }
    odd_name = problem(file="content/a b(1).yaml", line=7)
    table = github.summary_markdown([odd_name], environ)
    assert (
        "| [content/a b\\(1\\).yaml:7:9](https://github.com/owner/repo/blob/0123abc/"
        "content/a%20b%281%29.yaml#L7) |" in table
    )


# --- the command line ----------------------------------------------------------------------


@pytest.fixture
def hostile_project(tmp_path: Path) -> Path:
    project = copy_fixture(tmp_path)
    with (project.content / "events.yaml").open("a", encoding="utf-8") as events:
        events.write(HOSTILE_EVENT)
    return project.config


def test_check_annotates_under_github_actions_and_writes_the_summary(
    hostile_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, err = run_main("--config", str(hostile_project), "check")
    assert code == 1
    problems = err.splitlines()[:-1]
    assert len(problems) == 2
    lines = out.splitlines()
    # One command per problem and nothing else: the hostile text forged none.
    assert len(lines) == 2
    commands = [parse_command(line) for line in lines]
    assert [(name, props["file"], props["line"]) for name, props, _ in commands] == [
        ("error", "content/events.yaml", "13"),
        ("error", "content/events.yaml", "15"),
    ]
    assert commands[0][1]["title"] == "events[1].id"
    assert commands[0][2].startswith(
        "'bad<U+000A>::error file=README.md,line=1::forged' is not a valid id"
    )
    assert commands[1][1]["title"] == "events[1].place<U+000D><U+000A>::warning::x, y%0A"
    # The terminal lines are unchanged; the summary is appended after the earlier step's.
    assert all(line.startswith("content/events.yaml:1") for line in problems)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### explainer check: 2 problem(s) in the fact base\n")
    assert len(re.findall(r"^\| content/events\.yaml:1[35]:\d+ \|", text, re.MULTILINE)) == 2


def test_nothing_is_annotated_outside_github_actions(
    hostile_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    code, out, _ = run_main("--config", str(hostile_project), "check")
    assert (code, out) == (1, "")
    assert not (tmp_path / "summary.md").exists()


def test_an_unwritable_summary_is_a_warning_not_a_failure(
    hostile_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))  # a folder: cannot be opened
    code, out, err = run_main("--config", str(hostile_project), "check")
    assert code == 1
    assert len(out.splitlines()) == 2
    assert f"warning: could not write the step summary {tmp_path}" in err
