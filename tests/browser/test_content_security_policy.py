"""The Content-Security-Policy: on every page, and nothing on the site breaks it.

Every browser test's page reports CSP violations as problems (support.new_watched_page);
these tests browse every page, open the phone's menu, scroll, search, and show that the
watch really sees a violation when there is one.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Route

from tests.browser.search_driver import run_search
from tests.browser.support import OpenPage, PageKinds, wait_until_search_ready

pytestmark = pytest.mark.browser

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)


class HeadReader(HTMLParser):
    """The CSP meta tags of a page, and what comes before the first of them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.policies: list[str] = []
        self.before: list[str] = []
        self.inline_scripts = 0
        self._script_type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies.append(values.get("content") or "")
        elif not self.policies and (
            tag in {"script", "style"}
            or (tag == "link" and values.get("rel") in {"stylesheet", "preload", "modulepreload"})
        ):
            self.before.append(tag)
        if tag == "script" and "src" not in values:
            self._script_type = values.get("type") or "text/javascript"

    def handle_data(self, data: str) -> None:
        # An inline script that runs (data blocks such as JSON-LD don't), with code in it.
        if self._script_type in {"text/javascript", "module"} and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script_type = None


def test_every_page_has_the_policy_before_any_script_or_style_and_no_inline_script(
    site_dir: Path,
) -> None:
    problems = []
    pages = sorted(site_dir.rglob("*.html"))
    for page in pages:
        reader = HeadReader()
        reader.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(site_dir).as_posix()
        if reader.policies != [POLICY]:
            problems.append(f"{name}: policies {reader.policies}")
        if reader.before:
            problems.append(f"{name}: {reader.before} before the policy, which they escape")
        if reader.inline_scripts:
            problems.append(f"{name}: {reader.inline_scripts} inline script(s), which it forbids")
    assert pages and not problems, "\n".join(problems)


def test_browsing_every_page_breaks_no_rule(all_page_urls: list[str], open_page: OpenPage) -> None:
    problems: dict[str, list[str]] = {}
    for url in all_page_urls:
        watched = open_page(url)
        wait_until_search_ready(watched.page)
        watched.page.mouse.wheel(0, 4000)  # far enough down for "back to top" to appear
        watched.page.mouse.wheel(0, -1500)
        watched.page.wait_for_timeout(100)
        if watched.watch.problems():
            problems[url or "/"] = watched.watch.problems()
        watched.close()
    assert not problems, problems


@pytest.mark.parametrize("kind", ["home", "timeline", "actors-index"])
def test_the_phone_menu_and_searching_break_no_rule(
    kind: str, page_kinds: PageKinds, open_page: OpenPage, base_url: str
) -> None:
    watched = open_page(page_kinds.urls[kind], "phone")
    watched.page.locator("label.md-header__button[for='__drawer']").click()
    watched.page.wait_for_timeout(300)
    watched.page.locator("label.md-overlay").click(position={"x": 380, "y": 400})  # closes it
    outcome = run_search(watched, base_url, "σοιγκου")
    assert outcome.results, outcome.describe()
    assert not watched.watch.problems(), watched.watch.problems()


def test_search_without_its_worker_needs_only_wasm_unsafe_eval(
    open_page: OpenPage, base_url: str
) -> None:
    """Pagefind compiles its WebAssembly in a worker, which a meta CSP does not reach;
    where it runs on the page itself, 'wasm-unsafe-eval' is what lets it."""

    def without_worker(route: Route) -> None:
        response = route.fetch()
        html = response.text().replace("<pagefind-config ", "<pagefind-config no-worker ", 1)
        route.fulfill(response=response, body=html)

    watched = open_page("", route=without_worker)
    assert watched.page.locator("pagefind-config[no-worker]").count() == 1
    outcome = run_search(watched, base_url, "ΠΟΥΤΙΝ")
    titles = [result.title for result in outcome.results]
    assert "Βλαντίμιρ Πούτιν" in titles[:3], outcome.describe()
    assert not watched.watch.problems(), watched.watch.problems()


def test_the_watch_sees_a_violation_and_the_policy_stops_it(open_page: OpenPage) -> None:
    """A negative control: an inline script and inline styles put into the home page are
    reported by the watch, and the script does not run."""

    def with_injection(route: Route) -> None:
        response = route.fetch()
        injected = (
            "<script>window.__injected = true;</script><style>body { color: red; }</style>"
            '<p style="color: red">x</p></article>'
        )
        route.fulfill(response=response, body=response.text().replace("</article>", injected, 1))

    watched = open_page("", route=with_injection)
    watched.page.wait_for_timeout(300)
    assert watched.page.evaluate("() => window.__injected === undefined")
    blocked = {re.sub(r" blocked .*", "", v) for v in watched.watch.csp_violations}
    assert {"script-src-elem", "style-src-elem", "style-src-attr"} <= blocked, (
        watched.watch.csp_violations
    )
