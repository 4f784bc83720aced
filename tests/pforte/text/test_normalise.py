from pforte.text.normalise import fold, normalise


def test_nfc_and_whitespace() -> None:
    decomposed = "Mu\u0308ller  \n\t braucht   Hilfe "
    assert normalise(decomposed) == "Müller braucht Hilfe"


def test_niqqud_and_bidi_controls_are_removed() -> None:
    pointed = "\u202bשָׁלוֹם\u202c \u200fעוֹלָם\u200e"
    assert normalise(pointed) == "שלום עולם"


def test_control_characters_become_spaces() -> None:
    assert normalise("a\x00b\x07c") == "a b c"


def test_fold_is_a_matching_key() -> None:
    assert fold("Ich möchte STERBEN!!!") == "ich mochte sterben"
    assert fold("Всё плохо, ёлки") == "все плохо елки"
    assert fold("שלום, מה נשמע?") == fold("שלומ מה נשמע")


def test_long_text_is_cut_for_the_model() -> None:
    assert len(normalise("a" * 10_000)) == 2000
