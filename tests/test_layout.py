"""The architecture as a test: no import circle between modules or between packages, layers
only import downwards, front ends reach the knowledge base through the service alone."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["app.py", "ingest", "knowledge", "ui", "bench"]

# Lowest first: a unit may import units of its own layer or below, never above.
LAYERS = [
    {
        "knowledge",
        "knowledge.errors",
        "knowledge.settings",
        "knowledge.schema",
        "knowledge.citing",
        "knowledge.answer_records",
    },
    {"knowledge.protocols", "knowledge.text"},
    {"knowledge.documents", "knowledge.storage", "knowledge.models"},
    {"knowledge.retrieval"},
    {"knowledge.ingestion", "knowledge.answering"},
    {"knowledge.service", "knowledge.evaluate"},
    {"knowledge.__main__", "knowledge.api", "ingest", "ui", "app", "bench"},
]
# The front ends; they may start one another (the CLI's `serve` runs the API).
FRONT_ENDS = {"app", "ingest", "ui", "knowledge.__main__", "knowledge.api"}
# What a front end may import of the knowledge package (everything else goes through QAService).
FRONT_END_IMPORTS = {
    "knowledge.service",
    "knowledge.schema",
    "knowledge.errors",
    "knowledge.settings",
    "knowledge.evaluate",
}
# knowledge.answering's sub-packages, lowest first; its root modules (pipeline, evidence, decide,
# sentence_choice) sit above them all. The same rule one level down: only downwards.
ANSWERING = ["core", "sentences", "checking", "structure", "kinds", "llm", "<root>"]


def modules() -> dict[str, Path]:
    """Dotted name -> file of every project module."""
    out: dict[str, Path] = {}
    for src in SOURCES:
        path = ROOT / src
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for f in files:
            parts = list(f.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = f
    return out


def imports_of(name: str, path: Path, known: Iterable[str]) -> set[str]:
    """Project modules `name` imports (at any depth of the file, so lazy imports count)."""
    known = set(known)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    # `from knowledge.answering import extractive` names the submodule, not the package
    return {m for m in found if not any(o.startswith(m + ".") and o in found for o in found)}


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports_of(name, path, mods) for name, path in mods.items()}


def unit(module: str) -> str:
    """The package-level unit of a module: a subpackage of knowledge, a root module of
    knowledge, or a top-level folder/file."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "knowledge" and len(parts) > 1 else parts[0]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def unit_graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for m, deps in graph().items():
        edges.setdefault(unit(m), set()).update(unit(d) for d in deps if unit(d) != unit(m))
    return edges


def layer_of(u: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if u in layer)


def test_no_import_circle_between_modules() -> None:
    assert cycles(graph()) == []


def test_no_import_circle_between_packages() -> None:
    assert cycles(unit_graph()) == []


def test_every_unit_has_a_layer_and_imports_only_downwards() -> None:
    edges = unit_graph()
    unplaced = [u for u in edges if not any(u in layer for layer in LAYERS)]
    assert unplaced == [], "add these to LAYERS"
    upward = [(u, d) for u, deps in edges.items() for d in deps if layer_of(d) > layer_of(u)]
    assert upward == []


def answering_part(module: str) -> str:
    head = module.removeprefix("knowledge.answering.").split(".")[0]
    return head if head in ANSWERING else "<root>"


def test_answering_subpackages_import_only_downwards() -> None:
    rank = {p: i for i, p in enumerate(ANSWERING)}
    inside = {m: deps for m, deps in graph().items() if m.startswith("knowledge.answering.")}
    unplaced = [m for m in inside if m.count(".") >= 3 and answering_part(m) == "<root>"]
    assert unplaced == [], "add the sub-package to ANSWERING"
    upward = [
        (m, d)
        for m, deps in inside.items()
        for d in deps
        if d.startswith("knowledge.answering.")
        and rank[answering_part(d)] > rank[answering_part(m)]
    ]
    assert upward == []


def test_front_ends_use_the_service_only() -> None:
    reach = {
        (m, d)
        for m, deps in graph().items()
        if unit(m) in FRONT_ENDS
        for d in deps
        if d.startswith("knowledge.") and d not in FRONT_END_IMPORTS and unit(d) not in FRONT_ENDS
    }
    assert reach == set()


def test_modules_stay_small() -> None:
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in modules().items()}
    assert {m: n for m, n in sizes.items() if n > 330} == {}


def test_only_settings_reads_the_environment() -> None:
    readers = [
        m
        for m, p in modules().items()
        if "os.environ" in p.read_text(encoding="utf-8")
        or "getenv(" in p.read_text(encoding="utf-8")
    ]
    # the benchmarks pass the environment on to the processes they time or run; settings also sets
    # the OpenMP variables the bundled e5 engine reads when it loads
    assert set(readers) <= {"bench.perf", "bench.cold", "bench.keep_rule", "knowledge.settings"}


if __name__ == "__main__":  # python -m tests.test_layout: print the package graph
    for u, deps in sorted(unit_graph().items(), key=lambda kv: (layer_of(kv[0]), kv[0])):
        print(f"L{layer_of(u)} {u:24} -> {', '.join(sorted(deps)) or '-'}")
    print("module cycles:", cycles(graph()), " package cycles:", cycles(unit_graph()))
