"""Right-to-left text next to Latin words and numbers."""

from __future__ import annotations

import unicodedata

RLM = "\u200f"


def starts_left_to_right(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return False
        if kind == "L":
            return True
    return False


def for_telegram(text: str, language: str | None) -> str:
    """A Hebrew message that begins with a German word or a number would be laid out left to
    right by Telegram (it decides by the first strong character): a right-to-left mark in front
    keeps the paragraph right to left."""
    if language != "he":
        return text
    return "\n".join(
        RLM + line if (line and starts_left_to_right(line)) or line[:1].isdigit() else line
        for line in text.split("\n")
    )
