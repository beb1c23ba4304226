"""Build the site with MkDocs (or Zensical), into a fresh folder that replaces the last good
site only on success.

The engine builds the generated pages into a staging folder beside the site; the share
card is drawn into it and Pagefind indexes it; only then is it swapped in. A failed or
interrupted build, or a failed index, leaves the previous site exactly as it was.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.utils.yaml import yaml_load

from .. import runtime
from ..problems import ExplainerError
from . import card, editions, search, sitemap
from .editions import EditionSettings

# The engines that build the site from the generated pages. MkDocs with Material is the
# default; Zensical, Material's successor, reads the same mkdocs.yml.
ENGINES = ("mkdocs", "zensical")
ZENSICAL_TIMEOUT = 3600.0  # seconds


class SiteBuildError(ExplainerError):
    """MkDocs failed; the message lists its warnings."""


def load_mkdocs_config(config_file: Path, **overrides: Any) -> MkDocsConfig:
    # MkDocs resolves relative paths against the config file's folder.
    return load_config(str(config_file), **overrides)


@dataclass(frozen=True)
class SiteSettings:
    """The few settings the generator needs, read before the docs folder exists.

    (MkDocs' own validation insists that docs_dir already exists.)
    """

    docs_dir: Path
    site_dir: Path
    language: str  # the default edition's
    site_name: str
    repo_url: str | None
    edit_branch: str
    site_url: str = ""
    # Where «Βρήκατε λάθος;» leads: a mailto: address or an issue form's URL (extra.report_error).
    report_error: str = ""
    editions: tuple[EditionSettings, ...] = ()

    def docs_dir_of(self, edition: EditionSettings) -> Path:
        """Where an edition's pages are generated: the default edition's in docs_dir (the one
        the editor's preview serves), each other beside it, in docs_dir-LANGUAGE."""
        if not self.editions or edition == self.editions[0]:
            return self.docs_dir
        return self.docs_dir.with_name(f"{self.docs_dir.name}-{edition.language}")


def read_site_settings(config_file: Path) -> SiteSettings:
    with config_file.open("rb") as stream:
        # MkDocs' loader: knows its own tags, and merges the file a config INHERITs.
        raw: dict[str, Any] = yaml_load(stream) or {}
    root = config_file.resolve().parent
    theme = raw.get("theme") or {}
    extra = raw.get("extra") or {}
    listed = editions.editions_from(raw, config_file)
    return SiteSettings(
        docs_dir=root / raw.get("docs_dir", "docs"),
        site_dir=root / raw.get("site_dir", "site"),
        language=listed[0].language
        or (theme.get("language") if isinstance(theme, dict) else None)
        or "el",
        site_name=str(raw.get("site_name") or ""),
        repo_url=raw.get("repo_url"),
        edit_branch=extra.get("edit_branch", "main") if isinstance(extra, dict) else "main",
        editions=listed,
        site_url=str(raw.get("site_url") or ""),
        report_error=str(extra.get("report_error") or "") if isinstance(extra, dict) else "",
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname.lower()}: {record.getMessage()}")


def check_site_dir(site_dir: Path, never_replace: list[Path], never_inside: list[Path]) -> None:
    """Refuse a site folder whose replacement would delete anything but an old site.

    A build replaces the whole site folder: `--site-dir content` or `--site-dir .`
    would delete the fact base.
    """
    site_dir = site_dir.resolve()
    for folder in (f.resolve() for f in [*never_replace, *never_inside]):
        if site_dir == folder or site_dir in folder.parents:
            raise SiteBuildError(
                f"the site folder {site_dir} would replace {folder} — choose another --site-dir"
            )
    for folder in (f.resolve() for f in never_inside):
        if folder in site_dir.parents:
            raise SiteBuildError(
                f"the site folder {site_dir} is inside {folder} — choose another --site-dir"
            )
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / "sitemap.xml").is_file():
        raise SiteBuildError(
            f"{site_dir} holds files that are not a built site, and a build replaces the whole "
            "folder — choose an empty or new folder with --site-dir"
        )


@dataclass(frozen=True)
class Edition:
    """One edition to build: its settings (language, path, name), its generated pages and
    the story's title in its language (the share card's text)."""

    settings: editions.EditionSettings
    docs_dir: Path
    title: str

    @property
    def language(self) -> str:
        return self.settings.language


def build_site(
    config_file: Path, built: list[Edition], site_dir: Path, engine: str = "mkdocs"
) -> None:
    """Build each edition strictly with the engine into a staging folder (the first at its
    root, the others under their paths), draw each one's share card, index each on its own
    (while the engine builds the next), write one sitemap of them all, then swap the
    result into site_dir."""
    if engine not in ENGINES:
        raise SiteBuildError(f"unknown engine {engine!r} — use one of: {', '.join(ENGINES)}")
    with term_interrupts():
        _build_and_swap(config_file, built, site_dir.resolve(), engine)


def _build_and_swap(config_file: Path, built: list[Edition], site_dir: Path, engine: str) -> None:
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(site_dir)
    _clear_config_leftovers(config_file.resolve().parent)
    folders: list[Path] = []
    indexing: list[runtime.Pending[None]] = []
    try:
        raw = editions.read_raw_config(config_file)
        every = tuple(edition.settings for edition in built)
        for number, edition in enumerate(built, 1):
            with _signals_held():  # so that a Ctrl-C cannot fall between creating and noting it
                folders.append(
                    Path(
                        tempfile.mkdtemp(
                            prefix=f".{site_dir.name}-new-{os.getpid()}-", dir=site_dir.parent
                        )
                    )
                )
            _build_edition(config_file, raw, edition, every, folders[-1], engine)
            # An edition is indexed on another core while the engine builds the next one
            # (runtime.py's policy); the last, here.
            index = functools.partial(search.index_edition, folders[-1], edition.language)
            workers = runtime.default_workers() if number < len(built) else 1
            indexing.append(runtime.start(index, workers))
        while indexing:
            indexing.pop(0).result()
        staging = folders[0]
        for edition, folder in zip(built[1:], folders[1:], strict=True):
            target = staging / edition.settings.path
            if target.exists():
                raise SiteBuildError(
                    f"the default edition has a page or folder {edition.settings.path}/, where "
                    f"the {edition.language} edition goes — give that edition another path"
                )
            folder.rename(target)
        sitemap.write_one(
            staging,
            [(edition.settings.prefix, edition.language) for edition in built],
            raw.get("site_url"),
        )
        _swap_in(staging, site_dir)
    finally:  # not swapped in (a failure, a Ctrl-C): the old site stays, the new one goes
        for pending in indexing:  # an index still being written into a folder about to go
            pending.discard()
        for folder in folders:
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)


def _build_edition(
    config_file: Path,
    raw: dict[str, Any],
    edition: Edition,
    every: tuple[editions.EditionSettings, ...],
    folder: Path,
    engine: str,
) -> None:
    """One edition's site, built from its own derived config into folder, with its share
    card (its search index is made by the caller)."""
    name = edition.settings.site_name
    alt = card.describe(edition.title, name)
    root = config_file.resolve().parent
    docs_dir = edition.docs_dir.resolve()
    if engine == "zensical" and root not in docs_dir.parents:
        raise SiteBuildError(
            f"Zensical builds only pages inside {root}, and {docs_dir} is not — "
            "set docs_dir in the config to a folder inside it"
        )
    marker = f".explainer-zensical-{os.getpid()}-{edition.language}"
    built = root / f"{marker}-site"
    site_dir = built.name if engine == "zensical" else str(folder)
    docs = docs_dir.relative_to(root).as_posix() if root in docs_dir.parents else str(docs_dir)
    config = editions.edition_config(raw, edition.settings, every, docs, site_dir, alt)
    with editions.written_config(config_file, config, edition.language) as derived:
        if engine == "zensical":
            _zensical_build(derived, built, folder)
        else:
            _mkdocs_build(derived, folder)
    card.write(folder, edition.title, name)


def _mkdocs_build(config_file: Path, staging: Path) -> None:
    collected = _Collect()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(collected)
    try:
        config = load_mkdocs_config(config_file, site_dir=str(staging), strict=True)
        mkdocs_build(config)
    except (MkDocsException, SystemExit, OSError) as error:
        details = "\n".join(f"  {m}" for m in collected.messages) or f"  {error}"
        raise SiteBuildError(f"MkDocs could not build the site:\n{details}") from None
    finally:
        mkdocs_logger.removeHandler(collected)
    if collected.messages:
        details = "\n".join(f"  {m}" for m in collected.messages)
        raise SiteBuildError(f"MkDocs reported problems:\n{details}")


def _zensical_build(config_file: Path, built: Path, staging: Path) -> None:
    """Zensical builds an edition from its derived config (beside the original: Zensical has
    no --site-dir, and wants docs_dir and site_dir inside the config file's folder) into a
    folder there, moved to staging after."""
    root = config_file.parent
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "zensical",
                "build",
                "--clean",
                "--strict",
                "-f",
                str(config_file),
            ],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=ZENSICAL_TIMEOUT,
            check=False,
        )
        said = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
        problems = [line for line in said if _is_problem(line)]
        if done.returncode != 0 or problems or not (built / "index.html").is_file():
            details = "\n".join(f"  {line}" for line in (problems or said[-20:]))
            raise SiteBuildError(f"Zensical could not build the site:\n{details}")
        staging.rmdir()
        try:
            built.rename(staging)
        except OSError:  # another file system: copy
            shutil.copytree(built, staging)
    finally:
        shutil.rmtree(built, ignore_errors=True)


def _clear_config_leftovers(root: Path) -> None:
    """Remove the derived configs and Zensical's folders that a killed build left beside
    the config file."""
    for leftover in root.glob(".explainer-*-*"):
        kind, _, rest = leftover.name.removeprefix(".explainer-").partition("-")
        pid = rest.split("-")[0].split(".")[0]
        if kind in {"zensical", "edition"} and pid.isdigit() and not _is_running(int(pid)):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def _is_problem(line: str) -> bool:
    words = line.strip().lower()
    return words.startswith(("error", "warning", "aborted")) or " error:" in words


def _swap_in(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames, so a reader never sees half a site."""
    os.chmod(staging, 0o755)
    retired = None
    try:
        with _signals_held():  # between the two renames there is no site at all
            if site_dir.exists():
                retired = Path(
                    tempfile.mkdtemp(
                        prefix=f".{site_dir.name}-old-{os.getpid()}-", dir=site_dir.parent
                    )
                )
                retired.rmdir()
                site_dir.rename(retired)
            try:
                staging.rename(site_dir)
            except OSError:
                if retired is not None:
                    retired.rename(site_dir)
                shutil.rmtree(staging, ignore_errors=True)
                raise
    finally:  # also when a Ctrl-C held during the swap is raised now
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)


def _clear_leftovers(site_dir: Path) -> None:
    """Remove what a killed build left beside the site; bring back a site it had moved away."""
    for leftover in sorted(site_dir.parent.glob(f".{site_dir.name}-*-*-*")):
        kind, _, rest = leftover.name.removeprefix(f".{site_dir.name}-").partition("-")
        pid = rest.partition("-")[0]
        if kind not in {"new", "old"} or not pid.isdigit() or _is_running(int(pid)):
            continue  # not ours, or a build that is still running
        if kind == "old" and not site_dir.exists():
            leftover.rename(site_dir)  # killed between the two renames of a swap
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a folder left by an earlier build in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


@contextlib.contextmanager
def term_interrupts() -> Iterator[None]:
    """SIGTERM (how CI and containers stop a process) ends the build like Ctrl-C does."""

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done, then interrupt as usual."""
    received: list[int] = []
    try:
        previous = {
            s: signal.signal(s, lambda signum, frame: received.append(signum))
            for s in (signal.SIGINT, signal.SIGTERM)
        }
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            raise KeyboardInterrupt
