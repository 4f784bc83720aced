"""Cross-validation on the training examples only (never the held-out split): how the
hyper-parameters of config.yml were chosen.

    PYTHONPATH=. .venv-rasa/bin/python -m nlu.crossval [--C 20] [--folds 5]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml
from sklearn.model_selection import StratifiedKFold

from nlu.components.linear_model import LinearModel
from pforte.text.crisis import detect_crisis
from pforte.text.normalise import normalise

TOPICS = Path(__file__).resolve().parent.parent / "content" / "topics"


def load() -> tuple[list[str], list[str], list[str], set[str]]:
    texts, labels, languages, faq = [], [], [], set()
    for path in sorted(TOPICS.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data["kind"] == "faq":
            faq.add(data["slug"])
        for language, examples in (data.get("examples") or {}).items():
            for text in examples:
                texts.append(normalise(str(text)))
                labels.append(data["slug"])
                languages.append(language)
    return texts, labels, languages, faq


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--C", type=float, default=20.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-hebrew-prefixes", action="store_true")
    args = parser.parse_args()
    texts, labels, languages, faq = load()
    probabilities = np.zeros((len(texts), 0))
    classes: list[str] = []
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=7)
    rows: dict[int, np.ndarray] = {}
    for train_index, test_index in folds.split(texts, labels):
        model = LinearModel({"C": args.C, "hebrew_prefixes": not args.no_hebrew_prefixes}).fit(
            [texts[i] for i in train_index], [labels[i] for i in train_index]
        )
        classes = model.classes
        for i, row in zip(test_index, model.predict_proba([texts[i] for i in test_index])):
            rows[i] = row
    probabilities = np.stack([rows[i] for i in range(len(texts))])
    crisis = classes.index("crisis")
    lexicon = np.array([detect_crisis(t) is not None for t in texts])
    gold_crisis = np.array([label == "crisis" for label in labels])
    print(f"examples: {len(texts)}, C={args.C}")
    for fallback in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35):
        per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for i, row in enumerate(probabilities):
            top = classes[int(np.argmax(row))]
            decided = top if row.max() >= fallback else "out_of_scope"
            counts = per_language[languages[i]]
            if labels[i] in faq:
                counts[0] += 1
                counts[1] += decided == labels[i]
            if labels[i] == "out_of_scope":
                counts[2] += 1
                counts[3] += decided not in faq
        print(
            f"fallback {fallback}: "
            + "  ".join(
                f"{lang} faq {100 * c[1] / c[0]:.1f}% oos-rejected {100 * c[3] / c[2]:.1f}%"
                for lang, c in sorted(per_language.items())
            )
        )
    for threshold in (0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        model_hit = probabilities[:, crisis] >= threshold
        either = model_hit | lexicon
        recall = either[gold_crisis].mean()
        false_positive = either[~gold_crisis].mean()
        print(
            f"crisis threshold {threshold}: recall {100 * recall:.1f}% false positives {100 * false_positive:.2f}% "
            f"(model alone {100 * model_hit[gold_crisis].mean():.1f}% / {100 * model_hit[~gold_crisis].mean():.2f}%)"
        )
    print(
        f"lexicon alone: recall {100 * lexicon[gold_crisis].mean():.1f}% false positives {100 * lexicon[~gold_crisis].mean():.2f}%"
    )
    missed = [
        texts[i]
        for i in range(len(texts))
        if gold_crisis[i] and not lexicon[i] and probabilities[i, crisis] < 0.3
    ]
    print("crisis examples missed by both (CV):", len(missed))
    for text in missed[:40]:
        print("  ", text)
    fp = [(labels[i], texts[i]) for i in range(len(texts)) if not gold_crisis[i] and lexicon[i]]
    print("lexicon false positives on training examples:", len(fp))
    for label, text in fp[:40]:
        print("  ", label, "|", text)


if __name__ == "__main__":
    main()
