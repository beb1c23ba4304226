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
from collections.abc import Iterable
from typing import Any

from .. import dates, pictures
from ..crosslink import Chronicle, ChroniclePage, QuoteUse, TimelineEntry
from ..crosslink.urls import relative_path
from ..model import Citation, Claim, Event, Response, Stated, When
from . import markdown
from .environment import Md
from .renderer import Renderer


def field_of(record_id: str, field: str) -> str:
    """A read of one field of a record, as a page notes it: 'event-1.date' (ids hold no dot)."""
    return f"{record_id}.{field}"


def render(renderer: Renderer, template: str, path: str, **values: Any) -> tuple[str, set[str]]:
    """The page at `path` (in the docs folder), written by `template` with these values, and
    the ids of the records its helpers read."""
    page = Page(renderer, path)
    return renderer.env.get_template(template).render(**page.helpers(), **values), page.reads


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
        who makes it; of: the record the quotes are shown for (not named again).
        """
        paragraphs = []
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        for source_id, quotes in by_source.items():
            for citation in quotes:
                paragraphs.append(f"> {self.quote(citation)}")
                paragraphs.extend(f"> {line}" for line in self.claims_of_quote(citation, of))
            paragraphs.append(f"> — {self.from_source(source_id)}")
        margin = " " * indent
        return Md(f"\n{margin}>\n".join(margin + line for line in paragraphs))

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
            shown = f"*{self.label('basis.not-stated')}*"
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
        """A claim's status as the records support it (never stronger)."""
        return self.label("status." + self.links.standing[claim_id].badge)

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

    def claim_fields(self, claim: Claim, with_link: bool = False) -> Md:
        self.read(claim.id)
        item = self._item
        standing = self.links.standing[claim.id]
        status = self.general_denial(claim) if standing.general_denials else self.badge(claim.id)
        lines = [
            item("field.status", status),
            item("field.claimant", self.link(claim.claimant)),
        ]
        if claim.speaker:
            lines.append(item("field.speaker", self.link(claim.speaker)))
        lines.append(item("field.when", self.when(claim.date, claim)))
        venue = self.t(claim.venue) if claim.venue else f"*{self.label('basis.not-stated')}*"
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
        if with_link:
            lines.append(f"- {self.link(claim.id, self.label('kind.claim'))}\n")
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
            lines.append(item("field.answers", self._links(stated)))
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
                lines.append(f"    - {self.link(claim.id)}{why}{order}\n")
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

    def timeline_entry(self, entry: TimelineEntry) -> Md:
        """One entry of the timeline: its date and heading, what it is, its fields, its quotes."""
        record = entry.record
        self.read(record.id)
        lines = [
            f"### {self.short_date(entry.when, record, start=True, heading=True)} · "
            f"{self.heading(record.id)} "
            f"{{#{record.id}}}\n\n"
        ]
        if entry.kind == "event":
            description = f": {self.p(record.description)}" if record.description else ""
            lines.append(f"*{self.label('kind.event')}*{description}\n\n")
            lines.append(f"{self.event_fields(record)}\n")
        elif entry.kind == "claim":
            lines.append(f"*{self.label('kind.claim')}:* {self.t(record.statement)}\n\n")
            lines.append(f"{self.claim_fields(record, with_link=True)}\n")
        else:
            lines.append(
                f"*{self.label('response.' + record.type)}:* {self.t(record.statement)}\n\n"
            )
            lines.append(f"{self.response_fields(record)}\n")
            lines.append(f"- {self.link(record.id, self.label('kind.response'))}\n")
        lines.append(
            f"\n{self.cite(record.cite, of=record.id)}\n"
        )  # the template adds the last line break
        return Md("".join(lines))

    def claim_entry(self, claim: Claim) -> Md:
        """A claim on the claims page; the template adds the last line break."""
        self.read(claim.id)
        return Md(
            f"## {self.name(claim.id)} {{#{claim.id}}}\n\n"
            f"*{self.label('kind.claim')}:* {self.t(claim.statement)}\n\n"
            f"{self.claim_fields(claim)}\n\n{self.cite(claim.cite, of=claim.id)}\n"
        )

    def response_entry(self, response: Response) -> Md:
        """An answer on the denials page, with the claims it answers in full."""
        self.read(response.id)
        self.reads.update(link.claim for link in response.links())
        lines = [
            f"## {self.name(response.id)} {{#{response.id}}}\n\n"
            f"{self.t(response.statement)}\n\n"
            f"{self.response_fields(response)}\n\n{self.cite(response.cite, of=response.id)}\n\n"
        ]
        for link in response.links():
            claim = self.facts.claims[link.claim]
            basis = "link.stated" if link.basis == "stated" else "link.reading"
            lines.append(
                f"### {self.name(claim.id)} {{#{response.id}--{claim.id}}}\n\n"
                f"*{self.label(basis)}*\n\n"
                f"*{self.label('kind.claim')}:* {self.t(claim.statement)}\n\n"
                f"{self.claim_fields(claim, with_link=True)}\n\n"
                f"{self.cite(claim.cite, of=claim.id)}\n\n"
            )
        return Md("".join(lines)[:-1])  # the template adds the last line break

    # ---- lists of links, as an actor page has them by the hundred ----

    def dated_list(self, events: list[Event]) -> Md:
        self.reads.update(e.id for e in events)
        return Md(
            "".join(
                f"- {self.short_date(e.date, e, start=True)}: {self.link(e.id)}\n" for e in events
            )
        )

    def claim_list(self, claims: list[Claim]) -> Md:
        self.reads.update(c.id for c in claims)
        return Md("".join(f"- {self.link(c.id)} ({self.badge(c.id)})\n" for c in claims))

    def response_list(self, responses: list[Response]) -> Md:
        self.reads.update(r.id for r in responses)
        return Md("".join(f"- {self.link(r.id)}: {self.t(r.statement)}\n" for r in responses))

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
        """A quote heading's attributes: its anchor and, on a page in another language than
        the source's, its entry in the table of contents (plain text, which cannot say
        what language it is in): the editors' translation, in its quotation marks."""
        source = self.facts.sources.get(source_id)
        translated = self.renderer.translations.get((source_id, use.quote))
        if source is None or source.language == self.language or translated is None:
            return f"#{use.anchor}"
        entry = markdown.text_within("“" + translated.replace('"', "”") + "”")
        return f'#{use.anchor} data-toc-label="{entry}"'

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


def _certainly_after(answer: When, claim: When) -> bool:
    """Whether the dates alone show that the answer came after the claim was made."""
    if answer.edtf is None or claim.edtf is None:
        return False
    answered, made = dates.parse(answer.edtf).bounds, dates.parse(claim.edtf).bounds
    return answered.lower is not None and made.upper is not None and answered.lower >= made.upper


def _has_a_start(when: When) -> bool:
    """Whether the date gives a time, not only a latest one ("no later than …")."""
    return when.edtf is not None and dates.parse(when.edtf).bounds.lower is not None
