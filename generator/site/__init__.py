"""The website: the build that swaps a new site in only when it succeeded (build.py, with
MkDocs or Zensical), the search index over each built edition (search.py, Pagefind), the
share card (card.py), the editor's preview server (serve.py) and the hook that connects it
to MkDocs' events (serve_hook.py), and the theme's overrides (overrides/, for both engines)
with the stylesheets and scripts copied into every site (assets/).
"""

from pathlib import Path

from .build import (
    ENGINES,
    Edition,
    SiteBuildError,
    SiteSettings,
    build_site,
    check_site_dir,
    read_site_settings,
)
from .card import ShareCardError
from .editions import EditionSettings, EditionsError
from .search import SearchIndexError, index_edition
from .serve import DEFAULT_ADDRESS, serve_preview

# Stylesheets and scripts copied into every docs folder (and so into every site) as they are.
ASSETS = Path(__file__).parent / "assets"

__all__ = [
    "ASSETS",
    "DEFAULT_ADDRESS",
    "ENGINES",
    "Edition",
    "EditionSettings",
    "EditionsError",
    "SearchIndexError",
    "ShareCardError",
    "SiteBuildError",
    "SiteSettings",
    "build_site",
    "check_site_dir",
    "index_edition",
    "read_site_settings",
    "serve_preview",
]
