"""`explainer build --engine zensical` builds the same site as MkDocs does, and searches alike.

The story is built with both engines (MkDocs with Material, the default; Zensical, its
successor) from the same mkdocs.yml and overrides. Compared, page by page: the pages
there are, each page's main content (its <article>), what its head tells browsers and
link previews (title, CSP, Open Graph), and what the search index holds for it.
Two differences of the engines themselves are set aside, each named where it is.
"""

from __future__ import annotations

import difflib
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

from tests.support import search_index

# What a page's head says that both engines must say alike.
HEAD_NAMES = {"og:title", "og:site_name", "og:type", "og:description", "og:locale", "og:url"}
HEAD_NAMES |= {"og:image", "og:image:alt", "twitter:card", "description"}


class Page(HTMLParser):
    """A page's <article> as tokens (tags with sorted attributes, texts with folded
    whitespace) and the head's title, CSP and meta values."""

    def __init__(self, url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.url = url
        self.article: list[str] = []
        self.head: dict[str, str] = {}
        self._depth = 0
        self._in_title = False
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("http-equiv", "")
            if key in HEAD_NAMES or key.lower() == "content-security-policy":
                self.head[key] = values.get("content", "")
        if tag == "article":
            self._depth += 1
            return
        if tag == "a" and values.get("id") == "__skip":
            # Zensical's skip link leads to this mark at the top of every article;
            # Material's leads to the first heading.
            self._skip = True
            return
        if self._depth:
            # Links are compared by where they lead: the engines write relative URLs
            # differently ("explainer.json" and "../data/explainer.json" on data/).
            shown = sorted(
                (name, urljoin(self.url, value) if name in {"href", "src"} else value)
                for name, value in values.items()
            )
            self.article.append(f"<{tag} {shown}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in {"meta", "article"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._depth -= 1
        elif tag == "a" and self._skip:
            self._skip = False
        elif self._depth:
            self.article.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.head["title"] = self.head.get("title", "") + data.strip()
        elif self._depth and data.strip():
            self.article.append(re.sub(r"\s+", " ", data.strip()))


def read(site: Path, page: str) -> Page:
    parsed = Page("http://site/" + page.removesuffix("index.html"))
    parsed.feed((site / page).read_text(encoding="utf-8"))
    parsed.close()
    return parsed


def html_pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_both_engines_make_the_same_pages(article_site: Path, zensical_site: Path) -> None:
    assert html_pages(article_site) == html_pages(zensical_site)
    assert len(html_pages(article_site)) > 20


def test_every_page_has_the_same_main_content(article_site: Path, zensical_site: Path) -> None:
    differing = {}
    for page in sorted(html_pages(article_site)):
        mkdocs, zensical = read(article_site, page).article, read(zensical_site, page).article
        assert mkdocs, f"{page}: no <article>"
        if mkdocs != zensical:
            diff = difflib.unified_diff(mkdocs, zensical, "mkdocs", "zensical", lineterm="", n=1)
            differing[page] = "\n".join(list(diff)[:30])
    assert not differing, "\n\n".join(f"{page}:\n{diff}" for page, diff in differing.items())


def test_every_page_says_the_same_in_its_head(article_site: Path, zensical_site: Path) -> None:
    for page in sorted(html_pages(article_site)):
        mkdocs, zensical = read(article_site, page).head, read(zensical_site, page).head
        assert "Content-Security-Policy" in mkdocs and "title" in mkdocs, (page, mkdocs)
        assert mkdocs == zensical, page


def test_the_search_index_holds_the_same_records(article_site: Path, zensical_site: Path) -> None:
    for edition in ("", "en/"):  # each edition its own index
        mkdocs = search_index(article_site / edition)
        zensical = search_index(zensical_site / edition)
        in_edition = {p for p in html_pages(article_site / edition) if not p.startswith("en/")}
        pages = [url for url in mkdocs if "#" not in url]  # and a result per record's home
        assert len(pages) == len(in_edition) - 1  # all but the 404 page
        assert len(mkdocs) > len(pages)
        assert mkdocs == zensical


def test_both_engines_draw_the_same_share_card(article_site: Path, zensical_site: Path) -> None:
    card = "assets/share-card.png"
    assert (article_site / card).read_bytes() == (zensical_site / card).read_bytes()
