"""CONTRIBUTING.md's recipes are true: each example is valid, and each error shown is what check prints.

A recipe is a '### ' section. Its ```yaml blocks start with a comment naming their file
(`# content/events.yaml`); each mistake is written as

    **If you write** `WRONG` **instead of** `RIGHT`, `explainer check` says:

followed by a ```text block with check's exact output. The test writes the blocks into
a copy of the minimal fixture (whose own file of that name is kept under another name),
checks that they are valid, then makes each mistake and compares the output.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.support import REPO_ROOT, Project, copy_fixture, run_main

CONTRIBUTING = (REPO_ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
YAML_BLOCK = re.compile(
    r"^```yaml\n# (content/[\w./-]+\.yaml)\n(.*?)^```$", re.MULTILINE | re.DOTALL
)
MISTAKE = re.compile(
    r"^\*\*If you write\*\* `(?P<wrong>[^`]+)` \*\*instead of\*\* `(?P<right>[^`]+)`, "
    r"`explainer check` says:\n\n```text\n(?P<output>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)


@dataclass
class Recipe:
    title: str
    files: dict[str, str] = field(default_factory=dict)  # content/X.yaml -> the block, as shown
    mistakes: list[tuple[str, str, str]] = field(default_factory=list)  # (wrong, right, output)


def recipes() -> list[Recipe]:
    found = []
    for section in re.split(
        r"^### ", CONTRIBUTING.split("## Recipes", 1)[1].split("\n## ", 1)[0], flags=re.MULTILINE
    )[1:]:
        recipe = Recipe(section.splitlines()[0])
        for match in YAML_BLOCK.finditer(section):
            recipe.files[match[1]] = f"# {match[1]}\n{match[2]}"
        recipe.mistakes = [(m["wrong"], m["right"], m["output"]) for m in MISTAKE.finditer(section)]
        found.append(recipe)
    return found


RECIPES = {recipe.title: recipe for recipe in recipes()}
WITH_EXAMPLES = [title for title, recipe in RECIPES.items() if recipe.files]
MISTAKES = [
    pytest.param(title, *mistake, id=f"{title}: {mistake[0]}")
    for title, recipe in RECIPES.items()
    for mistake in recipe.mistakes
]


def project_with(tmp_path: Path, files: dict[str, str]) -> Project:
    project = copy_fixture(tmp_path)
    for name, text in files.items():
        target = project.root / name
        if target.exists():  # the fixture's own records stay, under another name
            target.rename(target.with_suffix(".fixture.yaml"))
        target.write_text(text, encoding="utf-8")
    return project


def test_the_recipes_the_issue_asks_for_are_there() -> None:
    assert list(RECIPES) == [
        "Add an actor",
        "Add an event with an uncertain date",
        "Date something from another source",
        "Record a claim and a denial",
        "Fix a quote",
        "Record a correction",
    ]
    for title in WITH_EXAMPLES:
        assert RECIPES[title].mistakes, f"'{title}' shows no mistake"
    assert list(RECIPES) == WITH_EXAMPLES


@pytest.mark.parametrize("title", WITH_EXAMPLES)
def test_the_example_is_valid(title: str, tmp_path: Path) -> None:
    project = project_with(tmp_path, RECIPES[title].files)
    code, out, err = run_main("--config", str(project.config), "check")
    assert (code, err) == (0, ""), err
    assert out.startswith("The fact base is consistent")


@pytest.mark.parametrize(("title", "wrong", "right", "output"), MISTAKES)
def test_the_mistake_gives_exactly_the_error_shown(
    title: str, wrong: str, right: str, output: str, tmp_path: Path
) -> None:
    files = dict(RECIPES[title].files)
    holding = [name for name, text in files.items() if right in text]
    assert len(holding) == 1 and files[holding[0]].count(right) == 1, (
        f"`{right}` must be in one example once"
    )
    files[holding[0]] = files[holding[0]].replace(right, wrong)
    project = project_with(tmp_path, files)
    code, out, err = run_main("--config", str(project.config), "check")
    assert (code, out) == (1, "")
    assert err == output


def pre_commit_hooks() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    config = yaml.safe_load((REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    return repo, {hook["id"]: hook for hook in repo["hooks"]}


def test_the_pre_commit_hook_runs_check_on_content_changes() -> None:
    repo, hooks = pre_commit_hooks()
    hook = hooks["explainer-check"]
    assert (repo["repo"], hook["language"], hook["pass_filenames"]) == ("local", "system", False)
    assert hook["entry"] == ".venv/bin/explainer check"
    files = re.compile(hook["files"])
    assert files.search("content/events.yaml") and files.search("content/sources/article.el.txt")
    assert not files.search("README.md") and not files.search(
        "tests/fixtures/minimal/content/x.yaml"
    )
    # The entry runs from the repository's root, as pre-commit runs it, and really checks.
    result = subprocess.run(
        shlex.split(hook["entry"]),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout[:28]) in {
        (0, "The fact base is consistent:"),
        (1, ""),
    }, result.stderr
    assert result.returncode == 0 or result.stderr.endswith(
        " problem(s) found; nothing was written.\n"
    )


# --- help while typing: the JSON Schema editors' tools read --------------------------------

SCHEMA = json.loads((REPO_ROOT / "content/schema/content.schema.json").read_text(encoding="utf-8"))
GREEK = re.compile("[\u0370-\u03ff]")


def schema_properties() -> list[tuple[str, dict[str, Any]]]:
    """Every field an editor can write: (Model.field, its schema)."""
    found = [(f"ContentFile.{name}", prop) for name, prop in SCHEMA["properties"].items()]
    for model_name, definition in SCHEMA["$defs"].items():
        found += [
            (f"{model_name}.{name}", prop)
            for name, prop in definition.get("properties", {}).items()
        ]
    return found


@pytest.mark.parametrize(
    ("name", "prop"), schema_properties(), ids=[name for name, _ in schema_properties()]
)
def test_every_field_is_explained_in_english_and_greek(name: str, prop: dict[str, Any]) -> None:
    description = prop.get("description", "")
    english, slash, greek = description.partition(" / ")
    assert slash, f"{name}: the description must be 'English. / Ελληνικά.', not {description!r}"
    assert english.strip() and not GREEK.search(english), f"{name}: {english!r}"
    assert GREEK.search(greek), f"{name}: {greek!r}"


@pytest.mark.parametrize(
    "yaml_file",
    sorted((REPO_ROOT / "content").rglob("*.yaml"))
    + sorted((REPO_ROOT / "tests/fixtures/minimal/content").rglob("*.yaml")),
    ids=lambda path: path.relative_to(REPO_ROOT).as_posix(),
)
def test_the_schema_accepts_the_real_fact_base(yaml_file: Path) -> None:
    # Editors must never see a field marked wrong that check accepts.
    data = yaml.safe_load(yaml_file.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))
    assert [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors] == []


def test_the_schema_flags_what_check_refuses() -> None:
    event = {
        "id": "x",
        "title": {"el": "Τ"},
        "date": {"basis": "guessed"},
        "cite": [],
        "colour": "red",
    }
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors({"events": [event]}))
    assert {"/".join(map(str, e.absolute_path)) for e in errors} == {
        "events/0",
        "events/0/date/basis",
        "events/0/cite",
    }


def test_the_pre_commit_hooks_run_the_linters_of_make_lint() -> None:
    repo, hooks = pre_commit_hooks()
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    for hook_id, command in [
        ("ruff-format", "ruff format --check"),
        ("ruff-check", "ruff check"),
        ("mypy", "mypy"),
    ]:
        hook = hooks[hook_id]
        assert hook["entry"] == f".venv/bin/{command}"
        assert (repo["repo"], hook["language"], hook["types"]) == ("local", "system", ["python"])
        assert f"$(BIN)/{command}" in lint, f"make lint does not run {command}"
    assert hooks["mypy"]["pass_filenames"] is False  # the whole program, never a few files
