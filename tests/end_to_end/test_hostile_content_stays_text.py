"""Text from the fact base is data, never markup: hostile content cannot reach the site as HTML.

The minimal fixture is filled with every injection vector we know, in every plain-text
field (where it must be shown as the characters written) and, where the check lets it
through, in prose fields (where only *emphasis*, **strong** and web links are markup).
The site is built, and every HTML page and the search index are parsed and compared
with a build of the clean fixture: the theme's own scripts, images and styles are
allowed, nothing more.
"""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import Project, build, copy_fixture, run_main, search_index

# Shown as written in plain-text fields (titles, names, statements, quotes, places, …).
VECTORS = [
    "<script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '{: onclick="alert(1)" }',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<a href=javascript:alert(1)>x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "![x](https://evil.example/x.png)",
    "<!-- hidden --> <![CDATA[ x ]]>",
    "<style>body{display:none}</style>",
    "<iframe src=https://evil.example/></iframe>",
    "<object data=https://evil.example/></object><embed src=https://evil.example/>",
    "<svg onload=alert(1)></svg>",
    '" onmouseover="alert(1)',
    "javascript:alert(1)",
    "{#evil .evil onclick=alert(1)}",
    "`code` __strong__ _em_ *em*",
    "| a | b |\n| - | - |",
    "<https://evil.example/autolink>",
    "[ref]: javascript:alert(1)",
]
# In prose, markup that would be refused is left out (tests/scenarios/prose-markup shows the refusals).
PROSE_VECTORS = [
    '{: onclick="alert(1)" }',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    '[a web link](https://example.org/){: onclick="alert(1)" }',
    "*em {: onclick=alert(1) }*",
    "javascript:alert(1)",
    "`code` __strong__ _em_",
    "{#evil .evil onclick=alert(1)}",
]
HOSTILE = " ".join(VECTORS)
HOSTILE_PROSE = " ".join(PROSE_VECTORS)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcset"}


def make_hostile(project: Project) -> None:
    """Put the vectors into every kind of text field of the fixture (and into its source text)."""
    content = project.content

    def rewrite(name: str, change: Any) -> None:
        data = yaml.safe_load((content / name).read_text(encoding="utf-8"))
        change(data)
        (content / name).write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    text = content / "sources" / "bulletin.en.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\n" + HOSTILE + "\n", encoding="utf-8")
    # An outside source, which inferred values cite: hostile too.
    (content / "sources" / "notes.en.txt").write_text(HOSTILE + "\n", encoding="utf-8")

    def quote(source: str = "bulletin") -> dict[str, str]:
        # A new one each time: a shared one would be dumped as an alias.
        return {"source": source, "quote": HOSTILE}

    def story(data: Any) -> None:
        data["story"]["title"]["en"] = HOSTILE
        data["story"]["intro"][0]["text"]["el"] += " " + HOSTILE_PROSE
        data["story"]["intro"][0]["cite"].append(quote())

    def sources(data: Any) -> None:
        source = data["sources"][0]
        source["title"]["el"] = "Δελτίο " + HOSTILE
        source["sha256"] = hashlib.sha256(text.read_bytes()).hexdigest()
        source["outlet"]["value"] = HOSTILE
        source["author"] = {
            "basis": "inferred",
            "value": HOSTILE,
            "reasoning": {"el": HOSTILE_PROSE},
            "cite": [quote("notes")],
        }
        source["note"] = {"el": HOSTILE_PROSE}
        data["sources"].append(
            {
                "id": "notes",
                "kind": "other",
                "title": {"el": HOSTILE},
                "language": "en",
                "text_file": "sources/notes.en.txt",
                "archive": "excerpt",
                "sha256": hashlib.sha256((HOSTILE + "\n").encode("utf-8")).hexdigest(),
                "outlet": {"basis": "stated", "value": HOSTILE},
                "url": {"basis": "not-stated"},
                "author": {"basis": "not-stated"},
                "published": {"basis": "not-stated"},
            }
        )

    def actors(data: Any) -> None:
        for actor in data["actors"]:
            actor["name"]["el"] += " " + HOSTILE
            actor["aliases"] = [{"el": HOSTILE}]
            actor["cite"].append(quote())
        data["actors"][1]["roles"][0]["title"]["el"] = HOSTILE

    def events(data: Any) -> None:
        event = data["events"][0]
        event["title"]["el"] += " " + HOSTILE
        event["description"]["el"] = HOSTILE_PROSE
        event["place"]["el"] = HOSTILE
        event["date"]["wording"]["el"] = HOSTILE
        event["cite"].append(quote())
        # Actor names (hostile above) also show in relations: the map and the record's fields.
        event["relations"] = [
            {"type": "meets", "by": "eleni-markou", "to": "residents-association"}
        ]

    def claims(data: Any) -> None:
        for claim in data["claims"]:
            claim["statement"]["el"] += " " + HOSTILE
            claim["title"] = {"el": HOSTILE}
            claim["venue"] = {"el": HOSTILE}
            claim["cite"].append(quote())
            claim["relations"] = [
                {"type": "writes-to", "by": "residents-association", "to": "vrysi-council"}
            ]

    def responses(data: Any) -> None:
        response = data["responses"][0]
        response["statement"]["el"] = HOSTILE
        response["note"]["el"] = HOSTILE_PROSE
        response["date"] = {
            "edtf": "2024-03-05",
            "basis": "inferred",
            "reasoning": {"el": HOSTILE_PROSE},
            "cite": [quote("notes")],
        }

    def background(data: Any) -> None:
        section = data["background"][0]
        section["title"]["el"] = HOSTILE
        section["points"][0]["text"]["el"] += " " + HOSTILE_PROSE
        section["points"][0]["cite"].append(quote())

    for name, change in [
        ("story.yaml", story),
        ("sources.yaml", sources),
        ("actors.yaml", actors),
        ("events.yaml", events),
        ("claims.yaml", claims),
        ("responses.yaml", responses),
        ("background.yaml", background),
    ]:
        rewrite(name, change)


JSON_LD = "ld+json"


def json_ld_problems(name: str, text: str) -> list[str]:
    """JSON-LD may hold content text, but only as JSON strings that cannot end the script."""
    if any(character in text for character in "<>&"):
        return [f"{name}: JSON-LD with an unescaped <, > or &: {text[:80]!r}"]
    try:
        data = json.loads(text)
    except ValueError:
        return [f"{name}: JSON-LD that is not JSON: {text[:80]!r}"]
    if not isinstance(data, dict) or data.get("@context") != "https://schema.org":
        return [f"{name}: JSON-LD without the schema.org context: {text[:80]!r}"]
    return []


class Elements(HTMLParser):
    """Every element of a page: tag, attributes and, for scripts and styles, their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.inline: list[tuple[str, str]] = []  # (tag, text) of <script> and <style>
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag in {"script", "style"}:
            self._open = tag
            if tag == "script" and dict(attrs).get("type") == "application/ld+json":
                self._open = JSON_LD  # data about the page, not code: checked as data

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.inline.append((self._open, data))


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def pages(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*.html"))
    }


ACTIVE = {
    "script",
    "img",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "form",
    "input",
    "link",
    "base",
    "meta",
}


def element_key(tag: str, attrs: dict[str, str], page: str) -> tuple[str, str]:
    """What makes an element the theme's: its address, type or (for <meta>) what it says.

    A canonical link names its own page's address: the theme's, whichever page it is on
    (a hostile fact base has pages the clean one has not)."""
    own = "/" + page.removesuffix("index.html")
    if tag == "link" and attrs.get("rel") == "canonical" and attrs.get("href", "").endswith(own):
        return tag, "canonical=the page's own address"
    for name in ("src", "href", "type", "name", "property", "http-equiv", "charset"):
        if attrs.get(name):
            return tag, f"{name}={attrs[name]}"
    return tag, ""


def theme_markup(site: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """What the clean site has: (tag, src or href) of scripts, images, styles…; inline scripts."""
    allowed: set[tuple[str, str]] = set()
    inline: set[str] = set()
    for name, html in pages(site).items():
        page = parse(html)
        allowed.update(
            element_key(tag, attrs, name) for tag, attrs in page.elements if tag in ACTIVE
        )
        inline.update(text for tag, text in page.inline if tag == "script")
    return allowed, inline


def problems_in(name: str, html: str, allowed: set[tuple[str, str]], inline: set[str]) -> list[str]:
    found = []
    page = parse(html)
    for tag, attrs in page.elements:
        if tag in ACTIVE and element_key(tag, attrs, name) not in allowed:
            found.append(f"{name}: <{tag} {attrs}> is not the theme's")
        for attribute, value in attrs.items():
            if attribute.startswith("on"):
                found.append(f"{name}: <{tag}> has an event handler {attribute}={value!r}")
            squashed = "".join(value.split()).lower()
            if attribute in URL_ATTRIBUTES and squashed.startswith(
                ("javascript:", "data:text", "vbscript:")
            ):
                found.append(f"{name}: <{tag} {attribute}={value!r}>")
    for tag, text in page.inline:
        if tag == JSON_LD:
            found += json_ld_problems(name, text)
        elif tag == "script" and text not in inline:
            found.append(
                f"{name}: an inline script that the clean site does not have: {text[:80]!r}"
            )
        if tag == "style":
            found.append(f"{name}: a <style> element: {text[:80]!r}")
    return found


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(copy_fixture(tmp_path_factory.mktemp("clean")))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_fixture(tmp_path_factory.mktemp("hostile"))
    make_hostile(project)
    return build(project)


def test_the_hostile_content_reaches_every_page(hostile_site: Path) -> None:
    # Otherwise the scan below would prove nothing: the vectors are on the pages, as text.
    shown = pages(hostile_site)
    for page in [
        "index.html",
        "claims/index.html",
        "denials/index.html",
        "timeline/index.html",
        "background/index.html",
        "actors/eleni-markou/index.html",
        "sources/bulletin/index.html",
    ]:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown[page], page
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown["sources/bulletin/index.html"]
    assert '{: onclick="alert(1)" }' in shown["background/index.html"]


def test_no_markup_from_content_in_any_page(clean_site: Path, hostile_site: Path) -> None:
    allowed, inline = theme_markup(clean_site)
    assert any(tag == "script" for tag, _ in allowed) and inline, (
        "the scan must know the theme's own scripts"
    )
    found = []
    for name, html in pages(hostile_site).items():
        found += problems_in(name, html, allowed, inline)
    assert found == []


def test_the_search_index_holds_the_hostile_text_as_plain_text(hostile_site: Path) -> None:
    """Pagefind keeps each page's text as plain text, markup-like words included; it
    escapes them when it makes an excerpt, and the result template escapes the title
    (tests/browser/test_search_results_stay_text.py shows them in the browser)."""
    index = search_index(hostile_site)
    texts = [page.text for page in index.values()]
    assert sum("<script>alert(1)</script>" in text for text in texts) >= 5
    assert any("<script>alert(1)</script>" in page.title for page in index.values())


def test_the_clean_build_and_the_hostile_build_have_the_same_theme_markup(
    clean_site: Path, hostile_site: Path
) -> None:
    # The scan compares against the clean build: check that it is a real comparison, i.e.
    # that script elements are found on every page of both.
    for site in (clean_site, hostile_site):
        for name, html in pages(site).items():
            assert any(tag == "script" for tag, _ in parse(html).elements), name


def test_the_scan_finds_injected_markup(clean_site: Path) -> None:
    """The scanner itself works: markup injected into a clean page is found."""
    allowed, inline = theme_markup(clean_site)
    html = (clean_site / "index.html").read_text(encoding="utf-8")
    for injected, expected in [
        ("<script>alert(1)</script>", "inline script"),
        ("<img src=x>", "<img"),
        ('<p onclick="x">', "event handler"),
        ('<a href=" javascript:x">', "javascript"),
        ("<iframe src=https://evil.example/></iframe>", "<iframe"),
        ("<style>p{}</style>", "<style"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta"),
        ('<script type="application/ld+json">{"a": "</script>"}</script>', "JSON-LD"),
    ]:
        found = problems_in(
            "index.html", html.replace("</article>", injected + "</article>"), allowed, inline
        )
        assert any(expected in problem for problem in found), (injected, found)
    assert problems_in("index.html", html, allowed, inline) == []


def test_hostile_prose_is_refused_with_located_errors(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    events = project.content / "events.yaml"
    data = yaml.safe_load(events.read_text(encoding="utf-8"))
    data["events"][0]["description"] = {"el": " ".join(VECTORS)}
    events.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, _, err = run_main(
        "--config", str(project.config), "build", "--site-dir", str(project.site)
    )
    assert code == 1
    assert not project.site.exists()
    lines = err.splitlines()
    where = "content/events.yaml:7:9: events[0].description.el: "
    assert lines[:-1] == [
        where + "the link address 'javascript:alert(1)' is not a web address (http:// or https://)"
        " — link only to web pages, as [words](https://…), with no spaces or brackets in the address",
        where
        + "images are not allowed in texts — remove the '!' to make it a link, or describe the image in words",
        where
        + "HTML is not allowed in texts (found <script>, </script>, </title>, <img, <a, </a>, <!--, <![CDATA[, <style>,"
        " </style>, <iframe, </iframe>, <object, </object>, <embed, <svg, </svg>, <https://evil.example/autolink>)"
        " — write plain text: *emphasis*, **strong** and [words](https://…) are the only markup",
    ]


@pytest.mark.parametrize("vector", VECTORS + PROSE_VECTORS)
@pytest.mark.parametrize("kind", ["text", "prose"])
def test_the_markdown_escaping_alone_makes_no_markup(kind: str, vector: str) -> None:
    """Even without the check (prose that was never checked), the escaping makes text only."""
    import markdown as python_markdown

    from generator.render import markdown

    escaped = markdown.text(vector) if kind == "text" else markdown.prose(vector)
    html = python_markdown.markdown(
        f"# {escaped}\n\n{escaped}\n\n- {escaped}\n\n> {escaped}",
        extensions=["toc", "attr_list", "admonition", "def_list", "pymdownx.details"],
    )
    page = parse(html)
    assert [
        tag
        for tag, _ in page.elements
        if tag not in {"h1", "p", "ul", "li", "blockquote", "em", "strong", "a"}
    ] == []
    for tag, attrs in page.elements:
        assert set(attrs) <= ({"href"} if tag == "a" else {"id"} if tag == "h1" else set()), (
            tag,
            attrs,
        )
        assert attrs.get("href", "https://").startswith("https://"), attrs
