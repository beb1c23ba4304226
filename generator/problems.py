"""Problems found in the fact base, located and worded for the editor who must fix them,
and ExplainerError, the base of every error a command expects.

Every stage reports problems instead of raising on the first one, so that an editor
sees everything that is wrong in one run; FactBaseError carries them all. The command
line catches ExplainerError once and prints it; nothing else prints problems.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Location:
    """Where something is: a file (as the editor knows it, e.g. content/x.yaml), 1-based."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    location: Location
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = (
            f"{self.location}: {self.field}: {self.message}"
            if self.field
            else (f"{self.location}: {self.message}")
        )
        return printable(f"{text} — {self.hint}" if self.hint else text)


def printable(text: str) -> str:
    """The text on one line, with control and invisible characters shown as <U+XXXX>.

    Messages quote the editor's own text; a bidi control or a terminal escape sequence in
    it must not reorder or recolour the message that reports it.
    """
    return "".join(
        f"<U+{ord(char):04X}>" if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in text
    )


@dataclass
class Problems:
    """A growing list of problems; stages add to it and the pipeline stops between stages."""

    items: list[Problem] = field(default_factory=list)

    def add(self, location: Location, field_path: str, message: str, hint: str = "") -> None:
        self.items.append(Problem(location, field_path, message, hint))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        unique = dict.fromkeys(self.items)  # one problem reported twice is said once
        # By place in the file; problems at one place stay in the order they were found.
        return sorted(unique, key=lambda problem: problem.location)


class ExplainerError(Exception):
    """Something went wrong that the person running the command can put right.

    Every error the program expects is one of these: the command line catches this one
    type, prints its lines and exits with 1. Any other exception is a bug in the program.
    """

    def lines(self) -> list[str]:
        """What the command line prints, one line each."""
        return [f"error: {self}"]

    def located(self) -> list[Problem]:
        """The problems found in the fact base, each at its place (for CI annotations)."""
        return []


class FactBaseError(ExplainerError):
    """The fact base has problems; raised between pipeline stages, printed by the CLI."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(f"{len(problems)} problem(s) in the fact base")
        self.problems = problems

    def lines(self) -> list[str]:
        problems = self.located()
        return [*map(str, problems), f"{len(problems)} problem(s) found; nothing was written."]

    def located(self) -> list[Problem]:
        return self.problems.sorted()


def internal_error(error: BaseException) -> str:
    """How an unexpected exception (a bug, not the editor's doing) is reported, on one line."""
    return printable(
        f"internal error: {type(error).__name__}: {error} — rerun with --debug and report it"
    )


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint naming the closest known word, or the empty string."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else ""
