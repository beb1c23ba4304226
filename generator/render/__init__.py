"""Rendering the cross-linked fact base into the site's files: the jobs that make them
(jobs.py), the renderer shared by every page (renderer.py), one page being rendered
(page.py), the template environment (environment.py) over one Jinja2 template per page
kind (templates/), and the escaping that keeps every value text (markdown.py).
"""

from .environment import Md
from .jobs import EVERY_RECORD, HOME_LIMITS, Job, Made, files, jobs
from .page import field_of
from .renderer import Renderer, Settings, named_after

__all__ = [
    "EVERY_RECORD",
    "HOME_LIMITS",
    "Job",
    "Made",
    "Md",
    "Renderer",
    "Settings",
    "field_of",
    "files",
    "jobs",
    "named_after",
]
