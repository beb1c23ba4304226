"""Re-read as a fact-checker would: nothing the site or its data files say goes beyond the
records. Each story is generated, and every page (its text, its pictures, its JSON-LD), the
CSV and the JSON are searched for a claim called denied that only the editors' reading links
to a denial, and for an inferred date shown without its mark.

The bridge story, whose one denial the source itself states, is the control: there the
denied label must appear, or the search would find nothing anywhere.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import crosslink, dates, pipeline
from generator.data import exports
from generator.labels import label
from generator.model import Claim, Event, FactBase, Response, Source, When, parts
from tests.golden import STORIES

DENIED = label("status.denied", "el")
INFERRED = label("date.inferred", "el")
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>')
SVG_TITLE = re.compile(r"<title>([^<]*)</title>")


@pytest.fixture(scope="module")
def built() -> Iterator[dict[str, tuple[FactBase, crosslink.Links, Path]]]:
    with tempfile.TemporaryDirectory() as scratch:
        result = {}
        for story, project in STORIES.items():
            facts = pipeline.check(project)
            docs, _ = pipeline.generate(project, Path(scratch) / story, with_history=False)
            result[story] = (facts, crosslink.cross_link(facts), docs)
        yield result


def pages(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text("utf-8") for p in docs.rglob("*.md")}


def block(text: str, anchor: str) -> str:
    """A record's entry on a page: from its heading to the next heading of any level."""
    start = text.index(f"{{#{anchor} ")  # then its mark, the record's home or an entry
    following = re.search(r"\n#{1,6} ", text[start:])
    return text[start : start + following.start()] if following else text[start:]


def svg_titles(text: str) -> list[str]:
    return [m.group(1) for m in SVG_TITLE.finditer(text)]


def csv_rows(docs: Path) -> dict[str, dict[str, str]]:
    text = (docs / exports.CSV_PATH).read_text("utf-8")
    return {row["id"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


def json_ld_nodes(text: str) -> list[dict[str, Any]]:
    return [node for match in JSON_LD.finditer(text) for node in json.loads(match[1])["@graph"]]


# --- no claim linked only by reading is labelled denied ------------------------------------------


@pytest.mark.parametrize("story", sorted(STORIES))
def test_no_claim_linked_only_by_reading_is_labelled_denied(
    built: dict[str, tuple[FactBase, crosslink.Links, Path]], story: str
) -> None:
    facts, links, docs = built[story]
    read_only = {c for c, s in links.standing.items() if s.read and not s.stated}
    stated = {c for c, s in links.standing.items() if s.derived == "denied"}
    if story == "article":
        # The article says only that the US claims were denied: three claims are linked to
        # the denials by the editors' reading, none by the article.
        assert read_only == {
            "wagner-received-weapons",
            "march-food-for-weapons",
            "shoigu-urged-munitions-sales",
        }
        assert not stated
    else:
        assert stated, "the control: a denial the source states"
    site = pages(docs)
    shown_denied: set[str] = set()
    for path, text in site.items():
        for line in text.splitlines():
            for claim_id in facts.claims:
                # A list item or heading naming the claim (a link or its anchor), with a status.
                named = f"#{claim_id})" in line or f"{{#{claim_id} " in line
                if named and DENIED in line:
                    shown_denied.add(claim_id)
        for claim_id in facts.claims:
            if f"{{#{claim_id} " in text and DENIED in block(text, claim_id):
                shown_denied.add(claim_id)
        for title in svg_titles(text):
            for claim_id, claim in facts.claims.items():
                if title.startswith(_plain_claim_name(facts, claim)) and DENIED in title:
                    shown_denied.add(claim_id)
        # JSON-LD: a response is `about` only the claims the source says it answers.
        for node in json_ld_nodes(text):
            for about in node.get("about", []):
                claim_id = about["@id"].rpartition("#")[2]
                if node["@type"] == "Claim" and claim_id in read_only:
                    raise AssertionError(f"{path}: {node['@id']} is said to be about {claim_id}")
    assert not shown_denied & read_only, shown_denied & read_only
    if story != "article":
        assert stated <= shown_denied  # the control: where the source says it, it is shown
    rows = csv_rows(docs)
    data = json.loads((docs / exports.JSON_PATH).read_text("utf-8"))
    for claim in data["claims"]:
        if claim["id"] in read_only:
            assert rows[claim["id"]]["status"] == "alleged"
            assert rows[claim["id"]]["general_denial_by"]
            assert claim["status_shown"] == "alleged" and claim["answered_by"] == []
            assert claim["general_denial_by"] == claim["answered_by_reading"] != []


def _plain_claim_name(facts: FactBase, claim: Claim) -> str:
    said = claim.title or claim.statement
    return f"{facts.actors[claim.claimant].name.el}: {said.el}"


# --- every inferred date carries its mark ----------------------------------------------------------


def inferred_dates(facts: FactBase) -> list[tuple[Any, str, When]]:
    """(record, where it is written, the date) for every date the editors inferred."""
    found = []
    for kind in ("events", "claims", "responses", "actors", "sources"):
        for record in getattr(facts, kind).values():
            for path, part in parts(record, (), When):
                assert isinstance(part, When)
                if part.basis == "inferred" and part.edtf is not None:
                    found.append((record, ".".join(map(str, path)), part))
    return found


def carries_the_mark(text: str, when: When) -> bool:
    """The date's words followed by its one parenthesis of notes, the mark among them."""
    assert when.edtf is not None
    words, _ = dates.say_parts(when.edtf, "el")
    notes = r"\((?:[^()]|\([^()]*\))*\)"
    found = [m.group(0) for m in re.finditer(re.escape(words) + " " + notes, text)]
    return bool(found) and all(re.search(r"(\(|· )" + re.escape(INFERRED), note) for note in found)


@pytest.mark.parametrize("story", sorted(STORIES))
def test_every_inferred_date_carries_its_mark_wherever_it_is_shown(
    built: dict[str, tuple[FactBase, crosslink.Links, Path]], story: str
) -> None:
    facts, links, docs = built[story]
    found = inferred_dates(facts)
    assert len(found) >= (15 if story == "article" else 2), "nothing to look for"
    site = pages(docs)
    rows = csv_rows(docs)
    data = json.loads((docs / exports.JSON_PATH).read_text("utf-8"))
    exported = {r["id"]: r for kind in ("events", "claims", "responses") for r in data[kind]}
    for record, where, when in found:
        if isinstance(record, Source):
            text = site[f"sources/{record.id}.md"]
            assert carries_the_mark(text, when), (record.id, where)
            (node,) = [n for n in json_ld_nodes(text) if n.get("@id", "").endswith(record.id)]
            assert "datePublished" not in node  # schema.org cannot say "inferred"
            continue
        if not isinstance(record, Event | Claim | Response):  # an actor's role
            role = record.roles[int(where.split(".")[1])]
            (line,) = [
                line
                for line in site[f"actors/{record.id}.md"].splitlines()
                if line.startswith(f"- **{role.title.el}**")
            ]
            assert carries_the_mark(line, when), (record.id, where, line)
            continue
        # Its full record, on its home, shows every date; elsewhere a short entry shows the
        # record's date alone, in its heading (below).
        home, _ = links.page_of[record.id]
        entry = block(site[home], record.id)
        assert carries_the_mark(entry, when), (record.id, where, home)
        if where == "date":
            # The timeline's heading starts with the date, and says how it is known.
            timeline_page = site[links.chronicles["timeline"].entry_pages[record.id]]
            (heading,) = [line for line in timeline_page.splitlines() if f"{{#{record.id} " in line]
            assert carries_the_mark(heading, when), heading
            # The timeline picture's tooltip for the record says it too.
            titles = [t for t in svg_titles(timeline_page) if " — " in t]
            mine = [t for t in titles if t.startswith(_plain_name(facts, record))]
            assert mine and all(INFERRED in t for t in mine), (record.id, mine)
            row = rows[record.id]
            assert "inferred" in row["date_marks"].split(";") and INFERRED in row["date_text_el"]
            assert "inferred" in exported[record.id]["when"]["marks"]
            for node in json_ld_nodes(site[home]):
                if node.get("@id", "").endswith(f"#{record.id}"):
                    assert not {"dateCreated", "startDate", "endDate"} & set(node), record.id


def _plain_name(facts: FactBase, record: Event | Claim | Response) -> str:
    if isinstance(record, Event):
        return record.title.el
    if isinstance(record, Claim):
        return _plain_claim_name(facts, record)
    return f"{label('response.' + record.type, 'el')}: {facts.actors[record.by].name.el}"
