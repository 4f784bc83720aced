"""The Rasa component around the linear intent model (linear_model.py). Trains in seconds on
two cores; no download. Persisted as plain arrays (JSON vocabulary, NumPy weights), never as
pickles."""

from __future__ import annotations

import json
import logging
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.components.linear_model import DEFAULTS, LinearModel, nb_vectorizers, vectorizers

logger = logging.getLogger(__name__)

HIDDEN_CRISIS = "crisis_hidden"


def _vocabulary(vectorizer: Any) -> dict[str, int]:
    """A fitted vectorizer's vocabulary as JSON can hold it (NumPy integers become ints)."""
    return {k: int(v) for k, v in vectorizer.vocabulary_.items()}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DEFAULTS, "ranking_length": 10}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: LinearModel | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model or LinearModel({k: self.config[k] for k in DEFAULTS})

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        self.model.fit([e.get(TEXT) for e in examples], [e.get(INTENT) for e in examples])
        logger.info("Trained on %d examples, %d intents", len(examples), len(self.model.classes))
        self.persist()
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if self.model.weights is None or not messages:
            return messages
        probabilities, hidden = self.model.predict([m.get(TEXT) or "" for m in messages])
        classes = self.model.classes
        for index, (message, row) in enumerate(zip(messages, probabilities)):
            order = np.argsort(-row)[: self.config["ranking_length"]]
            ranking = [{"name": classes[i], "confidence": float(row[i])} for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            if hidden is not None:
                # Read by the crisis guard, which decides.
                message.set(HIDDEN_CRISIS, float(hidden[index]))
        return messages

    def persist(self) -> None:
        model = self.model
        assert model.weights is not None and model.bias is not None
        with self._model_storage.write_to(self._resource) as directory:
            meta = {
                "classes": model.classes,
                "vocabularies": [_vocabulary(vec) for vec in model.vectorizers],
                "nb_vocabularies": [_vocabulary(vec) for vec in model.nb_vectorizers],
            }
            (directory / "classifier.json").write_text(json.dumps(meta, ensure_ascii=False))
            np.savez(
                directory / "classifier.npz",
                weights=model.weights,
                bias=model.bias,
                **{f"idf{i}": vec.idf_ for i, vec in enumerate(model.vectorizers)},
                **({} if model.nb_weights is None else {"nb_weights": model.nb_weights}),
                **(
                    {}
                    if model.hidden_weights is None
                    else {
                        "hidden_weights": model.hidden_weights,
                        "hidden_bias": np.float32(model.hidden_bias),
                    }
                ),
            )

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as directory:
                meta = json.loads((directory / "classifier.json").read_text())
                arrays = np.load(directory / "classifier.npz", allow_pickle=False)
                model = component.model
                model.vectorizers = vectorizers(model.config)
                for i, vectorizer in enumerate(model.vectorizers):
                    vectorizer.vocabulary_ = meta["vocabularies"][i]
                    vectorizer.idf_ = arrays[f"idf{i}"]
                if meta.get("nb_vocabularies") and "nb_weights" in arrays:
                    model.nb_vectorizers = nb_vectorizers(model.config)
                    for vectorizer, vocabulary in zip(model.nb_vectorizers, meta["nb_vocabularies"]):
                        vectorizer.vocabulary_ = vocabulary
                    model.nb_weights = arrays["nb_weights"]
                if "hidden_weights" in arrays:
                    model.hidden_weights = arrays["hidden_weights"]
                    model.hidden_bias = float(arrays["hidden_bias"])
                model.weights = arrays["weights"]
                model.bias = arrays["bias"]
                model.classes = meta["classes"]
        except (ValueError, FileNotFoundError):
            logger.warning("No trained intent classifier in the model; it predicts nothing.")
        return component
