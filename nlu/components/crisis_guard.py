"""The crisis safety layer inside the pipeline, after the fallback classifier.

Crisis wins when either
- the lexicon (``pforte.text.crisis``, independent of the model) finds a danger signal, or
- the model gives ``crisis`` a probability of at least ``model_threshold``, even when another
  intent scores higher: missing a person in danger costs far more than a false alarm (the
  threshold is chosen by cross-validation on the training data, see docs/benchmarks.md), or
- the hidden-crisis view (``LinearModel._fit_hidden``: crisis or not, trained with every crisis
  example also inside an everyday question) gives at least ``hidden_threshold``: the danger
  said in one clause of a question about a letter or the rent.

Below those, a crisis probability of at least ``note_threshold`` is no alarm, but the message is
marked ``safety_note``: whatever the bot answers, it adds one line with the emergency numbers
(``actions.common.safety_note``). Most crisis messages the layer misses on the development sets
lie in that band, as do a few percent of everyday messages with strong words, for whom a line
about the TelefonSeelsorge costs little.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.components.classifier import HIDDEN_CRISIS
from nlu.components.guard import Guard
from pforte.text.crisis import detect_crisis

CRISIS = "crisis"
SAFETY_NOTE = "safety_note"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(Guard):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"model_threshold": 0.4, "hidden_threshold": 0.8, "note_threshold": 1.0}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.threshold = float(self.config["model_threshold"])
        self.hidden_threshold = float(self.config["hidden_threshold"])
        self.note_threshold = float(self.config["note_threshold"])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            signal = detect_crisis(text) if isinstance(text, str) else None
            ranking = message.get(INTENT_RANKING_KEY) or []
            model_says = next((r["confidence"] for r in ranking if r.get("name") == CRISIS), 0.0)
            hidden = message.get(HIDDEN_CRISIS) or 0.0
            if signal:
                source, confidence = signal.category, 1.0
            elif model_says >= self.threshold:
                source, confidence = "model", float(model_says)
            elif hidden >= self.hidden_threshold:
                source, confidence = "model_hidden", float(hidden)
            else:
                if model_says >= self.note_threshold:
                    message.set(SAFETY_NOTE, True, add_to_output=True)
                continue
            others = [r for r in ranking if r.get("name") != CRISIS]
            top = {"name": CRISIS, "confidence": confidence}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *others], add_to_output=True)
            message.set("crisis_signal", source, add_to_output=True)
        return messages
