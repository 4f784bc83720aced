"""A fast linear intent classifier for three scripts: TF-IDF character and word n-grams on
folded text, multinomial logistic regression. Trains in seconds on two cores; no download.

Persisted as plain arrays (JSON vocabulary, NumPy weights), never as pickles.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Text

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from nlu.components.translit import augment
from pforte.text.normalise import fold

logger = logging.getLogger(__name__)


def _vectorizers(config: Dict[Text, Any]) -> List[TfidfVectorizer]:
    return [
        TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(config["char_ngrams"]),
            sublinear_tf=True,
            min_df=config["min_df"],
            dtype=np.float32,
        ),
        TfidfVectorizer(
            analyzer="word",
            ngram_range=tuple(config["word_ngrams"]),
            token_pattern=r"(?u)\b\w+\b",
            sublinear_tf=True,
            min_df=1,
            dtype=np.float32,
        ),
    ]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "char_ngrams": [2, 5],
            "word_ngrams": [1, 2],
            "min_df": 1,
            "C": 20.0,
            "max_iter": 300,
            "transliterate": True,
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vectorizers: Optional[List[TfidfVectorizer]] = None,
        weights: Optional[np.ndarray] = None,
        bias: Optional[np.ndarray] = None,
        classes: Optional[List[str]] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.vectorizers = vectorizers
        self.weights = weights
        self.bias = bias
        self.classes = classes or []

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    def _features(self, texts: List[str]) -> sp.csr_matrix:
        assert self.vectorizers is not None
        return sp.hstack([v.transform(texts) for v in self.vectorizers]).tocsr()

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        texts = [e.get(TEXT) for e in examples]
        labels = [e.get(INTENT) for e in examples]
        if self.config["transliterate"]:
            texts, labels = augment(texts, labels)
        folded = [fold(t) for t in texts]
        self.vectorizers = _vectorizers(self.config)
        for vectorizer in self.vectorizers:
            vectorizer.fit(folded)
        features = self._features(folded)
        model = LogisticRegression(
            C=self.config["C"],
            max_iter=self.config["max_iter"],
            class_weight="balanced",
            solver="lbfgs",
        )
        model.fit(features, labels)
        self.weights = model.coef_.astype(np.float32)
        self.bias = model.intercept_.astype(np.float32)
        self.classes = [str(c) for c in model.classes_]
        logger.info("Trained on %d examples (%d intents, %d features)", len(texts), len(self.classes), features.shape[1])
        self.persist()
        return self._resource

    def predict(self, texts: List[str]) -> np.ndarray:
        features = self._features([fold(t) for t in texts])
        scores = features @ self.weights.T + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def process(self, messages: List[Message]) -> List[Message]:
        if self.weights is None or not self.classes:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        probabilities = self.predict(texts)
        for message, row in zip(messages, probabilities):
            order = np.argsort(-row)[: self.config["ranking_length"]]
            ranking = [{"name": self.classes[i], "confidence": float(row[i])} for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def persist(self) -> None:
        assert self.vectorizers is not None and self.weights is not None and self.bias is not None
        with self._model_storage.write_to(self._resource) as directory:
            meta = {
                "classes": self.classes,
                "vocabularies": [
                    {k: int(v) for k, v in vec.vocabulary_.items()} for vec in self.vectorizers
                ],
            }
            (directory / "classifier.json").write_text(json.dumps(meta, ensure_ascii=False))
            np.savez(
                directory / "classifier.npz",
                weights=self.weights,
                bias=self.bias,
                **{f"idf{i}": vec.idf_ for i, vec in enumerate(self.vectorizers)},
            )

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LinearIntentClassifier":
        merged = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                meta = json.loads((directory / "classifier.json").read_text())
                arrays = np.load(directory / "classifier.npz", allow_pickle=False)
                vectorizers = _vectorizers(merged)
                for i, vectorizer in enumerate(vectorizers):
                    vectorizer.vocabulary_ = meta["vocabularies"][i]
                    vectorizer.idf_ = arrays[f"idf{i}"]
                return cls(
                    merged,
                    model_storage,
                    resource,
                    vectorizers=vectorizers,
                    weights=arrays["weights"],
                    bias=arrays["bias"],
                    classes=meta["classes"],
                )
        except (ValueError, FileNotFoundError):
            logger.warning("No trained intent classifier found in the model; it predicts nothing.")
            return cls(merged, model_storage, resource)
