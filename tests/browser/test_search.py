"""Greek search in the browser: typed without accents, in capitals, or inflected.

The examples are this story's words; which pages hold each word is worked out from
Material's search index (search/search_index.json) with a Python version of the
folding the site's JavaScript does, so the tests check both "the right page first"
(named in the examples) and "every page that holds the word".
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.search_driver import run_search
from tests.browser.support import OpenPage, fold

pytestmark = pytest.mark.browser


def strip_edge_punctuation(word: str) -> str:
    return re.sub(r"^[\W_]+|[\W_]+$", "", word)


@dataclass(frozen=True)
class SearchIndex:
    separator: re.Pattern[str]
    words_by_page: dict[str, set[str]]
    original_text: str

    @classmethod
    def load(cls, site_dir: Path) -> SearchIndex:
        data = json.loads((site_dir / "search" / "search_index.json").read_text("utf-8"))
        separator = re.compile(data["config"]["separator"])
        words_by_page: dict[str, set[str]] = {}
        texts: list[str] = []
        for doc in data["docs"]:
            page = doc["location"].split("#", 1)[0]
            text = html.unescape(re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}"))
            texts.append(text)
            words = {strip_edge_punctuation(fold(word)) for word in separator.split(text)}
            words_by_page.setdefault(page, set()).update(filter(None, words))
        return cls(separator, words_by_page, "\n".join(texts))

    def pages_with_word_starting(self, folded_prefix: str) -> set[str]:
        return {
            page
            for page, words in self.words_by_page.items()
            if any(word.startswith(folded_prefix) for word in words)
        }


@pytest.fixture(scope="session")
def search_index(site_dir: Path) -> SearchIndex:
    return SearchIndex.load(site_dir)


# The query as a reader types it, and the title of the page that must come first.
SEARCH_EXAMPLES = [
    pytest.param("ρωσια", "Ρωσία", id="russia-plain"),
    pytest.param("ΡΩΣΙΑ", "Ρωσία", id="russia-capitals"),
    pytest.param("Ρωσία", "Ρωσία", id="russia-accented"),
    # Since the outside sources are archived (issue 11), pages titled with the word come
    # first: the article itself (or ant1news' copy, which has its headline), and the
    # republication titled «… αντάλλαξαν επιστολές».
    pytest.param(
        "πυρομαχικα",
        "Το άρθρο «Λευκός Οίκος: Η Ρωσία ζητά πολεμοφόδια από τη Βόρεια Κορέα»",
        id="munitions-plain",
    ),
    pytest.param("ΠΟΥΤΙΝ", "Βλαντίμιρ Πούτιν", id="putin-capitals"),
    pytest.param("κιρμπι", "Τζον Κίρμπι", id="kirby-plain"),
    pytest.param("σοιγκου", "Σεργκέι Σοϊγκού", id="shoigu-plain"),
    pytest.param(
        "επιστολες",
        "Το άρθρο «ΗΠΑ: Η Ρωσία ζητά πολεμοφόδια από τη Βόρεια Κορέα – Πούτιν-Κιμ αντάλλαξαν "
        "επιστολές»",
        id="letters-plural-plain",
    ),
]


@pytest.mark.parametrize(("query", "first_title"), SEARCH_EXAMPLES)
def test_search_finds_every_page_holding_the_word_right_page_first(
    query: str,
    first_title: str,
    open_page: OpenPage,
    base_url: str,
    search_index: SearchIndex,
) -> None:
    watched = open_page("")
    outcome = run_search(watched, base_url, query)

    holding = search_index.pages_with_word_starting(fold(query))
    assert holding, f"no page holds a word starting with {fold(query)!r}: update the example"
    assert outcome.results, f"nothing found for {query!r}; pages holding it: {sorted(holding)}"
    assert outcome.results[0].title == first_title, outcome.describe()
    not_found = holding - outcome.urls
    assert not not_found, f"pages holding {query!r} not found: {sorted(not_found)}\n" + (
        outcome.describe()
    )
    assert not watched.watch.problems(), watched.watch.problems()


@pytest.mark.parametrize(("query", "_first_title"), SEARCH_EXAMPLES)
def test_search_highlights_matches_in_the_original_accented_text(
    query: str,
    _first_title: str,
    open_page: OpenPage,
    base_url: str,
    search_index: SearchIndex,
) -> None:
    outcome = run_search(open_page(""), base_url, query)

    matching = [text for text in outcome.highlighted if fold(text).startswith(fold(query))]
    assert matching, f"no highlighted match for {query!r}: {outcome.highlighted[:20]}"
    assert all(text in search_index.original_text for text in outcome.highlighted), (
        "highlighted text that is not the site's own text: "
        f"{[t for t in outcome.highlighted if t not in search_index.original_text][:10]}"
    )
    # The site's words carry accents or capitals: the snippets show them, not folded text.
    assert any(text != fold(text) for text in matching), matching[:10]
    assert not outcome.missing_terms[:1], (
        f"top result says a word is missing: {outcome.missing_terms}"
    )


def test_inflected_forms_find_each_other(
    open_page: OpenPage, base_url: str, search_index: SearchIndex
) -> None:
    singular = run_search(open_page(""), base_url, "επιστολή")
    plural = run_search(open_page(""), base_url, "επιστολες")

    pages_with_plural_only = search_index.pages_with_word_starting(
        fold("επιστολές")
    ) - search_index.pages_with_word_starting(fold("επιστολή"))
    assert pages_with_plural_only, "the site no longer has «επιστολές» without «επιστολή»"
    assert pages_with_plural_only <= singular.urls, singular.describe()
    assert singular.urls == plural.urls, singular.describe() + "\n" + plural.describe()
    # A word found through its stem is not reported as missing.
    assert not singular.missing_terms, singular.missing_terms


def test_search_works_at_phone_size(open_page: OpenPage, base_url: str) -> None:
    outcome = run_search(open_page("", "phone"), base_url, "ρωσια")
    assert outcome.results and outcome.results[0].title == "Ρωσία", outcome.describe()


def test_enter_opens_the_first_result(open_page: OpenPage, base_url: str) -> None:
    watched = open_page("")
    outcome = run_search(watched, base_url, "ρωσια")
    with watched.page.expect_navigation():
        watched.page.keyboard.press("Enter")
    assert watched.page.url.startswith(base_url + outcome.results[0].url), (
        f"Enter opened {watched.page.url}, not the first result\n{outcome.describe()}"
    )


def test_accents_and_case_do_not_change_the_results(open_page: OpenPage, base_url: str) -> None:
    """Same word, written four ways: the same pages in the same order."""
    spellings = ["Σοϊγκού", "σοιγκου", "ΣΟΪΓΚΟΥ", "ΣΟΙΓΚΟΥ"]
    outcomes = [run_search(open_page(""), base_url, spelling) for spelling in spellings]
    first = outcomes[0]
    for other in outcomes[1:]:
        assert [r.url for r in other.results] == [r.url for r in first.results], (
            first.describe() + "\n" + other.describe()
        )
