"""The starter content that ships: every catalogue topic, three languages, the rules of
docs/content-format.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content.yaml_files import TopicFile, read_directory
from pforte.paths import CONTENT_DIR, ROOT

CATALOGUE = ROOT.parent / "shared" / "content-catalogue.md"
LANGUAGES = ("de", "ru", "he")
DIALOGUE = {"human_request", "greet", "goodbye", "thanks", "bot_challenge", "out_of_scope"}
ALLOWED_NUMBERS = {"112", "110", "0800 111 0 111", "0800 111 0 222", "116 016", "116 117", "0800 40 40 020"}
HUMAN_BUTTON = {
    "de": "Mit einem Menschen sprechen",
    "ru": "Написать консультанту",
    "he": "שיחה עם יועץ או יועצת",
}


@pytest.fixture(scope="module")
def topics() -> dict[str, TopicFile]:
    return {t.slug: t for t in read_directory(CONTENT_DIR)}


def catalogue_slugs() -> set[str]:
    if not CATALOGUE.exists():
        pytest.skip("the shared content catalogue is not beside the repository")
    table_rows = re.findall(r"^\| `([a-z_]+)` \|", CATALOGUE.read_text(encoding="utf-8"), flags=re.M)
    return set(table_rows)


def test_every_catalogue_topic_and_intent_ships(topics: dict[str, TopicFile]) -> None:
    missing = catalogue_slugs() - set(topics)
    assert not missing


def test_faq_topics_have_answers_and_examples_in_three_languages(topics: dict[str, TopicFile]) -> None:
    for topic in topics.values():
        if topic.kind != "faq":
            continue
        for language in LANGUAGES:
            assert language in topic.answers, f"{topic.slug}: no {language} answer"
            assert len(topic.examples.get(language, [])) >= 25, f"{topic.slug}/{language}: too few examples"
            assert topic.titles.get(language), f"{topic.slug}: no {language} title"


def test_crisis_and_out_of_scope_have_at_least_forty_examples(topics: dict[str, TopicFile]) -> None:
    for slug in ("crisis", "out_of_scope"):
        for language in LANGUAGES:
            assert len(topics[slug].examples[language]) >= 40


def test_dialogue_intents_have_examples(topics: dict[str, TopicFile]) -> None:
    for slug in DIALOGUE:
        for language in LANGUAGES:
            assert len(topics[slug].examples[language]) >= 20, f"{slug}/{language}"


def test_answers_end_with_the_offer_of_a_counsellor(topics: dict[str, TopicFile]) -> None:
    for topic in topics.values():
        if topic.kind != "faq":
            continue
        for language, (text, _reviewed) in topic.answers.items():
            last = text.strip().splitlines()[-1]
            assert HUMAN_BUTTON[language] in last, f"{topic.slug}/{language}: {last!r}"


def phone_numbers(text: str) -> list[str]:
    """Digit groups that look like a phone number (six digits or more, or starting with 0)."""
    found = re.findall(r"(?<![\w§])\d[\d /-]*\d(?!\w)", text)
    return [n for n in found if len(re.sub(r"\D", "", n)) >= 6 or (n.startswith("0") and len(n) >= 5)]


def test_phone_number_detector_finds_numbers() -> None:
    assert phone_numbers("Rufen Sie 0800 111 0 111 an oder 030 1234567.") == ["0800 111 0 111", "030 1234567"]
    assert phone_numbers("nach § 24 AufenthG, 24 Stunden, 112") == []


def test_no_invented_phone_numbers(topics: dict[str, TopicFile]) -> None:
    for topic in topics.values():
        for language, (text, _reviewed) in topic.answers.items():
            for number in phone_numbers(text):
                assert number in ALLOWED_NUMBERS, f"{topic.slug}/{language}: unexpected number {number!r}"


def test_crisis_reply_carries_the_emergency_numbers(topics: dict[str, TopicFile]) -> None:
    for language in LANGUAGES:
        text, _reviewed = topics["crisis"].answers[language]
        for number in ("112", "110", "0800 111 0 111", "116 016"):
            assert number in text, f"crisis/{language} lacks {number}"


def test_no_markdown_or_web_addresses_in_answers(topics: dict[str, TopicFile]) -> None:
    for topic in topics.values():
        for language, (text, _reviewed) in topic.answers.items():
            assert not re.search(r"https?://|www\.|\*\*|__|^#", text, flags=re.M), f"{topic.slug}/{language}"


def test_file_names_are_slugs() -> None:
    for path in Path(CONTENT_DIR).glob("*.yml"):
        assert re.fullmatch(r"[a-z][a-z0-9_]+\.yml", path.name)
