"""`explainer serve` as an editor meets it: a broken file never freezes the preview; every
page answers at once and shows exactly what `explainer check` says, over the last good
version; fixing the file brings the page back. Nothing is written into content/."""

from __future__ import annotations

import html
import re
import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path

from generator.labels import label
from tests.support import (
    REPO_ROOT,
    Project,
    copy_fixture,
    digest,
    get,
    previewing,
    run_subprocess,
    story_copy,
)

# The home page, a list, the timeline, and an address with no page (MkDocs' 404 page).
PAGES = ["/", "/claims/", "/timeline/", "/no-such-page/"]
LINE = re.compile(r"<li><code[^>]*>(.*?)</code></li>", re.S)
BANNER = 'id="explainer-preview-problems"'


def banner_lines(page: str) -> list[str]:
    start = page.find(BANNER)
    if start < 0:
        return []
    return [html.unescape(line) for line in LINE.findall(page[start : page.index("</div>", start)])]


def answers(base: str, within: float) -> list[list[str]]:
    """Every page's banner lines; each page must answer within `within` seconds."""
    found = []
    for page in PAGES:
        started = time.perf_counter()
        status, text = get(base + page, timeout=within)  # a frozen server fails here
        assert time.perf_counter() - started < within
        assert status == (404 if page == "/no-such-page/" else 200), (page, status)
        found.append(banner_lines(text))
    return found


def until(base: str, holds: Callable[[list[str]], bool], seconds: float = 60) -> list[str]:
    """Ask for every page until each shows the same lines, and they hold. (A request made
    while the server rebuilds waits for the rebuild, as MkDocs makes it.)"""
    deadline = time.monotonic() + seconds
    while True:
        found = answers(base, within=seconds)
        if all(lines == found[0] for lines in found) and holds(found[0]):
            return found[0]
        assert time.monotonic() < deadline, found
        time.sleep(0.1)


def at_once(base: str) -> list[str]:
    """What every page shows, each answering within a second; the same on every page."""
    found = answers(base, within=1.0)
    assert all(lines == found[0] for lines in found), found
    return found[0]


def check_says(project: Project) -> list[str]:
    """What `explainer check` prints for the project, without its summary line."""
    checked = run_subprocess("--config", str(project.config), "check", cwd=project.root)
    assert checked.returncode == 1, checked.stderr
    return checked.stderr.splitlines()[:-1]


def test_a_broken_file_shows_on_every_page_at_once_and_the_fix_brings_it_back(
    tmp_path: Path,
) -> None:
    project = story_copy(tmp_path)
    claims, events = project.content / "claims.yaml", project.content / "events.yaml"
    good_claims, good_events = claims.read_text("utf-8"), events.read_text("utf-8")
    first_date = re.search(r'edtf: "([^"]+)"', good_claims)
    assert first_date is not None
    line = good_claims.count("\n", 0, first_date.start()) + 1
    column = first_date.start(1) - good_claims.rfind("\n", 0, first_date.start()) - 1
    bug = (  # a stand-in for a bug in the generator, set off by one word in a title
        "from generator.render.page import Page\n"
        "made = Page.timeline_entry\n"
        "def broken(self, entry):\n"
        "    if 'ΣΦΑΛΜΑ' in str(getattr(entry.record, 'title', '')):\n"
        "        raise KeyError(entry.record.id)\n"
        "    return made(self, entry)\n"
        "Page.timeline_entry = broken\n"
        # and one in the site's build: MkDocs fails on a page that holds another word
        "from mkdocs.structure.pages import Page as SitePage\n"
        "render = SitePage.render\n"
        "def failing(self, config, files):\n"
        "    if 'ΧΑΛΑΣΜΕΝΟ' in (self.markdown or ''):\n"
        "        raise RuntimeError('the theme broke')\n"
        "    return render(self, config, files)\n"
        "SitePage.render = failing\n"
    )
    with previewing(project, first=bug) as base:
        assert until(base, lambda lines: lines == []) == []

        claims.write_text(good_claims.replace(first_date[0], 'edtf: "2023-13"', 1), "utf-8")
        shown = until(base, bool)
        assert at_once(base) == shown
        assert shown == [
            f"content/claims.yaml:{line}:{column}: claims[0].date.edtf: 2023-13 is not a real date "
            "(there is no month 13) — check the month: 01 to 12, or 21 to 24 for spring to winter"
        ]
        assert shown == check_says(project)
        claims.write_text(good_claims, "utf-8")
        until(base, lambda lines: lines == [])

        for broken in [
            good_events + "\n  - id: [unclosed\n",  # a YAML syntax error
            good_events.replace('quote: "Στα τέλη', 'quote: "Στα μέσα', 1),  # not in the source
        ]:
            events.write_text(broken, "utf-8")
            expected = check_says(project)
            assert until(base, expected.__eq__) == expected
            assert at_once(base) == expected
            events.write_text(good_events, "utf-8")
            until(base, lambda lines: lines == [])

        title = re.search(r'title:\n\s+el: "([^"]+)"', good_events)
        assert title is not None
        events.write_text(good_events.replace(title[1], f"{title[1]} ΣΦΑΛΜΑ", 1), "utf-8")
        shown = until(base, bool)
        assert at_once(base) == shown
        assert len(shown) == 1
        assert re.fullmatch(
            r"internal error: KeyError: '[a-z0-9-]+' — rerun with --debug and report it", shown[0]
        )
        events.write_text(good_events, "utf-8")
        until(base, lambda lines: lines == [])
        assert title[1] in get(base + "/timeline/", timeout=30)[1]

        events.write_text(good_events.replace(title[1], f"{title[1]} ΧΑΛΑΣΜΕΝΟ", 1), "utf-8")
        shown = until(base, bool)
        assert at_once(base) == shown  # the server answers after a build that failed
        assert shown[-1] == "mkdocs: the site could not be built: the theme broke"
        events.write_text(good_events, "utf-8")
        until(base, lambda lines: lines == [])
    assert digest(project.content) == digest(REPO_ROOT / "content")  # nothing written there
    assert "Stopped the preview." in (project.root / "serve.log").read_text("utf-8")


def test_a_fresh_clone_with_a_broken_file_serves_a_page_that_says_what_to_fix(
    tmp_path: Path,
) -> None:
    project = story_copy(tmp_path)
    assert not (project.root / "build").exists()  # never generated
    claims = project.content / "claims.yaml"
    good = claims.read_text("utf-8")
    claims.write_text(good.replace("claimant: ", "claimant: nobody-", 1), "utf-8")
    expected = check_says(project)
    with previewing(project) as base:
        started = time.perf_counter()
        status, home = get(base + "/", timeout=1.0)  # the one page there is
        assert (status, banner_lines(home)) == (200, expected)
        assert time.perf_counter() - started < 1.0
        assert label("preview.problems", "el") in home
        assert "None" not in home  # the nav lists the one page there is, not the missing
        claims.write_text(good, "utf-8")
        deadline = time.monotonic() + 60
        while BANNER in home or "Ρωσία" not in home:
            assert time.monotonic() < deadline, home[:2000]
            time.sleep(0.2)
            home = get(base + "/", timeout=30)[1]
        assert at_once(base) == []
    shutil.rmtree(project.root / "build")


def test_an_address_in_use_is_said_plainly(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        served = run_subprocess(
            "--config", str(project.config), "serve", "-a", f"127.0.0.1:{port}", cwd=project.root
        )
    assert served.returncode == 1
    assert served.stderr.splitlines()[-1] == (
        f"error: the preview cannot be served at 127.0.0.1:{port}: [Errno 98] Address already "
        "in use — stop what uses that address, or pass another with -a HOST:PORT (default "
        "127.0.0.1:8000)"
    )
