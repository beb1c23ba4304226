"""Which characters a fact base file may hold, and which of them readers cannot see.

Invisible and bidi characters make a text read differently from what it is, so the
loader refuses them in keys and values and names them in its messages.
"""

from __future__ import annotations

import re
import unicodedata

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
# Characters that YAML allows, that are no unusual line break and that are visible (a test
# holds each against is_invisible): tab, line feed, ASCII, Latin, Greek, Cyrillic, common
# punctuation, currency signs, letter-like symbols, arrows. A file of these alone (the usual
# case) needs neither the two searches above nor a look at each of its values for invisible
# characters, and one search tells.
ORDINARY_CHARACTERS = (
    "\t\n\x20-\x7e\xa0-\xac\xae-\u034e\u0350-\u05ff\u1e00-\u1fff"
    "\u2010-\u2027\u2030-\u205f\u20a0-\u20cf\u2100-\u21ff"
)
NOT_ORDINARY = re.compile(f"[^{ORDINARY_CHARACTERS}]")


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
