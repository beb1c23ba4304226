"""Hypothesis strategies for what an editor (or an attacker) may write: data, YAML tokens, files
shaped like the fact base's, with the names and texts that trip YAML up."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

from generator import model

FIELD_NAMES = sorted(
    {
        "story",
        "events",
        "claims",
        "el",
        "en",
        "edtf",
        "basis",
        "quote",
        "source",
        "cite",
        "on",
        "no",
    }
    | {name for kind in model.RECORD_KINDS.values() for name in kind.model_fields}
)
NASTY_TEXT = [
    "",
    " ",
    "NO",
    "on",
    "yes",
    "~",
    "null",
    "010",
    "0x1F",
    "1_000",
    "2023-02-30",
    "2024-03-04",
    "12:30:00",
    ".inf",
    "=",
    "<<",
    "bulletin",
    "vrysi-council",
    "2024",
    "../2024-03-05",
    "2024-03-05/2024-03-01",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    '{: onclick="alert(1)" }',
    "&lt;b&gt;",
    "bridge-\u202eunsafe",
    "a\u200bb",
    "\ufeff",
    "\x85",
    "\u2028",
    "\t",
    "\\",
    "'",
    '"',
    "*a",
    "&a",
    "!!str",
    "The old footbridge over the Vrysi stream was closed",
]
YAML_TOKENS = [
    *NASTY_TEXT,
    *FIELD_NAMES,
    ":",
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\n",
    "\n  ",
    "\n    ",
    "  ",
    "---\n",
    "...\n",
    "? ",
    "|",
    ">",
    "#",
    "&a ",
    "*a",
    "!!python/object/apply:os.system",
    "!x ",
    "%YAML 1.1\n",
    '"',
    "'",
    "\\u202e",
    "\\x00",
    "\r\n",
    "\r",
]

texts = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=20))
scalars = st.one_of(
    texts, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False), st.dates()
)
data = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), texts), children, max_size=5),
    ),
    max_leaves=30,
)


@st.composite
def content_files(draw: st.DrawFn) -> dict[str, Any]:
    """A file shaped like the fact base's (record kinds holding lists of mappings), but random."""
    kinds = draw(
        st.lists(st.sampled_from(["story", *model.RECORD_KINDS, "event"]), min_size=1, max_size=3)
    )
    return {kind: draw(st.one_of(data, st.lists(data, max_size=3))) for kind in kinds}


def dump(value: Any, flow: bool | None) -> bytes:
    return yaml.safe_dump(
        value, allow_unicode=True, default_flow_style=flow, sort_keys=False
    ).encode()
