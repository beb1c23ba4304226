"""The command line: a thin layer that runs the pipeline and turns its errors into messages.

Domain errors are translated here, once; a traceback is shown only with --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import annotations as github_annotations  # not `annotations`: the __future__ import's name
from . import diff, model, pipeline, scaffold
from .problems import FactBaseError
from .site import SiteBuildError
from .write import OutputError

DESCRIPTION = "Check a YAML fact base and build it into an explainer website."


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
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("check", help="check the fact base and report every problem")
    commands.add_parser(
        "schema",
        help="print the JSON Schema of content files (redirect it to content/schema/content.schema.json)",
    )
    generate = commands.add_parser("generate", help="check, then write the Markdown pages")
    generate.add_argument(
        "--docs-dir",
        type=Path,
        default=None,
        help="where to write (default: docs_dir of the config)",
    )
    build = commands.add_parser("build", help="check, generate and build the site with MkDocs")
    build.add_argument(
        "--site-dir",
        type=Path,
        default=None,
        help="where the site goes (default: site_dir of the config)",
    )
    compare = commands.add_parser(
        "diff",
        help="print, as Markdown for reviewers, the facts that changed between two git revisions",
        description="Compare the fact base at git revision BASE with HEAD (default: the working "
        "tree) and print Markdown: records added and removed, and each changed field with its "
        "old and new value and its file and line at HEAD.",
    )
    compare.add_argument(
        "base", metavar="BASE", help="the git revision to compare with, e.g. origin/main"
    )
    compare.add_argument(
        "head",
        metavar="HEAD",
        nargs="?",
        default=None,
        help="the git revision with the changes (default: the working tree, to preview your edit)",
    )
    new = commands.add_parser(
        "new",
        help="print a new record to fill in; nothing is written: append it yourself, "
        "e.g. explainer new event >> content/events.yaml",
        description="Print a new record of KIND with a fresh id and its required fields, as "
        "commented YAML to fill in. Nothing is written into content/: append it yourself to the "
        "file that holds the kind's list, e.g. explainer new event >> content/events.yaml, fill "
        'in every "" and run explainer check.',
    )
    new.add_argument(
        "kind", metavar="KIND", choices=list(scaffold.KINDS), help=", ".join(scaffold.KINDS)
    )
    new.add_argument("--id", default=None, help="the new record's id (default: a fresh new-KIND-N)")
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    content = args.content if args.content is not None else args.config.parent / "content"
    project = pipeline.Project(config_file=args.config, content_dir=content)
    started = time.perf_counter()
    try:
        if not args.config.is_file():
            raise OutputError(
                f"there is no MkDocs config at {args.config} — run from the project folder or pass --config"
            )
        if args.command == "schema":
            print(json.dumps(model.json_schema(), ensure_ascii=False, indent=2, sort_keys=True))
            return 0
        if args.command == "check":
            facts = pipeline.check(project)
            print(f"The fact base is consistent: {len(facts.origins)} records.")
        elif args.command == "generate":
            docs_dir, changed = pipeline.generate(project, args.docs_dir)
            print(f"Wrote the pages into {docs_dir} ({changed} file(s) changed).")
        elif args.command == "build":
            site_dir = pipeline.build(project, args.site_dir)
            print(f"Built the site into {site_dir} in {time.perf_counter() - started:.1f} s.")
        elif args.command == "diff":
            print(diff.fact_diff(project.content_dir, project.root, args.base, args.head), end="")
        elif args.command == "new":
            print(scaffold.scaffold(args.kind, project.content_dir, project.root, args.id), end="")
    except FactBaseError as error:
        problems = error.problems.sorted()
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) found; nothing was written.", file=sys.stderr)
        github_annotations.report(problems, os.environ)  # on the pull request's lines, in CI
        return 1
    except (SiteBuildError, OutputError, diff.DiffError, scaffold.ScaffoldError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous site is unchanged.", file=sys.stderr)
        return 130
    except Exception as error:
        if args.debug:
            raise
        print(
            f"internal error: {type(error).__name__}: {error} — rerun with --debug and report it",
            file=sys.stderr,
        )
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
