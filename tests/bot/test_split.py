from bot.split import LIMIT, split_message


def test_short_text_stays_whole() -> None:
    assert split_message("Guten Tag.") == ["Guten Tag."]


def test_long_text_splits_at_sentence_boundaries_within_the_limit() -> None:
    sentence = "Das Jobcenter prüft Ihren Antrag und schreibt Ihnen einen Bescheid. "
    text = sentence * 150  # about 10,000 characters
    parts = split_message(text)
    assert len(parts) == 3
    assert all(len(p) <= LIMIT for p in parts)
    assert all(p.endswith("Bescheid.") for p in parts)
    assert " ".join(parts) == text.strip()


def test_hebrew_with_numbers_keeps_every_character() -> None:
    text = ("במצב חירום יש להתקשר ל-112 או ל-110. " * 200).strip()
    parts = split_message(text)
    assert all(len(p) <= LIMIT for p in parts)
    assert " ".join(parts) == text


def test_a_word_longer_than_the_limit_is_cut() -> None:
    parts = split_message("x" * (LIMIT + 10))
    assert [len(p) for p in parts] == [LIMIT, 10]
