from pforte.text.bidi import RLM, for_telegram, starts_left_to_right


def test_hebrew_beginning_with_a_german_word_gets_a_right_to_left_mark() -> None:
    text = "Kindergeld (קצבת ילדים) משלמת ה-Familienkasse.\n112 במצב חירום\nשורה בעברית"
    out = for_telegram(text, "he").split("\n")
    assert out[0] == RLM + "Kindergeld (קצבת ילדים) משלמת ה-Familienkasse."
    assert out[1] == RLM + "112 במצב חירום"
    assert out[2] == "שורה בעברית"


def test_other_languages_are_left_alone() -> None:
    assert for_telegram("Kindergeld", "de") == "Kindergeld"
    assert starts_left_to_right("Jobcenter") and not starts_left_to_right("יובצנטר")
