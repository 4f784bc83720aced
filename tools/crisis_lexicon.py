"""The crisis lexicon alone on the training examples (content/topics, never the held-out split):
recall on crisis examples and false alarms on all others, per language, with the lists.

    .venv/bin/python tools/crisis_lexicon.py [--missed] [--false-alarms]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from content.yaml_files import read_directory
from pforte.text.crisis import detect_crisis

TOPICS = Path(__file__).resolve().parent.parent / "content" / "topics"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--missed", action="store_true", help="list crisis examples the lexicon misses")
    parser.add_argument("--false-alarms", action="store_true", help="list other examples it flags")
    args = parser.parse_args()
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # crisis hit, crisis, other hit, other
    missed, alarms = [], []
    for topic in read_directory(TOPICS):
        for language, examples in topic.examples.items():
            for text in examples:
                signal = detect_crisis(text)
                counts = hits[language]
                if topic.slug == "crisis":
                    counts[0] += signal is not None
                    counts[1] += 1
                    if signal is None:
                        missed.append((language, text))
                else:
                    counts[2] += signal is not None
                    counts[3] += 1
                    if signal is not None:
                        alarms.append((language, topic.slug, signal.category, text))
    for language, (a, b, c, d) in sorted(hits.items()):
        print(f"{language}: recall {a}/{b} ({100 * a / b:.1f} %), false alarms {c}/{d} ({100 * c / d:.2f} %)")
    if args.missed:
        for language, text in missed:
            print(f"missed {language}: {text}")
    if args.false_alarms:
        for language, slug, category, text in alarms:
            print(f"alarm {language} {slug} ({category}): {text}")


if __name__ == "__main__":
    main()
