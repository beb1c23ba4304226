"""The sources' archived texts, which every quote is checked against.

A source names its text file (text_file:) below the content folder; each is read as
UTF-8, with line ends made LF, and a missing, outside or unreadable file is a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def read_source_texts(
    requests: list[TextFileRequest], content_dir: Path, problems: Problems
) -> dict[str, str]:
    """The archived source texts, by source id; a missing or unreadable one is a problem."""
    texts: dict[str, str] = {}
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
                texts[request.source_id] = (
                    content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
                )
            except UnicodeDecodeError as error:
                say(
                    f"'{request.text_file}' is not valid UTF-8 text (byte {error.start:,})",
                    "save it with the encoding UTF-8",
                )
    return texts
