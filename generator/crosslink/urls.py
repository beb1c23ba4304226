"""How one generated page addresses another: relative paths between docs files, and the
addresses the built site serves them at, both from one relative-path routine.

Markdown links (`[x](../timeline/index.md)`) are relative paths between docs files, which
MkDocs rewrites. Links inside raw HTML blocks (the SVG pictures) and inside JSON-LD are
not rewritten: they must already be the final, relative addresses. The site uses
directory URLs (MkDocs' `use_directory_urls`, Zensical's only mode): `timeline/2023.md`
is served at `timeline/2023/`.
"""

from __future__ import annotations

import functools
import posixpath


# Links are made by the ten thousand, between a few thousand pages: each pair is worked
# out once. (posixpath.relpath would also ask the OS for the working directory each time.)
@functools.lru_cache(maxsize=65536)
def relative_path(target: str, start: str) -> str:
    """posixpath.relpath(target, start) for paths relative to the docs folder or the site
    root ('' is the root itself): the path that leads from the folder start to target."""
    to_parts = tuple(part for part in target.split("/") if part and part != ".")
    from_parts = tuple(part for part in start.split("/") if part and part != ".")
    if ".." in to_parts or ".." in from_parts or target.startswith("/") or start.startswith("/"):
        return posixpath.relpath(target or ".", start.rstrip("/") or ".")
    common = 0
    for mine, theirs in zip(from_parts, to_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join(("..",) * (len(from_parts) - common) + to_parts[common:]) or "."


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
    here, target = page_url(from_page), page_url(to_path)
    if target == here:
        return ""
    link = relative_path(target, here)
    if target == "" or target.endswith("/"):
        link = "./" if link == "." else link + "/"
    return link
