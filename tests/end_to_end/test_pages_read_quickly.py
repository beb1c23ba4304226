"""The story reads quickly: the targets of issue 12, held over the built site as a reader
sees it (tests/end_to_end/reading.py says how the words are counted).

- the home page in half a minute: at most 300 words;
- the whole timeline (all its pages together): at most 1,500 words;
- no claim's statement twice on one page, closed disclosures included;
- each record's full record once, on its home, in a closed disclosure.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import pipeline
from tests.end_to_end.reading import main_text, words

HOME_LIMIT = 300
TIMELINE_LIMIT = 1500


def html_pages(site: Path) -> dict[str, str]:
    return {
        page.relative_to(site).as_posix(): page.read_text(encoding="utf-8")
        for page in sorted(site.rglob("*.html"))
        if not page.relative_to(site).as_posix().startswith("pagefind/")
    }


def test_the_home_page_is_read_in_half_a_minute(article_site: Path) -> None:
    home = (article_site / "index.html").read_text(encoding="utf-8")
    assert 150 <= words(home) <= HOME_LIMIT, main_text(home)


def test_the_whole_timeline_runs_to_at_most_1500_words(article_site: Path) -> None:
    timeline = sorted((article_site / "timeline").rglob("index.html"))
    counted = {page.parent.name: words(page.read_text(encoding="utf-8")) for page in timeline}
    assert counted and sum(counted.values()) <= TIMELINE_LIMIT, counted


def test_no_claim_statement_is_printed_twice_on_a_page(
    article_site: Path, article_project: pipeline.Project
) -> None:
    facts = pipeline.check(article_project)
    statements = {claim.id: " ".join(claim.statement.el.split()) for claim in facts.claims.values()}
    twice = {
        (path, claim_id): count
        for path, html in html_pages(article_site).items()
        for claim_id, statement in statements.items()
        if (count := main_text(html, closed_bodies=True).count(statement)) > 1
    }
    assert twice == {}
    # The claims page, their home, holds each statement once (the test can find them).
    claims_page = main_text((article_site / "claims/index.html").read_text(encoding="utf-8"))
    assert all(claims_page.count(statement) == 1 for statement in statements.values())


def test_each_full_record_is_in_a_closed_disclosure_on_its_home_alone(
    article_site: Path, article_project: pipeline.Project
) -> None:
    facts = pipeline.check(article_project)
    homes = {
        **{event_id: "timeline/index.html" for event_id in facts.events},
        **{claim_id: "claims/index.html" for claim_id in facts.claims},
        **{response_id: "denials/index.html" for response_id in facts.responses},
    }
    pages = html_pages(article_site)
    for record_id, home in homes.items():
        html = pages[home]
        entry = re.search(
            rf'id="{re.escape(record_id)}".*?(<details class="explainer-record".*?</details>)',
            html,
            re.DOTALL,
        )
        assert entry, (record_id, home)
        assert " open" not in entry[1].split(">", 1)[0], record_id
    # Events', claims' and responses' reasoning is in their full records, closed: the dated
    # lists and the home page show none.
    reasoning = "Πώς προκύπτει"
    for path in ("index.html", "timeline/index.html", "claims/index.html", "denials/index.html"):
        assert reasoning in main_text(pages[path], closed_bodies=True) or path == "index.html"
        assert reasoning not in main_text(pages[path]), path
