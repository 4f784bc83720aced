"""Language identification on the development sets of first messages (eval/dev/*-latin-*.yml).

    .venv/bin/python -m pforte.text.language_dev eval/dev/he-latin-A.yml ... [--show]

Each set holds messages (`text`) in one language (`language`), written by other writers; the
identifier meets each as a first message (nothing remembered, no client language). Figures per
file; `--show` lists the wrong decisions, so do not use it on a set that is kept unread
(eval/dev/README.md says which). The held-out split is the test (`make eval`), never these.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml

from pforte.text.language import detect


def report(path: Path, *, show: bool) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = data["language"]
    texts = [m["text"] for m in data["messages"]]
    decided = [detect(text) for text in texts]
    wrong = [(text, d) for text, d in zip(texts, decided, strict=True) if d.language != language]
    right = len(texts) - len(wrong)
    kinds = Counter(f"{d.language} ({d.reason})" for _, d in wrong)
    lines = [
        f"{path.name}: first message {right}/{len(texts)} ({100 * right / len(texts):.1f} %)"
        + (f"; wrong: {', '.join(f'{k} × {n}' for k, n in kinds.most_common())}" if wrong else "")
    ]
    if show:
        lines += [f"   {d.language} ({d.reason}) | {text}" for text, d in wrong]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="list the wrong decisions (read sets only)")
    args = parser.parse_args()
    for path in args.files:
        print("\n".join(report(path, show=args.show)))


if __name__ == "__main__":
    main()
