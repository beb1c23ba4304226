"""The relationship map: the relation graph (relation_graph.py) drawn as an SVG.

The layout is a ring, in the graph's order, which keeps related actors near each other:
deterministic, so the same fact base always draws the same picture. An edge's colour and
dashes tell its type; a claim's typed relation is drawn with a hollow line ("is said to
supply"), unless the claim is confirmed. Only labels that do not collide are written;
the picture says what the graph left out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..labels import label
from . import svg
from .relation_graph import ALLEGED, UNDIRECTED, Edge, Network

LABEL_CHARACTERS = 24
CROWDED = 30  # beyond this many actors: smaller nodes, shorter labels, lighter lines
CROWDED_LABEL_CHARACTERS = 18
CHARACTER_WIDTH = 7.0  # a generous average at 12px, so that estimated labels do not collide
PAD = 12

# Type -> (colour, dash pattern): colour and dashes both tell types apart; a hollow line
# (an outline, see strokes()) tells what is only asserted from what happened.
EDGE_STYLE = {
    "claims-about": ("#1565c0", None),
    "denies": ("#c62828", "7 3"),
    "responds-to": ("#7b1fa2", "4 2 1 2"),
    "confirms": ("#2e7d32", None),
    "speaks-for": ("#37474f", "5 2 1 2"),
    "role": ("#546e7a", "1 2"),
    "same-event": ("#616161", "1.5 3"),
    "supplies": ("#e65100", None),
    "supplies" + ALLEGED: ("#e65100", None),
    "meets": ("#00838f", None),
    "meets" + ALLEGED: ("#00838f", None),
    "writes-to": ("#6d4c41", None),
    "writes-to" + ALLEGED: ("#6d4c41", None),
    "sides-with": ("#ad1457", None),
    "sides-with" + ALLEGED: ("#ad1457", None),
}
HOLLOW_RAIL = 1.5  # the width of each side of a hollow line
NODE_COLOUR = {
    "person": "#00695c",
    "organisation": "#1565c0",
    "state": "#6a1b9a",
    "group": "#a14a00",
}


@dataclass(frozen=True)
class Actor:
    """What the picture shows of an actor: plain text and a link."""

    name: str
    type: str
    href: str


def hollow(kind: str) -> bool:
    return kind.endswith(ALLEGED)


# --- drawing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.right < other.left
            or other.right < self.left
            or self.bottom < other.top
            or other.bottom < self.top
        )


def ring(count: int) -> tuple[float, list[Point]]:
    """The radius and positions around a circle centred on (0, 0), starting at the top."""
    spacing = 34.0 if count <= 24 else 12.0
    radius = max(150.0, count * spacing / (2 * math.pi))
    points = [
        Point(
            radius * math.cos(-math.pi / 2 + 2 * math.pi * i / count),
            radius * math.sin(-math.pi / 2 + 2 * math.pi * i / count),
        )
        for i in range(count)
    ]
    return radius, points


def node_radius(strength: int, crowded: bool) -> float:
    if crowded:
        return min(3.0 + math.sqrt(strength), 7.0)
    return min(6.0 + 1.5 * math.sqrt(strength), 15.0)


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    anchor: str
    text: str
    box: Box


def place_labels(
    network: Network, points: dict[str, Point], radii: dict[str, float], actors: dict[str, Actor]
) -> dict[str, Label]:
    """Labels outside the ring, most connected actors first; a label that would cover
    another is left out (the node keeps its name as a tooltip and in the list below)."""
    placed: dict[str, Label] = {}
    ranked = sorted(network.nodes, key=lambda a: (-network.strength.get(a, 0), a))
    for actor_id in ranked:
        point = points[actor_id]
        distance = math.hypot(point.x, point.y)
        # Outward from the ring; the centre's label goes above it.
        unit = Point(point.x / distance, point.y / distance) if distance else Point(0.0, -1.0)
        gap = radii[actor_id] + 6
        x, y = point.x + unit.x * gap, point.y + unit.y * gap + 4
        limit = CROWDED_LABEL_CHARACTERS if len(network.nodes) > CROWDED else LABEL_CHARACTERS
        text = svg.shorten(actors[actor_id].name, limit)
        width = len(text) * CHARACTER_WIDTH
        anchor = "start" if unit.x > 0.15 else "end" if unit.x < -0.15 else "middle"
        left = x if anchor == "start" else x - width if anchor == "end" else x - width / 2
        if anchor == "middle":
            y += 8 * unit.y  # above the top node, below the bottom one
        box = Box(left, y - 12, left + width, y + 3)
        if any(box.overlaps(other.box) for other in placed.values()):
            continue
        placed[actor_id] = Label(x, y, anchor, text, box)
    return placed


def curve(
    start: Point, end: Point, offset: float, start_gap: float, end_gap: float
) -> tuple[Point, Point, Point]:
    """A quadratic curve bowed towards the centre, shortened to meet the nodes' edges."""
    middle = Point((start.x + end.x) / 2, (start.y + end.y) / 2)
    control = Point(middle.x * 0.6, middle.y * 0.6)
    length = math.hypot(end.x - start.x, end.y - start.y) or 1.0
    normal = Point(-(end.y - start.y) / length, (end.x - start.x) / length)
    control = Point(control.x + normal.x * offset, control.y + normal.y * offset)
    return _towards(start, control, start_gap), control, _towards(end, control, end_gap)


def _towards(point: Point, target: Point, distance: float) -> Point:
    length = math.hypot(target.x - point.x, target.y - point.y) or 1.0
    return Point(
        point.x + (target.x - point.x) / length * distance,
        point.y + (target.y - point.y) / length * distance,
    )


def draw_edge(
    edge: Edge,
    ends: tuple[Point, Point],
    gaps: tuple[float, float],
    offset: float,
    words: tuple[str, str],
    crowded: bool,
) -> str:
    """words: the edge's tooltip and its link."""
    start, control, end = curve(
        ends[0], ends[1], offset, gaps[0] + 1, gaps[1] + (3 if edge.directed else 1)
    )
    path = (
        f"M{svg.number(start.x)},{svg.number(start.y)} "
        f"Q{svg.number(control.x)},{svg.number(control.y)} {svg.number(end.x)},{svg.number(end.y)}"
    )
    count = len(edge.records)
    # Thickness says how many records; crowded maps draw thin, light lines under the nodes.
    width = (0.8 + 0.8 * math.log2(count)) if crowded else (1.5 + 1.2 * math.log2(count))
    parts = [
        svg.title(words[0]),
        svg.element(
            "path",
            {
                "d": path,
                "class": "xr-hit",
                "fill": "none",
                "stroke": "transparent",
                "stroke-width": 10,
            },
        ),
        *strokes(path, edge.type, width, 0.45 if crowded else None),
    ]
    if count > 1 and not crowded:  # a crowded map says counts in tooltips only
        middle = Point(
            0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
            0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
        )
        parts.append(svg.label(middle.x, middle.y + 4, str(count), "xr-count", anchor="middle"))
    return svg.element("a", {"href": words[1], "class": "xr-link"}, *parts)


def strokes(path: str, kind: str, width: float, opacity: float | None) -> list[str]:
    """The visible line of an edge of this type: solid or dashed in its colour, or hollow
    (two rails of its colour around the background's) for what a claim only asserts."""
    colour, dashes = EDGE_STYLE[kind]
    marker = f"url(#xr-arrow-{kind})" if kind not in UNDIRECTED else None
    line = {"d": path, "fill": "none", "stroke": colour, "stroke-dasharray": dashes}
    if not hollow(kind):
        return [
            svg.element(
                "path",
                {
                    **line,
                    "class": f"xr-edge xr-edge-{kind}",
                    "stroke-width": width,
                    "stroke-opacity": opacity,
                    "marker-end": marker,
                },
            )
        ]
    return [
        svg.element(
            "path",
            {
                **line,
                "class": f"xr-edge xr-edge-hollow xr-edge-{kind}",
                "stroke-width": width + 2 * HOLLOW_RAIL,
                "stroke-opacity": opacity,
            },
        ),
        # The core, and the arrowhead drawn last so that nothing covers its outline.
        svg.element(
            "path",
            {
                **line,
                "class": "xr-edge-core",
                "stroke": "#ffffff",
                "stroke-width": width,
                "marker-end": marker,
            },
        ),
    ]


def draw_node(actor: Actor, point: Point, radius: float, label_: Label | None, words: str) -> str:
    colour = NODE_COLOUR.get(actor.type, "#555555")
    shape = node_shape(
        actor.type,
        point,
        radius,
        {
            "class": f"xr-node xr-node-{actor.type}",
            "fill": colour,
            "stroke": "#ffffff",
            "stroke-width": 1.5,
        },
    )
    parts = [svg.title(words), shape]
    if label_ is not None:
        parts.append(svg.label(label_.x, label_.y, label_.text, "xr-label", anchor=label_.anchor))
    return svg.element("a", {"href": actor.href, "class": "xr-link"}, *parts)


def node_shape(kind: str, at: Point, r: float, style: dict[str, svg.Attribute]) -> str:
    """Shapes as well as colours tell actor types apart: circle, square, diamond, triangle."""
    if kind == "person":
        return svg.element("circle", {"cx": at.x, "cy": at.y, "r": r, **style})
    if kind == "organisation":
        side = r * 1.7
        return svg.element(
            "rect",
            {
                "x": at.x - side / 2,
                "y": at.y - side / 2,
                "width": side,
                "height": side,
                "rx": 2,
                **style,
            },
        )
    if kind == "state":
        corners = [(0, -1.25), (1.25, 0), (0, 1.25), (-1.25, 0)]
    else:
        corners = [(0, -1.3), (1.15, 0.75), (-1.15, 0.75)]
    points = " ".join(
        f"{svg.number(at.x + dx * r)},{svg.number(at.y + dy * r)}" for dx, dy in corners
    )
    return svg.element("polygon", {"points": points, **style})


def markers(types: Iterable[str]) -> str:
    return svg.element(
        "defs",
        {},
        *(
            svg.element(
                "marker",
                {
                    "id": f"xr-arrow-{kind}",
                    "viewBox": "0 0 10 10",
                    "refX": 9,
                    "refY": 5,
                    "markerWidth": 9,
                    "markerHeight": 9,
                    "markerUnits": "userSpaceOnUse",
                    "orient": "auto",
                },
                arrowhead(kind),
            )
            for kind in types
            if kind not in UNDIRECTED
        ),
    )


def arrowhead(kind: str) -> str:
    """A filled arrowhead; a hollow one (the background inside) for a hollow line."""
    colour = EDGE_STYLE[kind][0]
    if not hollow(kind):
        return svg.element(
            "path", {"d": "M0,0 L10,5 L0,10 z", "class": f"xr-arrowhead-{kind}", "fill": colour}
        )
    return svg.element(
        "path",
        {
            "d": "M1,1 L9.2,5 L1,9 z",
            "class": f"xr-arrowhead-hollow xr-arrowhead-{kind}",
            "fill": "#ffffff",
            "stroke": colour,
            "stroke-width": 1.6,
            "stroke-linejoin": "round",
        },
    )


def draw_legend(
    network: Network, actors: dict[str, Actor], top: float, language: str
) -> tuple[str, float, float]:
    """Samples of the edge and actor types drawn; returns the drawing, its height and width."""
    parts = []
    y = top
    width = 0.0
    edge_types = [t for t in EDGE_STYLE if any(e.type == t for e in network.edges)]
    for kind in edge_types:
        parts.extend(strokes(f"M0,{svg.number(y)} H30", kind, 2, None))
        text = label(f"map.edge.{kind}", language)
        parts.append(svg.label(42, y + 4, text, "xr-legend"))
        width = max(width, 42 + len(text) * CHARACTER_WIDTH)
        y += 20
    for kind in NODE_COLOUR:
        if not any(actors[a].type == kind for a in network.nodes):
            continue
        parts.append(
            node_shape(
                kind,
                Point(15, y),
                6,
                {"class": f"xr-node xr-node-{kind}", "fill": NODE_COLOUR[kind]},
            )
        )
        text = label(f"actor.{kind}", language)
        parts.append(svg.label(42, y + 4, text, "xr-legend"))
        width = max(width, 42 + len(text) * CHARACTER_WIDTH)
        y += 20
    return "".join(parts), y - top, width


def edge_words(
    edge: Edge,
    actors: dict[str, Actor],
    record_name: Callable[[str], str],
    language: str,
    claimants: Callable[[Iterable[str]], list[str]] = lambda records: [],
) -> str:
    """An edge's tooltip: who, what, and the record (its name names a claim's claimant); for
    several records, how many and, for claims, according to whom."""
    arrow = "→" if edge.directed else "—"
    kind = label(f"map.edge.{edge.type}", language)
    said = f"{actors[edge.source].name} {arrow} {actors[edge.target].name}: {kind}"
    if len(edge.records) == 1:
        return f"{said} ({record_name(edge.records[0])})"
    count = records_text(len(edge.records), language)
    # Who claims it, unless the edge starts from the claimant itself.
    names = [n for n in claimants(edge.records) if n != actors[edge.source].name]
    if names:
        according = label("map.according_to", language).format(names=", ".join(names))
        return f"{said} ({according}; {count})"
    return f"{said} ({count})"


def records_text(count: int, language: str) -> str:
    if count == 1:
        return label("map.record", language)
    return label("map.records", language).format(count=count)


def draw(
    network: Network,
    actors: dict[str, Actor],
    edge_href: Callable[[Edge], str],
    record_name: Callable[[str], str],
    language: str,
    claimants: Callable[[Iterable[str]], list[str]] = lambda records: [],
) -> str:
    """The SVG of the network ('' without actors)."""
    if not network.nodes:
        return ""
    crowded = len(network.nodes) > CROWDED
    around = [a for a in network.nodes if a != network.centre]
    _, ring_points = ring(len(around))
    points = dict(zip(around, ring_points, strict=True))
    if network.centre is not None:
        points[network.centre] = Point(0.0, 0.0)
    radii = {a: node_radius(network.strength.get(a, 0), crowded) for a in network.nodes}
    labels = place_labels(network, points, radii, actors)
    edges_svg = draw_edges(
        network, points, radii, actors, (edge_href, record_name, claimants), language, crowded
    )
    nodes_svg = []
    for actor_id in network.nodes:
        degree = network.strength.get(actor_id, 0)
        words = (
            f"{actors[actor_id].name} — {label('actor.' + actors[actor_id].type, language)}"
            f" — {records_text(degree, language)}"
        )
        nodes_svg.append(
            draw_node(
                actors[actor_id], points[actor_id], radii[actor_id], labels.get(actor_id), words
            )
        )
    # The frame: every node and label inside it, the legend below.
    boxes = [lab.box for lab in labels.values()] + [
        Box(p.x - radii[a], p.y - radii[a], p.x + radii[a], p.y + radii[a])
        for a, p in points.items()
    ]
    left = min(b.left for b in boxes) - PAD
    top = min(b.top for b in boxes) - PAD
    right = max(b.right for b in boxes) + PAD
    bottom = max(b.bottom for b in boxes) + PAD
    legend, legend_height, legend_width = draw_legend(network, actors, 0, language)
    width = max(right - left, legend_width + 2 * PAD)
    height = bottom - top + legend_height + PAD
    title = label("map.title", language)
    description = label("map.description", language)
    return svg.element(
        "svg",
        {
            "xmlns": svg.NAMESPACE,
            "class": "xr-svg",
            "width": round(width),
            "height": round(height),
            "viewBox": f"0 0 {round(width)} {round(height)}",
            "aria-labelledby": "xr-title xr-desc",
            "font-family": "sans-serif",
            "font-size": 12,
        },
        svg.element("title", {"id": "xr-title"}, svg.text(title)),
        svg.element("desc", {"id": "xr-desc"}, svg.text(description)),
        markers(EDGE_STYLE),
        svg.element(
            "g",
            {"transform": f"translate({svg.number(-left)},{svg.number(-top)})"},
            *edges_svg,
            *nodes_svg,
        ),
        svg.element(
            "g", {"transform": f"translate({PAD},{svg.number(bottom - top + 10)})"}, legend
        ),
    )


def draw_edges(
    network: Network,
    points: dict[str, Point],
    radii: dict[str, float],
    actors: dict[str, Actor],
    named: tuple[Callable[[Edge], str], Callable[[str], str], Callable[[Iterable[str]], list[str]]],
    language: str,
    crowded: bool,
) -> list[str]:
    """named: an edge's link, a record's name, the claimants of records that are claims."""
    edge_href, record_name, claimants = named
    """Edges between the same two actors are bowed apart so that each stays visible."""
    between: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in network.edges:
        between[(min(edge.source, edge.target), max(edge.source, edge.target))].append(edge)
    drawn = []
    for edge in network.edges:
        pair = between[(min(edge.source, edge.target), max(edge.source, edge.target))]
        index = pair.index(edge)
        offset = (index - (len(pair) - 1) / 2) * 18
        if edge.source > edge.target:  # the same side whichever way the edge points
            offset = -offset
        words = (edge_words(edge, actors, record_name, language, claimants), edge_href(edge))
        drawn.append(
            draw_edge(
                edge,
                (points[edge.source], points[edge.target]),
                (radii[edge.source], radii[edge.target]),
                offset,
                words,
                crowded,
            )
        )
    return drawn


def figure(drawing: str, caption: str) -> str:
    """The picture as a raw HTML block for Markdown: one line per element, no blank line."""
    if not drawing:
        return ""
    return "\n".join(
        [
            '<figure class="explainer-figure explainer-map" data-search-exclude="">',
            '<div class="explainer-figure__scroll" role="region" tabindex="0" '
            'aria-labelledby="xr-caption">',
            drawing,
            "</div>",
            f'<figcaption id="xr-caption">{svg.text(caption)}</figcaption>',
            "</figure>",
        ]
    )


def caption(network: Network, language: str) -> str:
    parts = [label("map.caption", language)]
    if network.hidden_nodes:
        parts.append(
            label("map.hidden_nodes", language).format(
                shown=len(network.nodes), count=network.hidden_nodes
            )
        )
    if network.hidden_edges:
        parts.append(label("map.hidden_edges", language).format(count=network.hidden_edges))
    if network.unrelated:
        key = "map.left_out.one" if network.unrelated == 1 else "map.left_out"
        parts.append(label(key, language).format(count=network.unrelated))
    return " ".join(parts)
