"""The theme overrides still fit the installed Material (run after every Material upgrade).

overrides/partials/*.html are copies of Material's partials with small, listed changes.
A Material upgrade that changes one of those partials makes this test fail, so that the
copy is redone from the new partial instead of silently undoing Material's changes.
No browser is needed.
"""

from __future__ import annotations

import re
from pathlib import Path

import material  # type: ignore[import-untyped]
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = REPO_ROOT / "generator" / "site" / "overrides"
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"

# Each overridden partial and its changes, as (Material's text, our text).
PARTIAL_CHANGES: dict[str, list[tuple[str, str]]] = {
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog"'
            " aria-label=\"{{ lang.t('search') }}\">",
        ),
    ],
    "partials/source.html": [
        (' data-md-component="source"', ""),
    ],
    "partials/toc.html": [
        (
            '    <label class="md-nav__title" for="__toc">\n'
            '      <span class="md-nav__icon md-icon"></span>\n'
            "      {{ title }}\n"
            "    </label>\n",
            "    {% if page in nav.pages %}\n"
            '    <label class="md-nav__title" for="__toc">\n'
            '      <span class="md-nav__icon md-icon"></span>\n'
            "      {{ title }}\n"
            "    </label>\n"
            "    {% else %}\n"
            '    <div class="md-nav__title">\n'
            "      {{ title }}\n"
            "    </div>\n"
            "    {% endif %}\n",
        ),
    ],
}

LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)


def without_leading_comment(template: str) -> str:
    return LEADING_COMMENT.sub("", template, count=1)


def test_every_template_that_shadows_one_of_materials_is_listed() -> None:
    """The project's own partials (no Material file of that name, e.g. explainer-head.html)
    need no listing; main.html extends Material's base.html instead of copying it."""
    shadowing = {
        path.relative_to(OVERRIDES).as_posix()
        for path in OVERRIDES.rglob("*.html")
        if (MATERIAL_TEMPLATES / path.relative_to(OVERRIDES)).is_file()
    }
    assert shadowing - {"main.html"} == set(PARTIAL_CHANGES)


@pytest.mark.parametrize("partial", sorted(PARTIAL_CHANGES))
def test_overridden_partial_is_materials_partial_with_only_the_listed_changes(
    partial: str,
) -> None:
    expected = without_leading_comment((MATERIAL_TEMPLATES / partial).read_text("utf-8"))
    for material_text, our_text in PARTIAL_CHANGES[partial]:
        assert expected.count(material_text) == 1, (
            f"Material's {partial} changed: redo overrides/{partial} from it "
            f"(could not find {material_text!r})"
        )
        expected = expected.replace(material_text, our_text)
    ours = without_leading_comment((OVERRIDES / partial).read_text("utf-8"))
    assert ours == expected, (
        f"overrides/{partial} differs from Material's partial beyond the listed changes"
    )


def test_search_hook_point_is_still_where_main_html_expects_it() -> None:
    """main.html loads greek-search.js at the end of the `config` block, which must hold
    the search worker's URL and come before the block that loads Material's bundle."""
    base = (MATERIAL_TEMPLATES / "base.html").read_text("utf-8")
    config_block = re.search(r"{% block config %}(.*?){% endblock %}", base, re.DOTALL)
    assert config_block is not None, "base.html has no `config` block any more"
    assert '"search":' in config_block.group(1), "the config block no longer names the worker"
    scripts_block = base.index("{% block scripts %}")
    assert config_block.end() < scripts_block
    assert "bundle" in base[scripts_block:], "Material's bundle is no longer in `scripts`"
