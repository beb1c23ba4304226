"""HTML validity: the Nu Html Checker (vnu.jar, from the npm package vnu-jar) on every page.

The jar runs once over all pages (a JVM start per page would cost seconds each).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.support import VNU_JAR, require_file, require_java

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class ThemeError:
    """An error in Material's own markup that only a change to Material's templates could fix."""

    message_contains: str
    extract_contains: str
    reason: str

    def matches(self, message: dict[str, Any]) -> bool:
        return self.message_contains in message.get(
            "message", ""
        ) and self.extract_contains in message.get("extract", "")


THEME_ERRORS = [
    ThemeError(
        message_contains="Attribute “autocomplete” is only allowed when the input type is",
        extract_contains='class="md-toggle"',
        reason=(
            "Material's base.html gives its drawer and search toggles (checkboxes) "
            'autocomplete="off", so that browsers do not restore them when going back. The '
            "inputs sit outside every template block, so only a copy of all of base.html "
            "could drop the attribute, and such a copy would silently miss Material's fixes."
        ),
    ),
    ThemeError(
        message_contains="The “aria-hidden” attribute must not be used on any “label” element",
        extract_contains='class="md-overlay"',
        reason=(
            "Zensical's base.html (not Material's) hides the drawer's overlay label from "
            "assistive technology with aria-hidden, outside every template block: the same "
            "reason as above."
        ),
    ),
]


def describe(message: dict[str, Any], site_dir: Path) -> str:
    page = message.get("url", "").removeprefix("file:")
    page = str(Path(page).relative_to(site_dir)) if page.startswith(str(site_dir)) else page
    extract = " ".join(message.get("extract", "").split())
    return f"{page}:{message.get('lastLine', '?')}: {message.get('message')}\n    {extract}"


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_nu_html_checker_finds_no_errors(engine: str, request: pytest.FixtureRequest) -> None:
    site_dir: Path = request.getfixturevalue(
        "site_dir" if engine == "mkdocs" else "zensical_site_dir"
    )
    java = require_java()
    jar = require_file(VNU_JAR, "run: npm ci")
    pages = sorted(str(page) for page in site_dir.rglob("*.html"))
    completed = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", "--errors-only", *pages],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu writes its report to stderr and exits 1 when it found errors.
    try:
        report = json.loads(completed.stderr or completed.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no JSON report:\n{completed.stdout}\n{completed.stderr}")
    errors = [m for m in report["messages"] if m.get("type") in {"error", "non-document-error"}]
    unexplained = [m for m in errors if not any(known.matches(m) for known in THEME_ERRORS)]
    assert not unexplained, f"{len(unexplained)} HTML errors:\n" + "\n".join(
        describe(message, site_dir) for message in unexplained[:40]
    )
    assert pages, "no pages were checked"
