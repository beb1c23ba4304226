"""The theme overrides still fit both installed themes (run after every theme upgrade).

The overrides serve two engines: MkDocs with Material, and Zensical, whose templates are
Material's, ported. Two kinds of override are checked against the themes' own files:

- copies (partials/source.html, toc.html): the theme's partial with small, listed
  changes. A theme upgrade that changes the partial fails here, so that the copy is redone
  from the new partial instead of silently undoing the theme's changes;
- replacements (the inline-script partials, language.html, 404.html): our own text in the
  theme's slot. Each theme's file is pinned by its digest: when it changes, re-check what
  the replacement stands in for (say, a global the theme's inline script defines, which
  assets/theme/md-globals.js must define too), then update the digest.

No browser is needed.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material  # type: ignore[import-untyped]
import pytest
import zensical

REPO_ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = REPO_ROOT / "generator" / "site" / "overrides"
THEMES = {
    "material": Path(material.__file__).parent / "templates",
    "zensical": Path(zensical.__file__).parent / "templates",
}
MATERIAL_TEMPLATES = THEMES["material"]

# Both themes' partials that call lang.t must import it themselves, with context (main.html).
IMPORT_LANG = '{% import "partials/language.html" as lang with context %}\n'

# Each copied partial and its changes, as (Material's text, our text).
PARTIAL_CHANGES: dict[str, list[tuple[str, str]]] = {
    "partials/source.html": [
        ("<a href=", IMPORT_LANG + "<a href="),
        (' data-md-component="source"', ""),
        ("    {{ config.repo_name }}\n", '    {{ lang.t("explainer.source.name") }}\n'),
    ],
    "partials/toc.html": [
        ('{% set title = lang.t("toc") %}', IMPORT_LANG + '{% set title = lang.t("toc") %}'),
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

# Each replaced template: the digest (sha256, first 16 hex digits) of each theme's own file,
# and what to re-check when it changes.
REPLACED: dict[str, tuple[dict[str, str], str]] = {
    "partials/javascripts/base.html": (
        {"material": "d6113712bc4deb30", "zensical": "b2c8050fa4b999f5"},
        "assets/theme/md-globals.js must define every global the theme's inline script defines",
    ),
    "partials/javascripts/content.html": (
        {"material": "3722e156f0f6339d", "zensical": "3722e156f0f6339d"},
        "the inline script opens content tabs, which the site does not use",
    ),
    "partials/javascripts/palette.html": (
        {"material": "8790389765ea6036", "zensical": "8790389765ea6036"},
        "the inline script restores a colour palette, which the site does not offer",
    ),
    "partials/language.html": (
        {"material": "3a44516f305006ac", "zensical": "0ded3d86a8884d2f"},
        "ours must still fall back to the theme's words for the language, then its English",
    ),
    "404.html": (
        {"material": "80c93494b5432b1b", "zensical": "80c93494b5432b1b"},
        "ours must still extend main.html and fill its content block",
    ),
}

LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)


def without_leading_comment(template: str) -> str:
    return LEADING_COMMENT.sub("", template, count=1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_template_that_shadows_one_of_the_themes_is_listed(theme: str) -> None:
    """The project's own partials (no theme file of that name, e.g. explainer-head.html)
    need no listing; main.html extends the theme's base.html instead of copying it."""
    shadowing = {
        path.relative_to(OVERRIDES).as_posix()
        for path in OVERRIDES.rglob("*.html")
        if (THEMES[theme] / path.relative_to(OVERRIDES)).is_file()
    }
    assert shadowing - {"main.html"} == set(PARTIAL_CHANGES) | set(REPLACED)


@pytest.mark.parametrize("partial", sorted(PARTIAL_CHANGES))
def test_copied_partial_is_materials_partial_with_only_the_listed_changes(partial: str) -> None:
    expected = without_leading_comment((MATERIAL_TEMPLATES / partial).read_text("utf-8"))
    for material_text, our_text in PARTIAL_CHANGES[partial]:
        assert expected.count(material_text) == 1, (
            f"Material's {partial} changed: redo overrides/{partial} from it "
            f"(could not find {material_text!r})"
        )
        expected = expected.replace(material_text, our_text, 1)
    ours = without_leading_comment((OVERRIDES / partial).read_text("utf-8"))
    assert ours == expected, (
        f"overrides/{partial} differs from Material's partial beyond the listed changes"
    )


@pytest.mark.parametrize("partial", sorted(PARTIAL_CHANGES))
def test_copied_partial_is_the_same_in_zensical_but_for_its_import(partial: str) -> None:
    """One copy serves both themes only while their partials agree."""
    material_text = (THEMES["material"] / partial).read_text("utf-8")
    zensical_text = (THEMES["zensical"] / partial).read_text("utf-8").replace(IMPORT_LANG, "")
    assert zensical_text == material_text, f"Zensical's {partial} is no longer Material's"


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("template", sorted(REPLACED))
def test_replaced_template_is_still_the_theme_file_it_was_written_against(
    template: str, theme: str
) -> None:
    digests, recheck = REPLACED[template]
    assert digest(THEMES[theme] / template) == digests[theme], (
        f"{theme}'s {template} changed: re-check overrides/{template} ({recheck}), then "
        f"update its digest in this test"
    )


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_search_box_slot_is_in_both_headers(theme: str) -> None:
    """The search box sits where the header includes partials/javascripts/palette.html:
    always, as long as theme.palette is not a mapping (mkdocs.yml sets none)."""
    header = (THEMES[theme] / "partials" / "header.html").read_text("utf-8")
    slot = (
        "{% if not config.theme.palette is mapping %}\n"
        '      {% include "partials/javascripts/palette.html" %}\n'
        "    {% endif %}"
    )
    assert header.count(slot) == 1, f"{theme}'s header no longer includes the palette script"


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_blocks_main_html_overrides_exist_in_both_themes(theme: str) -> None:
    base = (THEMES[theme] / "base.html").read_text("utf-8")
    ours = (OVERRIDES / "main.html").read_text("utf-8")
    overridden = set(re.findall(r"{% block (\w+) %}", ours))
    assert overridden == {"site_meta", "htmltitle", "extrahead", "content", "scripts"}
    for block in overridden:
        assert f"{{% block {block} %}}" in base, f"{theme}'s base.html has no block {block}"
    # The CSP must come before any script or stylesheet the theme writes.
    assert base.index("{% block site_meta %}") < base.index("<script")
    assert base.index("{% block site_meta %}") < base.index('<link rel="stylesheet"')
