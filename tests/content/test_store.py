from __future__ import annotations

import pytest
from sqlalchemy import select

from content.models import Answer, AnswerStatus, Topic
from content.store import faq_slugs, published_answer, topic_titles, training_examples
from content.yaml_files import ContentError, parse_topic
from pforte.db import unit_of_work
from tests.conftest import Database


def test_published_answer_in_each_language(database: Database) -> None:
    with database.sessions() as session:
        for language in ("de", "ru", "he"):
            answer = published_answer(session, slug="wohngeld", language=language)
            assert answer is not None and answer.language == language and not answer.fallback
            assert "Wohngeld" in answer.text


def test_missing_language_falls_back_to_german(database: Database) -> None:
    with unit_of_work(database.sessions) as session:
        topic = session.scalar(select(Topic).where(Topic.slug == "ehrenamt"))
        he = session.scalar(select(Answer).where(Answer.topic_id == topic.id, Answer.language == "he"))
        he.status = AnswerStatus.DRAFT.value
    try:
        with database.sessions() as session:
            answer = published_answer(session, slug="ehrenamt", language="he")
            assert answer is not None and answer.fallback and answer.language == "de"
    finally:
        with unit_of_work(database.sessions) as session:
            he = session.get(Answer, he.id)
            he.status = AnswerStatus.PUBLISHED.value


def test_unknown_topic_has_no_answer(database: Database) -> None:
    with database.sessions() as session:
        assert published_answer(session, slug="no_such_topic", language="de") is None


def test_titles_and_training_examples(database: Database) -> None:
    with database.sessions() as session:
        assert topic_titles(session, slugs=["kindergeld"], language="ru")["kindergeld"]
        examples = training_examples(session)
        assert {lang for lang, _ in examples["kindergeld"]} == {"de", "ru", "he"}
        assert "crisis" in examples and "crisis" not in faq_slugs(session)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"slug": "Bad Slug", "kind": "faq"}, "slug must be"),
        ({"slug": "ok", "kind": "nonsense"}, "kind must be"),
        ({"slug": "ok", "kind": "faq", "title": {"de": "X"}}, "needs answers"),
        (
            {"slug": "ok", "kind": "dialogue", "title": {"de": "X"}, "examples": {"xx": ["a"]}},
            "unknown language",
        ),
    ],
)
def test_malformed_topics_are_refused_with_a_reason(data: dict, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        parse_topic(data, source="test.yml")


def test_the_store_written_back_as_files_reads_as_the_shipped_files(database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from content.yaml_files import read_directory, write_directory
    from pforte.paths import CONTENT_DIR

    with database.sessions() as session:
        write_directory(session, target=tmp_path)
    written = {t.slug: t for t in read_directory(tmp_path)}
    for shipped in read_directory(CONTENT_DIR):
        topic = written[shipped.slug]
        assert (topic.kind, topic.group, topic.titles, topic.answers) == (
            shipped.kind,
            shipped.group,
            shipped.titles,
            shipped.answers,
        )
        # Other tests take examples out and put them back: the order may differ, not the set.
        assert {k: sorted(v) for k, v in topic.examples.items()} == {
            k: sorted(v) for k, v in shipped.examples.items()
        }
