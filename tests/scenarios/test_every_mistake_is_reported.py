"""Every mistake an editor can make gets a located message that says how to fix it.

The scenarios are data (tests/scenarios/<scenario>/: changed files + expected.txt); see
tests/scenarios/__init__.py for how to regenerate the expected output. The other tests
here build their input in code: it is either huge, or must point into tmp_path.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator import cli, load
from generator.load import yaml_file
from tests.scenarios import HERE, SCENARIOS, run_check, scenario_project
from tests.support import copy_fixture, run_main, run_subprocess

# content/FILE.yaml:LINE:COL: [path.to.field: ]message — hint
PROBLEM_LINE = re.compile(
    r"content/[A-Za-z0-9._/(){}:= -]+?:[1-9]\d*:[1-9]\d*: (?:[\w.\[\]-]+: )?\S.* — \S.*"
)
SUMMARY_LINE = re.compile(r"\d+ problem\(s\) found; nothing was written\.")


def expected(name: str) -> str:
    return (HERE / name / "expected.txt").read_text(encoding="utf-8")


def test_there_are_scenarios_for_every_kind_of_mistake() -> None:
    # A renamed or lost folder would otherwise silently drop its test.
    assert len(SCENARIOS) >= 30
    assert all((HERE / name / "expected.txt").is_file() for name in SCENARIOS)


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_message(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with scenario_project(name, tmp_path) as project:
        code = cli.main(["--config", str(project.config), "check"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == expected(name)
    # Nothing a hostile file asks for may run (tests/scenarios/explicit-tag asks for this file).
    assert not (project.root / "SENTINEL").exists()


@pytest.mark.parametrize("name", SCENARIOS)
def test_expected_lines_have_the_one_format(name: str) -> None:
    *problems, summary = expected(name).splitlines()
    assert problems, "a scenario must produce at least one problem"
    for line in problems:
        assert PROBLEM_LINE.fullmatch(line), line
    assert SUMMARY_LINE.fullmatch(summary)
    assert summary.startswith(f"{len(problems)} ")


@pytest.mark.parametrize(
    "name", ["syntax-unclosed-quote", "explicit-tag", "invalid-utf8", "deep-nesting"]
)
def test_command_line_prints_no_traceback_and_exits_1(name: str, tmp_path: Path) -> None:
    with scenario_project(name, tmp_path) as project:
        result = run_subprocess("--config", "mkdocs.yml", "check", cwd=project.root)
    assert result.returncode == 1
    assert result.stderr == expected(name)
    assert "Traceback" not in result.stderr + result.stdout


def test_the_minimal_fixture_itself_is_valid(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    code, out, err = run_main("--config", str(project.config), "check")
    assert (code, err) == (0, "")
    assert out == "The fact base is consistent: 9 records.\n"


# --- hostile input built in code ---------------------------------------------------------


def test_a_python_tag_is_refused_and_never_runs(tmp_path: Path) -> None:
    sentinel = tmp_path / "SENTINEL"
    payload = f'place: !!python/object/apply:os.system ["touch {sentinel}"]\n'
    # Control: the payload is live; PyYAML's unsafe loader runs it.
    yaml.unsafe_load(payload)
    assert sentinel.exists()
    sentinel.unlink()

    project = copy_fixture(tmp_path / "copy")
    (project.content / "events.yaml").write_text(
        "events:\n  - id: x\n    " + payload, encoding="utf-8"
    )
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert err.splitlines()[0] == (
        "content/events.yaml:3:12: events[0].place: tags ('!!python/object/apply:os.system') are not allowed"
        " — remove the tag: a value is plain text, a list or a mapping"
    )
    assert not sentinel.exists()


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_an_alias_bomb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    # 9**9 (387 million) strings if expanded; the loader never expands an alias.
    assert len(BILLION_LAUGHS.encode()) < 500
    project = copy_fixture(tmp_path)
    (project.content / "bomb.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    code, _, err = run_main("--config", str(project.config), "check")
    lines = err.splitlines()
    assert code == 1
    assert lines[0] == (
        "content/bomb.yaml:1:4: a: anchors ('&a') are not allowed — remove the anchor and write the values out in full"
    )
    assert lines[1] == (
        "content/bomb.yaml:2:4: b: anchors ('&b') are not allowed — remove the anchor and write the values out in full"
    )
    assert lines[2] == (
        "content/bomb.yaml:2:8: b[0]: aliases ('*a') are not allowed — write the value out in full where the alias is"
    )
    # Bounded output: the file's problems stop at the limit, with a line saying so.
    assert len(lines) == load.MAX_PROBLEMS_PER_FILE + 2
    assert lines[-2].endswith("the rest are not shown — fix the ones above and check again")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    big = (
        b"# " + b"x" * (load.MAX_FILE_BYTES - 3) + b"\n" + b"events: [\n"
    )  # would be a syntax error
    (project.content / "big.yaml").write_bytes(big)
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert err == (
        "content/big.yaml:1:1: the file is 1,048,586 bytes, over the limit of 1,048,576 bytes (1 MiB)"
        " — split it into several files (for example events/2023.yaml, events/2024.yaml)\n"
        "1 problem(s) found; nothing was written.\n"
    )


@pytest.mark.parametrize(
    "parser", [yaml.CSafeLoader, yaml.SafeLoader], ids=["libyaml", "pure-python"]
)
@pytest.mark.parametrize("style", ["flow", "block"])
def test_very_deep_nesting_is_a_located_error_not_a_crash(
    parser: type, style: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyYAML's own composer recurses and dies near 1,000 levels; the loader never recurses.
    monkeypatch.setattr(yaml_file, "_Parser", parser)
    depth = 1100  # the file stays under the size limit
    if style == "flow":
        text = "events: " + "[" * depth + "]" * depth + "\n"
    else:
        text = "events:\n" + "".join(" " * (level + 1) + "a:\n" for level in range(depth))
    project = copy_fixture(tmp_path)
    (project.content / "events.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    problem = err.splitlines()[0]
    assert re.fullmatch(
        r"content/events\.yaml:\d+:\d+: (events(\[0\]|\.a)+: )?the data is nested more than 32 levels deep"
        r" — records need only a few levels: check the indentation and brackets",
        problem,
    ), problem


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            "\x1b[31m",
            "the file contains a control character (U+001B control character), which YAML does not allow",
        ),
        (
            "\u2028",
            "the file contains an unusual line break (U+2028 LINE SEPARATOR), which editors may not show",
        ),
        (
            "\ufffe",
            "the file contains a control character (U+FFFE control character), which YAML does not allow",
        ),
    ],
)
def test_characters_yaml_refuses_are_located(bad: str, message: str, tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    (project.content / "events.yaml").write_text(
        f"events:\n  - id: x\n    place: {{el: a{bad}b}}\n"
    )
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert err.splitlines()[0].startswith(f"content/events.yaml:3:18: {message} — ")


def test_invisible_characters_in_keys_and_messages_are_shown_as_code_points(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    (project.content / "events.yaml").write_text(
        "events:\n  - id: x\n    pla\u200bce: {el: a}\n", encoding="utf-8"
    )
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert err.splitlines()[0] == (
        "content/events.yaml:3:8: events[0].pla<U+200B>ce: the value contains an invisible character"
        " (U+200B ZERO WIDTH SPACE): the text differs from what readers see"
        " — delete it: retype the value, or remove the character in an editor that shows it"
    )
    assert "\u200b" not in err


def test_a_link_to_a_file_outside_the_content_folder_is_not_read(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n")
    (project.content / "events.yaml").unlink()
    (project.content / "events.yaml").symlink_to(secret)
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert "hunter2" not in err and "password" not in err
    assert err.splitlines()[0] == (
        "content/events.yaml:1:1: the file is a link to a file outside the content folder"
        " — replace the link by the file itself"
    )


def test_without_debug_an_unexpected_error_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_fixture(tmp_path)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("generator.checks.check", broken)
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 2
    assert err == "internal error: RuntimeError: boom — rerun with --debug and report it\n"
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["--config", str(project.config), "--debug", "check"])


def test_check_runs_every_scenario_in_one_go(tmp_path: Path) -> None:
    """All problems in one run: several broken files together give the union of their messages."""
    names = [
        "url-not-http",
        "yaml11-keys",
        "denial-before-claim",
        "prose-markup",
        "impossible-date",
    ]
    project = copy_fixture(tmp_path)
    for name in names:
        for path in (HERE / name / "content").rglob("*"):
            if path.is_file():
                (project.content / path.relative_to(HERE / name / "content")).write_bytes(
                    path.read_bytes()
                )
    code, _, err = run_check(project)
    assert code == 1
    problems = set(err.splitlines()[:-1])
    for name in names:
        assert set(expected(name).splitlines()[:-1]) <= problems, name
