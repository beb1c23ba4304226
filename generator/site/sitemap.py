"""One sitemap for the whole site: every edition's pages at the site's root, each page with
its twins in every edition (hreflang, and x-default for the default edition).

Each edition is its own site, and the engine writes a sitemap into each. Search engines
read the one at the root, which lists every edition's pages; each entry names the same
page in every edition as Google's sitemap hreflang format has it (xhtml:link), both ways.
The editions' own sitemaps stay where the engine wrote them: the theme's script loads
its edition's sitemap.xml on every page.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAME = "sitemap.xml"
_URL = re.compile(r"<url>(.*?)</url>", re.DOTALL)
_LOC = re.compile(r"<loc>([^<]*)</loc>")
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def write_one(site_dir: Path, editions: list[tuple[str, str]], site_url: str | None) -> None:
    """Put the sitemaps of the editions ((prefix, language): ("", "el"), ("en/", "en")) into
    one at the root (sitemap.xml and its gzip copy), in edition order, each page with its
    twins when the site has an address (site_url)."""
    root = site_url.rstrip("/") + "/" if site_url else None
    entries: list[tuple[str, str]] = []  # (prefix, the url element's inside)
    pages: dict[str, set[str]] = {}  # prefix -> the page paths it has
    for prefix, _ in editions:
        own = site_dir / prefix / NAME
        if not own.is_file():
            continue
        for inside in _URL.findall(own.read_text("utf-8")):
            entries.append((prefix, " ".join(inside.split())))
            loc = _LOC.search(inside)
            if root and loc and loc.group(1).startswith(root + prefix):
                pages.setdefault(prefix, set()).add(loc.group(1).removeprefix(root + prefix))
    lines = []
    for prefix, inside in entries:
        loc = _LOC.search(inside)
        page = loc.group(1).removeprefix((root or "") + prefix) if loc else None
        twins = ""
        if root and page is not None and page in pages.get(prefix, set()):
            present = [(p, lang) for p, lang in editions if page in pages.get(p, set())]
            if len(present) > 1:
                links = [(lang, root + p + page) for p, lang in present]
                links.append(("x-default", root + editions[0][0] + page))
                twins = "".join(
                    f" <xhtml:link rel=\"alternate\" hreflang={quoteattr(lang)} href={quoteattr(url)}/>"
                    for lang, url in links
                )
        lines.append(f"    <url> {inside}{twins} </url>\n")
    text = _HEAD + "".join(lines) + "</urlset>\n"
    (site_dir / NAME).write_text(text, encoding="utf-8")
    # mtime=0: the same pages give the same bytes (builds are reproducible)
    (site_dir / f"{NAME}.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
