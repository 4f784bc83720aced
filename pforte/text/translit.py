"""Russian in Latin letters: how people type Cyrillic on a German keyboard.

Used to augment the training data: every Cyrillic example also trains in Latin letters,
in one of the common spellings (seeded, so training is reproducible); and the other way round
(`to_cyrillic`) so that the crisis layer's Russian patterns also read Russian typed in Latin letters.
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


# Latin letter sequences back to Cyrillic, longest first. Best effort: the soft sign is usually
# not typed (the crisis layer's Russian patterns are matched without it on this path), "y" after
# a vowel is "й" ("moy"), otherwise "ы" ("vy"); German-style spellings ("sch", "tsch") included.
_TO_CYRILLIC = {
    "tsya": "тся",  # reflexive verbs: "lomitsya" is "ломится", not "ломиця"
    "tsja": "тся",
    "shch": "щ",
    "shh": "щ",  # as some transliteration tables type it ("ishhite")
    "tsch": "ч",
    "sch": "ш",
    "zh": "ж",
    "kh": "х",
    "ch": "ч",
    "sh": "ш",
    "ts": "ц",
    "yu": "ю",
    "ju": "ю",
    "iu": "ю",
    "ya": "я",
    "ja": "я",
    "ia": "я",
    "yo": "е",
    "jo": "е",
    "ye": "е",
    "a": "а",
    "b": "б",
    "c": "ц",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "й",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "в",
    "x": "х",
    "z": "з",
    "'": "ь",
}
_VOWELS = set("aeiouy")


def to_cyrillic(text: str) -> str:
    """Russian typed in Latin letters, back in Cyrillic (lower case): "ne hochu zhit" -> "не хочу жит"."""
    text = text.lower()
    out = []
    i = 0
    while i < len(text):
        for length in (4, 3, 2):
            chunk = text[i : i + length]
            if len(chunk) == length and chunk in _TO_CYRILLIC:
                out.append(_TO_CYRILLIC[chunk])
                i += length
                break
        else:
            ch = text[i]
            if ch == "y":
                out.append("й" if i and text[i - 1] in _VOWELS else "ы")
            else:
                out.append(_TO_CYRILLIC.get(ch, ch))
            i += 1
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
