"""The guards after the intent model: a request for a person wins over a topic it names,
danger wins over both."""

from tests.nlu.rasa_process import run_in_rasa


def decide(cases: list[dict]) -> list[str]:
    return [intent for intent, _, _ in run_in_rasa("guard_checks.py", cases)]


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


def test_the_hidden_crisis_view_flags_danger_said_inside_an_everyday_question() -> None:
    question = (
        "wie lange dauert der wohngeldantrag? ich habe die tabletten schon gezählt, heute nacht reicht es"
    )
    cases = [
        {"text": question, "ranking": ranked(("wohngeld", 0.7), ("crisis", 0.2)), "hidden": 0.93},
        # below its threshold the topic stays
        {"text": "wie lange dauert der wohngeldantrag?", "ranking": ranked(("wohngeld", 0.9)), "hidden": 0.3},
        # a model without the view (no value) changes nothing
        {"text": "wie lange dauert der wohngeldantrag?", "ranking": ranked(("wohngeld", 0.9))},
    ]

    assert list(run_in_rasa("guard_checks.py", cases)) == [
        ["crisis", "model_hidden", False],
        ["wohngeld", None, False],
        ["wohngeld", None, False],
    ]


def test_close_to_a_crisis_is_no_alarm_but_marked_for_the_line_with_the_numbers() -> None:
    cases = [
        # the crisis probability between the note threshold (0.1) and the alarm (0.4)
        {"text": "mir ist alles egal geworden", "ranking": ranked(("nlu_fallback", 0.35), ("crisis", 0.3))},
        {"text": "wo finde ich einen psychologen", "ranking": ranked(("psyche", 0.8), ("crisis", 0.12))},
        # below it: nothing
        {"text": "wie beantrage ich kindergeld", "ranking": ranked(("kindergeld", 0.9), ("crisis", 0.05))},
        # an alarm is not also a note
        {"text": "ich will nicht mehr leben", "ranking": ranked(("crisis", 0.9))},
        {
            "text": "ich habe schon alle tabletten gesammelt",
            "ranking": ranked(("psyche", 0.6), ("crisis", 0.2)),
        },
    ]

    assert [[intent, note] for intent, _, note in run_in_rasa("guard_checks.py", cases)] == [
        ["nlu_fallback", True],
        ["psyche", True],
        ["kindergeld", False],
        ["crisis", False],
        ["crisis", False],
    ]
