"""Build the site with MkDocs, into a fresh folder that replaces the last good site only on success.

A failed or interrupted build leaves the previous site exactly as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.utils.yaml import yaml_load


class SiteBuildError(Exception):
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
    language: str
    repo_url: str | None
    edit_branch: str


def read_site_settings(config_file: Path) -> SiteSettings:
    with config_file.open("rb") as stream:
        raw: dict[str, Any] = yaml_load(stream) or {}  # MkDocs' loader: knows its own tags
    root = config_file.resolve().parent
    theme = raw.get("theme") or {}
    extra = raw.get("extra") or {}
    return SiteSettings(
        docs_dir=root / raw.get("docs_dir", "docs"),
        site_dir=root / raw.get("site_dir", "site"),
        language=(theme.get("language") if isinstance(theme, dict) else None) or "el",
        repo_url=raw.get("repo_url"),
        edit_branch=extra.get("edit_branch", "main") if isinstance(extra, dict) else "main",
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname.lower()}: {record.getMessage()}")


def build_site(config_file: Path, docs_dir: Path, site_dir: Path) -> None:
    """Run MkDocs strictly on docs_dir, then swap the result into site_dir."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-new-", dir=site_dir.parent))
    collected = _Collect()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(collected)
    try:
        config = load_mkdocs_config(
            config_file, docs_dir=str(docs_dir.resolve()), site_dir=str(staging), strict=True
        )
        mkdocs_build(config)
    except (MkDocsException, SystemExit, OSError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        details = "\n".join(f"  {m}" for m in collected.messages) or f"  {error}"
        raise SiteBuildError(f"MkDocs could not build the site:\n{details}") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # Ctrl-C: the old site stays
        raise
    finally:
        mkdocs_logger.removeHandler(collected)
    if collected.messages:
        shutil.rmtree(staging, ignore_errors=True)
        details = "\n".join(f"  {m}" for m in collected.messages)
        raise SiteBuildError(f"MkDocs reported problems:\n{details}")
    _swap_in(staging, site_dir)


def _swap_in(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames, so a reader never sees half a site."""
    os.chmod(staging, 0o755)
    retired = None
    if site_dir.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-old-", dir=site_dir.parent))
        retired.rmdir()
        site_dir.rename(retired)
    staging.rename(site_dir)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
