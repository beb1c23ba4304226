"""When each content file last changed, from git: what the site shows as "facts last changed".

Commit dates are fixed once committed, so builds stay reproducible. Outside a git
checkout (a tarball, a fresh copy) the site simply says nothing about it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_changed(root: Path, content_dir: Path) -> dict[str, str]:
    """Content file path (relative to root, as editors see it) -> ISO day of its last commit."""
    try:
        relative = content_dir.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return {}
    try:
        log = subprocess.run(
            ["git", "log", "--format=@%cs", "--name-only", "--", relative],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    changed: dict[str, str] = {}
    day = ""
    for line in log.splitlines():
        if line.startswith("@"):
            day = line[1:]
        elif line and line not in changed:
            changed[line] = day  # newest commit first: the first date seen is the last change
    return changed
