"""Read the YAML files of a content folder into plain data, remembering where every value is.

Safety comes first: the fact base is edited by the public. So the loader walks the
parser's events itself instead of using a PyYAML constructor: no tags are
honoured (nothing can run), anchors and aliases are refused (no alias bombs),
duplicate keys are reported instead of silently kept, nesting depth and file size
are bounded, and every scalar keeps its line, column and original text so that
later stages can say exactly where a problem is.

Keys are always text exactly as written: `on:` is the key "on" (the model then calls
it an unknown field), never YAML 1.1's true. Unquoted values keep what YAML 1.1 would
make of them (false for NO, 8 for 010, a date for 2023-08-30) so that the model can
say "quote this value". Invisible and bidi characters are refused in keys and values.

A file with problems is read to its end (up to a limit) so that the editor sees all
of them at once, but its data is then dropped: half-read data only causes follow-ups.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Location, Problems, did_you_mean

MAX_FILE_BYTES = 1024 * 1024
MAX_SOURCE_TEXT_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32
MAX_PROBLEMS_PER_FILE = 20
SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

# Characters that YAML refuses in a file (PyYAML's reader would raise on them). Checked
# first, so that the editor gets a located message instead of the parser's.
NOT_ALLOWED_IN_YAML = re.compile(
    "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Line breaks that YAML counts but editors may not show or count: line numbers would drift.
UNUSUAL_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
# Invisible characters that Unicode does not class as format characters (Cf), but that
# render as nothing all the same.
OTHER_INVISIBLE = {"\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u3164", "\uffa0"} | {
    chr(c) for c in range(0x180B, 0x1810)
}
# Bidi controls: they reorder what is displayed, so text can read differently from what it is.
BIDI_CONTROLS = {"\u061c", "\u200e", "\u200f"} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}

try:  # libyaml is much faster; the pure-Python parser gives the same events
    _Parser: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader

DataPath = tuple[str | int, ...]


def field_path(path: DataPath) -> str:
    """('events', 3, 'date', 'edtf') -> 'events[3].date.edtf'."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def is_invisible(char: str) -> bool:
    """True for characters that show as nothing (zero-width, bidi controls, soft hyphen, …)."""
    return unicodedata.category(char) == "Cf" or char in OTHER_INVISIBLE


# Characters already found visible. A fact base repeats a small alphabet, so a set
# difference (in C) leaves almost nothing to test one character at a time.
_KNOWN_VISIBLE: set[str] = set()


def invisible_characters(text: str) -> list[str]:
    """The distinct invisible characters of text, sorted."""
    if _KNOWN_VISIBLE.issuperset(text):  # the usual case, without building a set
        return []
    unknown = set(text).difference(_KNOWN_VISIBLE)
    found = sorted(c for c in unknown if is_invisible(c))
    _KNOWN_VISIBLE.update(unknown.difference(found))
    return found


def describe_character(char: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': how a character is named in messages."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control character')}"


@dataclass(frozen=True)
class Position:
    """Where a value is written: its own line/column and, for mapping values, its key's."""

    line: int
    column: int
    key_line: int
    key_column: int
    raw: str | None = None  # the scalar as written, when it was written unquoted


@dataclass
class SourceFile:
    path: Path
    display: str  # the path as the editor knows it: content/events.yaml
    data: Any = None
    positions: dict[DataPath, Position] = field(default_factory=dict)
    failed: bool = False  # the file could not be read; its problems are reported

    def locate(self, path: DataPath, at_key: bool = False) -> Location:
        """The location of the value at `path`, or of the nearest enclosing value written."""
        probe = tuple(path)
        while probe not in self.positions and probe:
            probe = probe[:-1]
        position = self.positions.get(probe)
        if position is None:
            return Location(self.display, 1, 1)
        if at_key and probe == tuple(path):
            return Location(self.display, position.key_line, position.key_column)
        return Location(self.display, position.line, position.column)


def display_path(path: Path, relative_to: Path) -> str:
    try:  # the folder resolved, not the file: a link is shown where it is, not where it points
        return (path.parent.resolve() / path.name).relative_to(relative_to.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_folder(
    content_dir: Path, problems: Problems, shown_from: Path | None = None
) -> list[SourceFile]:
    """Every *.yaml file below content_dir, in a stable order; problems are added, not raised."""
    shown_from = shown_from or Path.cwd()
    root = content_dir.resolve()
    loaded = []
    for path in _yaml_files(content_dir):
        source = SourceFile(path, display_path(path, shown_from))
        unsafe = [
            part
            for part in path.relative_to(content_dir).parts
            if not SAFE_FILE_NAME.fullmatch(part)
        ]
        if unsafe:
            # File names end up in the site's edit links and in messages: keep them plain.
            suggestion = (
                re.sub(r"-*\.-*", ".", re.sub(r"[^A-Za-z0-9._-]+", "-", unsafe[0])).strip("-.")
                or "events.yaml"
            )
            problems.add(
                Location(source.display, 1, 1),
                "",
                f"the name '{unsafe[0]}' may hold only Latin letters, digits, '-', '_' and '.'",
                f"rename it, e.g. to '{suggestion}'",
            )
            source.failed = True
            loaded.append(source)
            continue
        if not path.resolve().is_relative_to(root):
            # A link in the content folder could make the checker read (and quote back in
            # its messages) any file on the machine.
            problems.add(
                Location(source.display, 1, 1),
                "",
                "the file is a link to a file outside the content folder",
                "replace the link by the file itself",
            )
            source.failed = True
            loaded.append(source)
            continue
        load_file(source, path.read_bytes(), problems)
        loaded.append(source)
    return loaded


def _yaml_files(content_dir: Path) -> list[Path]:
    # os.walk does not follow links to folders, so a link cannot make the walk loop.
    found: list[Path] = []
    for folder, subfolders, names in os.walk(content_dir):
        subfolders.sort()
        found.extend(Path(folder, name) for name in names if name.endswith((".yaml", ".yml")))
    return sorted(p for p in found if p.is_file())


def load_file(source: SourceFile, content: bytes, problems: Problems) -> None:
    """Fill source.data and source.positions from the file's bytes, reporting what is wrong."""
    source.data = None
    text = _decode(source, content, problems)
    if text is None:
        source.failed = True
        return
    before = len(problems)
    try:
        source.data = _Walker(source, problems, text).walk()
    except yaml.MarkedYAMLError as error:
        _report_syntax_error(source, text, error, problems)
    except yaml.YAMLError as error:  # not expected after _decode; still the editor's file
        problems.add(
            Location(source.display, 1, 1),
            "",
            f"YAML cannot read the file: {error}",
            "save the file as plain UTF-8 text",
        )
    if len(problems) > before:
        source.data = None  # half-read data would only cause follow-up errors
        source.failed = True


def _decode(source: SourceFile, content: bytes, problems: Problems) -> str | None:
    """The file's text with LF line ends and no byte-order mark, or None after a problem."""
    if len(content) > MAX_FILE_BYTES:
        problems.add(
            Location(source.display, 1, 1),
            "",
            f"the file is {len(content):,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes (1 MiB)",
            "split it into several files (for example events/2023.yaml, events/2024.yaml)",
        )
        return None
    content = content.removeprefix(b"\xef\xbb\xbf")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_column(content[: error.start].decode("utf-8", "replace"))
        problems.add(
            Location(source.display, line, column),
            "",
            f"the file is not valid UTF-8 text (byte 0x{content[error.start]:02X} here)",
            "save the file with the encoding UTF-8",
        )
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for pattern, message, hint in (
        (
            NOT_ALLOWED_IN_YAML,
            "the file contains a control character ({name}), which YAML does not allow",
            "delete it, and save the file as plain UTF-8 text",
        ),
        (
            UNUSUAL_LINE_BREAKS,
            "the file contains an unusual line break ({name}), which editors may not show",
            "replace it by an ordinary line break, or delete it",
        ),
    ):
        found = pattern.search(text)
        if found:
            line, column = _line_column(text[: found.start()])
            name = "NUL, byte 0x00" if found[0] == "\x00" else describe_character(found[0])
            problems.add(
                Location(source.display, line, column), "", message.format(name=name), hint
            )
            return None
    return text


def _line_column(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 1


# --- syntax errors ------------------------------------------------------------------------

# The parser's "while parsing …" contexts, in words an editor knows.
_CONTEXTS = {
    "while parsing a flow mapping": "in the {…} that starts at line {line}",
    "while parsing a flow sequence": "in the […] that starts at line {line}",
    "while parsing a block mapping": "in the block of keys that starts at line {line}",
    "while parsing a block collection": "in the list that starts at line {line}",
    "while parsing a block node": "",
    "while parsing a flow node": "",
    "while scanning a quoted scalar": "in the quoted text that starts at line {line}",
    "while scanning a double-quoted scalar": "in the quoted text that starts at line {line}",
    "while scanning a single-quoted scalar": "in the quoted text that starts at line {line}",
    "while scanning a simple key": "in the key at line {line}",
    "while scanning a block scalar": "in the block of text that starts at line {line}",
    "while scanning for the next token": "",
}


def _report_syntax_error(
    source: SourceFile, text: str, error: yaml.MarkedYAMLError, problems: Problems
) -> None:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    if "maximum nesting depth" in problem:  # libyaml's own limit, met while scanning ahead
        problems.add(
            Location(source.display, line, column),
            "",
            f"the data is nested more than {MAX_DEPTH} levels deep",
            "records need only a few levels: check the indentation and brackets",
        )
        return
    message = f"YAML syntax error: {problem}"
    line_text = text.split("\n")[line - 1] if 0 < line <= text.count("\n") + 1 else ""
    if "cannot start any token" in problem and line_text[column - 1 : column] == "\t":
        message = "YAML syntax error: this line is indented with a tab"
    context = (error.context or "").strip()
    if context and error.context_mark is not None and error.context_mark is not mark:
        template = _CONTEXTS.get(context, context + " at line {line}")
        if template:
            message += f" ({template.replace('{line}', str(error.context_mark.line + 1))})"
    problems.add(
        Location(source.display, line, column),
        "",
        message,
        _syntax_hint(problem, context, line_text),
    )


def _syntax_hint(problem: str, context: str, line_text: str) -> str:
    invisible = [c for c in line_text if is_invisible(c)]
    if invisible:
        return (
            f"the line holds an invisible character ({describe_character(invisible[0])}): delete it"
        )
    if "\t" in line_text[: len(line_text) - len(line_text.lstrip())] or "'\\t'" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "put text that contains ': ' in double quotes"
    if "flow mapping" in context or "flow sequence" in context:
        return "check the quotes and commas inside the brackets: every opening quote needs its closing quote"
    if "quoted scalar" in context or "found unexpected end of stream" in problem:
        return "check that every opening quote has its closing quote"
    if "found unknown escape character" in problem:
        return "inside double quotes, write a backslash as \\\\ (or use single quotes)"
    if "could not find expected ':'" in problem or "simple key" in context:
        return "check the indentation and that every key ends with ':'"
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "check the indentation: keys of one mapping start in the same column"
    return "check the indentation and quoting on this line and the one before"


# --- the walk over parser events ----------------------------------------------------------


@dataclass(frozen=True)
class _At:
    """A position like a parser mark's: 0-based line and column."""

    line: int
    column: int


class _Stop(Exception):
    """Reading this file cannot usefully go on; the reason has been reported."""


@dataclass
class _Open:
    """A mapping or list being read."""

    value: dict[str, Any] | list[Any]
    path: DataPath
    first_lines: dict[str, int] = field(default_factory=dict)  # key -> line of its first use
    key: str | None = None  # the key whose value comes next (mappings)
    key_mark: tuple[int, int] = (0, 0)


class _Walker:
    """Builds plain data from parser events, with an explicit stack (no recursion)."""

    def __init__(self, source: SourceFile, problems: Problems, text: str) -> None:
        self.source = source
        self.problems = problems
        self.text = text
        self.reported = 0
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()

    def report(self, mark: Any, path: DataPath, message: str, hint: str) -> None:
        if self.reported == MAX_PROBLEMS_PER_FILE:
            self.problems.add(
                Location(self.source.display, mark.line + 1, mark.column + 1),
                "",
                f"more than {MAX_PROBLEMS_PER_FILE} problems in this file; the rest are not shown",
                "fix the ones above and check again",
            )
            raise _Stop
        self.reported += 1
        self.problems.add(
            Location(self.source.display, mark.line + 1, mark.column + 1),
            field_path(path),
            message,
            hint,
        )

    def walk(self) -> Any:
        parser = _Parser(self.text)
        try:
            return self._read(parser)
        except _Stop:
            return None
        finally:
            parser.dispose()

    def _read(self, parser: Any) -> Any:
        stack: list[_Open] = []
        root: Any = None
        documents = 0
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.report(
                        event.start_mark,
                        (),
                        "the file holds a second YAML document (after a '---' line)",
                        "remove the '---' line: a file is one mapping of record kinds",
                    )
                    raise _Stop
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                finished = stack.pop()
                if not stack:
                    root = finished.value
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent.value, dict) and parent.key is None:
                self._take_key(event, parent)
                continue
            path, key_mark = self._child_path(parent, event)
            value = self._value(event, path, key_mark)
            if parent is None:
                root = value
            elif isinstance(parent.value, dict):
                assert parent.key is not None
                parent.value[parent.key] = value
                parent.key = None
            else:
                parent.value.append(value)
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append(_Open(value, path))
        return root

    def _child_path(self, parent: _Open | None, event: Any) -> tuple[DataPath, tuple[int, int]]:
        mark = event.start_mark
        if parent is None:
            return (), (mark.line + 1, mark.column + 1)
        if isinstance(parent.value, dict):
            assert parent.key is not None
            return (*parent.path, parent.key), parent.key_mark
        return (*parent.path, len(parent.value)), (mark.line + 1, mark.column + 1)

    def _value(self, event: Any, path: DataPath, key_mark: tuple[int, int]) -> Any:
        """The value of a node event (an empty container for a collection), noting its position."""
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            self.report(
                mark,
                path,
                f"aliases ('*{event.anchor}') are not allowed",
                "write the value out in full where the alias is",
            )
            return None
        self._refuse_anchor_and_tag(event, path)
        raw = None
        if isinstance(event, yaml.ScalarEvent):
            value, raw = self._scalar(event, path)
        else:
            if len(path) >= MAX_DEPTH:
                self.report(  # the path is shown only down to where records end
                    mark,
                    path[:6],
                    f"the data is nested more than {MAX_DEPTH} levels deep",
                    "records need only a few levels: check the indentation and brackets",
                )
                raise _Stop
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
        self.source.positions[path] = Position(mark.line + 1, mark.column + 1, *key_mark, raw)
        return value

    def _refuse_anchor_and_tag(self, event: Any, path: DataPath) -> None:
        if event.anchor is not None:
            self.report(
                event.start_mark,
                path,
                f"anchors ('&{event.anchor}') are not allowed",
                "remove the anchor and write the values out in full",
            )
        if event.tag is not None:
            tag = str(event.tag).replace("tag:yaml.org,2002:", "!!")
            self.report(
                event.start_mark,
                path,
                f"tags ('{tag}') are not allowed",
                "remove the tag: a value is plain text, a list or a mapping",
            )

    def _take_key(self, event: Any, parent: _Open) -> None:
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            self.report(
                mark,
                parent.path,
                f"aliases ('*{event.anchor}') are not allowed",
                "write the key out in full",
            )
            key = f"*{event.anchor}"
        elif isinstance(event, yaml.ScalarEvent):
            key = event.value  # keys are text exactly as written: `on:` is "on", never true
        else:
            self.report(
                mark,
                parent.path,
                "a key must be a plain word, not a list or mapping",
                "write keys such as 'id:' or 'title:'",
            )
            raise _Stop  # the whole structure after it would be misread
        path = (*parent.path, key)
        if isinstance(event, yaml.ScalarEvent):
            self._refuse_anchor_and_tag(event, path)
            self._refuse_invisible(event, path, key)
        first = parent.first_lines.get(key)
        if first is not None:
            self.report(
                mark,
                path,
                f"the key '{key}' appears twice in this mapping (first at line {first})",
                f"keep only one of the two (plain YAML would silently drop the value on line {first})",
            )
        else:
            parent.first_lines[key] = mark.line + 1
        parent.key = key
        parent.key_mark = (mark.line + 1, mark.column + 1)

    def _refuse_invisible(self, event: Any, path: DataPath, text: str) -> None:
        found = invisible_characters(text)
        if not found:
            return
        mark = event.start_mark
        # Point at the character itself when it is written as is (not as an escape).
        written = self.text[mark.index : event.end_mark.index]
        at = written.find(found[0])
        if at >= 0 and "\n" not in written[:at]:
            mark = _At(mark.line, mark.column + at)
        names = ", ".join(describe_character(c) for c in found)
        if any(c in BIDI_CONTROLS for c in found):
            what = f"a hidden direction control ({names}): it makes text display in another order than it is"
        else:
            what = "invisible characters" if len(found) > 1 else "an invisible character"
            what += f" ({names}): the text differs from what readers see"
        self.report(
            mark,
            path,
            f"the value contains {what}",
            "delete it: retype the value, or remove the character in an editor that shows it",
        )

    def _scalar(self, event: Any, path: DataPath) -> tuple[Any, str | None]:
        text: str = event.value
        self._refuse_invisible(event, path, text)
        plain = event.style in (None, "") and event.implicit[0]
        if not plain:
            return text, None
        # Unquoted: YAML 1.1 would turn NO into false, 010 into 8, 2023-08-30 into a date.
        # Keep what YAML would have made, so the model can say "quote this value".
        tag = self.resolver.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
        if tag == "tag:yaml.org,2002:str":
            return text, text
        node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark)
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, OverflowError, yaml.constructor.ConstructorError):
            value = text  # e.g. 2023-02-30: not a real date; the date check says so
        return value, text


# --- source texts -------------------------------------------------------------------------


@dataclass(frozen=True)
class TextFileRequest:
    """A source's archived text to read: its path as written, and where that was written."""

    source_id: str
    text_file: str
    where: Location
    field: str


def read_source_texts(
    requests: list[TextFileRequest], content_dir: Path, problems: Problems
) -> dict[str, str]:
    """The archived source texts, by source id; a missing or unreadable one is a problem."""
    texts: dict[str, str] = {}
    root = content_dir.resolve()
    available = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt") if p.is_file())
    for request in requests:
        path = (root / request.text_file).resolve()

        def say(message: str, hint: str, request: TextFileRequest = request) -> None:
            problems.add(request.where, request.field, message, hint)

        if not path.is_relative_to(root):
            say(
                f"'{request.text_file}' is outside the content folder",
                "keep source texts inside content/, e.g. sources/NAME.el.txt",
            )
        elif not path.is_file():
            say(
                f"there is no file '{request.text_file}' in the content folder",
                did_you_mean(request.text_file, available)
                or "add the source's text there, or correct the path",
            )
        elif path.stat().st_size > MAX_SOURCE_TEXT_BYTES:
            say(
                f"'{request.text_file}' is {path.stat().st_size:,} bytes, over the limit of "
                f"{MAX_SOURCE_TEXT_BYTES:,} bytes (8 MiB)",
                "archive only the text of the source",
            )
        else:
            content = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
            try:
                texts[request.source_id] = (
                    content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
                )
            except UnicodeDecodeError as error:
                say(
                    f"'{request.text_file}' is not valid UTF-8 text (byte {error.start:,})",
                    "save it with the encoding UTF-8",
                )
    return texts
