"""The model: the records editors write (records.py), the fact base they make (factbase.py),
how it is built from the loaded files (build.py) with pydantic's errors reworded for
editors (messages.py), the JSON Schema of content files (schema.py), the walk over a
record's parts (walk.py), and each claim's status as the records support it (standing.py).

Callers use the package as one: `model.build(…)`, `from ..model import Claim, FactBase`.
"""

from .build import RESERVED_IDS, build
from .factbase import FactBase, Origin
from .records import (
    ID_PATTERN,
    RECORD_KINDS,
    RECORD_NAMES,
    Actor,
    AnswerLink,
    Basis,
    Citation,
    Claim,
    ClaimStatus,
    ContentFile,
    Correction,
    Event,
    Id,
    Point,
    Prose,
    Relation,
    RelationType,
    Response,
    Role,
    Section,
    Source,
    Stated,
    Story,
    Strict,
    Text,
    Translation,
    When,
)
from .schema import json_schema
from .standing import Answer, Standing, standings
from .walk import citations, parts, walk

__all__ = [
    "ID_PATTERN",
    "RECORD_KINDS",
    "RECORD_NAMES",
    "RESERVED_IDS",
    "Actor",
    "Answer",
    "AnswerLink",
    "Basis",
    "Citation",
    "Claim",
    "ClaimStatus",
    "ContentFile",
    "Correction",
    "Event",
    "FactBase",
    "Id",
    "Origin",
    "Point",
    "Prose",
    "Relation",
    "RelationType",
    "Response",
    "Role",
    "Section",
    "Source",
    "Standing",
    "Stated",
    "Story",
    "Strict",
    "Text",
    "Translation",
    "When",
    "build",
    "citations",
    "json_schema",
    "parts",
    "standings",
    "walk",
]
