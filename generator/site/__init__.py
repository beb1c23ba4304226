"""The website: the MkDocs build that swaps a new site in only when it succeeded (build.py),
the editor's preview server (serve.py) and the hook that connects it to MkDocs' events
(serve_hook.py), and the theme's overrides (overrides/) with the stylesheets and scripts
copied into every site (assets/).
"""

from pathlib import Path

from .build import SiteBuildError, SiteSettings, build_site, check_site_dir, read_site_settings
from .serve import DEFAULT_ADDRESS, serve_preview

# Stylesheets and scripts copied into every docs folder (and so into every site) as they are.
ASSETS = Path(__file__).parent / "assets"

__all__ = [
    "ASSETS",
    "DEFAULT_ADDRESS",
    "SiteBuildError",
    "SiteSettings",
    "build_site",
    "check_site_dir",
    "read_site_settings",
    "serve_preview",
]
