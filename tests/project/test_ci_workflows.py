"""The GitHub Actions workflows, which cannot run here: valid by GitHub's schema, and safe by design.

actionlint is not installable here (its PyPI package downloads the binary from GitHub
while installing), so the workflows are validated with SchemaStore's workflow schema,
vendored in tests/schemas/, and by the structural rules below, which are what matters
for a repository edited by the public: pull requests run with a read-only token and no
secrets, and only the deploy job may write, to Pages.
"""

from __future__ import annotations

import copy
import json
import re
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator import cli
from tests.support import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
PULL_REQUEST = WORKFLOWS / "pull-request.yml"
PUBLISH = WORKFLOWS / "publish.yml"
SCHEMA = json.loads((REPO_ROOT / "tests/schemas/github-workflow.json").read_text(encoding="utf-8"))
# Actions the workflows may use: GitHub's own, at a major version or a full commit.
ALLOWED_ACTIONS = {
    "actions/checkout",
    "actions/setup-python",
    "actions/upload-artifact",
    "actions/upload-pages-artifact",
    "actions/deploy-pages",
}
PINNED = re.compile(r"@(v\d+(\.\d+){0,2}|[0-9a-f]{40})")


class WorkflowLoader(yaml.SafeLoader):
    """YAML as GitHub reads it: `on:` is a key, not the boolean true (YAML 1.1 would say so)."""


WorkflowLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WorkflowLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


def load(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=WorkflowLoader)  # a SafeLoader
    assert isinstance(data, dict)
    return data


def schema_errors(workflow: dict[str, Any]) -> list[str]:
    """Each error where it is; for 'not valid under any of the schemas', the likeliest cause."""
    validator = jsonschema.Draft7Validator(SCHEMA)
    causes = (
        jsonschema.exceptions.best_match([error]) for error in validator.iter_errors(workflow)
    )
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in causes if e is not None
    ]


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def run_lines(workflow: dict[str, Any]) -> list[str]:
    return [line.strip() for step in steps(workflow) for line in step.get("run", "").splitlines()]


def step_using(workflow: dict[str, Any], action: str) -> dict[str, Any]:
    found = [step for step in steps(workflow) if step.get("uses", "").startswith(action + "@")]
    assert len(found) == 1, f"expected one step using {action}"
    return found[0]


def safety_problems(workflow: dict[str, Any], deploys: bool = False) -> list[str]:
    """What would make a workflow unsafe for a repository that takes pull requests from anyone."""
    problems = []
    if "pull_request_target" in workflow["on"]:
        problems.append("pull_request_target runs fork code with a write token and secrets")
    if workflow.get("permissions") != {"contents": "read"}:
        problems.append(
            f"the workflow's permissions must be contents: read, not {workflow.get('permissions')}"
        )
    for name, job in workflow["jobs"].items():
        granted = job.get("permissions", {})
        writes = (
            {scope for scope, level in granted.items() if level == "write"}
            if isinstance(granted, dict)
            else {granted}
        )
        allowed = {"pages", "id-token"} if deploys and name == "deploy" else set()
        if writes - allowed:
            problems.append(f"job {name} may write {sorted(writes - allowed)}")
        if writes and job.get("steps") and any("run" in step for step in job["steps"]):
            problems.append(f"job {name} can write and also runs the repository's code")
    for step in steps(workflow):
        uses = step.get("uses")
        if uses is not None and (
            uses.split("@")[0] not in ALLOWED_ACTIONS or not PINNED.search(uses)
        ):
            problems.append(f"step uses {uses}: only GitHub's own actions, at a version")
        if "${{" in step.get("run", ""):
            problems.append(
                f"step {step.get('name')!r} pastes an expression into its script: pass it in env"
            )
        if (
            step.get("uses", "").startswith("actions/checkout@")
            and step.get("with", {}).get("persist-credentials") is not False
        ):
            problems.append(
                "checkout must not leave the token in .git/config: persist-credentials: false"
            )
    return problems


@pytest.mark.parametrize("path", [PULL_REQUEST, PUBLISH], ids=lambda p: p.name)
def test_the_workflow_is_valid_by_githubs_schema(path: Path) -> None:
    assert schema_errors(load(path)) == []


def test_the_schema_catches_a_broken_workflow() -> None:
    broken = load(PULL_REQUEST)
    job = broken["jobs"]["check"]
    del job["runs-on"]
    job["step"] = job.pop("steps")  # a misspelt key
    assert schema_errors(broken)


def test_these_are_all_the_workflows() -> None:
    assert sorted(WORKFLOWS.iterdir()) == [PUBLISH, PULL_REQUEST]


@pytest.mark.parametrize(
    ("path", "deploys"), [(PULL_REQUEST, False), (PUBLISH, True)], ids=["pull-request", "publish"]
)
def test_the_workflow_is_safe_for_public_pull_requests(path: Path, deploys: bool) -> None:
    assert safety_problems(load(path), deploys) == []
    assert "pull_request_target" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda w: w["on"].update(pull_request_target=None), "pull_request_target runs fork code"),
        (lambda w: w.update(permissions="write-all"), "permissions must be contents: read"),
        (
            lambda w: w["jobs"]["check"].update(permissions={"contents": "write"}),
            "job check may write ['contents']",
        ),
        (
            lambda w: w["jobs"]["check"]["steps"].append({"run": "echo ${{ github.head_ref }}"}),
            "pass it in env",
        ),
        (
            lambda w: w["jobs"]["check"]["steps"].append({"uses": "someone/action@main"}),
            "only GitHub's own actions",
        ),
        (
            lambda w: w["jobs"]["check"]["steps"][0]["with"].pop("persist-credentials"),
            "persist-credentials: false",
        ),
    ],
)
def test_the_safety_rules_catch_unsafe_changes(change: Any, problem: str) -> None:
    workflow = copy.deepcopy(load(PULL_REQUEST))
    change(workflow)
    assert any(problem in found for found in safety_problems(workflow))


def test_pull_requests_run_lint_check_diff_tests_and_a_strict_build() -> None:
    workflow = load(PULL_REQUEST)
    assert list(workflow["on"]) == ["pull_request"]
    assert (
        step_using(workflow, "actions/checkout")["with"]["fetch-depth"] == 0
    )  # the base branch, for diff
    lines = run_lines(workflow)
    order = [
        "make lint",
        ".venv/bin/explainer check --require-translations",  # the English edition whole
        '.venv/bin/explainer diff "origin/${BASE_REF}" >> "$GITHUB_STEP_SUMMARY"',
        '.venv/bin/python -m pytest tests -q -m "not browser"',
        ".venv/bin/explainer build",
    ]
    assert [line for line in lines if line in order] == order
    diff_step = next(step for step in steps(workflow) if "explainer diff" in step.get("run", ""))
    assert diff_step["env"] == {"BASE_REF": "${{ github.base_ref }}"}
    assert diff_step["if"] == "${{ !cancelled() }}"  # reviewers see it even when the check failed
    upload = step_using(workflow, "actions/upload-artifact")
    assert upload["with"]["path"] == "site/"


def test_main_is_built_and_deployed_to_pages() -> None:
    workflow = load(PUBLISH)
    assert workflow["on"]["push"] == {"branches": ["main"]}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert ".venv/bin/explainer build" in run_lines({"jobs": {"build": build}})
    assert (
        step_using({"jobs": {"build": build}}, "actions/upload-pages-artifact")["with"]["path"]
        == "site/"
    )
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert step_using({"jobs": {"deploy": deploy}}, "actions/deploy-pages")["id"] == "deployment"


@pytest.mark.parametrize("path", [PULL_REQUEST, PUBLISH], ids=lambda p: p.name)
def test_the_commands_the_workflow_runs_exist(path: Path) -> None:
    workflow = load(path)
    commands = cli.COMMANDS
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    for line in run_lines(workflow):
        words = shlex.split(line)
        if ".venv/bin/explainer" in words:
            assert words[words.index(".venv/bin/explainer") + 1] in commands, line
        if "-r" in words:
            assert (REPO_ROOT / words[words.index("-r") + 1]).is_file(), line
        if words[:1] == ["make"]:
            assert all(f"\n{target}:" in makefile for target in words[1:]), line
    python = step_using(workflow, "actions/setup-python")["with"]["python-version"]
    pyproject = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'requires-python = ">={python}"' in pyproject


def test_ci_lints_before_it_tests() -> None:
    lines = [
        line.strip() for line in (REPO_ROOT / ".ci/run").read_text(encoding="utf-8").splitlines()
    ]
    assert lines.index("make lint") < lines.index("make test")


@pytest.mark.parametrize(("path", "target"), [(PULL_REQUEST, "install-dev"), (PUBLISH, "install")])
def test_the_workflows_install_the_hashed_locks_as_make_does(path: Path, target: str) -> None:
    workflow = load(path)
    assert f"make {target}" in run_lines(workflow)
    setup = step_using(workflow, "actions/setup-python")["with"]
    assert setup["cache-dependency-path"] == "requirements/*.txt"


def test_the_locks_pin_every_package_with_hashes_and_make_requires_them() -> None:
    for name in ("runtime.txt", "dev.txt"):
        text = (REPO_ROOT / "requirements" / name).read_text(encoding="utf-8")
        requirements = [line for line in text.splitlines() if line and line[0].isalnum()]
        assert requirements, name
        for requirement in requirements:
            assert re.fullmatch(r"[A-Za-z0-9._-]+==[^ ]+ \\", requirement), (name, requirement)
        assert text.count("--hash=sha256:") >= len(requirements)
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line.strip() for line in makefile.splitlines() if " -r requirements/" in line]
    assert installs and all("--require-hashes" in line for line in installs)
    site_needs = makefile.split("\nsite:", 1)[1].split("\n", 1)[0]
    assert site_needs.strip() == "$(RUNTIME)"  # make site installs the runtime lock only
