"""The site's interface speaks the edition's language: no English or tool words on the Greek
site, and the same mechanism gives an English edition its English words.

The words come from generator/site/overrides/partials/languages/explainer-LANG.html
(chosen by theme.language), the theme's own words for the language after them, and
mkdocs.yml (the heading links' title). Pagefind's search box takes its language from
<pagefind-config lang>, its index from the edition's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import build, copy_fixture, run_main

# What the themes and tools say in English, or that names a tool, wherever they say it.
NOT_ON_A_GREEK_PAGE = [
    "Permanent link",
    "Made with",
    "Material for MkDocs",
    "Zensical",
    "404 - Not found",
    "Initializing search",
    "Αρχικοποίηση αναζήτησης",
    "Πίνακας περιεχομένων",
    ">explainer<",
]


def text_between_tags(html: str, css_class: str) -> str:
    match = re.search(rf'class="{css_class}"[^>]*>(.*?)</', html, re.DOTALL)
    assert match, css_class
    return " ".join(match.group(1).split())


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_no_english_or_tool_words_on_any_greek_page(
    engine: str, request: pytest.FixtureRequest
) -> None:
    article_site: Path = request.getfixturevalue(
        "article_site" if engine == "mkdocs" else "zensical_site"
    )
    found = {
        page.relative_to(article_site).as_posix(): word
        for page in sorted(article_site.rglob("*.html"))
        for word in NOT_ON_A_GREEK_PAGE
        if word in page.read_text(encoding="utf-8")
    }
    assert found == {}


def test_the_greek_site_says_its_interface_in_greek(article_site: Path) -> None:
    home = (article_site / "index.html").read_text(encoding="utf-8")
    assert text_between_tags(home, "md-source__repository") == "Κώδικας και δεδομένα"
    assert 'title="Ο κώδικας και τα δεδομένα του οδηγού στο GitHub"' in home
    assert 'title="Σύνδεσμος σε αυτή την ενότητα"' in home
    assert "Σε αυτή τη σελίδα" in home
    assert '<label class="explainer-search__label">Αναζήτηση</label>' in home
    assert '<pagefind-config lang="el">' in home
    # The header shows the site's name.
    assert text_between_tags(home, "md-ellipsis") == (
        "Ρωσία και Βόρεια Κορέα: πυρομαχικά, επιστολές, αρνήσεις"
    )
    not_found = (article_site / "404.html").read_text(encoding="utf-8")
    assert "<h1>Η σελίδα δεν βρέθηκε</h1>" in not_found
    assert (
        "<p>Η διεύθυνση μπορεί να άλλαξε ή να γράφτηκε λάθος. Δοκιμάστε την αρχική σελίδα ή "
        "την αναζήτηση.</p>" in not_found
    )


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_english_edition_gets_english_words_and_an_english_index(
    tmp_path: Path, engine: str
) -> None:
    """The minimal fixture inherits the project's editions: its English one is under en/."""
    project = copy_fixture(tmp_path)
    site = project.root / f"site-{engine}"
    code, _, err = run_main(
        "--config", str(project.config), "build", "--site-dir", str(site), "--engine", engine
    )
    assert code == 0, err
    english = site / "en"
    home = (english / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in home
    assert text_between_tags(home, "md-source__repository") == "Code and data"
    assert '<label class="explainer-search__label">Search</label>' in home
    assert '<pagefind-config lang="en">' in home
    assert 'title="Link to this section"' in home
    assert "<h1>Page not found</h1>" in (english / "404.html").read_text(encoding="utf-8")
    for edition, language in ((site, "el"), (english, "en")):
        entry = json.loads((edition / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
        assert list(entry["languages"]) == [language]


def test_the_greek_fixture_builds_a_greek_index(tmp_path: Path) -> None:
    site = build(copy_fixture(tmp_path))
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["el"]
