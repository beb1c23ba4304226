"""Rules that span fields and records: references, quotes, dates and their honesty, chronology.

Every rule reports every breach it finds, each at the field to fix.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from collections.abc import Iterator

from pydantic import BaseModel

from . import dates
from .model import (
    RECORD_KINDS,
    RECORD_NAMES,
    Citation,
    Claim,
    Event,
    FactBase,
    Origin,
    Prose,
    Relation,
    Response,
    Stated,
    When,
    parts,
)
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
RELATION_VERBS = {"supplies": "supplies", "meets": "meets", "writes-to": "writes to"}


def check(facts: FactBase, problems: Problems) -> None:
    quotes = QuoteFinder(facts.source_texts)
    records = _records_by_id(facts)
    for record_id, origin in [("story", facts.story_origin), *facts.origins.items()]:
        record = facts.story if record_id == "story" else records[record_id]
        for path, part in _walk_checked(record):
            if isinstance(part, Citation):
                _check_citation(facts, quotes, origin, path, part, problems)
            elif isinstance(part, When):
                _check_when(origin, path, part, problems)
            elif isinstance(part, Stated):
                _check_stated(origin, path, part, problems)
            elif isinstance(part, Prose):
                _check_prose(origin, path, part, problems)
    _check_references(facts, problems)
    _check_chronology(facts, problems)
    _check_claim_status(facts, problems)


def _records_by_id(facts: FactBase) -> dict[str, BaseModel]:
    """Every record by its id, built once (kind_of tries each kind in turn)."""
    records: dict[str, BaseModel] = {}
    for kind in reversed(RECORD_KINDS):  # so that, as in kind_of, the first kind wins
        records.update(getattr(facts, kind))
    return records


# The parts check() looks at; the walk for it leaves out the others (texts, relations),
# more than half of all parts.
CHECKED_PARTS = (Citation, When, Stated, Prose)


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
        for index, claim_id in enumerate(response.answers):
            refer(origin, ("answers", index), claim_id, "claims")
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
    try:
        parsed = dates.parse(edtf)
    except dates.DateError:
        return  # reported by the model
    if parsed.bounds.lower is None or parsed.bounds.lower != parsed.bounds.upper:
        problems.add(
            origin.locate("date"),
            origin.field("date"),
            f"a correction is dated to one day, not '{edtf}'",
            'write the day it was made, e.g. "2023-09-01"',
        )


def _article(noun: str) -> str:
    return ("an " if noun[0] in "aeio" else "a ") + noun


# --- quotes -------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Compare texts as readers see them: NFC, and any run of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class QuoteFinder:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = {source_id: normalise(text) for source_id, text in texts.items()}

    def contains(self, source_id: str, quote: str) -> bool:
        return normalise(quote) in self.texts[source_id]

    def closest(self, source_id: str, quote: str) -> str:
        """The passage of the source most like the quote, as long as the quote."""
        words = self.texts[source_id].split(" ")
        wanted = normalise(quote)
        size = max(1, len(wanted.split(" ")))
        best, best_score = "", -1.0
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        for start in range(max(1, len(words) - size + 1)):
            candidate = " ".join(words[start : start + size])
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = candidate, score
        return best


def _check_citation(
    facts: FactBase,
    quotes: QuoteFinder,
    origin: Origin,
    path: tuple[str | int, ...],
    citation: Citation,
    problems: Problems,
) -> None:
    if citation.source not in facts.sources:
        if not _can_dangle(facts, citation.source):
            return
        hint = did_you_mean(citation.source, facts.sources) or "add the source, or correct the id"
        problems.add(
            origin.locate(*path, "source"),
            origin.field(*path, "source"),
            f"no source has the id '{citation.source}'",
            hint,
        )
        return
    if citation.source not in quotes.texts:
        return  # the source's text could not be read; that is reported on the source
    if not quotes.contains(citation.source, citation.quote):
        closest = quotes.closest(citation.source, citation.quote)
        problems.add(
            origin.locate(*path, "quote"),
            origin.field(*path, "quote"),
            f"the quote is not in the text of source '{citation.source}'",
            f"copy it exactly; the closest passage is: «{closest}»",
        )


# --- dates and what we know ---------------------------------------------------------------


def _check_when(
    origin: Origin, path: tuple[str | int, ...], when: When, problems: Problems
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


def _check_stated(
    origin: Origin, path: tuple[str | int, ...], stated: Stated, problems: Problems
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


# --- chronology and status ----------------------------------------------------------------


def _check_chronology(facts: FactBase, problems: Problems) -> None:
    for response in facts.responses.values():
        answered = _bounds(response.date)
        if answered is None or answered.upper is None:
            continue
        origin = facts.origins[response.id]
        for claim_id in response.answers:
            claim = facts.claims.get(claim_id)
            if claim is None:
                continue  # a dangling reference, reported with the references
            made = _bounds(claim.date)
            if made is None or made.lower is None or answered.upper >= made.lower:
                continue
            problems.add(
                origin.locate("date", "edtf"),
                origin.field("date", "edtf"),
                f"the {response.type} is dated {response.date.edtf}, before the claim "
                f"'{claim_id}' it answers ({claim.date.edtf})",
                "check both dates: an answer cannot come before the claim",
            )
    _check_reported_after_publication(facts, problems)


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
    denied_by: dict[str, list[str]] = {}
    for response in facts.responses.values():
        if response.type == "denial":
            for claim_id in response.answers:
                denied_by.setdefault(claim_id, []).append(response.id)
    for claim_id, denials in denied_by.items():
        claim = facts.claims.get(claim_id)
        if claim is not None and claim.status == "alleged":
            origin = facts.origins[claim_id]
            problems.add(
                origin.locate("status"),
                origin.field("status"),
                f"the claim is denied by '{denials[0]}' but its status is alleged",
                "set status: denied (or disputed)",
            )
