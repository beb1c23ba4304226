"""Lighthouse (the npm package, run on Debian's Chromium): accessibility, best practices and
SEO score 100 on the home, timeline and actors pages, served over HTTP as readers get them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.support import (
    CHROMIUM_PATH,
    REPO_ROOT,
    PageKinds,
    missing_requirement,
    require_file,
)

pytestmark = pytest.mark.browser

LIGHTHOUSE = REPO_ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("accessibility", "best-practices", "seo")


def lighthouse(url: str, report: Path) -> dict[str, object]:
    require_file(LIGHTHOUSE, "run: npm ci --ignore-scripts")
    require_file(CHROMIUM_PATH, "install it with: apt-get install -y chromium")
    if shutil.which("node") is None:
        missing_requirement("node is not on PATH (Lighthouse runs on Node.js)")
    completed = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={report}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--quiet",
        ],
        env={**os.environ, "CHROME_PATH": str(CHROMIUM_PATH)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, f"Lighthouse failed:\n{completed.stderr[-3000:]}"
    result: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return result


def failing_audits(result: dict[str, object]) -> list[str]:
    categories: dict[str, dict[str, object]] = result["categories"]  # type: ignore[assignment]
    audits: dict[str, dict[str, object]] = result["audits"]  # type: ignore[assignment]
    found = []
    for category in categories.values():
        for ref in category["auditRefs"]:  # type: ignore[attr-defined]
            audit = audits[ref["id"]]
            score = audit.get("score")
            if ref["weight"] and isinstance(score, int | float) and score < 1:
                found.append(f"{category['id']}: {ref['id']} ({score}): {audit.get('title')}")
    return found


@pytest.mark.parametrize("kind", ["home", "timeline", "actors-index"])
def test_lighthouse_scores_100_for_accessibility_best_practices_and_seo(
    kind: str, page_kinds: PageKinds, base_url: str, tmp_path: Path
) -> None:
    result = lighthouse(base_url + page_kinds.urls[kind], tmp_path / "report.json")
    categories: dict[str, dict[str, object]] = result["categories"]  # type: ignore[assignment]
    scores = {name: categories[name]["score"] for name in CATEGORIES}
    assert scores == dict.fromkeys(CATEGORIES, 1), f"{kind}: {scores}\n" + "\n".join(
        failing_audits(result)
    )
