"""Button payloads the bot offers and accepts back (the same in every channel).

A payload counts only when it is well-formed and the bot offered it (``pforte.dialogue``)."""

from __future__ import annotations

import re

from pforte import messages as m
from pforte.i18n import translate

HUMAN = "/human_request"
# "I am in danger now" under the line with the emergency numbers: the crisis intent itself.
DANGER = "/crisis"
CANCEL_HANDOFF = "/cancel_handoff"
WELL_FORMED = re.compile(r"^/[a-z_]{2,64}(\{.{0,200}\})?$")
FEEDBACK = re.compile(r'^/(helpful|not_helpful)\{"topic":"([a-z0-9_]{1,64})"\}$')


def feedback(slug: str, *, helpful: bool) -> str:
    return f'/{"helpful" if helpful else "not_helpful"}{{"topic":"{slug}"}}'


def human_button(language: str) -> dict[str, str]:
    """ "Talk to a person", in the person's language."""
    return {"title": translate(language, m.BUTTON_HUMAN), "payload": HUMAN}
