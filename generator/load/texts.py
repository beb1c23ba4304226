"""The sources' archived texts, which every quote is checked against.

A source names its text file (text_file:) below the content folder; each is read as
UTF-8, with line ends made LF, and a missing, outside or unreadable file is a problem.
The SHA-256 of each text as read (UTF-8, line ends LF, no byte-order mark) is kept too:
the checks compare it with the one the source records, so that a changed archive is
noticed, and a checkout that turns line ends into CRLF (git on Windows) changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Location, Problems, did_you_mean

MAX_SOURCE_TEXT_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class TextFileRequest:
    """A source's archived text to read: its path as written, and where that was written."""

    source_id: str
    text_file: str
    where: Location
    field: str


@dataclass
class SourceTexts:
    """The archived texts that could be read, by source id, and the SHA-256 of each file."""

    texts: dict[str, str] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)


def read_source_texts(
    requests: list[TextFileRequest], content_dir: Path, problems: Problems
) -> SourceTexts:
    """The archived source texts, by source id; a missing or unreadable one is a problem."""
    read = SourceTexts()
    texts = read.texts
    root = content_dir.resolve()
    available = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt") if p.is_file())
    for request in requests:
        path = (root / request.text_file).resolve()

        def say(message: str, hint: str, request: TextFileRequest = request) -> None:
            problems.add(request.where, request.field, message, hint)

        if not path.is_relative_to(root):
            say(
                f"'{request.text_file}' is outside the content folder",
                "keep source texts inside content/, e.g. sources/NAME.el.txt",
            )
        elif not path.is_file():
            say(
                f"there is no file '{request.text_file}' in the content folder",
                did_you_mean(request.text_file, available)
                or "add the source's text there, or correct the path",
            )
        elif path.stat().st_size > MAX_SOURCE_TEXT_BYTES:
            say(
                f"'{request.text_file}' is {path.stat().st_size:,} bytes, over the limit of "
                f"{MAX_SOURCE_TEXT_BYTES:,} bytes (8 MiB)",
                "archive only the text of the source",
            )
        else:
            content = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
            try:
                text = content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
                texts[request.source_id] = text
                read.sha256[request.source_id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            except UnicodeDecodeError as error:
                say(
                    f"'{request.text_file}' is not valid UTF-8 text (byte {error.start:,})",
                    "save it with the encoding UTF-8",
                )
    return read
