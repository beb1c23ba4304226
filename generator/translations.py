"""What the editions other than the default one lack: texts without words in their language,
and quotes from sources in another language without the editors' translation.

Missing translations are warnings, never errors: the page shows the Greek text, marked as
not yet translated (render/renderer.py). `explainer check --require-translations` (CI's
pull-request workflow) makes them errors. Every warning points at the field, as errors do.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pydantic import BaseModel

from .labels import label
from .model import RECORD_KINDS, Citation, FactBase, Origin, Text, parts
from .problems import Problem


def missing(facts: FactBase, languages: Sequence[str]) -> list[Problem]:
    """Every text without words in one of `languages`, and every quote from a source in
    another language without the editors' translation into it, in file order."""
    found: list[Problem] = []
    for language in languages:
        name = label("language.name.in_english", language)
        for origin, record in _records(facts):
            for path, part in parts(record, (), (Text, Citation)):
                if isinstance(part, Text):
                    lacking = getattr(part, language, None) is None
                    what, fix = f"no {name} text", f'add {language}: "…"'
                elif isinstance(part, Citation):
                    source = facts.sources.get(part.source)
                    translation = part.translation
                    lacking = (
                        source is not None
                        and source.language != language
                        and getattr(translation, language, None) is None
                    )
                    what = f"no {name} translation of the quote"
                    fix = f'add translation: {{{language}: "…"}}'
                else:
                    continue
                if lacking:
                    found.append(Problem(origin.locate(*path), origin.field(*path), what, fix))
    return sorted(found)


def _records(facts: FactBase) -> Iterator[tuple[Origin, BaseModel]]:
    yield facts.story_origin, facts.story
    for kind in RECORD_KINDS:
        for record_id, record in getattr(facts, kind).items():
            origin = facts.origins.get(record_id)
            if origin is not None:
                yield origin, record


def summary(warnings: Sequence[Problem], languages: Sequence[str]) -> str:
    """The count line under the warnings."""
    names = " or ".join(label("language.name.in_english", language) for language in languages)
    return (
        f"{len(warnings)} text(s) without {names} (warnings; the pages show them in Greek, "
        "marked as not yet translated)"
    )
