"""Every page loads cleanly, and each page kind looks right at desktop and phone size."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.support import (
    PAGE_KINDS,
    VIEWPORTS,
    OpenPage,
    PageKinds,
    wait_until_search_ready,
)

pytestmark = pytest.mark.browser

# Elements wider than the phone screen, to name in a failure message.
OVERFLOWING_ELEMENTS_JS = """
() => {
  const limit = document.documentElement.clientWidth;
  const overflowing = [];
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > limit + 1 && getComputedStyle(element).position !== "fixed")
      overflowing.push(`${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`
        + ` right=${Math.round(box.right)}`);
  }
  return overflowing.slice(0, 15);
}
"""


def test_every_page_loads_without_errors_or_requests_to_other_hosts(
    all_page_urls: list[str], open_page: OpenPage
) -> None:
    problems_by_page: dict[str, list[str]] = {}
    for url in all_page_urls:
        watched = open_page(url)
        # Material fetches the search index and starts its worker after load.
        wait_until_search_ready(watched.page)
        if watched.watch.problems():
            problems_by_page[url or "/"] = watched.watch.problems()
        watched.close()
    report = "\n".join(
        f"{url}:\n  " + "\n  ".join(problems) for url, problems in problems_by_page.items()
    )
    assert not problems_by_page, f"pages with problems:\n{report}"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_kind_screenshot_and_no_sideways_scrolling(
    kind: str,
    viewport: str,
    page_kinds: PageKinds,
    open_page: OpenPage,
    screenshot_dir: Path,
) -> None:
    watched = open_page(page_kinds.urls[kind], viewport)
    page = watched.page
    wait_until_search_ready(page)
    page.screenshot(path=str(screenshot_dir / f"{kind}-{viewport}.png"), full_page=True)

    scroll_width, view_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= view_width, (
        f"{kind} scrolls sideways at {viewport} size ({scroll_width}px > {view_width}px); "
        f"too wide: {page.evaluate(OVERFLOWING_ELEMENTS_JS)}"
    )
    assert not watched.watch.problems(), watched.watch.problems()
