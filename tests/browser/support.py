"""Helpers for the browser tests: where the tools are, how pages are opened and watched.

Missing tools (Chromium, node modules, Java) skip the tests with a reason, except
under CI=true, where they fail: no required test may skip in CI.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Page,
        Request,
        Response,
        Route,
    )

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "screenshots"
# Debian's Chromium; another build (e.g. a CI runner's Chrome) can be named in BROWSER_TEST_CHROMIUM.
CHROMIUM_PATH = Path(os.environ.get("BROWSER_TEST_CHROMIUM", "/usr/bin/chromium"))
# No background traffic: the tests check that nothing leaves the local server.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Point this at an already built site to test it instead of building one (quick local runs).
PREBUILT_SITE_ENV = "BROWSER_TEST_SITE_DIR"

VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
}

# The page kinds the tests visit; PageKinds maps each to one URL of the built site.
PAGE_KINDS = (
    "home",
    "background",
    "timeline",
    "claims",
    "denials",
    "actors-index",
    "actor",
    "sources-index",
    "source",
)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def missing_requirement(reason: str) -> NoReturn:
    """Skip locally when a tool is missing; fail under CI=true, where nothing may skip."""
    if in_ci():
        pytest.fail(f"needed by the browser tests in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def require_file(path: Path, hint: str) -> Path:
    if not path.is_file():
        missing_requirement(f"{path} is missing ({hint})")
    return path


def require_java() -> str:
    java = shutil.which("java")
    if java is None:
        missing_requirement("java is not on PATH (the Nu Html Checker needs Java 11 or later)")
    return java


def fold(text: str) -> str:
    """How a reader may type a word: no accents or other marks, lower case, final sigma as σ
    (what the search tests check Pagefind against)."""
    without_marks = "".join(
        char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char)
    )
    return unicodedata.normalize("NFC", without_marks.lower().replace("ς", "σ"))


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the built site below a path (as it is published), without an access log (it
    would bury the test output). Addresses outside the path are not found."""

    def __init__(self, *args: Any, prefix: str = "/", **kwargs: Any) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no such page" / "index.html")
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class PageKinds:
    """Each page kind's site-relative URL, discovered from the built site."""

    urls: dict[str, str]

    @classmethod
    def discover(cls, site: Path) -> PageKinds:
        def first_record_page(section: str) -> str | None:
            records = sorted(page.parent.name for page in (site / section).glob("*/index.html"))
            return f"{section}/{records[0]}/" if records else None

        candidates: dict[str, str | None] = {
            "home": "",
            "background": "background/",
            "timeline": "timeline/",
            "claims": "claims/",
            "denials": "denials/",
            "actors-index": "actors/",
            "actor": first_record_page("actors"),
            "sources-index": "sources/",
            "source": first_record_page("sources"),
        }
        urls: dict[str, str] = {}
        for kind, url in candidates.items():
            assert url is not None and (site / url / "index.html").is_file(), (
                f"the built site has no page of kind {kind!r} (looked for {url!r})"
            )
            urls[kind] = url
        return cls(urls)


@dataclass
class PageWatch:
    """What a page did that a reader would not want: errors, and requests to other hosts."""

    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {text}" for text in self.console_errors]
            + [f"request to another host: {url}" for url in self.foreign_requests]
            + [f"failed request: {text}" for text in self.failed_requests]
            + [f"Content-Security-Policy violation: {text}" for text in self.csp_violations]
        )


@dataclass
class WatchedPage:
    page: Page
    watch: PageWatch
    context: BrowserContext
    closed: bool = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.context.close()


OpenPage = Callable[..., WatchedPage]
RouteHandler = Callable[["Route"], None]

# Runs in every page before its own scripts (through the DevTools protocol, which the page's
# CSP does not govern): every violation of the page's Content-Security-Policy is reported.
WATCH_CSP_JS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}`
    + ` at ${event.sourceFile}:${event.lineNumber} ${event.sample}`.trimEnd()
  );
});
"""


def new_watched_page(browser: Browser, base_url: str, viewport: str) -> WatchedPage:
    """A page in a fresh context that may talk to base_url only, and records what went wrong."""
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],  # type: ignore[arg-type]
        locale="el-GR",
        service_workers="block",
    )
    watch = PageWatch()

    def is_local(url: str) -> bool:
        return url.startswith((base_url, "data:", "blob:", "about:"))

    def only_local(route: Route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            watch.foreign_requests.append(url)
            route.abort()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.console_errors.append(f"{message.text} [{message.location.get('url', '')}]")

    def on_request_failed(request: Request) -> None:
        if is_local(request.url):
            watch.failed_requests.append(f"{request.url}: {request.failure}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            watch.failed_requests.append(f"{response.url}: HTTP {response.status}")

    context.route("**/*", only_local)

    def on_csp_violation(text: str) -> None:
        watch.csp_violations.append(text)

    context.expose_function("__reportCspViolation", on_csp_violation)
    context.add_init_script(WATCH_CSP_JS)
    page = context.new_page()
    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.console_errors.append(f"uncaught: {error}"))
    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)
    return WatchedPage(page, watch, context)


# True once Pagefind's searchbox has drawn its field in the header: every script the
# page runs at start has run (Pagefind loads its index only when a reader types).
SEARCH_READY_JS = """
() => {
  const field = document.querySelector("pagefind-searchbox input");
  return field !== null && field.placeholder !== "" && field.labels.length > 0;
}
"""


def wait_until_search_ready(page: Page) -> None:
    page.wait_for_function(SEARCH_READY_JS, timeout=15_000)
