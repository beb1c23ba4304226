"""Drive Material's search dialog as a reader does, and read back what it lists."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.browser.support import WatchedPage, wait_until_search_ready


@dataclass(frozen=True)
class Result:
    url: str  # the page's URL relative to the site root, without "#section"
    title: str


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    count: int
    results: list[Result]
    highlighted: list[str]  # the text of every <mark> in the results
    missing_terms: list[str]  # Material's "missing: …" lines

    @property
    def urls(self) -> set[str]:
        return {result.url for result in self.results}

    def describe(self) -> str:
        lines = [f"{self.query!r}: {self.count} results"]
        lines += [f"  {n}. {r.title}  [{r.url or '/'}]" for n, r in enumerate(self.results, 1)]
        return "\n".join(lines)


RESULTS_JS = """
(base) => [...document.querySelectorAll("li.md-search-result__item")].map((item) => {
  const link = item.querySelector("a.md-search-result__link");
  const url = new URL(link.href);
  return {
    url: (url.origin + url.pathname).slice(base.length),
    title: (item.querySelector("article h1") || item.querySelector("article h2")).textContent.trim(),
  };
})
"""
RESULT_META_JS = """
() => {
  const list = document.querySelector(".md-search-result__list");
  const meta = document.querySelector(".md-search-result__meta").textContent.trim();
  const none = JSON.parse(document.getElementById("__config").textContent)
    .translations["search.result.none"];
  return { meta, rendered: list.children.length, none: meta === none };
}
"""


def run_search(watched: WatchedPage, base_url: str, query: str) -> SearchOutcome:
    """Type a query as a reader would and collect every result Material lists."""
    page = watched.page
    wait_until_search_ready(page)
    field = page.locator("input.md-search__input")
    magnifier = page.locator("label.md-header__button[for='__search']")
    if magnifier.is_visible():  # phone: the magnifier opens the search and focuses its field
        magnifier.click()
        page.wait_for_function("() => document.activeElement?.matches('input.md-search__input')")
    else:
        field.click()
    field.press_sequentially(query, delay=15)
    # Playwright types letters missing from a US keyboard as text without key events;
    # Material searches on keyup, which a Greek keyboard sends after every letter.
    field.press("End")

    page.wait_for_function(
        f"() => {{ const m = ({RESULT_META_JS})(); return m.rendered > 0 || m.none; }}"
    )
    meta = _settled(lambda: page.evaluate(RESULT_META_JS))
    count_match = re.match(r"\d+", meta["meta"])
    count = int(count_match.group()) if count_match else (0 if meta["none"] else 1)

    # Material renders 10 results, then 4 more each time the list is scrolled to its end.
    scroll_list = "(top) => { const w = document.querySelector('.md-search__scrollwrap'); w.scrollTop = top ? 0 : w.scrollHeight; }"
    for _ in range(60):
        if page.evaluate(RESULT_META_JS)["rendered"] >= count:
            break
        page.evaluate(scroll_list, True)
        page.wait_for_timeout(30)
        page.evaluate(scroll_list, False)
        page.wait_for_timeout(60)

    results = [Result(**item) for item in page.evaluate(RESULTS_JS, base_url)]
    highlighted = page.eval_on_selector_all(
        ".md-search-result__list mark", "(marks) => marks.map((mark) => mark.textContent)"
    )
    missing = page.eval_on_selector_all(
        ".md-search-result__terms", "(lines) => lines.map((line) => line.textContent.trim())"
    )
    return SearchOutcome(query, count, results, highlighted, missing)


def _settled(read: Callable[[], Any], attempts: int = 20) -> Any:
    """The value `read` returns once two readings 100 ms apart agree."""
    previous = read()
    for _ in range(attempts):
        time.sleep(0.1)
        current = read()
        if current == previous:
            return current
        previous = current
    return previous
