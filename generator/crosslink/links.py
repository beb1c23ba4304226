"""Cross-linking the checked fact base, before any page is made: where each record lives,
which quotes each source has and who uses them, who answers which claim, who takes part
in what, and the dated lists.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..checks import normalise
from ..model import Citation, Claim, Correction, Event, FactBase, Response, citations
from .chronicle import Chronicle, dated_entries


@dataclass(frozen=True)
class QuoteUse:
    anchor: str
    quote: str
    used_by: tuple[str, ...]  # record ids, in order of first use


@dataclass
class Links:
    """Everything cross-linked, gathered before any page is rendered."""

    page_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (page, anchor)
    quotes: dict[str, dict[str, QuoteUse]] = field(default_factory=dict)  # source -> key -> use
    answered_by: dict[str, list[Response]] = field(default_factory=lambda: defaultdict(list))
    events_of: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    claims_by: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    claims_about: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    claims_at: dict[str, list[Claim]] = field(
        default_factory=lambda: defaultdict(list)
    )  # event -> claims
    responses_by: dict[str, list[Response]] = field(default_factory=lambda: defaultdict(list))
    files_of_kind: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    chronicles: dict[str, Chronicle] = field(default_factory=dict)  # timeline, claims, denials
    corrections_of: dict[str, list[Correction]] = field(default_factory=lambda: defaultdict(list))
    # (source, quote as cited) -> the quote's anchor on the source's page
    anchors: dict[tuple[str, str], str] = field(default_factory=dict)
    # page -> the ids of the records whose home it is, in the order of page_of
    homes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def quote_anchor(source_id: str, quote: str) -> str:
    """A stable anchor for a quote: the same words give the same anchor in every build."""
    digest = hashlib.sha1(f"{source_id}\n{normalise(quote)}".encode()).hexdigest()
    return f"q-{digest[:10]}"


def cross_link(facts: FactBase) -> Links:
    links = Links()
    for source_id in facts.sources:
        links.page_of[source_id] = (f"sources/{source_id}.md", "")
        links.quotes[source_id] = {}
    for actor_id in facts.actors:
        links.page_of[actor_id] = (f"actors/{actor_id}.md", "")
    events = [("event", e) for e in facts.events.values()]
    claims = [("claim", c) for c in facts.claims.values()]
    responses = [("response", r) for r in facts.responses.values()]
    # Sorted once: within one kind, the timeline's order is that kind's own date order.
    timeline = dated_entries([*events, *claims, *responses])
    links.chronicles = {
        "timeline": Chronicle.of("timeline", timeline),
        "claims": Chronicle.of("claims", [e for e in timeline if e.kind == "claim"]),
        "denials": Chronicle.of("denials", [e for e in timeline if e.kind == "response"]),
    }
    # Each record's own place: events on the timeline, claims and responses on their pages.
    for name in ("claims", "denials", "timeline"):
        for page in links.chronicles[name].pages:
            for _, group in page.groups:
                for entry in group:
                    links.page_of.setdefault(entry.record.id, (page.path, entry.record.id))
    for section_id in facts.background:
        links.page_of[section_id] = ("background.md", section_id)
    for correction in sorted(facts.corrections.values(), key=lambda c: (c.date, c.id)):
        links.page_of[correction.id] = ("corrections.md", correction.id)
        for record_id in dict.fromkeys(correction.records):
            links.corrections_of[record_id].append(correction)

    for entry in timeline:  # in date order
        if entry.kind != "event":
            continue
        for actor_id in dict.fromkeys(entry.record.participants):
            links.events_of[actor_id].append(entry.record)
    for claim in facts.claims.values():
        for actor_id in dict.fromkeys(filter(None, (claim.claimant, claim.speaker))):
            links.claims_by[actor_id].append(claim)
        for actor_id in dict.fromkeys(claim.about):
            links.claims_about[actor_id].append(claim)
        if claim.occasion is not None:
            links.claims_at[claim.occasion].append(claim)
    for response in facts.responses.values():
        for claim_id in dict.fromkeys(response.answers):
            links.answered_by[claim_id].append(response)
        for actor_id in dict.fromkeys(filter(None, (response.by, response.speaker))):
            links.responses_by[actor_id].append(response)

    def note_quotes(record_id: str, citations: Iterable[Citation]) -> None:
        for citation in citations:
            uses = links.quotes[citation.source]
            key = normalise(citation.quote)
            use = uses.get(key)
            if use is None:
                uses[key] = QuoteUse(
                    quote_anchor(citation.source, citation.quote), citation.quote, (record_id,)
                )
            elif record_id not in use.used_by:
                uses[key] = QuoteUse(use.anchor, use.quote, (*use.used_by, record_id))
            links.anchors[(citation.source, citation.quote)] = uses[key].anchor

    note_quotes("story", (c for point in facts.story.intro for c in point.cite))
    for record_id in facts.origins:
        kind = facts.kind_of(record_id)
        record = getattr(facts, kind)[record_id]  # type: ignore[arg-type]
        note_quotes(record_id, citations(record))
        file = facts.origins[record_id].file.display
        if file not in links.files_of_kind[kind]:  # type: ignore[index]
            links.files_of_kind[kind].append(file)  # type: ignore[index]
    links.files_of_kind["story"].append(facts.story_origin.file.display)
    for record_id, (home, _) in links.page_of.items():
        links.homes[home].append(record_id)
    return links
