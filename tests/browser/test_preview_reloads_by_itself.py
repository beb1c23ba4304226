"""The editor's preview in Chromium: saving a broken file puts what to fix over the page by
itself (live reload, no click), and saving the fix takes it away again."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.support import new_watched_page
from tests.support import previewing, story_copy

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

BANNER = "#explainer-preview-problems"


def test_the_page_shows_what_to_fix_and_comes_back_without_a_reload(
    browser: Browser, tmp_path: Path, screenshot_dir: Path
) -> None:
    project = story_copy(tmp_path)
    claims = project.content / "claims.yaml"
    good = claims.read_text("utf-8")
    date = re.search(r'edtf: "([^"]+)"', good)
    assert date is not None
    with previewing(project) as base:
        # The server's own address, not only the site's path: the live reload asks the
        # server at /livereload/, outside the path the site is served at.
        origin = "{0.scheme}://{0.netloc}/".format(urllib.parse.urlsplit(base))
        watched = new_watched_page(browser, origin, "desktop")
        try:
            page = watched.page
            page.goto(base + "/claims/", wait_until="load")
            assert page.locator(BANNER).count() == 0
            claims.write_text(good.replace(date[0], 'edtf: "2023-13"', 1), "utf-8")
            page.wait_for_selector(BANNER, timeout=30_000)  # the page reloaded by itself
            banner = page.locator(BANNER)
            assert banner.get_attribute("lang") == "el"
            assert (
                banner.locator("summary")
                .inner_text()
                .startswith("Η προεπισκόπηση δεν ενημερώθηκε.")
            )
            [line] = banner.locator("li").all_inner_texts()
            assert line.startswith("content/claims.yaml:") and "2023-13 is not a real date" in line
            assert banner.is_visible()  # fixed to the bottom of the window, over the page
            page.screenshot(path=str(screenshot_dir / "preview-problem-desktop.png"))
            claims.write_text(good, "utf-8")
            page.wait_for_selector(BANNER, state="detached", timeout=30_000)
            assert page.locator("h1").first.inner_text() != ""
            assert watched.watch.problems() == []
        finally:
            watched.close()
