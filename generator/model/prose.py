"""The only markup a prose field (model.Prose) may hold: *emphasis*, **strong** and
[links](https://…). The checks refuse anything more, the renderer writes these as
Markdown (render/markdown.py), and the data files take them out (plain()).
"""

from __future__ import annotations

import re

PROSE_TOKEN = re.compile(
    r"\[(?P<link_text>[^\]\n]+)\]\((?P<url>https?://[^\s()<>\"'`]+)\)"
    r"|\*\*(?P<strong>[^*\n]+)\*\*"
    r"|\*(?P<em>[^*\n]+)\*"
)


def plain(value: str) -> str:
    """Prose with its markup removed, for places that take only text (titles, alt texts)."""

    def unmark(match: re.Match[str]) -> str:
        return match["link_text"] or match["strong"] or match["em"] or ""

    return PROSE_TOKEN.sub(unmark, " ".join(value.split()))
