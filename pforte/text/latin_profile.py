"""German or Russian typed in Latin letters? A character-trigram profile of both, per word.

Russian speakers on a German keyboard type Russian in Latin letters ("kak poluchit kindergeld")
and mix in German office words; German words such as "Grundsicherung" or "Flasche" look like
transliteration to simple rules ("ch", "sch" before a vowel). The profile compares each word's
character trigrams with German words and with Russian words in Latin letters:

- German: the words of the German example questions and answers in content/topics;
- Russian: the Cyrillic words of the Russian example questions and answers, in the three usual
  spellings (pforte.text.translit), and the words of Russian examples typed in Latin letters.
  Latin words inside Cyrillic messages (mostly German office words) are left out.

The profile is generated, committed and loaded at start (no content store at run time):

    .venv/bin/python -m pforte.text.latin_profile build   # writes latin_profile.json
    .venv/bin/python -m pforte.text.latin_profile check   # half the examples build, the other half test
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pforte.text.normalise import fold
from pforte.text.translit import has_cyrillic, to_latin

PROFILE = Path(__file__).with_name("latin_profile.json")
TOPICS = Path(__file__).resolve().parent.parent.parent / "content" / "topics"
_LATIN_WORD = re.compile(r"[a-zäöüß']+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
MIN_COUNT = 2  # trigrams seen once are mostly noise; leaving them out keeps the file small


def trigrams(word: str) -> list[str]:
    padded = f"<{word}>"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


@dataclass
class LatinProfile:
    german: dict[str, int]
    russian: dict[str, int]

    def __post_init__(self) -> None:
        vocabulary = len(set(self.german) | set(self.russian)) + 1
        self._german_total = math.log(sum(self.german.values()) + vocabulary)
        self._russian_total = math.log(sum(self.russian.values()) + vocabulary)

    def russian_evidence(self, word: str) -> float:
        """Log-likelihood ratio, Russian over German, of the word's trigrams (add-one smoothed).
        Positive: looks like Russian in Latin letters; negative: looks German."""
        score = 0.0
        for gram in trigrams(word):
            score += math.log(self.russian.get(gram, 0) + 1) - self._russian_total
            score -= math.log(self.german.get(gram, 0) + 1) - self._german_total
        return score

    def to_json(self) -> str:
        return json.dumps(
            {"german": self.german, "russian": self.russian}, ensure_ascii=False, sort_keys=True
        )


@cache
def profile() -> LatinProfile:
    """The committed profile (part of the package)."""
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    return LatinProfile(data["german"], data["russian"])


def load_examples(topics: Path = TOPICS) -> tuple[list[str], list[str]]:
    """The German and the Russian example questions and answers of the topic files."""
    from content.yaml_files import read_directory  # only to build the profile, in the app's environment

    german: list[str] = []
    russian: list[str] = []
    for topic in read_directory(topics):
        for language, texts in (("de", german), ("ru", russian)):
            texts += topic.examples.get(language, [])
            if language in topic.answers:
                texts.append(topic.answers[language][0])
    return german, russian


def german_words(texts: Iterable[str]) -> list[str]:
    return [w for t in texts for w in _LATIN_WORD.findall(fold(t))]


def russian_words(texts: Iterable[str]) -> list[str]:
    words: list[str] = []
    for text in texts:
        folded = fold(text)
        if has_cyrillic(folded):
            for word in _CYRILLIC_WORD.findall(folded):
                words += [to_latin(word, scheme=s).lower() for s in range(3)]
        else:
            words += _LATIN_WORD.findall(folded)
    return words


def build(german_texts: Iterable[str], russian_texts: Iterable[str]) -> LatinProfile:
    def counts(words: list[str]) -> dict[str, int]:
        counted = Counter(g for w in words for g in trigrams(w))
        return {g: n for g, n in sorted(counted.items()) if n >= MIN_COUNT}

    return LatinProfile(counts(german_words(german_texts)), counts(russian_words(russian_texts)))


def check() -> None:
    """Build from every other example and test words of the rest (never the held-out split)."""
    german, russian = load_examples()
    built = build(german[::2], russian[::2])
    for name, words, sign in (
        ("German", german_words(german[1::2]), -1),
        ("Russian in Latin letters", russian_words(russian[1::2]), 1),
    ):
        long_words = [w for w in words if len(w) >= 4]
        right = sum(sign * built.russian_evidence(w) > 0 for w in long_words)
        print(
            f"{name}: {right}/{len(long_words)} words of 4+ letters ({100 * right / len(long_words):.1f} %)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["build", "check"])
    args = parser.parse_args()
    if args.command == "check":
        check()
        return
    german, russian = load_examples()
    PROFILE.write_text(build(german, russian).to_json() + "\n", encoding="utf-8")
    print(f"wrote {PROFILE}")


if __name__ == "__main__":
    main()
