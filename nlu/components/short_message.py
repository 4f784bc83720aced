"""One word is little to go on: a one-word message gets a topic answer only when the model is
confident (``threshold``); otherwise the bot asks (the ``nlu_fallback`` of Rasa's
FallbackClassifier, which suggests likely topics). "Wohngeld" is answered; "Antrag" is asked about."""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.components.guard import Guard
from pforte.text.normalise import words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ShortMessageGuard(Guard):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"threshold": 0.6, "max_words": 1}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.threshold = float(self.config["threshold"])
        self.max_words = int(self.config["max_words"])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            intent = message.get(INTENT) or {}
            if not isinstance(text, str) or len(words(text)) > self.max_words:
                continue
            if intent.get("name") in (None, DEFAULT_NLU_FALLBACK_INTENT_NAME):
                continue
            if (intent.get("confidence") or 0.0) >= self.threshold:
                continue
            fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": self.threshold}
            ranking = [
                r
                for r in message.get(INTENT_RANKING_KEY) or []
                if r.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME
            ]
            message.set(INTENT, fallback, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [fallback, *ranking], add_to_output=True)
        return messages
