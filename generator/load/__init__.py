"""Loading the content folder: its YAML files read safely into located data, the sources'
archived texts, and when each file last changed (from git).

Callers use the package as one: `load.load_folder(…)`, `load.SourceFile`, …
"""

from .characters import describe_character, is_invisible
from .folder import ParsedFiles, display_path, load_folder
from .history import last_changed
from .texts import SourceTexts, TextFileRequest, read_source_texts
from .yaml_file import (
    MAX_FILE_BYTES,
    MAX_PROBLEMS_PER_FILE,
    DataPath,
    Position,
    SourceFile,
    field_path,
    load_file,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS_PER_FILE",
    "DataPath",
    "ParsedFiles",
    "Position",
    "SourceFile",
    "SourceTexts",
    "TextFileRequest",
    "describe_character",
    "display_path",
    "field_path",
    "is_invisible",
    "last_changed",
    "load_file",
    "load_folder",
    "read_source_texts",
]
