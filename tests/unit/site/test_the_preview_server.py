"""The preview server's parts that need no server: the policy it serves pages with, and
the private part of watchdog it relies on."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from watchdog.observers.polling import PollingObserver

from generator.site import serve

PAGE = (
    b'<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
    b"script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\"></head><body><p>x</p>"
    b'<script src="a.js"></script><script type="application/ld+json">{}</script>'
    b"<script>var livereload = 1;</script></body></html>"
)


def source_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_preview_allows_its_own_inline_script_and_banner_styles_by_hash_only() -> None:
    page = serve.allowing_the_preview(PAGE)
    policy = page.split(b'content="', 1)[1].split(b'"', 1)[0].decode()
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";")}
    # Only the script without attributes (MkDocs' live reload) gets a hash; nothing is
    # allowed by 'unsafe-inline'.
    assert directives["script-src"] == [
        "'self'",
        "'wasm-unsafe-eval'",
        source_hash("var livereload = 1;"),
    ]
    assert directives["style-src"][:2] == ["'self'", "'unsafe-hashes'"]
    assert source_hash(serve._STYLE) in directives["style-src"]
    assert "'unsafe-inline'" not in policy
    assert page.replace(policy.encode(), b"") == PAGE.replace(
        PAGE.split(b'content="', 1)[1].split(b'"', 1)[0], b""
    )


def test_a_page_without_a_policy_is_served_as_it_is() -> None:
    assert serve.allowing_the_preview(b"<html><body>x</body></html>") == (
        b"<html><body>x</body></html>"
    )


def test_watchdog_still_keeps_its_polling_timeout_where_the_preview_sets_it() -> None:
    """poll_content_often sets watchdog's private _timeout: this fails if it is renamed."""
    observer = PollingObserver(timeout=0.5)
    assert observer._timeout == 0.5


def test_the_served_site_is_indexed_behind_the_reload_and_a_failure_is_kept(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html lang="el"><body><main data-pagefind-body><h1>Σοϊγκού</h1>'
        "<p>Ο Σοϊγκού επισκέφθηκε την Πιονγκγιάνγκ.</p></main></body></html>",
        encoding="utf-8",
    )
    index = serve.BackgroundIndex()
    index.request(site, "el")  # no index yet: made at once, before the server answers
    entry = site / "pagefind" / "pagefind-entry.json"
    assert entry.is_file() and index.failure is None
    entry.write_text("{}", encoding="utf-8")
    index.request(site, "el")  # returns at once: the indexing runs in its own thread
    assert index.wait(timeout=120)
    assert entry.read_text(encoding="utf-8") != "{}"
    assert index.failure is None

    empty = tmp_path / "empty"
    empty.mkdir()
    index.request(empty, "el")
    assert index.wait(timeout=120)
    assert index.failure is not None
    assert index.failure.startswith(f"Pagefind could not index the site in {empty}: ")
    assert index.failure.endswith(
        "the previous site is unchanged; rerun with a built site that has HTML pages"
    )
