"""The relation graph: actors as nodes, and the relations the fact base records as edges.

Every edge comes from a record, never from reading text:

- a claim: its claimant *claims about* each actor it is about;
- a response: its author *denies* (or *responds to*, *confirms*) the claimant of each
  claim it answers;
- an event: its participants *take part* in it *with* each other (no direction);
- a typed relation on an event or a claim (`relations:`): one actor *supplies*, *meets* or
  *writes to* another. An event's is what happened; a claim's is what is said to have
  happened ("is said to supply"), unless the claim is confirmed. Two participants of an
  event joined by one of its typed relations are not also said to take part with each
  other: the typed edge says more.

Parallel relations (the same two actors, the same type) are one edge with a count. Past
NODE_LIMIT actors only the most connected are kept, past EDGE_LIMIT edges only the
strongest; the ring order keeps related actors near each other. Drawing it is
relation_map.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..model import Claim, Event, FactBase
from ..model import Relation as TypedRelation

NODE_LIMIT = 100
EDGE_LIMIT = 200

RESPONSE_RELATION = {"denial": "denies", "response": "responds-to", "confirmation": "confirms"}
UNDIRECTED = {"takes-part-with"}
# A typed relation as a claim asserts it: its type with this ending, drawn hollow.
ALLEGED = "-alleged"


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    type: str
    record_id: str


@dataclass(frozen=True)
class Edge:
    """All relations of one type between two actors (undirected: source < target)."""

    source: str
    target: str
    type: str
    records: tuple[str, ...]

    @property
    def directed(self) -> bool:
        return self.type not in UNDIRECTED


@dataclass(frozen=True)
class Network:
    nodes: list[str]  # actor ids: the centre (if any) first, then the ring in order
    edges: list[Edge]
    strength: dict[str, int]  # actor -> records behind its drawn edges
    hidden_nodes: int
    hidden_edges: int
    centre: str | None = None  # a hub drawn in the middle, its edges as spokes


def typed_edge(record: Event | Claim, relation: TypedRelation) -> str:
    """The edge type of a typed relation: 'supplies' as an event (or a confirmed claim)
    reports it, 'supplies-alleged' as any other claim asserts it."""
    if isinstance(record, Claim) and record.status != "confirmed":
        return relation.type + ALLEGED
    return relation.type


# The fields of each kind of record that relations() reads (besides which actors there
# are): the graph, and so the map, change only with them.
FIELDS_READ = {
    "claims": ("claimant", "about", "relations", "status"),
    "responses": ("by", "answers", "type"),
    "events": ("participants", "relations"),
}


def relations(facts: FactBase) -> list[Relation]:
    found = []
    for claim in facts.claims.values():
        for actor_id in dict.fromkeys(claim.about):
            if actor_id != claim.claimant:
                found.append(Relation(claim.claimant, actor_id, "claims-about", claim.id))
        for typed in claim.relations:
            if typed.by != typed.to:
                found.append(Relation(typed.by, typed.to, typed_edge(claim, typed), claim.id))
    for response in facts.responses.values():
        answered = [facts.claims[c].claimant for c in response.answers if c in facts.claims]
        for claimant in dict.fromkeys(answered):
            if claimant != response.by:
                kind = RESPONSE_RELATION[response.type]
                found.append(Relation(response.by, claimant, kind, response.id))
    for event in facts.events.values():
        joined = set()
        for typed in event.relations:
            if typed.by != typed.to:
                found.append(Relation(typed.by, typed.to, typed_edge(event, typed), event.id))
                joined.add(frozenset((typed.by, typed.to)))
        for first, second in combinations(sorted(set(event.participants)), 2):
            if frozenset((first, second)) not in joined:
                found.append(Relation(first, second, "takes-part-with", event.id))
    return [r for r in found if r.source in facts.actors and r.target in facts.actors]


def aggregate(found: Iterable[Relation]) -> list[Edge]:
    # Record ids as the keys of a dict: each once, in the order found, and no list to
    # search through for each (a busy pair has hundreds: 228 in the 10,000-event benchmark).
    records: dict[tuple[str, str, str], dict[str, None]] = defaultdict(dict)
    for relation in found:
        ends = (relation.source, relation.target)
        if relation.type in UNDIRECTED:
            ends = (min(ends), max(ends))
        records[(*ends, relation.type)][relation.record_id] = None
    return [Edge(s, t, kind, tuple(ids)) for (s, t, kind), ids in records.items()]


def network(facts: FactBase) -> Network:
    """The actors and edges to draw, most connected first when there are too many."""
    edges = aggregate(relations(facts))
    strength = _strength(edges)
    ranked = sorted(facts.actors, key=lambda a: (-strength.get(a, 0), a))
    shown = set(ranked[:NODE_LIMIT])
    inside = [e for e in edges if e.source in shown and e.target in shown]
    kept = sorted(inside, key=lambda e: (-len(e.records), e.type, e.source, e.target))
    kept = sorted(kept[:EDGE_LIMIT], key=lambda e: (e.type, e.source, e.target))
    strength = _strength(kept)
    centre = hub([a for a in ranked if a in shown], strength)
    around = [a for a in facts.actors if a in shown and a != centre]
    order = ring_order(around, [e for e in kept if centre not in (e.source, e.target)])
    nodes = [centre, *order] if centre else order
    hidden = (len(facts.actors) - len(shown), len(edges) - len(kept))
    return Network(nodes, kept, strength, *hidden, centre=centre)


def hub(ranked: Sequence[str], strength: dict[str, int]) -> str | None:
    """The actor to draw in the middle: one clearly more connected than any other (a story
    told around one claimant), whose many edges then run as spokes instead of chords."""
    if len(ranked) < 4:
        return None
    first, second = (strength.get(a, 0) for a in ranked[:2])
    return ranked[0] if first >= 3 and first >= 1.5 * second else None


def _strength(edges: Iterable[Edge]) -> dict[str, int]:
    strength: dict[str, int] = defaultdict(int)
    for edge in edges:
        strength[edge.source] += len(edge.records)
        strength[edge.target] += len(edge.records)
    return strength


def ring_order(actors: Sequence[str], edges: Sequence[Edge]) -> list[str]:
    """Actors around the ring so that related ones sit close: breadth first from the most
    connected, strongest neighbours first; actors without edges last, in the given order."""
    weight: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for edge in edges:
        weight[edge.source][edge.target] += len(edge.records)
        weight[edge.target][edge.source] += len(edge.records)
    position = {actor: index for index, actor in enumerate(actors)}
    remaining = sorted(
        (a for a in actors if weight[a]), key=lambda a: (-sum(weight[a].values()), position[a])
    )
    order: list[str] = []
    placed: set[str] = set()
    for root in remaining:
        if root in placed:
            continue
        queue = [root]
        placed.add(root)
        while queue:
            actor = queue.pop(0)
            order.append(actor)
            for neighbour in sorted(weight[actor], key=lambda n: (-weight[actor][n], position[n])):
                if neighbour not in placed:
                    placed.add(neighbour)
                    queue.append(neighbour)
    return order + [a for a in actors if a not in placed]
