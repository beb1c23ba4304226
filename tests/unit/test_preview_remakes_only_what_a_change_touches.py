"""The editor's preview remakes only the files a change touches, and they are then exactly
what a full run writes; every problem becomes the lines `explainer check` prints, and the
last good pages stay."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline, preview
from generator.data import exports
from generator.labels import label
from generator.problems import FactBaseError, internal_error
from generator.render.page import Page
from tests.scenarios import HERE as SCENARIOS_DIR
from tests.scenarios import SCENARIOS
from tests.support import REPO_ROOT, Project, copy_fixture, digest, overlay, synthetic_fact_base


def preview_of(project: Project) -> preview.Preview:
    return preview.Preview(
        pipeline.Project(project.config, project.content), project.root / "build" / "docs"
    )


def full_run(project: Project, into: Path) -> dict[str, str]:
    """What `explainer generate` writes for the project now, file by file."""
    shutil.rmtree(into, ignore_errors=True)
    pipeline.generate(pipeline.Project(project.config, project.content), into)
    return digest(into)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def hundred_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_fact_base(tmp_path_factory.mktemp("synthetic") / "n100", events=100)


@pytest.fixture
def synthetic(hundred_events: Path, tmp_path: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(hundred_events, root)
    return Project(root)


# name: (file below content/, text, its replacement, how the preview runs, at most how many
# files it makes that come out as they were: pages that read what changed without showing it)
EDITS = {
    "an event's title": (
        "events/events-001.yaml",
        "Γεγονός 000001: ",
        "Γεγονός 000001: αλλαγή ",
        "incremental",
        2,
    ),
    "an actor's name": (
        "actors/actors-001.yaml",
        "Δρων 00010",
        "Δρων 00010 άλλος",
        "incremental",
        3,
    ),
    "a claim's statement": (  # read by the pages of the four actors it names, and more
        "claims/claims-001.yaml",
        "el: Δόροδύ φω",
        "el: Άλλο Δόροδύ φω",
        "incremental",
        8,
    ),
    # A claim's status is made from the responses that answer it: a change of what a
    # denial answers changes standings, which every page may show (the layout).
    "what a denial answers": (
        "responses/responses-001.yaml",
        "  - claim-000042\n",
        "  - claim-000043\n",
        "full",
        None,
    ),
    "an event's date, within its year": (  # the same place in every list; the pictures move
        "events/events-001.yaml",
        "edtf: 2022-09\n",
        "edtf: 2022-10\n",
        "incremental",
        5,
    ),
    "a source's title": ("sources.yaml", "'Πηγή 0001: ", "'Πηγή 0001: άλλη ", "incremental", 3),
    "a section's title": ("background.yaml", "'Ενότητα 1: ", "'Ενότητα 1: άλλη ", "incremental", 3),
    "a correction's summary": (
        "corrections.yaml",
        "el: Πήθι ζιζέκοτα",
        "el: Άλλη Πήθι ζιζέκοτα",
        "incremental",
        3,
    ),
    "a denial's statement": (  # read (whole) by the pages that only name it
        "responses/responses-001.yaml",
        "el: Δίχηβά βαδέξωγά",
        "el: Άλλη Δίχηβά βαδέξωγά",
        "incremental",
        6,
    ),
    "the story's title": ("story.yaml", "el: Συνθετική", "el: Άλλη συνθετική", "incremental", 3),
    "an event's date, to another year": (
        "events/events-001.yaml",
        "edtf: 2022-09\n",
        "edtf: 2021-06\n",
        "full",
        None,
    ),
    "only the layout of the file": (
        "events/events-001.yaml",
        "\n- id: event-000002",
        "\n\n- id: event-000002",
        "incremental",
        0,
    ),
}


@pytest.mark.parametrize("name", EDITS)
def test_a_change_remakes_only_what_it_touches_and_gives_the_bytes_of_a_full_run(
    name: str, synthetic: Project, tmp_path: Path
) -> None:
    file, old, new, mode, unchanged_at_most = EDITS[name]
    shown = preview_of(synthetic)
    assert shown.regenerate(workers=1).mode == "full"
    before = digest(shown.docs_dir)
    edit(synthetic.content / file, old, new)
    outcome = shown.regenerate(workers=1)
    expected = full_run(synthetic, tmp_path / "fresh")
    assert digest(shown.docs_dir) == expected
    changed = {path for path, sha in expected.items() if before.get(path) != sha}
    assert set(outcome.written) == changed
    assert outcome.mode == mode
    if unchanged_at_most is not None:
        assert changed <= set(outcome.made)
        assert len(set(outcome.made) - changed) <= unchanged_at_most
    if name == "an event's title":  # a handful of files, not the site
        assert len(outcome.made) <= 10 < len(before) / 2


RELATION_EDITS = {
    "a relation's type": ("{type: writes-to, by:", "{type: meets, by:"),
    "a relation where there was none": (  # an event not on the map so far
        "participants: [council]\n",
        "participants: [council]\n    relations: [{type: meets, by: council, to: zachariou}]\n",
    ),
}


@pytest.mark.parametrize("name", RELATION_EDITS)
def test_a_relation_redraws_the_relationship_map(name: str, tmp_path: Path) -> None:
    """The map reads only who relates to whom (the bridge story has typed relations)."""
    story = copy_fixture(tmp_path, REPO_ROOT / "tests" / "stories" / "bridge")
    shown = preview_of(story)
    shown.regenerate(workers=1)
    before = digest(shown.docs_dir)
    edit(story.content / "events.yaml", *RELATION_EDITS[name])
    outcome = shown.regenerate(workers=1)
    assert outcome.mode == "incremental"
    assert digest(shown.docs_dir) == full_run(story, tmp_path / "fresh")
    assert "actors/index.md" in outcome.written
    assert digest(shown.docs_dir)["actors/index.md"] != before["actors/index.md"]


def test_the_open_data_files_follow_the_pages_and_then_match_a_full_run(
    synthetic: Project, tmp_path: Path
) -> None:
    """As the preview runs it (pages_first): the page first, the files made from every
    record after the reload, into the docs folder and the served site."""
    shown = preview_of(synthetic)
    shown.regenerate(workers=1, pages_first=True)
    assert shown.catch_up() == ()  # a full run makes everything at once
    before = digest(shown.docs_dir)
    edit(
        synthetic.content / "events" / "events-001.yaml", "Γεγονός 000001: ", "Γεγονός 000001: νέο "
    )

    outcome = shown.regenerate(workers=1, pages_first=True)

    data_files = {exports.JSON_PATH, exports.CSV_PATH}  # the schema does not change
    assert outcome.mode == "incremental"
    assert outcome.written and data_files.isdisjoint(outcome.made)
    assert {path: digest(shown.docs_dir)[path] for path in data_files} == {
        path: before[path] for path in data_files
    }
    served = tmp_path / "served"
    assert set(shown.catch_up(served)) == data_files
    expected = full_run(synthetic, tmp_path / "fresh")
    assert digest(shown.docs_dir) == expected
    assert {path: digest(served)[path] for path in data_files} == {
        path: expected[path] for path in data_files
    }
    assert shown.catch_up(served) == ()


def test_saving_a_file_unchanged_remakes_nothing(synthetic: Project) -> None:
    shown = preview_of(synthetic)
    shown.regenerate(workers=1)
    events = synthetic.content / "events" / "events-001.yaml"
    events.write_bytes(events.read_bytes())  # a new modification time, the same bytes
    outcome = shown.regenerate(workers=1)
    assert (outcome.mode, outcome.made) == ("incremental", ())
    assert shown.regenerate(workers=1).mode == "unchanged"


# --- any edit of any text, on a preview that lives through all of them ----------------------

TEXT = st.text(
    alphabet=st.sampled_from("αβγ δεζ abc XYZ 019 .,;:!?«»()'\"-—<>&*_[]#`\\"), min_size=1
).filter(lambda text: text.strip() == text and "  " not in text)


def fields(data: object, names: set[str], path: tuple[str | int, ...] = ()) -> Iterator[Any]:
    """The path of every text value of a content file's data whose key is one of names."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in names and isinstance(value, str):
                yield (*path, key)
            else:
                yield from fields(value, names, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from fields(value, names, (*path, index))


def value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


@pytest.fixture(scope="module")
def living_preview(
    hundred_events: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Project, preview.Preview, dict[Path, str], dict[str, str]]:
    root = tmp_path_factory.mktemp("living") / "project"
    shutil.copytree(hundred_events, root)
    project = Project(root)
    shown = preview_of(project)
    shown.regenerate(workers=1)
    originals = {path: path.read_text(encoding="utf-8") for path in project.content.rglob("*.yaml")}
    return project, shown, originals, digest(shown.docs_dir)


@settings(max_examples=20)
@given(choice=st.data(), text=TEXT)
def test_after_any_edit_of_a_text_or_a_date_the_pages_are_those_of_a_full_run(
    living_preview: tuple[Project, preview.Preview, dict[Path, str], dict[str, str]],
    choice: st.DataObject,
    text: str,
) -> None:
    """One preview lives through every edit: each is made, compared and undone."""
    project, shown, originals, original_pages = living_preview
    file = choice.draw(st.sampled_from(sorted(originals)))
    data = yaml.safe_load(originals[file])
    dates = list(fields(data, {"edtf"}))
    use_a_date = choice.draw(st.booleans())
    if dates and use_a_date:  # another record's date of the same file
        path = choice.draw(st.sampled_from(dates))
        text = value_at(data, choice.draw(st.sampled_from(dates)))
    else:
        path = choice.draw(st.sampled_from(list(fields(data, {"el", "en"}))))
    value_at(data, path[:-1])[path[-1]] = text
    rewritten = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
    file.write_text(rewritten, encoding="utf-8")
    try:
        outcome = shown.regenerate(workers=1)
        if outcome.mode == "failed":  # e.g. markup that prose may not hold: as check says
            with pytest.raises(FactBaseError) as error:
                pipeline.check(pipeline.Project(project.config, project.content))
            assert list(outcome.problems) == preview.problem_lines(error.value)
            assert digest(shown.docs_dir) == original_pages
        else:
            assert digest(shown.docs_dir) == full_run(project, project.root / "fresh")
    finally:
        file.write_text(originals[file], encoding="utf-8")
        assert shown.regenerate(workers=1).mode != "failed"
        assert digest(shown.docs_dir) == original_pages


# --- what goes wrong: the lines the terminal prints; the last good pages stay ---------------


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_mistake_is_shown_as_check_says_it_and_the_last_good_pages_stay(
    name: str, tmp_path: Path
) -> None:
    project = copy_fixture(tmp_path)
    shown = preview_of(project)
    assert shown.regenerate(workers=1).mode == "full"
    pages = digest(shown.docs_dir)
    overlay(project, SCENARIOS_DIR / name)
    content = digest(project.content)
    outcome = shown.regenerate(workers=1)
    *expected, _summary = (SCENARIOS_DIR / name / "expected.txt").read_text("utf-8").splitlines()
    assert (outcome.mode, list(outcome.problems), list(shown.problems)) == (
        "failed",
        expected,
        expected,
    )
    assert digest(shown.docs_dir) == pages  # the last good pages
    assert digest(project.content) == content  # nothing written into content/


def test_a_failure_inside_the_generator_is_one_line_and_the_last_good_pages_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_fixture(tmp_path)
    shown = preview_of(project)
    shown.regenerate(workers=1)
    pages = digest(shown.docs_dir)

    def broken(self: Page, entry: object) -> str:
        raise KeyError("footbridge-closed")

    monkeypatch.setattr(Page, "timeline_entry", broken)
    edit(project.content / "events.yaml", "Κλείνει η παλιά", "Κλείνει πια η παλιά")
    outcome = shown.regenerate(workers=1)
    assert outcome.problems == (
        "internal error: KeyError: 'footbridge-closed' — rerun with --debug and report it",
    )
    assert outcome.problems == (internal_error(KeyError("footbridge-closed")),)
    assert digest(shown.docs_dir) == pages

    monkeypatch.undo()  # the bug fixed: the next save shows the change
    edit(project.content / "events.yaml", "Κλείνει πια", "Κλείνει τώρα")
    assert shown.regenerate(workers=1).problems == ()
    assert "Κλείνει τώρα η παλιά" in (shown.docs_dir / "timeline" / "index.md").read_text("utf-8")


def test_a_fresh_clone_with_a_broken_file_gets_a_page_that_can_show_it(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    edit(project.content / "events.yaml", 'edtf: "2024-03-04"', 'edtf: "2024-13-04"')
    shown = preview_of(project)
    assert shown.regenerate(workers=1).mode == "failed"
    assert shown.write_placeholder()
    placeholder = f"# {label('preview.problems', shown.language)}\n"
    assert (shown.docs_dir / "index.md").read_text("utf-8") == placeholder
    assert not shown.write_placeholder()  # once there is a page, it is left alone
