"""Content store tables."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pforte.db import Base


class TopicKind(str, Enum):
    FAQ = "faq"  # answered from a stored answer
    CRISIS = "crisis"  # the emergency reply
    DIALOGUE = "dialogue"  # handled by the dialogue (greet, human_request, out_of_scope, ...)


class AnswerStatus(str, Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    group: Mapped[str] = mapped_column("topic_group", String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    titles: Mapped[list[TopicTitle]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", lazy="selectin"
    )
    answers: Mapped[list[Answer]] = relationship(back_populates="topic", cascade="all, delete-orphan")
    examples: Mapped[list[Example]] = relationship(back_populates="topic", cascade="all, delete-orphan")

    def title(self, language: str) -> str:
        by_language = {t.language: t.title for t in self.titles}
        return by_language.get(language) or by_language.get("de") or self.slug


class TopicTitle(Base):
    __tablename__ = "topic_titles"

    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))

    topic: Mapped[Topic] = relationship(back_populates="titles")


class Answer(Base):
    """One answer per topic and language."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("topic_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=AnswerStatus.DRAFT.value)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    topic: Mapped[Topic] = relationship(back_populates="answers")


class Example(Base):
    """An example question that trains the model."""

    __tablename__ = "examples"
    __table_args__ = (UniqueConstraint("topic_id", "language", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(String(2000))

    topic: Mapped[Topic] = relationship(back_populates="examples")
