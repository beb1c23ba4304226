"""The website: the MkDocs build that swaps a new site in only when it succeeded (build.py),
the hook that regenerates the pages under `mkdocs serve` (serve_hook.py), and the theme's
overrides (overrides/) with the stylesheets and scripts copied into every site (assets/).
"""

from pathlib import Path

from .build import SiteBuildError, SiteSettings, build_site, check_site_dir, read_site_settings

# Stylesheets and scripts copied into every docs folder (and so into every site) as they are.
ASSETS = Path(__file__).parent / "assets"

__all__ = [
    "ASSETS",
    "SiteBuildError",
    "SiteSettings",
    "build_site",
    "check_site_dir",
    "read_site_settings",
]
