"""What the templates' pictures need from the cross-linked fact base, for the page at hand.

The drawing modules know nothing of pages: here their marks and nodes get their names
(plain text, in the site's language) and their links (relative to the page being written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..crosslink.urls import page_link, relative_url
from ..labels import label
from . import relation_graph, relation_map, timeline

if TYPE_CHECKING:
    from ..crosslink import Chronicle, ChroniclePage, Links, TimelineEntry
    from ..model import FactBase


def timeline_figure(
    chronicle: Chronicle,
    this: ChroniclePage,
    page: str,
    language: str,
    name: Callable[[str], str],
    links_of: Links,
) -> str:
    """The whole span on the first page of the timeline (the overview of a split timeline),
    the page's own year on a year page; each mark links to its entry on the timeline, and
    says its date as every page does (crosslink/dating.py)."""
    entry_page = chronicle.entry_pages
    entries = _drawn(chronicle, this)
    # A picture that only counts its entries (a long timeline's) does not need their names.
    named = timeline.names_shown(len(entries))
    links: dict[str, str] = {}  # page of entries -> its address from this page
    marks = []
    for entry in entries:
        record_id = entry.record.id
        target = entry_page[record_id]
        link = links.get(target)
        if link is None:
            link = links[target] = page_link(page, target)
        # A picture that counts its entries says no entry's date: its words are not needed.
        words, inferred = "", False
        if named:
            words = (
                links_of.date_words(entry.when, entry.record, language)
                .in_one_language(language)
                .short()
            )
            assert links_of.dating is not None
            inferred = links_of.dating.marks(entry.when, entry.record).inferred
        marks.append(
            timeline.Mark(
                record_id,
                entry.kind,
                name(record_id) if named else "",
                f"{link}#{record_id}",
                entry.when.edtf,
                words,
                inferred,
                # A response says what it is: a denial is not called a response.
                label("response." + entry.record.type, language)
                if entry.kind == "response"
                else "",
            )
        )
    return timeline.figure(marks, language)


def timeline_records(chronicle: Chronicle, this: ChroniclePage) -> list[str]:
    """The ids of the records timeline_figure draws for this page of the chronicle."""
    return [entry.record.id for entry in _drawn(chronicle, this)]


def _drawn(chronicle: Chronicle, this: ChroniclePage) -> list[TimelineEntry]:
    parts = chronicle.pages if this.year is None else [this]
    return [entry for part in parts for _, group in part.groups for entry in group]


@dataclass(frozen=True)
class RelationMap:
    figure: str  # raw HTML
    edges: list[relation_graph.Edge]  # as drawn, for the list that says the same in words
    # edge -> who makes the claims behind it ("" if none is a claim), as the tooltip says
    according_to: dict[tuple[str, str, str], str]


def relation_map_figure(
    facts: FactBase, links: Links, page: str, language: str, name: Callable[[str], str]
) -> RelationMap:
    network = relation_graph.network(facts, links.standing)
    actors = {
        actor_id: relation_map.Actor(
            name(actor_id), actor.type, relative_url(page, *links.page_of[actor_id])
        )
        for actor_id, actor in facts.actors.items()
    }

    def edge_href(edge: relation_graph.Edge) -> str:
        """One record: that record; several: the page of the actor they start from."""
        if len(edge.records) == 1:
            return relative_url(page, *links.page_of[edge.records[0]])
        return actors[edge.source].href

    def claimants(records: Iterable[str]) -> list[str]:
        """Who makes the claims among these records (for an edge's tooltip)."""
        found = [facts.claims[r].claimant for r in records if r in facts.claims]
        return [name(actor_id) for actor_id in dict.fromkeys(found)]

    drawing = relation_map.draw(network, actors, edge_href, name, language, claimants)
    caption = relation_map.caption(network, language)
    according_to = {
        (edge.source, edge.target, edge.type): ", ".join(
            n for n in claimants(edge.records) if n != actors[edge.source].name
        )
        for edge in network.edges
    }
    return RelationMap(relation_map.figure(drawing, caption), network.edges, according_to)
