"""An independent check of a built site's internal links, over the HTML itself.

MkDocs' own validation works on the Markdown and misses some bad anchors (mkdocs
issue #3991); this reads what readers get. Every internal link (an <a href>, a
<link href>, a <script src>, an <img src>: relative, with or without #fragment)
must lead to a file of the site, and its fragment to an id in that file.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {
    ("a", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
}


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.page.ids.add(value)
            if (tag, name) in LINK_ATTRIBUTES:
                self.page.links.append(value)


def read_page(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def served_at(site: Path) -> str:
    """The path the site is served under ("/explainer/"), as its sitemap says ("/" if none)."""
    sitemap = site / "sitemap.xml"
    text = sitemap.read_text(encoding="utf-8") if sitemap.is_file() else ""
    first = re.search(r"<loc>([^<]+)</loc>", text)
    return urlsplit(first.group(1)).path if first else "/"


def broken_links(site: Path) -> list[str]:
    """'page: link — why' for every internal link of the site that leads nowhere."""
    site = site.resolve()
    pages = {path: read_page(path) for path in sorted(site.rglob("*.html"))}
    root = served_at(site)
    found = []
    for path, page in pages.items():
        shown = path.relative_to(site).as_posix()
        for link in page.links:
            why = _why_broken(link, path, site, pages, root)
            if why:
                found.append(f"{shown}: {link} — {why}")
    return found


def _why_broken(link: str, page_path: Path, site: Path, pages: dict[Path, Page], root: str) -> str:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return ""  # another site: not ours to check
    base = page_path.parent
    if link.startswith("/"):
        if page_path.name != "404.html":
            return "an absolute path breaks when the site is not served from the server's root"
        # MkDocs writes the 404 page (each edition's) with paths from the server's root, on
        # purpose: it is served for any missing address, at any depth (below site_url's path).
        if not link.startswith(root):
            return f"an absolute path outside {root}, where the site is served"
        base, link = site, "./" + link.removeprefix(root)
        parts = urlsplit(link)
    target = page_path
    if parts.path:
        joined = posixpath.normpath(posixpath.join(base.as_posix(), unquote(parts.path)))
        target = Path(joined)
        if not target.is_relative_to(site):
            return "leads out of the site"
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return "no such file"
    fragment = unquote(parts.fragment)
    if not fragment:
        return ""
    if target.suffix != ".html":
        return "a fragment on a file that is not a page"
    if fragment not in pages[target].ids:
        return f"no id '{fragment}' in {target.relative_to(site).as_posix()}"
    return ""
