"""The crisis reply as the person reads it: the crisis answer of the content store (the built-in
emergency text when there is none or the store cannot be read), led by the police number when the
danger is someone attacking or threatening now (the answer's first line is the 112)."""

from __future__ import annotations

from pforte import messages as m
from pforte import payloads
from pforte.i18n import translate

# The lexicon's categories (pforte.text.crisis) in which the police come first.
POLICE_FIRST = frozenset({"violence_now", "danger_now"})
# Beside the lexicon's categories: the person tapped "I am in danger now" (``safety_line``).
TAPPED = "tapped"


def crisis_reply(answer: str | None, *, category: str | None, language: str) -> str:
    text = answer or translate(language, m.EMERGENCY_FALLBACK)
    if category in POLICE_FIRST:
        return translate(language, m.POLICE_FIRST) + "\n\n" + text
    return text


def safety_line(language: str) -> tuple[str, list[dict[str, str]]]:
    """The line with the emergency numbers after a reply to a message close to a crisis, and under
    it one button with which a person in danger whom the crisis layer missed raises the alarm."""
    button = {"title": translate(language, m.BUTTON_DANGER), "payload": payloads.DANGER}
    return translate(language, m.SAFETY_NOTE), [button]
