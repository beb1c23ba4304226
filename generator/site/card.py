"""The share card: a PNG with the story's title and the site's name, drawn at build time.

Link previews (Open Graph's og:image, twitter:card summary_large_image) show it. The
title is the story's own (content/story.yaml), the name the site's (mkdocs.yml). The
same words give the same bytes: no date or other metadata goes into the file, the font
ships with the generator (fonts/), and Pillow's layout is its basic one, not one that
depends on which text-shaping library the machine has.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..problems import ExplainerError

# Where the card goes in each edition's folder; the theme's head names it (og:image).
PATH = "assets/share-card.png"
# The key in the config's `extra` that hands the card's description to the templates.
ALT_KEY = "share_card_alt"

FONT = Path(__file__).parent / "fonts" / "DejaVuSans-Bold-subset.ttf"
WIDTH, HEIGHT = 1200, 630  # the size link previews expect (1.91:1)
MARGIN = 80
BACKGROUND = (64, 81, 181)  # the theme's indigo header (#4051b5)
INK = (255, 255, 255)  # 6.6:1 on the background
RULE = (255, 255, 255)
TITLE_SIZES = (72, 64, 56, 48, 42)  # the largest at which the title fits in TITLE_LINES
TITLE_LINES = 5
NAME_SIZE = 34


class ShareCardError(ExplainerError):
    """The card cannot show the text it was given."""


def describe(title: str, site_name: str) -> str:
    """The card's text alternative (og:image:alt): what it shows, in its words."""
    return f"{title} — {site_name}" if site_name else title


def write(site_dir: Path, title: str, site_name: str) -> Path:
    """Draw the card into the edition's folder at PATH; return its path."""
    target = site_dir / PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(draw(title, site_name))
    return target


def draw(title: str, site_name: str) -> bytes:
    """The card as PNG bytes."""
    missing = sorted({char for char in title + site_name if not _has_glyph(char)})
    if missing:
        shown = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in missing)
        raise ShareCardError(
            f"the share card's font has no letter for {shown} in the story's title or the site's "
            f"name — add them to {FONT.name} (see {FONT.parent / 'README.md'})"
        )
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    canvas = ImageDraw.Draw(image)
    name_font = _font(NAME_SIZE)
    name_lines = _wrap(site_name, name_font, WIDTH - 2 * MARGIN)[:2]
    name_height = len(name_lines) * round(NAME_SIZE * 1.3)
    name_top = HEIGHT - MARGIN - name_height
    for number, line in enumerate(name_lines):
        canvas.text((MARGIN, name_top + number * round(NAME_SIZE * 1.3)), line, INK, name_font)
    rule_y = name_top - 36
    canvas.rectangle((MARGIN, rule_y, MARGIN + 120, rule_y + 6), fill=RULE)

    title_room = rule_y - 36 - MARGIN
    for size in TITLE_SIZES:
        font = _font(size)
        lines = _wrap(title, font, WIDTH - 2 * MARGIN)
        step = round(size * 1.25)
        if len(lines) <= TITLE_LINES and len(lines) * step <= title_room:
            break
    else:  # even the smallest size needs more lines: the last one ends in an ellipsis
        lines = _wrap(title, font, WIDTH - 2 * MARGIN)
        while len(lines) * step > title_room or len(lines) > TITLE_LINES:
            lines = lines[:-1]
        lines[-1] = _ellipsis(lines[-1], font, WIDTH - 2 * MARGIN)
    for number, line in enumerate(lines):
        canvas.text((MARGIN, MARGIN + number * step), line, INK, font)

    stream = io.BytesIO()
    image.save(stream, format="PNG", optimize=True)
    return stream.getvalue()


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size, layout_engine=ImageFont.Layout.BASIC)


@functools.cache
def _has_glyph(char: str) -> bool:
    """Whether the font draws char as itself, not as its 'missing letter' box."""
    if char.isspace():
        return True
    font = _font(40)
    return bytes(font.getmask(char)) != bytes(font.getmask("\ue000"))  # a private-use code


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Words into lines no wider than width (a word wider than a line stands alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _ellipsis(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    while line and font.getlength(line + " …") > width:
        line = line.rsplit(" ", 1)[0] if " " in line else line[:-1]
    return line + " …"
