"""The editions: Greek at the site's root, English under en/ with the same paths; every page
names its twins (hreflang, both ways, and x-default) and links to them (the language
switcher); English pages say nothing in Greek except the sources' own words, marked
lang="el"; one sitemap lists both. Under both engines."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import dates, labels, pipeline
from generator.dates import words as date_words
from tests.support import copy_fixture

SITE_URL = "https://explainer-project.github.io/explainer/"
GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def pages_of(edition: Path) -> set[str]:
    """An edition's pages by path (not the other editions' inside it)."""
    return {
        p.relative_to(edition).as_posix()
        for p in edition.rglob("*.html")
        if not p.relative_to(edition).as_posix().startswith("en/")
    }


def address(page: str) -> str:
    return page.removesuffix("index.html")


@pytest.fixture(params=["mkdocs", "zensical"])
def site(request: pytest.FixtureRequest) -> Path:
    built: Path = request.getfixturevalue(
        "article_site" if request.param == "mkdocs" else "zensical_site"
    )
    return built


def test_every_greek_page_has_an_english_twin_at_the_same_path(site: Path) -> None:
    greek, english = pages_of(site), pages_of(site / "en")
    assert len(greek) > 30
    assert greek == english


def test_each_edition_says_its_language(site: Path) -> None:
    for edition, language in ((site, "el"), (site / "en", "en")):
        for page in pages_of(edition):
            html = (edition / page).read_text(encoding="utf-8")
            assert f'<html lang="{language}"' in html, page


class Head(HTMLParser):
    """The hreflang links and the switcher's links of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.alternates: dict[str, str] = {}
        self.switcher: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "alternate" and found.get("hreflang"):
            self.alternates[str(found["hreflang"])] = str(found["href"])
        if tag == "a" and "explainer-editions__link" in (found.get("class") or ""):
            self.switcher.append(found)


def read_head(path: Path) -> Head:
    parser = Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def twins_in_the_sitemap(site: Path) -> dict[str, dict[str, str]]:
    """Each page the sitemap lists -> its twins by hreflang."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return {
        re.search(r"<loc>([^<]+)</loc>", entry).group(1): dict(  # type: ignore[union-attr]
            re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', entry)
        )
        for entry in re.findall(r"<url>.*?</url>", sitemap)
    }


def test_every_page_names_its_twins_and_links_to_the_other_edition(site: Path) -> None:
    twins = twins_in_the_sitemap(site)
    for page in sorted(pages_of(site) - {"404.html"}):
        greek_url, english_url = SITE_URL + address(page), SITE_URL + "en/" + address(page)
        expected = {"el": greek_url, "en": english_url, "x-default": greek_url}
        assert twins[greek_url] == twins[english_url] == expected, page
        depth = page.count("/")
        for edition, other, other_root in ((site, "en", "en/"), (site / "en", "el", "../")):
            head = read_head(edition / page)
            # In the sitemap, not the head: the theme's script fetches "sitemap.xml" below
            # every <link rel="alternate"> of a page (generator/site/sitemap.py).
            assert head.alternates == {}, page
            (link,) = head.switcher
            assert link["hreflang"] == link["lang"] == other
            assert link["href"] == "../" * depth + other_root + address(page)
            # The link leads to a page that is there.
            target = (edition / page).parent / str(link["href"])
            assert (target / "index.html" if target.is_dir() else target).is_file(), page


def test_the_switcher_names_each_language_in_itself(article_site: Path) -> None:
    greek = (article_site / "timeline" / "index.html").read_text(encoding="utf-8")
    english = (article_site / "en" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert (
        '<a class="explainer-editions__link" href="../en/timeline/" hreflang="en" lang="en" '
        'title="Αυτή η σελίδα στα αγγλικά">English</a>'
    ) in greek
    assert (
        '<a class="explainer-editions__link" href="../../timeline/" hreflang="el" lang="el" '
        'title="This page in Greek">Ελληνικά</a>'
    ) in english


class GreekOutsideGreek(HTMLParser):
    """Greek letters in text or attributes that no lang="el" element holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, bool]] = []
        self.found: list[str] = []

    def _greek_here(self, attrs: dict[str, str | None]) -> bool:
        return (attrs.get("lang") or "").startswith("el") or bool(self.open and self.open[-1][1])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        greek = self._greek_here(found)
        for name, value in found.items():
            named = value and name not in {"href", "src", "id"} and GREEK_LETTER.search(value)
            if named and not greek:
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag not in VOID:
            self.open.append((tag, greek))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data: str) -> None:
        if GREEK_LETTER.search(data) and not (self.open and self.open[-1][1]):
            self.found.append(" ".join(data.split())[:80])


def test_english_pages_have_greek_letters_only_inside_lang_el(site: Path) -> None:
    found = {}
    for page in sorted(pages_of(site / "en")):
        parser = GreekOutsideGreek()
        parser.feed((site / "en" / page).read_text(encoding="utf-8"))
        if parser.found:
            found[page] = parser.found[:3]
    assert found == {}


def test_the_checker_finds_greek_outside_lang_el() -> None:
    parser = GreekOutsideGreek()
    parser.feed(
        '<html lang="en"><p>Fine <span lang="el">«λέξη»</span> fine</p>'
        '<p title="τίτλος">Also <b>λάθος</b></p><img alt="εικόνα"></html>'
    )
    assert parser.found == ["<p title='τίτλος'>", "λάθος", "<img alt='εικόνα'>"]


def test_quotes_on_english_pages_are_the_greek_beside_the_editors_translation(
    article_site: Path,
) -> None:
    home = (article_site / "en" / "index.html").read_text(encoding="utf-8")
    assert (
        '<span lang="el">«Λευκός Οίκος: Η Ρωσία ζητά πολεμοφόδια από τη Βόρεια Κορέα»</span> '
        "(editors' translation: “White House: Russia seeks munitions from North Korea”)"
    ) in home


def test_english_dates_are_written_as_an_english_editor_writes_them(article_site: Path) -> None:
    timeline = (article_site / "en" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "No later than 31 August 2023" in timeline
    assert dates.say("2022-10~/2022-12~", "en") == "late 2022 (approximate)"
    assert dates.say("2023-03", "en") == "March 2023"
    assert dates.say("../2023-08-30", "en") == "no later than 30 August 2023"


def test_one_sitemap_lists_both_editions(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    listed = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    expected = [
        SITE_URL + prefix + address(page)
        for prefix in ("", "en/")
        for page in pages_of(site / prefix)
        if page != "404.html"
    ]
    assert sorted(listed) == sorted(expected)


def test_each_edition_has_its_own_share_card_and_search_index(article_site: Path) -> None:
    card = "assets/share-card.png"
    assert (article_site / card).read_bytes() != (article_site / "en" / card).read_bytes()
    home = (article_site / "en" / "index.html").read_text(encoding="utf-8")
    assert f'<meta property="og:image" content="{SITE_URL}en/{card}">' in home
    assert (
        '<meta property="og:image:alt" content="White House: Russia seeks munitions from North '
        'Korea — Russia and North Korea: munitions, letters, denials">'
    ) in home


# ---- a third language: its interface words and date words are all it needs ----

XX = "xx"  # a made-up language: every interface word is the English one, bracketed


@pytest.fixture
def third_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Language xx as data only: its labels and its date vocabulary."""
    for words in labels.LABELS.values():
        monkeypatch.setitem(words, XX, f"⟦{words['en']}⟧")
    monkeypatch.setitem(labels.LABELS["language.name"], XX, "Xxish")  # as the switcher names it
    monkeypatch.setitem(
        labels.LABELS, f"language.switch.title.{XX}", {"el": "x", "en": "x", XX: "x"}
    )
    english = date_words._VOCABULARIES["en"]
    monkeypatch.setitem(
        date_words._VOCABULARIES,
        XX,
        date_words._Vocabulary(
            **{
                **english.__dict__,
                "months": tuple(f"xx-{month}" for month in range(1, 13)),
                "months_after_day": tuple(f"xx-{month}" for month in range(1, 13)),
            }
        ),
    )
    date_words.say.cache_clear()
    date_words.say_parts.cache_clear()


def test_a_third_language_is_labels_and_date_words_only(
    third_language: None, tmp_path: Path
) -> None:
    """A theme build is not part of it: Material and Zensical accept only the languages
    they have words for (partials/languages/LANG.html), which a made-up one has not; a
    real third language also needs its overrides/partials/languages/explainer-LANG.html."""
    project = copy_fixture(tmp_path)
    config = project.config.read_text(encoding="utf-8")
    project.config.write_text(
        config + "extra:\n  editions:\n    - language: el\n    - language: en\n      path: en\n"
        f"    - language: {XX}\n      path: {XX}\n",
        encoding="utf-8",
    )
    folders, _ = pipeline.generate_editions(
        pipeline.Project(project.config, project.content), with_history=False
    )
    assert [folder.name for folder in folders] == ["docs", "docs-en", f"docs-{XX}"]
    greek, _, third = folders
    made = {p.relative_to(third).as_posix() for p in third.rglob("*.md")}
    assert made == {p.relative_to(greek).as_posix() for p in greek.rglob("*.md")}
    timeline = (third / "timeline" / "index.md").read_text(encoding="utf-8")
    assert "# ⟦Timeline⟧" in timeline
    assert "4 xx-3 2024" in timeline  # its own month names
    # Its texts have no words in xx: shown in Greek, marked.
    assert '<span lang="el">Κλείνει η παλιά πεζογέφυρα</span> (⟦not yet translated⟧)' in timeline
