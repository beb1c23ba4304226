"""Dated lists (the timeline, the claims, the denials): records in date order, by year,
split into one page per year (or month) once a list is long.

One page per year keeps every page small and the navigation fixed in size, however
long the story runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import dates
from ..model import When


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # event | claim | response
    record: Any
    when: When
    sort_key: tuple[Any, ...]
    year: str


@dataclass(frozen=True)
class ChroniclePage:
    """One page of a dated list: all of it, the index of a split list, or one year."""

    path: str
    year: str | None  # None: the whole list, or the index of years when split
    groups: list[tuple[str, list[TimelineEntry]]]
    # Within a year too long for one page: the month ("03"), or for undated
    # entries the part number ("2"); empty when the page holds the whole year.
    part: str = ""


@dataclass(frozen=True)
class Chronicle:
    """A dated list (timeline, claims, denials), split by year once it is long.

    One page per year keeps every page small and the navigation fixed in size,
    however long the story runs.
    """

    pages: list[ChroniclePage]
    years: list[tuple[ChroniclePage, int]]  # (page, entries) when split; empty otherwise
    entry_pages: dict[str, str]  # record id -> the page its entry is on

    @classmethod
    def of(cls, base: str, entries: list[TimelineEntry]) -> Chronicle:
        """The dated list of these entries (in date order), its pages under base/."""
        groups = by_year(entries)
        if len(entries) <= PAGE_LIMIT:
            pages = [ChroniclePage(f"{base}/index.md", None, groups)]
            return cls(pages, [], _entry_pages(pages))
        pages = [ChroniclePage(f"{base}/index.md", None, [])]
        for year, group in groups:
            for part, entries_of_part in _parts_of_a_year(year, group):
                name = year or "undated"
                path = f"{base}/{name}-{part}.md" if part else f"{base}/{name}.md"
                pages.append(ChroniclePage(path, year, [(year, entries_of_part)], part))
        years = [(page, sum(len(g) for _, g in page.groups)) for page in pages[1:]]
        return cls(pages, years, _entry_pages(pages))

    def neighbours(self, page: ChroniclePage) -> tuple[ChroniclePage | None, ChroniclePage | None]:
        if page.year is None:
            return None, None
        position = self.pages.index(page)
        before = self.pages[position - 1] if position > 1 else None
        after = self.pages[position + 1] if position + 1 < len(self.pages) else None
        return before, after


# On one date: what happened, then what was claimed, then the answers.
KIND_ORDER = {"event": 0, "claim": 1, "response": 2}


def by_year(entries: list[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    """Consecutive entries grouped by year, keeping the timeline's order (undated last)."""
    groups: list[tuple[str, list[TimelineEntry]]] = []
    for entry in entries:
        if not groups or groups[-1][0] != entry.year:
            groups.append((entry.year, []))
        groups[-1][1].append(entry)
    return groups


# Entries on one page before a dated list is split into one page per year.
PAGE_LIMIT = 100


def _entry_pages(pages: list[ChroniclePage]) -> dict[str, str]:
    return {
        entry.record.id: page.path for page in pages for _, group in page.groups for entry in group
    }


def _parts_of_a_year(
    year: str, group: list[TimelineEntry]
) -> list[tuple[str, list[TimelineEntry]]]:
    """A busy year becomes one page per month; a long undated list, pages of PAGE_LIMIT."""
    if len(group) <= PAGE_LIMIT:
        return [("", group)]
    if not year:
        return [
            (str(number), group[start : start + PAGE_LIMIT])
            for number, start in enumerate(range(0, len(group), PAGE_LIMIT), start=1)
        ]
    months: dict[str, list[TimelineEntry]] = {}
    for entry in group:
        months.setdefault(f"{entry.sort_key[1].month:02d}", []).append(entry)
    return list(months.items())


def dated_entries(records: list[tuple[str, Any]]) -> list[TimelineEntry]:
    """Records in date order; those not dated precisely last, in a group of their own.

    A date with an open or unknown end ("no later than 30 August 2023") gives one point
    only, and says nothing of where the record falls among the dated ones: placed among
    them at that point, "no later than 30 August" would read as coming after 3 August. So
    such records, and records without a date, are filed under no year: they form the last
    group ("Date not known precisely"), ordered by the end the source gives, undated last.
    """
    entries = []
    for order, (kind, record) in enumerate(records):
        when: When = record.date
        if when.edtf is None:
            entries.append(
                TimelineEntry(
                    kind, record, when, (2, date.max, date.max, KIND_ORDER[kind], order), ""
                )
            )
            continue
        bounds = dates.parse(when.edtf).bounds
        if bounds.lower is None or bounds.upper is None:
            known = bounds.upper or bounds.lower or date.max
            key = (1, known, bounds.upper or date.max, KIND_ORDER[kind], order)
            entries.append(TimelineEntry(kind, record, when, key, ""))
            continue
        key = (0, bounds.lower, bounds.upper, KIND_ORDER[kind], order)
        entries.append(TimelineEntry(kind, record, when, key, str(bounds.lower.year)))
    return sorted(entries, key=lambda entry: entry.sort_key)
