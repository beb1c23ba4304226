"""Missing English: each text without it is a located warning, never an error, unless the
edition is required to be whole (`explainer check --require-translations`, for CI); the
English page shows the Greek text, marked as Greek and as not yet translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from tests.support import Project, run_main, story_copy

WARNINGS = [
    'content/claims.yaml:31:9: claims[0].cite[0]: no English translation of the quote — add translation: {en: "…"}',
    'content/events.yaml:5:7: events[0].title: no English text — add en: "…"',
]
COUNT = "2 text(s) without English (warnings; the pages show them in Greek, marked as not yet translated)"


@pytest.fixture(scope="module")
def half_translated(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The story with one event title and one quote's translation left untranslated."""
    project = story_copy(tmp_path_factory.mktemp("half-translated"))
    events = project.content / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(
        text.replace('      en: "White House statement on the Wagner Group"\n', "", 1),
        encoding="utf-8",
    )
    claims = project.content / "claims.yaml"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if ", translation: {en: " in line)
    lines[first] = lines[first].split(", translation: {en: ")[0] + "}\n"
    claims.write_text("".join(lines), encoding="utf-8")
    return project


def test_check_warns_of_each_missing_translation_where_it_is_and_passes(
    half_translated: Project,
) -> None:
    code, out, err = run_main("--config", str(half_translated.config), "check")
    assert code == 0
    assert out == "The fact base is consistent: 50 records.\n"
    assert err.splitlines() == [*WARNINGS, COUNT]


def test_required_translations_make_them_errors(half_translated: Project) -> None:
    code, out, err = run_main(
        "--config", str(half_translated.config), "check", "--require-translations"
    )
    assert (code, out) == (1, "")
    assert err.splitlines() == [*WARNINGS, "2 problem(s) found; nothing was written."]


def test_the_whole_story_is_translated() -> None:
    code, _, err = run_main("check", "--require-translations")
    assert (code, err) == (0, "")


def test_the_english_page_shows_the_greek_marked_as_not_yet_translated(
    half_translated: Project, tmp_path: Path
) -> None:
    project = pipeline.Project(half_translated.config, half_translated.content)
    greek, english = pipeline.generate_editions(project, tmp_path / "docs", with_history=False)[0]
    timeline = (english / "timeline" / "index.md").read_text(encoding="utf-8")
    assert (
        '<span lang="el">Δήλωση του Λευκού Οίκου για την Ομάδα Wagner</span> (not yet translated)'
        in timeline
    )
    claims = (english / "claims" / "index.md").read_text(encoding="utf-8")
    assert "»</span> (not yet translated) ([in context](" in claims
    # The Greek edition is whole: nothing is marked there.
    assert "δεν έχει μεταφραστεί" not in (greek / "timeline" / "index.md").read_text("utf-8")
