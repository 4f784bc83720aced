"""The bot's own and the staff pages' interface strings: every one has a German, Russian and Hebrew
text in its catalogue (an English message id shown to a help-seeker is a gap), with the same
placeholders as its id."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from pforte import messages as m
from pforte.i18n import LANGUAGES

MESSAGES = {name: value for name, value in vars(m).items() if name.isupper() and isinstance(value, str)}
LOCALE = Path(m.__file__).parent / "locale"


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_the_messages_are_found() -> None:
    assert {"SAFETY_NOTE", "BUTTON_DANGER", "GREET_FIRST"} <= set(MESSAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_text_with_its_placeholders(language: str) -> None:
    with (LOCALE / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalogue = read_po(po)
    texts = {name: catalogue.get(text) for name, text in MESSAGES.items()}
    assert [name for name, entry in texts.items() if entry is None or not entry.string] == []
    assert [
        name
        for name, entry in texts.items()
        if entry is not None and placeholders(str(entry.string)) != placeholders(MESSAGES[name])
    ] == []
