import pytest

from pforte.text.crisis import detect_crisis


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ich will nicht mehr leben", "suicide"),
        ("ich bring mich um", "suicide"),
        ("я не хочу больше жить", "suicide"),
        ("ne hochu bolshe zhit", "suicide"),
        ("אני רוצה למות", "suicide"),
        ("ich ritze mich wieder", "self_harm"),
        ("помогите он меня бьёт", "violence_now"),
        ("hilfe er schlägt mich", "violence_now"),
        ("mein Vater ist bewusstlos", "medical"),
        ("не могу дышать", "medical"),
        ("\u202bאני רוצה להתאבד\u202c", "suicide"),
    ],
)
def test_danger_signals_are_caught(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Wie beantrage ich Wohngeld?",
        "Mein Mann ist letztes Jahr gestorben, bekomme ich Witwenrente?",
        "Ich fühle mich oft einsam seit dem Umzug",
        "мой муж умер, как оформить пенсию",
        "מה שעות הפעילות שלכם",
        "",
        # Figures of speech, not danger.
        "Ich sterbe vor Langeweile im Wartezimmer",
        "ich sterbe vor lachen",
        "אני רוצה למות מבושה, שכחתי את הטופס",
    ],
)
def test_ordinary_messages_are_not_crises(text: str) -> None:
    assert detect_crisis(text) is None
