"""A date as the site shows it everywhere: its words, and the marks that say how it is known.

One function says every date (marks_of, then words_of): page text, home-page lists,
headings, the SVG timeline's marks, legend and tooltips, the CSV and the JSON. A date
the editors inferred from another source says so wherever it appears; a date counted
from a publication date that is itself inferred says that too; an approximate or
uncertain date says it in the same parenthesis as the rest (REVIEW: one parenthesis,
notes joined by «·»).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel

from .. import dates
from ..checks import QuoteFinder
from ..labels import label
from ..model import Basis, Citation, FactBase, Source, Text, When, citations


@dataclass(frozen=True)
class DateMarks:
    """How a date is known, beyond its days."""

    basis: Basis
    approximate: bool = False
    uncertain: bool = False
    open_start: bool = False  # an open or unknown start: no earlier day is known
    open_end: bool = False  # an open or unknown end
    # relative, counted from a publication date that is not itself stated by the source
    publication_inferred: bool = False

    @property
    def inferred(self) -> bool:
        return self.basis == "inferred"

    @property
    def stated_by_the_sources(self) -> bool:
        """The day is what the sources say: stated, or counted from a stated publication."""
        return self.basis == "stated" or (
            self.basis == "relative" and not self.publication_inferred
        )

    def names(self) -> list[str]:
        """The marks as words for data files: approximate, uncertain, open-start, open-end,
        inferred, publication-inferred (the basis itself is a field of its own)."""
        found = [
            ("approximate", self.approximate),
            ("uncertain", self.uncertain),
            ("open-start", self.open_start),
            ("open-end", self.open_end),
            ("inferred", self.inferred),
            ("publication-inferred", self.publication_inferred),
        ]
        return [name for name, present in found if present]


@dataclass(frozen=True)
class DateWords:
    """A date in words: the date itself, and its notes for one parenthesis."""

    text: str
    notes: tuple[str, ...]
    separator: str = "· "  # between notes: «·» in Greek, ";" in English
    # the source's own words among the notes, as shown, with their language: marked as
    # such on a page in another language (renderer.short_date)
    foreign: tuple[tuple[str, str], ...] = ()

    def short(self) -> str:
        """As a list, a heading or a tooltip shows it: «30 Αυγούστου 2023 (η πηγή γράφει «…»)»."""
        return f"{self.text} ({self.separator.join(self.notes)})" if self.notes else self.text

    def in_one_language(self, language: str) -> DateWords:
        """Without the notes that quote words in another language than `language`: for
        plain text that cannot mark a language (a picture's tooltip)."""
        other = [piece for piece, spoken in self.foreign if spoken != language]
        if not other:
            return self
        notes = tuple(n for n in self.notes if not any(piece in n for piece in other))
        return DateWords(self.text, notes, self.separator)


class Dating:
    """Says the dates of one fact base: each date's marks and words, worked out once."""

    def __init__(self, facts: FactBase, quotes: QuoteFinder | None = None) -> None:
        self.facts = facts
        self.quotes = quotes or QuoteFinder(facts.source_texts)
        self._anchors: dict[tuple[tuple[str, ...], str], Source | None] = {}
        # Dates repeat, and the same records are asked about from many pages: each record's
        # cited sources and each date's marks are worked out once.
        self._cited: dict[int, tuple[object, tuple[str, ...]]] = {}
        self._marks: dict[tuple[object, ...], DateMarks] = {}
        self._marks_of_when: dict[int, tuple[When, DateMarks]] = {}

    def anchor(self, when: When, cited: Iterable[str]) -> Source | None:
        """The source a relative date is counted from: the first of the sources cited that
        has the date's wording (else the first cited)."""
        cited = tuple(dict.fromkeys(s for s in cited if s in self.facts.sources))
        wording = when.wording.el if when.wording is not None else ""
        key = (cited, wording)
        if key not in self._anchors:
            having = [s for s in cited if wording and self.quotes.has_words([s], wording)]
            chosen = [*having, *cited]
            self._anchors[key] = self.facts.sources[chosen[0]] if chosen else None
        return self._anchors[key]

    def marks(self, when: When, record: object) -> DateMarks:
        """The marks of a date written in `record` (an event, claim, response, role, source)."""
        # A date is asked about from many pages: the same object gives the same marks.
        known = self._marks_of_when.get(id(when))
        if known is not None and known[0] is when:
            return known[1]
        marks = self._marks_for(when, record)
        self._marks_of_when[id(when)] = (when, marks)
        return marks

    def _marks_for(self, when: When, record: object) -> DateMarks:
        anchor = None
        if when.basis == "relative":
            anchor = self.anchor(when, self.cited(record))
        key = (when.edtf, when.basis, anchor.id if anchor else None)
        marks = self._marks.get(key)
        if marks is None:
            marks = self._marks[key] = marks_of(when, anchor)
        return marks

    def cited(self, record: object) -> tuple[str, ...]:
        """The sources a record cites, in order (a source: itself)."""
        if isinstance(record, Source):
            return (record.id,)
        known = self._cited.get(id(record))
        if known is None or known[0] is not record:  # an id is only unique while alive
            sources = tuple(dict.fromkeys(c.source for c in _citations_of(record)))
            known = self._cited[id(record)] = (record, sources)
        return known[1]

    def words(self, when: When, record: object, language: str) -> DateWords:
        wording_language = "el"
        if when.wording is not None:
            anchor = self.anchor(when, self.cited(record))
            wording_language = anchor.language if anchor is not None else "el"
        return _words(
            when.edtf,
            when.basis,
            when.wording,
            self.marks(when, record),
            language,
            wording_language,
        )


def _citations_of(record: object) -> list[Citation]:
    return citations(record) if isinstance(record, BaseModel) else []


def marks_of(when: When, anchor: Source | None = None) -> DateMarks:
    """The marks of a date; anchor: the source a relative date is counted from."""
    publication_inferred = (
        when.basis == "relative"
        and anchor is not None
        and anchor.published.basis in ("inferred", "relative")
    )
    if when.edtf is None:
        return DateMarks(when.basis, publication_inferred=publication_inferred)
    parsed = dates.parse(when.edtf)
    return DateMarks(
        when.basis,
        approximate=parsed.approximate,
        uncertain=parsed.uncertain,
        open_start=parsed.bounds.lower is None,
        open_end=parsed.bounds.upper is None,
        publication_inferred=publication_inferred,
    )


@functools.lru_cache(maxsize=65536)
def _words(
    edtf: str | None,
    basis: Basis,
    wording: Text | None,
    marks: DateMarks,
    language: str,
    wording_language: str = "el",
) -> DateWords:
    return words_of(
        When(edtf=edtf, basis=basis, wording=wording), marks, language, wording_language
    )


def words_of(
    when: When, marks: DateMarks, language: str, wording_language: str = "el"
) -> DateWords:
    """The date in words with its notes: the qualifier, whether the editors inferred it, the
    source's own words, and whether it is counted from an inferred publication date."""
    if when.edtf is None:
        return DateWords(label("basis.not-stated", language), ())
    text, qualifier = dates.say_parts(when.edtf, language)
    notes = [qualifier] if qualifier else []
    if marks.inferred:
        notes.append(label("date.inferred", language))
    foreign: tuple[tuple[str, str], ...] = ()
    if when.wording is not None:
        shown = wording_shown(when, language, wording_language)
        notes.append(f"{label('date.wording', language)} {shown}")
        foreign = ((quoted(when.wording.el, wording_language), wording_language),)
    if marks.publication_inferred:
        notes.append(label("date.publication_inferred", language))
    return DateWords(text, tuple(notes), label("date.separator", language), foreign)


def wording_shown(when: When, language: str, wording_language: str = "el") -> str:
    """The source's words for a date, in quotation marks (its own, verbatim: the Greek text
    of the wording); on a page in another language, followed by the translation."""
    assert when.wording is not None
    shown = quoted(when.wording.el, wording_language)
    translated = getattr(when.wording, language, None) if language != "el" else None
    if translated and translated != when.wording.el:
        shown += f" (“{translated}”)"
    return shown


# Quotation marks per language: outer, then inner (a quotation inside a quotation). The
# marks follow the language of the words inside them, not the page's (language review §1.4).
QUOTATION_MARKS = {"el": ("«", "»", "“", "”"), "en": ("“", "”", "‘", "’")}


@functools.lru_cache(maxsize=65536)
def quoted(words: str, language: str = "el") -> str:
    """Words in their language's quotation marks («…» in Greek, the quotations inside them
    in “…”; “…” and ‘…’ in English), as the editors or the source typed them."""
    opening, closing, inner_opening, inner_closing = QUOTATION_MARKS.get(
        language, QUOTATION_MARKS["el"]
    )
    if not any(mark in words for mark in "«»“”‘’"):
        return opening + words + closing
    inner = []
    depth = 0
    for character in words:
        if character in "«“":
            inner.append(inner_opening if depth == 0 else "‘")
            depth += 1
        elif character in "»”" and depth:
            depth -= 1
            inner.append(inner_closing if depth == 0 else "’")
        else:
            inner.append(character)
    return opening + "".join(inner) + closing
