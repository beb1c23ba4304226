"""Every YAML file of a content folder, read in a stable order, each checked before it is read.

File names end up in messages and edit links, so only plain names are read; a link that
leads out of the content folder is refused.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..problems import Location, Problems
from .yaml_file import SourceFile, load_file

SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def display_path(path: Path, relative_to: Path) -> str:
    try:  # the folder resolved, not the file: a link is shown where it is, not where it points
        return (path.parent.resolve() / path.name).relative_to(relative_to.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_folder(
    content_dir: Path, problems: Problems, shown_from: Path | None = None
) -> list[SourceFile]:
    """Every *.yaml file below content_dir, in a stable order; problems are added, not raised."""
    shown_from = shown_from or Path.cwd()
    root = content_dir.resolve()
    loaded = []
    for path in _yaml_files(content_dir):
        source = SourceFile(path, display_path(path, shown_from))
        unsafe = [
            part
            for part in path.relative_to(content_dir).parts
            if not SAFE_FILE_NAME.fullmatch(part)
        ]
        if unsafe:
            # File names end up in the site's edit links and in messages: keep them plain.
            suggestion = (
                re.sub(r"-*\.-*", ".", re.sub(r"[^A-Za-z0-9._-]+", "-", unsafe[0])).strip("-.")
                or "events.yaml"
            )
            problems.add(
                Location(source.display, 1, 1),
                "",
                f"the name '{unsafe[0]}' may hold only Latin letters, digits, '-', '_' and '.'",
                f"rename it, e.g. to '{suggestion}'",
            )
            source.failed = True
            loaded.append(source)
            continue
        if not path.resolve().is_relative_to(root):
            # A link in the content folder could make the checker read (and quote back in
            # its messages) any file on the machine.
            problems.add(
                Location(source.display, 1, 1),
                "",
                "the file is a link to a file outside the content folder",
                "replace the link by the file itself",
            )
            source.failed = True
            loaded.append(source)
            continue
        load_file(source, path.read_bytes(), problems)
        loaded.append(source)
    return loaded


def _yaml_files(content_dir: Path) -> list[Path]:
    # os.walk does not follow links to folders, so a link cannot make the walk loop.
    found: list[Path] = []
    for folder, subfolders, names in os.walk(content_dir):
        subfolders.sort()
        found.extend(Path(folder, name) for name in names if name.endswith((".yaml", ".yml")))
    return sorted(p for p in found if p.is_file())
