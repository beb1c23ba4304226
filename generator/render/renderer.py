"""The renderer of one site: what every page shares, worked out once for all of them.

It holds the checked fact base, its cross-links, the settings and the template
environment, and says what reads the same on every page: labels, texts, record names,
dates in words, the footer naming the files a page is made from. It keeps no page of its
own: a page is rendered with a Page (page.py), which makes the links relative to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import dates
from ..crosslink import ChroniclePage, DateWords, Links, cross_link, quoted
from ..labels import label
from ..model import RECORD_KINDS, FactBase, Prose, Text, When, citations
from . import markdown
from .environment import Md, environment


@dataclass(frozen=True)
class Settings:
    language: str = "el"
    # the default edition's: the language editors write in; other editions mark what is not
    # yet translated
    default_language: str = "el"
    edit_base: str | None = (
        None  # e.g. https://github.com/ORG/REPO/edit/main/ ; None: no edit links
    )
    content_prefix: str = "content"  # the content folder as the repository knows it
    # content file -> ISO day of its last committed change; empty (no history, as when the
    # site is built from an archive): every page says that the date is not available
    last_changed: dict[str, str] = field(default_factory=dict)
    site_name: str = ""  # the home page's heading; empty: the story's title
    site_url: str = ""  # the published address, for the page's address in an error report
    repo_url: str = ""  # the methodology page links to it
    report_error: str = ""  # «Βρήκατε λάθος;»: a mailto: address or an issue form's URL


class Renderer:
    def __init__(self, facts: FactBase, settings: Settings, links: Links | None = None) -> None:
        self.facts = facts
        self.settings = settings
        self.language = settings.language
        self.links = links if links is not None else cross_link(facts)
        # Names, labels and dates repeat on many pages: each is escaped once per build.
        self._labels: dict[str, Md] = {}
        self._names: dict[str, Md] = {}
        self._days: dict[tuple[object, ...], Md] = {}
        # (record, folder of a page) -> the record's name linked from a page there: the
        # same from every page in one folder (see Page.link).
        self.named_links: dict[tuple[str, str], Md] = {}
        self.from_sources: dict[str, str] = {}  # source -> «Από το άρθρο «…»»
        self._fell_back = False  # whether plain_name fell back to Greek (see name)
        # (source, quote) -> the editors' translation into this edition's language
        self.translations: dict[tuple[str, str], str] = {}
        everything = [facts.story, *(r for k in RECORD_KINDS for r in getattr(facts, k).values())]
        for citation in (c for record in everything for c in citations(record)):
            translated = (
                getattr(citation.translation, self.language, None) if citation.translation else None
            )
            if translated:
                self.translations.setdefault((citation.source, citation.quote), translated)
        self.env = environment(
            {
                "facts": facts,
                "links": self.links,
                "label": self.label,
                "t": self.t,
                "p": self.p,
                "name": self.name,
                "short_date": self.short_date,
                "day": self.day,
                "quoted": self.quoted,
                "plain": self.plain,
                "heading": self.heading,
                "period": self.period,
            }
        )

    # ---- texts, names and dates, the same on every page ----

    def label(self, key: str) -> Md:
        shown = self._labels.get(key)
        if shown is None:
            shown = self._labels[key] = Md(markdown.text(label(key, self.language)))
        return shown

    def t(self, value: Text | None) -> Md:
        if value is None:
            return Md("")
        shown = getattr(value, self.language, None)
        if shown is None:
            return self.untranslated(markdown.text(value.el))
        return Md(markdown.text(shown))

    def p(self, value: Prose | None) -> Md:
        if value is None:
            return Md("")
        shown = getattr(value, self.language, None)
        if shown is None:
            return self.untranslated(markdown.prose(value.el))
        return Md(markdown.prose(shown))

    def untranslated(self, greek: str) -> Md:
        """A text shown in Greek on a page in another language: marked as Greek, and as not
        yet translated."""
        return Md(f"{markdown.in_language(greek, 'el')} ({self.label('translation.missing')})")

    def foreign(self, shown: str, language: str) -> str:
        """Markdown in `language`, marked as such on a page in another language."""
        return shown if language == self.language else markdown.in_language(shown, language)

    def name(self, record_id: str) -> Md:
        """A record's name as text (no link); one without words in the page's language is
        shown in Greek, marked (untranslated)."""
        shown = self._names.get(record_id)
        if shown is None:
            self._fell_back = False
            plain = markdown.text(self.plain_name(record_id))
            shown = self.untranslated(plain) if self._fell_back else Md(plain)
            self._names[record_id] = shown
        return shown

    def plain_name(self, record_id: str) -> str:
        """A record's name as plain text (not Markdown), as the pictures need it."""
        facts = self.facts
        lang = self.language
        if record_id in facts.actors:
            return self._in(facts.actors[record_id].name, lang)
        if record_id in facts.events:
            return self._in(facts.events[record_id].title, lang)
        if record_id in facts.claims:
            claim = facts.claims[record_id]
            said = self._in(claim.title, lang) if claim.title else self._in(claim.statement, lang)
            return f"{self.plain_name(claim.claimant)}: {said}"
        if record_id in facts.responses:
            response = facts.responses[record_id]
            return f"{label('response.' + response.type, lang)}: {self.plain_name(response.by)}"
        if record_id in facts.sources:
            return self._in(facts.sources[record_id].title, lang)
        if record_id in facts.background:
            return self._in(facts.background[record_id].title, lang)
        if record_id in facts.corrections:
            correction = facts.corrections[record_id]
            return f"{dates.say(correction.date, lang)}: {self._in(correction.summary, lang)}"
        if record_id == "story":
            return label("kind.story", lang)
        return record_id

    def _in(self, value: Text, language: str) -> str:
        shown = getattr(value, language, None)
        if shown is None:
            self._fell_back = True  # name() marks the name as Greek
            return value.el
        return str(shown)

    def heading(self, record_id: str) -> Md:
        """A short heading for a record in a list of mixed kinds: kind and who, or the title."""
        facts = self.facts
        lang = self.language
        if record_id in facts.claims:
            claim = facts.claims[record_id]
            if claim.title is None:  # the statement may be long: keep the heading short
                claimant = self.plain_name(claim.claimant)
                return Md(markdown.text(f"{label('kind.claim', lang)}: {claimant}"))
        return self.name(record_id)

    def period(self, page: ChroniclePage) -> str:
        """What a part of a dated list covers, in words: 2023, March 2023, undated (2)."""
        if not page.year:
            undated = label("undated", self.language)
            return f"{undated} ({page.part})" if page.part else undated
        if page.part:
            return dates.say(f"{page.year}-{page.part}", self.language)
        return page.year

    def date_words(self, value: When, record: object) -> DateWords:
        """The date and its notes, as every page, picture and data file says it (dating.py)."""
        return self.links.date_words(value, record, self.language)

    def short_date(
        self, value: When, record: object, start: bool = False, heading: bool = False
    ) -> Md:
        """A date with its marks in one parenthesis, for headings, lists and link texts;
        start: it begins a heading or a list item (a capital letter); heading: without the
        source's words in another language than the page's (a table of contents shows a
        heading as plain text, which cannot say what language its words are in)."""
        marks = self.links.dating.marks(value, record) if self.links.dating else None
        key = (
            value.edtf,
            value.basis,
            value.wording,
            marks.publication_inferred if marks else False,
            start,
            heading,
        )
        shown = self._days.get(key)
        if shown is None:
            words = self.date_words(value, record)
            if heading:
                words = words.in_one_language(self.language)
            text = words.short()
            if start:
                text = text[:1].upper() + text[1:]
            made = markdown.text(text)
            for piece, language in words.foreign:
                if language != self.language:
                    escaped = markdown.text_within(piece)
                    made = made.replace(escaped, markdown.in_language(escaped, language))
            shown = self._days[key] = Md(made)
        return shown

    def day(self, edtf: str) -> Md:
        """A day the editors record themselves (a retrieval, a correction), in words."""
        return Md(markdown.text(dates.say(edtf, self.language)))

    def plain(self, value: Text) -> str:
        """A text in the site's language as plain text (not yet Markdown)."""
        return getattr(value, self.language, None) or value.el

    def quoted(self, words: str, language: str | None = None) -> Md:
        """Words in quotation marks, their inner quotations in the inner marks: those of
        `language` (the words' own; default: the page's)."""
        return Md(markdown.text(quoted(words, language or self.language)))

    def files_of(self, *kinds: str) -> list[str]:
        """The content files that hold the records of these kinds."""
        files: list[str] = []
        for kind in kinds:
            files.extend(f for f in self.links.files_of_kind.get(kind, []) if f not in files)
        return files


def named_after(facts: FactBase, record_ids: set[str]) -> set[str]:
    """These records and every record whose name is made with one of theirs, as plain_name
    makes names: a claim's holds its claimant's name, a response's that of who answers."""
    named = set(record_ids)
    named.update(c.id for c in facts.claims.values() if c.claimant in record_ids)
    named.update(r.id for r in facts.responses.values() if r.by in record_ids)
    return named
