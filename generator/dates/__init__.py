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
from .words import humanize, say

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
    "parse",
    "say",
    "sort_key",
]
