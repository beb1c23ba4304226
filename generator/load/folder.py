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


class ParsedFiles:
    """Files read before without a problem, each with the bytes it was read from.

    Kept by a caller that loads the same folder again and again (the editor's preview): a
    file whose bytes are unchanged is not parsed again, and the very same SourceFile, data
    and all, is returned, so that what is made from it can be known to be unchanged too.
    Only the files of the latest load are kept.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[bytes, SourceFile]] = {}
        self._seen: dict[Path, tuple[bytes, SourceFile]] = {}

    def get(self, path: Path, content: bytes) -> SourceFile | None:
        known = self._files.get(path)
        if known is None or known[0] != content:
            return None
        self._seen[path] = known
        return known[1]

    def keep(self, path: Path, content: bytes, source: SourceFile) -> None:
        self._seen[path] = (content, source)

    def loaded(self) -> None:
        """A load is over: forget the files it did not read (removed, or with problems)."""
        self._files, self._seen = self._seen, {}


def load_folder(
    content_dir: Path,
    problems: Problems,
    shown_from: Path | None = None,
    parsed: ParsedFiles | None = None,
) -> list[SourceFile]:
    """Every *.yaml file below content_dir, in a stable order; problems are added, not raised.

    parsed: files read before (see ParsedFiles); those unchanged are not parsed again.
    """
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
        content = path.read_bytes()
        known = parsed.get(path, content) if parsed is not None else None
        if known is not None:
            loaded.append(known)
            continue
        before = len(problems)
        load_file(source, content, problems)
        if parsed is not None and len(problems) == before and not source.failed:
            parsed.keep(path, content, source)
        loaded.append(source)
    if parsed is not None:
        parsed.loaded()
    return loaded


def _yaml_files(content_dir: Path) -> list[Path]:
    # os.walk does not follow links to folders, so a link cannot make the walk loop.
    found: list[Path] = []
    for folder, subfolders, names in os.walk(content_dir):
        subfolders.sort()
        found.extend(Path(folder, name) for name in names if name.endswith((".yaml", ".yml")))
    return sorted(p for p in found if p.is_file())
