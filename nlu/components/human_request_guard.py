"""Someone who asks for a person gets a person: ``human_request`` wins when the model gives it
at least ``threshold``, even when a topic scores higher ("I want to talk to someone about my
Kindergeld" names a topic, but the request is for a counsellor). Runs before the CrisisGuard,
so danger still comes first. The threshold is chosen by cross-validation on the training data
(nlu/crossval.py reports human requests honoured and topic questions handed over)."""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from nlu.components.guard import Guard

HUMAN_REQUEST = "human_request"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class HumanRequestGuard(Guard):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"threshold": 0.25}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.threshold = float(self.config["threshold"])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY) or []
            if (message.get(INTENT) or {}).get("name") == HUMAN_REQUEST:
                continue
            asked = next((r for r in ranking if r.get("name") == HUMAN_REQUEST), None)
            if asked is None or asked["confidence"] < self.threshold:
                continue
            others = [
                r for r in ranking if r.get("name") not in (HUMAN_REQUEST, DEFAULT_NLU_FALLBACK_INTENT_NAME)
            ]
            message.set(INTENT, asked, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [asked, *others], add_to_output=True)
        return messages
