"""The site's search index: Pagefind, run over one built edition before it is swapped in.

Pagefind (the binary inside the pagefind[bin] wheel) reads the built HTML and writes its
index and UI into the edition's pagefind/ folder. Only what the theme's content block
holds is indexed (overrides/main.html marks it data-pagefind-body): the page's title and
text, not the navigation, header or footer. One index per edition: each edition's
folder is indexed on its own, in its own language, before editions are put together.

The binary, not Pagefind's Python API: the API stops the binary as soon as it has
answered, and in testing that left a file of the index empty now and then; the binary
writes everything before it exits, and its exit code says whether it did.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from pagefind_bin import get_executable  # type: ignore[import-untyped]

from ..problems import ExplainerError

# Where the index goes, inside the edition's folder; the theme's templates link it.
INDEX_FOLDER = "pagefind"

# Inside the indexed text, left out all the same: the headings' permalink marks (¶), and
# the pictures, whose words are the page's own text again (data-search-exclude is what
# the pictures carry: generator/pictures/).
EXCLUDED = (".headerlink", "[data-search-exclude]")

# Words per index chunk (Pagefind's default is 20,000). A search downloads the chunks that
# hold its words: smaller chunks mean fewer bytes per search on a large site, for a few
# more files. Pagefind reads it from this variable only, marked unstable: it is tested
# with the pinned version (benchmarks/bench.py measures what a search downloads).
CHUNK_SIZE = 4000
CHUNK_SIZE_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"

TIMEOUT = 1800.0  # seconds; 10,000 events index in under a minute


class SearchIndexError(ExplainerError):
    """Pagefind could not index a built edition; the site is not swapped in."""


def index_edition(site_dir: Path, language: str) -> None:
    """Index one built edition, in its folder site_dir, as a site in `language` (el, en…).

    Every page is indexed as `language`, whatever its <html lang>, so that one edition
    is one index. Raise SearchIndexError with Pagefind's own words when it fails.
    """
    arguments, env = pagefind_command(site_dir, language)
    with tempfile.TemporaryDirectory(prefix="explainer-pagefind-") as empty_folder:
        try:
            done = subprocess.run(
                arguments,
                cwd=empty_folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SearchIndexError(f"Pagefind could not run: {error}") from None
    if done.returncode != 0 or not (site_dir / INDEX_FOLDER / "pagefind-entry.json").is_file():
        said = " ".join((done.stdout + done.stderr).split()) or f"exit code {done.returncode}"
        raise SearchIndexError(
            f"Pagefind could not index the site in {site_dir}: {said} — "
            "the previous site is unchanged; rerun with a built site that has HTML pages"
        )


def pagefind_command(site_dir: Path, language: str) -> tuple[list[str], dict[str, str]]:
    """The Pagefind command that indexes an edition, and its environment (to be run in an
    empty working folder: Pagefind reads a pagefind.yml, .toml or .json found there)."""
    arguments = [
        str(get_executable()),
        "--site",
        str(site_dir.resolve()),
        "--output-subdir",
        INDEX_FOLDER,
        "--force-language",
        language,
        "--silent",
    ]
    for selector in EXCLUDED:
        arguments += ["--exclude-selectors", selector]
    # Settings from PAGEFIND_* variables would change the index behind our back.
    env = {name: value for name, value in os.environ.items() if not name.startswith("PAGEFIND_")}
    env[CHUNK_SIZE_VARIABLE] = str(CHUNK_SIZE)
    return arguments, env
