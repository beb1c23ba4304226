"""Dates written in EDTF: reading them (edtf.py) apart from saying them in words (words.py).

Callers use the package as one: `dates.parse(text)`, `dates.humanize(parsed, language)`.
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
from .words import humanize

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
    "sort_key",
]
