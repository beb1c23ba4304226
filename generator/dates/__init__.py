"""Dates written in EDTF: reading them (edtf.py) apart from saying them in words (words.py).

Callers use the package as one: `dates.parse(text)`, `dates.say(text, language)`.
"""

from .edtf import (
    FORMAT_HINT,
    Bounds,
    DateError,
    DatePoint,
    MissingEnd,
    ParsedDate,
    Precision,
    Qualifier,
    Season,
    parse,
    sort_key,
)
from .words import humanize, humanize_parts, say, say_parts

__all__ = [
    "FORMAT_HINT",
    "Bounds",
    "DateError",
    "DatePoint",
    "MissingEnd",
    "ParsedDate",
    "Precision",
    "Qualifier",
    "Season",
    "humanize",
    "humanize_parts",
    "parse",
    "say",
    "say_parts",
    "sort_key",
]
