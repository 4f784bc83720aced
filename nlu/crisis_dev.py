"""The crisis layer on the development sets in eval/dev (never the held-out split).

    PYTHONPATH=. .venv-rasa/bin/python -m nlu.crisis_dev [eval/dev/ru-A.yml ...]

The development sets are crisis messages and alarming-but-not-urgent messages that other writers
wrote for finding the crisis layer's gaps. They are read while lexicon patterns are written, so
their figures are a guide, not a test: the held-out split (`make eval`) is the test. A model
trained on all training examples meets them; for each file the report gives crisis recall and
false alarms of the configured layer (lexicon, model's crisis probability, crisis on top) and lists
the messages it decides wrongly.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import yaml

from nlu.components.linear_model import LinearModel
from nlu.crossval import ROOT, configured, crisis_layer, lexicon_hits, load
from pforte.text.normalise import normalise

DEV = ROOT / "eval" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, default=sorted(DEV.glob("*.yml")))
    args = parser.parse_args()
    classifier = configured("LinearIntentClassifier")
    threshold = float(configured("CrisisGuard").get("model_threshold", 0.4))
    fallback = float(configured("FallbackClassifier").get("threshold", 0.35))
    texts, labels, _, _ = load()
    model = LinearModel({k: v for k, v in classifier.items() if k != "name"}).fit(texts, labels)
    crisis = model.classes.index("crisis")
    for path in args.files:
        messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
        dev_texts = [normalise(m["text"]) for m in messages]
        gold = np.array([m["label"] == "crisis" for m in messages])
        probabilities = model.predict_proba(dev_texts)
        lexicon = lexicon_hits(dev_texts)
        flagged = crisis_layer(probabilities, model.classes, lexicon, threshold=threshold, fallback=fallback)
        print(
            f"{path.name}: crisis recall {flagged[gold].sum()}/{gold.sum()} (lexicon alone {lexicon[gold].sum()}), "
            f"false alarms {flagged[~gold].sum()}/{(~gold).sum()} (lexicon alone {lexicon[~gold].sum()})"
        )
        for i, message in enumerate(messages):
            if gold[i] != flagged[i]:
                kind = "missed     " if gold[i] else "false alarm"
                top = model.classes[int(probabilities[i].argmax())]
                print(
                    f"   {kind} crisis p={probabilities[i, crisis]:.2f} lexicon={int(lexicon[i])} top={top} | {message['text']}"
                )


if __name__ == "__main__":
    main()
