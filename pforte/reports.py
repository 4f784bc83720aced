"""docs/benchmarks.md is written by `make eval` and `make bench`, each its own section."""

from __future__ import annotations

from pathlib import Path

from pforte.paths import ROOT

BENCHMARKS = ROOT / "docs" / "benchmarks.md"
HEADER = "# Benchmarks and evaluation\n\nWritten by `make eval` and `make bench`; do not edit the sections by hand.\n"


def write_section(name: str, text: str, path: Path = BENCHMARKS) -> None:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    current = path.read_text(encoding="utf-8") if path.exists() else HEADER
    block = f"{start}\n{text.rstrip()}\n{end}"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        after = rest.split(end, 1)[1]
        current = before + block + after
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")
