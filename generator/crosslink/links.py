"""Cross-linking the checked fact base, before any page is made: where each record lives,
which quotes each source has and who uses them, each claim's standing (who answers it,
on what basis, and so its status), which quotes lie in a passage a claim cites (so that
they are never shown without the claimant), who takes part in what, and the dated lists.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..checks import QuoteFinder, normalise
from ..model import (
    Citation,
    Claim,
    Correction,
    Event,
    FactBase,
    Response,
    Standing,
    citations,
    standings,
)
from .chronicle import Chronicle, dated_entries
from .dating import DateWords, Dating


@dataclass(frozen=True)
class QuoteUse:
    anchor: str
    quote: str
    used_by: tuple[str, ...]  # record ids, in order of first use


@dataclass(frozen=True)
class ClaimsIn:
    """The claims whose cited passages a quote shares words with: those it is part of, those
    it holds whole, and those it overlaps."""

    part_of: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    overlaps: tuple[str, ...] = ()


@dataclass
class Links:
    """Everything cross-linked, gathered before any page is rendered."""

    page_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (page, anchor)
    quotes: dict[str, dict[str, QuoteUse]] = field(default_factory=dict)  # source -> key -> use
    # claim id -> its standing: the responses linked to it, their basis, its status
    standing: dict[str, Standing] = field(default_factory=dict)
    # (source, quote as cited, occurrence) -> the claims whose passages it shares words with
    claims_in: dict[tuple[str, str, int | None], ClaimsIn] = field(default_factory=dict)
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
    dating: Dating | None = None  # says every date (crosslink/dating.py)

    def date_words(self, when: Any, record: object, language: str) -> DateWords:
        assert self.dating is not None
        return self.dating.words(when, record, language)


def quote_anchor(source_id: str, quote: str) -> str:
    """A stable anchor for a quote: the same words give the same anchor in every build."""
    digest = hashlib.sha1(f"{source_id}\n{normalise(quote)}".encode()).hexdigest()
    return f"q-{digest[:10]}"


def cross_link(facts: FactBase) -> Links:
    links = Links()
    quotes = QuoteFinder(facts.source_texts)
    links.dating = Dating(facts, quotes)
    links.standing = standings(facts)
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
    links.claims_in = _claims_in(facts, quotes)
    return links


def _claims_in(facts: FactBase, quotes: QuoteFinder) -> dict[tuple[str, str, int | None], ClaimsIn]:
    """For each quote of a record other than a claim, the claims whose cited passages it
    shares words with: a fragment such as «η Ομάδα Wagner είχε παραλάβει όπλα» is then
    shown with who claims it, wherever it is quoted."""
    passages: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for claim in facts.claims.values():
        for citation in claim.cite:
            span = quotes.span(citation.source, citation)
            if span is not None:
                passages[citation.source].append((*span, claim.id))
    for found in passages.values():
        found.sort()
    result: dict[tuple[str, str, int | None], ClaimsIn] = {}
    if not passages:
        return result
    others: list[Iterable[Citation]] = [(c for p in facts.story.intro for c in p.cite)]
    for kind in ("actors", "events", "responses", "background"):
        others += [citations(record) for record in getattr(facts, kind).values()]
    for cited in others:
        for citation in cited:
            key = (citation.source, citation.quote, citation.occurrence)
            if key in result or citation.source not in passages:
                continue
            span = quotes.span(citation.source, citation)
            if span is None:
                continue
            start, end = span
            found = passages[citation.source]
            # Passages that start before this quote ends; of those, the ones that end after it starts.
            before_end = found[: bisect.bisect_left(found, (end, -1, ""))]
            found_by: dict[str, list[str]] = {"part_of": [], "holds": [], "overlaps": []}
            for first, last, claim_id in before_end:
                if last <= start:
                    continue
                if first <= start and end <= last:
                    found_by["part_of"].append(claim_id)
                elif start <= first and last <= end:
                    found_by["holds"].append(claim_id)
                else:
                    found_by["overlaps"].append(claim_id)
            if any(found_by.values()):
                result[key] = ClaimsIn(
                    **{name: tuple(dict.fromkeys(ids)) for name, ids in found_by.items()}
                )
    return result
