"""The crisis reply as the person reads it: the crisis answer of the content store (the built-in
emergency text when there is none or the store cannot be read), led by the police number when the
danger is someone attacking or threatening now (the answer's first line is the 112)."""

from __future__ import annotations

from pforte import messages as m
from pforte.i18n import translate

# The lexicon's categories (pforte.text.crisis) in which the police come first.
POLICE_FIRST = frozenset({"violence_now", "danger_now"})


def crisis_reply(answer: str | None, *, category: str | None, language: str) -> str:
    text = answer or translate(language, m.EMERGENCY_FALLBACK)
    if category in POLICE_FIRST:
        return translate(language, m.POLICE_FIRST) + "\n\n" + text
    return text
