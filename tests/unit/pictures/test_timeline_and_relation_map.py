"""The pictures: a visual timeline that draws uncertain dates as uncertain, and a relationship
map drawn from the records; both well-formed, escaped, linked to the site, small at scale."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator import crosslink, model, pictures, pipeline
from generator.pictures import relation_graph, relation_map, timeline
from generator.pictures.timeline import Look, Mark
from tests.golden import STORIES, generated_markdown

SVG = "{http://www.w3.org/2000/svg}"
FIGURE = re.compile(r'^<figure class="explainer-figure.*?^</figure>$', re.DOTALL | re.MULTILINE)
HOSTILE = "</text></svg><script>alert(1)</script> & \"quotes\" 'single' <!-- --> ]]>"


@pytest.fixture(scope="module")
def pages() -> dict[str, dict[str, str]]:
    return {story: generated_markdown(story) for story in STORIES}


def figures(markdown: str) -> list[ET.Element]:
    """The raw HTML blocks of the pictures, each parsed as XML (it must be well-formed)."""
    return [ET.fromstring(block) for block in FIGURE.findall(markdown)]


def svg_of(markdown: str, layout: int = 0) -> ET.Element:
    """The picture's SVG: the first layout (wide), or another (the timeline has two)."""
    (figure,) = figures(markdown)
    svg = figure.findall(f".//{SVG}svg")[layout]
    return svg


def hrefs(svg: ET.Element) -> list[str]:
    return [a.attrib["href"] for a in svg.iter(f"{SVG}a")]


def texts(svg: ET.Element) -> str:
    return " ".join("".join(element.itertext()) for element in svg.iter(f"{SVG}text"))


# --- both pictures, in the generated pages --------------------------------------------------


@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("page", ["timeline/index.md", "actors/index.md"])
def test_each_picture_is_well_formed_xml_in_a_raw_html_block(
    pages: dict[str, dict[str, str]], story: str, page: str
) -> None:
    markdown = pages[story][page]
    blocks = FIGURE.findall(markdown)
    assert len(blocks) == 1, f"{story}/{page}: one picture expected"
    block = blocks[0]
    # Python-Markdown passes a raw HTML block through only if it starts a line after a
    # blank one and has no blank line inside.
    assert "\n\n" not in block
    assert f"\n\n{block}\n\n" in markdown
    figure = ET.fromstring(block)
    svg = figure.find(f".//{SVG}svg")
    assert svg is not None
    assert svg.find(f"{SVG}title") is not None and svg.find(f"{SVG}desc") is not None
    assert figure.attrib.get("data-search-exclude") == ""  # SVG labels stay out of search
    ids = [element.attrib["id"] for element in figure.iter() if "id" in element.attrib]
    assert len(ids) == len(set(ids)), "ids must be unique on the page"
    for reference in re.findall(r"url\(#([^)]+)\)", block):
        assert reference in ids


@pytest.mark.parametrize("story", sorted(STORIES))
def test_every_event_claim_and_response_appears_in_the_timeline_svg(
    pages: dict[str, dict[str, str]], story: str
) -> None:
    facts = pipeline.check(STORIES[story])
    for layout in range(len(timeline.LAYOUTS)):  # wide and narrow: both complete
        svg = svg_of(pages[story]["timeline/index.md"], layout)
        linked = {href.partition("#")[2] for href in hrefs(svg)}
        assert set(facts.events) <= linked
        assert set(facts.claims) | set(facts.responses) <= linked


@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("page", ["timeline/index.md", "actors/index.md"])
def test_pictures_link_only_to_pages_of_the_site(
    pages: dict[str, dict[str, str]], story: str, page: str
) -> None:
    links = hrefs(svg_of(pages[story][page]))
    assert links
    for link in links:
        assert ":" not in link.partition("#")[0] and not link.startswith("/"), link


def test_the_article_timeline_draws_its_dates_as_they_are_known(
    pages: dict[str, dict[str, str]],
) -> None:
    svg = svg_of(pages["article"]["timeline/index.md"])
    rows = {a.attrib["href"].partition("#")[2]: a for a in svg.iter(f"{SVG}a")}

    def inferred(row: ET.Element) -> bool:
        return any("xt-inferred" in e.attrib.get("class", "") for e in row.iter())

    # 30 August 2023 (the article's «την Τετάρτη»): a point, not inferred.
    announcement = rows["white-house-letters-announcement"]
    assert announcement.find(f"{SVG}circle") is not None and not inferred(announcement)
    # 25–27 July 2023, from TASS, EFE and KCNA: a solid bar with the dashed outline of an
    # inferred date; 3 August and 22 December: points, inferred too.
    visit = rows["shoigu-pyongyang-visit"].find(f"{SVG}rect[@rx]")
    assert visit is not None and not visit.attrib["fill"].startswith("url(")
    for record_id in ("shoigu-pyongyang-visit", "white-house-shoigu-statement"):
        assert inferred(rows[record_id]), record_id
    wagner = rows["white-house-wagner-statement"]
    circles = wagner.findall(f"{SVG}circle")
    assert len(circles) == 2 and circles[1].attrib["stroke-dasharray"] == "4 2"
    # No later than 31 August: fading out from the axis start, never a point.
    sided = rows["pyongyang-sides-with-moscow"]
    assert sided.findall(f"{SVG}rect")[-1].attrib["mask"] == "url(#xt-fade-left)"
    assert sided.find(f"{SVG}circle") is None
    # Every inferred date says so in its tooltip, and the legend explains the outline.
    for row in rows.values():
        title = row.find(f"{SVG}title")
        assert title is not None and title.text
        # The date's own note (not "the publication date is itself the editors' inference").
        said = re.search(r"(\(|· )συμπέρασμα της σύνταξης", title.text) is not None
        assert inferred(row) == said, title.text
    assert "διακεκομμένο περίγραμμα" in texts(svg)


# --- the visual timeline, unit by unit --------------------------------------------------------


@pytest.mark.parametrize(
    ("edtf", "look"),
    [
        ("2023-08-30", Look.POINT),
        ("2023-07-25/2023-07-27", Look.SPAN),
        ("2023-03", Look.WITHIN),
        ("2023-22", Look.WITHIN),
        ("2023", Look.WITHIN),
        ("2023-07-27/2023-08", Look.WITHIN),
        ("2022-10~/2022-12~", Look.ABOUT),
        ("2023-08-30?", Look.ABOUT),
        ("2019%", Look.ABOUT),
        ("../2023-08-30", Look.OPEN),
        ("/2023-08-30", Look.OPEN),
        ("2023-07/..", Look.OPEN),
        (None, Look.UNDATED),
    ],
)
def test_each_date_gets_the_look_of_what_is_known(edtf: str | None, look: Look) -> None:
    placed = timeline.place(Mark("x", "event", "x", "#x", edtf), "el")
    assert placed.look is look


def test_an_approximate_date_reaches_past_its_days_and_an_exact_one_does_not() -> None:
    about = timeline.place(Mark("a", "event", "a", "#a", "2023-03~"), "el")
    within = timeline.place(Mark("w", "event", "w", "#w", "2023-03"), "el")
    march = (datetime.date(2023, 3, 1).toordinal(), datetime.date(2023, 4, 1).toordinal())
    assert within.reach == march
    assert about.reach is not None
    assert about.reach[0] < march[0] and about.reach[1] > march[1]


def test_content_text_in_the_svg_is_escaped_as_data() -> None:
    marks = [
        Mark("a", "event", HOSTILE, "#a", "2023-08-30"),
        Mark("b", "claim", HOSTILE, "#b", None),
    ]
    drawing, _ = timeline.draw(marks, "el")
    svg = ET.fromstring(drawing)
    assert not [e for e in svg.iter() if e.tag.rpartition("}")[2] in {"script", "foreignObject"}]
    assert "</svg><script>alert(1)</script>" in texts(svg) + " ".join(
        "".join(t.itertext()) for t in svg.iter(f"{SVG}title")
    )


def synthetic_marks(count: int) -> list[Mark]:
    """Entries of every kind and date form over 25 years, deterministically."""
    forms = ["{d}", "{m}", "{y}", "{m}~", "{d}?", "../{d}", "{d}/{d2}", None]
    kinds = ["event", "event", "claim", "response"]
    marks = []
    for i in range(count):
        day = datetime.date(2000, 1, 1) + datetime.timedelta(days=(i * 37) % 9100)
        later = day + datetime.timedelta(days=3)
        form = forms[i % len(forms)]
        edtf = (
            form.format(d=day.isoformat(), d2=later.isoformat(), m=day.isoformat()[:7], y=day.year)
            if form
            else None
        )
        marks.append(Mark(f"r{i}", kinds[i % len(kinds)], f"Record {i}", f"#r{i}", edtf))
    return marks


def test_ten_thousand_entries_make_a_small_picture_of_counts() -> None:
    marks = synthetic_marks(10_000)
    block = timeline.figure(marks, "el")
    assert len(block.encode()) < 80_000, len(block.encode())  # both layouts
    svg = ET.fromstring(block).find(f".//{SVG}svg")
    assert svg is not None
    bars = [a for a in svg.iter(f"{SVG}a") if a.attrib.get("class") == "xt-bin"]
    assert 10 < len(bars) < 400
    lanes = texts(svg)
    for kind in ("Γεγονότα", "Ισχυρισμοί", "Αρνήσεις"):
        assert kind in lanes
    # The caption says what the bars leave out, in numbers.
    left_out = sum(
        1 for m in marks if m.edtf is None or m.edtf.startswith("..") or m.edtf.endswith("..")
    )
    assert str(left_out) in "".join(ET.fromstring(block).find("figcaption").itertext())  # type: ignore[union-attr]


def test_a_few_entries_get_a_row_each_and_many_get_counted() -> None:
    few = timeline.draw(synthetic_marks(timeline.ROW_LIMIT), "el")[0]
    many = timeline.draw(synthetic_marks(timeline.ROW_LIMIT + 1), "el")[0]
    assert 'class="xt-row"' in few and 'class="xt-bin"' not in few
    assert 'class="xt-bin"' in many and 'class="xt-row"' not in many


@pytest.mark.parametrize("period", list(timeline.Period))
def test_counting_neither_loses_nor_invents_entries(period: timeline.Period) -> None:
    placed = [timeline.place(m, "el") for m in synthetic_marks(400)]
    closed = [p for p in placed if p.first is not None and p.last is not None]
    bins = timeline.count(placed, period)
    total = sum(b.certain + b.spread for b in bins.values())
    assert total == pytest.approx(len(closed))
    assert sum(b.certain for b in bins.values()) < len(closed)  # approximate ones are spread


def chronicle_entries(count: int) -> list[crosslink.TimelineEntry]:
    records = [
        (
            "event",
            SimpleNamespace(
                id=f"e{i}",
                date=model.When(edtf=f"{2022 + i % 2}-0{1 + i % 9}-1{i % 9}", basis="stated"),
            ),
        )
        for i in range(count)
    ]
    return crosslink.dated_entries(records)


def no_sources() -> crosslink.Links:
    """Cross-links that say dates for records citing no source (no relative date to count)."""
    facts: Any = SimpleNamespace(sources={}, source_texts={})
    return crosslink.Links(dating=crosslink.Dating(facts))


def test_a_split_timeline_overview_links_each_mark_to_its_year_page() -> None:
    entries = chronicle_entries(crosslink.PAGE_LIMIT + 20)
    chronicle = crosslink.Chronicle.of("timeline", entries)
    overview, *years = chronicle.pages
    assert overview.year is None and years
    links = no_sources()
    drawn = pictures.timeline_figure(chronicle, overview, overview.path, "el", str, links)
    hrefs = re.findall(r'href="([^"]+)"', drawn)
    assert hrefs and all(re.fullmatch(r"202[23]/#e\d+", link) for link in hrefs)
    year = pictures.timeline_figure(chronicle, years[0], years[0].path, "el", str, links)
    assert all(link.startswith("#") for link in re.findall(r'href="([^"]+)"', year))


def test_the_pictures_are_the_same_in_every_build() -> None:
    marks = synthetic_marks(300)
    assert timeline.figure(marks, "el") == timeline.figure(marks, "el")


# --- the relationship map -----------------------------------------------------------------------


def test_map_edges_come_from_the_records() -> None:
    facts = pipeline.check(STORIES["article"])
    edges = {
        (e.source, e.target, e.type): e.records
        for e in relation_graph.aggregate(relation_graph.relations(facts))
    }
    assert "wagner-received-weapons" in edges[("white-house", "north-korea", "claims-about")]
    assert len(edges[("white-house", "north-korea", "claims-about")]) > 1  # one edge, counted
    # "The US claims about weapons": the denial points at the US, not at the White House.
    assert ("north-korea", "usa", "denies") in edges
    assert ("north-korea", "white-house", "denies") not in edges
    # A speaker is on the map: Kirby speaks for the White House in four claims.
    assert len(edges[("kirby", "white-house", "speaks-for")]) == 4
    assert edges[("kirby", "us-nsc", "role")] == ("kirby",)
    # «τάχθηκε στο πλευρό»: what the source says, not "takes part with".
    assert ("north-korea", "russia", "sides-with") in edges
    # Nothing is read from text: only the types the records give.
    assert {kind for _, _, kind in edges} <= set(relation_map.EDGE_STYLE)


def test_the_article_map_links_every_edge_and_node(pages: dict[str, dict[str, str]]) -> None:
    facts = pipeline.check(STORIES["article"])
    svg = svg_of(pages["article"]["actors/index.md"])
    network = relation_graph.network(facts)
    links = [a for a in svg.iter(f"{SVG}a")]
    assert len(links) == len(network.nodes) + len(network.edges)
    # Few actors: all of them, but Ukraine, which no record relates to anyone (the caption
    # says so); none is drawn with no records behind it.
    assert set(facts.actors) - set(network.nodes) == {"ukraine"}
    assert all(network.strength[node] > 0 for node in network.nodes)
    for a in links:
        title = a.find(f"{SVG}title")
        assert title is not None and title.text


def actor(actor_id: str, kind: str = "person") -> model.Actor:
    return model.Actor.model_validate(
        {
            "id": actor_id,
            "type": kind,
            "name": {"el": f"Πρόσωπο {actor_id} με πολύ μακρύ όνομα"},
            "cite": [{"source": "s", "quote": "q"}],
        }
    )


def claim(claim_id: str, claimant: str, about: list[str]) -> model.Claim:
    return model.Claim.model_validate(
        {
            "id": claim_id,
            "statement": {"el": "Κάτι."},
            "claimant": claimant,
            "about": about,
            "date": {"edtf": "2023-01-01", "basis": "stated"},
            "status": "alleged",
            "cite": [{"source": "s", "quote": "q"}],
        }
    )


def crowd(actors: int, claims: int) -> model.FactBase:
    """A fact base of many actors, most of them claiming things about a few others."""
    kinds = ["person", "organisation", "state", "group"]
    people = {f"a{i}": actor(f"a{i}", kinds[i % 4]) for i in range(actors)}
    said = {
        f"c{i}": claim(f"c{i}", f"a{(i * 7) % actors}", [f"a{(i * 13 + 1) % actors}", f"a{i % 5}"])
        for i in range(claims)
    }
    story: Any = None
    return model.FactBase(story, story, {}, people, {}, said, {}, {}, {}, {})


def draw_crowd(facts: model.FactBase) -> tuple[relation_graph.Network, str]:
    network = relation_graph.network(facts)
    actors = {a: relation_map.Actor(x.name.el, x.type, f"../{a}/") for a, x in facts.actors.items()}
    drawing = relation_map.draw(network, actors, lambda e: f"../{e.source}/", str, "el")
    return network, drawing


@pytest.mark.parametrize("size", [10, 100, 400])
def test_the_map_stays_legible_as_actors_grow(size: int) -> None:
    facts = crowd(size, size * 4)
    network, drawing = draw_crowd(facts)
    svg = ET.fromstring(drawing)
    assert len(network.nodes) == min(size, relation_graph.NODE_LIMIT)
    assert len(network.edges) <= relation_graph.EDGE_LIMIT
    assert network.hidden_nodes == max(0, size - relation_graph.NODE_LIMIT)
    if network.hidden_nodes:
        caption = relation_map.caption(network, "el")
        assert str(network.hidden_nodes) in caption and str(len(network.nodes)) in caption
    # Labels: some, never one on top of another.
    actors = {a: relation_map.Actor(x.name.el, x.type, "") for a, x in facts.actors.items()}
    _, ring = relation_map.ring(len(network.nodes) - (1 if network.centre else 0))
    around = [a for a in network.nodes if a != network.centre]
    points = dict(zip(around, ring, strict=True))
    if network.centre:
        points[network.centre] = relation_map.Point(0, 0)
    radii = {a: 5.0 for a in network.nodes}
    labels = relation_map.place_labels(network, points, radii, actors)
    assert len(labels) >= min(size, 20)
    boxes = [label.box for label in labels.values()]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert len(texts(svg)) > 0
    assert len(drawing.encode()) < 250_000


def test_parallel_relations_are_one_edge_with_a_count() -> None:
    facts = crowd(6, 0)
    facts.claims = {f"c{i}": claim(f"c{i}", "a0", ["a1"]) for i in range(5)}
    network, drawing = draw_crowd(facts)
    (edge,) = network.edges
    assert len(edge.records) == 5
    assert ">5</text>" in drawing


def test_the_map_layout_is_the_same_in_every_build() -> None:
    assert draw_crowd(crowd(120, 500))[1] == draw_crowd(crowd(120, 500))[1]


def test_the_built_timeline_page_shows_the_picture(article_site: Path) -> None:
    html = (article_site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert '<figure class="explainer-figure explainer-timeline"' in html
    assert "<svg xmlns=" in html and 'class="xt-row"' in html
