"""The preview server: MkDocs' own `serve`, made to never freeze and to show what is wrong.

`explainer serve` runs MkDocs' development server (its rebuild loop, live reload, 404
page and plugin events) on the generated pages, with the serve hook (serve_hook.py)
connecting it to the editor's preview (generator/preview.py). What this module adds:

* a builder that cannot leave the server stuck: MkDocs' server answers no request after
  a rebuild that raised, until one succeeds (`_serve_request` waits for the build it
  started); a failure here becomes a line in the banner and the build returns, so that
  browsers reload and see why;
* a banner over every HTML answer while there is something to fix, added as the page is
  served, not built: a dirty rebuild remakes only the pages that changed, so a banner
  written into pages would stay on the others after the fix;
* dirty rebuilds without Material's search plugin (a dirty build would cut its index to
  the pages it rebuilt), not strict (a strict build aborts on any warning, which froze the
  server), with the content folder polled often.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from mkdocs.exceptions import MkDocsException
from mkdocs.utils.yaml import yaml_load

from ..labels import label
from ..problems import printable
from .build import SiteBuildError, term_interrupts
from .search import INDEX_FOLDER, SearchIndexError, index_edition

HOOK = Path(__file__).with_name("serve_hook.py")
DEFAULT_ADDRESS = "127.0.0.1:8000"
# How often the content folder is looked at (MkDocs: every 0.5 s). A few dozen files.
CONTENT_POLL_SECONDS = 0.1


class Shown(Protocol):
    """What the banner shows: the fact base's problems, else what MkDocs warned about."""

    language: str

    @property
    def problems(self) -> tuple[str, ...]: ...

    @property
    def site_warnings(self) -> tuple[str, ...]: ...

    def site_built(self, warnings: Iterable[str]) -> None: ...


def say(line: str) -> None:
    """A line in the terminal, beside MkDocs' own; not through MkDocs' loggers, where a
    warning counts towards a strict build's abort."""
    print(line, file=sys.stderr, flush=True)


# --- serving --------------------------------------------------------------------------------


def serve_preview(config_file: Path, address: str, open_in_browser: bool) -> None:
    """Serve the docs folder at address until Ctrl-C or SIGTERM; raise SiteBuildError if
    MkDocs cannot start (a bad address, a port in use, a broken config)."""
    from mkdocs.commands.serve import serve  # only this command needs MkDocs' server

    _show_mkdocs_messages()
    try:
        with term_interrupts():  # SIGTERM as Ctrl-C: MkDocs then removes its temporary site
            serve(
                config_file=str(config_file),
                livereload=True,
                build_type="dirty",
                watch_theme=False,
                open_in_browser=open_in_browser,
                dev_addr=address,
                strict=False,  # what is wrong is shown on the pages; `explainer build` is strict
                plugins=_plugins_without_search(config_file),
                hooks=_hooks_with_ours(config_file),
            )
    except KeyboardInterrupt:
        return
    except OSError as error:  # the address is taken, or not this machine's
        raise SiteBuildError(
            f"the preview cannot be served at {address}: {error} — stop what uses that "
            f"address, or pass another with -a HOST:PORT (default {DEFAULT_ADDRESS})"
        ) from None
    except MkDocsException as error:  # MkDocs said why just before
        raise SiteBuildError(
            f"MkDocs could not start the preview: {error} — see its message above"
        ) from None


def _raw_config(config_file: Path) -> dict[str, Any]:
    with config_file.open("rb") as stream:
        raw: dict[str, Any] = yaml_load(stream) or {}  # MkDocs' loader: knows INHERIT
    return raw


def _plugins_without_search(config_file: Path) -> list[Any]:
    """The config's plugins but the search index, whose dirty rebuild would hold only the
    pages rebuilt. (MkDocs adds `search` when the config names no plugins.)"""
    plugins = _raw_config(config_file).get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{name: options} for name, options in plugins.items()]

    def name(entry: Any) -> str:
        return entry if isinstance(entry, str) else next(iter(entry), "")

    return [entry for entry in plugins if name(entry) not in {"search", "material/search"}]


def _hooks_with_ours(config_file: Path) -> list[str]:
    """The config's hooks, with the serve hook among them once (whatever the config says)."""
    root = config_file.resolve().parent
    hooks = [str(hook) for hook in _raw_config(config_file).get("hooks") or []]
    if not any((root / hook).resolve() == HOOK.resolve() for hook in hooks):
        hooks.append(str(HOOK))
    return hooks


def _show_mkdocs_messages() -> None:
    """MkDocs' own lines ("Serving on …", "Detected file changes") in the terminal, as
    `mkdocs serve` prints them (its command line sets this up; its library does not)."""
    logger = logging.getLogger("mkdocs")
    if any(getattr(h, "_explainer", False) for h in logger.handlers):
        return
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    stream._explainer = True  # type: ignore[attr-defined]
    logger.addHandler(stream)
    logger.setLevel(logging.INFO)
    logger.propagate = False


# --- the parts the serve hook puts in place -------------------------------------------------


def never_stuck(builder: Callable[[], None], shown: Shown) -> Callable[[], None]:
    """The server's builder, its failures caught and shown instead of freezing the server."""

    def build() -> None:
        try:
            builder()
        except (Exception, SystemExit) as error:  # MkDocs' Abort is both
            line = printable(f"mkdocs: the site could not be built: {error}")
            shown.site_built([*shown.site_warnings, line])
            say(line)

    return build


def poll_content_often(server: Any) -> None:
    """Folders watched from now on are polled every CONTENT_POLL_SECONDS.

    MkDocs' server polls with watchdog's PollingObserver(timeout=0.5), and each folder
    watched gets a poller with the observer's timeout at that moment. Neither MkDocs nor
    watchdog has a public way to change it once the server exists: this sets watchdog's
    private `_timeout` (tests/unit/site/test_the_preview_server.py fails if it is renamed).
    Without it the preview still works, a quarter of a second slower on average.
    """
    observer = getattr(server, "observer", None)
    if isinstance(getattr(observer, "_timeout", None), int | float):
        observer._timeout = CONTENT_POLL_SECONDS  # type: ignore[union-attr]


# --- the banner -----------------------------------------------------------------------------

BANNER_ID = "explainer-preview-problems"
_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)

# Fixed to the bottom of the window, over the page: a reload keeps the reader's place, and
# a banner at the top of the page would then be out of sight. Inline style only, no script.
_STYLE = (
    "position:fixed;left:0;right:0;bottom:0;z-index:10000;max-height:45vh;overflow:auto;"
    "margin:0;padding:.75rem 1.25rem;background:#fff4e5;color:#3d2200;"
    "border-top:3px solid #b35900;box-shadow:0 -2px 8px rgba(0,0,0,.25);"
    "font:15px/1.45 system-ui,sans-serif"
)
_LINE_STYLE = "white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,monospace"


def banner(shown: Shown) -> str:
    """What is wrong, as HTML to put over a page; "" when nothing is.

    Every line is escaped: it quotes what the editor wrote.
    """
    lines, title = shown.problems, "preview.problems"
    if not lines:
        lines, title = shown.site_warnings, "preview.warnings"
    if not lines:
        return ""
    language = shown.language
    items = "".join(
        f'<li><code style="{_LINE_STYLE}">{html.escape(line, quote=True)}</code></li>'
        for line in lines
    )
    return (
        f'<div id="{BANNER_ID}" role="alert" lang="{html.escape(language, quote=True)}" '
        f'style="{_STYLE}"><details open><summary style="cursor:pointer">'
        f"<strong>{html.escape(label(title, language))}</strong> "
        f"{html.escape(label(title + '.explain', language))}</summary>"
        f'<ul style="margin:.5rem 0 0;padding-left:1.25rem">{items}</ul></details></div>'
    )


def with_banner(page: bytes, banner_html: str) -> bytes:
    """The page with the banner first in its body (first of all, without a body tag)."""
    found = _BODY.search(page)
    at = found.end() if found else 0
    return page[:at] + banner_html.encode("utf-8") + page[at:]


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


# The site's Content-Security-Policy (a meta tag: overrides/main.html) allows no inline
# script or style. The preview adds two of its own: MkDocs' live-reload script, injected
# into every page it serves, and the banner's style attributes. Each is allowed by its
# hash, in the preview's answers only: nothing else inline runs there either.
_CSP = re.compile(rb'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")', re.I)
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)
_BANNER_STYLES = (_STYLE, _LINE_STYLE, "cursor:pointer", "margin:.5rem 0 0;padding-left:1.25rem")


def _source_hash(text: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text).digest()).decode("ascii") + "'"


def allowing_the_preview(page: bytes) -> bytes:
    """The page with its policy also allowing the live-reload script and the banner."""
    found = _CSP.search(page)
    if found is None:
        return page
    scripts = " ".join(_source_hash(m.group(1)) for m in _INLINE_SCRIPT.finditer(page))
    styles = " ".join(_source_hash(style.encode("utf-8")) for style in _BANNER_STYLES)
    directives = []
    for directive in found.group(2).decode("utf-8").split(";"):
        name = directive.split()[0] if directive.split() else ""
        if name == "script-src" and scripts:
            directive = f"{directive.rstrip()} {scripts}"
        elif name == "style-src":
            directive = f"{directive.rstrip()} 'unsafe-hashes' {styles}"
        directives.append(directive)
    policy = ";".join(directives).encode("utf-8")
    return page[: found.start(2)] + policy + page[found.end(2) :]


def banner_middleware(app: WSGIApp, shown: Shown) -> WSGIApp:
    """A WSGI wrapper: every HTML answer (pages, the 404 page) carries the banner, and a
    policy that lets the live reload and the banner work."""

    def serve(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer: dict[str, Any] = {}

        def hold(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return lambda data: None  # MkDocs' application never writes this way

        body = app(environ, hold)
        headers: list[tuple[str, str]] = answer.get("headers", [])
        kind = next((value for key, value in headers if key.lower() == "content-type"), "")
        if not kind.startswith("text/html"):
            start_response(answer["status"], headers)
            return body
        shown_html = banner(shown)
        try:
            page = b"".join(body)
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        page = allowing_the_preview(with_banner(page, shown_html) if shown_html else page)
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        start_response(answer["status"], [*headers, ("Content-Length", str(len(page)))])
        return [page]

    return serve


# --- search, kept up to date behind the pages -------------------------------------------------


class BackgroundIndex:
    """The served site's search index, remade after each build without holding it up.

    Indexing takes longer than an incremental build (Pagefind reads every page), and the
    page an editor saved is what they wait for: so the reload happens first, and the
    index follows in one thread of its own. Builds that end while it runs are indexed
    once, after it. A site with no index yet (the first build) is indexed at once, before
    the server answers. A failure is said in the terminal and shown with the next build.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted: tuple[Path, str] | None = None
        self._running = False
        self._stop = threading.Event()
        self.failure: str | None = None  # why the last indexing failed, if it did

    def request(self, site_dir: Path, language: str) -> None:
        """Have site_dir indexed: behind the reload, or at once when it has no index yet
        (the first build, before the server answers: every page links the index)."""
        first = not (site_dir / INDEX_FOLDER / "pagefind-entry.json").is_file()
        with self._lock:
            self._wanted = (site_dir, language)
            if self._running or self._stop.is_set():
                return
            self._running = True
        if first:
            self._work()
        else:
            threading.Thread(target=self._work, name="explainer-search-index", daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._running = False
                    return
            try:
                index_edition(*wanted, stop=self._stop)
            except SearchIndexError as error:
                self.failure = printable(str(error))
                say(self.failure)
            else:
                self.failure = None

    def stop(self) -> None:
        """Stop indexing, now and for good, and wait until Pagefind has stopped and what it
        wrote is removed: the server is stopping, and removes its site next."""
        with self._lock:
            self._wanted = None
        self._stop.set()
        self.wait(timeout=30)

    def wait(self, timeout: float) -> bool:
        """Whether every requested indexing is done within timeout seconds (for tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._running:
                    return True
            time.sleep(0.05)
        return False
