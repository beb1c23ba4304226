"""`explainer new KIND`: a new record with a fresh id and its required fields, ready to fill in.

The record is printed, never written: no tool rewrites content/. It is indented as an
item of the kind's list, after a blank line, so that appending it to the kind's file
works as it is: `explainer new event >> content/events.yaml`.

Every value the editor must supply is an empty "" with a comment saying what goes
there, and `explainer check` reports each one until it is filled in, so a forgotten
placeholder can never be published. Optional fields are commented out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import load, model, runtime
from ..problems import ExplainerError, Location, Problems

# The kinds an editor adds, by the word used on the command line -> the key of their list.
KINDS = {
    "source": "sources",
    "actor": "actors",
    "event": "events",
    "claim": "claims",
    "response": "responses",
    "background": "background",
    "correction": "corrections",
}

_CITE = """\
    cite:                             # one or more quotes that support it
      - {source: "", quote: ""}       # a source id, and words copied exactly from its text
"""

_DATE = """\
    date:
      edtf: ""                        # e.g. "2023-07-25", "2023-07", "2023-07~", "2023-07-25/2023-07-27"
      basis: ""                       # stated | relative | inferred | not-stated
      # wording: {el: "", en: ""}     # the source's own words (required when basis is relative)
      # reasoning: {el: "", en: ""}   # how the date was worked out (required when inferred)
      # cite: [{source: "", quote: ""}]  # the outside source an inferred date rests on
"""

# "{id}" is replaced by the record's id; everything else is written as is.
TEMPLATES = {
    "source": """\
  - id: {id}
    kind: ""                          # news-article | statement | report | transcript | other
    title: {el: "", en: ""}           # Greek required; remove en if there is no English
    language: ""                      # the language of the text file: el, en, ru, …
    text_file: ""                     # the archived text below content/, e.g. sources/NAME.el.txt
    archive: ""                       # full (the whole text) | excerpt (only the passages quoted)
    # sha256: ""                      # explainer check prints the value to write here
    outlet: {basis: not-stated}       # or {basis: stated, value: "…"}
    url: {basis: not-stated}          # or {basis: stated, value: "https://…"}
    author: {basis: not-stated}       # or {basis: stated, value: "…"}
    published: {edtf: "", basis: ""} # e.g. {edtf: "2023-08-30", basis: stated}
    # retrieved: ""                   # the day you copied the text (required with a url)
""",
    "actor": """\
  - id: {id}
    type: ""                          # person | organisation | state | group
    name: {el: "", en: ""}            # Greek required; remove en if there is no English
    # aliases: [{el: ""}]             # other names the source uses
    # roles:                          # when the source attests a role:
    #   - title: {el: ""}
    #     of: ""                      # the actor id of the state or organisation
    #     date: {edtf: "", basis: ""}
    #     cite: [{source: "", quote: ""}]
"""
    + _CITE,
    "event": """\
  - id: {id}
    title: {el: "", en: ""}           # Greek required; remove en if there is no English
    # description: {el: "", en: ""}   # what happened, as the source reports it in its own voice
"""
    + _DATE
    + """\
    # place: {el: "", en: ""}
    participants: []                  # actor ids, e.g. [shoigu]
"""
    + _CITE,
    "claim": """\
  - id: {id}
    # title: {el: "", en: ""}         # a short headline for lists
    statement: {el: "", en: ""}       # the bare assertion, never in the site's own voice
    claimant: ""                      # the actor id on whose behalf it is claimed
    # speaker: ""                     # the actor id of who said it, if known
"""
    + _DATE
    + """\
    # venue: {el: "", en: ""}         # where it was said, if the source says
    # subject_date: {edtf: "", basis: ""}  # when the claimed thing happened
    about: []                         # actor ids, e.g. [putin, kim-jong-un]
    # occasion: ""                    # the id of the event where it was said
    # status: ""                      # leave out: derived from the responses (disputed, retracted by hand)
"""
    + _CITE,
    "response": """\
  - id: {id}
    type: ""                          # denial | response | confirmation
    by: ""                            # the actor id of who responds
    # speaker: ""                     # the actor id of who said it, if known
    answers: [""]                     # the ids of the claims the source says it answers; for
                                      # your own reading: {claim: ID, basis: reading, reasoning: {el: ""}}
"""
    + _DATE
    + """\
    statement: {el: "", en: ""}       # what the response says
"""
    + _CITE,
    "background": """\
  - id: {id}
    title: {el: "", en: ""}           # the section's heading
    points:                           # one or more points of context
      - text: {el: "", en: ""}
        # claim: ""                   # the claim id, when the point reports a claim
        cite: [{source: "", quote: ""}]  # a source id, and words copied exactly from its text
""",
    "correction": """\
  - id: {id}
    date: ""                          # the day the correction was made, e.g. "2023-09-01"
    summary: {el: "", en: ""}         # what changed
    reason: {el: "", en: ""}          # why it changed
    records: [""]                     # the ids of the records corrected
""",
}


class ScaffoldError(ExplainerError):
    """The record cannot be made as asked (an id that is taken or not valid)."""


@dataclass(frozen=True)
class KnownId:
    id: str
    # Where the id is written, found only for an id that is asked for: locating every id
    # would make the loader walk every file a second time (see load.SourceFile.positions).
    locate: Callable[[], Location]


def scaffold(kind: str, content_dir: Path, shown_from: Path, record_id: str | None = None) -> str:
    """The new record as YAML text, to be appended to the file holding the kind's list."""
    with runtime.session(workers=1):  # the fact base is loaded: the one policy applies
        known = {found.id: found for found in existing_ids(content_dir, shown_from)}
    if record_id is None:
        record_id = fresh_id(kind, known.keys())
    elif not re.fullmatch(model.ID_PATTERN, record_id):
        raise ScaffoldError(
            f"'{record_id}' is not a valid id — use lower-case Latin letters, digits "
            "and single hyphens, e.g. shoigu-pyongyang-visit"
        )
    elif record_id in known:
        raise ScaffoldError(
            f"the id '{record_id}' is already used at {known[record_id].locate()} — choose "
            "another, or leave out --id for a fresh one"
        )
    header = (
        f'\n  # A new {kind} from `explainer new {kind}`: fill in every "" (check names each one\n'
        "  # until you do), uncomment the optional lines you need, then run `explainer check`.\n"
    )
    return header + TEMPLATES[kind].replace("{id}", record_id)


def fresh_id(kind: str, taken: Any) -> str:
    """new-event-1, or the first new-event-N not used anywhere in the fact base."""
    number = 1
    while f"new-{kind}-{number}" in taken:
        number += 1
    return f"new-{kind}-{number}"


def existing_ids(content_dir: Path, shown_from: Path) -> list[KnownId]:
    """Every record id in the fact base as written, even in files that `check` refuses."""
    if not content_dir.is_dir():
        return []
    found = []
    for source in load.load_folder(content_dir, Problems(), shown_from=shown_from):
        inside = source.path.resolve().is_relative_to(content_dir.resolve())  # not a link out
        if source.failed and inside:  # its data is dropped; its ids are taken all the same
            found += _ids_written_in(source)
        if not isinstance(source.data, dict):
            continue
        for kind, records in source.data.items():
            if not isinstance(records, list):
                continue
            for index, record in enumerate(records):
                if isinstance(record, dict) and isinstance(record.get("id"), str):
                    where = functools.partial(source.locate, (kind, index, "id"))
                    found.append(KnownId(record["id"], where))
    return found


# An `id:` key as it starts a line or a list item: enough to avoid ids that a file with a
# problem (which the loader does not read) already holds.
_ID_LINE = re.compile(r"""^[ \t-]*id:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)""", re.MULTILINE)


def _ids_written_in(source: load.SourceFile) -> list[KnownId]:
    try:
        with source.path.open("rb") as stream:
            text = stream.read(load.MAX_FILE_BYTES).decode("utf-8", "replace")
    except OSError:
        return []
    return [
        KnownId(
            match[1],
            functools.partial(Location, source.display, text.count("\n", 0, match.start(1)) + 1, 1),
        )
        for match in _ID_LINE.finditer(text)
    ]
