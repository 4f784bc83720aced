"""Append example questions to a topic file without reformatting it.

    .venv/bin/python tools/add_examples.py SLUG LANG < lines.txt

Reads one example per line from standard input, skips blank lines and examples the topic
already has (in any language), and inserts the rest at the end of `examples: LANG:` in
content/topics/SLUG.yml, keeping the file's layout. Prints how many were added.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    slug, language = sys.argv[1], sys.argv[2]
    path = ROOT / "content" / "topics" / f"{slug}.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    data = yaml.safe_load("\n".join(lines))
    existing = {
        " ".join(t.split()).casefold() for texts in (data.get("examples") or {}).values() for t in texts
    }
    new = []
    for raw in sys.stdin.read().splitlines():
        text = " ".join(raw.split())
        if text and text.casefold() not in existing:
            existing.add(text.casefold())
            new.append(
                "  - "
                + yaml.safe_dump(text, allow_unicode=True, width=10_000).strip().removesuffix("\n...").strip()
            )
    start = lines.index("examples:")
    header = f"  {language}:"
    if header in lines[start:]:
        at = lines.index(header, start) + 1
        while at < len(lines) and lines[at].startswith("  - "):
            at += 1
        lines[at:at] = new
    else:
        lines += [header, *new]
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # still valid
    path.write_text(text, encoding="utf-8")
    print(f"{slug}/{language}: added {len(new)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
