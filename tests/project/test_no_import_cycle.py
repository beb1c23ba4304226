"""The generator's modules import each other without a cycle, type-only imports included.

The import graph is read from the source with ast, not by importing it: every `import`
and `from … import` counts, at the top of a module, inside a function (a deferred import)
or under `if TYPE_CHECKING:`. A cycle would mean that two modules cannot be understood,
tested or moved one without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import REPO_ROOT as ROOT

PACKAGE = "generator"


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    names = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def imported_names(module: str, path: Path) -> Iterator[str]:
    """The dotted names a module imports, relative imports resolved; all of them."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield source
            yield from (f"{source}.{alias.name}" for alias in node.names)


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (a package's __init__ included)."""
    modules = module_names(root, package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module, path in modules.items():
        for name in imported_names(module, path):
            # Importing a.b.c runs a, a.b and a.b.c; `from a.b import c` may name a module.
            parts = name.split(".")
            for end in range(1, len(parts) + 1):
                target = ".".join(parts[:end])
                if target in modules and target != module and not module.startswith(target + "."):
                    graph[module].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path that returns to its start, or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack = [(start, iter(sorted(graph[start])))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif child in on_path:
                return [*path[path.index(child) :], child]
            elif child not in done:
                stack.append((child, iter(sorted(graph[child]))))
                path.append(child)
                on_path.add(child)
    return None


def test_the_generator_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph(ROOT, PACKAGE))
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


# What runs the pipeline from outside it: the command line, and the hook MkDocs loads.
ENTRY_POINTS = {"generator.__main__", "generator.cli", "generator.site.serve_hook"}


def stage_of(module: str) -> str:
    """generator.render.page -> generator.render: the folder (or top-level module) it is in."""
    return ".".join(module.split(".")[:2])


def test_the_stages_import_each_other_without_a_cycle() -> None:
    """Folders too: a stage uses only the stages before it (entry points aside)."""
    stages: dict[str, set[str]] = {}
    for module, imported in import_graph(ROOT, PACKAGE).items():
        if module in ENTRY_POINTS or module == PACKAGE:
            continue
        targets = {stage_of(t) for t in imported if t != PACKAGE} - {stage_of(module)}
        stages.setdefault(stage_of(module), set()).update(targets)
        for target in targets:
            stages.setdefault(target, set())
    cycle = find_cycle(stages)
    assert cycle is None, "stages in a cycle: " + " → ".join(cycle or [])


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "cycle"),
    [
        (  # two modules, one of the imports only for type checking
            {
                "pkg/__init__.py": "",
                "pkg/a.py": "from . import b\n",
                "pkg/b.py": "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from .a import Thing\n",
            },
            ["pkg.a", "pkg.b", "pkg.a"],
        ),
        (  # a deferred import inside a function, across subpackages
            {
                "pkg/__init__.py": "",
                "pkg/x/__init__.py": "",
                "pkg/x/one.py": "import pkg.y.two\n",
                "pkg/y/__init__.py": "",
                "pkg/y/two.py": "def f():\n    from ..x.one import g\n",
            },
            ["pkg.x.one", "pkg.y.two", "pkg.x.one"],
        ),
    ],
    ids=["type-only", "deferred"],
)
def test_a_cycle_is_found_and_named(
    tmp_path: Path, files: dict[str, str], cycle: list[str]
) -> None:
    write_package(tmp_path, files)
    assert find_cycle(import_graph(tmp_path, "pkg")) == cycle


def test_imports_without_a_cycle_pass(tmp_path: Path) -> None:
    write_package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/low.py": "import os\n",
            "pkg/mid.py": "from .low import x\nfrom . import low\n",
            "pkg/top.py": "from pkg import mid, low\n",
        },
    )
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.top"] == {"pkg.mid", "pkg.low"}  # its own package is imported first anyway
    assert find_cycle(graph) is None
