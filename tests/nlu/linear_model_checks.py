"""Run in Rasa's environment by test_linear_model.py (the app's environment has no Rasa or
scikit-learn): trains the intent component on a few examples, persists it the way a Rasa
model does, loads it back, and prints what the test asserts on as JSON."""

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.components.classifier import HIDDEN_CRISIS, LinearIntentClassifier
from nlu.components.linear_model import LinearModel, mix_crisis, prepare

examples = json.loads(sys.stdin.read())
texts = [text for _, text in examples["train"]]
labels = [label for label, _ in examples["train"]]
probes = examples["probes"]

with_bayes = LinearModel({"nb_weight": 0.2}).fit(texts, labels)
alone = LinearModel({"nb_weight": 0.0}).fit(texts, labels)
mixed, linear = with_bayes.predict_proba(probes), alone.predict_proba(probes)
crisis = with_bayes.classes.index("crisis")


def train_and_reload(settings: dict) -> tuple[list[Message], list[Message]]:
    """The component trained with these settings, persisted as a Rasa model is and loaded back:
    the probes as each of the two processes them."""
    with tempfile.TemporaryDirectory() as directory:
        storage = LocalModelStorage(Path(directory))
        resource = Resource("intent_classifier")
        context = ExecutionContext(GraphSchema({}), "test")
        config = {**LinearIntentClassifier.get_default_config(), **settings}
        component = LinearIntentClassifier.create(config, storage, resource, context)
        component.train(TrainingData([Message(data={TEXT: t, INTENT: lab}) for t, lab in zip(texts, labels)]))
        trained = component.process([Message(data={TEXT: p}) for p in probes])
        loaded = LinearIntentClassifier.load(config, storage, resource, context)
        return trained, loaded.process([Message(data={TEXT: p}) for p in probes])


trained, reloaded = train_and_reload({"nb_weight": 0.2})
hidden_trained, hidden_reloaded = (
    [m.get(HIDDEN_CRISIS) for m in messages] for messages in train_and_reload({"hidden_crisis_C": 1.0})
)

added = [("crisis", text) for text in mix_crisis(texts, labels, per_example=1)]

# One example names Leipzig: without the place token that city pulls other questions to its topic.
# Other cities are named in other topics' examples, as in the real content.
city_examples = examples["city_examples"]
city_texts = [*texts, *(text for _, text in city_examples)]
city_labels = [*labels, *(label for label, _ in city_examples)]
city_topic = city_examples[0][0]
city_pull = []
for place_token in (False, True):
    model = LinearModel({"place_token": place_token}).fit(city_texts, city_labels)
    city_pull.append(float(model.predict_proba([examples["city_probe"]])[0][model.classes.index(city_topic)]))

print(
    json.dumps(
        {
            "rows_sum_to_one": bool(np.allclose(mixed.sum(axis=1), 1.0, atol=1e-5)),
            "crisis_mixed": mixed[:, crisis].tolist(),
            "crisis_linear": linear[:, crisis].tolist(),
            "largest_difference_elsewhere": float(np.abs(np.delete(mixed - linear, crisis, axis=1)).max()),
            "top_mixed": [with_bayes.classes[i] for i in mixed.argmax(axis=1)],
            "ranking_trained": [m.get(INTENT_RANKING_KEY) for m in trained],
            "ranking_reloaded": [m.get(INTENT_RANKING_KEY) for m in reloaded],
            "without_view": [m.get(HIDDEN_CRISIS) for m in trained],
            "hidden_trained": hidden_trained,
            "hidden_reloaded": hidden_reloaded,
            "mixed_added": added,
            "city_pull": city_pull,
            "places": [prepare(text, place_token=True) for text in examples["places"]],
        }
    )
)
