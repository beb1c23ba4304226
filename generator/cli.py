"""The command line: a thin layer that runs the pipeline and turns its errors into messages.

Each subcommand is a row of COMMANDS: its help, its own arguments, and the function that
runs it and returns what to print. Errors are translated here, once: every error the
program expects is an ExplainerError; a traceback is shown only with --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from . import model, pipeline, preview, site, translations
from .problems import ExplainerError, FactBaseError, Problems, internal_error
from .tools import diff, github, scaffold

DESCRIPTION = "Check a YAML fact base and build it into an explainer website."


def _check(args: argparse.Namespace, project: pipeline.Project) -> str:
    facts = pipeline.check(project)
    languages = [e.language for e in site.read_site_settings(project.config_file).editions[1:]]
    warnings = translations.missing(facts, languages)
    if warnings and args.require_translations:
        problems = Problems()
        problems.extend(warnings)
        raise FactBaseError(problems)
    for warning in warnings:
        print(f"{warning}", file=sys.stderr)
    if warnings:
        print(translations.summary(warnings, languages), file=sys.stderr)
    return f"The fact base is consistent: {len(facts.origins)} records.\n"


def _check_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--require-translations",
        action="store_true",
        help="make a text without words in an edition's language an error, not a warning (for CI)",
    )


def _schema(args: argparse.Namespace, project: pipeline.Project) -> str:
    return json.dumps(model.json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _generate(args: argparse.Namespace, project: pipeline.Project) -> str:
    folders, changed = pipeline.generate_editions(project, args.docs_dir)
    shown = ", ".join(str(folder) for folder in folders)
    return f"Wrote the pages into {shown} ({changed} file(s) changed).\n"


def _build(args: argparse.Namespace, project: pipeline.Project) -> str:
    started = time.perf_counter()
    site_dir = pipeline.build(project, args.site_dir, args.engine)
    return f"Built the site into {site_dir} in {time.perf_counter() - started:.1f} s.\n"


def _serve(args: argparse.Namespace, project: pipeline.Project) -> str:
    """Generate, then serve the preview until stopped; a broken fact base does not stop it."""
    docs_dir = site.read_site_settings(project.config_file).docs_dir
    shown = preview.preview_of(project, docs_dir)
    shown.show_tracebacks = args.debug
    outcome = shown.regenerate()  # now, while no thread runs: it may use every core
    for line in outcome.problems:
        print(line, file=sys.stderr)
    if outcome.mode == "failed":
        print(
            f"{len(outcome.problems)} problem(s) found; the preview shows them on every page, "
            "over the last good version of the pages",
            file=sys.stderr,
        )
    else:
        print(
            f"Wrote the pages into {docs_dir} ({len(outcome.written)} file(s) changed).", flush=True
        )
    shown.write_placeholder()
    site.serve_preview(project.config_file, args.address, args.open)
    return "Stopped the preview.\n"


def _diff(args: argparse.Namespace, project: pipeline.Project) -> str:
    return diff.fact_diff(project.content_dir, project.root, args.base, args.head)


def _new(args: argparse.Namespace, project: pipeline.Project) -> str:
    return scaffold.scaffold(args.kind, project.content_dir, project.root, args.id)


def _docs_dir_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--docs-dir",
        type=Path,
        default=None,
        help="where to write (default: docs_dir of the config)",
    )


def _site_dir_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--site-dir",
        type=Path,
        default=None,
        help="where the site goes (default: site_dir of the config)",
    )


def _build_arguments(command: argparse.ArgumentParser) -> None:
    _site_dir_argument(command)
    command.add_argument(
        "--engine",
        choices=site.ENGINES,
        default=site.ENGINES[0],
        help="what builds the pages into the site: mkdocs (MkDocs with Material, the default) "
        "or zensical (Zensical, from the same mkdocs.yml)",
    )


def _address(text: str) -> str:
    """HOST:PORT, as mkdocs serve takes it; refused here, before the pages are written."""
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not HOST:PORT — e.g. {site.DEFAULT_ADDRESS}, or 0.0.0.0:8000 for every "
            "interface"
        )
    return text


def _serve_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-a",
        "--dev-addr",
        dest="address",
        metavar="HOST:PORT",
        type=_address,
        default=site.DEFAULT_ADDRESS,
        help=f"where to serve the preview, as mkdocs serve takes it (default: {site.DEFAULT_ADDRESS})",
    )
    command.add_argument(
        "-o", "--open", action="store_true", help="open the preview in the default browser"
    )


def _revision_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "base", metavar="BASE", help="the git revision to compare with, e.g. origin/main"
    )
    command.add_argument(
        "head",
        metavar="HEAD",
        nargs="?",
        default=None,
        help="the git revision with the changes (default: the working tree, to preview your edit)",
    )


def _kind_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "kind", metavar="KIND", choices=list(scaffold.KINDS), help=", ".join(scaffold.KINDS)
    )
    command.add_argument(
        "--id", default=None, help="the new record's id (default: a fresh new-KIND-N)"
    )


def _no_arguments(command: argparse.ArgumentParser) -> None:
    pass


@dataclass(frozen=True)
class Command:
    """A subcommand: what `--help` says of it, its own arguments, and what it runs.

    run returns what the command prints on standard output.
    """

    help: str
    run: Callable[[argparse.Namespace, pipeline.Project], str]
    arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments
    description: str | None = None


COMMANDS: dict[str, Command] = {
    "check": Command("check the fact base and report every problem", _check, _check_arguments),
    "schema": Command(
        "print the JSON Schema of content files (redirect it to content/schema/content.schema.json)",
        _schema,
    ),
    "generate": Command("check, then write the Markdown pages", _generate, _docs_dir_argument),
    "build": Command(
        "check, generate, build the site (MkDocs or Zensical) and index it for search",
        _build,
        _build_arguments,
    ),
    "serve": Command(
        "preview the site while you edit content/: a saved change shows at once, and what is "
        "wrong shows on every page",
        _serve,
        _serve_arguments,
        description="Write the pages, then serve them with live reload until Ctrl-C. Saving a "
        "file in content/ remakes only the pages it touches; while the fact base has problems, "
        "every page shows them, as `explainer check` prints them, over its last good version. "
        "Nothing is written into content/. Search works as on the built site.",
    ),
    "diff": Command(
        "print, as Markdown for reviewers, the facts that changed between two git revisions",
        _diff,
        _revision_arguments,
        description="Compare the fact base at git revision BASE with HEAD (default: the working "
        "tree) and print Markdown: records added and removed, and each changed field with its "
        "old and new value and its file and line at HEAD.",
    ),
    "new": Command(
        "print a new record to fill in; nothing is written: append it yourself, "
        "e.g. explainer new event >> content/events.yaml",
        _new,
        _kind_arguments,
        description="Print a new record of KIND with a fresh id and its required fields, as "
        "commented YAML to fill in. Nothing is written into content/: append it yourself to the "
        "file that holds the kind's list, e.g. explainer new event >> content/events.yaml, fill "
        'in every "" and run explainer check.',
    ),
}


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="explainer", description=DESCRIPTION)
    root.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.yml"),
        help="the MkDocs config (default: mkdocs.yml)",
    )
    root.add_argument(
        "--content",
        type=Path,
        default=None,
        help="the fact base folder (default: content/ beside the config)",
    )
    root.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    subcommands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        command.arguments(
            subcommands.add_parser(name, help=command.help, description=command.description)
        )
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    content = args.content if args.content is not None else args.config.parent / "content"
    project = pipeline.Project(config_file=args.config, content_dir=content)
    try:
        if not args.config.is_file():
            raise ExplainerError(
                f"there is no MkDocs config at {args.config} — run from the project folder or pass --config"
            )
        print(COMMANDS[args.command].run(args, project), end="")
    except ExplainerError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        github.report(error.located(), os.environ)  # on the pull request's lines, in CI
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous site is unchanged.", file=sys.stderr)
        return 130
    except Exception as error:
        if args.debug:
            raise
        print(internal_error(error), file=sys.stderr)
        return 2
    return 0


def run() -> NoReturn:
    """The `explainer` command: main(), then leave without tearing the heap down.

    Freeing a large fact base object by object at exit took ~0.9 s of a 6 s generate at
    10,000 events; every file is written and closed by then, so only the standard
    streams need flushing.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)
