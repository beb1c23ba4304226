"""Write a synthetic fact base of any size: a content folder the project builds as it is.

    .venv/bin/python benchmarks/synth.py --events 1000 --out build/bench/n1000

The output is deterministic (same options, same bytes) and valid: `explainer check`
passes on it. For N events it writes N/10 actors, N/2 claims, N/5 responses (mostly
denials), one source per 100 events (two at least), a few background sections and
corrections. Every record quotes a sentence of a synthetic Greek source text (wrapped
across lines, as archived texts are), and dates use every form editors write: day, month,
year, season, approximate ~, uncertain ?, both %, closed intervals, open and unknown ends,
and not-stated. As the checks require, an inferred date or value cites a source other
than the primary one, a date's wording is words of the record's own quote, each source
records its text's SHA-256, and statuses are left to be derived from the responses (some
of which are linked to claims only by the editors' reading).

Beside content/ it writes a mkdocs.yml that INHERITs the repository's, with absolute
paths, so the fact base builds from anywhere with `explainer --config OUT/mkdocs.yml`.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import math
import random
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
RECORDS_PER_FILE = 250  # keeps every file far below the loader's 1 MiB limit
EVENTS_PER_SOURCE = 100
FIRST_DAY = datetime.date(2000, 1, 1)
DAYS_SPANNED = (datetime.date(2024, 12, 31) - FIRST_DAY).days
# Sources are published after everything they report (answers come up to 60 days after
# the last claim, so by early 2025).
FIRST_PUBLISHED = datetime.date(2025, 4, 1)
KEY_SENTENCES = 20  # sentences of the primary source that many records also quote

CONSONANTS = "κλμνπρστδγθφχβζξ"
VOWELS = "αεηιουωάέήίόύώ"
SEASONS = {3: 21, 4: 21, 5: 21, 6: 22, 7: 22, 8: 22, 9: 23, 10: 23, 11: 23, 12: 24, 1: 24, 2: 24}

Record = dict[str, Any]


# --- words and sentences --------------------------------------------------------------------


class Writer:
    """Deterministic pseudo-Greek text: words from syllables, sentences from words."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = sorted({self._word() for _ in range(3000)})

    def _word(self) -> str:
        syllables = self.rng.randint(1, 4)
        return "".join(
            self.rng.choice(CONSONANTS) + self.rng.choice(VOWELS) for _ in range(syllables)
        )

    def words(self, count: int) -> str:
        return " ".join(self.rng.choice(self.vocabulary) for _ in range(count))

    def sentence(self, low: int = 8, high: int = 18) -> str:
        text = self.words(self.rng.randint(low, high))
        if self.rng.random() < 0.3:  # a comma somewhere, as real sentences have
            cut = text.find(" ", len(text) // 2)
            text = text[:cut] + "," + text[cut:] if cut > 0 else text
        return text[0].upper() + text[1:] + "."

    def title(self, prefix: str) -> str:
        return f"{prefix}: {self.words(self.rng.randint(2, 5))}"

    def prose(self) -> str:
        """A prose text with the markup editors may use: emphasis, strong and a link."""
        first, second, third = self.words(4), self.words(3), self.words(2)
        return (
            f"{self.sentence()} *{first}* {self.words(5)} **{second}** "
            f"[{third}](https://example.org/{self.rng.randint(1, 9999)})."
        )


# --- dates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateForm:
    """One way of writing a date around a base day; its range always contains that day."""

    name: str
    write: Callable[[datetime.date, random.Random], str | None]


def _day(d: datetime.date) -> str:
    return d.isoformat()


def _month(d: datetime.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _season(d: datetime.date) -> str:
    # January and February belong to the winter that began in the previous December.
    year = d.year - 1 if d.month <= 2 else d.year
    return f"{year:04d}-{SEASONS[d.month]}"


def _later(d: datetime.date, rng: random.Random, most: int) -> datetime.date:
    return d + datetime.timedelta(days=rng.randint(1, most))


DATE_FORMS = [
    DateForm("day", lambda d, r: _day(d)),
    DateForm("month", lambda d, r: _month(d)),
    DateForm("year", lambda d, r: f"{d.year:04d}"),
    DateForm("season", lambda d, r: _season(d)),
    DateForm("approximate month", lambda d, r: _month(d) + "~"),
    DateForm("uncertain day", lambda d, r: _day(d) + "?"),
    DateForm("approximate and uncertain year", lambda d, r: f"{d.year:04d}%"),
    DateForm("day interval", lambda d, r: f"{_day(d)}/{_day(_later(d, r, 20))}"),
    DateForm(
        "approximate month interval", lambda d, r: f"{_month(d)}~/{_month(_later(d, r, 90))}~"
    ),
    DateForm("open start", lambda d, r: f"../{_day(d)}"),
    DateForm("open end", lambda d, r: f"{_month(d)}/.."),
    DateForm("unknown end", lambda d, r: f"{_day(d)}/"),
    DateForm("unknown start", lambda d, r: f"/{_day(d)}"),
    DateForm("not stated", lambda d, r: None),
]
# Most dates in a real fact base are exact days or months.
DATE_WEIGHTS = [30, 15, 6, 3, 5, 5, 2, 6, 3, 3, 3, 2, 2, 15]


def when(
    base: datetime.date,
    writer: Writer,
    quoted: str,
    outside: Callable[[], list[Record]],
) -> Record:
    """A date mapping around `base`, with a basis that fits it (and its wording or reasoning).

    quoted: the record's own quote, whose words a wording is (it is shown in quotation
    marks); outside: a citation of a source other than the primary one, which an inferred
    date must have."""
    rng = writer.rng
    form = rng.choices(DATE_FORMS, weights=DATE_WEIGHTS)[0]
    edtf = form.write(base, rng)
    if edtf is None:
        return {"basis": "not-stated"}
    basis = rng.choices(["stated", "relative", "inferred"], weights=[5, 3, 2])[0]
    result: Record = {"edtf": edtf, "basis": basis}
    if basis == "relative" or rng.random() < 0.2:
        words = quoted.split()
        count = min(len(words), rng.randint(2, 4))
        start = rng.randint(0, len(words) - count)
        result["wording"] = {"el": " ".join(words[start : start + count])}
    if basis == "inferred":
        result["reasoning"] = {"el": writer.prose()}
        result["cite"] = outside()
    return result


def random_day(rng: random.Random) -> datetime.date:
    return FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS_SPANNED))


# --- the fact base ---------------------------------------------------------------------------


@dataclass
class SourceText:
    """A synthetic archived text, written sentence by sentence as records quote it."""

    source_id: str
    title: str
    sentences: list[str] = field(default_factory=list)

    def add(self, sentence: str) -> str:
        self.sentences.append(sentence)
        return sentence

    def text(self) -> str:
        """Paragraphs of five sentences, wrapped at 80 columns: quotes span line breaks."""
        paragraphs = [
            textwrap.fill(" ".join(self.sentences[i : i + 5]), width=80)
            for i in range(0, len(self.sentences), 5)
        ]
        return "\n\n".join([self.title, *paragraphs]) + "\n"


@dataclass(frozen=True)
class Sizes:
    events: int
    actors: int
    claims: int
    responses: int
    sources: int
    sections: int
    corrections: int

    @classmethod
    def for_events(cls, events: int, sources: int | None = None) -> Sizes:
        return cls(
            events=events,
            actors=max(2, events // 10),
            claims=max(1, events // 2),
            responses=max(1, events // 5),
            # Two at least: an inferred date cites a source other than the primary one.
            sources=max(2, sources or math.ceil(events / EVENTS_PER_SOURCE)),
            sections=max(1, events // 200),
            corrections=max(1, events // 500),
        )


class FactBaseSynth:
    """Builds every record kind in dependency order: sources, actors, events, claims, responses."""

    def __init__(self, sizes: Sizes, seed: int) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.writer = Writer(self.rng)
        self.texts = [
            SourceText(f"source-{i:04d}", self.writer.title(f"Πηγή {i:04d}"))
            for i in range(1, sizes.sources + 1)
        ]
        self.key_quotes = [self.texts[0].add(self.writer.sentence()) for _ in range(KEY_SENTENCES)]
        self.actor_ids = [f"actor-{i:05d}" for i in range(1, sizes.actors + 1)]
        self.actor_types: dict[str, str] = {}
        # A few actors take part in much of the story, as in real ones (Zipf-like weights).
        self.actor_weights = [1 / rank for rank in range(1, sizes.actors + 1)]
        self.event_ids = [f"event-{i:06d}" for i in range(1, sizes.events + 1)]
        self.claim_days: dict[str, datetime.date] = {}

    # -- shared parts --

    def text(self, prefix: str | None = None) -> Record:
        words = self.writer.title(prefix) if prefix else self.writer.words(self.rng.randint(3, 8))
        result: Record = {"el": words}
        if self.rng.random() < 0.3:
            result["en"] = f"English text {self.rng.randint(1, 10**6)}"
        return result

    def cite(self, index: int) -> list[Record]:
        """Quote a new sentence of the record's source; some records also quote a key sentence."""
        source = self.texts[index % len(self.texts)]
        sentence = source.add(self.writer.sentence())
        words = sentence.split(" ")
        if len(words) > 10 and self.rng.random() < 0.5:  # part of a sentence, as editors quote
            start = self.rng.randint(0, len(words) - 6)
            sentence = " ".join(words[start : start + 6])
        citations = [{"source": source.source_id, "quote": sentence}]
        if self.rng.random() < 0.1:
            citations.append(
                {"source": self.texts[0].source_id, "quote": self.rng.choice(self.key_quotes)}
            )
        return citations

    def outside(self) -> list[Record]:
        """A citation of a new sentence of a source other than the primary one."""
        source = self.texts[self.rng.randrange(1, len(self.texts))]
        return [{"source": source.source_id, "quote": source.add(self.writer.sentence())}]

    def when(self, base: datetime.date, cite: list[Record]) -> Record:
        return when(base, self.writer, cite[0]["quote"], self.outside)

    def some_actors(self, most: int) -> list[str]:
        count = self.rng.randint(1, most)
        chosen = self.rng.choices(self.actor_ids, weights=self.actor_weights, k=count)
        return list(dict.fromkeys(chosen))

    # -- record kinds --

    def story(self) -> Record:
        return {
            "title": {
                "el": "Συνθετική ιστορία για μετρήσεις",
                "en": "A synthetic story for benchmarks",
            },
            "primary_source": self.texts[0].source_id,
            "intro": [
                {"text": {"el": self.writer.prose()}, "cite": self.cite(0)} for _ in range(3)
            ],
        }

    def sources(self) -> list[Record]:
        kinds = ["news-article", "statement", "report", "transcript", "other"]
        records = []
        for index, source in enumerate(self.texts):
            record: Record = {
                "id": source.source_id,
                "kind": kinds[index % len(kinds)],
                "title": {"el": source.title},
                "language": "el",
                "text_file": f"sources/{source.source_id}.el.txt",
                "archive": "full",
                "sha256": "",  # the text's, once every record has quoted it (synthesize)
                "outlet": {"basis": "stated", "value": f"Εφημερίδα {index % 7}"},
                "url": {
                    "basis": "stated",
                    "value": f"https://example.org/synthetic/{source.source_id}",
                },
                "author": {"basis": "not-stated"},
                "published": self.published(),
                "retrieved": _day(FIRST_PUBLISHED + datetime.timedelta(days=300)),
            }
            if index % 3 == 1:
                record["outlet"] = {
                    "basis": "inferred",
                    "value": "Πρακτορείο",
                    "reasoning": {"el": self.writer.prose()},
                    "cite": self.outside(),
                }
            if index % 4 == 2:
                record["note"] = {"el": self.writer.prose()}
            records.append(record)
        return records

    def published(self) -> Record:
        day = FIRST_PUBLISHED + datetime.timedelta(days=self.rng.randrange(270))
        edtf = self.rng.choice(
            [_day(day), _day(day), _month(day), f"{day.year}", _day(day) + "?", _month(day) + "~"]
        )
        if self.rng.random() < 0.3:
            return {
                "edtf": edtf,
                "basis": "inferred",
                "reasoning": {"el": self.writer.prose()},
                "cite": self.outside(),
            }
        return {"edtf": edtf, "basis": "stated"}

    def actors(self) -> list[Record]:
        types = ["person", "person", "organisation", "state", "group"]
        records = []
        for index, actor_id in enumerate(self.actor_ids):
            actor_type = types[index % len(types)]
            self.actor_types[actor_id] = actor_type
            record: Record = {
                "id": actor_id,
                "type": actor_type,
                "name": self.text(f"Δρων {index + 1:05d}"),
            }
            if index % 3 == 0:
                record["aliases"] = [{"el": self.writer.words(2)}]
            if index % 3 == 1:
                record["roles"] = [self.role(index)]
            record["cite"] = self.cite(index)
            records.append(record)
        return records

    def role(self, index: int) -> Record:
        record: Record = {
            "title": {"el": self.writer.words(3)},
            "of": self.rng.choice(self.actor_ids),
        }
        cite = self.cite(index)
        record["date"] = self.when(random_day(self.rng), cite)
        record["cite"] = cite
        return record

    def events(self) -> list[Record]:
        records = []
        for index, event_id in enumerate(self.event_ids):
            record: Record = {"id": event_id, "title": self.text(f"Γεγονός {index + 1:06d}")}
            if self.rng.random() < 0.6:
                record["description"] = {"el": self.writer.prose()}
            cite = self.cite(index)
            record["date"] = self.when(random_day(self.rng), cite)
            if self.rng.random() < 0.5:
                record["place"] = {"el": self.writer.words(1).capitalize()}
            record["participants"] = self.some_actors(3)
            record["cite"] = cite
            records.append(record)
        return records

    def claims(self) -> list[Record]:
        people = [a for a in self.actor_ids if self.actor_types[a] == "person"]
        records = []
        for index in range(self.sizes.claims):
            claim_id = f"claim-{index + 1:06d}"
            day = random_day(self.rng)
            self.claim_days[claim_id] = day
            record: Record = {"id": claim_id}
            if self.rng.random() < 0.7:
                record["title"] = {"el": self.writer.title(f"Ισχυρισμός {index + 1:06d}")}
            record["statement"] = {"el": self.writer.sentence()}
            record["claimant"] = self.some_actors(1)[0]
            if people and self.rng.random() < 0.5:
                record["speaker"] = self.rng.choice(people)
            cite = self.cite(index)
            record["date"] = self.when(day, cite)
            if self.rng.random() < 0.5:
                record["venue"] = {"el": self.writer.words(2)}
            if self.rng.random() < 0.3:
                record["subject_date"] = self.when(random_day(self.rng), cite)
            if self.rng.random() < 0.6:
                record["about"] = self.some_actors(2)
            if self.rng.random() < 0.3:
                record["occasion"] = self.rng.choice(self.event_ids)
            # No status: it is derived from the responses that answer the claim.
            if self.rng.random() < 0.2:
                record["note"] = {"el": self.writer.prose()}
            record["cite"] = cite
            records.append(record)
        return records

    def responses(self, claims: list[Record]) -> list[Record]:
        """Answers dated on or after every claim they answer, some linked to a claim only by
        the editors' reading (with its reasoning)."""
        claim_ids = [claim["id"] for claim in claims]
        records = []
        for index in range(self.sizes.responses):
            answers = list(
                dict.fromkeys(
                    self.rng.sample(claim_ids, k=min(len(claim_ids), self.rng.choice([1, 1, 2])))
                )
            )
            response_type = self.rng.choices(
                ["denial", "response", "confirmation"], weights=[8, 1, 1]
            )[0]
            latest = max(self.claim_days[claim_id] for claim_id in answers)
            record: Record = {
                "id": f"response-{index + 1:06d}",
                "type": response_type,
                "by": self.some_actors(1)[0],
            }
            if self.rng.random() < 0.3:
                record["speaker"] = self.rng.choice(self.actor_ids)
            record["answers"] = [
                {"claim": claim_id, "basis": "reading", "reasoning": {"el": self.writer.prose()}}
                if self.rng.random() < 0.2
                else claim_id
                for claim_id in answers
            ]
            cite = self.cite(index)
            record["date"] = self.when(
                latest + datetime.timedelta(days=self.rng.randint(0, 60)), cite
            )
            record["statement"] = {"el": self.writer.sentence()}
            if self.rng.random() < 0.2:
                record["note"] = {"el": self.writer.prose()}
            record["cite"] = cite
            records.append(record)
        return records

    def corrections(self) -> list[Record]:
        """Corrections made in the open, each naming a few corrected events or claims."""
        records = []
        corrected = [*self.event_ids, *self.claim_days]
        for index in range(self.sizes.corrections):
            day = FIRST_PUBLISHED + datetime.timedelta(days=self.rng.randrange(270))
            records.append(
                {
                    "id": f"correction-{index + 1:04d}",
                    "date": _day(day),
                    "summary": {"el": self.writer.sentence()},
                    "reason": {"el": self.writer.prose()},
                    "records": sorted(
                        set(
                            self.rng.sample(
                                corrected, k=min(len(corrected), self.rng.randint(1, 3))
                            )
                        )
                    ),
                }
            )
        return records

    def background(self, claims: list[Record]) -> list[Record]:
        sections = []
        for index in range(self.sizes.sections):
            points = []
            for point_index in range(3):
                point: Record = {"text": {"el": self.writer.prose()}}
                if point_index == 1 and claims:
                    point["claim"] = self.rng.choice(claims)["id"]
                point["cite"] = self.cite(index + point_index)
                points.append(point)
            sections.append(
                {
                    "id": f"section-{index + 1:04d}",
                    "title": self.text(f"Ενότητα {index + 1}"),
                    "points": points,
                }
            )
        return sections


# --- writing -------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block YAML without anchors: the project's loader refuses anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Record) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


def chunks(records: Sequence[Record], size: int) -> list[Sequence[Record]]:
    return [records[i : i + size] for i in range(0, len(records), size)] or [[]]


def write_kind(content: Path, kind: str, records: Sequence[Record]) -> None:
    """A kind spread over numbered files (events/events-001.yaml …), as big fact bases are."""
    folder = content / kind
    folder.mkdir(parents=True, exist_ok=True)
    for number, part in enumerate(chunks(records, RECORDS_PER_FILE), start=1):
        (folder / f"{kind}-{number:03d}.yaml").write_text(
            dump({kind: list(part)}), encoding="utf-8"
        )


def mkdocs_config(events: int) -> str:
    """A config that INHERITs the repository's; every inherited relative path is named again."""
    return (
        f"# Synthetic fact base with {events} events (benchmarks/synth.py); builds from anywhere.\n"
        f"INHERIT: {REPO_ROOT / 'mkdocs.yml'}\n"
        f'site_name: "Synthetic story, {events} events"\n'
        "docs_dir: build/docs\n"
        "site_dir: site\n"
        "theme:\n"
        f"  custom_dir: {REPO_ROOT / 'generator' / 'site' / 'overrides'}\n"
        "hooks:\n"
        f"  - {REPO_ROOT / 'generator' / 'site' / 'serve_hook.py'}\n"
    )


def synthesize(events: int, out: Path, seed: int = 0, sources: int | None = None) -> Sizes:
    """Write the fact base and its mkdocs.yml into `out` (its content/ is replaced)."""
    sizes = Sizes.for_events(events, sources)
    synth = FactBaseSynth(sizes, seed)
    story = synth.story()
    source_records = synth.sources()
    actors = synth.actors()
    event_records = synth.events()
    claims = synth.claims()
    responses = synth.responses(claims)
    background = synth.background(claims)
    corrections = synth.corrections()

    for record, text in zip(source_records, synth.texts, strict=True):
        record["sha256"] = hashlib.sha256(text.text().encode("utf-8")).hexdigest()
    content = out / "content"
    _empty(content)
    (content / "sources").mkdir(parents=True, exist_ok=True)
    (content / "story.yaml").write_text(dump({"story": story}), encoding="utf-8")
    (content / "sources.yaml").write_text(dump({"sources": source_records}), encoding="utf-8")
    (content / "background.yaml").write_text(dump({"background": background}), encoding="utf-8")
    (content / "corrections.yaml").write_text(dump({"corrections": corrections}), encoding="utf-8")
    for kind, records in [
        ("actors", actors),
        ("events", event_records),
        ("claims", claims),
        ("responses", responses),
    ]:
        write_kind(content, kind, records)
    for text in synth.texts:
        (content / "sources" / f"{text.source_id}.el.txt").write_text(text.text(), encoding="utf-8")
    (out / "mkdocs.yml").write_text(mkdocs_config(events), encoding="utf-8")
    return sizes


def _empty(folder: Path) -> None:
    """Remove a previous synthetic content folder (only files this script writes)."""
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.suffix in {".yaml", ".txt"}:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if not any(folder.iterdir()):
        folder.rmdir()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True, help="how many events (N)")
    parser.add_argument(
        "--out", type=Path, required=True, help="folder for mkdocs.yml and content/"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--sources",
        type=int,
        default=None,
        help=f"how many sources (default N/{EVENTS_PER_SOURCE})",
    )
    args = parser.parse_args(argv)
    if args.events < 1:
        parser.error("--events must be at least 1")
    sizes = synthesize(args.events, args.out, args.seed, args.sources)
    print(
        f"Wrote {args.out}/content: {sizes.events} events, {sizes.actors} actors, {sizes.claims} claims, "
        f"{sizes.responses} responses, {sizes.sources} sources, {sizes.sections} background sections, "
        f"{sizes.corrections} corrections."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
