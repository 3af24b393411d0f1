"""Every third-party module the project imports is provided by a declared requirement.

A module that is merely installed on the machine (a system package, a transitive dependency)
passes every other test and then fails for the first user who installs from the README; this
test looks at what the code imports instead of what happens to be installed.

How it works:

- Every ``.py`` file of the app (``app.py``, ``ui/``, ``ingest/``, ``knowledge/``, subpackages
  included) and of the benchmarks (``bench/``) is parsed with ``ast``; every absolute
  ``import x`` / ``from x import y`` counts, also those inside functions (the optional back-ends
  are imported only when chosen, and must still be installable from the requirement files).
  Relative imports, ``__future__``, the standard library (``sys.stdlib_module_names``) and the
  project's own top-level packages (the folders and modules at the repository root, so a new
  folder counts without editing this file) are skipped.
- Each module is mapped to the distribution(s) providing it with
  ``importlib.metadata.packages_distributions()`` (``bs4`` -> beautifulsoup4, ``docx`` ->
  python-docx); a module not installed here falls back to the distribution of its own name.
- The app's imports must be provided by ``requirements.txt`` (what the README installs to run
  the app); the benchmarks' by ``requirements-dev.txt`` (which includes ``requirements.txt``).
  ``-r`` includes are followed; version pins, markers and extras are parsed with ``packaging``.
  Only what a requirement names counts, not its transitive dependencies: if the code imports a
  module, the project declares it.
- An extra counts as declaring what it brings: ``pypdf[crypto]`` declares ``cryptography``.
  The extra is resolved from the installed distribution's metadata (``Requires-Dist: ...;
  extra == "crypto"``), so the requirement files stay the single list and nothing is repeated
  here.
- Some modules are needed without being imported by the project: a library imports them when it
  meets the case that needs them. ``USED_AT_RUN_TIME`` lists those the code relies on
  (``cryptography``: pypdf decrypts AES-encrypted PDFs with it); each must be declared too.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata as md
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent

# (requirement file, the sources it must cover)
INSTALLS = [
    ("requirements.txt", ("app.py", "ui", "ingest", "knowledge")),
    ("requirements-dev.txt", ("bench",)),
]

# Distributions the app needs at run time although no project file imports them.
USED_AT_RUN_TIME = {
    "cryptography": "pypdf imports it to decrypt AES-encrypted PDFs",
    "lxml-html-clean": "justext (trafilatura's) imports lxml.html.clean",
    "onnxruntime": "rapidocr-onnxruntime runs its models with it",
}

_INCLUDE = re.compile(r"^(?:-r|--requirement)(?:\s*=\s*|\s*)(\S+)$")


def read_requirements(path: Path) -> list[Requirement]:
    """The requirements of a pip requirement file, following ``-r`` includes."""
    reqs: list[Requirement] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        if m := _INCLUDE.match(line):
            reqs += read_requirements(path.parent / m.group(1))
        elif not line.startswith("-"):  # other options (-c, --index-url ...) name no package
            reqs.append(Requirement(line))
    return reqs


def _extra_only(dep: Requirement, extra: str) -> bool:
    """True when dep is pulled in by this extra and not by the plain install."""
    if dep.marker is None:
        return False
    return dep.marker.evaluate({"extra": extra}) and not dep.marker.evaluate({"extra": ""})


def declared(req_file: str) -> dict[str, str]:
    """Canonical distribution name -> the requirement line that provides it."""
    out: dict[str, str] = {}
    for req in read_requirements(ROOT / req_file):
        out.setdefault(canonicalize_name(req.name), str(req))
        for extra in sorted(req.extras):
            try:
                requires = md.requires(req.name) or []
            except md.PackageNotFoundError:  # not installed: its extras cannot be resolved here
                continue
            for dep in map(Requirement, requires):
                if _extra_only(dep, extra):
                    out.setdefault(canonicalize_name(dep.name), f"{req} (extra {extra!r})")
    return out


def own_top_level() -> set[str]:
    """The project's own top-level names: the folders and modules at the repository root."""
    return {
        p.stem if p.is_file() else p.name
        for p in ROOT.iterdir()
        if not p.name.startswith((".", "_")) and (p.is_dir() or p.suffix == ".py")
    }


def source_files(sources: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for name in sources:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += sorted(path.rglob("*.py"))
    return files


def absolute_imports(path: Path) -> Iterator[tuple[str, int]]:
    """(top-level module, line) of every absolute import in the file, nested ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.partition(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.partition(".")[0], node.lineno


def third_party_imports(sources: tuple[str, ...]) -> list[tuple[str, Path, int]]:
    skip = set(sys.stdlib_module_names) | own_top_level()
    return [
        (module, path, line)
        for path in source_files(sources)
        for module, line in absolute_imports(path)
        if module not in skip
    ]


@functools.cache
def _packages_distributions() -> dict[str, list[str]]:
    return md.packages_distributions()


def distributions_of(module: str) -> set[str]:
    found = _packages_distributions().get(module)
    return {canonicalize_name(d) for d in found} if found else {canonicalize_name(module)}


@pytest.mark.parametrize(("req_file", "sources"), INSTALLS, ids=[f for f, _ in INSTALLS])
def test_every_import_is_declared(req_file: str, sources: tuple[str, ...]) -> None:
    files = source_files(sources)
    assert files, f"no .py files found in {sources}"
    provided = declared(req_file)
    dev = declared("requirements-dev.txt")
    missing = []
    for module, path, line in third_party_imports(sources):
        dists = distributions_of(module)
        if dists & provided.keys():
            continue
        where = f"{path.relative_to(ROOT)}:{line}"
        hint = " (requirements-dev.txt does)" if dists & dev.keys() else ""
        missing.append(
            f"{where}: imports {module!r} (distribution {', '.join(sorted(dists))}), "
            f"but no requirement in {req_file} provides it{hint}"
        )
    if missing:
        pytest.fail("\n".join(missing), pytrace=False)


def test_the_scan_sees_the_known_imports() -> None:
    """Guard against a walk that silently finds nothing."""
    modules = {m for m, _, _ in third_party_imports(INSTALLS[0][1])}
    assert {"streamlit", "pypdf", "chromadb", "langchain_ollama"} <= modules
    assert not {"knowledge", "ingest", "os", "__future__"} & modules


@pytest.mark.parametrize("dist", sorted(USED_AT_RUN_TIME))
def test_libraries_needed_at_run_time_are_declared(dist: str) -> None:
    if canonicalize_name(dist) not in declared("requirements.txt"):
        pytest.fail(
            f"{dist!r} is needed at run time ({USED_AT_RUN_TIME[dist]}), "
            "but no requirement in requirements.txt provides it, directly or through an extra",
            pytrace=False,
        )
