"""Open data: the JSON export and its schema, the timeline CSV, JSON-LD in every page and
Open Graph tags in every page's head."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator import crosslink, pipeline
from generator.data import exports, linked_data
from tests.golden import STORIES

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>')


@pytest.fixture(scope="module")
def docs() -> Any:
    """Each story's generated docs folder: Markdown pages and data files."""
    with tempfile.TemporaryDirectory() as scratch:
        folders = {}
        for story, project in STORIES.items():
            folders[story], _ = pipeline.generate(
                project, Path(scratch) / story, with_history=False
            )
        yield folders


def read_json(docs: dict[str, Path], story: str, path: str) -> Any:
    return json.loads((docs[story] / path).read_text(encoding="utf-8"))


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


# --- the JSON export ------------------------------------------------------------------------------


@pytest.mark.parametrize("story", sorted(STORIES))
def test_the_json_export_validates_against_its_published_schema(
    docs: dict[str, Path], story: str
) -> None:
    data = read_json(docs, story, exports.JSON_PATH)
    schema_path = Path(exports.JSON_PATH).parent / data["$schema"]
    schema = read_json(docs, story, schema_path.as_posix())
    validator(schema).validate(data)
    assert data["format_version"] == exports.FORMAT_VERSION


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("format_version"),
        lambda d: d["events"][0].update(unexpected="field"),
        lambda d: d["claims"][0].update(status="rumoured"),
        lambda d: d["events"][0]["when"].update(earliest="30 August 2023"),
        lambda d: d["claims"][0].update(answered_by="north-korea-denial"),
        lambda d: d["actors"][0].update(id="Not A Slug"),
    ],
)
def test_the_schema_refuses_a_broken_export(docs: dict[str, Path], break_it: Any) -> None:
    data = read_json(docs, "article", exports.JSON_PATH)
    schema = read_json(docs, "article", exports.SCHEMA_PATH)
    break_it(data)
    with pytest.raises(jsonschema.ValidationError):
        validator(schema).validate(data)


def test_the_published_schema_is_the_export_model_schema(docs: dict[str, Path]) -> None:
    assert read_json(docs, "article", exports.SCHEMA_PATH) == exports.json_schema()


@pytest.mark.parametrize("story", sorted(STORIES))
def test_the_export_holds_every_record_and_links_answers_to_claims(
    docs: dict[str, Path], story: str
) -> None:
    facts = pipeline.check(STORIES[story])
    data = read_json(docs, story, exports.JSON_PATH)
    for kind in ("sources", "actors", "events", "claims", "responses", "background"):
        assert [r["id"] for r in data[kind]] == list(getattr(facts, kind)), kind
    answered = {c["id"]: c["answered_by"] for c in data["claims"]}
    read = {c["id"]: c["answered_by_reading"] for c in data["claims"]}
    for response in facts.responses.values():
        for link in response.links():
            stated, by_reading = answered[link.claim], read[link.claim]
            assert (response.id in stated, response.id in by_reading) == (
                link.basis == "stated",
                link.basis == "reading",
            )
    for source in data["sources"]:
        assert source["text"] == facts.source_texts[source["id"]]


def test_export_dates_are_given_as_days_too(docs: dict[str, Path]) -> None:
    data = read_json(docs, "article", exports.JSON_PATH)
    events = {e["id"]: e for e in data["events"]}
    assert events["white-house-wagner-statement"]["when"] == {
        "earliest": "2022-12-22",
        "latest": "2022-12-22",
        "approximate": False,
        "uncertain": False,
        "marks": ["inferred"],
        "text_el": "22 Δεκεμβρίου 2022 (συμπέρασμα της σύνταξης· "
        "η πηγή γράφει «Στα τέλη του περασμένου έτους»)",
        "text_en": "22 December 2022 (editors' inference; "
        "the source says «Στα τέλη του περασμένου έτους» (“Late last year”))",
    }
    sided = events["pyongyang-sides-with-moscow"]["when"]
    assert sided["earliest"] is None
    assert sided["marks"] == ["open-start", "publication-inferred"]
    assert (
        events["white-house-wagner-statement"]["page"] == "timeline/#white-house-wagner-statement"
    )


# --- the timeline as CSV -------------------------------------------------------------------------


@pytest.mark.parametrize("story", sorted(STORIES))
def test_the_timeline_csv_has_one_row_per_entry(docs: dict[str, Path], story: str) -> None:
    facts = pipeline.check(STORIES[story])
    text = (docs[story] / exports.CSV_PATH).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == exports.CSV_COLUMNS
    assert len(rows) == len(facts.events) + len(facts.claims) + len(facts.responses)
    by_id = {row["id"]: row for row in rows}
    assert set(facts.events) <= set(by_id)
    standing = crosslink.cross_link(facts).standing
    for response in facts.responses.values():
        links = response.links()
        for column, basis in (("answers", "stated"), ("answers_by_reading", "reading")):
            claims = [link.claim for link in links if link.basis == basis]
            assert by_id[response.id][column] == ";".join(claims)
    for claim in facts.claims.values():
        row = by_id[claim.id]
        assert row["status"] == standing[claim.id].status
        # Who claims it, in every row that says what is claimed.
        assert row["by_name_el"] == facts.actors[claim.claimant].name.el
        assert row["text_el"].startswith(facts.actors[claim.claimant].name.el + ": ")
        assert row["quotes"] and row["quote_sources"].split(";")[0] == claim.cite[0].source


def test_csv_text_never_starts_a_spreadsheet_formula() -> None:
    for value in ['=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\t=1"]:
        assert exports.spreadsheet_safe(value) == "'" + value
    assert exports.spreadsheet_safe("Λευκός Οίκος") == "Λευκός Οίκος"


# --- JSON-LD in every page ------------------------------------------------------------------------


def json_ld(markdown: str) -> dict[str, Any]:
    blocks = JSON_LD.findall(markdown)
    assert len(blocks) == 1, "one JSON-LD block per page"
    assert markdown.rstrip("\n").endswith("</script>")
    data: dict[str, Any] = json.loads(blocks[0])
    return data


def nodes(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [node for node in data["@graph"] if node["@type"] == kind]


@pytest.mark.parametrize("story", sorted(STORIES))
def test_every_page_has_one_json_ld_block_that_parses(docs: dict[str, Path], story: str) -> None:
    pages = sorted(docs[story].rglob("*.md"))
    assert len(pages) > 10
    for page in pages:
        data = json_ld(page.read_text(encoding="utf-8"))
        assert data["@context"] == "https://schema.org"
        assert data["@graph"][0]["@type"] == "WebPage", page


def test_json_ld_describes_each_record_where_it_lives(docs: dict[str, Path]) -> None:
    facts = pipeline.check(STORIES["article"])
    folder = docs["article"]

    def page(path: str) -> dict[str, Any]:
        return json_ld((folder / path).read_text(encoding="utf-8"))

    (article,) = nodes(page("sources/article.md"), "NewsArticle")
    assert "datePublished" not in article  # the date is inferred: not said as a fact
    events = nodes(page("timeline/index.md"), "Event")
    assert {e["@id"].partition("#")[2] for e in events} == set(facts.events)
    claims = nodes(page("claims/index.md"), "Claim")
    assert len(claims) == len(facts.claims)
    for claim in claims:
        assert claim["appearance"] == [{"@id": "../sources/article/#article"}]
        assert claim["author"]["@id"].startswith("../actors/")
    denials = nodes(page("denials/index.md"), "Claim")
    # A response is about only the claims the source says it answers: none, in this story.
    assert [d.get("about") for d in denials] == [None, None]
    assert nodes(page("actors/kirby.md"), "Person")[0]["name"] == "Τζον Κίρμπι"
    assert nodes(page("actors/white-house.md"), "Organization")
    assert nodes(page("actors/russia.md"), "GovernmentOrganization")


def test_json_ld_cannot_close_its_script() -> None:
    text = '</script><script>alert(1)</script> & <!-- "'
    block = linked_data.script({"@context": "https://schema.org", "name": text})
    inside = block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not set("<>&") & set(inside)
    assert json.loads(inside)["name"] == text


# --- Open Graph: front matter and head -----------------------------------------------------------


@given(st.text())
def test_front_matter_values_read_back_exactly(value: str) -> None:
    assert yaml.safe_load(f"key: {linked_data.yaml_quoted(value)}") == {"key": value}


def test_mkdocs_reads_each_page_s_front_matter(docs: dict[str, Path]) -> None:
    for page in sorted(docs["article"].rglob("*.md")):
        body, meta = get_data(page.read_text(encoding="utf-8"))
        # The home page also has its name in the navigation, in the edition's language.
        named = {"title"} if page.name == "index.md" and page.parent == docs["article"] else set()
        assert set(meta) == {"og_type", "og_description", "og_locale"} | named, page
        assert meta["og_locale"] == "el_GR"
        assert body.lstrip().startswith("# ")
    _, home = get_data((docs["article"] / "index.md").read_text(encoding="utf-8"))
    assert home["og_type"] == "website" and home["og_description"].startswith("Ο Λευκός Οίκος")
    assert home["title"] == "Αρχική"


def head_of(html: str) -> str:
    return html[: html.index("</head>")]


def test_built_pages_carry_open_graph_tags_in_their_head(article_site: Path) -> None:
    for path in ["index.html", "timeline/index.html", "actors/kirby/index.html"]:
        head = head_of((article_site / path).read_text(encoding="utf-8"))
        for tag in ("og:title", "og:description", "og:type", "og:site_name", "og:locale"):
            assert f'<meta property="{tag}" content="' in head, (path, tag)
    kirby = head_of((article_site / "actors/kirby/index.html").read_text(encoding="utf-8"))
    assert '<meta property="og:title" content="Τζον Κίρμπι">' in kirby
    assert "Πρόσωπο: Τζον Κίρμπι" in kirby


def test_built_pages_keep_their_json_ld_and_the_data_files(article_site: Path) -> None:
    html = (article_site / "claims" / "index.html").read_text(encoding="utf-8")
    (block,) = JSON_LD.findall(html)
    assert nodes(json.loads(block), "Claim")
    for path in (exports.JSON_PATH, exports.SCHEMA_PATH, exports.CSV_PATH):
        assert (article_site / path).is_file(), path
    data_page = (article_site / "data" / "index.html").read_text(encoding="utf-8")
    for name in ("explainer.json", "explainer.schema.json", "timeline.csv"):
        assert f'href="{name}"' in data_page
