"""Rules that span fields and records: references, quotes, dates and their honesty, chronology,
and that nothing shown asserts more than the records support.

Every rule reports every breach it finds, each at the field to fix.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from . import dates
from .model import (
    RECORD_KINDS,
    RECORD_NAMES,
    AnswerLink,
    Citation,
    Claim,
    Correction,
    Event,
    FactBase,
    Origin,
    Prose,
    Relation,
    Response,
    Source,
    Stated,
    Text,
    When,
    citations,
    parts,
    standings,
)
from .model.standing import unsupported
from .problems import Problems, did_you_mean

KIND_NAMES = RECORD_NAMES
# In prose: where a link's address starts, the address as far as it goes (one level of
# brackets, as in javascript:alert(1)), and what the renderer accepts as a link address.
LINK_START = re.compile(r"\]\(")
LINK_TARGET = re.compile(r"\s*((?:[^()\s]|\([^()\s]*\))*)")
WEB_LINK = re.compile(r"https?://[^\s()<>\"'`]+\)")
IMAGE = re.compile(r"!\[[^\]\n]*\]\(")
HTML = re.compile(r"<[A-Za-z!/?][^\s<>]*>?")
# What 'by' does to 'to', for the hint when a relation joins an actor to itself.
RELATION_VERBS = {
    "supplies": "supplies",
    "meets": "meets",
    "writes-to": "writes to",
    "sides-with": "sides with",
}
# A quote shorter than this (after spaces are made single) identifies no passage: one or two
# short words («η», «της Δύσης», "on Monday") occur all over any text. With the rule that a
# quote occurs once in its source, it keeps provenance from resting on a word or two.
MIN_QUOTE_CHARACTERS = 12
MIN_QUOTE_WORDS = 2


def check(facts: FactBase, problems: Problems) -> None:
    quotes = QuoteFinder(facts.source_texts)
    records = _records_by_id(facts)
    primary = facts.story.primary_source
    for record_id, origin in [("story", facts.story_origin), *facts.origins.items()]:
        record = facts.story if record_id == "story" else records[record_id]
        shown: list[tuple[tuple[str | int, ...], Text]] = []  # texts showing sources' words
        for path, part in _walk_checked(record):
            if isinstance(part, Citation):
                _check_citation(facts, quotes, origin, path, part, problems)
            elif isinstance(part, When):
                _check_when(origin, path, part, primary, problems)
            elif isinstance(part, Stated):
                _check_stated(origin, path, part, primary, problems)
            elif isinstance(part, Text):
                if isinstance(part, Prose):
                    _check_prose(origin, path, part, problems)
                if (path and path[-1] in QUOTED_FIELDS) or _ANY_MARK.search(part.el):
                    shown.append((path, part))
        if shown:
            sources = _sources_behind(facts, record, records)
            _check_quoted_words(quotes, origin, shown, sources, problems)
    _check_references(facts, problems)
    _check_sources(facts, problems)
    _check_answers(facts, quotes, problems)
    _check_reported_after_publication(facts, problems)
    _check_claim_status(facts, problems)


def _records_by_id(facts: FactBase) -> dict[str, BaseModel]:
    """Every record by its id, built once (kind_of tries each kind in turn)."""
    records: dict[str, BaseModel] = {}
    for kind in reversed(RECORD_KINDS):  # so that, as in kind_of, the first kind wins
        records.update(getattr(facts, kind))
    return records


# The parts check() looks at; the walk for it leaves out the others (texts, relations),
# more than half of all parts.
CHECKED_PARTS = (Citation, When, Stated, Text)


def _walk_checked(model: BaseModel) -> Iterator[tuple[tuple[str | int, ...], BaseModel]]:
    """Like walk, but only the parts of CHECKED_PARTS kinds."""
    return parts(model, (), CHECKED_PARTS)


# --- references ---------------------------------------------------------------------------


def _check_references(facts: FactBase, problems: Problems) -> None:
    def refer(origin: Origin, path: tuple[str | int, ...], target: str | None, kind: str) -> None:
        if target is None or target in getattr(facts, kind) or not _can_dangle(facts, target):
            return
        actual = facts.kind_of(target)
        name = KIND_NAMES[kind]
        if actual is not None:
            message = f"'{target}' is {_article(KIND_NAMES[actual])}, not {_article(name)}"
            hint = f"name {_article(name)} id here"
        else:
            message = f"no {name} has the id '{target}'"
            hint = (
                did_you_mean(target, getattr(facts, kind)) or f"add the {name}, or correct the id"
            )
        problems.add(origin.locate(*path), origin.field(*path), message, hint)

    def refer_relations(origin: Origin, relations: list[Relation]) -> None:
        for index, relation in enumerate(relations):
            refer(origin, ("relations", index, "by"), relation.by, "actors")
            refer(origin, ("relations", index, "to"), relation.to, "actors")
            if relation.by == relation.to:
                path = ("relations", index, "to")
                problems.add(
                    origin.locate(*path),
                    origin.field(*path),
                    f"'by' and 'to' name the same actor, '{relation.by}'",
                    "a relation joins two actors: write in 'to' the one "
                    f"'{relation.by}' {RELATION_VERBS[relation.type]}",
                )

    story_origin = facts.story_origin
    refer(story_origin, ("primary_source",), facts.story.primary_source, "sources")
    for index, point in enumerate(facts.story.intro):
        refer(story_origin, ("intro", index, "claim"), point.claim, "claims")
    for actor in facts.actors.values():
        origin = facts.origins[actor.id]
        for index, role in enumerate(actor.roles):
            refer(origin, ("roles", index, "of"), role.of, "actors")
    for event in facts.events.values():
        origin = facts.origins[event.id]
        for index, actor_id in enumerate(event.participants):
            refer(origin, ("participants", index), actor_id, "actors")
        refer_relations(origin, event.relations)
    for claim in facts.claims.values():
        origin = facts.origins[claim.id]
        refer(origin, ("claimant",), claim.claimant, "actors")
        refer(origin, ("speaker",), claim.speaker, "actors")
        for index, actor_id in enumerate(claim.about):
            refer(origin, ("about", index), actor_id, "actors")
        refer(origin, ("occasion",), claim.occasion, "events")
        refer_relations(origin, claim.relations)
    for response in facts.responses.values():
        origin = facts.origins[response.id]
        refer(origin, ("by",), response.by, "actors")
        refer(origin, ("speaker",), response.speaker, "actors")
        for index, answer in enumerate(response.answers):
            if isinstance(answer, str):
                refer(origin, ("answers", index), answer, "claims")
            else:
                refer(origin, ("answers", index, "claim"), answer.claim, "claims")
        for index, actor_id in enumerate(response.addressed_to):
            refer(origin, ("addressed_to", index), actor_id, "actors")
    for section in facts.background.values():
        origin = facts.origins[section.id]
        for index, point in enumerate(section.points):
            refer(origin, ("points", index, "claim"), point.claim, "claims")
    for correction in facts.corrections.values():
        origin = facts.origins[correction.id]
        for index, record_id in enumerate(correction.records):
            if facts.kind_of(record_id) is None:
                problems.add(
                    origin.locate("records", index),
                    origin.field("records", index),
                    f"no record has the id '{record_id}'",
                    did_you_mean(record_id, facts.origins)
                    or "name the id of the record you corrected",
                )
        _check_correction_day(origin, correction.date, problems)


def _can_dangle(facts: FactBase, target: str) -> bool:
    """False when the target may be a record whose own problems are already reported."""
    return facts.complete and target not in facts.unreadable_ids


def _check_correction_day(origin: Origin, edtf: str, problems: Problems) -> None:
    if not _is_one_day(edtf):
        problems.add(
            origin.locate("date"),
            origin.field("date"),
            f"a correction is dated to one day, not '{edtf}'",
            'write the day it was made, e.g. "2023-09-01"',
        )


def _is_one_day(edtf: str) -> bool:
    try:
        parsed = dates.parse(edtf)
    except dates.DateError:
        return True  # reported by the model
    bounds = parsed.bounds
    return bounds.lower is not None and bounds.lower == bounds.upper and not parsed.uncertain


def _article(noun: str) -> str:
    return ("an " if noun[0] in "aeio" else "a ") + noun


# --- quotes -------------------------------------------------------------------------------

# Quotation marks of every kind, folded to one pair for comparing: an editor may type
# “…” where the source has «…», and a quotation within a quotation is shown with the
# other pair. Every mark is one character, as its replacement: positions do not move.
_MARKS = str.maketrans({"“": "«", "„": "«", "‟": "«", "”": "»"})
_FOLDED_MARK = re.compile("[“„‟”]")
_ANY_MARK = re.compile("[«»“„‟”]")


def normalise(text: str) -> str:
    """Compare texts as readers see them: NFC, and any run of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold_marks(text: str) -> str:
    """The text with every opening quotation mark as « and every closing one as »."""
    # str.translate walks every character; most texts have no mark to fold.
    return text.translate(_MARKS) if _FOLDED_MARK.search(text) else text


@dataclass(frozen=True)
class Found:
    """Where a quote is in its source's text: every start (in the normalised text)."""

    starts: tuple[int, ...]
    length: int


class QuoteFinder:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = {source_id: normalise(text) for source_id, text in texts.items()}
        self.raw = texts
        self._folded: dict[str, str] = {}
        self._found: dict[tuple[str, str], Found] = {}

    def folded(self, source_id: str) -> str:
        text = self._folded.get(source_id)
        if text is None:
            text = self._folded[source_id] = fold_marks(self.texts[source_id])
        return text

    def find(self, source_id: str, quote: str) -> Found:
        """Every place the quote occurs in the source (overlapping ones too), once per quote."""
        wanted = fold_marks(normalise(quote))
        key = (source_id, wanted)
        found = self._found.get(key)
        if found is None:
            text = self.folded(source_id)
            starts = []
            at = text.find(wanted) if wanted else -1
            while at >= 0:
                starts.append(at)
                at = text.find(wanted, at + 1)
            found = self._found[key] = Found(tuple(starts), len(wanted))
        return found

    def contains(self, source_id: str, quote: str) -> bool:
        return bool(self.find(source_id, quote).starts)

    def span(self, source_id: str, citation: Citation) -> tuple[int, int] | None:
        """The passage a citation identifies, as (start, end) in the normalised text: None if
        the quote is not there, or is there more than once and says not which."""
        if source_id not in self.texts:
            return None
        found = self.find(source_id, citation.quote)
        index = (citation.occurrence or 1) - 1
        if not found.starts or index >= len(found.starts):
            return None
        if citation.occurrence is None and len(found.starts) > 1:
            return None
        return found.starts[index], found.starts[index] + found.length

    def has_words(self, source_ids: Iterable[str], words: str) -> bool:
        """Whether one of the sources has these words (pieces around an ellipsis … in order)."""
        pieces = [p for p in (normalise(part) for part in words.split("…")) if p]
        for source_id in source_ids:
            if source_id not in self.texts:
                continue
            text, at = self.folded(source_id), 0
            for piece in pieces:
                at = text.find(fold_marks(piece), at)
                if at < 0:
                    break
                at += len(piece)
            else:
                return True
        return False

    def places(self, source_id: str, quote: str) -> list[tuple[int, int, str]]:
        """(line, column, the passage around it) of each occurrence, in the text file."""
        words = fold_marks(unicodedata.normalize("NFC", quote)).split()
        text = fold_marks(unicodedata.normalize("NFC", self.raw[source_id]))
        pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
        found = []
        at = 0
        while (match := pattern.search(text, at)) is not None:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            found.append((line, column, _around(text, match.start(), match.end())))
            at = match.start() + 1
        return found

    def closest(self, source_id: str, quote: str) -> str:
        """The passage of the source most like the quote, as long as the quote."""
        return self.closest_in([source_id], quote)[0]

    def closest_in(self, source_ids: Iterable[str], quote: str) -> tuple[str, float]:
        """The passage most like the quote in any of the sources, and how like it is (0–1)."""
        wanted = normalise(quote)
        size = max(1, len(wanted.split(" ")))
        best, best_score = "", -1.0
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        for source_id in source_ids:
            if source_id not in self.texts:
                continue
            words = self.texts[source_id].split(" ")
            for start in range(max(1, len(words) - size + 1)):
                candidate = " ".join(words[start : start + size])
                matcher.set_seq1(candidate)
                if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                    continue
                score = matcher.ratio()
                if score > best_score:
                    best, best_score = candidate, score
        return best, best_score


def _around(text: str, start: int, end: int, context: int = 4) -> str:
    """The passage with a few words either side, on one line, for a message; a long quote
    is shortened in the middle."""
    words_before = list(_WORD.finditer(text, 0, start))[-context:]
    words_after = list(_WORD.finditer(text, end))[:context]
    middle = text[start:end].split()
    if len(middle) > 8:
        middle = [*middle[:5], "…", *middle[-2:]]
    before = " ".join(text[words_before[0].start() : start].split()) if words_before else ""
    after = " ".join(text[end : words_after[-1].end()].split()) if words_after else ""
    shown = " ".join(middle)
    if before:
        shown = "…" + before + " " + shown
    if after:
        shown += ("" if after[0] in ",.;:·»)" else " ") + after + "…"
    return shown


_WORD = re.compile(r"\S+")


def unbalanced(quote: str) -> tuple[str, str] | None:
    """('ends', the quotation left open) or ('starts', the quotation closed but not opened)
    when the quote cuts a quotation of its source in two; None when its marks pair up."""
    if not _ANY_MARK.search(quote):
        return None
    text = fold_marks(normalise(quote))
    depth = 0
    opened: list[int] = []
    for index, character in enumerate(text):
        if character == "«":
            depth += 1
            opened.append(index)
        elif character == "»":
            if depth == 0:
                return "starts", text[: index + 1]
            depth -= 1
            opened.pop()
    if depth:
        return "ends", text[opened[0] :]
    return None


def _check_citation(
    facts: FactBase,
    quotes: QuoteFinder,
    origin: Origin,
    path: tuple[str | int, ...],
    citation: Citation,
    problems: Problems,
) -> None:
    def say(field: str, message: str, hint: str) -> None:
        problems.add(origin.locate(*path, field), origin.field(*path, field), message, hint)

    if citation.source not in facts.sources:
        if not _can_dangle(facts, citation.source):
            return
        hint = did_you_mean(citation.source, facts.sources) or "add the source, or correct the id"
        say("source", f"no source has the id '{citation.source}'", hint)
        return
    shown = normalise(citation.quote)
    if len(shown) < MIN_QUOTE_CHARACTERS or len(shown.split(" ")) < MIN_QUOTE_WORDS:
        say(
            "quote",
            f"the quote «{shown}» is too short to identify a passage ({len(shown)} "
            f"character{'s' if len(shown) != 1 else ''}; at least {MIN_QUOTE_CHARACTERS} "
            f"characters and {MIN_QUOTE_WORDS} words)",
            "quote more of the sentence it comes from",
        )
        return
    cut = unbalanced(citation.quote)
    if cut is not None:
        where, passage = cut
        if where == "ends":
            say(
                "quote",
                f"the quote ends inside the source's quotation {passage}…»",
                "extend it to the closing » or stop before the opening «",
            )
        else:
            say(
                "quote",
                f"the quote starts inside the source's quotation «…{passage}",
                "start it at the opening « or after the closing »",
            )
    if citation.source not in quotes.texts:
        return  # the source's text could not be read; that is reported on the source
    found = quotes.find(citation.source, citation.quote)
    if not found.starts:
        closest = quotes.closest(citation.source, citation.quote)
        say(
            "quote",
            f"the quote is not in the text of source '{citation.source}'",
            f"copy it exactly; the closest passage is: «{closest}»",
        )
        return
    count = len(found.starts)
    text_file = facts.sources[citation.source].text_file
    if citation.occurrence is not None and citation.occurrence > count:
        say(
            "occurrence",
            f"occurrence {citation.occurrence}, but the quote occurs "
            f"{_times(count)} in {text_file}",
            f"write occurrence: 1{f' to {count}' if count > 1 else ''}, or remove it",
        )
    elif citation.occurrence is None and count > 1:
        places = quotes.places(citation.source, citation.quote)
        shown_places = "; ".join(f"{line}:{column} «{text}»" for line, column, text in places)
        say(
            "quote",
            f"the quote occurs {_times(count)} in {text_file} ({shown_places})",
            "quote more of the passage you mean, so that it occurs once, or say which one "
            "it is: occurrence: 1 for the first",
        )


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


# --- quotation marks around the sources' words ----------------------------------------------


# Texts shown in quotation marks as a whole: the source's words for a date, and for what a
# response answers.
QUOTED_FIELDS = ("wording", "answers_what")


def _check_quoted_words(
    quotes: QuoteFinder,
    origin: Origin,
    shown: list[tuple[tuple[str | int, ...], Text]],
    sources: list[str],
    problems: Problems,
) -> None:
    """Words shown in quotation marks are the sources' own: every «…» in a Greek text, the
    source's wording of a date, and a response's words for what it answers must be in a
    source the record cites (pieces around an ellipsis … in order)."""
    if any(source_id not in quotes.texts for source_id in sources):
        return  # a text that could not be read (reported there) may hold the words
    for path, part in shown:
        field = path[-1] if path else ""
        if field in QUOTED_FIELDS:
            if not quotes.has_words(sources, part.el):
                closest, _ = quotes.closest_in(sources, part.el)
                what = "the source's words" if field == "wording" else "the words"
                problems.add(
                    origin.locate(*path, "el"),
                    origin.field(*path, "el"),
                    f"{what} «{part.el}» are not in the sources this record cites",
                    "copy them exactly from the source: they are shown in quotation marks; "
                    f"the closest passage is: «{closest}»",
                )
            continue
        spans, stray = _quoted_spans(part.el)
        for span in spans:
            if not quotes.has_words(sources, span):
                closest, _ = quotes.closest_in(sources, span)
                problems.add(
                    origin.locate(*path, "el"),
                    origin.field(*path, "el"),
                    f"the words in quotation marks «{span}» are not in the sources this "
                    "record cites",
                    "quote the source's exact words, or write your own without quotation marks; "
                    f"the closest passage is: «{closest}»",
                )
        if stray:
            problems.add(
                origin.locate(*path, "el"),
                origin.field(*path, "el"),
                f"a quotation mark {stray} has no {'closing »' if stray == '«' else 'opening «'}",
                "close the quotation, or remove the mark",
            )


def _quoted_spans(text: str) -> tuple[list[str], str]:
    """The outermost «…» spans of a text (inner quotations stay in them), and a mark left
    unpaired ('«' or '»'; '' when every mark pairs up)."""
    folded = fold_marks(text)
    spans: list[str] = []
    depth, start = 0, 0
    for index, character in enumerate(folded):
        if character == "«":
            if depth == 0:
                start = index + 1
            depth += 1
        elif character == "»":
            if depth == 0:
                return spans, "»"
            depth -= 1
            if depth == 0:
                spans.append(text[start:index])
    return spans, "«" if depth else ""


def _sources_behind(facts: FactBase, record: BaseModel, records: dict[str, BaseModel]) -> list[str]:
    """The sources whose words a record may show in quotation marks: those it cites (a
    correction: those the corrected records cite; a source: itself too)."""
    cited = [citation.source for citation in citations(record)]
    if isinstance(record, Correction):
        for record_id in record.records:
            corrected = records.get(record_id)
            if corrected is not None:
                cited += [citation.source for citation in citations(corrected)]
    if isinstance(record, Source):
        cited.insert(0, record.id)
    return list(dict.fromkeys(cited))


# --- dates and what we know ---------------------------------------------------------------


def _check_when(
    origin: Origin, path: tuple[str | int, ...], when: When, primary: str, problems: Problems
) -> None:
    def say(field: str, message: str, hint: str) -> None:
        problems.add(origin.locate(*path, field), origin.field(*path, field), message, hint)

    if when.basis == "not-stated":
        if when.edtf is not None:
            say(
                "edtf",
                "a date is given but basis is not-stated",
                "remove edtf, or set basis to stated, relative or inferred",
            )
        return
    if when.edtf is None:
        say(
            "edtf",
            f"basis is {when.basis} but no date is given",
            'add edtf: "…", or set basis: not-stated',
        )
    if when.basis == "relative" and when.wording is None:
        say(
            "wording",
            "a relative date needs the source's own words",
            'add wording: {el: "…"} as the source says it',
        )
    if when.basis == "inferred" and when.reasoning is None:
        say(
            "reasoning",
            "an inferred date needs its reasoning",
            'add reasoning: {el: "…"} saying how it was worked out',
        )
    if when.basis == "inferred":
        _check_outside_cite(say, "date", when.cite, primary)


def _check_outside_cite(
    say: Callable[[str, str, str], None], what: str, cite: list[Citation], primary: str
) -> None:
    """An inferred date or value rests on knowledge from outside the story's primary source:
    it names that source and quotes the passage, as every other fact does."""
    if not cite:
        say(
            "basis",
            f"an inferred {what} must cite the outside source it is inferred from",
            'add cite: [{source: ID, quote: "…"}] naming a source other than '
            f"'{primary}', or set basis: not-stated",
        )
    elif all(citation.source == primary for citation in cite):
        say(
            "cite",
            f"an inferred {what} must cite the outside source it is inferred from, not only "
            f"'{primary}'",
            "add a citation of the source it is inferred from, or set basis: not-stated",
        )


def _check_stated(
    origin: Origin, path: tuple[str | int, ...], stated: Stated, primary: str, problems: Problems
) -> None:
    def say(field: str, message: str, hint: str) -> None:
        problems.add(origin.locate(*path, field), origin.field(*path, field), message, hint)

    if stated.basis == "not-stated":
        if stated.value is not None:
            say(
                "value",
                "a value is given but basis is not-stated",
                "remove value, or set basis: stated",
            )
        return
    if stated.value is None:
        say(
            "value",
            f"basis is {stated.basis} but no value is given",
            'add value: "…", or set basis: not-stated',
        )
    if stated.basis == "inferred" and stated.reasoning is None:
        say("reasoning", "an inferred value needs its reasoning", 'add reasoning: {el: "…"}')
    if stated.basis == "inferred":
        _check_outside_cite(say, "value", stated.cite, primary)
    if path and path[-1] == "url" and stated.value is not None and not _is_web_url(stated.value):
        say(
            "value",
            f"'{stated.value}' is not a web address (http:// or https://)",
            "write the address as a browser shows it, starting with https://",
        )


def _is_web_url(text: str) -> bool:
    return re.fullmatch(r"https?://[^\s<>\"'`]+", text) is not None


def _check_prose(
    origin: Origin, path: tuple[str | int, ...], prose: Prose, problems: Problems
) -> None:
    """Prose may hold *emphasis*, **strong** and [links](https://…); refuse what looks like more."""
    for language in ("el", "en"):
        text: str = getattr(prose, language) or ""
        if "](" not in text and "<" not in text:
            continue  # no link, image or tag: the usual case, without the patterns below

        def say(message: str, hint: str, language: str = language) -> None:
            problems.add(
                origin.locate(*path, language), origin.field(*path, language), message, hint
            )

        for start in LINK_START.finditer(text):
            if not WEB_LINK.match(text, start.end()):
                target = LINK_TARGET.match(text, start.end())
                address = target[1] if target else ""
                say(
                    f"the link address '{address}' is not a web address (http:// or https://)",
                    "link only to web pages, as [words](https://…), with no spaces or brackets in the address",
                )
        if IMAGE.search(text):
            say(
                "images are not allowed in texts",
                "remove the '!' to make it a link, or describe the image in words",
            )
        tags = list(dict.fromkeys(tag[0] for tag in HTML.finditer(text)))
        if tags:
            say(
                f"HTML is not allowed in texts (found {', '.join(tags)})",
                "write plain text: *emphasis*, **strong** and [words](https://…) are the only markup",
            )


# --- sources ---------------------------------------------------------------------------------


def _check_sources(facts: FactBase, problems: Problems) -> None:
    """An archived text is the one recorded (its SHA-256), and a text taken from the web says
    when it was taken."""
    for source in facts.sources.values():
        origin = facts.origins[source.id]
        actual = facts.source_sha256.get(source.id)
        if actual is not None and source.sha256 is None:
            problems.add(
                origin.locate("sha256"),
                origin.field("sha256"),
                f"the source records no SHA-256 of its archived text {source.text_file}",
                f'add sha256: "{actual}" (the file as it is now), so that a later change to '
                "it is noticed",
            )
        elif actual is not None and source.sha256 != actual:
            problems.add(
                origin.locate("sha256"),
                origin.field("sha256"),
                f"the archived text {source.text_file} has SHA-256 {actual}, not {source.sha256}",
                f'if you changed the file on purpose, set sha256: "{actual}"',
            )
        if source.url.basis != "not-stated" and source.retrieved is None:
            problems.add(
                origin.locate("retrieved"),
                origin.field("retrieved"),
                "a source with a web address needs the day its text was retrieved",
                'add retrieved: "YYYY-MM-DD", the day you copied the text from the address',
            )
        elif source.retrieved is not None and not _is_one_day(source.retrieved):
            problems.add(
                origin.locate("retrieved"),
                origin.field("retrieved"),
                f"a text is retrieved on one day, not '{source.retrieved}'",
                'write the day you copied it, e.g. "2026-12-01"',
            )


# --- responses and the claims they answer -------------------------------------------------


def _check_answers(facts: FactBase, quotes: QuoteFinder, problems: Problems) -> None:
    """A link says on what basis it holds, and a response cannot answer a later claim."""
    for response in facts.responses.values():
        origin = facts.origins[response.id]
        answered = _bounds(response.date)
        for index, answer in enumerate(response.answers):
            link = AnswerLink(claim=answer, basis="stated") if isinstance(answer, str) else answer
            at: tuple[str | int, ...] = ("answers", index)
            if not isinstance(answer, str):
                if answer.basis == "reading" and answer.reasoning is None:
                    problems.add(
                        origin.locate(*at, "basis"),
                        origin.field(*at, "basis"),
                        "a link that is the editors' reading needs its reasoning",
                        'add reasoning: {el: "…"} saying why you read the response as '
                        "answering this claim",
                    )
                elif answer.basis == "stated" and answer.reasoning is not None:
                    problems.add(
                        origin.locate(*at, "reasoning"),
                        origin.field(*at, "reasoning"),
                        "a link the source states needs no reasoning",
                        "remove reasoning, or set basis: reading if the link is your reading",
                    )
                at = (*at, "claim")
            claim = facts.claims.get(link.claim)
            if claim is None or answered is None or answered.upper is None:
                continue  # a dangling reference, reported with the references
            made = _bounds(claim.date)
            if made is None or made.lower is None or answered.upper >= made.lower:
                continue
            dated = f"it is dated {response.date.edtf}, before the claim ({claim.date.edtf})"
            if link.basis == "stated":
                problems.add(
                    origin.locate(*at),
                    origin.field(*at),
                    f"the source says this {response.type} answers '{link.claim}', but {dated}",
                    "check both dates: an answer cannot come before the claim",
                )
            else:
                problems.add(
                    origin.locate(*at),
                    origin.field(*at),
                    f"the editors' reading links this {response.type} to '{link.claim}', "
                    f"but {dated}",
                    "remove the link (an answer cannot come before the claim), or check both dates",
                )


def _check_reported_after_publication(facts: FactBase, problems: Problems) -> None:
    """A source cannot report what happened after it was published."""
    dated: list[Event | Claim | Response] = [
        *facts.events.values(),
        *facts.claims.values(),
        *facts.responses.values(),
    ]
    # The last day each source may have been published, worked out once per source.
    published_by: dict[str, datetime.date] = {}
    for source_id, source in facts.sources.items():
        published = _bounds(source.published)
        if published is not None and published.upper is not None:
            published_by[source_id] = published.upper
    for record in dated:
        happened = _bounds(record.date)
        if happened is None or happened.lower is None:
            continue
        for source_id in dict.fromkeys([citation.source for citation in record.cite]):
            latest = published_by.get(source_id)
            if latest is None:
                continue
            if happened.lower > latest:
                source = facts.sources[source_id]
                origin = facts.origins[record.id]
                kind = RECORD_NAMES[facts.kind_of(record.id) or "events"]
                problems.add(
                    origin.locate("date", "edtf"),
                    origin.field("date", "edtf"),
                    f"the {kind} is dated {record.date.edtf}, after its source '{source_id}' "
                    f"was published ({source.published.edtf})",
                    "check the date: a source cannot report what happened after it was published",
                )


def _bounds(when: When) -> dates.Bounds | None:
    if when.edtf is None:
        return None
    try:
        return dates.parse(when.edtf).bounds
    except dates.DateError:
        return None  # already reported by the model


def _check_claim_status(facts: FactBase, problems: Problems) -> None:
    """A status set by hand is one the records support; the derived one needs no setting."""
    for claim_id, standing in standings(facts).items():
        claim = facts.claims[claim_id]
        if claim.status is None:
            continue
        origin = facts.origins[claim_id]
        if claim.status == "alleged" and standing.derived != "alleged":
            denials = [
                a.response.id for a in standing.answers if a.stated and a.response.type == "denial"
            ]
            confirmations = [
                a.response.id
                for a in standing.answers
                if a.stated and a.response.type == "confirmation"
            ]
            if denials:
                message = f"the claim is denied by '{denials[0]}' but its status is alleged"
            else:
                message = (
                    f"the claim is confirmed by '{confirmations[0]}' but its status is alleged"
                )
            problems.add(
                origin.locate("status"),
                origin.field("status"),
                message,
                f"remove status (the records make it {standing.derived}), or set status: "
                f"{standing.derived}",
            )
            continue
        reason = unsupported(claim, claim.status, standing.answers)
        if reason is not None:
            problems.add(
                origin.locate("status"),
                origin.field("status"),
                f"the records do not support status '{claim.status}': {reason}",
                "remove status (it is derived) or set status: alleged",
            )
