"""Write generated pages and assets into the docs folder, and nothing else anywhere.

The docs folder is the generator's own: it is emptied of stale files on every run.
To never delete someone's work by mistake, a folder is only emptied when it is new,
empty, or carries the marker file this module leaves in it.
"""

from __future__ import annotations

from pathlib import Path

from .problems import ExplainerError

MARKER = ".explainer-generated"
ASSETS = Path(__file__).parent / "site" / "assets"


class OutputError(ExplainerError):
    """The output folder cannot be written safely; the message says why and what to do."""


class DocsFolder:
    """The docs folder, made ready for one run: pages are saved into it as they are made.

    Saving works from forked workers too: each save touches only its own file. Unchanged
    files are left alone, so `mkdocs serve` reloads only what changed.
    """

    def __init__(self, docs_dir: Path, protected: list[Path]) -> None:
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
            "assets/" + asset.relative_to(ASSETS).as_posix(): asset
            for asset in sorted(ASSETS.rglob("*"))
            if asset.is_file()
        }

    def save(self, relative: str, text: str) -> bool:
        """Write one page unless it is already there as it is; whether it changed."""
        if relative in self.assets:
            raise OutputError(f"{relative} would be written twice (a page and an asset)")
        return _write_if_changed(self.path / relative, text.encode("utf-8"))

    def finish(self, saved: dict[str, bool]) -> int:
        """Add the assets and remove what this run did not write; how many files changed."""
        changed = sum(saved.values())
        for relative, asset in self.assets.items():
            changed += _write_if_changed(self.path / relative, asset.read_bytes())
        wanted = {self.path / relative for relative in [*saved, *self.assets]}
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
