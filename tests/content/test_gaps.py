"""Masking and grouping of unanswered questions."""

from __future__ import annotations

import pytest

from content.gaps import _trigrams, mask, similarity


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Ich heiße Anna Schmidt, meine Nummer ist 0171 1234567, mail anna.s@web.de",
            "Ich heiße [Name], meine Nummer ist [Telefon], mail [E-Mail]",
        ),
        ("Меня зовут Ольга Петрова, тел +49 30 123456", "Меня зовут [Name], тел [Telefon]"),
        ("שמי דנה כהן ואני צריכה עזרה עם הביטוח", "שמי [Name] ואני צריכה עזרה עם הביטוח"),
        (
            "Frau Müller vom Jobcenter sagt, 2024 gibt es nichts",
            "Frau [Name] vom Jobcenter sagt, 2024 gibt es nichts",
        ),
        ("Überweisung auf DE89 3704 0044 0532 0130 00 kam nicht", "Überweisung auf [IBAN] kam nicht"),
        ("schreib mir auf telegram @olga_p1975", "schreib mir auf telegram [Name]"),
        ("Ich bekomme 563 Euro seit 01.03.", "Ich bekomme 563 Euro seit 01.03."),  # amounts and dates stay
    ],
)
def test_what_could_identify_a_person_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_similar_questions_are_close_and_different_ones_are_not() -> None:
    a = _trigrams("Wo kann ich in Leipzig mein Fahrrad reparieren lassen?")
    b = _trigrams("wo kann man in leipzig ein fahrrad reparieren lassen")
    c = _trigrams("Wer hat gestern das Fußballspiel gewonnen?")
    assert similarity(a, b) >= 0.3 > similarity(a, c)
