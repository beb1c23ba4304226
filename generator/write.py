"""Write generated pages and assets into the docs folder, and nothing else anywhere.

The docs folder is the generator's own: it is emptied of stale files on every run.
To never delete someone's work by mistake, a folder is only emptied when it is new,
empty, or carries the marker file this module leaves in it.

What will be written is known before anything is (the jobs declare their paths): a path
that two pages, or a page and an asset, would both be written at is refused first, as
Pelican refuses to write one path twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .problems import ExplainerError

MARKER = ".explainer-generated"


class OutputError(ExplainerError):
    """The output folder cannot be written safely; the message says why and what to do."""


class PageClash(OutputError):
    """Two pages would be written at one path: one would silently replace the other."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__(
            f"two pages would be written at {', '.join(paths)} — nothing was written; "
            "give one of the records behind them another id"
        )
        self.paths = paths


class DocsFolder:
    """The docs folder, made ready for one run: files are saved into it as they are made.

    Saving works from forked workers too: each save touches only its own files. Unchanged
    files are left alone, so `mkdocs serve` reloads only what changed.
    """

    def __init__(self, docs_dir: Path, protected: list[Path], assets: Path) -> None:
        docs_dir = docs_dir.resolve()
        for folder in protected:
            folder = folder.resolve()
            if docs_dir == folder or docs_dir in folder.parents or folder in docs_dir.parents:
                raise OutputError(
                    f"the docs folder {docs_dir} overlaps {folder}, which must never be written — "
                    "choose another --docs-dir"
                )
        if docs_dir.exists() and any(docs_dir.iterdir()) and not (docs_dir / MARKER).exists():
            raise OutputError(
                f"{docs_dir} holds files the generator did not write — "
                "choose an empty or new folder with --docs-dir"
            )
        docs_dir.mkdir(parents=True, exist_ok=True)
        _leave_marker(docs_dir / MARKER)
        self.path = docs_dir
        self.assets = {
            "assets/" + asset.relative_to(assets).as_posix(): asset
            for asset in sorted(assets.rglob("*"))
            if asset.is_file()
        }
        self.planned: frozenset[str] = frozenset()

    def plan(self, paths: Iterable[str]) -> None:
        """The paths the run's files will be saved at; refused if one would be written twice."""
        paths = list(paths)
        twice = sorted(path for path, count in Counter(paths).items() if count > 1)
        if twice:
            raise PageClash(twice)
        for path in paths:
            if path in self.assets:
                raise OutputError(f"{path} would be written twice (a page and an asset)")
        self.planned = frozenset(paths)

    def save(self, files: dict[str, str]) -> dict[str, bool]:
        """Write each file unless it is already there as it is; path -> whether it changed."""
        changed = {}
        for relative, text in files.items():
            if relative not in self.planned:
                raise RuntimeError(f"{relative} was made by a job that did not declare it")
            changed[relative] = _write_if_changed(self.path / relative, text.encode("utf-8"))
        return changed

    def finish(self, saved: Iterable[dict[str, bool]]) -> int:
        """Add the assets and remove what this run did not write; how many files changed.

        saved: what each save() returned."""
        written = {path: changed for files in saved for path, changed in files.items()}
        changed = sum(written.values())
        for relative, asset in self.assets.items():
            changed += _write_if_changed(self.path / relative, asset.read_bytes())
        wanted = {self.path / relative for relative in [*written, *self.assets]}
        wanted.add(self.path / MARKER)
        for existing in sorted(self.path.rglob("*"), reverse=True):
            if existing.is_file() and existing not in wanted:
                existing.unlink()
                changed += 1
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
        return changed


def _write_if_changed(target: Path, content: bytes) -> bool:
    if target.is_file() and target.read_bytes() == content:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return True


def _leave_marker(marker: Path) -> None:
    # Written only when it differs: rewriting it on every run woke `mkdocs serve`'s
    # watcher, whose rebuild regenerated and rewrote it again, rebuilding forever.
    text = "Written by `explainer generate`; every run replaces it.\n"
    if not marker.is_file() or marker.read_text() != text:
        marker.write_text(text)
