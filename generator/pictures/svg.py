"""A few helpers to write SVG as text, where every value is escaped as XML.

The pictures are written into Markdown as raw HTML blocks, which Python-Markdown passes
through untouched: nothing here may ever produce a blank line (it would end the block),
and nothing that came from content may ever become markup.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

NAMESPACE = "http://www.w3.org/2000/svg"
# Characters XML 1.0 does not allow at all (a parser would reject the whole picture).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

Attribute = str | int | float | None


def clean(value: str) -> str:
    """Text on one line, without characters XML cannot hold."""
    return " ".join(NOT_XML.sub("", value).split())


def text(value: str) -> str:
    """Character data: '<', '>' and '&' escaped."""
    return escape(clean(value))


def number(value: float) -> str:
    """A number with at most two decimals, as short as it can be: 12, 12.5, 0.16, -3."""
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if shown in ("", "-0") else shown


# An attribute value that clean() and quoteattr() would leave as it is: printable ASCII
# words, one space apart, without '"', '&', '<' or '>'. Most values are (numbers, classes,
# colours, links), and this check is much cheaper than the two calls.
PLAIN = re.compile("[!#-%'-;=?-~]+(?: [!#-%'-;=?-~]+)*")


def attributes(values: dict[str, Attribute]) -> str:
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, float):
            shown = number(value)  # digits, '-' and '.' only
        elif type(value) is int:
            shown = str(value)
        else:
            shown = str(value)
            if PLAIN.fullmatch(shown) is None:
                parts.append(f" {name}={quoteattr(clean(shown))}")
                continue
        parts.append(f' {name}="{shown}"')
    return "".join(parts)


def element(name: str, values: dict[str, Attribute], *children: str) -> str:
    """An element; children are markup this module made (never raw content)."""
    if not children:
        return f"<{name}{attributes(values)}/>"
    return f"<{name}{attributes(values)}>{''.join(children)}</{name}>"


def title(value: str) -> str:
    """A <title>: the accessible name and tooltip of its parent."""
    return f"<title>{text(value)}</title>"


def label(x: float, y: float, value: str, css_class: str, anchor: str = "start") -> str:
    return element(
        "text",
        {"x": float(x), "y": float(y), "class": css_class, "text-anchor": anchor},
        text(value),
    )


def shorten(value: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where one is near, with an ellipsis."""
    flat = clean(value)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,.;:·–-") + "…"


def wrap(value: str, limit: int, lines: int) -> list[str]:
    """Words in at most `lines` lines of about `limit` characters; the last one shortened."""
    words = clean(value).split(" ")
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and len(line) + 1 + len(words[0]) <= limit:
            line += " " + words.pop(0)
        out.append(line)
    if words:
        out.append(shorten(" ".join(words), limit))
    return out


def lines_label(x: float, y: float, lines: list[str], css_class: str, height: float) -> str:
    """A text of several lines, the first one's baseline at y."""
    spans = [
        element("tspan", {"x": float(x), "dy": 0.0 if i == 0 else float(height)}, text(line))
        for i, line in enumerate(lines)
    ]
    return element("text", {"x": float(x), "y": float(y), "class": css_class}, *spans)
