"""Cross-validation on the training examples only (never the held-out split): how the
hyper-parameters of config.yml were chosen.

    PYTHONPATH=. .venv-rasa/bin/python -m nlu.crossval [--C 100] [--folds 5] [--max-iter 300]

Reports, per language, FAQ accuracy and out-of-scope rejection for fallback thresholds, and
crisis recall and false positives for the crisis layer's parts (the lexicon, the model's
crisis probability), with the crisis examples both miss and the false alarms.

A dedicated crisis-or-not model on the same features was tried (2026-11-23): beside the
lexicon and the intent model it raised cross-validated recall by 0-3 points per language at
0.3-0.6 points more false alarms and doubled training time; not adopted.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml
from sklearn.model_selection import StratifiedKFold

from nlu.components.linear_model import LinearModel
from pforte.text.crisis import detect_crisis
from pforte.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ROOT / "content" / "topics"


def configured(name: str) -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    return next(c for c in config["pipeline"] if c["name"].endswith(name))


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


def pct(hits: np.ndarray) -> str:
    return f"{100 * hits.mean():.1f}%" if hits.size else "-"


def main() -> None:
    classifier = configured("LinearIntentClassifier")
    guard = configured("CrisisGuard")
    parser = argparse.ArgumentParser()
    parser.add_argument("--C", type=float, default=float(classifier.get("C", 100.0)))
    parser.add_argument("--max-iter", type=int, default=int(classifier.get("max_iter", 300)))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-hebrew-prefixes", action="store_true")
    parser.add_argument("--save", help="also write the out-of-fold probabilities here (.npz) to study")
    args = parser.parse_args()
    texts, labels, languages, faq = load()
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=7)
    rows: dict[int, np.ndarray] = {}
    classes: list[str] = []
    seconds = []
    for train_index, test_index in folds.split(texts, labels):
        train_texts = [texts[i] for i in train_index]
        train_labels = [labels[i] for i in train_index]
        started = time.perf_counter()
        model = LinearModel(
            {"C": args.C, "max_iter": args.max_iter, "hebrew_prefixes": not args.no_hebrew_prefixes}
        ).fit(train_texts, train_labels)
        seconds.append(time.perf_counter() - started)
        classes = model.classes
        held = [texts[i] for i in test_index]
        for i, row in zip(test_index, model.predict_proba(held)):
            rows[i] = row
        print(f"fold trained in {seconds[-1]:.0f} s", flush=True)
    probabilities = np.stack([rows[i] for i in range(len(texts))])
    if args.save:
        np.savez(args.save, probabilities=probabilities, classes=classes, labels=labels, languages=languages)
    crisis = classes.index("crisis")
    lexicon = np.array([detect_crisis(t) is not None for t in texts])
    gold = np.array([label == "crisis" for label in labels])
    lang = np.array(languages)
    language_list = sorted(set(languages))
    print(
        f"examples: {len(texts)}, C={args.C}, max_iter={args.max_iter}, training per fold {np.mean(seconds):.0f} s"
    )
    for fallback in (0.2, 0.25, 0.3, 0.35, 0.4):
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
                f"{language} faq {100 * c[1] / c[0]:.1f}% oos-rejected {100 * c[3] / c[2]:.1f}%"
                for language, c in sorted(per_language.items())
            )
        )

    def report(name: str, hit: np.ndarray) -> None:
        print(
            f"{name}: "
            + "  ".join(
                f"{language} recall {pct(hit[gold & (lang == language)])} fp {pct(hit[~gold & (lang == language)])}"
                for language in language_list
            )
        )

    report("lexicon alone", lexicon)
    multi_threshold = float(guard.get("model_threshold", 0.4))
    for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        report(f"intent model >= {threshold} or lexicon", lexicon | (probabilities[:, crisis] >= threshold))
    # As in the pipeline: crisis as the top intent above the fallback threshold also counts.
    fallback_threshold = float(configured("FallbackClassifier").get("threshold", 0.35))
    top_crisis = (probabilities.argmax(axis=1) == crisis) & (probabilities.max(axis=1) >= fallback_threshold)
    layer = lexicon | (probabilities[:, crisis] >= multi_threshold) | top_crisis
    report("configured layer (as the pipeline decides)", layer)
    missed = [i for i in range(len(texts)) if gold[i] and not layer[i]]
    print(f"crisis examples missed by the configured layer (CV): {len(missed)}")
    for i in missed:
        print(f"   {languages[i]} {probabilities[i, crisis]:.2f} {texts[i]}")
    false_alarms = [i for i in range(len(texts)) if not gold[i] and layer[i]]
    print(f"false alarms of the configured layer (CV): {len(false_alarms)}")
    for i in false_alarms[:60]:
        source = "lexicon" if lexicon[i] else f"{probabilities[i, crisis]:.2f}"
        print(f"   {labels[i]} {source} | {texts[i]}")


if __name__ == "__main__":
    main()
