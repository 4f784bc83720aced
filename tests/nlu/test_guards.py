"""The guards after the intent model: a request for a person wins over a topic it names,
danger wins over both."""

import json
import os
import subprocess
from pathlib import Path

from pforte.paths import RASA_PYTHON, ROOT


def decide(cases: list[dict]) -> list[str]:
    completed = subprocess.run(
        [str(RASA_PYTHON), "-W", "ignore", str(Path(__file__).with_name("guard_checks.py"))],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=True,
    )
    return list(json.loads(completed.stdout.strip().splitlines()[-1]))


def ranked(*pairs: tuple[str, float]) -> list[dict]:
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


def test_a_request_for_a_person_wins_over_the_topic_it_names_and_danger_wins_over_both() -> None:
    cases = [
        # "I want to talk to a person, I have a question about Kindergeld"
        {
            "text": "אני רוצה לדבר עם בן אדם, יש לי שאלה על Kindergeld",
            "ranking": ranked(("kindergeld", 0.53), ("human_request", 0.46)),
        },
        # too unsure a request stays the topic
        {
            "text": "wie beantrage ich kindergeld",
            "ranking": ranked(("kindergeld", 0.8), ("human_request", 0.1)),
        },
        # below the fallback threshold, but the person asked for someone
        {
            "text": "kann ich jemanden sprechen wegen brief",
            "ranking": ranked(("nlu_fallback", 0.35), ("letters", 0.3), ("human_request", 0.28)),
        },
        # danger comes first, also when a person is asked for
        {
            "text": "ich will nicht mehr leben, bitte einen menschen",
            "ranking": ranked(("human_request", 0.5), ("crisis", 0.45)),
        },
    ]

    assert decide(cases) == ["human_request", "kindergeld", "human_request", "crisis"]
