"""The template environment: Jinja2 over templates/, writing Markdown in which every value a
template prints is escaped as text, unless a helper made it Markdown on purpose (Md).

Templates only lay out. The helpers they call come from the renderer (the same on every
page) and from the page being rendered (links, quotes and pictures, relative to it); the
shared macros are imported `with context`, so that they see the page's helpers too.
"""

from __future__ import annotations

from typing import Any

import jinja2

from . import markdown


class Md(str):
    """A string that is already safe Markdown; anything else a template prints is escaped."""


def _finalize(value: Any) -> Any:
    if isinstance(value, Md) or value is None:
        return "" if value is None else value
    return markdown.text(str(value))


class InMemoryBytecode(jinja2.BytecodeCache):
    """Compiled templates kept in memory, for environments made again and again.

    The site's templates are compiled once per process, not once per renderer.

    Each run makes a renderer, hence an environment, which compiled every template again:
    0.1-0.15 s, paid by each rebuild of the editor's preview. Jinja keys what it keeps by
    the template's name and checks it against a checksum of the source, so a changed
    template is compiled anew.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = InMemoryBytecode()


def environment(helpers: dict[str, Any]) -> jinja2.Environment:
    """The environment, with the helpers that are the same on every page as its globals."""
    env = jinja2.Environment(
        bytecode_cache=_COMPILED,
        loader=jinja2.PackageLoader("generator.render", "templates"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        autoescape=False,  # output is Markdown: escaping is done by _finalize and Md
    )
    # Our own macros' output is Markdown built from escaped parts.
    env.filters["macro"] = Md
    env.globals.update(helpers, md=Md)
    return env


def compile_all(env: jinja2.Environment) -> None:
    """Compile every template now: once, before pages are made in forked workers."""
    for template in env.list_templates():
        env.get_template(template)
