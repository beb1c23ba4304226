"""Shared helpers for the tests: copies of the minimal fixture, folder digests, CLI runs.

The minimal fixture (tests/fixtures/minimal/) is a small, valid, made-up fact base with
every record kind. Tests never touch it in place: they work on a copy in tmp_path, laid
out like the repository (tests/fixtures/minimal/ below a folder holding links to the
repository's top-level files) so that the fixture's `INHERIT: ../../../mkdocs.yml` and
other relative paths resolve exactly as they do in the repository.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import cli

REPO_ROOT = Path(__file__).resolve().parents[1]
MINIMAL = REPO_ROOT / "tests" / "fixtures" / "minimal"
# Not linked into a copy: the copy has its own tests/ and content; build output stays out.
NOT_LINKED = {"tests", "content", "site", "build", ".git", ".venv", "node_modules"}


@dataclass(frozen=True)
class Project:
    """A copy of a fixture: its folder holds mkdocs.yml and content/."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site(self) -> Path:
        return self.root / "site"


def copy_fixture(tmp_path: Path, fixture: Path = MINIMAL) -> Project:
    """A fresh copy of a fixture under tmp_path, with relative paths as in the repository."""
    mirror = tmp_path / "repo"
    mirror.mkdir(parents=True)
    for entry in REPO_ROOT.iterdir():
        if entry.name not in NOT_LINKED:
            (mirror / entry.name).symlink_to(entry)
    target = mirror / fixture.relative_to(REPO_ROOT)
    shutil.copytree(fixture, target, ignore=shutil.ignore_patterns("build", "site"))
    return Project(target)


def overlay(project: Project, folder: Path) -> None:
    """Copy every file below folder/content into the project's content/, replacing files."""
    for path in sorted((folder / "content").rglob("*")):
        if path.is_file():
            target = project.content / path.relative_to(folder / "content")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())


def digest(folder: Path) -> dict[str, str]:
    """Every file below folder (links and hidden files too) by relative path -> sha256."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            result[path.relative_to(folder).as_posix()] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
    return result


def run_main(*args: str) -> tuple[int, str, str]:
    """generator.cli.main in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def run_subprocess(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in a child process, with the repository importable."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


def build(project: Project, site_dir: Path | None = None) -> Path:
    """Build the project's site in-process; fail the test with MkDocs' words if it fails."""
    site_dir = site_dir or project.site
    code, _, err = run_main("--config", str(project.config), "build", "--site-dir", str(site_dir))
    assert code == 0, err
    return site_dir


@dataclass(frozen=True)
class IndexedPage:
    """One page as Pagefind indexed it: what its result shows and what a search reads."""

    title: str
    text: str


def search_index(site: Path) -> dict[str, IndexedPage]:
    """Every page in a built edition's search index (Pagefind's page fragments), by URL.

    A fragment is gzip-compressed JSON behind Pagefind's 'pagefind_dcd' marker."""
    pages = {}
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        pages[data["url"]] = IndexedPage(data["meta"].get("title", ""), data["content"])
    return pages


def synthetic_fact_base(root: Path, events: int) -> Path:
    """A synthetic project (benchmarks/synth.py) of `events` events at root; its folder."""
    subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "synth.py"),
            "--events",
            str(events),
            "--out",
            str(root),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root


def story_copy(tmp_path: Path) -> Project:
    """The story's content and config, copied into a folder laid out like the repository."""
    mirror = tmp_path / "repo"
    mirror.mkdir(parents=True)
    for entry in REPO_ROOT.iterdir():
        if entry.name not in NOT_LINKED | {"mkdocs.yml"}:
            (mirror / entry.name).symlink_to(entry)
    shutil.copytree(REPO_ROOT / "content", mirror / "content")
    shutil.copy(REPO_ROOT / "mkdocs.yml", mirror / "mkdocs.yml")
    return Project(mirror)


def served_path(config: Path) -> str:
    """The path of the config's site_url ("/explainer/"), where mkdocs serve puts the site."""
    found = re.search(r"^site_url:\s*[\"']?([^\s\"']+)", config.read_text(encoding="utf-8"), re.M)
    return urllib.parse.urlsplit(found.group(1)).path or "/" if found else "/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str, timeout: float) -> tuple[int, str]:
    """An answer's status and text; an error status is an answer too (a 404 page)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@contextlib.contextmanager
def previewing(project: Project, first: str = "", started_within: float = 180) -> Iterator[str]:
    """`explainer serve` of the project on a free loopback port, in a child process: its
    address, once it answers. Stopped with SIGTERM, as a tool would stop it.

    first: Python the child runs before the command (a test's stand-in for a bug).
    """
    port = free_port()
    log = project.root / "serve.log"
    command = ["--config", str(project.config), "serve", "-a", f"127.0.0.1:{port}"]
    program = f"{first}\nimport sys\nfrom generator import cli\nsys.exit(cli.main({command!r}))"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-c", program],
            cwd=project.root,
            env=child_env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        # mkdocs serve puts the site below the path of site_url, as it is published
        base = f"http://127.0.0.1:{port}" + served_path(project.config).rstrip("/")
        try:
            deadline = time.monotonic() + started_within
            while True:
                assert server.poll() is None, log.read_text(encoding="utf-8")
                with contextlib.suppress(OSError):
                    get(base + "/", timeout=5)
                    break
                assert time.monotonic() < deadline, "the preview did not start"
                time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)
