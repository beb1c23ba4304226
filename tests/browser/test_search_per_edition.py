"""Each edition searches its own index: an English query on an English page finds English
pages, and a Greek page's search stays in the Greek edition."""

from __future__ import annotations

import pytest

from tests.browser.search_driver import FIRST_SCREEN, run_search
from tests.browser.support import OpenPage

pytestmark = pytest.mark.browser


# The person's own page is on the first screen of results, with the records whose
# headings name them: «White House: Putin–Kim letters» ranks above Putin's page.


@pytest.mark.parametrize(
    ("query", "own_page"),
    [("shoigu", "Sergei Shoigu"), ("KIRBY", "John Kirby"), ("putin", "Vladimir Putin")],
)
def test_an_english_query_on_an_english_page_finds_english_pages(
    query: str, own_page: str, open_page: OpenPage, base_url: str
) -> None:
    watched = open_page("en/")
    outcome = run_search(watched, base_url, query)
    assert outcome.results, outcome.describe()
    assert own_page in [r.title for r in outcome.results[:FIRST_SCREEN]], outcome.describe()
    assert all(result.url.startswith("en/") for result in outcome.results), outcome.describe()
    assert outcome.count == len(outcome.results), outcome.describe()
    assert not watched.watch.problems(), watched.watch.problems()


def test_a_greek_page_searches_the_greek_edition(open_page: OpenPage, base_url: str) -> None:
    outcome = run_search(open_page(""), base_url, "σοιγκου")
    assert outcome.results and outcome.results[0].title == "Σεργκέι Σοϊγκού", outcome.describe()
    assert not any(result.url.startswith("en/") for result in outcome.results), outcome.describe()
