"""Reading the content store. Keyword-only functions over a session (one per unit of work)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from content.models import Answer, AnswerStatus, Example, Topic, TopicKind
from pforte.i18n import translate
from pforte.messages import ANSWER_ONLY_GERMAN
from pforte.text.language import SUPPORTED

LANGUAGES = SUPPORTED


@dataclass(frozen=True)
class PublishedAnswer:
    slug: str
    language: str  # the language of the text (may be German when the asked one is missing)
    text: str
    fallback: bool  # True when the asked language had no published answer


def answer_text(answer: PublishedAnswer, language: str) -> str:
    """A published answer as the person reads it: with a note when only the German one exists."""
    if answer.fallback:
        return translate(language, ANSWER_ONLY_GERMAN) + "\n\n" + answer.text
    return answer.text


def get_topic(session: Session, *, slug: str) -> Topic | None:
    return session.scalar(select(Topic).where(Topic.slug == slug))


def list_topics(session: Session, *, kind: str | None = None) -> list[Topic]:
    query = select(Topic).order_by(Topic.group, Topic.slug)
    if kind is not None:
        query = query.where(Topic.kind == kind)
    return list(session.scalars(query))


def published_answer(session: Session, *, slug: str, language: str) -> PublishedAnswer | None:
    """The published answer in the asked language, else the German one, else None."""
    rows = session.execute(
        select(Answer.language, Answer.text)
        .join(Topic)
        .where(Topic.slug == slug, Answer.status == AnswerStatus.PUBLISHED.value)
        .where(Answer.language.in_({language, "de"}))
    ).all()
    texts = {lang: text for lang, text in rows}
    if language in texts:
        return PublishedAnswer(slug, language, texts[language], fallback=False)
    if "de" in texts:
        return PublishedAnswer(slug, "de", texts["de"], fallback=True)
    return None


def topic_titles(session: Session, *, slugs: list[str], language: str) -> dict[str, str]:
    topics = session.scalars(select(Topic).where(Topic.slug.in_(slugs)))
    return {topic.slug: topic.title(language) for topic in topics}


def faq_slugs(session: Session) -> set[str]:
    return set(session.scalars(select(Topic.slug).where(Topic.kind == TopicKind.FAQ.value)))


def training_examples(session: Session) -> dict[str, list[tuple[str, str]]]:
    """intent slug -> [(language, text)], for generating the model's training data."""
    rows = session.execute(
        select(Topic.slug, Example.language, Example.text)
        .join(Example)
        .order_by(Topic.slug, Example.language, Example.id)
    ).all()
    result: dict[str, list[tuple[str, str]]] = {}
    for slug, language, text in rows:
        result.setdefault(slug, []).append((language, text))
    return result
