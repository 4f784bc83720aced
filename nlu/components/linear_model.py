"""The intent model itself, without Rasa: TF-IDF character and word n-grams on folded text
(Hebrew words also without their one-letter prefixes), multinomial logistic regression,
averaged with a complement naive Bayes model on binary character 1-4-gram and word counts
(a second view that votes sharply where the regression hesitates). The crisis probability is
the regression's alone, so the crisis layer's thresholds keep their cross-validated meaning.
Used by the Rasa component (classifier.py) and by cross-validation (nlu/crossval.py)."""

from __future__ import annotations

import random
import re
import warnings
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB

from pforte.text.normalise import fold
from pforte.text.translit import augment, has_cyrillic

DEFAULTS: dict[str, Any] = {
    "char_ngrams": [2, 5],
    "word_ngrams": [1, 2],
    "C": 100.0,
    "max_iter": 100,
    "transliterate": True,
    "hebrew_prefixes": True,
    # German city names become one shared word: where someone lives says nothing about the topic,
    # and a city named in one example would otherwise pull every question naming it to that topic.
    "place_token": False,
    # The hidden-crisis view: a crisis-or-not regression (this C; 0 turns it off) on the same
    # features, trained with every crisis example also inside an everyday question.
    "hidden_crisis_C": 0.0,
    "crisis_mix": 1,
    # Share of the naive Bayes view in the averaged probabilities (0 turns it off).
    "nb_weight": 0.2,
    "nb_char_ngrams": [1, 4],
    "nb_alpha": 0.3,
}

CRISIS = "crisis"

# Hebrew attaches the article and prepositions to the word: ה ו ב ל מ ש כ (and pairs: וה, שה, מה...).
_HEBREW_WORD = re.compile(r"\b([והבלמשכ]{1,2})([\u05d0-\u05ea]{3,})")


_CITIES_LATIN = (
    "berlin|munchen|muenchen|munich|koln|koeln|cologne|hamburg|frankfurt|leipzig|dresden|dusseldorf|duesseldorf|"
    "stuttgart|hannover|hanover|nurnberg|nuernberg|nuremberg|bremen|dortmund|duisburg|bochum|wuppertal|bielefeld|"
    "bonn|munster|muenster|mannheim|karlsruhe|augsburg|wiesbaden|aachen|magdeburg|freiburg|lubeck|luebeck|erfurt|"
    "rostock|mainz|kassel|chemnitz|potsdam|saarbrucken|heidelberg|regensburg|wurzburg|offenbach|kiel|trier|jena|"
    "gottingen|goettingen|halle an der saale|braunschweig|osnabruck|oldenburg|krefeld|gelsenkirchen|leverkusen"
)
# Russian in Cyrillic or in Latin letters, with any ending ("в Берлине", "v myunhene"); Bremen with
# its case endings only, as "бремени" and "бременем" are a burden.
_CITIES_RUSSIAN = (
    "берлин|мюнхен|кельн|гамбург|франкфурт|лейпциг|дрезден|дюссельдорф|штутгарт|ганновер|нюрнберг|дортмунд|"
    "дуисбург|бохум|вупперталь|билефельд|бонн|мюнстер|мангеим|карлсруэ|аугсбург|висбаден|ахен|аахен|магдебург|"
    "фраибург|любек|эрфурт|росток|маинц|кассель|хемниц|потсдам|саарбрюккен|геидельберг|регенсбург|вюрцбург|"
    "оффенбах|трир|брауншвеиг|оснабрюк|ольденбург|крефельд|гельзенкирхен|леверкузен|"
    "myunhen|gamburg|dyusseldorf|shtutgart|gannover|nyurnberg|drezden|leiptsig|keln|kyoln"
)
_CITIES_HEBREW = (
    "ברלינ|מינכנ|המבורג|פרנקפורט|לייפציג|דרזדנ|דיסלדורפ|שטוטגרט|הנובר|נירנברג|ברמנ|דורטמונד|מינסטר|קרלסרואה|"
    "אאכנ|מגדבורג|פרייבורג|ארפורט|פוטסדאמ|היידלברג|קלנ"
)
_PLACE = re.compile(
    rf"\b(?:(?:{_CITIES_LATIN})|(?:{_CITIES_RUSSIAN})\w*|бремен(?:е|а|у|ом)?|[והבלמשכ]{{0,2}}(?:{_CITIES_HEBREW}))\b"
)
PLACE_TOKEN = "zzortzz"


def prepare(text: str, *, hebrew_prefixes: bool = True, place_token: bool = False) -> str:
    folded = fold(text)
    if place_token:
        folded = _PLACE.sub(PLACE_TOKEN, folded)
    if hebrew_prefixes and _HEBREW_WORD.search(folded):
        stems = " ".join(m.group(2) for m in _HEBREW_WORD.finditer(folded))
        folded = f"{folded} {stems}"
    return folded


def _script(text: str) -> str:
    if re.search(r"[\u05d0-\u05ea]", text):
        return "he"
    return "cyrillic" if has_cyrillic(text) else "latin"


def mix_crisis(texts: list[str], labels: list[str], *, per_example: int, seed: int = 17) -> list[str]:
    """Each crisis example again inside an everyday question in the same script, before or after it
    (all of them crisis examples): a person in danger often writes about a letter or the rent first."""
    rng = random.Random(seed)
    everyday: dict[str, list[str]] = {}
    for text, label in zip(texts, labels):
        if label != CRISIS and len(text.split()) >= 4:
            everyday.setdefault(_script(text), []).append(text)
    extra = []
    for text, label in zip(texts, labels):
        pool = everyday.get(_script(text))
        if label != CRISIS or not pool:
            continue
        for _ in range(per_example):
            other = rng.choice(pool)
            extra.append(f"{other} {text}" if rng.random() < 0.5 else f"{text} {other}")
    return extra


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


def nb_vectorizers(config: dict[str, Any]) -> list[CountVectorizer]:
    return [
        CountVectorizer(
            analyzer="char_wb", ngram_range=tuple(config["nb_char_ngrams"]), binary=True, dtype=np.float32
        ),
        CountVectorizer(analyzer="word", token_pattern=r"(?u)\b\w+\b", binary=True, dtype=np.float32),
    ]


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


class LinearModel:
    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self.config = {**DEFAULTS, **(config or {})}
        self.vectorizers: list[TfidfVectorizer] = []
        self.weights: np.ndarray | None = None
        self.bias: np.ndarray | None = None
        self.classes: list[str] = []
        self._transposed: tuple[np.ndarray, np.ndarray] | None = None  # (weights, weights.T contiguous)
        self.nb_vectorizers: list[CountVectorizer] = []
        self.nb_weights: np.ndarray | None = None  # features × classes: complement NB's log weights
        self.hidden_weights: np.ndarray | None = None  # features: the hidden-crisis view (see _fit_hidden)
        self.hidden_bias = 0.0

    def _prepare(self, texts: list[str]) -> list[str]:
        return [
            prepare(t, hebrew_prefixes=self.config["hebrew_prefixes"], place_token=self.config["place_token"])
            for t in texts
        ]

    @staticmethod
    def _matrix(vectorizers: list[Any], prepared: list[str], *, fit: bool = False) -> sp.csr_matrix:
        return sp.hstack(
            [v.fit_transform(prepared) if fit else v.transform(prepared) for v in vectorizers]
        ).tocsr()

    def fit(self, texts: list[str], labels: list[str]) -> LinearModel:
        if self.config["transliterate"]:
            texts, labels = augment(texts, labels)
        prepared = self._prepare(texts)
        self.vectorizers = vectorizers(self.config)
        features = self._matrix(self.vectorizers, prepared, fit=True)
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
        if self.config["nb_weight"] > 0:
            self.nb_vectorizers = nb_vectorizers(self.config)
            counts = self._matrix(self.nb_vectorizers, prepared, fit=True)
            bayes = ComplementNB(alpha=self.config["nb_alpha"]).fit(counts, labels)
            assert [str(c) for c in bayes.classes_] == self.classes
            self.nb_weights = np.ascontiguousarray(bayes.feature_log_prob_.T.astype(np.float32))
        if self.config.get("hidden_crisis_C", 0) > 0 and CRISIS in self.classes:
            self._fit_hidden(texts, labels, features)
        return self

    def _fit_hidden(self, texts: list[str], labels: list[str], features: sp.csr_matrix) -> None:
        """A person in danger often asks about a letter or the rent first and says the danger in one
        clause: the intent model then sees the letter. This view learns crisis-or-not from the
        examples plus every crisis example again inside an everyday question of the same script."""
        mixed = mix_crisis(texts, labels, per_example=int(self.config["crisis_mix"]))
        extra = self._matrix(self.vectorizers, self._prepare(mixed))
        gold = np.array([label == CRISIS for label in labels] + [True] * len(mixed))
        model = LogisticRegression(C=self.config["hidden_crisis_C"], max_iter=200, class_weight="balanced")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(sp.vstack([features, extra]).tocsr(), gold)
        self.hidden_weights = np.ascontiguousarray(model.coef_[0].astype(np.float32))
        self.hidden_bias = float(model.intercept_[0])

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.predict(texts)[0]

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        """The intent probabilities and, if trained, the hidden-crisis view's crisis probability."""
        assert self.weights is not None and self.bias is not None
        # Features × weights, with the weights transposed once into a contiguous array: with
        # the transposed view scipy copied the whole weight matrix on every message (most of
        # the parse time).
        if self._transposed is None or self._transposed[0] is not self.weights:
            self._transposed = (self.weights, np.ascontiguousarray(self.weights.T))
        prepared = self._prepare(texts)
        features = self._matrix(self.vectorizers, prepared)
        linear = softmax(np.asarray(features @ self._transposed[1]) + self.bias)
        hidden = None
        if self.hidden_weights is not None:
            hidden = 1.0 / (
                1.0 + np.exp(-(np.asarray(features @ self.hidden_weights).ravel() + self.hidden_bias))
            )
        weight = self.config["nb_weight"]
        if self.nb_weights is None or weight <= 0:
            return linear, hidden
        counts = self._matrix(self.nb_vectorizers, prepared)
        mixed = (1 - weight) * linear + weight * softmax(np.asarray(counts @ self.nb_weights))
        if CRISIS in self.classes:
            # The crisis probability stays the regression's; the other intents share the rest
            # in the averaged proportions.
            crisis = self.classes.index(CRISIS)
            rest = 1.0 - mixed[:, crisis : crisis + 1]
            mixed *= (1.0 - linear[:, crisis : crisis + 1]) / np.maximum(rest, 1e-12)
            mixed[:, crisis] = linear[:, crisis]
        return mixed, hidden
