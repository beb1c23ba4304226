"""The built sites: every record is shown, attributed, dated and linked to its quote."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from generator import crosslink, pipeline, render
from generator.crosslink import quote_anchor
from generator.labels import label


def page(site: Path, path: str) -> str:
    return (
        (site / path / "index.html").read_text(encoding="utf-8")
        if not path.endswith(".html")
        else (site / path).read_text(encoding="utf-8")
    )


def ids_in(text: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', text))


def test_every_record_has_its_place_on_the_site(
    article_site: Path, article_project: pipeline.Project
) -> None:
    facts = pipeline.check(article_project)
    timeline_ids = ids_in(page(article_site, "timeline"))
    claims_ids = ids_in(page(article_site, "claims"))
    denials_ids = ids_in(page(article_site, "denials"))
    background_ids = ids_in(page(article_site, "background"))
    for event_id in facts.events:
        assert event_id in timeline_ids
    for claim_id in facts.claims:
        assert claim_id in claims_ids and claim_id in timeline_ids
    for response_id in facts.responses:
        assert response_id in denials_ids and response_id in timeline_ids
    for section_id in facts.background:
        assert section_id in background_ids
    for actor_id in facts.actors:
        assert (article_site / "actors" / actor_id / "index.html").is_file()


def test_every_claim_shows_who_claims_it_and_its_status(
    article_site: Path, article_project: pipeline.Project
) -> None:
    facts = pipeline.check(article_project)
    standing = crosslink.cross_link(facts).standing
    claims_page = page(article_site, "claims")
    for claim in facts.claims.values():
        start = claims_page.index(f'id="{claim.id}"')
        block = claims_page[start : start + 6000]
        assert html.escape(facts.actors[claim.claimant].name.el, quote=False) in block
        badge = label(f"status.{standing[claim.id].badge}", "el")
        assert html.escape(badge, quote=False) in block


def test_every_citation_links_to_its_quote_on_the_source_page(
    article_site: Path, article_project: pipeline.Project
) -> None:
    facts = pipeline.check(article_project)
    from generator.model import citations

    records = [facts.story, *(getattr(facts, facts.kind_of(i) or "")[i] for i in facts.origins)]
    cited = {(c.source, quote_anchor(c.source, c.quote)) for r in records for c in citations(r)}
    assert len({source for source, _ in cited}) > 1, "the story cites only its article"
    every_html = "".join(p.read_text(encoding="utf-8") for p in article_site.rglob("*.html"))
    for source_id, anchor in cited:
        assert anchor in ids_in(page(article_site, f"sources/{source_id}"))
        # Linked from the other pages (on its own page the link is within the page).
        assert f"{source_id}/#{anchor}" in every_html or f'href="#{anchor}"' in every_html


def test_inferred_and_unstated_values_are_said(article_site: Path) -> None:
    source_page = page(article_site, "sources/article")
    assert label("date.inferred", "el") in source_page
    assert label("basis.not-stated.source_field", "el") in source_page


def test_a_second_story_builds_with_no_code_change(bridge_site: Path) -> None:
    home = page(bridge_site, "")
    assert "Αλφάβιλ: η επισκευή της παλιάς γέφυρας αναβάλλεται" in home
    assert "Ρωσία" not in "".join(
        p.read_text(encoding="utf-8") for p in bridge_site.rglob("*.html")
    )
    timeline = page(bridge_site, "timeline")
    assert "2 Μαΐου 2022" in timeline
    assert "9–15 Μαΐου 2022" in timeline


def test_greek_headings_keep_their_letters(article_site: Path) -> None:
    # The default slugify drops Greek letters, leaving ids like _1, _2.
    home_ids = ids_in(page(article_site, ""))
    assert any(re.search("[α-ω]", i) for i in home_ids)
    assert not any(re.fullmatch(r"_\d+", i) for i in home_ids)


def test_edit_links_open_the_yaml_the_page_is_made_from(article_site: Path) -> None:
    assert "/edit/main/content/actors.yaml" in page(article_site, "actors/kirby")
    assert "/edit/main/content/claims.yaml" in page(article_site, "claims")


def test_no_page_fetches_fonts_or_anything_from_another_host(article_site: Path) -> None:
    for html_file in article_site.rglob("*.html"):
        text = html_file.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text
        # (A canonical link names the page's public address, an alternate one the page's
        # twin in another edition: they fetch nothing.)
        resources = (
            r'<(?:script|link(?! rel="(?:canonical|alternate)")|img)[^>]+(?:src|href)="(https?:)?//'
        )
        for match in re.finditer(resources, text):
            raise AssertionError(f"{html_file}: external resource {match.group(0)}")


def test_generated_markdown_builds_with_plain_mkdocs_and_no_hook(
    tmp_path: Path, article_project: pipeline.Project
) -> None:
    """Zensical runs no MkDocs hooks: the generated pages must build without ours, strictly."""
    import subprocess
    import sys

    docs, _ = pipeline.generate(article_project, tmp_path / "docs")
    config = tmp_path / "mkdocs.yml"
    root = article_project.root
    config.write_text(
        f"INHERIT: {root / 'mkdocs.yml'}\n"
        f"docs_dir: {docs}\nsite_dir: {tmp_path / 'site'}\nhooks: []\n"
        f"theme:\n  custom_dir: {root / 'generator/site/overrides'}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    # Read the log too: with some flags MkDocs exits 0 despite warnings (mkdocs #4126).
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site/timeline/index.html").is_file()


def test_long_lists_are_split_by_year_and_busy_years_by_month(
    tmp_path: Path, bridge_project: pipeline.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.crosslink import chronicle

    monkeypatch.setattr(chronicle, "PAGE_LIMIT", 1)
    docs, _ = pipeline.generate(bridge_project, tmp_path / "docs")
    timeline_pages = sorted(
        p.relative_to(docs).as_posix() for p in (docs / "timeline").glob("*.md")
    )
    # 2022 holds five entries, over the limit: one page per month (April, May).
    assert timeline_pages == [
        "timeline/2022-04.md",
        "timeline/2022-05.md",
        "timeline/index.md",
        "timeline/undated.md",
    ]
    index = (docs / "timeline/index.md").read_text(encoding="utf-8")
    assert (
        "- [Απρίλιος 2022](2022-04.md) (1)\n- [Μάιος 2022](2022-05.md) (4)\n"
        "- [Χωρίς ακριβή ημερομηνία](undated.md) (1)"
    ) in index
    month = (docs / "timeline/2022-05.md").read_text(encoding="utf-8")
    assert "\n# Χρονολόγιο: Μάιος 2022\n" in month
    assert (
        "[Όλες οι χρονιές](index.md) · ← [Απρίλιος 2022](2022-04.md) · "
        "[Χωρίς ακριβή ημερομηνία](undated.md) →"
    ) in month
    # Records link to the page they now live on.
    claims = (docs / "claims/undated.md").read_text(encoding="utf-8")
    assert "(../denials/2022-05.md#mayor-rejects-cracks)" in claims
    assert "(timeline/2022-05.md#repair-postponed)" in (docs / "index.md").read_text("utf-8")


def test_a_long_undated_list_is_split_into_numbered_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from generator.crosslink import chronicle as chronicle_module
    from generator.model import When

    monkeypatch.setattr(chronicle_module, "PAGE_LIMIT", 2)
    undated = [
        ("event", SimpleNamespace(id=f"e{n}", date=When(basis="not-stated"))) for n in range(5)
    ]
    chronicle = crosslink.Chronicle.of("timeline", crosslink.dated_entries(undated))
    assert [page.path for page in chronicle.pages] == [
        "timeline/index.md",
        "timeline/undated-1.md",
        "timeline/undated-2.md",
        "timeline/undated-3.md",
    ]
    assert [count for _, count in chronicle.years] == [2, 2, 1]


def test_a_correction_is_shown_on_its_page_and_on_the_record(bridge_site: Path) -> None:
    corrections = page(bridge_site, "corrections")
    assert 'id="correction-cracks-year"' in corrections
    assert "20 Μαΐου 2022: Το έτος των ρωγμών διορθώθηκε" in corrections
    claims = page(bridge_site, "claims")
    assert "../corrections/#correction-cracks-year" in claims


def test_pages_say_when_the_records_they_show_last_changed(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess

    from tests.support import REPO_ROOT

    story = tmp_path / "story"
    shutil.copytree(REPO_ROOT / "tests/stories/bridge/content", story / "content")
    (story / "mkdocs.yml").write_text(
        f"INHERIT: {REPO_ROOT / 'mkdocs.yml'}\ndocs_dir: build/docs\nhooks: []\n"
        f"theme:\n  custom_dir: {REPO_ROOT / 'generator/site/overrides'}\n",
        encoding="utf-8",
    )
    project = pipeline.Project(story / "mkdocs.yml", story / "content")
    # Built from an archive (no git history): every page says so, in readers' words.
    docs, _ = pipeline.generate(project)
    for path in ("index.md", "claims/index.md", "background.md", "methodology.md"):
        assert "Τελευταία ενημέρωση: δεν είναι διαθέσιμη" in (docs / path).read_text("utf-8")

    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]

    def commit(files: str, day: str) -> None:
        moment = {"GIT_COMMITTER_DATE": f"{day}T12:00:00", "GIT_AUTHOR_DATE": f"{day}T12:00:00"}
        subprocess.run([*git, "add", files], cwd=story, check=True)
        subprocess.run(
            [*git, "commit", "-qm", "facts"], cwd=story, check=True, env={**os.environ, **moment}
        )

    subprocess.run([*git, "init", "-q"], cwd=story, check=True)
    commit("content", "2024-03-05")
    background = story / "content/background.yaml"
    background.write_text(background.read_text("utf-8") + "\n", encoding="utf-8")
    commit("content/background.yaml", "2024-03-09")
    docs, _ = pipeline.generate(project)

    def footer(path: str) -> str:
        return (docs / path).read_text("utf-8").split("\n---\n")[-1]

    # The claims page shows no background: its date is that of the records it shows.
    assert "Τελευταία ενημέρωση: 5 Μαρτίου 2024" in footer("claims/index.md")
    assert "Τελευταία ενημέρωση: 9 Μαρτίου 2024" in footer("background.md")
    home = (docs / "index.md").read_text("utf-8")
    assert "*Τελευταία ενημέρωση του οδηγού: 9 Μαρτίου 2024*" in home
    # No file or tool names for readers: only the edit link's title names the YAML file.
    assert "[Επεξεργασία στο GitHub](" in footer("claims/index.md")
    shown = re.sub(r'\([^)"]*(?: "[^"]*")?\)', "", footer("claims/index.md"))
    assert "claims.yaml" not in shown and "content/" not in shown


def test_the_renderer_keeps_no_page_of_its_own(
    bridge_project: pipeline.Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page rendered while another is half-way through leaves the other's links as they were."""
    from generator.render.page import Page
    from generator.render.page import render as render_page

    facts = pipeline.check(bridge_project)
    renderer = render.Renderer(facts, render.Settings())
    timeline = renderer.links.chronicles["timeline"]
    actor = next(iter(facts.actors.values()))

    def timeline_page() -> str:
        return render_page(
            renderer,
            "timeline.md.j2",
            "timeline/index.md",
            chronicle=timeline,
            this=timeline.pages[0],
        )[0]

    alone = timeline_page()
    entry = Page.timeline_entry

    def interrupted(self: Page, item: crosslink.TimelineEntry) -> render.Md:
        render_page(renderer, "actor.md.j2", f"actors/{actor.id}.md", actor=actor)
        return entry(self, item)

    monkeypatch.setattr(Page, "timeline_entry", interrupted)
    assert timeline_page() == alone
    assert "](../actors/" in alone  # links relative to the timeline page, not the actor's
