"""The search corpus: a built edition read into one file per page and one per record's
home, which Pagefind indexes (generator/site/search.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site import search
from generator.site.search import BODY_END, write_corpus

# A listing page as MkDocs builds it: the theme around the searched text, a claim whose
# home is this page, a short entry of an event whose home is elsewhere, and the footer.
CLAIMS_PAGE = (
    '<html lang="el"><head><title>Ισχυρισμοί</title></head><body><nav>Μενού</nav>'
    "<div data-pagefind-body>"
    '<h1 id="claims">Ισχυρισμοί<a class="headerlink" href="#claims">¶</a></h1>'
    "<p>Ισχυρισμοί, όχι διαπιστωμένα γεγονότα.</p>"
    '<h2 data-record="home" id="putin-kim-letters">Λευκός Οίκος: Επιστολές Πούτιν–Κιμ'
    '<a class="headerlink" href="#putin-kim-letters">¶</a></h2>'
    "<p>Ο Πούτιν και ο Κιμ αντάλλαξαν επιστολές.</p>"
    '<details class="explainer-record"><summary>Αναλυτικά</summary>'
    "<p>«αντάλλαξαν επιστολές»</p></details>"
    '<h2 data-record="entry" id="shoigu-visit">Επίσκεψη του Σοϊγκού</h2>'
    '<p><a href="../timeline/#shoigu-visit">Αναλυτικά</a></p>'
    '<h2 id="more">Κι άλλα</h2><p>Το τέλος της σελίδας.</p>'
    f"{BODY_END}</div><footer>Υποσέλιδο</footer></body></html>"
)


def corpus_of(site: Path, tmp_path: Path) -> dict[str, str]:
    corpus = tmp_path / "corpus"
    written = write_corpus(site, corpus, "el")
    files = {
        path.relative_to(corpus).as_posix(): path.read_text(encoding="utf-8")
        for path in corpus.rglob("*")
        if path.is_file()
    }
    assert written == len(files)
    return files


def searched(page: str) -> str:
    start = page.index("<div data-pagefind-body>") + len("<div data-pagefind-body>")
    return page[start : page.rindex("</div></body></html>")]


def test_a_record_home_is_a_file_named_by_its_address_and_its_heading_is_the_title(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    (site / "claims").mkdir(parents=True)
    (site / "claims" / "index.html").write_text(CLAIMS_PAGE, encoding="utf-8")

    files = corpus_of(site, tmp_path)

    assert sorted(files) == ["claims/#putin-kim-letters", "claims/index.html"]
    assert searched(files["claims/#putin-kim-letters"]) == (
        '<h2 data-pagefind-meta="title" data-record="home" id="putin-kim-letters">'
        "Λευκός Οίκος: Επιστολές Πούτιν–Κιμ</h2>"
        "<p>Ο Πούτιν και ο Κιμ αντάλλαξαν επιστολές.</p>"
        '<details class="explainer-record"><summary>Αναλυτικά</summary>'
        "<p>«αντάλλαξαν επιστολές»</p></details>"
    )
    # The page keeps its own title and text, without its records' sections, the entry
    # included (found at its home), and without the theme around it.
    assert searched(files["claims/index.html"]) == (
        '<h1 id="claims">Ισχυρισμοί<a class="headerlink" href="#claims">¶</a></h1>'
        "<p>Ισχυρισμοί, όχι διαπιστωμένα γεγονότα.</p>"
        '<h2 id="more">Κι άλλα</h2><p>Το τέλος της σελίδας.</p>'
    )
    assert files["claims/index.html"].startswith('<!DOCTYPE html><html lang="el">')


# An actor's page: what it says of the actor, then a list of records told elsewhere.
ACTOR_PAGE = (
    '<html lang="el"><body><div data-pagefind-body>'
    '<h1 id="σεργκέι-σοϊγκού">Σεργκέι Σοϊγκού</h1><p>Πρόσωπο</p>'
    '<h2 id="ιδιότητες">Ιδιότητες</h2><ul><li>Ρώσος υπουργός Άμυνας</li></ul>'
    '<h2 data-record="list" id="γεγονότα-στα-οποία-συμμετέχει">Γεγονότα στα οποία συμμετέχει</h2>'
    '<ul><li><a href="../../timeline/#shoigu-visit">Επίσκεψη του Σοϊγκού</a></li></ul>'
    '<h2 data-record="list" id="ισχυρισμοί">Ισχυρισμοί γι’ αυτό το πρόσωπο</h2>'
    '<ul><li><a href="../../claims/#shoigu-urged">Έκκληση Σοϊγκού</a></li></ul>'
    f"{BODY_END}</div></body></html>"
)


def test_a_list_of_records_told_elsewhere_is_left_out_of_its_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "actors" / "shoigu").mkdir(parents=True)
    (site / "actors" / "shoigu" / "index.html").write_text(ACTOR_PAGE, encoding="utf-8")

    files = corpus_of(site, tmp_path)

    # The records are found at their homes; the page, by what it says of the actor.
    assert sorted(files) == ["actors/shoigu/index.html"]
    assert searched(files["actors/shoigu/index.html"]) == (
        '<h1 id="σεργκέι-σοϊγκού">Σεργκέι Σοϊγκού</h1><p>Πρόσωπο</p>'
        '<h2 id="ιδιότητες">Ιδιότητες</h2><ul><li>Ρώσος υπουργός Άμυνας</li></ul>'
    )


def test_the_home_page_records_and_pages_without_searched_text(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "pagefind").mkdir(parents=True)
    (site / "index.html").write_text(CLAIMS_PAGE, encoding="utf-8")
    (site / "redirect.html").write_text('<meta http-equiv="refresh" content="0; url=/">')
    (site / "pagefind" / "old.html").write_text(CLAIMS_PAGE, encoding="utf-8")

    files = corpus_of(site, tmp_path)

    # The site's root page: its records are named "#id" at the corpus's root (the address
    # /#id); a page with no searched text and the index's own folder are not read.
    assert sorted(files) == ["#putin-kim-letters", "index.html"]


def test_the_corpus_goes_to_memory_only_where_there_is_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "MEMORY_FOLDER", str(tmp_path))
    monkeypatch.setattr(search, "MEMORY_NEEDED", 1)
    assert search.scratch_folder() == str(tmp_path)
    monkeypatch.setattr(search, "MEMORY_NEEDED", 1 << 60)  # a small /dev/shm, as in a container
    assert search.scratch_folder() is None
    monkeypatch.setattr(search, "MEMORY_FOLDER", str(tmp_path / "none"))  # not Linux
    assert search.scratch_folder() is None
