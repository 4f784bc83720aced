"""Russian in Latin letters: how people type Cyrillic on a German keyboard.

Used to augment the training data: every Cyrillic example also trains in Latin letters,
in one of the common spellings (seeded, so training is reproducible).
"""

from __future__ import annotations

import random

_BASE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "ь": "",
    "ъ": "",
    "ы": "y",
    "э": "e",
    "і": "i",
}
_VARIANTS = {
    "ж": ("zh", "j", "sh"),
    "й": ("y", "j", "i"),
    "х": ("h", "kh", "ch"),
    "ц": ("ts", "c", "z"),
    "ч": ("ch", "tsch", "ch"),
    "ш": ("sh", "sch", "sh"),
    "щ": ("sch", "shch", "sh"),
    "ю": ("yu", "ju", "iu"),
    "я": ("ya", "ja", "ia"),
}


def to_latin(text: str, *, scheme: int) -> str:
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in _VARIANTS:
            latin = _VARIANTS[lower][scheme % 3]
        elif lower in _BASE:
            latin = _BASE[lower]
        else:
            out.append(ch)
            continue
        out.append(latin.capitalize() if ch != lower and latin else latin)
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def augment(texts: list[str], labels: list[str], *, seed: int = 13) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    extra_texts, extra_labels = [], []
    for text, label in zip(texts, labels):
        if has_cyrillic(text):
            extra_texts.append(to_latin(text, scheme=rng.randrange(3)).lower())
            extra_labels.append(label)
    return texts + extra_texts, labels + extra_labels
