"""Drive the site's search box (Pagefind's searchbox in the header) as a reader does, and
read back what it lists and what it announces."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from playwright.sync_api import Page

from tests.browser.support import WatchedPage, wait_until_search_ready


@dataclass(frozen=True)
class Result:
    url: str  # relative to the site root: a page's URL, or a record's on its home (…/#id)
    title: str
    excerpt: str


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    count: int  # how many pages match, as the box announces it
    results: list[Result]  # every result, in order (the list loads them as it is scrolled)
    highlighted: list[str]  # the text of every <mark> in the results
    announced: list[str]  # what the live regions said, "polite: …" or "assertive: …"

    @property
    def urls(self) -> set[str]:
        return {result.url for result in self.results}

    def describe(self) -> str:
        lines = [f"{self.query!r}: {self.count} results; announced {self.announced}"]
        lines += [f"  {n}. {r.title}  [{r.url or '/'}]" for n, r in enumerate(self.results, 1)]
        return "\n".join(lines)


# The first screen of results: the dropdown shows about four at a time.
FIRST_SCREEN = 4
RESULTS_TIMEOUT = 30.0  # seconds to list every result
FIELD = "pagefind-searchbox input"
OPTIONS = "pagefind-searchbox a[role=option][href]"
RESULTS_JS = """
(base) => [...document.querySelectorAll("pagefind-searchbox a[role=option][href]")].map((a) => {
  const url = new URL(a.href);
  return {
    url: (url.origin + url.pathname).slice(base.length) + url.hash,
    title: a.querySelector(".pf-searchbox-result-title")?.textContent.trim() ?? "",
    excerpt: a.querySelector(".pf-searchbox-result-excerpt")?.textContent.trim() ?? "",
  };
})
"""
# Pagefind's messages come and go in its live regions: record each one as it appears.
WATCH_ANNOUNCEMENTS_JS = """
() => {
  if (window.__announced) return;
  window.__announced = [];
  new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      const region = node?.closest?.("[aria-live]");
      const text = region?.textContent.trim();
      if (text) window.__announced.push(region.getAttribute("aria-live") + ": " + text);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}
"""
COUNT = re.compile(r"^polite: (\d+) ")


def type_query(page: Page, query: str) -> None:
    """Type the query into the search box, as a reader does, and wait for the answer."""
    wait_until_search_ready(page)
    page.evaluate(WATCH_ANNOUNCEMENTS_JS)
    page.evaluate("() => window.__announced.splice(0)")
    field = page.locator(FIELD)
    field.click()
    field.fill("")
    field.press_sequentially(query, delay=15)
    # Typing searches as it goes: wait for what is said about the whole query.
    page.wait_for_function(
        "(query) => window.__announced.some((said) => said.endsWith(' ' + query))",
        arg=query,
        timeout=15_000,
    )


def run_search(watched: WatchedPage, base_url: str, query: str) -> SearchOutcome:
    """Type a query and collect every result the box lists, scrolling it to the end."""
    page = watched.page
    type_query(page, query)
    announced = page.evaluate("() => [...window.__announced]")
    counts = [
        int(match.group(1))
        for said in announced
        if (match := COUNT.match(said)) and said.endswith(f" {query}")
    ]
    count = counts[-1] if counts else 0
    # The list renders its results as they scroll into view: a few at a time, each a
    # fragment to fetch, slower on a busy machine (10 s fell short once, for 27 results).
    deadline = time.monotonic() + RESULTS_TIMEOUT
    while time.monotonic() < deadline:
        shown = page.locator(OPTIONS).count()
        titles = page.eval_on_selector_all(
            "pagefind-searchbox .pf-searchbox-result-title", "(ts) => ts.map((t) => t.textContent)"
        )
        if shown >= count and all(title.strip() for title in titles):
            break
        page.locator(OPTIONS).last.scroll_into_view_if_needed() if shown else None
        page.wait_for_timeout(100)
    results = [Result(**item) for item in page.evaluate(RESULTS_JS, base_url)]
    highlighted = page.eval_on_selector_all(
        "pagefind-searchbox [role=option] mark", "(marks) => marks.map((mark) => mark.textContent)"
    )
    return SearchOutcome(query, count, results, highlighted, announced)
