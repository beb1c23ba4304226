"""The search box under Zensical works as under MkDocs, and what it shows stays text.

The Zensical build is the same site (tests/end_to_end/test_engines_build_the_same_site.py
compares them); here a reader searches it. The hostile build puts markup-like text into
every field: Pagefind shows it in its results as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog

from tests.browser.conftest import serving
from tests.browser.search_driver import run_search
from tests.browser.support import new_watched_page
from tests.end_to_end.test_hostile_content_stays_text import make_hostile
from tests.support import build, copy_fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def zensical_url(zensical_site_dir: Path) -> Iterator[str]:
    with serving(zensical_site_dir) as url:
        yield url


@pytest.mark.parametrize(
    ("query", "first_title"),
    # (Putin's page is third for his name: see test_search.py's NAMES.)
    [("σοιγκου", "Σεργκέι Σοϊγκού"), ("ΠΟΥΤΙΝ", "Βλαντίμιρ Πούτιν"), ("κιρμπι", "Τζον Κίρμπι")],
)
def test_search_under_zensical_finds_what_it_finds_under_mkdocs(
    query: str, first_title: str, browser: Browser, zensical_url: str, base_url: str
) -> None:
    outcomes = []
    for url in (base_url, zensical_url):
        watched = new_watched_page(browser, url, "desktop")
        watched.page.goto(url, wait_until="load")
        outcomes.append(run_search(watched, url, query))
        assert not watched.watch.problems(), watched.watch.problems()
        watched.close()
    mkdocs, zensical = outcomes
    assert first_title in [r.title for r in zensical.results[:4]], zensical.describe()
    assert [r.url for r in zensical.results] == [r.url for r in mkdocs.results], (
        mkdocs.describe() + "\n" + zensical.describe()
    )
    assert zensical.announced[-1] == mkdocs.announced[-1]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_fixture(tmp_path_factory.mktemp("hostile-search"))
    make_hostile(project)
    with serving(build(project)) as url:
        yield url


def test_markup_in_the_content_shows_as_text_in_search_results(
    browser: Browser, hostile_url: str
) -> None:
    watched = new_watched_page(browser, hostile_url, "desktop")
    dialogs: list[str] = []  # what alert(1) would open, had any of it run

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    watched.page.on("dialog", on_dialog)
    watched.page.goto(hostile_url, wait_until="load")
    outcome = run_search(watched, hostile_url, "alert")
    assert outcome.results, outcome.describe()
    results = watched.page.locator("pagefind-searchbox .pf-searchbox-results")
    elements = results.evaluate(
        "(list) => [...list.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())"
    )
    assert set(elements) <= {"a", "p", "mark", "div", "span"}, sorted(set(elements))
    shown = " ".join(f"{r.title} {r.excerpt}" for r in outcome.results)
    assert "<script>" in shown or "<img" in shown, shown[:500]
    assert dialogs == []
    assert not watched.watch.problems(), watched.watch.problems()
