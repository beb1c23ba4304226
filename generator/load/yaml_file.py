"""Read one YAML file of the fact base into plain data, and tell where every value is.

Safety comes first: the fact base is edited by the public. So the loader walks the
parser's events itself instead of using a PyYAML constructor: no tags are
honoured (nothing can run), anchors and aliases are refused (no alias bombs),
duplicate keys are reported instead of silently kept, nesting depth and file size
are bounded, and every value can be located (line, column, and the original text of
an unquoted scalar) so that later stages can say exactly where a problem is.

Locating every value costs a quarter of the reading and most of its memory, and is
needed only when something is wrong: a file's positions are found when first asked
for, by walking its text again (see SourceFile.positions).

Keys are always text exactly as written: `on:` is the key "on" (the model then calls
it an unknown field), never YAML 1.1's true. Unquoted values keep what YAML 1.1 would
make of them (false for NO, 8 for 010, a date for 2023-08-30) so that the model can
say "quote this value". Invisible and bidi characters are refused in keys and values.

A file with problems is read to its end (up to a limit) so that the editor sees all
of them at once, but its data is then dropped: half-read data only causes follow-ups.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Location, Problems
from .characters import (
    BIDI_CONTROLS,
    NOT_ALLOWED_IN_YAML,
    NOT_ORDINARY,
    UNUSUAL_LINE_BREAKS,
    describe_character,
    invisible_characters,
    is_invisible,
)

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_PROBLEMS_PER_FILE = 20

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
    failed: bool = False  # the file could not be read; its problems are reported
    # The bytes the file was read from, kept to find its positions when first asked for
    # (smaller than its decoded text); None when there is no text to locate anything in.
    _content: bytes | None = field(default=None, init=False, repr=False, compare=False)
    _positions: dict[DataPath, Position] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def positions(self) -> dict[DataPath, Position]:
        """Where each value of the file is written, by its path in the data.

        Found on first use, by walking the file again as load_file did: a run that finds
        nothing wrong needs no positions, and is spared making one for every value.
        """
        if self._positions is None:
            self._positions = _positions_of(self)
        return self._positions

    def locate(self, path: DataPath, at_key: bool = False) -> Location:
        """The location of the value at `path`, or of the nearest enclosing value written."""
        positions = self.positions
        probe = tuple(path)
        while probe not in positions and probe:
            probe = probe[:-1]
        position = positions.get(probe)
        if position is None:
            return Location(self.display, 1, 1)
        if at_key and probe == tuple(path):
            return Location(self.display, position.key_line, position.key_column)
        return Location(self.display, position.line, position.column)


def load_file(source: SourceFile, content: bytes, problems: Problems) -> None:
    """Fill source.data from the file's bytes, reporting what is wrong.

    The positions are not found here but when first asked for (SourceFile.positions).
    """
    source.data = None
    source._content = None
    source._positions = None
    decoded = _decode(source, content, problems)
    if decoded is None:
        source.failed = True
        return
    text, unusual = decoded
    source._content = content
    before = len(problems)
    try:
        source.data = _Walker(source, problems, text, scan_all=unusual).walk()
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


def _positions_of(source: SourceFile) -> dict[DataPath, Position]:
    """The positions of a loaded file's values, from a walk over its text like load_file's.

    The walk is the same (the same decoding, the same checks, stopping where load_file's
    stopped: at a syntax error, or after too many problems), so the positions are those it
    would have recorded; its problems were reported by load_file and are dropped here.
    """
    positions: dict[DataPath, Position] = {}
    if source._content is None:
        return positions  # never loaded, or not decodable: nothing is located in the file
    dropped = Problems()
    decoded = _decode(source, source._content, dropped)
    if decoded is None:  # pragma: no cover - load_file decoded these same bytes
        return positions
    text, unusual = decoded
    # After a syntax error, what was read before it is located, as load_file left it.
    with contextlib.suppress(yaml.YAMLError):
        _Walker(source, dropped, text, scan_all=unusual, positions=positions).walk()
    return positions


def _decode(source: SourceFile, content: bytes, problems: Problems) -> tuple[str, bool] | None:
    """The file's text with LF line ends and no byte-order mark, or None after a problem.

    With the text comes whether it holds characters other than ORDINARY_CHARACTERS.
    """
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
    if NOT_ORDINARY.search(text) is None:
        return text, False
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
    return text, True


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

# Event classes, compared by identity in the walk (the C and the Python parser both make
# exactly these classes).
_SCALAR = yaml.ScalarEvent
_MAPPING_START = yaml.MappingStartEvent
_SEQUENCE_START = yaml.SequenceStartEvent
_ALIAS = yaml.AliasEvent
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_IGNORED = (yaml.StreamStartEvent, yaml.DocumentEndEvent)
_STR_TAG = "tag:yaml.org,2002:str"
_new_position = object.__new__


def _position(line: int, column: int, key_line: int, key_column: int, raw: str | None) -> Position:
    """Position(line, column, key_line, key_column, raw), made without the frozen __init__.

    A frozen dataclass sets each field through object.__setattr__, three times slower than
    filling the instance's __dict__; the loader makes one Position for every value.
    """
    position: Position = _new_position(Position)
    values = position.__dict__
    values["line"] = line
    values["column"] = column
    values["key_line"] = key_line
    values["key_column"] = key_column
    values["raw"] = raw
    return position


@dataclass(frozen=True)
class _At:
    """A position like a parser mark's: 0-based line and column."""

    line: int
    column: int


class _Stop(Exception):
    """Reading this file cannot usefully go on; the reason has been reported."""


class _Walker:
    """Builds plain data from parser events, with an explicit stack (no recursion).

    scan_all: the file holds characters that may be invisible, so every scalar is checked;
    otherwise only double-quoted scalars can hold one (through an escape such as \\u200b),
    and only when the file holds a backslash at all (scan_quoted).

    positions: where to record the position of every value, when they are asked for.
    """

    def __init__(
        self,
        source: SourceFile,
        problems: Problems,
        text: str,
        scan_all: bool,
        positions: dict[DataPath, Position] | None = None,
    ) -> None:
        self.source = source
        self.problems = problems
        self.text = text
        self.scan_all = scan_all
        self.positions = positions
        self.scan_quoted = scan_all or "\\" in text
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
        # This loop runs once for every key and value of the fact base, so it is written for
        # speed: the innermost open mapping or list lives in local variables (the others on
        # a stack), events are told apart by their exact class, and what is rare (anchors,
        # tags, aliases, suspicious characters, problems) is left to the methods below.
        get_event = parser.get_event
        positions = self.positions
        scan_all = self.scan_all
        scan_quoted = self.scan_quoted
        implicit = self.resolver.yaml_implicit_resolvers
        wildcard = implicit.get(None, [])
        stack: list[tuple[Any, bool, DataPath, dict[str, int]]] = []
        container: Any = None  # the innermost open mapping or list; None at the top
        in_mapping = False
        path: DataPath = ()  # the path of container
        first_lines: dict[str, int] = {}  # container's keys -> line of their first use
        key: str | None = None  # in a mapping: the key whose value comes next
        key_line = key_column = 0
        root: Any = None
        documents = 0
        while True:
            event = get_event()
            cls = event.__class__
            if cls in _COLLECTION_END:
                container, in_mapping, path, first_lines = stack.pop()
                key = None
                continue
            if not (
                cls is _SCALAR or cls is _MAPPING_START or cls is _SEQUENCE_START or cls is _ALIAS
            ):
                if cls is yaml.StreamEndEvent:
                    return root
                if cls is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        self.report(
                            event.start_mark,
                            (),
                            "the file holds a second YAML document (after a '---' line)",
                            "remove the '---' line: a file is one mapping of record kinds",
                        )
                        raise _Stop
                elif cls not in _IGNORED:  # pragma: no cover - a parser of another make
                    raise TypeError(f"unexpected YAML event {event!r}")
                continue
            mark = event.start_mark

            if in_mapping and key is None:  # the node is a key
                if cls is _SCALAR:
                    key = event.value  # text exactly as written: `on:` is "on", never true
                    if (
                        event.anchor is not None
                        or event.tag is not None
                        or (scan_quoted and (scan_all or event.style == '"'))
                    ):
                        self._refuse_anchor_and_tag(event, (*path, key))
                        self._refuse_invisible(event, (*path, key), key)
                else:
                    key = self._odd_key(event, path)
                key_line = mark.line + 1
                key_column = mark.column + 1
                if key in first_lines:
                    self._report_duplicate(mark, (*path, key), first_lines[key])
                else:
                    first_lines[key] = key_line
                continue

            # The node is a value: where it goes, and where a message about it points.
            if in_mapping:
                assert key is not None
                child: DataPath = (*path, key)
            else:
                child = () if container is None else (*path, len(container))
            raw = None
            if cls is _SCALAR:
                if event.anchor is not None or event.tag is not None:
                    self._refuse_anchor_and_tag(event, child)
                value = event.value
                style = event.style
                if scan_quoted and (scan_all or style == '"'):
                    self._refuse_invisible(event, child, value)
                if not style and event.implicit[0]:
                    # Unquoted: YAML 1.1 would turn NO into false, 010 into 8, 2023-08-30 into
                    # a date. Keep what YAML would have made, so that the model can say
                    # "quote this value". Most values start with a character that no implicit
                    # type can start with: they are text without trying a pattern.
                    raw = value
                    resolvers = implicit.get(value[:1])
                    if resolvers or wildcard:
                        value = self._plain(event, value, (resolvers or []) + wildcard)
            elif cls is _ALIAS:
                self.report(
                    mark,
                    child,
                    f"aliases ('*{event.anchor}') are not allowed",
                    "write the value out in full where the alias is",
                )
                value = None
            else:
                if event.anchor is not None or event.tag is not None:
                    self._refuse_anchor_and_tag(event, child)
                if len(child) >= MAX_DEPTH:
                    self.report(  # the path is shown only down to where records end
                        mark,
                        child[:6],
                        f"the data is nested more than {MAX_DEPTH} levels deep",
                        "records need only a few levels: check the indentation and brackets",
                    )
                    raise _Stop
                value = {} if cls is _MAPPING_START else []
            if positions is not None and cls is not _ALIAS:
                # A message about a mapping's value may point at its key instead.
                line = mark.line + 1
                column = mark.column + 1
                if in_mapping:
                    positions[child] = _position(line, column, key_line, key_column, raw)
                else:
                    positions[child] = _position(line, column, line, column, raw)

            if in_mapping:
                container[key] = value
                key = None
            elif container is None:
                root = value
            else:
                container.append(value)
            if cls is _MAPPING_START or cls is _SEQUENCE_START:
                stack.append((container, in_mapping, path, first_lines))
                container = value
                in_mapping = cls is _MAPPING_START
                path = child
                if in_mapping:
                    first_lines = {}

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

    def _odd_key(self, event: Any, parent_path: DataPath) -> str:
        """The key an alias stands for, after reporting it; a list or mapping as key stops."""
        if event.__class__ is _ALIAS:
            self.report(
                event.start_mark,
                parent_path,
                f"aliases ('*{event.anchor}') are not allowed",
                "write the key out in full",
            )
            return f"*{event.anchor}"
        self.report(
            event.start_mark,
            parent_path,
            "a key must be a plain word, not a list or mapping",
            "write keys such as 'id:' or 'title:'",
        )
        raise _Stop  # the whole structure after it would be misread

    def _report_duplicate(self, mark: Any, path: DataPath, first: int) -> None:
        key = path[-1]
        self.report(
            mark,
            path,
            f"the key '{key}' appears twice in this mapping (first at line {first})",
            f"keep only one of the two (plain YAML would silently drop the value on line {first})",
        )

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

    def _plain(self, event: Any, text: str, resolvers: list[tuple[str, re.Pattern[str]]]) -> Any:
        """What YAML 1.1 makes of an unquoted scalar that may be of an implicit type.

        The resolver's own rule for an untagged plain scalar: the first pattern that matches
        (those for the scalar's first character, then those for any) gives the type.
        """
        tag = next((tag for tag, pattern in resolvers if pattern.match(text)), _STR_TAG)
        if tag == _STR_TAG:
            return text
        node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark)
        try:
            return self.constructor.construct_object(node)
        except (ValueError, OverflowError, yaml.constructor.ConstructorError):
            return text  # e.g. 2023-02-30: not a real date; the date check says so
