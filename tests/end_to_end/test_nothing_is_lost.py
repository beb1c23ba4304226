"""Nothing is lost: content/ is never written, a failed or interrupted build leaves the last
site exactly as it was, and the same input always builds the same bytes.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build as mkdocs_build

from generator.site import SearchIndexError
from generator.site import build as site_module  # where the MkDocs build is called
from generator.site import search as search_module  # what the build calls to index
from tests.scenarios import HERE as ERRORS
from tests.support import (
    Project,
    build,
    child_env,
    copy_fixture,
    digest,
    overlay,
    run_main,
    run_subprocess,
)

EPOCH = "1700000000"


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Project:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        project = copy_fixture(tmp_path_factory.mktemp("built"))
        build(project)
    return project


@pytest.fixture
def built(built_once: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A copy of the minimal fixture with its site built (copied from one build)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = copy_fixture(tmp_path)
    shutil.copytree(built_once.site, project.site)
    shutil.copytree(built_once.root / "build", project.root / "build")
    return project


def leftovers(project: Project) -> list[str]:
    """Whatever a build left beside the site (staging or retired folders)."""
    return sorted(
        p.name for p in project.site.parent.iterdir() if p.name.startswith(f".{project.site.name}-")
    )


def build_args(project: Project, config: Path | None = None) -> list[str]:
    return ["--config", str(config or project.config), "build", "--site-dir", str(project.site)]


# --- (a, b) a failed check or build ----------------------------------------------------------


def test_a_failing_check_leaves_the_site_byte_for_byte(built: Project) -> None:
    before = digest(built.site)
    overlay(built, ERRORS / "dangling-reference")
    code, _, err = run_main(*build_args(built))
    assert code == 1 and "no actor has the id 'vrysi-counsil'" in err
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_a_failing_mkdocs_build_leaves_the_site_byte_for_byte(built: Project) -> None:
    before = digest(built.site)
    broken = built.root / "broken.yml"
    broken.write_text(built.config.read_text() + "markdown_extensions: [no_such_extension]\n")
    code, _, err = run_main(*build_args(built, broken))
    assert code == 1 and err.startswith("error: MkDocs could not build the site:")
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_mkdocs_warnings_fail_the_build_and_leave_the_site(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(built.site)
    real = mkdocs_build

    def warn_then_build(config: Any) -> None:
        real(config)
        __import__("logging").getLogger("mkdocs.plugins").warning("a broken link, say")

    monkeypatch.setattr(site_module, "mkdocs_build", warn_then_build)
    code, _, err = run_main(*build_args(built))
    assert code == 1 and "warning: a broken link, say" in err
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_a_crash_inside_mkdocs_leaves_the_site(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(built.site)
    real = mkdocs_build

    def half_a_build(config: Any) -> None:
        real(config)  # the staging folder is full…
        raise RuntimeError("…and then something breaks")

    monkeypatch.setattr(site_module, "mkdocs_build", half_a_build)
    code, _, err = run_main(*build_args(built))
    assert code == 2 and "RuntimeError" in err and "Traceback" not in err
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_a_failing_search_index_leaves_the_site_byte_for_byte(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(built.site)

    def refuse(site_dir: Path, language: str) -> None:
        assert (site_dir / "index.html").is_file()  # the index runs on the new, whole site
        raise SearchIndexError("Pagefind could not index the site: (a test)")

    monkeypatch.setattr(search_module, "index_edition", refuse)
    code, _, err = run_main(*build_args(built))
    assert (code, err) == (1, "error: Pagefind could not index the site: (a test)\n")
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_a_failing_zensical_build_leaves_the_site_and_nothing_beside_the_config(
    built: Project,
) -> None:
    before = digest(built.site)
    broken = built.root / "broken.yml"
    broken.write_text(built.config.read_text() + "markdown_extensions: [no_such_extension]\n")
    code, _, err = run_main(*build_args(built, broken), "--engine", "zensical")
    assert code == 1 and err.startswith("error: Zensical could not build the site:\n"), err
    assert "no_such_extension" in err
    assert digest(built.site) == before
    assert leftovers(built) == []
    assert sorted(p.name for p in built.root.glob(".explainer-zensical-*")) == []


# --- (c) an interrupted build -----------------------------------------------------------------


def test_ctrl_c_inside_mkdocs_leaves_the_site(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(built.site)
    real = mkdocs_build

    def interrupted(config: Any) -> None:
        real(config)
        raise KeyboardInterrupt

    monkeypatch.setattr(site_module, "mkdocs_build", interrupted)
    code, _, err = run_main(*build_args(built))
    assert code == 130 and "interrupted" in err
    assert digest(built.site) == before
    assert leftovers(built) == []


def test_ctrl_c_during_the_swap_leaves_a_whole_site(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The swap is two renames; a Ctrl-C between them would leave no site at all."""
    overlay_title(built)
    real_rename: Callable[[Path, Any], Path] = Path.rename

    def rename(self: Path, target: Any) -> Path:
        result = real_rename(self, target)
        if self == built.site:  # the old site has just been moved away: press Ctrl-C now
            signal.raise_signal(signal.SIGINT)
        return result

    monkeypatch.setattr(Path, "rename", rename)
    code, _, _ = run_main(*build_args(built))
    assert code == 130
    assert (built.site / "index.html").is_file(), "no site after an interrupted swap"
    assert "A changed title" in (built.site / "index.html").read_text(encoding="utf-8")
    assert leftovers(built) == []


def overlay_title(project: Project) -> None:
    story = project.content / "story.yaml"
    story.write_text(
        story.read_text(encoding="utf-8").replace(
            'el: "Το κλείσιμο', 'el: "A changed title: Το κλείσιμο'
        )
    )


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.002)


@pytest.mark.parametrize(
    "how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"]
)
def test_a_build_process_interrupted_mid_build_leaves_the_site(
    built: Project, how: signal.Signals
) -> None:
    before = digest(built.site)
    overlay_title(built)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", *build_args(built)],
        cwd=built.root,
        env=child_env({"SOURCE_DATE_EPOCH": EPOCH}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: bool(leftovers(built)) or process.poll() is not None)  # MkDocs has started
        process.send_signal(how)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    # Ctrl-C and SIGTERM stop the build cleanly ("interrupted", 130); SIGKILL cannot be caught.
    assert process.returncode == (-signal.SIGKILL if how == signal.SIGKILL else 130), err
    assert digest(built.site) == before
    if how != signal.SIGKILL:
        assert leftovers(built) == []
    # Whatever a killed build leaves is hidden beside the site, never in its place, and the
    # next build succeeds all the same.
    assert all(name.startswith(".site-new-") for name in leftovers(built))
    assert run_main(*build_args(built))[0] == 0
    assert "A changed title" in (built.site / "index.html").read_text(encoding="utf-8")
    assert leftovers(built) == []  # the next build cleared what the killed one left


# --- (d) content/ is never written ------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["generate"],
        ["build"],
        ["generate", "--docs-dir", "content"],
        ["build", "--site-dir", "content"],
        ["generate", "--docs-dir", "content/sources"],
        ["build", "--site-dir", "."],
    ],
    ids=lambda c: " ".join(c),
)
def test_no_command_writes_into_content(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = copy_fixture(tmp_path)
    monkeypatch.chdir(project.root)
    before = digest(project.content)
    stamps = {p: p.stat().st_mtime_ns for p in project.content.rglob("*")}
    run_main("--config", "mkdocs.yml", *command)
    assert digest(project.content) == before
    assert {p: p.stat().st_mtime_ns for p in project.content.rglob("*")} == stamps


def test_no_failing_command_writes_into_content(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    overlay(project, ERRORS / "yaml11-coercions")
    before = digest(project.content)
    for command in (["check"], ["generate"], ["build"]):
        code, _, _ = run_main("--config", str(project.config), *command)
        assert code == 1
    assert digest(project.content) == before
    assert not (project.root / "build").exists() and not project.site.exists()


# --- (e) reproducible --------------------------------------------------------------------------


def test_two_builds_with_different_hash_seeds_are_identical(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    sites = []
    for seed in ("1", "2"):
        site = tmp_path / f"site-{seed}"
        result = run_subprocess(
            "--config",
            str(project.config),
            "build",
            "--site-dir",
            str(site),
            cwd=project.root,
            env={"SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        sites.append(digest(site))
    assert sites[0] == sites[1]
    assert len(sites[0]) > 20


# --- (f) byte-order marks and CRLF line ends --------------------------------------------------


def test_bom_and_crlf_build_exactly_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    plain = copy_fixture(tmp_path / "lf")
    windows = copy_fixture(tmp_path / "crlf")
    for path in sorted(windows.content.rglob("*")):
        if path.is_file():
            text = path.read_bytes()
            assert b"\r" not in text
            path.write_bytes(b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))
    assert digest(plain.content) != digest(windows.content)
    assert digest(build(plain)) == digest(build(windows))
    # The docs differ in nothing either (edit links name the same files).
    assert digest(plain.root / "build" / "docs") == digest(windows.root / "build" / "docs")


def test_a_site_moved_away_by_a_killed_swap_comes_back(built: Project) -> None:
    """SIGKILL between the swap's two renames would leave the old site only beside its place:
    the next build (here one that fails) puts it back, and clears the rest."""
    before = digest(built.site)
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()  # its pid now names no running process, as a killed build's would
    built.site.rename(built.site.parent / f".site-old-{finished.pid}-abcdefgh")
    (built.site.parent / f".site-new-{finished.pid}-ijklmnop").mkdir()
    broken = built.root / "broken.yml"
    broken.write_text(built.config.read_text() + "markdown_extensions: [no_such_extension]\n")
    code, _, _ = run_main(*build_args(built, broken))
    assert code == 1
    assert digest(built.site) == before
    assert leftovers(built) == []
