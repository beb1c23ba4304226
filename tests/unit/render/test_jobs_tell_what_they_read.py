"""Each job tells which records its files were made from, and runs the same either way.

The reads are what the editor's preview trusts to remake a page; the preview's own tests
check that the pages it remakes are then those of a full run. Here: on the story, the
bridge story and a synthetic fact base, every record a page's text names (by its id, in
a link or an anchor) is among what the page read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import pipeline, render, runtime, site
from tests.support import REPO_ROOT, synthetic_fact_base

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Where a page names a record: a Markdown link's target, an SVG link, an anchor. (Not in its
# JSON-LD, which names other records by their address only: nothing of them is read.)
NAMING = re.compile(r'\]\(([^)\s]*)\)|href="([^"]*)"|\{#([^}\s]*)\}')
JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.S)


def named(text: str) -> set[str]:
    places = NAMING.findall(JSON_LD.sub("", text))
    return {word for found in places for place in found for word in ID.findall(place)}


@pytest.fixture(scope="module")
def synthetic_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_fact_base(tmp_path_factory.mktemp("synthetic") / "n150", events=150) / (
        "mkdocs.yml"
    )


@pytest.mark.parametrize("story", ["article", "bridge", "synthetic"])
def test_every_record_a_page_names_is_among_what_it_read(
    story: str, synthetic_config: Path
) -> None:
    config = {
        "article": REPO_ROOT / "mkdocs.yml",
        "bridge": REPO_ROOT / "tests" / "stories" / "bridge" / "mkdocs.yml",
        "synthetic": synthetic_config,
    }[story]
    project = pipeline.Project(config, config.parent / "content")
    with runtime.session(workers=1) as run:
        facts, links = pipeline.prepare(project, run)
        settings = pipeline.render_settings(project, site.read_site_settings(config), False)
        jobs = render.jobs(facts, links, settings)
        ids = {*facts.origins, "story"}
        unread = {}
        for job in jobs:
            made = job.run()
            assert made.files == job.make()  # recording what it reads changes nothing made
            read = {entry.split(".")[0] for entry in made.reads}
            if render.EVERY_RECORD in read:
                continue
            for path, text in made.files.items():
                names = ids & named(text)
                if names - read:
                    unread[path] = sorted(names - read)
    assert unread == {}
    pages_with_reads = [job for job in jobs if job.run().reads]
    assert len(pages_with_reads) == len(jobs)  # every page reads at least the story
