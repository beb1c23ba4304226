"""What changed in the facts between two git revisions, as Markdown for the reviewers of a pull request.

A line diff of YAML shows moved lines and reflowed quotes; reviewers want the facts:
which records were added or removed, and which fields changed from what to what, for
example `date.edtf`: `2023-07` → `2023-07-25/2023-07-27`, each with the file and line
where it is now.

Each revision is read with the same safe loader as `explainer check` (files come from
`git ls-tree` and `git cat-file`, never from a checkout), and records are matched by
kind and id, so moving or reordering records is not a change. The comparison works on
the loaded data, not the validated model: a pull request under review may well hold
facts that `check` still refuses, and reviewers need its diff all the same.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import load, model, runtime
from ..problems import ExplainerError, Location, Problems, printable

WORKING_TREE = "the working tree"
# Record kinds in the order of content/README.md; the story is a record of its own.
KINDS = ["story", *model.RECORD_KINDS]
KIND_HEADINGS = {
    "story": "Story",
    "sources": "Sources",
    "actors": "Actors",
    "events": "Events",
    "claims": "Claims",
    "responses": "Responses",
    "background": "Background",
    "corrections": "Corrections",
}
# Texts longer than this are shown as a word diff: a one-word fix in a paragraph must show.
LONG_TEXT = 80
CONTEXT_WORDS = 4
GIT_TIMEOUT_SECONDS = 60


class DiffError(ExplainerError):
    """The revisions cannot be compared (no git, not a repository, an unknown revision)."""


# --- reading a revision -------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    kind: str  # "events", or "story"
    id: str
    data: Any  # as loaded: mappings, lists and scalars
    file: load.SourceFile
    path: load.DataPath  # where it is in its file: ("events", 3)

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.id

    def line(self, *subpath: str | int) -> Location:
        return self.file.locate((*self.path, *subpath))


@dataclass
class Snapshot:
    """The fact base at one revision: its records, the files that could not be read, its texts."""

    label: str
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)  # files as shown: content/events.yaml
    source_texts: dict[str, str] = field(default_factory=dict)  # path -> git blob id


@dataclass(frozen=True)
class Repository:
    """The git work tree holding the content folder, and the folder's path inside it."""

    root: Path
    content: str  # posix, relative to root: "content"


def find_repository(content_dir: Path, project_root: Path) -> Repository:
    top = _git(project_root, "rev-parse", "--show-toplevel").decode().strip()
    root = Path(top).resolve()
    try:
        content = content_dir.resolve().relative_to(root).as_posix()
    except ValueError:
        raise DiffError(
            f"the content folder {content_dir} is not inside the git repository {root}"
        ) from None
    return Repository(root, content)


def snapshot(repository: Repository, revision: str | None) -> Snapshot:
    """The fact base at a git revision, or in the working tree when revision is None."""
    if revision is None:
        return _working_tree(repository)
    return _at_revision(repository, revision)


def _working_tree(repository: Repository) -> Snapshot:
    result = Snapshot(WORKING_TREE)
    folder = repository.root / repository.content
    if folder.is_dir():
        _add_files(result, load.load_folder(folder, Problems(), shown_from=repository.root))
        for path in _source_texts_in(folder):
            shown = path.relative_to(repository.root).as_posix()
            result.source_texts[shown] = _blob_id(path.read_bytes())
    return result


def _source_texts_in(folder: Path) -> list[Path]:
    # os.walk follows no links to folders; links to files are left out too: check refuses
    # a text that is not in the content folder, and a link could point at anything.
    found = []
    for parent, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in names:
            path = Path(parent, name)
            if _is_source_text(name) and path.is_file() and not path.is_symlink():
                found.append(path)
    return sorted(found)


def _at_revision(repository: Repository, revision: str) -> Snapshot:
    if revision.startswith("-"):
        raise DiffError(f"'{revision}' is not a revision: a revision does not start with '-'")
    commit = _resolve(repository, revision)
    result = Snapshot(revision)
    files = []
    for mode, blob, size, path in _tree(repository, commit):
        if _is_source_text(path):
            result.source_texts[path] = blob
        if not _is_yaml(path):
            continue
        source = load.SourceFile(repository.root / path, path)
        # A link is refused by the working-tree loader too; an oversized file is not even read.
        if mode == "120000" or size > load.MAX_FILE_BYTES:
            source.failed = True
        else:
            load.load_file(source, _git(repository.root, "cat-file", "blob", blob), Problems())
        files.append(source)
    _add_files(result, files)
    return result


def _resolve(repository: Repository, revision: str) -> str:
    try:
        output = _git(repository.root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except DiffError:
        raise DiffError(
            f"git knows no revision '{revision}' — name a branch, tag or commit "
            "(for a pull request's base: origin/main, after a checkout with all history)"
        ) from None
    return output.decode().strip()


def _tree(repository: Repository, commit: str) -> Iterator[tuple[str, str, int, str]]:
    """(mode, blob id, size, path) of every file below the content folder at a commit."""
    listing = _git(
        repository.root,
        "ls-tree",
        "-r",
        "-l",
        "-z",
        "--full-tree",
        commit,
        "--",
        repository.content + "/",
    )
    for entry in listing.decode("utf-8", "replace").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        mode, kind, blob, size = meta.split()
        if kind == "blob":
            yield mode, blob, int(size), path


def _git(cwd: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(
            ["git", "-C", str(cwd), *args],
            capture_output=True,
            check=False,
            timeout=GIT_TIMEOUT_SECONDS,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise DiffError("git is not installed — install git to compare revisions") from None
    except subprocess.TimeoutExpired:
        raise DiffError(f"git {args[0]} took over {GIT_TIMEOUT_SECONDS} s") from None
    if result.returncode != 0:
        said = result.stderr.decode("utf-8", "replace").strip() or f"exit code {result.returncode}"
        raise DiffError(f"git {args[0]} failed: {printable(said)}")
    return result.stdout


def _is_yaml(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def _is_source_text(name: str) -> bool:
    return name.endswith(".txt")


def _blob_id(content: bytes) -> str:
    """The id git gives these bytes, so that working-tree files compare with committed ones."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content, usedforsecurity=False).hexdigest()


def _add_files(result: Snapshot, files: list[load.SourceFile]) -> None:
    for source in files:
        if source.failed:
            result.unreadable.add(source.display)
        if not isinstance(source.data, dict):
            continue
        for kind, value in source.data.items():
            for record in _records(kind, value, source):
                result.records.setdefault(record.key, record)  # a repeated id: check reports it


def _records(kind: str, value: Any, source: load.SourceFile) -> Iterator[Record]:
    if kind == "story":
        yield Record("story", "story", value, source, ("story",))
    elif kind in model.RECORD_KINDS and isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                yield Record(kind, item["id"], item, source, (kind, index))


# --- comparing ------------------------------------------------------------------------------

MISSING: Any = object()  # a field that is not there (distinct from an empty value)


@dataclass(frozen=True)
class FieldChange:
    field: str  # date.edtf, cite[0].quote
    old: Any
    new: Any
    where: Location  # at HEAD: the value, or the nearest enclosing value for a removed one


@dataclass(frozen=True)
class RecordChange:
    status: str  # added | removed | changed
    record: Record  # at HEAD, or at BASE when removed
    fields: tuple[FieldChange, ...] = ()
    moved_from: str | None = None  # the file it was in at BASE, when it moved


def compare(base: Snapshot, head: Snapshot) -> list[RecordChange]:
    """Every added, removed and changed record, ordered by kind, then by place in the files."""
    skipped = base.unreadable | head.unreadable  # what is in them is unknown on one side
    old = {k: r for k, r in base.records.items() if r.file.display not in skipped}
    new = {k: r for k, r in head.records.items() if r.file.display not in skipped}
    changes = [RecordChange("added", record) for key, record in new.items() if key not in old]
    changes += [RecordChange("removed", record) for key, record in old.items() if key not in new]
    for key, record in new.items():
        if key in old:
            change = _changed(old[key], record)
            if change is not None:
                changes.append(change)
    return sorted(changes, key=_order)


def _order(change: RecordChange) -> tuple[int, int, str, int]:
    where = change.record.line()
    return KINDS.index(change.record.kind), change.status == "removed", where.file, where.line


def _changed(old: Record, new: Record) -> RecordChange | None:
    before, after = _leaves(old.data), _leaves(new.data)
    fields = [
        FieldChange(load.field_path(path), before.get(path, MISSING), value, new.line(*path))
        for path, value in after.items()
        if not _same(before.get(path, MISSING), value)
    ]
    fields += [
        FieldChange(load.field_path(path), value, MISSING, new.line(*path))
        for path, value in before.items()
        if path not in after
    ]
    moved_from = old.file.display if old.file.display != new.file.display else None
    if not fields and moved_from is None:
        return None
    return RecordChange("changed", new, tuple(fields), moved_from)


def _same(old: Any, new: Any) -> bool:
    return type(old) is type(new) and old == new  # Python says 1 == true == 1.0; YAML does not


def _leaves(value: Any, path: load.DataPath = ()) -> dict[load.DataPath, Any]:
    """Every value in a record by its path; a list of plain values (ids) is one value."""
    if isinstance(value, dict) and value:
        found: dict[load.DataPath, Any] = {}
        for key, item in value.items():
            found.update(_leaves(item, (*path, key)))
        return found
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        found = {}
        for index, item in enumerate(value):
            found.update(_leaves(item, (*path, index)))
        return found
    return {path: value}


# --- Markdown ---------------------------------------------------------------------------------


def markdown(changes: list[RecordChange], base: Snapshot, head: Snapshot) -> str:
    """The changes for reviewers: a heading, a count, then one section per record kind."""
    title = f"## Fact changes: {_code(base.label)} → {_label(head)}"
    lines = [title, ""]
    for path in sorted(base.unreadable | head.unreadable):
        at = " and ".join(_label(s) for s in (base, head) if path in s.unreadable)
        lines += [
            f"> **Not compared:** {_code(path)} cannot be read at {at}; "
            "run `explainer check` to see why.",
            "",
        ]
    texts = _text_changes(base, head)
    if not changes and not texts:
        return "\n".join([*lines, "No facts changed."]) + "\n"
    lines += [_count(changes), ""]
    for kind in KINDS:
        of_kind = [change for change in changes if change.record.kind == kind]
        if of_kind:
            lines += [f"### {KIND_HEADINGS[kind]}", ""]
            lines += [line for change in of_kind for line in _describe(change, base)]
            lines.append("")
    if texts:
        lines += ["### Source texts", "", *texts, ""]
    return "\n".join(lines)


def _label(snapshot: Snapshot) -> str:
    return snapshot.label if snapshot.label == WORKING_TREE else _code(snapshot.label)


def _count(changes: list[RecordChange]) -> str:
    counts = {
        status: sum(c.status == status for c in changes)
        for status in ("added", "changed", "removed")
    }
    return ", ".join(f"{number} {status}" for status, number in counts.items()) + "."


def _describe(change: RecordChange, base: Snapshot) -> list[str]:
    record = change.record
    name = (
        "the story"
        if record.kind == "story"
        else f"{model.RECORD_NAMES[record.kind]} {_code(record.id)}"
    )
    if change.status == "removed":
        return [f"- **removed** {name} (was at {_place(record.line())} in {_label(base)})"]
    head_line = f"- **{change.status}** {name} — {_place(record.line())}"
    if change.moved_from:
        head_line += f" (moved from {_code(change.moved_from)})"
    return [head_line, *(f"  - {_field_line(item)}" for item in change.fields)]


def _field_line(change: FieldChange) -> str:
    name = _code(change.field)
    where = _place(change.where)
    if change.old is MISSING:
        return f"{name}: added {_value(change.new)} — {where}"
    if change.new is MISSING:
        return f"{name}: removed (was {_value(change.old)}) — {where}"
    if (
        isinstance(change.old, str)
        and isinstance(change.new, str)
        and (_is_long_text(change.old) or _is_long_text(change.new))
    ):
        words = _word_diff(change.old, change.new)
        if words is not None:
            return f"{name}: {_code(words)} — {where}"
    return f"{name}: {_value(change.old)} → {_value(change.new)} — {where}"


def _place(location: Location) -> str:
    return _code(f"{location.file}:{location.line}")


def _value(value: Any) -> str:
    if isinstance(value, str):
        return _code(value) if value else "empty text"
    if isinstance(value, list):  # a list of plain values, such as ids
        return (
            "[" + ", ".join(_code(_plain(item)) for item in value) + "]"
            if value
            else "an empty list"
        )
    if isinstance(value, dict):
        return "an empty mapping"
    if value is None:
        return "nothing"
    return f"{_code(_plain(value))} (unquoted)"


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_long_text(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > LONG_TEXT or "\n" in value)


def _word_diff(old: str, new: str) -> str | None:
    """Only the changed words, git-style: …context [-old-]{+new+} context…

    None when most of the text changed: then old → new in full reads better.
    """
    before, after = _words(old), _words(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    if matcher.ratio() < 0.5:
        return None
    opcodes = matcher.get_opcodes()
    parts: list[str] = []
    for index, (tag, a1, a2, b1, b2) in enumerate(opcodes):
        if tag == "equal":
            parts.append(_context(before[a1:a2], first=index == 0, last=index == len(opcodes) - 1))
            continue
        if a2 > a1:
            parts.append(f"[-{''.join(before[a1:a2])}-]")
        if b2 > b1:
            parts.append(f"{{+{''.join(after[b1:b2])}+}}")
    return "".join(parts)


def _words(text: str) -> list[str]:
    """Words with the spaces after them, so that a change is never split at a space."""
    return re.findall(r"^\s+|\S+\s*", text)


def _context(words: list[str], first: bool, last: bool) -> str:
    """Unchanged words around a change: a few on each side of it, the rest as '…'."""
    keep = CONTEXT_WORDS
    if first:  # before the first change: only what leads up to it
        return "".join(words) if len(words) <= keep else "…" + "".join(words[-keep:])
    if last:
        return "".join(words) if len(words) <= keep else "".join(words[:keep]).rstrip() + "…"
    if len(words) <= 2 * keep:
        return "".join(words)
    return "".join(words[:keep]).rstrip() + " … " + "".join(words[-keep:])


def _code(text: str) -> str:
    """Inline code that shows the text as is, whatever backticks or line breaks it holds."""
    shown = printable(text.replace("\n", "↵"))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", shown)), default=0) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") or not shown.strip() else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


def _text_changes(base: Snapshot, head: Snapshot) -> list[str]:
    """Archived source texts added, removed or changed: quotes are checked against them."""
    lines = []
    for path in sorted(base.source_texts.keys() | head.source_texts.keys()):
        old, new = base.source_texts.get(path), head.source_texts.get(path)
        if old != new:
            status = "added" if old is None else "removed" if new is None else "changed"
            lines.append(f"- **{status}** {_code(path)}")
    return lines


def fact_diff(content_dir: Path, project_root: Path, base: str, head: str | None) -> str:
    """The Markdown for `explainer diff BASE [HEAD]` (HEAD None: the working tree)."""
    repository = find_repository(content_dir, project_root)
    with runtime.session(workers=1):  # two fact bases are loaded: the one policy applies
        before, after = snapshot(repository, base), snapshot(repository, head)
        return markdown(compare(before, after), before, after)
