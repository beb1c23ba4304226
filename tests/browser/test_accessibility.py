"""Accessibility: axe-core on every page kind, and a keyboard walk through each page.

axe runs on the whole document, the theme's header, navigation and footer and the
search box's open results included: a theme-level violation counts like any other (fix it in
generator/site/overrides/ or generator/site/assets/a11y.css, don't exclude it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.search_driver import run_search
from tests.browser.support import (
    AXE_SCRIPT,
    PAGE_KINDS,
    VIEWPORTS,
    OpenPage,
    PageKinds,
    require_file,
    wait_until_search_ready,
)

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe_script() -> Path:
    return require_file(AXE_SCRIPT, "run: npm ci")


def run_axe(page: Page, axe_script: Path) -> list[dict[str, Any]]:
    """axe-core's violations for the page as it is now.

    The script is run through the DevTools protocol (evaluate), which the page's
    Content-Security-Policy does not govern: as a <script> tag it would be refused, and
    switching the CSP off for the tests would blind the CSP's own tests."""
    page.evaluate(axe_script.read_text(encoding="utf-8"))
    violations: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
    )
    return violations


def blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_axe_finds_no_serious_violations(
    kind: str, viewport: str, page_kinds: PageKinds, open_page: OpenPage, axe_script: Path
) -> None:
    watched = open_page(page_kinds.urls[kind], viewport)
    wait_until_search_ready(watched.page)
    serious = blocking(run_axe(watched.page, axe_script))
    assert not serious, f"{kind} at {viewport} size:\n{describe(serious)}"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_axe_finds_no_serious_violations_in_open_search_results(
    viewport: str, open_page: OpenPage, base_url: str, axe_script: Path
) -> None:
    watched = open_page("", viewport)
    outcome = run_search(watched, base_url, "ρωσια")
    assert outcome.results, outcome.describe()
    serious = blocking(run_axe(watched.page, axe_script))
    assert not serious, f"search results at {viewport} size:\n{describe(serious)}"


# Marks every link a keyboard user should be able to reach and returns how many there are:
# rendered (not display:none, visibility:hidden, inside a closed <details> or [inert]) and
# not tabindex=-1. Links in HTML and in inline SVG count alike.
MARK_REACHABLE_LINKS_JS = """
() => {
  let count = 0;
  for (const link of document.querySelectorAll("a[href]")) {
    const rendered = link.checkVisibility({ visibilityProperty: true }) && !link.closest("[inert]");
    if (rendered && link.tabIndex >= 0) link.dataset.keyboardTarget = String(count++);
  }
  return count;
}
"""
FOCUSED_JS = """
() => {
  const element = document.activeElement;
  if (element === null || element === document.body) return null;
  if (element.matches("pagefind-searchbox input")) return "search";
  return element.dataset.keyboardTarget ?? "";
}
"""
UNREACHED_JS = """
(reached) => [...document.querySelectorAll("[data-keyboard-target]")]
  .filter((link) => !reached.includes(link.dataset.keyboardTarget))
  .map((link) => `${link.textContent.trim().slice(0, 50)} -> ${link.getAttribute("href")}`)
"""


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_keyboard_reaches_search_and_every_link(
    kind: str, viewport: str, page_kinds: PageKinds, open_page: OpenPage
) -> None:
    watched = open_page(page_kinds.urls[kind], viewport)
    page = watched.page
    wait_until_search_ready(page)
    targets = page.evaluate(MARK_REACHABLE_LINKS_JS)
    reached: set[str] = set()
    # Tab through the page, wrapping round once if need be, until everything was reached.
    for _ in range(2 * targets + 30):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused:
            reached.add(focused)
        if "search" in reached and len(reached) == targets + 1:
            break
    assert "search" in reached, f"{kind} at {viewport} size: Tab never reaches the search field"
    unreached = page.evaluate(UNREACHED_JS, sorted(reached))
    assert not unreached, f"{kind} at {viewport} size: links Tab never reaches: {unreached}"
