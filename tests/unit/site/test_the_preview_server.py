"""The preview server's parts that need no server: the policy it serves pages with, and
the private part of watchdog it relies on."""

from __future__ import annotations

import base64
import hashlib

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
