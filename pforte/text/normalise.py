"""Text normalisation before language identification, the crisis layer and the model.

`normalise` keeps the text readable (it is what the model and the logs see);
`fold` is an aggressive matching key (lower case, no punctuation, umlauts and ё folded).
"""

from __future__ import annotations

import re
import unicodedata

# Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) and other invisible format chars.
_BIDI_AND_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
# Hebrew points and cantillation marks (niqqud, te'amim): U+0591–U+05BD, U+05BF, U+05C1–U+05C2,
# U+05C4–U+05C5, U+05C7. Maqaf (U+05BE) becomes a hyphen, geresh/gershayim stay letters-adjacent.
_NIQQUD = dict.fromkeys(list(range(0x0591, 0x05BE)) + [0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7])
_MAQAF = {0x05BE: "-"}
_WHITESPACE = re.compile(r"\s+")
_CONTROL_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}

MAX_MODEL_CHARS = 2000
"""Longer messages are cut for the model and the detectors (the full text is still stored)."""


def normalise(text: str) -> str:
    """NFC, no bidi/format controls, no niqqud, no control characters, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_BIDI_AND_INVISIBLE).translate(_NIQQUD).translate(_MAQAF)
    text = "".join(
        ch if ch in "\t\n\r " or unicodedata.category(ch) not in _CONTROL_CATEGORIES else " " for ch in text
    )
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:MAX_MODEL_CHARS]


FOLD_TABLE = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "ё": "е",
        "й": "и",
        "’": "'",
        "`": "'",
        "ʼ": "'",
        # Hebrew final letters to their base forms: typists mix them up
        "ך": "כ",
        "ם": "מ",
        "ן": "נ",
        "ף": "פ",
        "ץ": "צ",
    }
)
_NON_WORD = re.compile(r"[^\w']+", re.UNICODE)


def fold(text: str) -> str:
    """A matching key: normalised, lower case, umlauts/ё/Hebrew final letters folded,
    punctuation and emoji replaced by spaces."""
    text = normalise(text).lower().translate(FOLD_TABLE)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _WHITESPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The words of a text (after folding)."""
    return fold(text).split()
