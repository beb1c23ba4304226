"""Data inside every page: JSON-LD (schema.org) in the body, Open Graph values in front matter.

JSON-LD describes the records each page is the home of: the source as a NewsArticle (or
Report, or CreativeWork), actors as Person or Organization, events as Event, claims and
responses as Claim, each Claim's `appearance` pointing to the sources it is quoted from.
It is written as a raw HTML <script> block at the end of the page (no MkDocs hook needed)
with '<', '>' and '&' escaped, so that no text can close the script.

Open Graph tags belong in <head>, which only the theme writes: the page's front matter
carries the values (YAML double-quoted, every character escaped that could end the
string) and site/overrides/partials/explainer-head.html prints them, escaped again as HTML.

Addresses are relative to the page (JSON-LD resolves them against the page's address),
since the site may be served from anywhere. Only dates the sources state go into JSON-LD
(stated, or counted from the source's words and a publication date it states):
schema.org has no way to say "inferred" or "about". A response is `about` only the claims
the source says it answers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .. import dates
from ..crosslink.urls import relative_url
from ..labels import label
from ..model import Actor, Claim, Event, FactBase, Prose, Response, Source, Text, When, prose
from ..pictures import svg

if TYPE_CHECKING:
    from ..crosslink import Links

SOURCE_TYPES = {"news-article": "NewsArticle", "report": "Report"}
ACTOR_TYPES = {
    "person": "Person",
    "organisation": "Organization",
    "state": "GovernmentOrganization",
    "group": "Organization",
}
LOCALES = {"el": "el_GR", "en": "en_GB"}
DESCRIPTION_CHARACTERS = 200
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def plain_text(value: Text, language: str | None = None) -> str:
    """A text in the language (Greek when there is none), on one line; prose without its
    markup (*, **, links), plain text exactly as written."""
    chosen = (getattr(value, language, None) if language else None) or value.el
    if isinstance(value, Prose):
        return prose.plain(chosen)
    return " ".join(chosen.split())


def script(data: dict[str, Any]) -> str:
    """A JSON-LD block on one line whose text can never end the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in SCRIPT_ESCAPES.items():
        text = text.replace(character, escaped)
    return f'<script type="application/ld+json">{text}</script>'


def yaml_quoted(value: str) -> str:
    """A YAML double-quoted scalar holding exactly `value`.

    Quotes, backslashes, line breaks (YAML would fold them) and anything YAML cannot
    hold as it is are written as escapes; Greek and other printable text stays readable.
    """
    return '"' + _YAML_ESCAPED.sub(_yaml_escape, value) + '"'


def _yaml_escape(match: re.Match[str]) -> str:
    character = match.group()
    if character in '"\\':
        return "\\" + character
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# What yaml_quoted escapes: quotes, backslashes, and what YAML cannot hold as it is (outside
# its printable ranges; line and paragraph separators; the byte order mark). One regular
# expression finds them, usually none, instead of a Python test per character.
_YAML_ESCAPED = re.compile(
    r'["\\]'
    r"|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    r"|[\u2028\u2029\ufeff]"
)


def front_matter(values: dict[str, str]) -> str:
    lines = [f"{key}: {yaml_quoted(value)}" for key, value in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


class Graph:
    """The JSON-LD of one page: its own node and the nodes of the records it is home to."""

    def __init__(
        self,
        facts: FactBase,
        links: Links,
        page: str,
        language: str,
        on_page: list[str],
        reads: set[str],
    ) -> None:
        self.facts = facts
        self.links = links
        self.page = page
        self.language = language
        self.on_page = on_page  # the ids of the records whose home is this page
        self.reads = reads  # the ids of the records it reads are added (see render/page.py)

    def ref(self, record_id: str) -> dict[str, str]:
        return {"@id": self.node_id(record_id)}  # an address: nothing of the record is read

    def node_id(self, record_id: str) -> str:
        page, anchor = self.links.page_of[record_id]
        return relative_url(self.page, page, anchor or record_id)

    def text(self, value: Text | None) -> str | None:
        return None if value is None else plain_text(value, self.language)

    def data(self) -> dict[str, Any]:
        facts = self.facts
        story = facts.story
        self.reads.add("story")
        nodes = [n for record_id in self.on_page if (n := self.record(record_id)) is not None]
        web_page: dict[str, Any] = {
            "@type": "WebPage",
            "@id": "./",
            "inLanguage": self.language,
            "isPartOf": {
                "@type": "WebSite",
                "@id": relative_url(self.page, "index.md"),
                "name": self.text(story.title),
            },
        }
        if story.primary_source in facts.sources:
            web_page["isBasedOn"] = self.ref(story.primary_source)
        own_page = len(self.on_page) == 1 and self.links.page_of[self.on_page[0]][1] == ""
        if own_page and nodes:  # an actor's or a source's page is about that record
            web_page["mainEntity"] = {"@id": nodes[0]["@id"]}
        return {"@context": "https://schema.org", "@graph": [web_page, *nodes]}

    def record(self, record_id: str) -> dict[str, Any] | None:
        facts = self.facts
        self.reads.add(record_id)
        if record_id in facts.sources:
            return self.source(facts.sources[record_id])
        if record_id in facts.actors:
            return self.actor(facts.actors[record_id])
        if record_id in facts.events:
            return self.event(facts.events[record_id])
        if record_id in facts.claims:
            return self.claim(facts.claims[record_id])
        if record_id in facts.responses:
            return self.response(facts.responses[record_id])
        return None  # background sections and corrections: the page node covers them

    def source(self, source: Source) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": SOURCE_TYPES.get(source.kind, "CreativeWork"),
            "@id": self.node_id(source.id),
            "headline": self.text(source.title),
            "inLanguage": source.language,
        }
        if source.url.basis != "not-stated" and source.url.value:
            node["url"] = source.url.value
        if source.outlet.basis != "not-stated" and source.outlet.value:
            node["publisher"] = {"@type": "Organization", "name": source.outlet.value}
        if source.author.basis != "not-stated" and source.author.value:
            node["author"] = source.author.value  # person or organisation: not said
        published = self.iso_day(source.published, source)
        if published:
            node["datePublished"] = published
        return node

    def actor(self, actor: Actor) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": ACTOR_TYPES[actor.type],
            "@id": self.node_id(actor.id),
            "name": self.text(actor.name),
            "url": relative_url(self.page, self.links.page_of[actor.id][0]),
        }
        aliases = list(dict.fromkeys(self.text(alias) for alias in actor.aliases))
        if aliases:
            node["alternateName"] = aliases
        return node

    def event(self, event: Event) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": "Event",
            "@id": self.node_id(event.id),
            "name": self.text(event.title),
        }
        if event.description is not None:
            node["description"] = self.text(event.description)
        start, end = self.iso_range(event.date, event)
        if start:
            node["startDate"] = start
        if end:
            node["endDate"] = end
        if event.place is not None:
            node["location"] = {"@type": "Place", "name": self.text(event.place)}
        if event.participants:
            node["attendee"] = [self.ref(a) for a in dict.fromkeys(event.participants)]
        node["subjectOf"] = self.sources_of(c.source for c in event.cite)
        return node

    def claim(self, claim: Claim) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": "Claim",
            "@id": self.node_id(claim.id),
            "text": self.text(claim.statement),
            "author": self.ref(claim.claimant),
        }
        if claim.title is not None:
            node["name"] = self.text(claim.title)
        if claim.speaker is not None:
            node["contributor"] = self.ref(claim.speaker)
        if claim.about:
            node["about"] = [self.ref(a) for a in dict.fromkeys(claim.about)]
        said = self.iso_day(claim.date, claim)
        if said:
            node["dateCreated"] = said
        node["appearance"] = self.sources_of(c.source for c in claim.cite)
        return node

    def response(self, response: Response) -> dict[str, Any]:
        self.reads.add(response.by)
        by = self.text(self.facts.actors[response.by].name)
        node: dict[str, Any] = {
            "@type": "Claim",
            "@id": self.node_id(response.id),
            "name": f"{label('response.' + response.type, self.language)}: {by}",
            "text": self.text(response.statement),
            "author": self.ref(response.by),
        }
        # Only the claims the source says it answers: JSON-LD cannot say "the editors' reading".
        stated = [link.claim for link in response.links() if link.basis == "stated"]
        if stated:
            node["about"] = [self.ref(c) for c in dict.fromkeys(stated)]
        if response.speaker is not None:
            node["contributor"] = self.ref(response.speaker)
        said = self.iso_day(response.date, response)
        if said:
            node["dateCreated"] = said
        node["appearance"] = self.sources_of(c.source for c in response.cite)
        return node

    def sources_of(self, source_ids: Iterable[str]) -> list[dict[str, str]]:
        return [self.ref(s) for s in dict.fromkeys(source_ids)]

    def iso_range(self, when: When, record: object) -> tuple[str | None, str | None]:
        assert self.links.dating is not None
        if not self.links.dating.marks(when, record).stated_by_the_sources:
            return None, None
        return iso_range(when)

    def iso_day(self, when: When, record: object) -> str | None:
        start, end = self.iso_range(when, record)
        return start if start == end else None


def iso_range(when: When) -> tuple[str | None, str | None]:
    """ISO 8601 start and end (a day, month or year) of a date the source gives; a date that
    is approximate, uncertain, open, a season or inferred has none (nor has one counted from
    an inferred publication date: Graph.iso_range)."""
    if when.edtf is None or when.basis not in ("stated", "relative"):
        return None, None
    parsed = dates.parse(when.edtf)
    if parsed.approximate or parsed.uncertain:
        return None, None
    ends = []
    for end in (parsed.start, parsed.end):
        if not isinstance(end, dates.DatePoint) or end.season is not None:
            return None, None
        ends.append(end.date_text)
    return ends[0], ends[1]


# --- front matter for Open Graph ----------------------------------------------------------------


def description(facts: FactBase, page: str, language: str) -> str:
    """What a link preview says of the page: the record it is about, else the story.

    It reads only the story and the record whose own page it is (Graph reads both too).
    """

    def text(value: Text) -> str:
        return plain_text(value, language)

    story = text(facts.story.title)
    folder, _, name = page.removesuffix(".md").rpartition("/")
    if folder == "actors" and name in facts.actors:
        actor = facts.actors[name]
        said = f"{label('actor.' + actor.type, language)}: {text(actor.name)}"
        if actor.roles:
            said += f", {text(actor.roles[0].title)}"
        return f"{said} — {story}"
    if folder == "sources" and name in facts.sources:
        source = facts.sources[name]
        return f"{label('source.' + source.kind, language)}: {text(source.title)}"
    if page == "index.md" and facts.story.intro:
        return svg.shorten(text(facts.story.intro[0].text), DESCRIPTION_CHARACTERS)
    return story


def page_meta(facts: FactBase, page: str, language: str) -> dict[str, str]:
    meta = {
        "og_type": "website" if page == "index.md" else "article",
        "og_description": svg.shorten(description(facts, page, language), DESCRIPTION_CHARACTERS),
        "og_locale": LOCALES.get(language, language),
    }
    if page == "index.md":  # its name in the navigation, in the edition's language
        meta["title"] = label("page.home", language)
    return meta


def with_page_data(
    path: str, text: str, facts: FactBase, links: Links, language: str, reads: set[str]
) -> str:
    """A Markdown page with its front matter first and its JSON-LD last.

    reads: the ids of the records the data are made of are added to it.
    """
    graph = Graph(facts, links, path, language, links.homes.get(path, []), reads).data()
    return _page(front_matter(page_meta(facts, path, language)), text, script(graph))


def _page(front: str, text: str, data: str) -> str:
    """front, the page's text, a blank line, data, a line break: the text's own final line
    breaks count towards the blank line. Pages run to megabytes: the text is not copied just
    to remove them (rstrip), and the whole is joined at once rather than copied at each +."""
    end = len(text)
    while end and text[end - 1] == "\n":
        end -= 1
    breaks = len(text) - end
    body, gap = (text, "\n\n"[breaks:]) if breaks <= 2 else (text[:end], "\n\n")
    return "".join((front, body, gap, data, "\n"))
