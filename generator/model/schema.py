"""The JSON Schema of a content file, for editors' tools: made from the record models."""

from __future__ import annotations

from typing import Any

from .records import ContentFile


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one content file, for editors' tools (yaml-language-server)."""
    schema = ContentFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Explainer fact base file"
    schema["description"] = (
        "One YAML file of the fact base under content/. "
        "/ Ένα αρχείο YAML της βάσης γεγονότων στο content/."
    )
    return schema
