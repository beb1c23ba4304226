"""Read the YAML files of a content folder into plain data, remembering where every value is.

Safety comes first: the fact base is edited by the public. So the loader walks the
parser's events itself instead of using a PyYAML constructor: no tags are
honoured (nothing can run), anchors and aliases are refused (no alias bombs),
duplicate keys are reported instead of silently kept, nesting depth and file size
are bounded, and every scalar keeps its line, column and original text so that
later stages can say exactly where a problem is.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Location, Problems, did_you_mean

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32

# Characters that change how text is displayed or hide text: bidi controls can make
# an id or a quote read differently from what it is; zero-width ones make two equal-
# looking ids differ.
INVISIBLE_CHARACTERS = {
    *(chr(c) for c in range(0x202A, 0x202F)),  # LRE RLE PDF LRO RLO
    *(chr(c) for c in range(0x2066, 0x206A)),  # LRI RLI FSI PDI
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad",
}

try:  # libyaml is much faster; the pure-Python parser gives the same events
    _Parser: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader

DataPath = tuple[str | int, ...]


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
    try:
        return path.resolve().relative_to(relative_to.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_folder(content_dir: Path, problems: Problems, shown_from: Path | None = None) -> list[SourceFile]:
    """Every *.yaml file below content_dir, in a stable order; problems are added, not raised."""
    shown_from = shown_from or Path.cwd()
    files = sorted(p for p in content_dir.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())
    loaded = []
    for path in files:
        source = SourceFile(path, display_path(path, shown_from))
        load_file(source, path.read_bytes(), problems)
        loaded.append(source)
    return loaded


def load_file(source: SourceFile, content: bytes, problems: Problems) -> None:
    """Fill source.data and source.positions from the file's bytes, reporting what is wrong."""
    text = _decode(source, content, problems)
    if text is None:
        return
    before = len(problems)
    try:
        source.data = _Walker(source, problems).walk(text)
    except yaml.MarkedYAMLError as error:
        _report_syntax_error(source, error, problems)
        source.data = None
    if len(problems) > before:
        source.data = None  # half-read data would only cause follow-up errors


def _decode(source: SourceFile, content: bytes, problems: Problems) -> str | None:
    where = Location(source.display, 1, 1)
    if len(content) > MAX_FILE_BYTES:
        size = len(content) / (1024 * 1024)
        problems.add(
            where, "",
            f"the file is {size:.1f} MiB, over the limit of {MAX_FILE_BYTES // (1024 * 1024)} MiB",
            "split it into several files (for example events/2023.yaml, events/2024.yaml)",
        )
        return None
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_column(content[: error.start].decode("utf-8", "replace"))
        problems.add(
            Location(source.display, line, column), "",
            f"the file is not valid UTF-8 (byte 0x{content[error.start]:02x})",
            "save the file as UTF-8",
        )
        return None
    if "\x00" in text:
        line, column = _line_column(text[: text.index("\x00")])
        problems.add(
            Location(source.display, line, column), "",
            "the file contains a NUL byte", "save the file as plain UTF-8 text",
        )
        return None
    return text.replace("\r\n", "\n")


def _line_column(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 1


def _report_syntax_error(source: SourceFile, error: yaml.MarkedYAMLError, problems: Problems) -> None:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    message = f"YAML syntax error: {problem}"
    if error.context and error.context_mark and error.context_mark is not mark:
        message += f" ({error.context} at line {error.context_mark.line + 1})"
    problems.add(Location(source.display, line, column), "", message, _syntax_hint(problem))


def _syntax_hint(problem: str) -> str:
    if "'\\t'" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "put text that contains ': ' in double quotes"
    if "could not find expected ':'" in problem or "simple key" in problem:
        return "check the indentation and that every key ends with ':'"
    if "found unexpected end of stream" in problem or "found unknown escape" in problem:
        return "check that every opening quote has its closing quote"
    return "check the indentation and quoting on this line and the one before"


class _Walker:
    """Builds plain data from parser events, with an explicit stack (no recursion)."""

    def __init__(self, source: SourceFile, problems: Problems) -> None:
        self.source = source
        self.problems = problems
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()

    def problem(self, event: Any, message: str, hint: str) -> None:
        mark = event.start_mark
        self.problems.add(Location(self.source.display, mark.line + 1, mark.column + 1), "", message, hint)

    def walk(self, text: str) -> Any:
        parser = _Parser(text)
        try:
            return self._walk_events(parser)
        finally:
            parser.dispose()

    def _walk_events(self, parser: Any) -> Any:
        # Each stack entry: [container, path, pending_key, key_position, seen_keys]
        stack: list[list[Any]] = []
        root: Any = None
        documents = 0
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problem(
                        event, "the file holds more than one YAML document",
                        "remove the '---' line and keep one document per file",
                    )
                    return None
                continue
            if isinstance(event, yaml.AliasEvent):
                self.problem(
                    event, f"aliases ('*{event.anchor}') are not allowed",
                    "write the value out in full",
                )
                return None
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                self.problem(
                    event, f"anchors ('&{event.anchor}') are not allowed",
                    "remove the anchor and write values out in full",
                )
                return None
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and (
                event.tag not in (None, "!")
            ):
                tag = str(event.tag).replace("tag:yaml.org,2002:", "!!")
                self.problem(
                    event, f"tags ('{tag}') are not allowed",
                    "remove the tag; write the value as plain text",
                )
                return None
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                finished = stack.pop()[0]
                if not stack:
                    root = finished
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                continue

            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent[0], dict) and parent[2] is None:
                self._take_key(event, parent)
                if parent[2] is None:  # a bad key was reported: stop reading this file
                    return None
                continue

            path, key_position = self._child_path(parent)
            if len(path) > MAX_DEPTH:
                self.problem(
                    event, f"the data is nested more than {MAX_DEPTH} levels deep",
                    "records need only a few levels; check the indentation",
                )
                return None
            mark = event.start_mark
            key_line, key_column = key_position or (mark.line + 1, mark.column + 1)
            if isinstance(event, yaml.ScalarEvent):
                value, raw = self._scalar(event, path)
                self.source.positions[path] = Position(mark.line + 1, mark.column + 1, key_line, key_column, raw)
            else:
                value = {} if isinstance(event, yaml.MappingStartEvent) else []
                self.source.positions[path] = Position(mark.line + 1, mark.column + 1, key_line, key_column)
            if parent is None:
                if isinstance(event, yaml.ScalarEvent):
                    root = value
                else:
                    stack.append([value, path, None, None, {}])
                continue
            self._attach(parent, value)
            if not isinstance(event, yaml.ScalarEvent):
                stack.append([value, path, None, None, {}])
        return root

    def _take_key(self, event: Any, parent: list[Any]) -> None:
        if not isinstance(event, yaml.ScalarEvent):
            self.problem(event, "a key must be a plain word", "write keys such as 'id:' or 'title:'")
            return
        key = event.value
        seen: dict[str, int] = parent[4]
        if key in seen:
            self.problem(
                event, f"the key '{key}' appears twice in this mapping (first at line {seen[key]})",
                "keep one of them: YAML would silently drop the first",
            )
            return
        seen[key] = event.start_mark.line + 1
        parent[2] = key
        parent[3] = (event.start_mark.line + 1, event.start_mark.column + 1)

    @staticmethod
    def _child_path(parent: list[Any] | None) -> tuple[DataPath, tuple[int, int] | None]:
        if parent is None:
            return (), None
        container, path = parent[0], parent[1]
        if isinstance(container, dict):
            return (*path, parent[2]), parent[3]
        return (*path, len(container)), None

    @staticmethod
    def _attach(parent: list[Any], value: Any) -> None:
        container = parent[0]
        if isinstance(container, dict):
            container[parent[2]] = value
            parent[2] = None
        else:
            container.append(value)

    def _scalar(self, event: Any, path: DataPath) -> tuple[Any, str | None]:
        text: str = event.value
        invisible = sorted({c for c in text if c in INVISIBLE_CHARACTERS})
        if invisible:
            names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'control')}" for c in invisible)
            self.problem(
                event, f"the value contains invisible characters ({names})",
                "retype the value, or delete the characters in an editor that shows them",
            )
        plain = event.style in (None, "") and event.implicit[0]
        if not plain:
            return text, None
        # Unquoted: YAML 1.1 would turn NO into false, 010 into 8, 2023-08-30 into a date.
        # Keep what YAML would have made, so the model can say "quote this value".
        tag = self.resolver.resolve(yaml.ScalarNode, text, (True, False))
        if tag == "tag:yaml.org,2002:str":
            return text, text
        node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark)
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, yaml.constructor.ConstructorError):
            value = text  # e.g. 2023-02-30: not a real date; the date check says so
        return value, text


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
    available = sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*.txt") if p.is_file()
    )
    for request in requests:
        path = (root / request.text_file).resolve()
        if not path.is_relative_to(root):
            problems.add(
                request.where, request.field, f"'{request.text_file}' is outside the content folder",
                "keep source texts inside content/, e.g. sources/NAME.el.txt",
            )
            continue
        if not path.is_file():
            problems.add(
                request.where, request.field, f"there is no file '{request.text_file}' in the content folder",
                did_you_mean(request.text_file, available) or "add the source's text there, or correct the path",
            )
            continue
        content = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        try:
            texts[request.source_id] = content.decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError:
            problems.add(request.where, request.field, f"'{request.text_file}' is not UTF-8 text", "save it as UTF-8")
    return texts
