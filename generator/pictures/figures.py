"""What the templates' pictures need from the cross-linked fact base, for the page at hand.

The drawing modules know nothing of pages: here their marks and nodes get their names
(plain text, in the site's language) and their links (relative to the page being written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..crosslink.urls import page_link, relative_url
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
) -> str:
    """The whole span on the first page of the timeline (the overview of a split timeline),
    the page's own year on a year page; each mark links to its entry on the timeline."""
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
        marks.append(
            timeline.Mark(
                record_id,
                entry.kind,
                name(record_id) if named else "",
                f"{link}#{record_id}",
                entry.when.edtf,
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


def relation_map_figure(
    facts: FactBase, links: Links, page: str, language: str, name: Callable[[str], str]
) -> RelationMap:
    network = relation_graph.network(facts)
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

    drawing = relation_map.draw(network, actors, edge_href, name, language)
    caption = relation_map.caption(network, language)
    return RelationMap(relation_map.figure(drawing, caption), network.edges)
