"""A link to a record opens its full record: one click from any short entry.

The theme opens a <details> only when the address names an element inside it; a record's
address names its entry's heading, and assets/explainer-open.js opens the disclosure after
it (checked here, in Chromium, as readers get it).
"""

from __future__ import annotations

import pytest

from tests.browser.support import OpenPage

pytestmark = pytest.mark.browser

OPEN_RECORDS_JS = """
() => [...document.querySelectorAll("details.explainer-record")]
  .filter((d) => d.open)
  .map((d) => {
    let heading = d.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    return heading ? heading.id : "";
  })
"""


def test_every_full_record_is_closed_until_asked_for(open_page: OpenPage) -> None:
    for url in ("", "timeline/", "claims/", "denials/", "actors/kirby/"):
        page = open_page(url).page
        assert page.evaluate(OPEN_RECORDS_JS) == [], url


def test_a_link_to_a_claim_opens_its_full_record(open_page: OpenPage) -> None:
    watched = open_page("timeline/")
    page = watched.page
    page.locator('a[href$="claims/#putin-kim-letters"]:visible').first.click()
    page.wait_for_url("**/claims/#putin-kim-letters")
    page.wait_for_function("document.querySelector('details.explainer-record[open]') !== null")
    assert page.evaluate(OPEN_RECORDS_JS) == ["putin-kim-letters"]
    # Its reasoning is there to read, once.
    assert page.locator("details[open]").inner_text().count("Πώς προκύπτει") >= 1


def test_a_link_within_the_page_opens_the_record_it_names(open_page: OpenPage) -> None:
    page = open_page("timeline/#white-house-wagner-statement").page
    page.wait_for_function("document.querySelector('details.explainer-record[open]') !== null")
    assert page.evaluate(OPEN_RECORDS_JS) == ["white-house-wagner-statement"]
    page.evaluate("location.hash = '#kirby-wednesday-remarks'")
    page.wait_for_function(
        "[...document.querySelectorAll('details.explainer-record[open]')].length === 2"
    )
    assert sorted(page.evaluate(OPEN_RECORDS_JS)) == [
        "kirby-wednesday-remarks",
        "white-house-wagner-statement",
    ]
