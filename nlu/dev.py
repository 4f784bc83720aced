"""The pipeline's decisions on the development sets in eval/dev (never the held-out split).

    PYTHONPATH=. .venv-rasa/bin/python -m nlu.dev [eval/dev/ru-A.yml ...] [--set nb_weight=0.3]

The development sets were written by other writers for finding gaps: crisis messages and
alarming-but-not-urgent ones (`label: crisis | not_crisis`), and topic questions
(`topic: <slug>`). They are read while lexicon patterns are written or settings compared, so
their figures are a guide, not a test: the held-out split (`make eval`) is the test. A model
trained on all training examples (settings from config.yml, or changed with --set) meets them;
per file the report gives crisis recall and false alarms of the configured crisis layer, or topic
accuracy as the bot decides (crisis layer, then the top topic at or above the fallback
threshold), and lists what it decides wrongly.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from nlu.components.linear_model import LinearModel
from nlu.crossval import ROOT, configured, crisis_layer, guard_thresholds, lexicon_hits, load, with_settings
from pforte.text.normalise import normalise

DEV = ROOT / "eval" / "dev"


def report(
    path: Path, model: LinearModel, *, threshold: float, hidden_threshold: float, fallback: float, quiet: bool
) -> None:
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    if not any("topic" in m or "label" in m for m in messages):
        print(f"{path.name}: language identification only (pforte.text.language_dev)")
        return
    texts = [normalise(m["text"]) for m in messages]
    probabilities, hidden = model.predict(texts)
    lexicon = lexicon_hits(texts)
    flagged = crisis_layer(
        probabilities,
        model.classes,
        lexicon,
        threshold=threshold,
        fallback=fallback,
        hidden=hidden,
        hidden_threshold=hidden_threshold,
    )
    crisis = model.classes.index("crisis")
    top = [model.classes[int(i)] for i in probabilities.argmax(axis=1)]
    if "topic" in messages[0]:
        decided = [
            "crisis" if flag else (t if row.max() >= fallback else "out_of_scope")
            for flag, t, row in zip(flagged, top, probabilities)
        ]
        wrong = [i for i, m in enumerate(messages) if decided[i] != m["topic"]]
        right = len(messages) - len(wrong)
        print(
            f"{path.name}: topic as decided {right}/{len(messages)} ({100 * right / len(messages):.1f} %), "
            f"flagged as crisis {int(flagged.sum())} (lexicon alone {int(lexicon.sum())})"
        )
        lines = [f"   {messages[i]['topic']} -> {decided[i]} | {messages[i]['text']}" for i in wrong]
    else:
        gold = np.array([m["label"] == "crisis" for m in messages])
        print(
            f"{path.name}: crisis recall {flagged[gold].sum()}/{gold.sum()} (lexicon alone {lexicon[gold].sum()}), "
            f"false alarms {flagged[~gold].sum()}/{(~gold).sum()} (lexicon alone {lexicon[~gold].sum()})"
        )
        lines = [
            f"   {'missed     ' if gold[i] else 'false alarm'} crisis p={probabilities[i, crisis]:.2f} "
            f"hidden={'-' if hidden is None else f'{hidden[i]:.2f}'} "
            f"lexicon={int(lexicon[i])} top={top[i]} | {m['text']}"
            for i, m in enumerate(messages)
            if gold[i] != flagged[i]
        ]
    if not quiet:
        print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, default=sorted(DEV.glob("*.yml")))
    parser.add_argument(
        "--set", action="append", default=[], help="a model setting, e.g. nb_weight=0.3 (JSON value)"
    )
    parser.add_argument("--quiet", action="store_true", help="figures only, no messages")
    args = parser.parse_args()
    configured_settings = {k: v for k, v in configured("LinearIntentClassifier").items() if k != "name"}
    settings: dict[str, Any] = with_settings(configured_settings, args.set)
    threshold, hidden_threshold = guard_thresholds()
    fallback = float(configured("FallbackClassifier").get("threshold", 0.35))
    texts, labels, _, _ = load()
    model = LinearModel(settings).fit(texts, labels)
    print(f"model settings: {settings}")
    for path in args.files:
        report(
            path,
            model,
            threshold=threshold,
            hidden_threshold=hidden_threshold,
            fallback=fallback,
            quiet=args.quiet,
        )


if __name__ == "__main__":
    main()
