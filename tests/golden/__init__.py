"""Golden files of the generated Markdown, one folder per story.

Regenerate after an intended change with `make golden` (python -m tests.golden --update),
then read the diff: it is what readers will see change.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from generator import pipeline
from tests.support import REPO_ROOT

GOLDEN = Path(__file__).resolve().parent  # one folder of pages per story and edition
STORIES = {
    "article": pipeline.Project(REPO_ROOT / "mkdocs.yml", REPO_ROOT / "content"),
    "bridge": pipeline.Project(
        REPO_ROOT / "tests/stories/bridge/mkdocs.yml", REPO_ROOT / "tests/stories/bridge/content"
    ),
}
# Each story in each edition: the default (Greek) one in the story's folder, the English
# one in STORY-en (mkdocs.yml's extra.editions, in that order).
EDITIONS = {"": 0, "-en": 1}
GOLDEN_SETS = {
    f"{story}{suffix}": (story, index) for story in STORIES for suffix, index in EDITIONS.items()
}


def generated_markdown(name: str) -> dict[str, str]:
    """The story's generated pages in one edition (Markdown only: assets are copied files)."""
    story, index = GOLDEN_SETS[name]
    with tempfile.TemporaryDirectory() as scratch:
        # Without git history: commit dates would change the golden files at every commit.
        folders, _ = pipeline.generate_editions(
            STORIES[story], Path(scratch) / "docs", with_history=False
        )
        docs = folders[index]
        return {
            path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(docs.rglob("*.md"))
        }


def golden_markdown(name: str) -> dict[str, str]:
    folder = GOLDEN / name
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*.md"))
    }


def update(name: str) -> None:
    folder = GOLDEN / name
    shutil.rmtree(folder, ignore_errors=True)
    for relative, text in generated_markdown(name).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args()
    if not args.update:
        parser.print_help()
        return 2
    for name in GOLDEN_SETS:
        update(name)
        print(f"updated {GOLDEN / name}")
    return 0
