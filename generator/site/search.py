"""The site's search index: Pagefind, run over one built edition before it is swapped in.

One search result per record, at its home. Pagefind makes one result of each HTML file,
and a result downloads its file's whole text: on a listing page of a hundred records
that is a hundred records' text for one hit, and a record listed on three pages is found
three times. So the edition is not indexed as it is built. It is read once into a
corpus, in a temporary folder, of what readers search for:
- each record's home (its heading marked data-record="home" by the renderer,
  render/page.py, and the text down to the next heading of its level or above) is a file
  of its own, named by the record's address (the page's, then #id: Pagefind makes a
  result's address from the file's path), with its heading as the result's title;
- a short entry (data-record="entry") is left out: the record is found at its home; so
  is a list of records told elsewhere (data-record="list": an actor's events and claims);
- each page, with those sections cut out, is a file at its own path: its title and the
  rest of its text, as the reader sees it.
Only what the theme's content block holds is read (overrides/main.html marks it
data-pagefind-body, and marks its end): not the navigation, header or footer. One index
per edition, each in its own language, before editions are put together.

The binary, not Pagefind's Python API: the API stops the binary as soon as it has
answered, and in testing that left a file of the index empty now and then; the binary
writes everything before it exits, and its exit code says whether it did.
"""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pagefind_bin import get_executable  # type: ignore[import-untyped]

from .. import runtime
from ..problems import ExplainerError
from ..render.page import ENTRY, HOME, LIST, RECORD_MARK

# Where the index goes, inside the edition's folder; the theme's templates link it.
INDEX_FOLDER = "pagefind"

# Inside the indexed text, left out all the same:
# - the headings' permalink marks (¶);
# - what carries data-search-exclude: the pictures, whose words are the page's own text
#   again (generator/pictures/), and in a full record the lines that name a quote's
#   source or its claims (render/page.py, UNSEARCHED);
# - a full record's fields, the list it opens with (render/page.py, record_body): dates
#   and places shown again, and the names of other records. A record is found by what
#   it says and by the words it quotes. With the fields and those lines, Pagefind took
#   twice as long at 10,000 events (benchmarks/bench.py);
# - a full record's «Αναλυτικά», the same word in every record's excerpt.
EXCLUDED = (
    ".headerlink",
    "[data-search-exclude]",
    ".explainer-record > ul",
    ".explainer-record > summary",
)

# Words per index chunk (Pagefind's default is 20,000). A search downloads the chunks that
# hold its words: smaller chunks mean fewer bytes per search on a large site, for a few
# more files. Pagefind reads it from this variable only, marked unstable: it is tested
# with the pinned version (benchmarks/bench.py measures what a search downloads).
CHUNK_SIZE = 4000
CHUNK_SIZE_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"

TIMEOUT = 1800.0  # seconds; 10,000 events index in under a minute

# Where the corpus is written: a folder in memory where the system has one with room
# (Linux's /dev/shm; a container's may hold only 64 MB), else the temporary folder. It is
# a file per result, 18,800 at 10,000 events (about 40 MB), read once: measured here,
# writing them took 4 s in memory and 8 to 20 s on the disk.
MEMORY_FOLDER, MEMORY_NEEDED = "/dev/shm", 1 << 30


def scratch_folder() -> str | None:
    """The folder for the corpus (None: the system's temporary folder)."""
    try:
        room = os.statvfs(MEMORY_FOLDER)
    except OSError:
        return None
    if room.f_bavail * room.f_frsize < MEMORY_NEEDED or not os.access(MEMORY_FOLDER, os.W_OK):
        return None
    return MEMORY_FOLDER


# The searched part of a built page: from the element marked data-pagefind-body to the
# comment overrides/main.html writes where it ends.
BODY_START = re.compile(r"<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>")
BODY_END = "<!-- explainer: end of the searched text -->"
HEADING = re.compile(r"<h([1-6])\b([^>]*)>")
MARK = re.compile(rf'\b{RECORD_MARK}="({HOME}|{ENTRY}|{LIST})"')
ANCHOR = re.compile(r'\bid="([^"]+)"')
RECORD_TITLE = 'data-pagefind-meta="title"'  # a record's heading is its result's title
PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


class SearchIndexError(ExplainerError):
    """Pagefind could not index a built edition; the site is not swapped in."""


def index_edition(site_dir: Path, language: str, stop: threading.Event | None = None) -> None:
    """Index one built edition, in its folder site_dir, as a site in `language` (el, en…),
    into site_dir/pagefind.

    Every page is indexed as `language`, whatever its <html lang>, so that one edition
    is one index. Raise SearchIndexError with Pagefind's own words when it fails. When
    `stop` is set (the preview shutting down), Pagefind is stopped and nothing is said.
    The index is written beside the one in place and put there once it is whole: a page
    loaded meanwhile (in the preview) finds the previous index, never half of one.
    """
    fresh, current = site_dir / f".{INDEX_FOLDER}-new", site_dir / INDEX_FOLDER
    shutil.rmtree(fresh, ignore_errors=True)
    with tempfile.TemporaryDirectory(
        prefix="explainer-pagefind-", dir=scratch_folder()
    ) as temporary:
        corpus, empty_folder = Path(temporary) / "corpus", Path(temporary) / "run"
        empty_folder.mkdir()
        write_corpus(site_dir, corpus, language)
        arguments, env = pagefind_command(corpus, fresh, language)
        try:
            done = _run(arguments, empty_folder, env, stop)
        except (OSError, subprocess.TimeoutExpired) as error:
            shutil.rmtree(fresh, ignore_errors=True)
            raise SearchIndexError(f"Pagefind could not run: {error}") from None
    if done is None or done.returncode != 0 or not (fresh / "pagefind-entry.json").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        if done is None:
            return
        said = " ".join((done.stdout + done.stderr).split()) or f"exit code {done.returncode}"
        raise SearchIndexError(
            f"Pagefind could not index the site in {site_dir}: {said} — "
            "the previous site is unchanged; rerun with a built site that has HTML pages"
        )
    previous = site_dir / f".{INDEX_FOLDER}-old"
    shutil.rmtree(previous, ignore_errors=True)
    if current.exists():
        current.rename(previous)
    fresh.rename(current)
    shutil.rmtree(previous, ignore_errors=True)


def _run(
    arguments: list[str], cwd: Path, env: dict[str, str], stop: threading.Event | None
) -> subprocess.CompletedProcess[str] | None:
    """Run Pagefind to its end, or until `stop` is set (then None): a process left running
    when the preview stops would go on reading a site that is gone."""
    process = subprocess.Popen(
        arguments, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            stdout, stderr = process.communicate(timeout=0.2)
        except subprocess.TimeoutExpired:
            stopped = stop is not None and stop.is_set()
            if stopped or time.monotonic() > deadline:
                process.kill()
                process.communicate()
                if stopped:
                    return None
                raise
            continue
        return subprocess.CompletedProcess(arguments, process.returncode, stdout, stderr)


def pagefind_command(corpus: Path, output: Path, language: str) -> tuple[list[str], dict[str, str]]:
    """The Pagefind command that indexes a corpus (write_corpus) into `output`, and its
    environment (to be run in an empty working folder: Pagefind reads a pagefind.yml,
    .toml or .json found there)."""
    arguments = [
        str(get_executable()),
        "--site",
        str(corpus.resolve()),
        # Pages, and records, whose files are named by their address (…/#id).
        "--glob",
        "**/{*.html,#*}",
        "--output-path",
        str(output.resolve()),
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


# --- the corpus: what readers search for, a file per result ---------------------------------


@dataclass(frozen=True)
class Section:
    """A marked heading and the text below it, down to the next heading of its level or
    above: a record's home, a short entry or a list of records."""

    start: int
    end: int
    kind: str  # HOME, ENTRY or LIST
    anchor: str


def write_corpus(site_dir: Path, corpus: Path, language: str) -> int:
    """Write the corpus of the edition in site_dir into the folder `corpus`: each page's
    searched text without its records' sections, and each record's home as a file of its
    own. Return how many files were written.

    The pages are read on every core (runtime.py's policy): at 10,000 events they are
    270 MB of HTML, and reading them was a quarter of the index step. The files are
    written here, in one order: Pagefind reads a folder in the order it lists its files,
    which in a folder in memory is the order they were made, and the index follows it."""
    pages = [
        page
        for page in sorted(site_dir.rglob("*.html"))
        if page.relative_to(site_dir).parts[0] != INDEX_FOLDER
    ]
    task = functools.partial(_corpus_files, site_dir, language)
    written = 0
    for relative, text in runtime.map_in_chunks(task, pages, runtime.default_workers()):
        _write(corpus / relative, text)
        written += 1
    return written


def _corpus_files(site_dir: Path, language: str, pages: Sequence[Path]) -> list[tuple[str, str]]:
    """The corpus files of some pages, in order: (path in the corpus, text)."""
    return [file for page in pages for file in _corpus_files_of(site_dir, language, page)]


def _corpus_files_of(site_dir: Path, language: str, page: Path) -> list[tuple[str, str]]:
    relative = page.relative_to(site_dir)
    text = page.read_text(encoding="utf-8")
    body = searched_body(text)
    if body is None:  # no searched text (a redirect, say): Pagefind would skip it
        return []
    start, end = body
    sections = list(marked_sections(text, start, end))
    kept, position = [], start
    for section in sections:
        kept.append(text[position : section.start])
        position = section.end
    kept.append(text[position:end])
    files = [(relative.as_posix(), search_page("".join(kept), language))]
    address = relative.parent if relative.name == "index.html" else relative
    for section in sections:
        if section.kind == HOME:
            stub = record_page(text[section.start : section.end], language)
            files.append(((address / f"#{section.anchor}").as_posix(), stub))
    return files


def searched_body(text: str) -> tuple[int, int] | None:
    """Where the searched text of a built page starts and ends, or None if it has none."""
    opened = BODY_START.search(text)
    if opened is None:
        return None
    end = text.find(BODY_END, opened.end())
    return opened.end(), end if end >= 0 else len(text)


def marked_sections(text: str, start: int, end: int) -> Iterator[Section]:
    """The sections of text[start:end] under a heading marked as a record's home, an entry
    or a list."""
    headings = [
        (match.start(), int(match.group(1)), match.group(2))
        for match in HEADING.finditer(text, start, end)
    ]
    for number, (position, level, attributes) in enumerate(headings):
        mark, anchor = MARK.search(attributes), ANCHOR.search(attributes)
        if mark is None or anchor is None:
            continue
        stop = next((at for at, other, _ in headings[number + 1 :] if other <= level), end)
        name = html.unescape(anchor.group(1))
        if "/" in name or name in {".", ".."}:  # not a file name: ids are slugs (model/)
            continue
        yield Section(position, stop, mark.group(1), name)


def record_page(section: str, language: str) -> str:
    """A record's home as a page of its own: its heading, without the permalink mark, is
    the result's title."""
    heading_end = section.index(">") + 1
    heading = section[:heading_end].replace(" ", f" {RECORD_TITLE} ", 1)
    rest = section[heading_end:]
    closing = rest.find("</h")
    if closing >= 0:
        rest = PERMALINK.sub("", rest[:closing]) + rest[closing:]
    return search_page(heading + rest, language)


def search_page(searched: str, language: str) -> str:
    """A page for Pagefind that holds only the searched text (the rest of a built page,
    its navigation and scripts, is more than half its bytes, and Pagefind would read it
    all); a page's title is its first <h1>, as on the built page."""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"></head>'
        f"<body><div data-pagefind-body>{searched}</div></body></html>"
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
