"""The pictures, drawn as SVG at build time: primitives that escape every value (svg.py), the
visual timeline (timeline.py), the relation graph (relation_graph.py) apart from its
drawing (relation_map.py), and what a page's pictures need from the cross-linked fact
base (figures.py).

The drawing modules know nothing of pages; figures.py gives their marks names and links.
"""

from .figures import RelationMap, relation_map_figure, timeline_figure, timeline_records
from .relation_graph import FIELDS_READ as RELATION_FIELDS
from .relation_graph import typed_edge

__all__ = [
    "RELATION_FIELDS",
    "RelationMap",
    "relation_map_figure",
    "timeline_figure",
    "timeline_records",
    "typed_edge",
]
