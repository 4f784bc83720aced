"""Telegram takes at most 4,096 characters per message: longer replies are split at
paragraph, then sentence, then word boundaries, never inside a word if it can be helped."""

from __future__ import annotations

import re

LIMIT = 4096
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def split_message(text: str, limit: int = LIMIT) -> list[str]:
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        candidate = f"{current}{piece}" if current else piece.lstrip()
        if len(candidate) <= limit:
            current = candidate
        else:
            if current.strip():
                parts.append(current.strip())
            current = piece.lstrip()
    if current.strip():
        parts.append(current.strip())
    return parts


def _pieces(text: str, limit: int) -> list[str]:
    """Paragraphs, cut into sentences, cut into words, cut hard only when a word is too long."""
    out: list[str] = []
    for paragraph in re.split(r"(\n\n+)", text):
        if len(paragraph) <= limit:
            out.append(paragraph)
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            sentence = sentence + " "
            if len(sentence) <= limit:
                out.append(sentence)
                continue
            for word in sentence.split(" "):
                word = word + " "
                while len(word) > limit:
                    out.append(word[:limit])
                    word = word[limit:]
                out.append(word)
    return out
