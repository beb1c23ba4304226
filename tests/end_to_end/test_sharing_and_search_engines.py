"""What search engines and link previews read: a sitemap of every page, canonical links,
Open Graph addresses and the share card, all from site_url (mkdocs.yml)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image

SITE_URL = "https://explainer-project.github.io/explainer/"


def pages(site: Path) -> dict[str, str]:
    """Every page but the 404 page, by its public address."""
    return {
        SITE_URL + p.relative_to(site).as_posix().removesuffix("index.html"): p.read_text("utf-8")
        for p in sorted(site.rglob("*.html"))
        if p.name != "404.html"
    }


def meta(html: str, name: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_the_sitemap_lists_every_page_at_its_public_address(article_site: Path) -> None:
    sitemap = (article_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sorted(re.findall(r"<loc>([^<]+)</loc>", sitemap)) == sorted(pages(article_site))


# Each edition's card, in its own words: the story's title, then the site's name.
CARDS = {
    "": "Λευκός Οίκος: Η Ρωσία ζητά πολεμοφόδια από τη Βόρεια Κορέα — "
    "Ρωσία και Βόρεια Κορέα: πυρομαχικά, επιστολές, αρνήσεις",
    "en/": "White House: Russia seeks munitions from North Korea — "
    "Russia and North Korea: munitions, letters, denials",
}


def test_every_page_names_its_address_and_its_editions_share_card(article_site: Path) -> None:
    for address, html in pages(article_site).items():
        edition = "en/" if address.startswith(SITE_URL + "en/") else ""
        assert f'<link rel="canonical" href="{address}">' in html, address
        assert meta(html, "og:url") == address
        assert meta(html, "og:image") == SITE_URL + edition + "assets/share-card.png"
        assert meta(html, "og:image:alt") == CARDS[edition], address
        assert meta(html, "twitter:card") == "summary_large_image"


def test_the_share_card_is_in_the_site(article_site: Path) -> None:
    card = Image.open(io.BytesIO((article_site / "assets" / "share-card.png").read_bytes()))
    assert (card.format, card.size) == ("PNG", (1200, 630))


def test_another_story_gets_its_own_card(article_site: Path, bridge_site: Path) -> None:
    """The card's words are the story's: another story, another card."""
    card = "assets/share-card.png"
    assert (article_site / card).read_bytes() != (bridge_site / card).read_bytes()
    home = (bridge_site / "index.html").read_text(encoding="utf-8")
    assert (meta(home, "og:image:alt") or "").endswith(" — Αλφάβιλ: η παλιά γέφυρα")
