"""Write generated pages and assets into the docs folder, and nothing else anywhere.

The docs folder is the generator's own: it is emptied of stale files on every run.
To never delete someone's work by mistake, a folder is only emptied when it is new,
empty, or carries the marker file this module leaves in it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

MARKER = ".explainer-generated"
ASSETS = Path(__file__).parent / "assets"


class OutputError(Exception):
    """The output folder cannot be written safely; the message says why and what to do."""


def collect_outputs(pages: dict[str, str]) -> dict[str, bytes]:
    """Pages and static assets by docs-relative path; one path written twice is an error."""
    outputs = {path: markdown.encode("utf-8") for path, markdown in pages.items()}
    for asset in sorted(ASSETS.rglob("*")):
        if not asset.is_file():
            continue
        relative = "assets/" + asset.relative_to(ASSETS).as_posix()
        if relative in outputs:
            raise OutputError(f"{relative} would be written twice (a page and an asset)")
        outputs[relative] = asset.read_bytes()
    return outputs


def write_docs(outputs: dict[str, bytes], docs_dir: Path, protected: list[Path]) -> int:
    """Make docs_dir hold exactly `outputs`; return how many files changed.

    Unchanged files are left alone, so `mkdocs serve` reloads only what changed.
    """
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
    changed = 0
    for relative, content in outputs.items():
        target = docs_dir / relative
        if target.is_file() and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        changed += 1
    wanted = {docs_dir / relative for relative in outputs} | {docs_dir / MARKER}
    for existing in sorted(docs_dir.rglob("*"), reverse=True):
        if existing.is_file() and existing not in wanted:
            existing.unlink()
            changed += 1
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return changed


def _leave_marker(marker: Path) -> None:
    # Written only when it differs: rewriting it on every run woke `mkdocs serve`'s
    # watcher, whose rebuild regenerated and rewrote it again, rebuilding forever.
    text = "Written by `explainer generate`; every run replaces it.\n"
    if not marker.is_file() or marker.read_text() != text:
        marker.write_text(text)


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
