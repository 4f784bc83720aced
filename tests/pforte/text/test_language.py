import pytest

from pforte.text.language import detect


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wie beantrage ich Wohngeld?", "de"),
        ("Ich habe einen Brief vom Jobcenter bekommen und verstehe ihn nicht", "de"),
        ("Как получить пособие на ребёнка?", "ru"),
        ("письмо из Jobcenter что делать", "ru"),
        ("mne prishlo pismo iz jobcentra chto delat", "ru"),
        ("kak poluchit kindergeld", "ru"),
        ("איך מקבלים קצבת ילדים", "he"),
        ("איך מקבלים Wohngeld", "he"),
        ("Привіт, як справи? Я з Києва, шукаю житло", "uk"),
        ("I would like to know how to apply for housing benefit please", "en"),
        # German words that look like transliteration to simple rules ("ch", "sch" before a vowel).
        ("Ich suche eine Flasche und eine Tasche für die Kinder", "de"),
        ("welche Sicherung brauche ich für die Waschmaschine", "de"),
        ("Pflegeversicherung welche Unterlagen", "de"),
        ("schwierige Nachbarschaft, wer hilft", "de"),
        # Russian in Latin letters with German office words.
        ("mutterschaftsgeld kak oformit", "ru"),
        ("krankenkasse otkazala chto delat", "ru"),
        ("Termin в Jobcenter", "ru"),
        ("ukraincy wohnberechtigungsschein kak sdelat", "ru"),
        # Digits for ч and ш, and short replies.
        ("ok 4to dal6e", "ru"),
        ("ok xoro6o", "ru"),
        ("ladno, ok", "ru"),
        ("Wir suchen eine 4er-WG oder eine 3-Zimmer-Wohnung", "de"),
        # Hebrew on a keyboard without Hebrew letters, also with German office words.
        ("toda raba", "he"),
        ("ani tsarich ezra im Kindergeld", "he"),
        ("ein li koach yoter", "he"),
        ("shalom, efshar ledaber im mishehu?", "he"),
        # Its hyphenated prefixes, digits for ח and ע, accents, and sentences whose other words
        # the German profile claims.
        ("ha-Jobcenter shalach michtav", "he"),
        ("ma ze?", "he"),
        ("lo hevanti", "he"),
        ("bevakashá", "he"),
        ("a7i, ha-sha3a mat'ima?", "he"),
        ("ein li machshavot, rak ani margish ayef kol hazman", "he"),
        # Hebrew words inside German are German.
        ("Toda, vielen Dank für die schnelle Antwort!", "de"),
        ("Schabbat Schalom und Mazel tov zur Hochzeit, wann ist das Büro offen?", "de"),
        ("Termin am Mi oder Do?", "de"),
        ("Ich habe eine E-Mail vom Jobcenter und eine U-Bahn-Karte beantragt", "de"),
        # One Hebrew prefix letter on a German word.
        ("Ehrenamt ב-Diakonie", "he"),
        ("ל-Jobcenter mitkasher", "he"),
        # German with a Latin word that is also Hebrew, and German names.
        ("Ich habe Lo gesagt, aber sie hat nicht reagiert", "de"),
        ("Ezra ist mein Sohn, er braucht einen Kitaplatz", "de"),
        # A lone short word that is also a name or another language's word is not enough.
        ("Ken is my neighbour and he needs help with a letter from the council", "en"),
    ],
)
def test_language_of_longer_messages(text: str, language: str) -> None:
    assert detect(text).language == language


def test_the_client_language_decides_a_bare_office_word_on_the_first_message() -> None:
    assert detect("Schwerbehindertenausweis").language == "de"
    assert detect("Schwerbehindertenausweis", client_language="he").language == "he"
    assert detect("Schwerbehindertenausweis", client_language="ru-RU").language == "ru"
    # A whole German sentence stays German whatever the client's language.
    assert detect("Ich brauche Hilfe mit dem Antrag", client_language="ru").language == "de"


def test_short_messages_keep_the_conversation_language() -> None:
    assert detect("Jobcenter", remembered="ru").language == "ru"
    assert detect("ok danke", remembered="he").language == "he"


def test_nothing_to_go_on_uses_priors_then_german() -> None:
    assert detect("👍👍", remembered="he").language == "he"
    assert detect("👍👍", client_language="ru").language == "ru"
    assert detect("👍👍", client_language="en").language == "de"
    assert detect("   ").language == "de"
