"""One sitemap for the whole site: every edition's pages, at the site's root.

Each edition is its own site, and the engine writes a sitemap into each; search engines
read the one at the root, so the others' entries are moved into it and their own files
removed. Each page names its twins in the other editions with hreflang in its <head>
(overrides/partials/explainer-head.html), which search engines read from the pages.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

NAME = "sitemap.xml"
_URL = re.compile(r"<url>.*?</url>", re.DOTALL)
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'


def write_one(site_dir: Path, prefixes: list[str]) -> None:
    """Put the sitemaps of the editions at these prefixes ("" the root's, "en/") into one
    at the root (sitemap.xml and its gzip copy), in edition order."""
    entries: list[str] = []
    for prefix in prefixes:
        own = site_dir / prefix / NAME
        if own.is_file():
            entries += [" ".join(url.split()) for url in _URL.findall(own.read_text("utf-8"))]
        if prefix:
            own.unlink(missing_ok=True)
            (site_dir / prefix / f"{NAME}.gz").unlink(missing_ok=True)
    text = _HEAD + "".join(f"    {entry}\n" for entry in entries) + "</urlset>\n"
    (site_dir / NAME).write_text(text, encoding="utf-8")
    # mtime=0: the same pages give the same bytes (builds are reproducible)
    (site_dir / f"{NAME}.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
