"""`explainer diff BASE [HEAD]`: the facts that changed between two git revisions, as Markdown."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from generator.tools import diff
from tests.support import run_main

BASE_FILES = {
    "story.yaml": """\
story:
  title: {el: "Η ιστορία"}
  primary_source: article
""",
    "actors.yaml": """\
actors:
  - id: shoigu
    type: person
    name: {el: "Σεργκέι Σοϊγκού"}
    cite: [{source: article, quote: "Σεργκέι Σοϊγκού"}]
  - id: kirby
    type: person
    name: {el: "Τζον Κίρμπι"}
    cite: [{source: article, quote: "Κίρμπι"}]
""",
    "events.yaml": """\
events:
  - id: shoigu-pyongyang-visit
    title: {el: "Επίσκεψη του Σοϊγκού"}
    date: {edtf: "2023-07", basis: relative, wording: {el: "πρόσφατης επίσκεψης"}}
    participants: [shoigu]
    cite:
      - {source: article, quote: "πρόσφατης επίσκεψης"}
""",
    "claims.yaml": """\
claims:
  - id: putin-kim-letters
    statement: {el: "Ο Πούτιν και ο Κιμ αντάλλαξαν επιστολές."}
    claimant: kirby
    date: {edtf: "2023-08-30", basis: stated}
    status: alleged
    cite: [{source: article, quote: "αντάλλαξαν επιστολές"}]
""",
    "sources/article.el.txt": "Ο Κίρμπι μίλησε για πρόσφατης επίσκεψης.\n",
}

HEAD_FILES = {
    **BASE_FILES,
    "story.yaml": BASE_FILES["story.yaml"].replace(
        '{el: "Η ιστορία"}', '{el: "Η ιστορία", en: "The story"}'
    ),
    "actors.yaml": """\
actors:
  - id: shoigu
    type: person
    name: {el: "Σεργκέι Σοϊγκού", en: "Sergei Shoigu"}
    cite: [{source: article, quote: "Σεργκέι Σοϊγκού"}]
  - id: kim-jong-un
    type: person
    name: {el: "Κιμ Γιονγκ Ουν"}
    cite: [{source: article, quote: "Κιμ"}]
""",
    "events.yaml": """\
events:
  - id: shoigu-pyongyang-visit
    title: {el: "Επίσκεψη του Σοϊγκού"}
    date:
      edtf: "2023-07-25/2023-07-27"
      basis: inferred
      wording: {el: "πρόσφατης επίσκεψης"}
      reasoning: {el: "Η δημόσια καταγραφή."}
    participants: [shoigu, kim-jong-un]
    cite:
      - {source: article, quote: "πρόσφατης επίσκεψης"}
""",
    "claims.yaml": """\
claims:
  - id: putin-kim-letters
    statement: {el: "Ο Πούτιν και ο Κιμ αντάλλαξαν επιστολές."}
    claimant: kirby
    date: {edtf: "2023-08-30", basis: stated}
    status: denied
    cite: [{source: article, quote: "αντάλλαξαν επιστολές"}]
""",
    "responses.yaml": """\
responses:
  - id: north-korea-denial
    type: denial
    by: kim-jong-un
    answers: [putin-kim-letters]
    date: {edtf: "2023-08-31", basis: stated}
    statement: {el: "Η Βόρεια Κορέα το διαψεύδει."}
    cite: [{source: article, quote: "διαψεύδει"}]
""",
    "sources/article.el.txt": "Ο Κίρμπι μίλησε για πρόσφατης επίσκεψης. Ο Κιμ διαψεύδει.\n",
}

EXPECTED_CHANGES = """\
2 added, 4 changed, 1 removed.

### Story

- **changed** the story — `content/story.yaml:2`
  - `title.en`: added `The story` — `content/story.yaml:2`

### Actors

- **changed** actor `shoigu` — `content/actors.yaml:2`
  - `name.en`: added `Sergei Shoigu` — `content/actors.yaml:4`
- **added** actor `kim-jong-un` — `content/actors.yaml:6`
- **removed** actor `kirby` (was at `content/actors.yaml:6` in `base`)

### Events

- **changed** event `shoigu-pyongyang-visit` — `content/events.yaml:2`
  - `date.edtf`: `2023-07` → `2023-07-25/2023-07-27` — `content/events.yaml:5`
  - `date.basis`: `relative` → `inferred` — `content/events.yaml:6`
  - `date.reasoning.el`: added `Η δημόσια καταγραφή.` — `content/events.yaml:8`
  - `participants`: [`shoigu`] → [`shoigu`, `kim-jong-un`] — `content/events.yaml:9`

### Claims

- **changed** claim `putin-kim-letters` — `content/claims.yaml:2`
  - `status`: `alleged` → `denied` — `content/claims.yaml:6`

### Responses

- **added** response `north-korea-denial` — `content/responses.yaml:2`

### Source texts

- **changed** `content/sources/article.el.txt`
"""


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
    }
    result = subprocess.run(
        ["git", "-C", str(repo), *args], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def write_content(repo: Path, files: dict[str, str]) -> None:
    content = repo / "content"
    for old in sorted(content.rglob("*"), reverse=True) if content.exists() else []:
        if old.is_file():
            old.unlink()
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def commit(repo: Path, files: dict[str, str], message: str, tag: str) -> None:
    write_content(repo, files)
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", message)
    git(repo, "tag", tag)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project in a git repository: tag `base` holds BASE_FILES, tag `head` (checked out) HEAD_FILES."""
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")
    (root / "mkdocs.yml").write_text("site_name: test\n", encoding="utf-8")
    commit(root, BASE_FILES, "base", "base")
    commit(root, HEAD_FILES, "head", "head")
    return root


def run_diff(repo: Path, *revisions: str) -> tuple[int, str, str]:
    return run_main("--config", str(repo / "mkdocs.yml"), "diff", *revisions)


def test_two_revisions_give_the_records_added_removed_and_changed(repo: Path) -> None:
    code, out, err = run_diff(repo, "base", "head")
    assert (code, err) == (0, "")
    assert out == "## Fact changes: `base` → `head`\n\n" + EXPECTED_CHANGES


def test_without_head_the_working_tree_is_compared(repo: Path) -> None:
    code, out, _ = run_diff(repo, "base")
    assert code == 0
    assert out == "## Fact changes: `base` → the working tree\n\n" + EXPECTED_CHANGES


def test_an_uncommitted_edit_is_previewed(repo: Path) -> None:
    claims = repo / "content/claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("denied", "disputed"), encoding="utf-8"
    )
    code, out, _ = run_diff(repo, "head")
    assert code == 0
    assert out == (
        "## Fact changes: `head` → the working tree\n"
        "\n"
        "0 added, 1 changed, 0 removed.\n"
        "\n"
        "### Claims\n"
        "\n"
        "- **changed** claim `putin-kim-letters` — `content/claims.yaml:2`\n"
        "  - `status`: `denied` → `disputed` — `content/claims.yaml:6`\n"
    )


def test_no_change_says_so(repo: Path) -> None:
    assert run_diff(repo, "head", "head") == (
        0,
        "## Fact changes: `head` → `head`\n\nNo facts changed.\n",
        "",
    )


def test_moving_and_reordering_records_is_not_a_change_of_facts(repo: Path) -> None:
    actors = HEAD_FILES["actors.yaml"].split("  - id: kim-jong-un\n")
    moved = {
        **HEAD_FILES,
        "actors.yaml": "actors:\n  - id: kim-jong-un\n"
        + actors[1]
        + actors[0].removeprefix("actors:\n"),
        "events.yaml": "",
        "events/2023.yaml": HEAD_FILES["events.yaml"],
    }
    commit(repo, moved, "move", "moved")
    code, out, _ = run_diff(repo, "head", "moved")
    assert code == 0
    assert out == (
        "## Fact changes: `head` → `moved`\n"
        "\n"
        "0 added, 1 changed, 0 removed.\n"
        "\n"
        "### Events\n"
        "\n"
        "- **changed** event `shoigu-pyongyang-visit` — `content/events/2023.yaml:2` "
        "(moved from `content/events.yaml`)\n"
    )


def test_a_file_that_cannot_be_read_is_named_and_its_records_are_not_called_removed(
    repo: Path,
) -> None:
    (repo / "content/actors.yaml").write_text('actors:\n  - id: "unclosed\n', encoding="utf-8")
    code, out, _ = run_diff(repo, "head")
    assert code == 0
    assert out == (
        "## Fact changes: `head` → the working tree\n"
        "\n"
        "> **Not compared:** `content/actors.yaml` cannot be read at the working tree; "
        "run `explainer check` to see why.\n"
        "\n"
        "No facts changed.\n"
    )


def test_a_long_text_shows_only_the_words_that_changed() -> None:
    old = "Ο Ρώσος υπουργός Άμυνας Σεργκέι Σοϊγκού επισκέφθηκε την Πιονγκγιάνγκ τον Ιούλιο, για την επέτειο της ανακωχής."
    new = old.replace("τον Ιούλιο", "από τις 25 έως τις 27 Ιουλίου")
    assert diff._word_diff(old, new) == (
        "…Σοϊγκού επισκέφθηκε την Πιονγκγιάνγκ [-τον Ιούλιο, -]{+από τις 25 έως τις 27 Ιουλίου, +}"
        "για την επέτειο της…"
    )
    # Rewritten text reads better in full: no word diff.
    assert diff._word_diff(old, "Κάτι εντελώς άλλο, γραμμένο από την αρχή με άλλες λέξεις.") is None


def test_values_with_backticks_and_line_breaks_stay_inside_their_code_span() -> None:
    assert diff._code("a `b` c") == "``a `b` c``"
    assert diff._code("`x") == "`` `x ``"
    assert diff._code("one\ntwo\u202e") == "`one↵two<U+202E>`"


def test_an_unquoted_value_is_told_apart_from_the_same_text_quoted(repo: Path) -> None:
    claims = repo / "content/claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace('edtf: "2023-08-30"', "edtf: 2023-08-30"),
        encoding="utf-8",
    )
    _, out, _ = run_diff(repo, "head")
    assert (
        "  - `date.edtf`: `2023-08-30` → `2023-08-30` (unquoted) — `content/claims.yaml:5`\n" in out
    )
    # Python calls these equal; as YAML values they are not.
    assert not diff._same(1, True) and not diff._same(1, 1.0) and diff._same("a", "a")


@pytest.mark.parametrize(
    ("revision", "message"),
    [
        (
            "no-such-branch",
            "error: git knows no revision 'no-such-branch' — name a branch, tag or commit",
        ),
        (
            "--output=/tmp/x",
            "error: '--output=/tmp/x' is not a revision: a revision does not start with '-'",
        ),
    ],
)
def test_an_unknown_revision_is_explained(repo: Path, revision: str, message: str) -> None:
    code, out, err = run_diff(repo, "--", revision)  # after "--", argparse takes it as BASE
    assert (code, out) == (1, "")
    assert err.startswith(message)


def test_outside_a_git_repository_the_error_says_so(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: test\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    code, _, err = run_main("--config", str(tmp_path / "mkdocs.yml"), "diff", "main")
    assert code == 1
    assert err.startswith("error: git rev-parse failed: fatal: not a git repository")
