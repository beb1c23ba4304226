"""What the templates' pictures need from the cross-linked fact base, for the page at hand.

The drawing modules know nothing of pages: here their marks and nodes get their names
(plain text, in the site's language) and their links (relative to the page being written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import relationship_map, visual_timeline
from .site_urls import relative_url

if TYPE_CHECKING:
    from .model import FactBase
    from .render import Chronicle, ChroniclePage, Links


def timeline_figure(
    chronicle: Chronicle,
    this: ChroniclePage,
    page: str,
    language: str,
    name: Callable[[str], str],
) -> str:
    """The whole span on the first page of the timeline (the overview of a split timeline),
    the page's own year on a year page; each mark links to its entry on the timeline."""
    parts = chronicle.pages if this.year is None else [this]
    entries = [entry for part in parts for _, group in part.groups for entry in group]
    entry_page = {
        entry.record.id: part.path
        for part in chronicle.pages
        for _, group in part.groups
        for entry in group
    }
    marks = [
        visual_timeline.Mark(
            entry.record.id,
            entry.kind,
            name(entry.record.id),
            relative_url(page, entry_page[entry.record.id], entry.record.id),
            entry.when.edtf,
        )
        for entry in entries
    ]
    return visual_timeline.figure(marks, language)


@dataclass(frozen=True)
class RelationMap:
    figure: str  # raw HTML
    edges: list[relationship_map.Edge]  # as drawn, for the list that says the same in words


def relation_map(
    facts: FactBase, links: Links, page: str, language: str, name: Callable[[str], str]
) -> RelationMap:
    network = relationship_map.network(facts)
    actors = {
        actor_id: relationship_map.Actor(
            name(actor_id), actor.type, relative_url(page, *links.page_of[actor_id])
        )
        for actor_id, actor in facts.actors.items()
    }

    def edge_href(edge: relationship_map.Edge) -> str:
        """One record: that record; several: the page of the actor they start from."""
        if len(edge.records) == 1:
            return relative_url(page, *links.page_of[edge.records[0]])
        return actors[edge.source].href

    drawing = relationship_map.draw(network, actors, edge_href, name, language)
    caption = relationship_map.caption(network, language)
    return RelationMap(relationship_map.figure(drawing, caption), network.edges)
