"""Cross-linking: where each record lives and what links to what (links.py), the dated lists
split into pages (chronicle.py), every date's words and marks (dating.py), and the address
of one page from another (urls.py).

Made once, before any page is rendered; pages, pictures and data only read it.
"""

from .chronicle import (
    PAGE_LIMIT,
    Chronicle,
    ChroniclePage,
    TimelineEntry,
    by_year,
    dated_entries,
)
from .dating import DateMarks, DateWords, Dating, marks_of, quoted, words_of
from .links import ClaimsIn, Links, QuoteUse, cross_link, quote_anchor
from .urls import page_link, page_url, relative_url

__all__ = [
    "PAGE_LIMIT",
    "Chronicle",
    "ChroniclePage",
    "ClaimsIn",
    "DateMarks",
    "DateWords",
    "Dating",
    "Links",
    "QuoteUse",
    "TimelineEntry",
    "by_year",
    "cross_link",
    "dated_entries",
    "marks_of",
    "page_link",
    "page_url",
    "quote_anchor",
    "quoted",
    "relative_url",
    "words_of",
]
