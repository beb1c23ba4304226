"""Rendering the cross-linked fact base into the site's Markdown pages, one Jinja2 template
per page kind (templates/), every value escaped as text (markdown.py).
"""

from .renderer import HOME_LIMIT, Job, Md, PageClash, Renderer, Settings, make_pages, render_pages

__all__ = [
    "HOME_LIMIT",
    "Job",
    "Md",
    "PageClash",
    "Renderer",
    "Settings",
    "make_pages",
    "render_pages",
]
