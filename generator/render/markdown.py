"""Turning fact-base text into Markdown that can only ever be text.

Python-Markdown passes raw HTML through and its extensions read syntax such as
attribute lists (`{: onclick=… }`), so every character that could start markup is
escaped. Prose fields get a small inline subset on top: *emphasis*, **strong** and
links to http(s) URLs (model/prose.py).
"""

from __future__ import annotations

import re

from ..model.prose import PROSE_TOKEN

# Characters that make markup wherever they stand (emphasis, code, links, attribute
# lists, headings' closing hashes, escapes, and "!" that turns a link into an image):
# backslash-escaped everywhere.
BACKSLASH_ESCAPED = set("\\`*_{}[]#!")
# Characters with no backslash escape: written as numeric character references.
ENTITY_ESCAPED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
# Characters that start a block only at the start of a line (lists "- ", "+ ", details
# "???", definitions ": ", setext "="); text is always one line, so only its first
# character needs care.
LINE_START_ESCAPED = {
    "-": "\\-",
    "+": "\\+",
    "?": "&#63;",
    ":": "&#58;",
    "=": "&#61;",
    "%": "&#37;",
    "~": "&#126;",
}
ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")


def text(value: str) -> str:
    """Plain text as inline Markdown that renders exactly as the characters given, on one line."""
    return _escape(" ".join(value.split()), at_line_start=True)


# Text is most of every page: one regex search finds the rare text that needs escaping,
# and one translate escapes it (a per-character loop in Python cost seconds).
_ESCAPE_TABLE = str.maketrans(
    {**{char: "\\" + char for char in BACKSLASH_ESCAPED}, **ENTITY_ESCAPED}
)
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join([*BACKSLASH_ESCAPED, *ENTITY_ESCAPED])) + "]")


def _escape(flat: str, at_line_start: bool) -> str:
    escaped = flat.translate(_ESCAPE_TABLE) if _NEEDS_ESCAPE.search(flat) else flat
    if at_line_start and flat:
        # Line-start characters and digits are not in the table, so they keep their places.
        if flat[0] in LINE_START_ESCAPED:
            escaped = LINE_START_ESCAPED[flat[0]] + escaped[1:]
        number = ORDERED_LIST_START.match(flat)
        if number:  # "1. " would start a numbered list
            cut = len(number[1])
            escaped = escaped[:cut] + "\\" + number[2] + escaped[cut + 1 :]
    return escaped


def prose(value: str) -> str:
    """Inline Markdown allowing only emphasis, strong and http(s) links; all else is text."""
    flat = " ".join(value.split())
    out = []
    position = 0
    for match in PROSE_TOKEN.finditer(flat):
        out.append(_escape(flat[position : match.start()], at_line_start=position == 0))
        if match["url"]:
            out.append(f"[{_escape(match['link_text'], False)}](<{match['url']}>)")
        elif match["strong"]:
            out.append(f"**{_escape(match['strong'], False)}**")
        else:
            out.append(f"*{_escape(match['em'], False)}*")
        position = match.end()
    out.append(_escape(flat[position:], at_line_start=position == 0))
    return "".join(out)


def text_within(value: str) -> str:
    """Plain text as inline Markdown that does not begin its line (after other words)."""
    return _escape(" ".join(value.split()), at_line_start=False)


def in_language(markdown_text: str, language: str) -> str:
    """Markdown (already safe) marked as words in another language than the page's, for
    readers, screen readers and search: <span lang="…">. The language is a checked code
    (a source's language, an edition's), never free text."""
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language):
        raise ValueError(f"not a language code: {language!r}")
    return f'<span lang="{language}">{markdown_text}</span>'
