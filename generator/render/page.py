"""One page being rendered: the helpers whose output depends on where the page is.

Links, quotes, record fields and pictures are written relative to the page, so a Page is
made for each page rendered and handed to its template with the page's helpers; the
renderer, shared by every page, keeps no page of its own and can render any number of
pages in any order.

A Page also notes which records it reads (`reads`), as Lektor's build context records
what an artifact depends on: every helper that writes a record's name or fields, or
links to it, adds the record's id; a picture that draws only one field of many records
adds just that field (field_of). What a template reads by itself is declared by its job
(jobs.py). The editor's preview remakes a page only when something it read changed.
"""

from __future__ import annotations

import posixpath
import re
import textwrap
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from .. import dates, labels, pictures
from ..crosslink import Chronicle, ChroniclePage, QuoteUse, TimelineEntry
from ..crosslink.urls import relative_path
from ..model import Actor, Citation, Claim, Event, Response, Stated, When
from . import markdown
from .environment import Md
from .renderer import Renderer

# What a heading says of the records below it, for the search index (site/search.py):
# "home", the page where the record is told in full, where search finds it; "entry", a
# short entry that points to its home, and "list", a list of records each told at its home
# (an actor's events and claims), both of which search leaves out (one result per record,
# at its home; an actor's page is found by what it says of the actor).
RECORD_MARK = "data-record"
HOME, ENTRY, LIST = "home", "entry", "list"

# A paragraph that search leaves out (site/search.py), as it does the pictures: in a
# record's full record, the line that names a quote's source, and a quote that shares
# words with a claim, with the line naming that claim. Search finds a record by what it
# says and by the words it quotes; a claim's words are found under the claim, whose
# result names its claimant, never in an excerpt without who claims them.
UNSEARCHED = '{: data-search-exclude="" }'  # attr_list, the last line of a paragraph


def record_mark(kind: str) -> str:
    """The heading attribute (attr_list syntax) that marks a record's home or short entry."""
    return f'{RECORD_MARK}="{kind}"'


def field_of(record_id: str, field: str) -> str:
    """A read of one field of a record, as a page notes it: 'event-1.date' (ids hold no dot)."""
    return f"{record_id}.{field}"


def render(
    renderer: Renderer, template: str, path: str, declared: Iterable[str] = (), **values: Any
) -> tuple[str, set[str]]:
    """The page at `path` (in the docs folder), written by `template` with these values, and
    the ids of the records its helpers read; declared: those its template reads by itself
    (the job's), known from the start (the footer's date is that of every record read)."""
    page = Page(renderer, path)
    page.reads.update(declared)
    text = renderer.env.get_template(template).render(**page.helpers(), **values)
    return page.finish(text), page.reads


# Where the page's title goes in the footer's error report, filled in once the page's heading
# is written (a noncharacter: no text of the fact base can hold it).
TITLE_SLOT = "\ufdd0"
ESCAPED = re.compile(r"\\(.)")
ATTRIBUTES = re.compile(r"\s*(?<!\\)\{[^{}]*\}\s*$")  # a heading's attribute list


class Page:
    """The page at `path`: its helpers write links relative to it."""

    def __init__(self, renderer: Renderer, path: str) -> None:
        self.renderer = renderer
        self.path = path
        self.folder = posixpath.dirname(path)
        self.facts = renderer.facts
        self.links = renderer.links
        self.language = renderer.language
        # What reads the same on every page, as the page's own helpers write it.
        self.label = renderer.label
        self.t = renderer.t
        self.p = renderer.p
        self.short_date = renderer.short_date
        self.quoted = renderer.quoted
        self.reads: set[str] = set()  # the ids of the records whose names or fields it writes
        self.read = self.reads.add

    def helpers(self) -> dict[str, Any]:
        """What the page's template (and the macros it imports with context) may call."""
        return {
            "name": self.name,
            "heading": self.heading,
            "cite": self.cite,
            "when": self.when,
            "stated": self.stated,
            "badge": self.badge,
            "link": self.link,
            "page_link": self.page_link,
            "corrected": self.corrected,
            "visual_timeline": self.visual_timeline,
            "relation_map": self.relation_map,
            "relations": self.relations,
            "claim_fields": self.claim_fields,
            "response_fields": self.response_fields,
            "event_fields": self.event_fields,
            "timeline_entry": self.timeline_entry,
            "dated_list": self.dated_list,
            "claim_list": self.claim_list,
            "response_list": self.response_list,
            "quote_list": self.quote_list,
            "in_source_language": self.in_source_language,
            "claim_entry": self.claim_entry,
            "response_entry": self.response_entry,
            "short_item": self.short_item,
            "short_items": self.short_items,
            "fill": self.fill,
            "badge_of": self.badge_of,
            "word": self.word,
            "cite_from": self.from_source,
            "intro_with_sources": self.intro_with_sources,
            "actor_body": self.actor_body,
            "disclosure": self.disclosure,
            "edit_footer": self.edit_footer,
            "site_updated": self.site_updated,
            "unknowns": self.unknowns,
            # After the heading of a list of records told elsewhere (attr_list).
            "list_mark": Md(f"{{{record_mark(LIST)}}}"),
        }

    # ---- names and links ----

    def name(self, record_id: str) -> Md:
        self.read(record_id)
        return self.renderer.name(record_id)

    def heading(self, record_id: str) -> Md:
        self.read(record_id)
        return self.renderer.heading(record_id)

    def plain_name(self, record_id: str) -> str:
        self.read(record_id)
        return self.renderer.plain_name(record_id)

    def href(self, target_page: str, anchor: str = "") -> str:
        if target_page == self.path:
            return f"#{anchor}" if anchor else "#"
        relative = relative_path(target_page, self.folder)
        return f"{relative}#{anchor}" if anchor else relative

    def link(self, record_id: str, text: Md | None = None) -> Md:
        self.read(record_id)
        if record_id == "story":
            target_page, anchor = "index.md", ""
        else:
            target_page, anchor = self.links.page_of[record_id]
        if text is not None:
            return Md(f"[{text}]({self.href(target_page, anchor)})")
        if target_page == self.path:  # a link within the page: "#anchor"
            return Md(f"[{self.renderer.name(record_id)}]({self.href(target_page, anchor)})")
        key = (record_id, self.folder)  # the same from every page in one folder
        named_links = self.renderer.named_links
        shown = named_links.get(key)
        if shown is None:
            shown = Md(f"[{self.renderer.name(record_id)}]({self.href(target_page, anchor)})")
            named_links[key] = shown
        return shown

    def page_link(self, path: str, text: str) -> Md:
        return Md(f"[{markdown.text(text)}]({self.href(path)})")

    def relations(self, record: Event | Claim) -> Md:
        """A record's typed relations, each as the map names it: A → B (is said to supply)."""
        self.read(record.id)  # its status says how the relation is drawn
        shown = [
            f"{self.link(relation.by)} → {self.link(relation.to)} "
            f"({self.label('map.edge.' + pictures.typed_edge(record, relation, self._confirmed(record)))})"
            for relation in record.relations
        ]
        return Md("; ".join(shown))

    def _confirmed(self, record: Event | Claim) -> bool:
        standing = self.links.standing.get(record.id)
        return standing is not None and standing.status == "confirmed"

    def cite(self, citations: list[Citation], indent: int = 0, of: str | None = None) -> Md:
        """The quotes behind a statement, each linking to itself on its source page.

        Quotes from one source are followed once by the line naming it as what it is («— Από
        το άρθρο «…»»). A quote that shares words with a passage a claim cites is followed by
        that claim, claimant first, so that no fragment of an allegation is shown without
        who makes it; of: the record the quotes are shown for (not named again). Search
        leaves out those lines, and such a quote but on a claim's own record (UNSEARCHED).
        """
        paragraphs = []
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        on_a_claim = of is not None and of in self.facts.claims
        for source_id, quotes in by_source.items():
            for citation in quotes:
                claims = self.claims_of_quote(citation, of)
                unsearched = f"\n> {UNSEARCHED}" if claims and not on_a_claim else ""
                paragraphs.append(f"> {self.quote(citation)}{unsearched}")
                paragraphs.extend(f"> {line}\n> {UNSEARCHED}" for line in claims)
            paragraphs.append(f"> — {self.from_source(source_id)}\n> {UNSEARCHED}")
        return Md(textwrap.indent("\n>\n".join(paragraphs), " " * indent))

    def quote(self, citation: Citation) -> str:
        """A quote in quotation marks, linking to itself on its source page."""
        anchor = self.links.anchors[(citation.source, citation.quote)]
        target = self.href(f"sources/{citation.source}.md", anchor)
        translated = (
            getattr(citation.translation, self.language, None) if citation.translation else None
        )
        shown = self.verbatim(citation.source, citation.quote, translated or "")
        return f"{shown} ([{self.label('see_quote')}]({target}))"

    def verbatim(self, source_id: str, quote: str, translated: str | None = None) -> str:
        """A quote in quotation marks, in its source's language; on a page in another
        language, marked as such and followed by the editors' translation (or, on a page of
        a translated edition, by the mark that it is not yet translated).

        translated: the citation's own translation ("" if it has none); None: that of any
        citation of the same words (the source's page lists the words once)."""
        source = self.facts.sources.get(source_id)
        shown = str(self.quoted(quote, source.language if source else None))
        if source is None or source.language == self.language:
            return shown
        shown = self.renderer.foreign(shown, source.language)
        if translated is None:
            translated = self.renderer.translations.get((source_id, quote))
        if translated:
            words = markdown.text_within(translated)
            return f"{shown} ({self.label('translation.editors')}: “{words}”)"
        if self.language != self.renderer.settings.default_language:
            return f"{shown} ({self.label('translation.missing')})"
        return shown

    def from_source(self, source_id: str) -> str:
        """«Από το άρθρο «…»»: the source named as what it is, by its title (the same on every
        page: worked out once)."""
        self.read(source_id)  # its title, though worked out once, is written on this page
        known = self.renderer.from_sources.get(source_id)
        if known is None:
            source = self.facts.sources.get(source_id)
            if source is None:
                known = str(self.name(source_id))
            else:
                title = self.renderer.plain_name(source_id)
                known = f"{self.label('cite.from.' + source.kind)} {self.quoted(title)}"
            self.renderer.from_sources[source_id] = known
        return known

    def claims_of_quote(self, citation: Citation, of: str | None) -> list[str]:
        found = self.links.claims_in.get((citation.source, citation.quote, citation.occurrence))
        if found is None:
            return []
        lines = []
        for key, claim_ids in (
            ("cite.claim.part", found.part_of),
            ("cite.claim.holds", found.holds),
            ("cite.claim.overlaps", found.overlaps),
        ):
            shown = [self.link(claim_id) for claim_id in claim_ids if claim_id != of]
            if shown:
                lines.append(f"— {self.label(key)}: {', '.join(shown)}")
        return lines

    def inline_cites(self, citations: list[Citation], indent: int) -> str:
        """Quotes as items of a sub-list (of a date, a value): quote, source, claims."""
        margin = " " * indent
        lines = []
        for citation in citations:
            extra = "".join(f" {line}" for line in self.claims_of_quote(citation, None))
            lines.append(
                f"{margin}- {self.quote(citation)} — {self.from_source(citation.source)}{extra}\n"
            )
        return "".join(lines)

    # ---- dates and values, as the records give them ----

    def when(self, value: When | None, record: object, indent: int = 0) -> Md:
        """A date in words with its marks, then (a sub-list) how it was worked out and the
        passages it rests on: the full form, for a record's fields."""
        if value is None:
            return Md("")
        shown = str(self.short_date(value, record))
        below = ""
        margin = " " * (indent + 4)
        if value.reasoning is not None:
            below += f"{margin}- *{self.label('basis.reasoning')}:* {self.p(value.reasoning)}\n"
        if value.cite:
            below += f"{margin}- *{self.label('date.cite')}:*\n"
            below += self.inline_cites(value.cite, indent + 8)
        return Md(shown + ("\n" + below.rstrip("\n") if below else ""))

    def stated(self, value: Stated, indent: int = 0) -> Md:
        """A fact about a source that it may state, that the editors infer, or that is not
        stated: with how it is known, and the passages it rests on."""
        if value.basis == "not-stated":
            shown = f"*{self.label('basis.not-stated.source_field')}*"
        else:
            shown = markdown.text(value.value or "")
            if value.basis == "inferred":
                shown += f" ({self.label('date.inferred')})"
        below = ""
        margin = " " * (indent + 4)
        if value.reasoning is not None:
            below += f"{margin}- *{self.label('basis.reasoning')}:* {self.p(value.reasoning)}\n"
        if value.cite:
            key = "date.cite" if value.basis == "inferred" else "stated.cite"
            below += f"{margin}- *{self.label(key)}:*\n"
            below += self.inline_cites(value.cite, indent + 8)
        return Md(shown + ("\n" + below.rstrip("\n") if below else ""))

    def badge(self, claim_id: str) -> Md:
        """A claim's status as the records support it (never stronger): the same badge
        everywhere, a span whose class names the status (the site's CSS draws it)."""
        return self.badge_of(self.links.standing[claim_id].badge)

    def badge_of(self, status: str) -> Md:
        """The badge of a status (the methodology page defines each)."""
        return Md(
            f'<span class="explainer-badge explainer-badge--{status}">'
            f"{self.label('status.' + status)}</span>"
        )

    def general_denial(self, claim: Claim) -> str:
        """The sentence that says what is known of denials linked to the claim only by the
        editors' reading: who denied, when, and that the source does not say it is this one."""
        standing = self.links.standing[claim.id]
        denials = standing.general_denials
        by = ", ".join(self.link(response.id, self.name(response.by)) for response in denials)
        dated = [r for r in denials if _has_a_start(r.date)]
        if dated:
            when = "· ".join(dict.fromkeys(str(self.short_date(r.date, r)) for r in dated))
        else:
            when = str(self.label("status.general-denial.when"))
        sentence = (
            self.label("status.general-denial.explained")
            .replace(markdown.text("{by}"), by)
            .replace(markdown.text("{when}"), when)
        )
        if any(not _certainly_after(r.date, claim.date) for r in denials):
            sentence += " " + self.label("status.general-denial.order")
        return sentence

    # ---- a record's fields as a Markdown list ----
    # Written here rather than as template macros: they are drawn for every record on
    # several pages, and a Jinja macro call costs more than the fields themselves.

    def _item(self, field_key: str, value: str) -> str:
        return f"- **{self.label(field_key)}:** {value}\n"

    def _links(self, record_ids: Iterable[str]) -> str:
        return ", ".join(self.link(record_id) for record_id in record_ids)

    def claim_fields(self, claim: Claim) -> Md:
        """A claim's full record, but its statement (shown once, in its short entry)."""
        self.read(claim.id)
        item = self._item
        standing = self.links.standing[claim.id]
        lines = []
        if standing.general_denials:
            lines.append(item("field.status", self.general_denial(claim)))
        lines.append(item("field.claimant", self.link(claim.claimant)))
        if claim.speaker:
            lines.append(item("field.speaker", self.link(claim.speaker)))
        lines.append(item("field.when", self.when(claim.date, claim)))
        venue = self.t(claim.venue) if claim.venue else f"*{self.label('basis.not-stated.short')}*"
        lines.append(item("field.where", venue))
        if claim.subject_date:
            lines.append(item("field.subject_date", self.when(claim.subject_date, claim)))
        if claim.about:
            lines.append(item("field.about", self._links(claim.about)))
        if claim.relations:
            lines.append(item("field.relations", self.relations(claim)))
        if claim.occasion:
            lines.append(item("field.occasion", self.link(claim.occasion)))
        if claim.note:
            lines.append(item("field.note", self.p(claim.note)))
        if standing.stated:
            lines.append(item("field.answered_by", self._links(standing.stated)))
        if standing.read:
            lines.append(item("field.answered_by.reading", self._links(standing.read)))
        lines.append(self.corrected(claim.id))
        return Md("".join(lines))

    def response_fields(self, response: Response) -> Md:
        self.read(response.id)
        item = self._item
        lines = [item("field.by", self.link(response.by))]
        if response.speaker:
            lines.append(item("field.speaker", self.link(response.speaker)))
        lines.append(item("field.when", self.when(response.date, response)))
        if response.addressed_to:
            lines.append(item("field.addressed_to", self._links(response.addressed_to)))
        if response.answers_what:
            words = response.answers_what
            cited = [self.facts.sources.get(c.source) for c in response.cite]
            spoken = next((source.language for source in cited if source is not None), "el")
            shown = str(self.quoted(words.el, spoken))  # the source's own words, verbatim
            if self.language != spoken:
                shown = self.renderer.foreign(shown, spoken)
                translated = getattr(words, self.language, None)
                if translated and translated != words.el:
                    shown += f" (“{markdown.text_within(translated)}”)"
            lines.append(item("field.answers_what", Md(shown)))
        links = response.links()
        stated = [link.claim for link in links if link.basis == "stated"]
        read = [link for link in links if link.basis == "reading"]
        if stated:
            shown = ", ".join(f"{self.link(c)} {self.badge(c)}" for c in stated)
            lines.append(item("field.answers", shown))
        elif not read:
            lines.append(item("field.answers", f"*{self.label('field.answers.none')}*"))
        if read:
            lines.append(f"- **{self.label('field.answers.reading')}:**\n")
            for link in read:
                claim = self.facts.claims[link.claim]
                why = (
                    f" — *{self.label('field.reading')}:* {self.p(link.reasoning)}"
                    if link.reasoning
                    else ""
                )
                order = ""
                if not _certainly_after(response.date, claim.date):
                    order = f" {self.label('order.unknown')}"
                lines.append(f"    - {self.link(claim.id)} {self.badge(claim.id)}{why}{order}\n")
        if response.note:
            lines.append(item("field.note", self.p(response.note)))
        lines.append(self.corrected(response.id))
        return Md("".join(lines))

    def event_fields(self, event: Event) -> Md:
        self.read(event.id)
        item = self._item
        lines = [item("field.when", self.when(event.date, event))]
        if event.place:
            lines.append(item("field.where", self.t(event.place)))
        if event.participants:
            lines.append(item("field.who", self._links(event.participants)))
        if event.relations:
            lines.append(item("field.relations", self.relations(event)))
        lines.append(self.corrected(event.id))
        claims = self.links.claims_at.get(event.id)
        if claims:
            shown = ", ".join(self.link(claim.id, self.heading(claim.id)) for claim in claims)
            lines.append(item("field.claims_made", shown))
        return Md("".join(lines))

    def corrected(self, record_id: str) -> Md:
        """A list item naming the corrections of a record, or nothing."""
        corrections = self.links.corrections_of.get(record_id)
        if not corrections:
            return Md("")
        return Md(self._item("field.corrections", "; ".join(self.link(c.id) for c in corrections)))

    # ---- entries of the dated lists ----

    def fill(self, key: str, **values: Md) -> Md:
        """A label with its {placeholders} filled in with Markdown (links, names)."""
        shown = str(self.label(key))
        for name, value in values.items():
            shown = shown.replace(markdown.text("{" + name + "}"), str(value))
        return Md(shown)

    def word(self, key: str) -> str:
        """A label as plain text (not Markdown), for sentences made from several parts."""
        return labels.label(key, self.language)

    def disclosure(self, body: str, title_key: str = "full_record") -> Md:
        """A closed disclosure (pymdownx.details, a <details>) holding a record's full record;
        a URL fragment naming the record opens it (assets/explainer-open.js)."""
        inner = textwrap.indent(body.strip("\n"), "    ")
        return Md(f'??? explainer-record "{self.label(title_key)}"\n{inner}\n')

    def sentence(self, record: Event | Claim | Response) -> Md:
        """What a short entry says of a record: an event's description, a claim's or a
        response's statement."""
        if isinstance(record, Event):
            return self.p(record.description)
        return self.t(record.statement)

    def full_link(self, record_id: str) -> str:
        """«Αναλυτικά»: the link from a short entry to the record's full record, on its home."""
        return str(self.link(record_id, self.label("full_record")))

    def timeline_entry(self, entry: TimelineEntry) -> Md:
        """One entry of the timeline: its date and heading, one sentence; an event's full
        record (the timeline is its home) in a closed disclosure, a claim's or a response's
        a link away."""
        record = entry.record
        self.read(record.id)
        lines = [
            f"### {self.short_date(entry.when, record, start=True, heading=True)} · "
            f"{self.heading(record.id)} "
            f"{{#{record.id} {record_mark(HOME if entry.kind == 'event' else ENTRY)}}}\n\n"
        ]
        if entry.kind == "event":
            if record.description:
                lines.append(f"{self.p(record.description)}\n\n")
            lines.append(self.disclosure(self.record_body(record)))
        else:
            lines.append(f"{self.sentence(record)}{self._badge_of(record)}\n\n")
            lines.append(f"{self.full_link(record.id)}\n")
        return Md("".join(lines))

    def _badge_of(self, record: Any) -> str:
        return f" {self.badge(record.id)}" if isinstance(record, Claim) else ""

    def record_body(self, record: Event | Claim | Response) -> str:
        """A record's full record: every field, then its quotes."""
        if isinstance(record, Event):
            fields = self.event_fields(record)
        elif isinstance(record, Claim):
            fields = self.claim_fields(record)
        else:
            fields = self.response_fields(record)
        return f"{fields}\n{self.cite(record.cite, of=record.id)}\n"

    def actor_body(self, actor: Actor) -> Md:
        """An actor's full record: the quotes that name it, then each role with how its date
        was worked out and its quotes."""
        self.read(actor.id)
        parts = [str(self.cite(actor.cite, of=actor.id))]
        for role in actor.roles:
            shown = f"- **{self.t(role.title)}**"
            if role.date is not None:
                shown += f" — {self.when(role.date, role)}"
            parts.append(shown)
            if role.cite:
                parts.append(str(self.cite(role.cite, indent=4)))
        return Md("\n\n".join(parts))

    def claim_entry(self, claim: Claim) -> Md:
        """A claim on the claims page, its home: heading (who claims what), date, statement,
        badge, and its full record in a closed disclosure."""
        self.read(claim.id)
        return Md(
            f"## {self.name(claim.id)} {{#{claim.id} {record_mark(HOME)}}}\n\n"
            f"{self.short_date(claim.date, claim, start=True)} · {self.t(claim.statement)} "
            f"{self.badge(claim.id)}\n\n"
            f"{self.disclosure(self.record_body(claim))}"
        )

    def response_entry(self, response: Response) -> Md:
        """A response on the denials page, its home: the claims it answers as short items,
        its full record in a closed disclosure."""
        self.read(response.id)
        lines = [
            f"## {self.name(response.id)} {{#{response.id} {record_mark(HOME)}}}\n\n"
            f"{self.short_date(response.date, response, start=True)} · "
            f"{self.t(response.statement)}\n\n"
        ]
        answered = [link.claim for link in response.links()]
        if answered:
            key = (
                "field.answers"
                if all(link.basis == "stated" for link in response.links())
                else "field.answers.reading"
            )
            lines.append(f"{self.label(key)}:\n\n")
            lines.append(self.short_items([self.facts.claims[c] for c in answered]))
            lines.append("\n")
        lines.append(self.disclosure(self.record_body(response)))
        return Md("".join(lines))

    # ---- short entries as list items: home, actor pages, the claims a denial answers ----

    def short_item(self, record: Event | Claim | Response) -> Md:
        """- date (with its marks) · the record's name (who says it, and what), linked to its
        home · its badge."""
        self.read(record.id)
        return Md(
            f"- {self.short_date(record.date, record, start=True)} · {self.link(record.id)}"
            f"{self._badge_of(record)}\n"
        )

    def short_items(self, records: Iterable[Event | Claim | Response]) -> Md:
        """Short items; records in a row on the same date are listed under it once (the date's
        marks are long, and said once they hold for each)."""
        groups: list[tuple[str, list[Event | Claim | Response]]] = []
        for record in records:
            self.read(record.id)
            day = str(self.short_date(record.date, record, start=True))
            if groups and groups[-1][0] == day:
                groups[-1][1].append(record)
            else:
                groups.append((day, [record]))
        lines: list[str] = []
        for day, group in groups:
            if len(group) == 1:
                lines.append(self.short_item(group[0]))
                continue
            lines.append(f"- {day}:\n")
            lines.extend(
                f"    - {self.link(record.id)}{self._badge_of(record)}\n" for record in group
            )
        return Md("".join(lines))

    def dated_list(self, events: list[Event]) -> Md:
        return Md(self.short_items(events))

    def claim_list(self, claims: list[Claim]) -> Md:
        return Md(self.short_items(claims))

    def response_list(self, responses: list[Response]) -> Md:
        return Md(self.short_items(responses))

    # ---- what every page ends with ----

    def edit_footer(self, *kinds: str) -> Md:
        """«Βρήκατε λάθος;», when the records the page shows last changed, and the edit link
        (its title alone names the file)."""
        renderer = self.renderer
        settings = renderer.settings
        parts = []
        if settings.report_error:
            parts.append(
                f'[{self.label("report_error")}]({TITLE_SLOT} "{self.label("report_error.title")}")'
            )
        parts.append(str(self.updated(self.shown_files())))
        files = renderer.files_of(*kinds)
        if settings.edit_base and files:
            file = files[0]
            title = self.word("edit.title").replace("{file}", file)
            parts.append(
                f'[{self.label("edit")}]({settings.edit_base}{file} "{_title_attribute(title)}")'
            )
        # Not indexed for search: the same words on every page would only dilute each page.
        attributes = '{: .explainer-footer data-pagefind-ignore="all" }'
        return Md("---\n\n" + " · ".join(parts) + "\n" + attributes + "\n")

    def shown_files(self) -> set[str]:
        """The content files of the records this page has shown so far."""
        origins = self.facts.origins
        files = set()
        for read in self.reads:
            record_id = read.partition(".")[0]
            if record_id == "story":
                files.add(self.facts.story_origin.file.display)
            elif record_id in origins:
                files.add(origins[record_id].file.display)
        return files

    def updated(self, files: set[str], key: str = "last_updated") -> Md:
        """«Τελευταία ενημέρωση: …» from the files' last changes (every file's, for a page that
        shows no record); said to be not available when the site has no history."""
        known = self.renderer.settings.last_changed
        days = [known[f] for f in files if f in known] if files else list(known.values())
        if not days:
            return self.label("last_updated.none")
        day = markdown.text(dates.say(max(days), self.language))
        return Md(self.label(key).replace(markdown.text("{date}"), day))

    def site_updated(self) -> Md:
        """The site's last update, on the home page: the latest change of any content file."""
        return self.updated(set(), "home.site_updated")

    def finish(self, text: str) -> str:
        """The page with its title filled in where the footer's error report needs it."""
        if TITLE_SLOT not in text:
            return text
        heading = next((line[2:] for line in text.splitlines() if line.startswith("# ")), "")
        title = ESCAPED.sub(r"\1", ATTRIBUTES.sub("", heading)).strip()
        return text.replace(TITLE_SLOT, self.report_address(title))

    def report_address(self, title: str) -> str:
        """Where «Βρήκατε λάθος;» leads: a mailto: with the page's title and address filled in,
        or the issue form's URL as given."""
        settings = self.renderer.settings
        address = settings.report_error
        if address.startswith("mailto:"):
            fields = ("subject", "body")
        elif "/issues/new" in address:  # GitHub's new-issue form takes the same two
            fields = ("title", "body")
        else:
            return address
        page_url = settings.site_url.rstrip("/") + "/" + _served_path(self.path)
        subject = self.word("report_error.subject").replace("{title}", title)
        body = self.word("report_error.body").replace("{url}", page_url)
        joiner = "&" if "?" in address else "?"
        return (
            f"{address}{joiner}{fields[0]}={quote(subject, safe='')}"
            f"&{fields[1]}={quote(body, safe='')}"
        )

    def intro_with_sources(self) -> Md:
        """The story's introduction after its first point (which the home page shows), each
        point with its quotes; the first point's quotes first."""
        self.read("story")
        intro = self.facts.story.intro
        parts = [str(self.cite(intro[0].cite))] if intro and intro[0].cite else []
        for item in intro[1:]:
            text = str(self.p(item.text))
            if item.claim:
                text += f" ({self.link(item.claim, self.label('kind.claim'))})"
            parts.append(text)
            if item.cite:
                parts.append(str(self.cite(item.cite)))
        return Md("\n\n".join(parts))

    # ---- «Τι δεν γνωρίζουμε», made from the records ----

    def unknowns(self) -> Md:
        """What the records say is not known: what the story's source does not give about
        itself, and which claims the responses answer where only the editors' reading links
        them."""
        facts = self.facts
        lines = []
        source = facts.sources.get(facts.story.primary_source)
        if source is not None:
            self.read(source.id)
            missing = [
                self.word("unknown.field." + name)
                for name in ("outlet", "author", "published")
                if getattr(source, name).basis != "stated"
            ]
            if missing:
                fields = (
                    ", ".join(missing[:-1]) + self.word("unknown.and") + missing[-1]
                    if len(missing) > 1
                    else missing[0]
                )
                the = Md(markdown.text(self.word("source.the." + source.kind)))
                shown = (
                    self.label("unknown.source_fields")
                    .replace(markdown.text("{source}"), self.link(source.id, the))
                    .replace(markdown.text("{fields}"), markdown.text(fields))
                )
                lines.append(f"- {shown}\n")
        unlinked = [
            response
            for response in facts.responses.values()
            if not any(link.basis == "stated" for link in response.links())
        ]
        if unlinked:
            key = "unknown.answers" if len(unlinked) > 1 else "unknown.answers.one"
            names = ", ".join(str(self.link(r.id)) for r in unlinked)
            shown = self.label(key).replace(markdown.text("{responses}"), names)
            lines.append(f"- {shown}\n")
        return Md("".join(lines))

    def quote_list(self, quotes: list[QuoteUse], source_id: str) -> Md:
        """A source's quotes, each with its anchor and the records that cite it."""
        used_in = self.label("field.used_in")
        return Md(
            "".join(
                f"### {self.verbatim(source_id, use.quote)} {{{self._quote_heading(source_id, use)}}}\n\n"
                f"{used_in}: {self._links(use.used_by)}\n\n"
                for use in quotes
            )
        )

    def _quote_heading(self, source_id: str, use: QuoteUse) -> str:
        """A quote heading's attributes: its anchor, its mark as an entry (search finds the
        quote's words in the source's text below and in the records that cite it), and, on
        a page in another language than the source's, its entry in the table of contents
        (plain text, which cannot say what language it is in): the editors' translation,
        in its quotation marks."""
        source = self.facts.sources.get(source_id)
        translated = self.renderer.translations.get((source_id, use.quote))
        if source is None or source.language == self.language or translated is None:
            return f"#{use.anchor} {record_mark(ENTRY)}"
        entry = markdown.text_within("“" + translated.replace('"', "”") + "”")
        return f'#{use.anchor} {record_mark(ENTRY)} data-toc-label="{entry}"'

    def in_source_language(self, source_id: str) -> Md:
        """The attribute list that marks a block of a source's text as in its language, on a
        page in another language ("" otherwise)."""
        source = self.facts.sources.get(source_id)
        if source is None or source.language == self.language:
            return Md("")
        return Md(f'{{: lang="{source.language}" }}')

    # ---- pictures ----

    def visual_timeline(self, chronicle: Chronicle, this: ChroniclePage) -> Md:
        # Every mark is drawn at its record's date; names are read (whole) when they are shown.
        drawn = pictures.timeline_records(chronicle, this)
        self.reads.update(field_of(record_id, "date") for record_id in drawn)
        return Md(
            pictures.timeline_figure(
                chronicle, this, self.path, self.language, self.plain_name, self.links
            )
        )

    def relation_map(self) -> pictures.RelationMap:
        # Drawn from every actor (its name and kind) and from the fields of events, claims
        # and responses that say who relates to whom.
        facts = self.facts
        self.reads.update(facts.actors)
        for kind, fields in pictures.RELATION_FIELDS.items():
            for record_id in getattr(facts, kind):
                self.reads.update(field_of(record_id, field) for field in fields)
        return pictures.relation_map_figure(
            self.facts, self.links, self.path, self.language, self.plain_name
        )


def _title_attribute(text: str) -> str:
    """Text for a Markdown link's title: its quotation marks cannot end the title."""
    return text.replace('"', "&quot;")


def _served_path(path: str) -> str:
    """A docs page's address below the site's (use_directory_urls): timeline/2023.md ->
    timeline/2023/."""
    if path == "index.md":
        return ""
    if path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/"


def _certainly_after(answer: When, claim: When) -> bool:
    """Whether the dates alone show that the answer came after the claim was made."""
    if answer.edtf is None or claim.edtf is None:
        return False
    answered, made = dates.parse(answer.edtf).bounds, dates.parse(claim.edtf).bounds
    return answered.lower is not None and made.upper is not None and answered.lower >= made.upper


def _has_a_start(when: When) -> bool:
    """Whether the date gives a time, not only a latest one ("no later than …")."""
    return when.edtf is not None and dates.parse(when.edtf).bounds.lower is not None
