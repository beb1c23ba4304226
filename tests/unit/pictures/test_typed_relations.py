"""Typed relations (`relations:` on events and claims): who supplies, meets or writes to whom.

They come from the records, never from text: checked like every other reference, drawn on
the relationship map (as what happened for an event, as what is said for a claim), listed
under the map in words, and shown in the record's own fields.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from generator import model, pipeline, render
from generator.pictures import relation_graph, relation_map
from tests.golden import STORIES, generated_markdown
from tests.support import copy_fixture, run_main

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def pages() -> dict[str, dict[str, str]]:
    return {story: generated_markdown(story) for story in STORIES}


def map_svg(markdown: str) -> ET.Element:
    start = markdown.index('<figure class="explainer-figure explainer-map"')
    end = markdown.index("</figure>", start) + len("</figure>")
    svg = ET.fromstring(markdown[start:end]).find(f".//{SVG}svg")
    assert svg is not None
    return svg


def drawn_edges(svg: ET.Element) -> dict[str, tuple[str, str, list[str]]]:
    """Each edge's type -> (its link, its tooltip, the classes of its visible lines); a type
    drawn more than once is numbered: 'writes-to-alleged #0', 'writes-to-alleged #1'."""
    found: dict[str, list[tuple[str, str, list[str]]]] = {}
    for link in svg.iter(f"{SVG}a"):
        lines = [
            path.attrib["class"]
            for path in link.iter(f"{SVG}path")
            if path.attrib.get("class", "") != "xr-hit"
        ]
        edge = [c.split()[-1] for c in lines if c.startswith("xr-edge ")]
        if not edge:
            continue  # a node
        title = link.find(f"{SVG}title")
        assert title is not None and title.text
        found.setdefault(edge[0].removeprefix("xr-edge-"), []).append(
            (link.attrib["href"], title.text, lines)
        )
    return {kind: links[0] for kind, links in found.items() if len(links) == 1} | {
        f"{kind} #{i}": link
        for kind, links in found.items()
        if len(links) > 1
        for i, link in enumerate(links)
    }


# --- the map ------------------------------------------------------------------------------


ARTICLE_RELATIONS = {
    # (by, to, edge type, the claim it comes from): every claim is alleged or denied.
    ("north-korea", "wagner-group", "supplies-alleged", "wagner-received-weapons"),
    ("shoigu", "north-korean-officials", "meets-alleged", "shoigu-urged-munitions-sales"),
    ("putin", "kim-jong-un", "writes-to-alleged", "putin-kim-letters"),
    ("kim-jong-un", "putin", "writes-to-alleged", "putin-kim-letters"),
}


def test_each_relation_of_the_article_is_an_edge_of_its_own() -> None:
    facts = pipeline.check(STORIES["article"])
    edges = relation_graph.network(facts).edges
    typed = {
        (e.source, e.target, e.type, *e.records)
        for e in edges
        if e.type.removesuffix(relation_graph.ALLEGED) in {"supplies", "meets", "writes-to"}
    }
    assert typed == ARTICLE_RELATIONS
    # Nothing invented: Russia only *seeks* munitions, and the food-for-weapons deal was
    # only being brokered. The one event with a relation says what the article says in its
    # own voice: Pyongyang «τάχθηκε στο πλευρό» of Moscow (not that they "take part" together).
    assert not any(e.source == "russia" and e.type.startswith("supplies") for e in edges)
    assert [(e.source, e.target, e.type) for e in edges if e.type == "sides-with"] == [
        ("north-korea", "russia", "sides-with")
    ]
    assert not any(e.type == "same-event" for e in edges)
    with_relations = [event.id for event in facts.events.values() if event.relations]
    assert with_relations == ["pyongyang-sides-with-moscow"]


def test_a_claimed_relation_is_drawn_hollow_with_its_label_and_links_to_the_claim(
    pages: dict[str, dict[str, str]],
) -> None:
    svg = map_svg(pages["article"]["actors/index.md"])
    edges = drawn_edges(svg)
    href, title, lines = edges["supplies-alleged"]
    assert href == "../claims/#wagner-received-weapons"
    assert title == (
        "Βόρεια Κορέα → Ομάδα Wagner: φερόμενη προμήθεια (Λευκός Οίκος: Όπλα για την Ομάδα Wagner)"
    )
    # Hollow: a line of the type's colour with the background's inside it, and a hollow
    # arrowhead drawn over both.
    assert lines == ["xr-edge xr-edge-hollow xr-edge-supplies-alleged", "xr-edge-core"]
    href, title, _ = edges["meets-alleged"]
    assert href == "../claims/#shoigu-urged-munitions-sales"
    assert title.startswith("Σεργκέι Σοϊγκού → Βορειοκορεάτες αξιωματούχοι: φερόμενη συνάντηση (")
    letters = [edges["writes-to-alleged #0"], edges["writes-to-alleged #1"]]
    assert {href for href, _, _ in letters} == {"../claims/#putin-kim-letters"}
    assert {title.partition(" (")[0] for _, title, _ in letters} == {
        "Βλαντίμιρ Πούτιν → Κιμ Γιονγκ Ουν: φερόμενη επιστολή",
        "Κιμ Γιονγκ Ουν → Βλαντίμιρ Πούτιν: φερόμενη επιστολή",
    }
    marker = svg.find(f".//{SVG}marker[@id='xr-arrow-supplies-alleged']/{SVG}path")
    assert marker is not None and marker.attrib["class"].startswith("xr-arrowhead-hollow ")
    legend = " ".join("".join(t.itertext()) for t in svg.iter(f"{SVG}text"))
    for words in ("φερόμενη προμήθεια", "φερόμενη συνάντηση", "φερόμενη επιστολή"):
        assert words in legend


def test_a_relation_an_event_reports_is_drawn_solid_as_what_happened(
    pages: dict[str, dict[str, str]],
) -> None:
    edges = drawn_edges(map_svg(pages["bridge"]["actors/index.md"]))
    href, title, lines = edges["writes-to"]
    assert href == "../timeline/#association-writes-to-council"
    assert title == (
        "Φίλοι της Γέφυρας → Δημοτικό συμβούλιο της Αλφάβιλ: επιστολή "
        "(Ο σύλλογος γράφει στο δημοτικό συμβούλιο)"
    )
    assert lines == ["xr-edge xr-edge-writes-to"]
    # The two participants are joined by the typed edge, not also as taking part together.
    assert "takes-part-with" not in edges


def test_the_list_under_the_map_says_the_relations_in_words(
    pages: dict[str, dict[str, str]],
) -> None:
    article = pages["article"]["actors/index.md"]
    assert (
        "    - [Βόρεια Κορέα](north-korea.md) → [Ομάδα Wagner](wagner-group.md): φερόμενη "
        "προμήθεια ([Λευκός Οίκος: Όπλα για την Ομάδα Wagner]"
        "(../claims/index.md#wagner-received-weapons))\n"
    ) in article
    assert "](putin.md): φερόμενη επιστολή (" in article
    bridge = pages["bridge"]["actors/index.md"]
    assert (
        "    - [Φίλοι της Γέφυρας](friends-of-the-bridge.md) → [Δημοτικό συμβούλιο της Αλφάβιλ]"
        "(council.md): επιστολή ([Ο σύλλογος γράφει στο δημοτικό συμβούλιο]"
        "(../timeline/index.md#association-writes-to-council))\n"
    ) in bridge


def people(*ids: str) -> dict[str, model.Actor]:
    return {
        actor_id: model.Actor.model_validate(
            {
                "id": actor_id,
                "type": "state",
                "name": {"el": actor_id.upper(), "en": actor_id.title()},
                "cite": [{"source": "s", "quote": "q"}],
            }
        )
        for actor_id in ids
    }


def record(kind: type[model.Claim] | type[model.Event], **fields: Any) -> Any:
    common = {
        "date": {"edtf": "2023-01-01", "basis": "stated"},
        "cite": [{"source": "s", "quote": "q"}],
    }
    if kind is model.Claim:
        common |= {"statement": {"el": "Κάτι."}, "claimant": "a"}
    else:
        common |= {"title": {"el": "Κάτι"}}
    return kind.model_validate(common | fields)


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        ("alleged", "supplies-alleged", "alleged supply"),
        ("denied", "supplies-alleged", "alleged supply"),
        ("confirmed", "supplies", "supply"),
    ],
)
def test_a_claim_is_drawn_as_alleged_unless_it_is_confirmed(
    status: str, kind: str, words: str
) -> None:
    supply = [{"type": "supplies", "by": "b", "to": "c"}]
    claims = {"c1": record(model.Claim, id="c1", status=status, relations=supply)}
    story: Any = None
    facts = model.FactBase(story, story, {}, people("a", "b", "c"), {}, claims, {}, {}, {}, {})
    network = relation_graph.network(facts)
    (edge,) = [e for e in network.edges if e.type != "claims-about"]
    assert (edge.source, edge.target, edge.type, edge.records) == ("b", "c", kind, ("c1",))
    actors = {a: relation_map.Actor(a.title(), "state", f"../{a}/") for a in facts.actors}
    drawing = relation_map.draw(network, actors, lambda e: "#c1", str, "en")
    assert f"<title>B → C: {words} (c1)</title>" in drawing
    assert ("xr-edge-hollow" in drawing) is kind.endswith("-alleged")


def test_an_event_relation_to_someone_outside_the_event_keeps_the_same_event_edges() -> None:
    meeting = [{"type": "meets", "by": "a", "to": "c"}]
    events = {
        "e1": record(model.Event, id="e1", participants=["a", "b"], relations=meeting),
    }
    story: Any = None
    facts = model.FactBase(story, story, {}, people("a", "b", "c"), events, {}, {}, {}, {}, {})
    found = {(e.source, e.target, e.type) for e in relation_graph.network(facts).edges}
    assert found == {("a", "c", "meets"), ("a", "b", "same-event")}


# --- the record's fields ------------------------------------------------------------------


def test_the_record_shows_its_relations_with_the_maps_words(
    pages: dict[str, dict[str, str]],
) -> None:
    claims = pages["article"]["claims/index.md"]
    assert (
        "- **Σχέσεις:** [Βόρεια Κορέα](../actors/north-korea.md) → "
        "[Ομάδα Wagner](../actors/wagner-group.md) (φερόμενη προμήθεια)\n"
    ) in claims
    assert (
        "- **Σχέσεις:** [Βλαντίμιρ Πούτιν](../actors/putin.md) → "
        "[Κιμ Γιονγκ Ουν](../actors/kim-jong-un.md) (φερόμενη επιστολή); "
        "[Κιμ Γιονγκ Ουν](../actors/kim-jong-un.md) → "
        "[Βλαντίμιρ Πούτιν](../actors/putin.md) (φερόμενη επιστολή)\n"
    ) in claims
    assert (
        "- **Σχέσεις:** [Φίλοι της Γέφυρας](../actors/friends-of-the-bridge.md) → "
        "[Δημοτικό συμβούλιο της Αλφάβιλ](../actors/council.md) (επιστολή)\n"
    ) in pages["bridge"]["timeline/index.md"]
    # Records without relations say nothing about them.
    assert claims.count("**Σχέσεις:**") == 3


def test_the_relation_line_in_english() -> None:
    facts = pipeline.check(STORIES["article"])
    claims = render.files(facts, render.Settings(language="en"))["claims/index.md"]
    assert (
        "- **Relations:** [North Korea](../actors/north-korea.md) → "
        "[Wagner Group](../actors/wagner-group.md) (alleged supply)\n"
    ) in claims


# --- the check ----------------------------------------------------------------------------

CLAIMS = """\
claims:
  - id: bridge-unsafe
    statement: {el: "Η γέφυρα δεν είναι ασφαλής.", en: "The bridge is unsafe."}
    claimant: vrysi-council
    date: {edtf: "2024-03-04", basis: relative, wording: {el: "on Monday"}}
    relations:
      - {type: meets, by: eleni-markou, to: residents-asociation}
      - {type: writes-to, by: eleni-markou, to: eleni-markou}
      - {type: supplies, by: footbridge-closed, to: vrysi-council}
    status: denied
    cite:
      - {source: bulletin, quote: "Mayor Eleni Markou said the bridge was unsafe after the winter floods."}
"""


def test_the_check_names_a_wrong_actor_and_a_relation_to_itself(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    (project.content / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    code, out, err = run_main("--config", str(project.config), "check")
    assert (code, out) == (1, "")
    assert err == (
        "content/claims.yaml:7:45: claims[0].relations[0].to: no actor has the id "
        "'residents-asociation' — did you mean 'residents-association'?\n"
        "content/claims.yaml:8:49: claims[0].relations[1].to: 'by' and 'to' name the same "
        "actor, 'eleni-markou' — a relation joins two actors: write in 'to' the one "
        "'eleni-markou' writes to\n"
        "content/claims.yaml:9:30: claims[0].relations[2].by: 'footbridge-closed' is an "
        "event, not an actor — name an actor id here\n"
        "3 problem(s) found; nothing was written.\n"
    )


def test_the_check_refuses_an_unknown_relation_type(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    claims = CLAIMS.replace("type: meets", "type: supply").replace(
        "residents-asociation", "residents-association"
    )
    claims = claims.replace("to: eleni-markou}", "to: residents-association}")
    claims = claims.replace("by: footbridge-closed", "by: eleni-markou")
    (project.content / "claims.yaml").write_text(claims, encoding="utf-8")
    code, _, err = run_main("--config", str(project.config), "check")
    assert code == 1
    assert err == (
        "content/claims.yaml:7:16: claims[0].relations[0].type: 'supply' is not allowed here "
        "— did you mean 'supplies'?\n"
        "1 problem(s) found; nothing was written.\n"
    )
