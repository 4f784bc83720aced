"""The crisis safety layer inside the pipeline, after the fallback classifier.

Crisis wins when either
- the lexicon (``pforte.text.crisis``, independent of the model) finds a danger signal, or
- the model gives ``crisis`` a probability of at least ``model_threshold``, even when another
  intent scores higher: missing a person in danger costs far more than a false alarm (the
  threshold is chosen by cross-validation on the training data, see docs/benchmarks.md).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.components.guard import Guard
from pforte.text.crisis import detect_crisis

CRISIS = "crisis"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(Guard):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"model_threshold": 0.4}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.threshold = float(self.config["model_threshold"])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            signal = detect_crisis(text) if isinstance(text, str) else None
            ranking = message.get(INTENT_RANKING_KEY) or []
            model_says = next((r["confidence"] for r in ranking if r.get("name") == CRISIS), 0.0)
            if signal is None and model_says < self.threshold:
                continue
            others = [r for r in ranking if r.get("name") != CRISIS]
            top = {"name": CRISIS, "confidence": 1.0 if signal else float(model_says)}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *others], add_to_output=True)
            message.set("crisis_signal", signal.category if signal else "model", add_to_output=True)
        return messages
