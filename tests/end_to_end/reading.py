"""What a reader sees of a built page: the main text, as the page opens.

The text of the page's <article> (the theme's main content), without what is not on the
screen when the page opens: the bodies of closed disclosures (<details> without `open`:
a record's full record, only its <summary> shows), scripts and styles (the JSON-LD), the
SVG pictures' <title> and <desc> (tooltips and descriptions for screen readers; the
pictures' visible labels are counted, in the wide drawing a desktop shows; the narrow one
for phones is hidden there), and the heading links' «¶» (shown only on hover).
Words are runs of characters between white space, as `innerText.split(/\\s+/)` counts them
in Chromium; on this story the two agree within a few words a page.

An HTML parser rather than a browser: the targets are then held by the fast suite, on every
run, without Chromium. Run as a script, it prints how long each kind of page runs:
    python -m tests.end_to_end.reading SITE_DIR
"""

from __future__ import annotations

import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
NOT_SHOWN = {"script", "style", "template", "title", "desc"}


class _MainText(HTMLParser):
    def __init__(self, closed_bodies: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.closed_bodies = closed_bodies  # keep the bodies of closed disclosures too
        self.open: list[tuple[str, bool, bool, bool]] = []  # tag, hidden, closed details, main
        self.hidden = 0
        self.main = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        in_closed = bool(self.open) and self.open[-1][2]
        hidden = (
            tag in NOT_SHOWN
            or "headerlink" in classes
            or "explainer-figure--narrow" in classes
            or (in_closed and tag != "summary" and not self.closed_bodies)
        )
        closed = tag == "details" and "open" not in values
        main = tag == "article" and "md-content__inner" in classes
        self.open.append((tag, hidden, closed, main))
        self.hidden += hidden
        self.main += main

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.open:
            name, hidden, _, main = self.open.pop()
            self.hidden -= hidden
            self.main -= main
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.main and not self.hidden:
            self.parts.append(data)


def main_text(html: str, closed_bodies: bool = False) -> str:
    """The page's main text as it opens (closed_bodies: with its closed disclosures' bodies)."""
    parser = _MainText(closed_bodies)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def words(html: str) -> int:
    return len(main_text(html).split())


def page_kind(path: str) -> str:
    """home, timeline, claims, denials, an actor's, a source's, … for a page's address."""
    parts = path.split("/")
    if len(parts) == 1:
        return "home"
    if parts[0] in ("actors", "sources") and len(parts) > 2:
        return parts[0][:-1]  # actor, source: one page per record
    return parts[0]


def lengths(site: Path) -> dict[str, list[int]]:
    """Words on each page of the site, by kind of page."""
    found: dict[str, list[int]] = defaultdict(list)
    for page in sorted(site.rglob("index.html")):
        path = page.relative_to(site).as_posix()
        if path.startswith(("pagefind/", "assets/")):
            continue
        found[page_kind(path)].append(words(page.read_text(encoding="utf-8")))
    return dict(found)


def table(site: Path) -> str:
    """A Markdown table: per kind of page, how many, and their words (fewest, most, all)."""
    rows = ["| page | pages | words (fewest–most) | words in all |", "| --- | --- | --- | --- |"]
    for kind, counts in lengths(site).items():
        span = f"{min(counts)}–{max(counts)}" if len(counts) > 1 else str(counts[0])
        rows.append(f"| {kind} | {len(counts)} | {span} | {sum(counts):,} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(Path(sys.argv[1])))
