"""`explainer new KIND`: a record to append to the kind's file, with every placeholder caught by check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import cli, model
from generator.tools import scaffold
from tests.support import Project, copy_fixture, digest, run_main

# The minimal fixture's file for each kind: one key, the kind's list.
FILES = {kind: f"{plural}.yaml" for kind, plural in scaffold.KINDS.items()}

# What an editor would write into each "" of the record, in order, to make it valid
# against the minimal fixture (its source 'bulletin', its actors and claims).
FILLED = {
    "source": [
        "report",
        "Έκθεση",
        "Report",
        "en",
        "sources/bulletin.en.txt",
        "full",
        "2024-03-05",
        "stated",
    ],
    "actor": [
        "group",
        "Φίλοι της γέφυρας",
        "Friends of the bridge",
        "bulletin",
        "The Residents' Association",
    ],
    "event": [
        "Η γέφυρα χτίστηκε",
        "The bridge is built",
        "1931",
        "stated",
        "bulletin",
        "The footbridge was built in 1931",
    ],
    "claim": [
        "Οι επισκευές δεν έγιναν.",
        "The repairs were not carried out.",
        "residents-association",
        "../2024-03-05",
        "stated",
        "bulletin",
        "had not carried them out",
    ],
    "response": [
        "response",
        "vrysi-council",
        "repairs-promised",
        "2024-03-05",
        "stated",
        "Απάντηση.",
        "A response.",
        "bulletin",
        "the town council said",
    ],
    "background": [
        "Το σχολείο",
        "The school",
        "Η γέφυρα είναι η μόνη διάβαση.",
        "The bridge is the only crossing.",
        "bulletin",
        "the only crossing near the school",
    ],
    "correction": [
        "2024-03-06",
        "Διορθώθηκε η ημέρα.",
        "The day was corrected.",
        "Λάθος ημέρα.",
        "Wrong day.",
        "footbridge-closed",
    ],
}


# The minimal fixture's archived text, as `explainer check` prints it for a new source.
BULLETIN_SHA256 = "5f8742bfc02f7ff14604663a77edfae111c3307bd7968026f28328ea16f6f23d"


def new(project: Project, kind: str, *options: str) -> tuple[int, str, str]:
    return run_main("--config", str(project.config), "new", kind, *options)


def append(project: Project, kind: str, record: str) -> Path:
    target = project.content / FILES[kind]
    # The fixture has no file for every kind: an editor would start one with its key.
    if not target.exists():
        target.write_text(f"{scaffold.KINDS[kind]}:\n", encoding="utf-8")
    # No newline at the end of the file: appending must still make a new line.
    text = target.read_text(encoding="utf-8").rstrip("\n")
    target.write_text(text + record, encoding="utf-8")
    return target


def check(project: Project) -> tuple[int, str, str]:
    return run_main("--config", str(project.config), "check")


def fill(record: str, values: list[str]) -> str:
    """Each "" outside comments replaced by the next value, in order."""
    remaining = iter(values)
    lines = []
    for line in record.split("\n"):
        code, hash_sign, comment = line.partition(" #")
        if not code.lstrip().startswith("#"):
            code = re.sub('""', lambda _: f'"{next(remaining)}"', code)
        lines.append(code + hash_sign + comment)
    assert next(remaining, None) is None, "more values than placeholders"
    return "\n".join(lines)


def test_every_record_kind_an_editor_adds_has_a_template() -> None:
    assert set(scaffold.KINDS.values()) == set(model.RECORD_KINDS)


@pytest.mark.parametrize("kind", list(scaffold.KINDS))
def test_appended_and_filled_in_the_record_is_valid(kind: str, tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    code, record, err = new(project, kind)
    assert (code, err) == (0, "")
    filled = fill(record, FILLED[kind])
    if kind == "source":  # the value check prints for it, as an editor copies it in
        filled = filled.replace('# sha256: ""', f'sha256: "{BULLETIN_SHA256}"')
    append(project, kind, filled)
    code, out, err = check(project)
    assert (code, err) == (0, ""), err
    assert out == "The fact base is consistent: 10 records.\n"


@pytest.mark.parametrize("kind", list(scaffold.KINDS))
def test_every_placeholder_left_empty_is_reported_on_its_line(kind: str, tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    _, record, _ = new(project, kind)
    target = append(project, kind, record)
    code, _, err = check(project)
    assert code == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    placeholder_lines = {n for n, line in enumerate(lines, 1) if '""' in line.split("#")[0]}
    reported = {
        int(m[1]) for m in re.finditer(rf"^content/{FILES[kind]}:(\d+):\d+: ", err, re.MULTILINE)
    }
    # Every problem is at a placeholder, and every placeholder line has a problem.
    assert reported == placeholder_lines, err
    assert f"content/{FILES[kind]}" in err and "Traceback" not in err


def test_the_event_record_and_the_first_errors_an_editor_sees(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    _, record, _ = new(project, "event")
    assert record.startswith('\n  # A new event from `explainer new event`: fill in every ""')
    assert '\n  - id: new-event-1\n    title: {el: "", en: ""}' in record
    append(project, "event", record)
    _, _, err = check(project)
    assert err.splitlines()[:4] == [
        "content/events.yaml:16:17: events[1].title.el: the text is empty — write the text, or remove the field",
        "content/events.yaml:16:25: events[1].title.en: the text is empty — write the text, or remove the field",
        "content/events.yaml:19:13: events[1].date.edtf: the date is empty — write a date such as 2023, 2023-08 or 2023-08-30",
        "content/events.yaml:20:14: events[1].date.basis: '' is not allowed here — use one of: stated, relative, inferred, not-stated",
    ]


def test_the_fresh_id_is_not_used_anywhere_in_the_fact_base(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    for taken in ("new-event-1", "new-event-2"):
        append(project, "event", fill(new(project, "event", "--id", taken)[1], FILLED["event"]))
    _, record, _ = new(project, "event")
    assert "  - id: new-event-3\n" in record


def test_a_file_that_check_refuses_still_reserves_its_ids(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    (project.content / "broken.yaml").write_text(
        'events:\n  - id: new-event-1\n    title: "unclosed\n'
    )
    _, record, _ = new(project, "event")
    assert "  - id: new-event-2\n" in record


def test_an_id_given_with_the_option_is_used(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    code, record, _ = new(project, "actor", "--id", "friends-of-the-bridge")
    assert code == 0
    assert '\n  - id: friends-of-the-bridge\n    type: ""' in record


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            "eleni-markou",
            "error: the id 'eleni-markou' is already used at content/actors.yaml:8:9 — "
            "choose another, or leave out --id for a fresh one\n",
        ),
        (
            "Eleni Markou",
            "error: 'Eleni Markou' is not a valid id — use lower-case Latin letters, digits "
            "and single hyphens, e.g. shoigu-pyongyang-visit\n",
        ),
    ],
)
def test_a_taken_or_invalid_id_is_refused(given: str, message: str, tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    assert new(project, "event", "--id", given) == (1, "", message)


def test_new_never_writes_into_the_content_folder(tmp_path: Path) -> None:
    project = copy_fixture(tmp_path)
    before = digest(project.content)
    for kind in scaffold.KINDS:
        assert new(project, kind)[0] == 0
    assert digest(project.content) == before


def test_an_unknown_kind_lists_the_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_fixture(tmp_path)
    with pytest.raises(SystemExit):
        cli.main(["--config", str(project.config), "new", "events"])
    err = capsys.readouterr().err
    assert "argument KIND: invalid choice: 'events'" in err
    assert all(kind in err.split("choose from")[1] for kind in scaffold.KINDS)
