"""Rendering the cross-linked fact base into the site's files: the jobs that make them
(jobs.py), the renderer shared by every page (renderer.py), one page being rendered
(page.py), the template environment (environment.py) over one Jinja2 template per page
kind (templates/), and the escaping that keeps every value text (markdown.py).
"""

from .environment import Md
from .jobs import HOME_LIMIT, Job, files, jobs
from .renderer import Renderer, Settings

__all__ = ["HOME_LIMIT", "Job", "Md", "Renderer", "Settings", "files", "jobs"]
