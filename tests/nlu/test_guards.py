"""The guards after the intent model: a request for a person wins over a topic it names,
danger wins over both."""

from tests.nlu.rasa_process import run_in_rasa


def decide(cases: list[dict]) -> list[str]:
    return list(run_in_rasa("guard_checks.py", cases))


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
