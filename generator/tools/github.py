"""Problems as GitHub Actions annotations: on the line of the pull request, and in the job summary.

When GitHub Actions runs the command line (GITHUB_ACTIONS is set), every problem is also
printed as a workflow command, `::error file=…,line=…,col=…,title=…::message`, which
GitHub shows on that line of the pull request's diff, and the complete list is appended
to the step summary ($GITHUB_STEP_SUMMARY) as a Markdown table.

Messages quote the editor's own text, and a workflow command is just a line of output: a
value holding a line break and '::error' must not be able to print a command of its own.
So every value is made printable (problems.printable) and then escaped as GitHub's runner
expects: the message's % CR LF, and in properties also ':' and ','.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from ..problems import Problem, printable

# GitHub shows at most this many error annotations per step; the rest are only in the
# log and the summary, which a notice points to.
MAX_ANNOTATIONS = 10
# GitHub refuses a step summary over 1 MiB; stay well below it.
MAX_SUMMARY_ROWS = 1000
DEFAULT_TITLE = "fact base"

# Characters that make Markdown (or GitHub's mentions and HTML) inside a table cell.
# Any ASCII punctuation may be backslash-escaped in GitHub Flavored Markdown.
MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#!|~&@$")


def escape_data(text: str) -> str:
    """The message of a workflow command: '%' first, so that escapes are not escaped twice."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file=, title=): ':' would end the properties, ',' start the next one."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def is_github_actions(environ: Mapping[str, str]) -> bool:
    return bool(environ.get("GITHUB_ACTIONS"))


def error_command(problem: Problem) -> str:
    """One `::error …::…` line for a problem; every part printable and escaped."""
    location = problem.location
    properties = [f"file={escape_property(printable(location.file))}"]
    if location.line > 0:
        properties.append(f"line={location.line}")
        if location.column > 0:
            properties.append(f"col={location.column}")
    properties.append(f"title={escape_property(printable(problem.field or DEFAULT_TITLE))}")
    return f"::error {','.join(properties)}::{escape_data(_message(problem))}"


def notice_command(message: str) -> str:
    return f"::notice title={escape_property(DEFAULT_TITLE)}::{escape_data(printable(message))}"


def _message(problem: Problem) -> str:
    """What is wrong and how to fix it; the place is already in the annotation's properties."""
    text = f"{problem.message} — {problem.hint}" if problem.hint else problem.message
    return printable(text)


def annotation_lines(problems: Sequence[Problem]) -> list[str]:
    """The error commands GitHub will show, and a notice for those it would not."""
    lines = [error_command(problem) for problem in problems[:MAX_ANNOTATIONS]]
    hidden = len(problems) - MAX_ANNOTATIONS
    if hidden > 0:
        lines.append(
            notice_command(
                f"{hidden} more problem(s) are not shown as annotations: "
                "the job summary and the log list them all"
            )
        )
    return lines


def markdown_text(text: str) -> str:
    """Text that renders as itself in a GitHub Markdown table cell (no links, HTML or mentions)."""
    return "".join(f"\\{char}" if char in MARKDOWN_SPECIAL else char for char in printable(text))


def summary_markdown(
    problems: Sequence[Problem], environ: Mapping[str, str], command: str = "explainer check"
) -> str:
    """The complete list as a Markdown table; places link to the file when the run's commit is known."""
    lines = [
        f"### {markdown_text(command)}: {len(problems)} problem(s) in the fact base",
        "",
        "Fix each one in the file and line named, then push again "
        "(run `explainer check` before pushing to see them at once).",
        "",
        "| where | field | what is wrong | how to fix it |",
        "| --- | --- | --- | --- |",
    ]
    for problem in problems[:MAX_SUMMARY_ROWS]:
        cells = [
            _where(problem, environ),
            markdown_text(problem.field),
            markdown_text(problem.message),
            markdown_text(problem.hint),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    left_out = len(problems) - MAX_SUMMARY_ROWS
    if left_out > 0:
        lines += ["", f"… and {left_out} more: see the log."]
    return "\n".join(lines) + "\n"


def _where(problem: Problem, environ: Mapping[str, str]) -> str:
    text = markdown_text(str(problem.location))
    server, repository, commit = (
        environ.get(name) for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    if not (server and repository and commit):
        return text
    anchor = f"#L{problem.location.line}" if problem.location.line > 0 else ""
    # Percent-encoded, so that nothing in a file name can end the link or the cell.
    path = quote(printable(problem.location.file))
    return f"[{text}]({server}/{quote(repository)}/blob/{quote(commit)}/{path}{anchor})"


def report(
    problems: Sequence[Problem], environ: Mapping[str, str], out: TextIO | None = None
) -> None:
    """Under GitHub Actions: annotate the problems and add them to the step summary; else nothing."""
    if not problems or not is_github_actions(environ):
        return
    stream = out if out is not None else sys.stdout
    for line in annotation_lines(problems):
        print(line, file=stream)
    summary_file = environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            with Path(summary_file).open("a", encoding="utf-8") as summary:
                summary.write(summary_markdown(problems, environ))
        except OSError as error:  # the annotations and the log still have every problem
            print(
                f"warning: could not write the step summary {summary_file}: {error}",
                file=sys.stderr,
            )
