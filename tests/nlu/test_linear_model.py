"""The intent model's two views (logistic regression and complement naive Bayes): the
crisis probability stays the regression's, the other intents change, and a persisted model
loads back with both views."""

import pytest

from tests.nlu.rasa_process import run_in_rasa

TRAIN = [
    *[
        ("wohngeld", t)
        for t in [
            "wohngeld beantragen",
            "zuschuss zur miete",
            "wohngeld antrag wo",
            "miete zu hoch hilfe vom amt",
            "wohngeldstelle termin",
        ]
    ],
    *[
        ("rente", t)
        for t in [
            "wann bekomme ich rente",
            "rentenbescheid verstehen",
            "rente aus russland",
            "altersrente beantragen",
            "rentenversicherung brief",
        ]
    ],
    *[
        ("crisis", t)
        for t in [
            "ich will nicht mehr leben",
            "ich bringe mich um",
            "er schlägt mich gerade",
            "mein vater atmet nicht",
            "ich habe tabletten geschluckt",
        ]
    ],
    *[
        ("out_of_scope", t)
        for t in [
            "wie wird das wetter",
            "rezept für borschtsch",
            "wer hat gestern gewonnen",
            "bestes handy kaufen",
            "witz erzählen",
        ]
    ],
]
PROBES = [
    "wohngeld für meine miete",
    "brief von der rentenversicherung",
    "ich will sterben",
    "wetter morgen",
    "ich habe einen brief von der rentenversicherung, was muss ich tun? ich habe tabletten geschluckt",
]


PLACES = [
    "Wohngeld in Leipzig beantragen",
    "Я живу в Мюнхене, пришло письмо",
    "ya zhivu v gamburge",
    "אני גרה בברלין",
    "ani gara be-Köln",
    "Was ist ein Berliner Testament?",
    "Живу в Бремене под бременем долгов",
]


def run_checks() -> dict:
    return dict(
        run_in_rasa(
            "linear_model_checks.py",
            {
                "train": TRAIN,
                "probes": PROBES,
                "city_examples": [
                    ("wohngeld", "wohngeld in leipzig beantragen"),
                    ("rente", "rente beantragen in berlin"),
                    ("rente", "rentenberatung in hamburg"),
                    ("out_of_scope", "wetter in köln morgen"),
                    ("out_of_scope", "bestes restaurant in münchen"),
                ],
                "city_probe": "fahrrad in leipzig reparieren",
                "places": PLACES,
            },
        )
    )


def test_two_views_keep_the_crisis_probability_and_survive_persisting() -> None:
    checks = run_checks()

    assert checks["rows_sum_to_one"]
    assert checks["crisis_mixed"] == checks["crisis_linear"]
    assert checks["largest_difference_elsewhere"] > 0.01  # the naive Bayes view takes part
    assert checks["top_mixed"][:4] == ["wohngeld", "rente", "crisis", "out_of_scope"]
    for trained, reloaded in zip(checks["ranking_trained"], checks["ranking_reloaded"], strict=True):
        assert [r["name"] for r in reloaded] == [r["name"] for r in trained]
        assert [r["confidence"] for r in reloaded] == pytest.approx(
            [r["confidence"] for r in trained], abs=1e-5
        )


def test_the_hidden_crisis_view_learns_danger_inside_an_everyday_question_and_survives_persisting() -> None:
    checks = run_checks()

    # every crisis example once more, inside an everyday example of the same script
    crisis_examples = [text for label, text in TRAIN if label == "crisis"]
    assert len(checks["mixed_added"]) == len(crisis_examples)
    for label, text in checks["mixed_added"]:
        assert label == "crisis"
        assert any(example in text for example in crisis_examples)
        assert len(text) > max(len(e) for e in crisis_examples if e in text)

    assert checks["without_view"] == [None] * len(PROBES)
    wohngeld, rente, danger, weather, danger_in_a_letter = checks["hidden_trained"]
    assert danger_in_a_letter > rente and danger_in_a_letter > 0.5
    assert danger > max(wohngeld, weather)
    assert checks["hidden_reloaded"] == pytest.approx(checks["hidden_trained"], abs=1e-5)


def test_a_city_named_in_one_example_does_not_pull_questions_to_its_topic() -> None:
    checks = run_checks()

    without, with_place_token = checks["city_pull"]
    assert with_place_token < without - 0.05, checks["city_pull"]
    # German city names in all three scripts become one word; "Berliner Testament" stays a term
    # and "бременем" (a burden) is not Bremen.
    assert checks["places"] == [
        "wohngeld in zzortzz beantragen",
        "я живу в zzortzz пришло письмо",
        "ya zhivu v zzortzz",
        "אני גרה zzortzz",
        "ani gara be zzortzz",
        "was ist ein berliner testament",
        "живу в zzortzz под бременем долгов",
    ]
