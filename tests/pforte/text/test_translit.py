import pytest

from pforte.text.translit import to_cyrillic, to_latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("ya ne hochu zhit", "я не хочу жит"),
        ("Ja ne khochu", "я не хочу"),
        ("moy muzh", "мой муж"),
        ("vy", "вы"),
        ("schtschi", "шчи"),  # German-style spelling: as close as it gets
        ("pomogite on menya b'et", "помогите он меня бьет"),
        ("on lomitsya v dver", "он ломится в двер"),
        ("zavtra menya ne ishchite", "завтра меня не ищите"),
    ],
)
def test_russian_in_latin_letters_reads_back_in_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_the_first_spelling_round_trips_except_the_soft_sign() -> None:
    text = "сегодня ночью я выпью все таблетки"
    assert to_cyrillic(to_latin(text, scheme=0)) == text.replace("ь", "")
