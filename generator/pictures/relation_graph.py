"""The relation graph: actors as nodes, and the relations the fact base records as edges.

Every edge comes from a role a record gives an actor, never from reading text:

- a claim: its claimant *claims about* each actor it is about; its speaker *speaks for*
  the claimant;
- a response: its author *denies* (or *responds to*, *confirms*) the actors whose claims
  the source says it answers (`addressed_to`), else the claimants of the claims the source
  says it answers; a claim linked only by the editors' reading draws no edge; its speaker
  *speaks for* its author;
- an actor's role: the actor *holds a role in* the state or organisation (`of`);
- an event: its participants are *in the same event* (no direction, and no more than
  that: being named in one event is not acting together);
- a typed relation on an event or a claim (`relations:`): one actor *supplies*, *meets*,
  *writes to* or *sides with* another. An event's is what happened; a claim's is what is
  said to have happened ("is said to supply"), unless the claim is confirmed. Two
  participants of an event joined by one of its typed relations are not also said to be in
  the same event: the typed edge says more.

An actor that no record relates to another is not drawn (the caption says how many).

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

from ..model import Claim, Event, FactBase, Standing, standings
from ..model import Relation as TypedRelation

NODE_LIMIT = 100
EDGE_LIMIT = 200

RESPONSE_RELATION = {"denial": "denies", "response": "responds-to", "confirmation": "confirms"}
UNDIRECTED = {"same-event"}
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
    unrelated: int = 0  # actors no record relates to another: not drawn


def typed_edge(record: Event | Claim, relation: TypedRelation, confirmed: bool = False) -> str:
    """The edge type of a typed relation: 'supplies' as an event (or a confirmed claim)
    reports it, 'supplies-alleged' as any other claim asserts it. confirmed: the claim's
    status, as the records support it, is confirmed."""
    if isinstance(record, Claim) and not confirmed:
        return relation.type + ALLEGED
    return relation.type


# The fields of each kind of record that relations() reads (besides which actors there
# are, and their roles): the graph, and so the map, change only with them and with the
# claims' standings (which the preview treats as layout).
FIELDS_READ = {
    "claims": ("claimant", "speaker", "about", "relations"),
    "responses": ("by", "speaker", "answers", "addressed_to", "type"),
    "events": ("participants", "relations"),
}


def relations(facts: FactBase, standing: dict[str, Standing] | None = None) -> list[Relation]:
    """Every relation the records give; standing: the claims' standings (model.standings)."""
    if standing is None:
        standing = standings(facts)
    found = []
    for actor in facts.actors.values():
        for role in actor.roles:
            if role.of is not None and role.of != actor.id:
                found.append(Relation(actor.id, role.of, "role", actor.id))
    for claim in facts.claims.values():
        if claim.speaker is not None and claim.speaker != claim.claimant:
            found.append(Relation(claim.speaker, claim.claimant, "speaks-for", claim.id))
        for actor_id in dict.fromkeys(claim.about):
            if actor_id != claim.claimant:
                found.append(Relation(claim.claimant, actor_id, "claims-about", claim.id))
        confirmed = claim.id in standing and standing[claim.id].status == "confirmed"
        for typed in claim.relations:
            if typed.by != typed.to:
                kind = typed_edge(claim, typed, confirmed)
                found.append(Relation(typed.by, typed.to, kind, claim.id))
    for response in facts.responses.values():
        if response.speaker is not None and response.speaker != response.by:
            found.append(Relation(response.speaker, response.by, "speaks-for", response.id))
        stated = [link.claim for link in response.links() if link.basis == "stated"]
        targets = response.addressed_to or [
            facts.claims[c].claimant for c in stated if c in facts.claims
        ]
        for target in dict.fromkeys(targets):
            if target != response.by:
                kind = RESPONSE_RELATION[response.type]
                found.append(Relation(response.by, target, kind, response.id))
    for event in facts.events.values():
        joined = set()
        for typed in event.relations:
            if typed.by != typed.to:
                found.append(Relation(typed.by, typed.to, typed_edge(event, typed), event.id))
                joined.add(frozenset((typed.by, typed.to)))
        for first, second in combinations(sorted(set(event.participants)), 2):
            if frozenset((first, second)) not in joined:
                found.append(Relation(first, second, "same-event", event.id))
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


def network(facts: FactBase, standing: dict[str, Standing] | None = None) -> Network:
    """The actors and edges to draw, most connected first when there are too many."""
    edges = aggregate(relations(facts, standing))
    strength = _strength(edges)
    related = [a for a in facts.actors if strength.get(a, 0)]
    ranked = sorted(related, key=lambda a: (-strength.get(a, 0), a))
    shown = set(ranked[:NODE_LIMIT])
    inside = [e for e in edges if e.source in shown and e.target in shown]
    kept = sorted(inside, key=lambda e: (-len(e.records), e.type, e.source, e.target))
    kept = sorted(kept[:EDGE_LIMIT], key=lambda e: (e.type, e.source, e.target))
    strength = _strength(kept)
    centre = hub([a for a in ranked if a in shown], strength)
    around = [a for a in facts.actors if a in shown and a != centre]
    order = ring_order(around, [e for e in kept if centre not in (e.source, e.target)])
    nodes = [centre, *order] if centre else order
    hidden = (len(related) - len(shown), len(edges) - len(kept))
    unrelated = len(facts.actors) - len(related)
    return Network(nodes, kept, strength, *hidden, centre=centre, unrelated=unrelated)


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
