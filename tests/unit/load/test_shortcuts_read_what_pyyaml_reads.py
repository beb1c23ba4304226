"""The loader's shortcuts (written for speed) give what the plain way gives.

The loader skips the per-value search for invisible characters in files of ordinary
characters, builds positions without the dataclass's __init__, resolves unquoted values
with a table lookup. These tests hold each shortcut
against a slower, independent way: PyYAML's own pure-Python composer and resolver.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import load
from generator.load import characters, yaml_file
from generator.problems import Problems
from tests.unit.load.strategies import data

ALL_CHARACTERS = "".join(map(chr, range(0x110000)))


def load_text(text: str) -> tuple[load.SourceFile, Problems]:
    source = load.SourceFile(Path("x.yaml"), "content/x.yaml")
    problems = Problems()
    load.load_file(source, text.encode("utf-8", "surrogatepass"), problems)
    return source, problems


def test_ordinary_characters_are_allowed_visible_and_no_line_breaks() -> None:
    ordinary = characters.NOT_ORDINARY.sub("", ALL_CHARACTERS)
    assert "a" in ordinary and "Ω" in ordinary and "—" in ordinary and "€" in ordinary
    for char in ordinary:
        assert not load.is_invisible(char), load.describe_character(char)
        assert not characters.NOT_ALLOWED_IN_YAML.match(char), load.describe_character(char)
        assert not characters.UNUSUAL_LINE_BREAKS.match(char), load.describe_character(char)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Escapes: the file is all ordinary characters, the value is not.
        ('a: "x\\u200by"\n', "content/x.yaml:1:4: a: the value contains an invisible character"),
        ('"k\\u202e": 1\n', "content/x.yaml:1:1: k<U+202E>: the value contains a hidden direction"),
        ('a:\n  - b\n  - "\\xad"\n', "content/x.yaml:3:5: a[1]: the value contains an invisible"),
        # Written as is: the file is not all ordinary characters.
        ("a: x\u200by\n", "content/x.yaml:1:5: a: the value contains an invisible character"),
        ("a:\n  b\u2066: 1\n", "content/x.yaml:2:4: a.b<U+2066>: the value contains a hidden"),
    ],
)
def test_invisible_characters_are_found_in_ordinary_files_too(text: str, expected: str) -> None:
    source, problems = load_text(text)
    assert len(problems.items) == 1 and str(problems.items[0]).startswith(expected)
    assert source.data is None and source.failed


def test_backslashes_outside_double_quotes_are_plain_text() -> None:
    source, problems = load_text("a: C:\\u200b\nb: 'x\\u200b'\nc: |\n  \\u200b\n")
    assert not problems.items
    assert source.data == {"a": "C:\\u200b", "b": "x\\u200b", "c": "\\u200b\n"}


def test_positions_are_ordinary_positions() -> None:
    made = yaml_file._position(3, 4, 1, 2, "NO")
    written = load.Position(3, 4, 1, 2, "NO")
    assert made == written and hash(made) == hash(written) and repr(made) == repr(written)
    assert type(made) is load.Position


# --- the same data and positions as PyYAML's composer gives -------------------------------


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the same date twice must not become an anchor and an alias


def composed(text: str) -> tuple[Any, dict[load.DataPath, load.Position], bool]:
    """Data, positions and whether a key or value holds an invisible character, from nodes."""
    constructor = yaml.constructor.SafeConstructor()
    positions: dict[load.DataPath, load.Position] = {}
    invisible = False

    def scalar(node: yaml.ScalarNode) -> tuple[Any, str | None]:
        nonlocal invisible
        invisible = invisible or any(load.is_invisible(c) for c in node.value)
        if node.style is not None:  # quoted or a block: text as written
            return node.value, None
        try:
            return constructor.construct_object(node), node.value
        except (ValueError, OverflowError, yaml.constructor.ConstructorError):
            return node.value, node.value

    def value(node: yaml.Node, path: load.DataPath, key_at: tuple[int, int]) -> Any:
        raw = None
        if isinstance(node, yaml.ScalarNode):
            result, raw = scalar(node)
        elif isinstance(node, yaml.SequenceNode):
            result = [
                value(item, (*path, index), (item.start_mark.line + 1, item.start_mark.column + 1))
                for index, item in enumerate(node.value)
            ]
        else:
            result = {}
            for key, item in node.value:
                scalar(key)
                at = (key.start_mark.line + 1, key.start_mark.column + 1)
                result[key.value] = value(item, (*path, key.value), at)
        mark = node.start_mark
        positions[path] = load.Position(mark.line + 1, mark.column + 1, *key_at, raw)
        return result

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return None, {}, False
    mark = root.start_mark
    return value(root, (), (mark.line + 1, mark.column + 1)), positions, invisible


def same(a: Any, b: Any) -> bool:
    """Equal, of the same types all the way down, and with keys in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


@settings(max_examples=150, deadline=None)
@given(
    value=data,
    flow=st.sampled_from([None, True, False]),
    allow_unicode=st.booleans(),
)
@pytest.mark.parametrize("parser", [yaml_file._Parser, yaml.SafeLoader], ids=["C", "Python"])
def test_data_and_positions_are_those_of_the_composed_nodes(
    parser: Any, value: Any, flow: bool | None, allow_unicode: bool
) -> None:
    """The C parser's events, or the pure-Python parser's (where there is no C) walked.

    Without allow_unicode, PyYAML writes every non-ASCII character as an escape in double
    quotes: the file is then all ordinary characters, whatever its values hold.
    """
    text = yaml.dump(
        value,
        Dumper=_NoAliasDumper,
        allow_unicode=allow_unicode,
        default_flow_style=flow,
        sort_keys=False,
    )
    with mock.patch.object(yaml_file, "_Parser", parser):
        source, problems = load_text(text)
    if characters.NOT_ALLOWED_IN_YAML.search(text) or characters.UNUSUAL_LINE_BREAKS.search(text):
        assert len(problems.items) == 1 and source.data is None  # the file is refused whole
        return
    expected, positions, invisible = composed(text)
    if invisible:
        assert problems.items and source.data is None
        assert all("invisible" in p.message or "direction" in p.message for p in problems.items)
        return
    assert not problems.items, [str(p) for p in problems.items]
    assert same(source.data, expected)
    assert source.positions == positions


def test_unquoted_values_of_every_implicit_type() -> None:
    text = (
        "a: [NO, on, ~, null, '', 010, 0x1F, 1_000, 3.5, .inf, -.nan, 12:30:00, =, <<,"
        " 2023-08-30, 2023-02-30, 2001-12-14t21:59:43.10-05:00, 1e999, x, Γ]\nb:\n"
    )
    expected, positions, _ = composed(text)
    source, problems = load_text(text)
    assert not problems.items
    assert same(source.data, expected)
    assert source.positions == positions
    assert source.data["a"][14] == datetime.date(2023, 8, 30)
    assert source.data["a"][15] == "2023-02-30"
