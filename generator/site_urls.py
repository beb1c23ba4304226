"""Addresses of generated pages as the built site serves them, for links in raw HTML.

Markdown links (`[x](timeline/index.md)`) are rewritten by MkDocs, but links inside raw
HTML blocks (the SVG pictures) and inside JSON-LD are not: they must already be the
final, relative addresses. The site uses directory URLs (MkDocs' `use_directory_urls`,
Zensical's only mode): `timeline/2023.md` is served at `timeline/2023/`.
"""

from __future__ import annotations

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
    here = page_url(from_page)
    target = page_url(to_path)
    if target == here:
        link = ""
    else:
        link = posixpath.relpath(target or ".", here.rstrip("/") or ".")
        if target == "" or target.endswith("/"):
            link = "./" if link == "." else link + "/"
    if anchor:
        return f"{link}#{anchor}"
    return link or "./"
