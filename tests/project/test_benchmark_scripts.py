"""The benchmark scripts work: a tiny synthetic fact base checks, and bench reports every column.

These are not timed tests: they assert nothing about how long anything takes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support import REPO_ROOT, child_env, digest

SYNTH = REPO_ROOT / "benchmarks" / "synth.py"
BENCH = REPO_ROOT / "benchmarks" / "bench.py"
TINY = 20
# What the issue asks bench to report, by the JSON keys of its columns.
REQUIRED_COLUMNS = [
    "n",
    "parse_s",
    "check_s",
    "generate_s",
    "build_s",
    "build_el_s",
    "build_noindex_s",
    "index_s",
    "mkdocs_s",
    "peak_mb",
    "pages",
    "largest_page_kb",
    "search_index_mb",
    "home_kb",
    "weight_kb",
]


def run(
    *args: str | Path | int, cwd: Path = REPO_ROOT, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, *map(str, args)],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def test_synthetic_fact_base_passes_check_and_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    run(SYNTH, "--events", TINY, "--out", first)
    run(SYNTH, "--events", TINY, "--out", second)
    assert digest(first / "content") == digest(second / "content")
    # Built from elsewhere, as it is meant to be: the config INHERITs with absolute paths.
    checked = run("-m", "generator", "--config", first / "mkdocs.yml", "check", cwd=tmp_path)
    assert checked.stdout.startswith("The fact base is consistent")
    for kind in ["events", "actors", "claims", "responses", "sources", "background", "corrections"]:
        assert any((first / "content").glob(f"{kind}*")), f"no {kind} written"


def test_bench_reports_every_column_with_positive_numbers(tmp_path: Path) -> None:
    report_file = tmp_path / "bench.json"
    result = run(
        BENCH,
        "--sizes",
        TINY,
        "--runs",
        1,
        "--serve-at",
        TINY,
        "--work",
        tmp_path / "work",
        "--json",
        report_file,
    )
    report = json.loads(report_file.read_text())
    columns = {column["key"]: column["title"] for column in report["columns"]}
    assert set(REQUIRED_COLUMNS) <= set(columns)
    header = next(line for line in result.stdout.splitlines() if line.startswith("| N events"))
    for title in columns.values():
        assert f" {title} " in header

    [size] = report["sizes"]
    assert size["n"] == TINY
    for key in REQUIRED_COLUMNS:
        value = size[key]
        numbers = value.values() if isinstance(value, dict) else [value]
        assert numbers and all(number > 0 for number in numbers), (key, value)
    assert size["largest_page"].endswith(".html")
    [serve] = report["serve"]  # the preview: save -> reloaded page, and the server's CPU
    assert serve["n"] == TINY and serve["latency_s"] > 0 and serve["cpu_s"] > 0
    assert serve["builds_per_change"] == [1] and 0 < serve["files_made"][0] < size["pages"]
    assert 0 < serve["files_changed"][0] <= serve["files_made"][0]
    assert {target["name"] for target in report["targets"]} == {
        f"largest HTML page at N={TINY} (KB)",
        f"build el+en / build el+en without index − 1 at N={TINY}",
        f"index / (build el − index) at N={TINY}",
        f"home page + 3 searches at N={TINY} (KB)",
    }
    # Three searches were typed, and the first one at least loaded the index.
    assert len(size["queries"]) == len(size["searches_kb"]) == 3 and size["searches_kb"][0] > 0
