"""The intent model itself, without Rasa: TF-IDF character and word n-grams on folded text
(Hebrew words also without their one-letter prefixes), multinomial logistic regression.
Used by the Rasa component (classifier.py) and by cross-validation (nlu/crossval.py)."""

from __future__ import annotations

import re
import warnings
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from pforte.text.normalise import fold
from pforte.text.translit import augment

DEFAULTS: dict[str, Any] = {
    "char_ngrams": [2, 5],
    "word_ngrams": [1, 2],
    "C": 100.0,
    "max_iter": 100,
    "transliterate": True,
    "hebrew_prefixes": True,
}

# Hebrew attaches the article and prepositions to the word: ה ו ב ל מ ש כ (and pairs: וה, שה, מה...).
_HEBREW_WORD = re.compile(r"\b([והבלמשכ]{1,2})([\u05d0-\u05ea]{3,})")


def prepare(text: str, *, hebrew_prefixes: bool = True) -> str:
    folded = fold(text)
    if hebrew_prefixes and _HEBREW_WORD.search(folded):
        stems = " ".join(m.group(2) for m in _HEBREW_WORD.finditer(folded))
        folded = f"{folded} {stems}"
    return folded


def vectorizers(config: dict[str, Any]) -> list[TfidfVectorizer]:
    return [
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(config["char_ngrams"]), sublinear_tf=True, dtype=np.float32
        ),
        TfidfVectorizer(
            analyzer="word",
            ngram_range=tuple(config["word_ngrams"]),
            token_pattern=r"(?u)\b\w+\b",
            sublinear_tf=True,
            dtype=np.float32,
        ),
    ]


class LinearModel:
    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self.config = {**DEFAULTS, **(config or {})}
        self.vectorizers: list[TfidfVectorizer] = []
        self.weights: np.ndarray | None = None
        self.bias: np.ndarray | None = None
        self.classes: list[str] = []
        self._transposed: tuple[np.ndarray, np.ndarray] | None = None  # (weights, weights.T contiguous)

    def _prepare(self, texts: list[str]) -> list[str]:
        return [prepare(t, hebrew_prefixes=self.config["hebrew_prefixes"]) for t in texts]

    def features(self, texts: list[str]) -> sp.csr_matrix:
        prepared = self._prepare(texts)
        return sp.hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()

    def fit(self, texts: list[str], labels: list[str]) -> LinearModel:
        if self.config["transliterate"]:
            texts, labels = augment(texts, labels)
        prepared = self._prepare(texts)
        self.vectorizers = vectorizers(self.config)
        for vectorizer in self.vectorizers:
            vectorizer.fit(prepared)
        features = sp.hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()
        model = LogisticRegression(
            C=self.config["C"], max_iter=self.config["max_iter"], class_weight="balanced"
        )
        with warnings.catch_warnings():
            # Stopping before full convergence is deliberate (max_iter in config.yml).
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(features, labels)
        self.weights = model.coef_.astype(np.float32)
        self.bias = model.intercept_.astype(np.float32)
        self.classes = [str(c) for c in model.classes_]
        return self

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        assert self.weights is not None and self.bias is not None
        # Features × weights, with the weights transposed once into a contiguous array: with
        # the transposed view scipy copied the whole weight matrix on every message (most of
        # the parse time).
        if self._transposed is None or self._transposed[0] is not self.weights:
            self._transposed = (self.weights, np.ascontiguousarray(self.weights.T))
        scores = np.asarray(self.features(texts) @ self._transposed[1]) + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)
