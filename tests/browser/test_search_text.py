"""Properties of the search's text functions (generator/site/assets/search/greek-text.js).

The functions run in Chromium, loaded from the built site, on words Hypothesis makes
up: Greek letters with and without tonos and dialytika, in any case, with final sigma.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, Page

from tests.browser.support import fold

pytestmark = pytest.mark.browser

PLAIN_LETTERS = "αβγδεζηθικλμνξοπρστυφχψω"
MARKED_LETTERS = "άέήίόύώϊϋΐΰ"

# Hypothesis calls a test many times; one page with the functions loaded serves them all.
HYPOTHESIS_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@st.composite
def greek_words(draw: st.DrawFn) -> str:
    letters = draw(
        st.lists(st.sampled_from(PLAIN_LETTERS + MARKED_LETTERS), min_size=1, max_size=12)
    )
    word = "".join(letters)
    if word.endswith("σ") and draw(st.booleans()):
        word = word[:-1] + "ς"
    case = draw(st.sampled_from(["lower", "upper", "title"]))
    return str(getattr(word, case)())


def strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def text_page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context()
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(base_url) else route.abort()
        ),
    )
    page = context.new_page()
    page.goto(base_url + "404.html")
    page.add_script_tag(url=base_url + "assets/search/greek-text.js")
    yield page
    context.close()


def js(page: Page, expression: str, argument: Any = None) -> Any:
    return page.evaluate(
        f"(arg) => {{ const t = window.greekSearchText; return {expression}; }}", argument
    )


@HYPOTHESIS_SETTINGS
@given(words=st.lists(greek_words(), min_size=1, max_size=30))
def test_folding_ignores_accents_case_and_final_sigma(text_page: Page, words: list[str]) -> None:
    folded = js(text_page, "arg.map((w) => t.foldText(w))", words)
    assert folded == [fold(word) for word in words]
    for word, folded_word in zip(words, folded, strict=True):
        assert fold(strip_marks(word).upper()) == folded_word
        assert folded_word == strip_marks(folded_word).lower().replace("ς", "σ")


@HYPOTHESIS_SETTINGS
@given(word=greek_words(), stem_length=st.integers(min_value=0, max_value=14), junk=st.booleans())
def test_a_stem_is_used_only_when_it_is_a_shorter_prefix(
    text_page: Page, word: str, stem_length: int, junk: bool
) -> None:
    folded = fold(word)
    stemmer_says = ("ξξξ" if junk else "") + folded[:stem_length].upper()
    stem = js(text_page, "t.stemOf(t.foldText(arg[0]), () => arg[1])", [word, stemmer_says])
    if stem:
        assert folded.startswith(stem) and 3 <= len(stem) < len(folded), (word, stem)
    else:
        expected_usable = not junk and 3 <= stem_length < len(folded)
        assert not expected_usable, (word, stemmer_says)


@HYPOTHESIS_SETTINGS
@given(words=st.lists(greek_words(), min_size=1, max_size=5))
def test_expanded_query_keeps_every_content_word_folded(text_page: Page, words: list[str]) -> None:
    expanded = js(
        text_page,
        "t.expandQuery(arg.join(' '), (w) => w.toUpperCase().slice(0, Math.max(3, w.length - 2)))",
        words,
    )
    terms = expanded["query"].split()
    stop_words = set(js(text_page, "[...t.GREEK_STOP_WORDS]"))
    content_words = [fold(word) for word in words if fold(word) not in stop_words]
    for word in content_words or [fold(word) for word in words]:
        assert word in terms, (words, expanded)
    assert all(term == fold(term) for term in terms), terms
    assert set(expanded["addedStems"]) <= set(terms)
    assert not set(expanded["addedStems"]) & set(content_words), expanded


TITLE_WORDS = ["Ρωσία", "Βόρεια", "Κορέα", "Πούτιν", "επιστολές", "πυρομαχικά", "Λευκός", "Οίκος"]


@st.composite
def result_groups(draw: st.DrawFn) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    for page_number in range(draw(st.integers(min_value=1, max_value=8))):
        title = " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=4)))
        page_score = draw(st.floats(min_value=0.01, max_value=1000))
        section_scores = draw(st.lists(st.floats(min_value=0, max_value=1000), max_size=3))
        group: list[dict[str, Any]] = [
            {"location": f"p{page_number}/", "title": title, "score": page_score}
        ]
        group += [
            {"location": f"p{page_number}/#s{n}", "title": "x", "score": score}
            for n, score in enumerate(section_scores)
        ]
        groups.append(sorted(group, key=score, reverse=True))
    # Material's order: best-scoring page first, and within a page the best section first.
    return sorted(groups, key=top_score, reverse=True)


def score(item: dict[str, Any]) -> float:
    return float(item["score"])


def top_score(group: list[dict[str, Any]]) -> float:
    return max(score(item) for item in group)


def page_item(group: list[dict[str, Any]]) -> dict[str, Any]:
    return next(item for item in group if "#" not in item["location"])


@HYPOTHESIS_SETTINGS
@given(groups=result_groups(), query_word=st.sampled_from(TITLE_WORDS))
def test_ranking_by_title_names_first_and_keeps_scores_in_order(
    text_page: Page, groups: list[list[dict[str, Any]]], query_word: str
) -> None:
    ranked = js(text_page, "t.rankByTitle(arg[0], [t.foldText(arg[1])], {})", [groups, query_word])
    assert sorted(page_item(group)["location"] for group in ranked) == sorted(
        page_item(group)["location"] for group in groups
    )
    named = [fold(query_word) in fold(page_item(group)["title"]).split() for group in ranked]
    assert named == sorted(named, reverse=True), (
        "a page named by the query comes after one that is not"
    )
    # Material's Enter key opens the highest score, so the scores must follow the order.
    top_scores = [top_score(group) for group in ranked]
    assert all(a > b for a, b in pairwise(top_scores)), top_scores
