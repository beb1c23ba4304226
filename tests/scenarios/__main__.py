"""`python -m tests.scenarios --update [SCENARIO ...]`: rewrite expected.txt from the current output."""

from __future__ import annotations

import argparse

from tests.scenarios import SCENARIOS, update

arguments = argparse.ArgumentParser(prog="python -m tests.scenarios", description=__doc__)
arguments.add_argument("--update", action="store_true", required=True, help="rewrite expected.txt")
arguments.add_argument("scenarios", nargs="*", metavar="SCENARIO", help="default: all")
chosen = arguments.parse_args().scenarios
unknown = sorted(set(chosen) - set(SCENARIOS))
if unknown:
    arguments.error(f"no such scenario: {', '.join(unknown)} (known: {', '.join(SCENARIOS)})")
update(chosen)
