"""No broken internal link or anchor in the built sites (checked over the HTML: tests/end_to_end/linkcheck.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.end_to_end.linkcheck import broken_links, read_page
from tests.support import build, copy_fixture


@pytest.fixture(scope="module")
def story_site(article_site: Path) -> Path:
    """The repository's story, content/ at the top (built once for the session: conftest.py)."""
    return article_site


@pytest.fixture(scope="module")
def minimal_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(copy_fixture(tmp_path_factory.mktemp("minimal")))


def test_the_story_site_has_no_broken_internal_link(story_site: Path) -> None:
    assert broken_links(story_site) == []


def test_the_minimal_site_has_no_broken_internal_link(minimal_site: Path) -> None:
    assert broken_links(minimal_site) == []


def test_the_sites_are_cross_linked_with_fragments(story_site: Path, minimal_site: Path) -> None:
    # The check above proves something only if there are many links with fragments.
    for site in (story_site, minimal_site):
        links = [link for page in site.rglob("*.html") for link in read_page(page).links]
        assert sum("#" in link and not link.startswith("#") for link in links) > 20


def test_the_checker_finds_broken_links(minimal_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(minimal_site, site)
    claims = site / "claims" / "index.html"
    html = claims.read_text(encoding="utf-8")
    bad = (
        '<a href="../timeline/#no-such-anchor">a</a><a href="../no-such-page/">b</a>'
        '<a href="#missing">c</a><a href="/index.html">d</a><a href="../../../etc/passwd">e</a>'
        '<a href="https://example.org/#x">external</a><a href="../sources/bulletin/#top-of-nothing">f</a>'
    )
    claims.write_text(html.replace("</article>", bad + "</article>"), encoding="utf-8")
    assert broken_links(site) == [
        "claims/index.html: ../timeline/#no-such-anchor — no id 'no-such-anchor' in timeline/index.html",
        "claims/index.html: ../no-such-page/ — no such file",
        "claims/index.html: #missing — no id 'missing' in claims/index.html",
        "claims/index.html: /index.html — an absolute path breaks when the site is not served from the server's root",
        "claims/index.html: ../../../etc/passwd — leads out of the site",
        "claims/index.html: ../sources/bulletin/#top-of-nothing — no id 'top-of-nothing' in sources/bulletin/index.html",
    ]
