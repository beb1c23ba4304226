"""Addresses of generated pages as the built site serves them, for links in raw HTML.

Markdown links (`[x](timeline/index.md)`) are rewritten by MkDocs, but links inside raw
HTML blocks (the SVG pictures) and inside JSON-LD are not: they must already be the
final, relative addresses. The site uses directory URLs (MkDocs' `use_directory_urls`,
Zensical's only mode): `timeline/2023.md` is served at `timeline/2023/`.
"""

from __future__ import annotations

import functools
import posixpath


def page_url(path: str) -> str:
    """The address of a docs file relative to the site root: '' for the home page."""
    if not path.endswith(".md"):
        return path  # a static file keeps its path
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_page: str, to_path: str, anchor: str = "") -> str:
    """The address of `to_path` (a docs file) as a link on the page `from_page` (a .md file)."""
    link = page_link(from_page, to_path)
    if anchor:
        return f"{link}#{anchor}"
    return link or "./"


def page_link(from_page: str, to_path: str) -> str:
    """relative_url without an anchor, except that a page's link to itself is ''."""
    here, from_folders = _address(from_page)
    target, to_folders = _address(to_path)
    if target == here:
        return ""
    if from_folders is None or to_folders is None:
        link = posixpath.relpath(target or ".", here.rstrip("/") or ".")
    else:
        # What posixpath.relpath says, without asking the operating system for the working
        # directory each time: links are made by the ten thousand.
        common = 0
        for mine, theirs in zip(from_folders, to_folders, strict=False):
            if mine != theirs:
                break
            common += 1
        steps = ("..",) * (len(from_folders) - common) + to_folders[common:]
        link = "/".join(steps) or "."
    if target == "" or target.endswith("/"):
        link = "./" if link == "." else link + "/"
    return link


@functools.lru_cache(maxsize=16384)
def _address(path: str) -> tuple[str, tuple[str, ...] | None]:
    """page_url(path), and the folders in it as relpath sees them (None: not a plain
    relative path, one with '..' or from the root)."""
    url = page_url(path)
    folders = tuple(part for part in url.split("/") if part and part != ".")
    if ".." in folders or url.startswith("/"):
        return url, None
    return url, folders
