"""Fixtures for the browser tests: build the site once, serve it locally, drive Chromium.

Every test talks only to a threaded http.server on 127.0.0.1 that serves the built
site; any request to another host is blocked and recorded (see support.py).
"""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.support import (
    CHROMIUM_ARGS,
    CHROMIUM_PATH,
    PREBUILT_SITE_ENV,
    REPO_ROOT,
    SCREENSHOT_DIR,
    OpenPage,
    PageKinds,
    QuietHandler,
    RouteHandler,
    WatchedPage,
    missing_requirement,
    new_watched_page,
    require_file,
)
from tests.end_to_end.linkcheck import served_at

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def _build_site(site_dir: Path, *options: str) -> None:
    if not (REPO_ROOT / "generator" / "__main__.py").is_file():
        missing_requirement(f"generator/__main__.py is missing; or set {PREBUILT_SITE_ENV}")
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--site-dir", str(site_dir), *options],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"the site did not build:\n{completed.stdout}{completed.stderr}", pytrace=False)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site, built once per session with the project's generator."""
    prebuilt = os.environ.get(PREBUILT_SITE_ENV)
    if prebuilt:
        path = Path(prebuilt).resolve()
        if not (path / "index.html").is_file():
            pytest.fail(f"{PREBUILT_SITE_ENV}={prebuilt} holds no built site", pytrace=False)
        return path
    path = tmp_path_factory.mktemp("site")
    _build_site(path)
    return path


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1 at a free port, under the path it is published at
    (site_url's, as its sitemap says: the 404 page's links start with it); yields its URL."""
    handler = functools.partial(QuietHandler, directory=str(site), prefix=served_at(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}{served_at(site)}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site, served for the whole session."""
    with serving(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def zensical_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site built by Zensical (explainer build --engine zensical)."""
    path = tmp_path_factory.mktemp("zensical-site")
    _build_site(path, "--engine", "zensical")
    return path


@pytest.fixture(scope="session")
def page_kinds(site_dir: Path) -> PageKinds:
    return PageKinds.discover(site_dir)


@pytest.fixture(scope="session")
def all_page_urls(site_dir: Path) -> list[str]:
    """Every HTML page of the site, as a URL relative to the site root."""
    return [
        html.relative_to(site_dir).as_posix().removesuffix("index.html")
        for html in sorted(site_dir.rglob("*.html"))
    ]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (which cannot download its own browser here)."""
    require_file(CHROMIUM_PATH, "install it with: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM_PATH), args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def open_page(browser: Browser, base_url: str) -> Iterator[OpenPage]:
    """Open a site URL in a fresh context at a viewport, watching errors and other hosts."""
    opened: list[WatchedPage] = []

    def open_(
        relative_url: str, viewport: str = "desktop", route: RouteHandler | None = None
    ) -> WatchedPage:
        """route: a handler for the page's own address (to change what is served)."""
        watched = new_watched_page(browser, base_url, viewport)
        opened.append(watched)
        if route is not None:
            watched.page.route(base_url + relative_url, route)
        watched.page.goto(base_url + relative_url, wait_until="load")
        return watched

    yield open_
    for watched in opened:
        watched.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    return SCREENSHOT_DIR
